// Interned strings for the values that repeat across millions of rows (punch devices, login
// accounts, systems and addresses): each record keeps a 32-bit id instead of a string.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kefu {

class StringPool {
 public:
  StringPool() { strings_.emplace_back(); }

  // The id of `text`, adding it on first use; "" is always id 0.
  uint32_t Intern(std::string_view text);
  const std::string& Get(uint32_t id) const { return strings_[id]; }
  // All strings, by id (the order in which they were first interned).
  const std::vector<std::string>& strings() const { return strings_; }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::vector<std::string> strings_;
  // Lookup only; nothing is ever iterated in hash order.
  std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>> index_;
};

}  // namespace kefu
