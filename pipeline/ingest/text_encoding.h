// Text encodings of the department's exports: UTF-8 (with or without BOM) or GB18030/GBK, which
// is what Excel on a Chinese Windows saves.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "base/utf8.h"

namespace kefu {

enum class TextEncoding { kUtf8, kGb18030 };
const char* TextEncodingName(TextEncoding encoding);

struct DecodedText {
  std::string text;  // UTF-8, without BOM
  TextEncoding encoding = TextEncoding::kUtf8;
  // Decoded as GB18030 although its first lines are UTF-8 with Chinese in them (GBK rows
  // appended to a UTF-8 file): those lines are now mojibake. The 1-based line where the bytes
  // stop being UTF-8; 0 when the text does not look mixed.
  uint32_t mixed_from_line = 0;
};

// inputs.md: valid UTF-8 is UTF-8 (a BOM is dropped); anything else is decoded as GB18030.
// Returns nullopt when the bytes are not GB18030 either (or carry a BOM but are not UTF-8);
// `error_offset`, when given, then receives the offset in `bytes` of the first byte that does
// not decode, and `bytes` is left as it was (it is moved from only on success).
std::optional<DecodedText> DecodeText(std::string&& bytes, size_t* error_offset = nullptr);

// Converts GB18030 (a superset of GBK and GB2312) to UTF-8; nullopt on an invalid or
// incomplete sequence, whose offset goes to `error_offset` when given.
std::optional<std::string> Gb18030ToUtf8(std::string_view bytes, size_t* error_offset = nullptr);

}  // namespace kefu
