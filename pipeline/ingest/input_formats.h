// The input file formats, one reader each: how a file's bytes become records of the type its
// name says. Discovery takes exactly the files whose extension is in this table (in any case,
// as Windows may save PUNCHES.CSV as punches.CSV), and the loader hands each file to its
// format's reader. Adding a format (an Excel workbook, a time-clock log) is one row here and
// its reader function; nothing else in the loader changes.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "ingest/file_readers.h"
#include "ingest/row_context.h"

namespace kefu {

// Reads one file's `bytes` into records through `ctx` (diagnostics, lookups, focus, where the
// records go), counting rows in `counts`, and names the file's text encoding for the manifest
// ("UTF-8", "GB18030"). Whole-file problems are fatal diagnostics through `ctx`. A reader may
// leave a buffer in `bytes` for the next file its thread reads.
using FormatReader = void (*)(std::string& bytes, RowContext& ctx, RowCounts& counts,
                              std::string& encoding);

struct InputFormat {
  std::string_view extension;  // lower case, with its dot: ".csv"
  FormatReader read;
};

// Every format kefu reads.
std::span<const InputFormat> InputFormats();

// The format of `path` by its extension (any case), or null when it is not an input file.
const InputFormat* FormatOf(std::string_view path);

}  // namespace kefu
