// What pugixml leaves to its caller when reading untrusted XML: it neither resolves nor rejects
// DOCTYPEs and unknown entity references; it stops at a NUL byte as if the document ended there
// and writes `&#0;` as a NUL that cuts the value short; it drops text and further elements
// outside the root element; and it does not map offsets to lines. Each of these would lose data
// silently, so the readers refuse such documents with these helpers.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
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

// What the XML specification forbids and pugixml accepts without a word, found in the document
// as written (outside comments, CDATA sections and processing instructions):
// - an entity reference other than the five predefined ones (pugixml leaves it as text);
// - a character reference to a character XML does not allow — NUL and the other control
//   characters but tab, LF and CR, a UTF-16 surrogate (U+D800–U+DFFF), a non-character
//   (U+FDD0–U+FDEF, U+FFFE and U+FFFF of every plane) or beyond U+10FFFF (pugixml decodes a
//   surrogate into bytes that are not UTF-8, and &#0; into a NUL that cuts the value short);
// - a '<' inside an attribute value (which also hid a "processing instruction" from the
//   reference check, so that a surrogate reference after `<?` went through).
struct XmlViolation {
  enum class Kind : uint8_t { kUndefinedEntity, kBadCharRef, kLtInAttribute };
  Kind kind = Kind::kUndefinedEntity;
  size_t offset = 0;      // the '&' of the reference, or the '<' in the attribute value
  std::string reference;  // the reference as written (at most 32 bytes of its name)
  // The attribute that holds it, or the element whose text does ("" outside every element);
  // views into the scanned text.
  std::string_view owner;
  std::string_view value;  // the attribute's value as written; empty for element text
  bool in_attribute = false;
};

// Finds the violations of a document one after another, in document order, in linear time and
// constant memory (a reader can match them to its records as it goes). A document that is not
// well-formed is scanned as far as it can be; pugixml reports what is wrong with it.
class XmlViolationScanner {
 public:
  explicit XmlViolationScanner(std::string_view text) : text_(text) {}
  // The next violation, or nullopt at the end of the document. A '<' is reported once per
  // attribute value.
  std::optional<XmlViolation> Next();
  // How far the scan has come: every violation before this offset has been returned.
  size_t position() const { return pos_; }

 private:
  std::optional<XmlViolation> Reference(std::string_view owner, std::string_view value,
                                        bool in_attribute);
  void StartTag();
  bool SkipPast(std::string_view close);

  std::string_view text_;
  size_t pos_ = 0;
  std::vector<std::string_view> open_;  // elements open at pos_
  bool in_tag_ = false;                 // between a start tag's name and its '>'
  bool in_value_ = false;               // inside an attribute value
  char quote_ = '"';
  bool lt_reported_ = false;
  std::string_view attribute_;
  size_t value_start_ = 0;
  size_t value_end_ = std::string_view::npos;  // found when first needed
};

// The first violation of `text`, or nullopt.
std::optional<XmlViolation> FindXmlViolation(std::string_view text);

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
