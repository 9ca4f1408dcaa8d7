#include "ingest/xml_safety.h"

#include <fmt/format.h>

#include <algorithm>

namespace kefu {
namespace {

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

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
  return Lower(decl.substr(quote + 1, close - quote - 1));
}

// Finds the first entity reference that is neither predefined nor a character reference,
// outside comments, CDATA sections and processing instructions. Returns its offset or npos.
size_t FindUnresolvedEntity(std::string_view text, std::string* name) {
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
      size_t semi = text.find(';', i + 1);
      std::string_view ref =
          semi == std::string_view::npos ? text.substr(i + 1, 16) : text.substr(i + 1, semi - i - 1);
      bool known = ref == "lt" || ref == "gt" || ref == "amp" || ref == "apos" || ref == "quot";
      if (!known && ref.size() >= 2 && ref[0] == '#') {
        known = std::all_of(ref.begin() + 1, ref.end(), [](char d) { return d >= '0' && d <= '9'; });
        if (!known && (ref[1] == 'x' || ref[1] == 'X') && ref.size() >= 3) {
          known = std::all_of(ref.begin() + 2, ref.end(), [](char d) {
            return (d >= '0' && d <= '9') || (d >= 'a' && d <= 'f') || (d >= 'A' && d <= 'F');
          });
        }
      }
      if (!known) {
        *name = fmt::format("&{}{}", ref.substr(0, 32), semi == std::string_view::npos ? "" : ";");
        return i;
      }
    }
    ++i;
  }
  return std::string_view::npos;
}

}  // namespace kefu
