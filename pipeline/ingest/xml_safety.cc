#include "ingest/xml_safety.h"

#include <fmt/format.h>

#include <algorithm>

#include "base/ascii.h"

namespace kefu {
namespace {}  // namespace

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
    if (d >= '0' && d <= '9')
      v = d - '0';
    else if (hex && d >= 'a' && d <= 'f')
      v = d - 'a' + 10;
    else if (hex && d >= 'A' && d <= 'F')
      v = d - 'A' + 10;
    else
      return -1;
    value = value * (hex ? 16 : 10) + v;
    if (value > 0x10FFFF) return -1;
  }
  return value;
}

// XML 1.0's Char production, without the non-characters: U+FDD0–U+FDEF and the last two code
// points of every plane (the production itself already leaves out U+FFFE and U+FFFF).
bool IsXmlChar(int64_t c) {
  bool allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
                 (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
  bool non_character = (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
  return allowed && !non_character;
}

bool IsNameChar(char c) {
  return c == '#' || c == '_' || c == '-' || c == '.' || c == ':' || (c >= '0' && c <= '9') ||
         (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
}

bool IsXmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The name at `at` (an element or attribute name: anything up to space, '=', '/', '>').
std::string_view NameAt(std::string_view text, size_t at) {
  size_t end = at;
  while (end < text.size() && !IsXmlSpace(text[end]) && text[end] != '=' && text[end] != '/' &&
         text[end] != '>' && text[end] != '<') {
    ++end;
  }
  return text.substr(at, end - at);
}

}  // namespace

bool XmlViolationScanner::SkipPast(std::string_view close) {
  size_t end = text_.find(close, pos_);
  if (end == std::string_view::npos) {
    pos_ = text_.size();
    return false;
  }
  pos_ = end + close.size();
  return true;
}

// At '&': the reference runs to the ';', looked for only as far as a name can go (so that a
// document of a million '&' is still read in linear time).
std::optional<XmlViolation> XmlViolationScanner::Reference(std::string_view owner,
                                                           std::string_view value,
                                                           bool in_attribute) {
  const size_t at = pos_;
  size_t end = at + 1;
  while (end < text_.size() && end - at <= 64 && IsNameChar(text_[end])) ++end;
  bool closed = end < text_.size() && text_[end] == ';';
  std::string_view ref = text_.substr(at + 1, end - at - 1);
  bool is_char_ref = closed && ref.starts_with('#');
  bool known =
      closed && (ref == "lt" || ref == "gt" || ref == "amp" || ref == "apos" || ref == "quot");
  if (is_char_ref) known = IsXmlChar(CharRefValue(ref));
  pos_ = closed ? end + 1 : end;
  if (known) return std::nullopt;
  XmlViolation v;
  v.kind = is_char_ref ? XmlViolation::Kind::kBadCharRef : XmlViolation::Kind::kUndefinedEntity;
  v.offset = at;
  // At most 32 bytes of the name, not cut inside a character.
  size_t cut = std::min<size_t>(ref.size(), 32);
  while (cut > 0 && cut < ref.size() && (static_cast<unsigned char>(ref[cut]) & 0xC0) == 0x80) {
    --cut;
  }
  v.reference = fmt::format("&{}{}", ref.substr(0, cut), closed ? ";" : "");
  v.owner = owner;
  v.value = value;
  v.in_attribute = in_attribute;
  return v;
}

// At a start tag's '<': its name, and the tag is open for attributes.
void XmlViolationScanner::StartTag() {
  std::string_view name = NameAt(text_, pos_ + 1);
  open_.push_back(name);
  pos_ += 1 + name.size();
  in_tag_ = true;
}

std::optional<XmlViolation> XmlViolationScanner::Next() {
  const size_t n = text_.size();
  while (pos_ < n) {
    if (in_value_) {
      size_t at = text_.find_first_of(
          quote_ == '"' ? std::string_view("\"<&") : std::string_view("'<&"), pos_);
      if (at == std::string_view::npos) {
        pos_ = n;
        break;
      }
      pos_ = at;
      if (text_[at] == quote_) {
        in_value_ = false;
        ++pos_;
        continue;
      }
      if (value_end_ == std::string_view::npos) {
        value_end_ = text_.find(quote_, value_start_);
        if (value_end_ == std::string_view::npos) value_end_ = n;
      }
      std::string_view value = text_.substr(value_start_, value_end_ - value_start_);
      if (text_[at] == '&') {
        if (auto v = Reference(attribute_, value, true)) return v;
        continue;
      }
      ++pos_;
      if (lt_reported_) continue;
      lt_reported_ = true;
      XmlViolation v;
      v.kind = XmlViolation::Kind::kLtInAttribute;
      v.offset = at;
      v.owner = attribute_;
      v.value = value;
      v.in_attribute = true;
      return v;
    }
    if (in_tag_) {
      while (pos_ < n && IsXmlSpace(text_[pos_])) ++pos_;
      if (pos_ >= n) break;
      if (text_[pos_] == '>') {
        in_tag_ = false;
        ++pos_;
        continue;
      }
      if (text_.substr(pos_).starts_with("/>")) {
        in_tag_ = false;
        if (!open_.empty()) open_.pop_back();
        pos_ += 2;
        continue;
      }
      // An attribute: name, '=', a quoted value. Anything else is not well-formed (pugixml
      // says so); the scan goes on as if the tag had ended.
      std::string_view name = NameAt(text_, pos_);
      size_t at = pos_ + name.size();
      while (at < n && IsXmlSpace(text_[at])) ++at;
      if (name.empty() || at >= n || text_[at] != '=') {
        in_tag_ = false;
        continue;
      }
      ++at;
      while (at < n && IsXmlSpace(text_[at])) ++at;
      if (at >= n || (text_[at] != '"' && text_[at] != '\'')) {
        in_tag_ = false;
        pos_ = at;
        continue;
      }
      attribute_ = name;
      quote_ = text_[at];
      value_start_ = at + 1;
      value_end_ = std::string_view::npos;
      lt_reported_ = false;
      in_value_ = true;
      pos_ = at + 1;
      continue;
    }
    // Content.
    size_t at = text_.find_first_of("<&", pos_);
    if (at == std::string_view::npos) {
      pos_ = n;
      break;
    }
    pos_ = at;
    if (text_[at] == '&') {
      if (auto v = Reference(open_.empty() ? std::string_view() : open_.back(), {}, false)) {
        return v;
      }
      continue;
    }
    std::string_view rest = text_.substr(at);
    if (rest.starts_with("<!--")) {
      pos_ += 4;
      SkipPast("-->");
    } else if (rest.starts_with("<![CDATA[")) {
      pos_ += 9;
      SkipPast("]]>");
    } else if (rest.starts_with("<?")) {
      pos_ += 2;
      SkipPast("?>");
    } else if (rest.starts_with("<!")) {
      // A DOCTYPE (refused by the readers), with its internal subset in brackets.
      int depth = 0;
      for (++pos_; pos_ < n; ++pos_) {
        if (text_[pos_] == '[') ++depth;
        if (text_[pos_] == ']') --depth;
        if (text_[pos_] == '>' && depth <= 0) break;
      }
      ++pos_;
    } else if (rest.starts_with("</")) {
      if (!open_.empty()) open_.pop_back();
      pos_ += 2;
      SkipPast(">");
    } else {
      StartTag();
    }
  }
  return std::nullopt;
}

std::optional<XmlViolation> FindXmlViolation(std::string_view text) {
  return XmlViolationScanner(text).Next();
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
