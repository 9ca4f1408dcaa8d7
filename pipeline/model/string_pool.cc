#include "model/string_pool.h"

namespace kefu {

uint32_t StringPool::Intern(std::string_view text) {
  if (text.empty()) return 0;
  auto it = index_.find(text);
  if (it != index_.end()) return it->second;
  auto id = static_cast<uint32_t>(strings_.size());
  strings_.emplace_back(text);
  index_.emplace(std::string(text), id);
  return id;
}

}  // namespace kefu
