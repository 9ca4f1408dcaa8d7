// The container of an .xlsx workbook: a zip package of XML parts (ECMA-376 Part 2), read with
// Poco's zip reader. Recognises what is not one — a legacy .xls or an encrypted workbook (both
// OLE compound files), or anything else — and inflates a part only within its size cap.
//
// Zip bombs: a part's uncompressed size is taken from both its local header and the central
// directory and checked against the cap and against a plausible compression ratio before
// anything is inflated; while inflating, reading stops one byte past the declared size (never
// past the cap), so a part that inflates to more than it declares costs no more than what it
// declares.
#pragma once

#include <Poco/MemoryStream.h>
#include <Poco/Zip/ZipArchive.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "ingest/source_diagnostics.h"

namespace kefu {

struct XlsxLimits {
  // A worksheet or the shared strings, uncompressed. Reading a sheet holds its part's text
  // (up to this much) and the tree of one slice of rows (ingest/xml_slices.h); the shared
  // strings are kept as one text of at most this much.
  uint64_t max_part_bytes = uint64_t{256} << 20;
  // Every other part read (workbook, relationships, styles), parsed whole by pugixml.
  uint64_t max_small_part_bytes = uint64_t{16} << 20;
  // Uncompressed ÷ compressed. Deflate cannot exceed about 1032; sheet XML compresses about 8
  // times (a million rows of numbers), 11 (rows of styled empty cells) or 21 (a million rows
  // of nothing but formatting), so 250 leaves a wide margin. Checked above ratio_floor_bytes.
  uint64_t max_compression_ratio = 250;
  uint64_t ratio_floor_bytes = uint64_t{1} << 20;
  // Zip entries; a workbook has a few dozen.
  uint32_t max_parts = 10000;
};

enum class WorkbookContainer {
  kZip,             // a zip package (an .xlsx, or at least its wrapping)
  kEncryptedOoxml,  // an OLE compound file holding EncryptionInfo and EncryptedPackage streams
  kLegacyXls,       // any other OLE compound file: an Excel 97–2003 .xls (or an encrypted one)
  kUnknown,
};

// From the first bytes (and, for an OLE file, the names of its streams).
WorkbookContainer SniffWorkbookContainer(std::string_view bytes);

class XlsxPackage {
 public:
  // Opens the zip directory of `bytes`, which must outlive the package. Returns null after a
  // fatal diagnostic (not a workbook, encrypted, legacy .xls, damaged zip, too many parts).
  static std::unique_ptr<XlsxPackage> Open(std::string_view bytes, const XlsxLimits& limits,
                                           SourceDiagnostics& diagnostics);

  // The part's name as stored, matched ignoring ASCII case (OPC part names are
  // case-insensitive), or "" when there is no such part.
  std::string Find(std::string_view name) const;

  // Inflates part `name` (as Find returns it) into `out`, within `cap` bytes. Returns false
  // after a fatal diagnostic naming the part.
  bool Read(const std::string& name, uint64_t cap, std::string* out,
            SourceDiagnostics& diagnostics);

  const XlsxLimits& limits() const { return limits_; }

 private:
  XlsxPackage(std::string_view bytes, const XlsxLimits& limits);

  XlsxLimits limits_;
  Poco::MemoryInputStream stream_;
  std::unique_ptr<Poco::Zip::ZipArchive> archive_;
};

}  // namespace kefu
