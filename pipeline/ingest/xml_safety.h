// What pugixml leaves to its caller when reading untrusted XML: it neither resolves nor rejects
// DOCTYPEs and unknown entity references; it stops at a NUL byte as if the document ended there
// and writes `&#0;` as a NUL that cuts the value short; it drops text and further elements
// outside the root element; and it does not map offsets to lines. Each of these would lose data
// silently, so the readers refuse such documents with these helpers.
#pragma once

#include <cstddef>
#include <cstdint>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace kefu {

// 1-based line of a byte offset in a text.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  uint32_t LineOf(ptrdiff_t offset) const;

 private:
  std::vector<size_t> newlines_;
};

// The encoding named in the XML declaration, lower-cased, or "" when there is none. Characters
// no encoding name has (non-ASCII, space, control) come back as '?', and at most 40 of them.
std::string DeclaredXmlEncoding(std::string_view bytes);

// The offset of the first entity reference that is neither one of the five predefined ones nor
// a character reference to a character XML allows (tab, LF, CR, U+0020–U+D7FF,
// U+E000–U+FFFD, U+10000–U+10FFFF), outside comments, CDATA sections and processing
// instructions; npos when there is none. `name` receives the reference as written, and
// `char_ref` (when given) whether it is a character reference (`&#0;`) rather than an entity.
size_t FindUnresolvedEntity(std::string_view text, std::string* name, bool* char_ref = nullptr);

// The offset of the first character XML does not allow anywhere in a document — NUL and the
// control characters other than tab, LF and CR — or npos.
size_t FindXmlControlChar(std::string_view text);

// The parse options of both XML readers: pugixml's defaults, with DOCTYPEs kept (to be refused)
// and text and elements outside the root kept (to be refused, see FindOutsideRoot).
inline constexpr unsigned kXmlParseOptions =
    pugi::parse_default | pugi::parse_doctype | pugi::parse_fragment;

// After parsing with kXmlParseOptions: the offset of the first content outside the root element
// — a second element, or text or CDATA before or after the root — or -1 when there is none.
ptrdiff_t FindOutsideRoot(const pugi::xml_document& doc);

}  // namespace kefu
