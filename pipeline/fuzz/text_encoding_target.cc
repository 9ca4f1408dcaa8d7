#include <string>

#include "base/utf8.h"
#include "fuzz/fuzz_targets.h"
#include "ingest/text_encoding.h"

namespace kefu::fuzz {

void FuzzTextEncoding(const uint8_t* data, size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  std::string copy = bytes;
  size_t error_offset = std::string::npos;
  std::optional<DecodedText> decoded = DecodeText(std::move(copy), &error_offset);
  const bool bom = std::string_view(bytes).starts_with("\xEF\xBB\xBF");
  if (decoded) {
    Require(IsValidUtf8(decoded->text), "decoded text is valid UTF-8");
    if (IsValidUtf8(bytes)) {
      Require(decoded->encoding == TextEncoding::kUtf8, "UTF-8 is taken for UTF-8");
      Require(decoded->text == (bom ? bytes.substr(3) : bytes), "UTF-8 comes back unchanged");
    } else {
      Require(decoded->encoding == TextEncoding::kGb18030, "anything else is GB18030");
      Require(!bom, "a BOM with bytes that are not UTF-8 is an error");
    }
  } else {
    // DecodeText moves from its argument only when it succeeds.
    Require(copy == bytes, "a failed decoding leaves the bytes alone");
    Require(error_offset < bytes.size(), "the error offset lies in the input");
  }

  size_t gb_offset = std::string::npos;
  std::optional<std::string> gb = Gb18030ToUtf8(bytes, &gb_offset);
  if (gb) {
    Require(IsValidUtf8(*gb), "GB18030 decodes to valid UTF-8");
  } else {
    Require(gb_offset < bytes.size(), "the GB18030 error offset lies in the input");
  }
}

}  // namespace kefu::fuzz
