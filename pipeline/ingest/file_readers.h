// The two file formats: a CSV or XML file's text in, one call of the record type's row parser
// per record out. Whole-file problems become fatal diagnostics.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "ingest/row_context.h"
#include "ingest/row_parsers.h"

namespace kefu {

struct RowCounts {
  uint64_t rows_read = 0;
  uint64_t rejected = 0;
  uint64_t warned = 0;
};

// Reads CSV text (already UTF-8): a header row, then records. A schedule whose header has
// date columns is read as a grid. Returns false after a fatal diagnostic.
bool ReadCsvRecords(std::string_view text, RowContext& ctx, RowCounts& counts);

// Reads an XML document's raw bytes: checks and transcodes the encoding, refuses DOCTYPEs and
// entity references other than the five predefined ones and character references, and reads
// one record per child element of the root. Returns false after a fatal diagnostic; a
// malformed document yields no records at all.
bool ReadXmlRecords(std::string bytes, RowContext& ctx, RowCounts& counts);

}  // namespace kefu
