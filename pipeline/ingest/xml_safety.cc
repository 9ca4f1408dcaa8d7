#include "ingest/xml_safety.h"

#include "base/ascii.h"

#include <fmt/format.h>

#include <algorithm>

namespace kefu {
namespace {

}  // namespace

LineIndex::LineIndex(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') newlines_.push_back(i);
  }
}

uint32_t LineIndex::LineOf(ptrdiff_t offset) const {
  if (offset < 0) return 0;
  auto it = std::lower_bound(newlines_.begin(), newlines_.end(), static_cast<size_t>(offset));
  return static_cast<uint32_t>(it - newlines_.begin()) + 1;
}

// The encoding named in the XML declaration, lower-cased, or "".
std::string DeclaredXmlEncoding(std::string_view bytes) {
  if (!bytes.starts_with("<?xml")) return "";
  size_t end = bytes.find("?>");
  std::string_view decl = bytes.substr(0, end);
  size_t at = decl.find("encoding");
  if (at == std::string_view::npos) return "";
  size_t quote = decl.find_first_of("\"'", at);
  if (quote == std::string_view::npos) return "";
  size_t close = decl.find(decl[quote], quote + 1);
  if (close == std::string_view::npos) return "";
  // An encoding name is ASCII letters, digits and ._- (XML 1.0 EncName); anything else is shown
  // as '?' so that a diagnostic never carries stray bytes, and a name is at most 40 characters.
  std::string name = AsciiLower(decl.substr(quote + 1, std::min<size_t>(close - quote - 1, 40)));
  for (char& c : name) {
    if (c <= 0x20 || c >= 0x7F) c = '?';
  }
  return name;
}

namespace {

// The value of a character reference's digits ("#65", "#x41"), or -1 when it is not one or is
// beyond U+10FFFF.
int64_t CharRefValue(std::string_view ref) {
  if (ref.size() < 2 || ref[0] != '#') return -1;
  bool hex = ref[1] == 'x' || ref[1] == 'X';
  std::string_view digits = ref.substr(hex ? 2 : 1);
  if (digits.empty()) return -1;
  int64_t value = 0;
  for (char d : digits) {
    int v;
    if (d >= '0' && d <= '9') v = d - '0';
    else if (hex && d >= 'a' && d <= 'f') v = d - 'a' + 10;
    else if (hex && d >= 'A' && d <= 'F') v = d - 'A' + 10;
    else return -1;
    value = value * (hex ? 16 : 10) + v;
    if (value > 0x10FFFF) return -1;
  }
  return value;
}

// XML 1.0's Char production.
bool IsXmlChar(int64_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

bool IsNameChar(char c) {
  return c == '#' || c == '_' || c == '-' || c == '.' || c == ':' || (c >= '0' && c <= '9') ||
         (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         static_cast<unsigned char>(c) >= 0x80;
}

}  // namespace

// Finds the first entity reference that is neither predefined nor a character reference to an
// allowed character, outside comments, CDATA sections and processing instructions. Returns its
// offset or npos.
size_t FindUnresolvedEntity(std::string_view text, std::string* name, bool* char_ref) {
  size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (c == '<') {
      std::string_view rest = text.substr(i);
      std::string_view close;
      if (rest.starts_with("<!--")) close = "-->";
      else if (rest.starts_with("<![CDATA[")) close = "]]>";
      else if (rest.starts_with("<?")) close = "?>";
      if (!close.empty()) {
        size_t end = text.find(close, i + 2);
        if (end == std::string_view::npos) return std::string_view::npos;
        i = end + close.size();
        continue;
      }
    } else if (c == '&') {
      // The reference's name runs to the ';' (looked for only as far as a name can go, so that
      // a document of a million '&' is still read in linear time).
      size_t end = i + 1;
      while (end < text.size() && end - i <= 64 && IsNameChar(text[end])) ++end;
      bool closed = end < text.size() && text[end] == ';';
      std::string_view ref = text.substr(i + 1, end - i - 1);
      bool known = closed && (ref == "lt" || ref == "gt" || ref == "amp" || ref == "apos" ||
                              ref == "quot");
      bool is_char_ref = ref.starts_with('#');
      if (closed && is_char_ref) known = IsXmlChar(CharRefValue(ref));
      if (!known) {
        // At most 32 bytes of the name, not cut inside a character.
        size_t cut = std::min<size_t>(ref.size(), 32);
        while (cut > 0 && cut < ref.size() && (static_cast<unsigned char>(ref[cut]) & 0xC0) == 0x80) {
          --cut;
        }
        *name = fmt::format("&{}{}", ref.substr(0, cut), closed ? ";" : "");
        if (char_ref) *char_ref = closed && is_char_ref;
        return i;
      }
      i = end + 1;
      continue;
    }
    ++i;
  }
  return std::string_view::npos;
}

size_t FindXmlControlChar(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    auto u = static_cast<unsigned char>(text[i]);
    if (u < 0x20 && u != '\t' && u != '\n' && u != '\r') return i;
  }
  return std::string_view::npos;
}

ptrdiff_t FindOutsideRoot(const pugi::xml_document& doc) {
  bool seen_root = false;
  for (pugi::xml_node node : doc.children()) {
    switch (node.type()) {
      case pugi::node_element:
        if (seen_root) return node.offset_debug();
        seen_root = true;
        break;
      case pugi::node_pcdata: {
        // Whitespace-only text between top-level nodes is not kept by pugixml's defaults;
        // text that is kept starts with the whitespace before it, which is skipped.
        std::string_view value = node.value();
        size_t lead = value.find_first_not_of(" \t\r\n");
        return node.offset_debug() + static_cast<ptrdiff_t>(lead == value.npos ? 0 : lead);
      }
      case pugi::node_cdata:
        return node.offset_debug();
      default:
        break;
    }
  }
  return -1;
}

}  // namespace kefu
