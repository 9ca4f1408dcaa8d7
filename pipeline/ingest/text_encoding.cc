#include "ingest/text_encoding.h"

#include <iconv.h>

#include <cerrno>
#include <cstdint>
#include <cstring>

namespace kefu {

const char* TextEncodingName(TextEncoding encoding) {
  return encoding == TextEncoding::kUtf8 ? "UTF-8" : "GB18030";
}

std::optional<std::string> Gb18030ToUtf8(std::string_view bytes, size_t* error_offset) {
  iconv_t cd = iconv_open("UTF-8", "GB18030");
  if (cd == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
  std::string out;
  out.resize(bytes.size() * 2 + 16);
  char* in_ptr = const_cast<char*>(bytes.data());
  size_t in_left = bytes.size();
  char* out_ptr = out.data();
  size_t out_left = out.size();
  bool ok = true;
  while (in_left > 0) {
    if (iconv(cd, &in_ptr, &in_left, &out_ptr, &out_left) != static_cast<size_t>(-1)) break;
    if (errno == E2BIG) {
      size_t used = out.size() - out_left;
      out.resize(out.size() * 2);
      out_ptr = out.data() + used;
      out_left = out.size() - used;
      continue;
    }
    ok = false;  // EILSEQ or EINVAL: not GB18030
    if (error_offset) *error_offset = bytes.size() - in_left;
    break;
  }
  iconv_close(cd);
  if (!ok) return std::nullopt;
  out.resize(out.size() - out_left);
  return out;
}

std::optional<DecodedText> DecodeText(std::string&& bytes, size_t* error_offset) {
  static constexpr std::string_view kBom = "\xEF\xBB\xBF";
  if (std::string_view(bytes).substr(0, 3) == kBom) {
    size_t bad = FindInvalidUtf8(std::string_view(bytes).substr(3));
    if (bad != std::string_view::npos) {
      if (error_offset) *error_offset = bad + 3;
      return std::nullopt;
    }
    bytes.erase(0, 3);
    return DecodedText{std::move(bytes), TextEncoding::kUtf8};
  }
  if (IsValidUtf8(bytes)) return DecodedText{std::move(bytes), TextEncoding::kUtf8};
  std::optional<std::string> converted = Gb18030ToUtf8(bytes, error_offset);
  if (!converted) return std::nullopt;
  return DecodedText{std::move(*converted), TextEncoding::kGb18030};
}

}  // namespace kefu
