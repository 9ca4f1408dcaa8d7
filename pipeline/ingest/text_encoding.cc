#include "ingest/text_encoding.h"

#include <iconv.h>

#include <algorithm>
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

namespace {

// How many UTF-8 sequences of three or four bytes (Chinese, among others) `text` holds; it is
// valid UTF-8. GBK text passes for such sequences only by rare accident, so a few of them in a
// row are a sign of real UTF-8.
size_t LongUtf8Sequences(std::string_view text) {
  size_t count = 0;
  for (char c : text) count += (static_cast<unsigned char>(c) & 0xF0) >= 0xE0;
  return count;
}

// UTF-8 lines before the first non-UTF-8 byte with at least this many Chinese characters make
// a GB18030 decoding suspicious.
constexpr size_t kMixedEvidence = 4;

}  // namespace

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
  size_t invalid = FindInvalidUtf8(bytes);
  if (invalid == std::string_view::npos) return DecodedText{std::move(bytes), TextEncoding::kUtf8};
  std::optional<std::string> converted = Gb18030ToUtf8(bytes, error_offset);
  if (!converted) return std::nullopt;
  DecodedText decoded{std::move(*converted), TextEncoding::kGb18030};
  // Only whole lines count as evidence: the line of the first invalid byte may start with a
  // GBK character that happens to look like UTF-8.
  std::string_view before = std::string_view(bytes).substr(0, invalid);
  size_t line_start = before.rfind('\n');
  if (line_start != std::string_view::npos &&
      LongUtf8Sequences(before.substr(0, line_start)) >= kMixedEvidence) {
    decoded.mixed_from_line =
        static_cast<uint32_t>(std::count(before.begin(), before.end(), '\n')) + 1;
  }
  return decoded;
}

}  // namespace kefu
