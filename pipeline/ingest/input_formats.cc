#include "ingest/input_formats.h"

#include <array>
#include <filesystem>

#include "base/ascii.h"
#include "ingest/text_encoding.h"
#include "ingest/xml_safety.h"

namespace kefu {
namespace {

// CSV: UTF-8 (with or without BOM) or GB18030, decided for the whole file.
void ReadCsvFile(std::string& bytes, RowContext& ctx, RowCounts& counts, std::string& encoding) {
  const bool has_bom = std::string_view(bytes).starts_with("\xEF\xBB\xBF");
  size_t bad = 0;
  std::optional<DecodedText> decoded = DecodeText(std::move(bytes), &bad);
  if (!decoded) {
    // With a BOM the bytes claim UTF-8 and are not; without one they are neither encoding.
    // (DecodeText leaves the bytes alone when it fails.)
    ctx.Fatal(has_bom ? Reason::kInvalidUtf8 : Reason::kUnknownEncoding,
              LineIndex(bytes).LineOf(static_cast<ptrdiff_t>(bad)));
    return;
  }
  encoding = TextEncodingName(decoded->encoding);
  if (decoded->mixed_from_line > 0) {
    // Read as GB18030, the UTF-8 lines are garbled; read as UTF-8, the rest would be.
    ctx.Fatal(Reason::kMixedEncoding, decoded->mixed_from_line);
    return;
  }
  ReadCsvRecords(decoded->text, ctx, counts);
  bytes = std::move(decoded->text);
}

// XML: the encoding its declaration names (GBK and its relatives are read as GB18030).
void ReadXmlFile(std::string& bytes, RowContext& ctx, RowCounts& counts, std::string& encoding) {
  encoding = "UTF-8";
  std::string declared = DeclaredXmlEncoding(bytes);
  if (declared == "gbk" || declared == "gb2312" || declared == "gb18030" || declared == "cp936") {
    encoding = "GB18030";
  }
  ReadXmlRecords(std::move(bytes), ctx, counts);
}

constexpr std::array<InputFormat, 2> kFormats = {{
    {".csv", ReadCsvFile},
    {".xml", ReadXmlFile},
}};

}  // namespace

std::span<const InputFormat> InputFormats() { return kFormats; }

const InputFormat* FormatOf(std::string_view path) {
  // As std::filesystem reads a name: ".csv" alone is a hidden file without an extension.
  const std::string extension = AsciiLower(std::filesystem::path(path).extension().string());
  for (const InputFormat& format : kFormats) {
    if (format.extension == extension) return &format;
  }
  return nullptr;
}

}  // namespace kefu
