// ASCII case folding for the few names matched without regard to case: header keys, choice
// spellings, encoding names, file extensions. Locale-free on purpose (std::tolower depends on
// the C locale); bytes outside A–Z, including every byte of a Chinese name, are left alone.
#pragma once

#include <string>
#include <string_view>

namespace kefu {

constexpr char AsciiLower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

inline std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = AsciiLower(c);
  return out;
}

constexpr bool EqualsIgnoreAsciiCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (AsciiLower(a[i]) != AsciiLower(b[i])) return false;
  }
  return true;
}

}  // namespace kefu
