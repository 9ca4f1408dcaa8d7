// What pugixml leaves to its caller when reading untrusted XML: it neither resolves nor rejects
// DOCTYPEs and unknown entity references, and it does not map offsets to lines.
#pragma once

#include <cstddef>
#include <cstdint>
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

// The encoding named in the XML declaration, lower-cased, or "" when there is none.
std::string DeclaredXmlEncoding(std::string_view bytes);

// The offset of the first entity reference that is neither one of the five predefined ones nor
// a character reference, outside comments, CDATA sections and processing instructions; npos
// when there is none. `name` receives the reference as written.
size_t FindUnresolvedEntity(std::string_view text, std::string* name);

}  // namespace kefu
