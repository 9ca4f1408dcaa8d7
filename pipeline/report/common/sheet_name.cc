#include "report/common/sheet_name.h"

#include <Poco/UTF8String.h>
#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "base/utf8.h"

namespace kefu {
namespace {

constexpr std::string_view kForbidden = "[]:*?/\\";

bool IsForbiddenByte(unsigned char c) {
  return c < 0x20 || c == 0x7F || kForbidden.find(static_cast<char>(c)) != std::string_view::npos;
}

// The first `count` code points of a valid UTF-8 text.
std::string_view TruncateCodePoints(std::string_view utf8, size_t count) {
  size_t seen = 0;
  for (size_t i = 0; i < utf8.size(); ++i) {
    if ((static_cast<unsigned char>(utf8[i]) & 0xC0) != 0x80) {
      if (seen == count) return utf8.substr(0, i);
      ++seen;
    }
  }
  return utf8;
}

std::string_view TrimApostrophes(std::string_view text) {
  while (!text.empty() && text.front() == '\'') text.remove_prefix(1);
  while (!text.empty() && text.back() == '\'') text.remove_suffix(1);
  return text;
}

}  // namespace

size_t CodePointCount(std::string_view utf8) {
  return static_cast<size_t>(std::count_if(utf8.begin(), utf8.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

bool IsValidSheetName(std::string_view name) {
  if (name.empty() || !IsValidUtf8(name)) return false;
  if (CodePointCount(name) > kMaxSheetNameLength) return false;
  if (name.front() == '\'' || name.back() == '\'') return false;
  for (char c : name) {
    if (IsForbiddenByte(static_cast<unsigned char>(c))) return false;
  }
  return SheetNameKey(name) != "history";
}

std::string SheetNameKey(std::string_view name) { return Poco::UTF8::toLower(std::string(name)); }

namespace {

bool IsAsciiLetter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// Letters then digits, one to three letters: what an A1 reference looks like.
bool LooksLikeA1(std::string_view name) {
  size_t letters = 0;
  while (letters < name.size() && IsAsciiLetter(name[letters])) ++letters;
  if (letters == 0 || letters > 3 || letters == name.size()) return false;
  return std::all_of(name.begin() + letters, name.end(), IsAsciiDigit);
}

// R, C, R<n>, C<n>, RC, R<n>C, RC<n>, R<n>C<n> in any case: an R1C1 reference.
bool LooksLikeR1C1(std::string_view name) {
  size_t i = 0;
  auto part = [&](char letter) {
    if (i < name.size() && (name[i] == letter || name[i] == letter + ('a' - 'A'))) {
      ++i;
      while (i < name.size() && IsAsciiDigit(name[i])) ++i;
      return true;
    }
    return false;
  };
  bool row = part('R');
  bool col = part('C');
  return (row || col) && i == name.size();
}

}  // namespace

std::string QuotedSheetName(std::string_view name) {
  bool bare = !name.empty() && (IsAsciiLetter(name.front()) || name.front() == '_') &&
              std::all_of(name.begin(), name.end(),
                          [](char c) {
                            return IsAsciiLetter(c) || IsAsciiDigit(c) || c == '_' || c == '.';
                          }) &&
              !LooksLikeA1(name) && !LooksLikeR1C1(name);
  if (bare) {
    std::string upper(name);
    for (char& c : upper) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c);
    bare = upper != "TRUE" && upper != "FALSE";
  }
  if (bare) return std::string(name);
  std::string quoted = "'";
  for (char c : name) {
    quoted += c;
    if (c == '\'') quoted += '\'';
  }
  return quoted + "'";
}

std::string SafeSheetName(std::string_view wanted, const std::vector<std::string>& taken) {
  // Valid UTF-8 with every forbidden byte replaced.
  std::string clean;
  while (!wanted.empty()) {
    size_t bad = FindInvalidUtf8(wanted);
    std::string_view good = wanted.substr(0, bad);
    for (char c : good) clean += IsForbiddenByte(static_cast<unsigned char>(c)) ? '_' : c;
    if (bad == std::string_view::npos) break;
    clean += '_';
    wanted.remove_prefix(bad + 1);
  }
  std::string base(TrimApostrophes(clean));
  if (base.empty()) base = "_";

  std::set<std::string> keys = {"history"};
  for (const std::string& t : taken) keys.insert(SheetNameKey(t));
  std::string name(TrimApostrophes(TruncateCodePoints(base, kMaxSheetNameLength)));
  for (int n = 2; keys.count(SheetNameKey(name)); ++n) {
    std::string suffix = fmt::format(" ({})", n);
    name = std::string(TruncateCodePoints(base, kMaxSheetNameLength - suffix.size())) + suffix;
  }
  return name;
}

}  // namespace kefu
