// Turns a kefu::Workbook (report/sheet_model.h) into an .xlsx file with libxlsxwriter.
//
// The writer computes nothing; it refuses a model it cannot write faithfully rather than write
// a file Excel would repair or that would differ from the model:
// - sheet names are checked against Excel's rules (report/sheet_name.h) before any sheet is
//   added;
// - every text (cells, merges, headers and footers, chart titles, document properties, number
//   formats) must be valid UTF-8, and a cell text at most 32,767 characters (code points): a
//   longer text is an error, never cut silently;
// - text is only ever written as a string (worksheet_write_string), never as a formula or URL,
//   whatever it begins with; an empty text is written as a blank cell with its style (or not at
//   all without one), so no empty string reaches libxlsxwriter;
// - numbers must be finite; dates must lie in 1900-01-01 … 9999-12-31 and are written as Excel
//   dates with their style's number format ("yyyy-mm-dd" when the style has none);
// - merges must not overlap and must cover more than one cell. A merge's top-left cell shows the
//   merge's text, or, when that is empty, the value the sheet's rows give that cell; any other
//   cell of the range that the rows give a value is an error. Every cell of a merge gets the
//   merge's style;
// - chart titles and series names must not begin with '=' (libxlsxwriter would take them for
//   a cell reference), and series must refer to sheets of the workbook;
// - the creation time is DocumentProperties::created at 00:00 UTC, never the clock: a workbook
//   without a valid creation date after 1970-01-01 is refused.
//
// Rows are written strictly in order, so Workbook::constant_memory (libxlsxwriter's
// constant_memory mode, rows flushed as they are written) produces the same cells as the normal
// mode. The same model gives the same bytes, in any time zone.
#pragma once

#include <optional>
#include <string>

#include "publish/publish_error.h"
#include "report/common/sheet_model.h"

namespace kefu {

// Writes `workbook` to `path` (created or replaced). libxlsxwriter's own temporary files go to
// the existing folder `tmpdir` (give the output folder, so that they never fill a memory-backed
// /tmp; they are unlinked as soon as they are created). Returns the first problem, with `path`
// as its path, or nullopt when libxlsxwriter reported success. On an error the file at `path`
// may be missing or partial: the caller removes it. libxlsxwriter may report success although a
// temporary file was cut short (full disk, RLIMIT_FSIZE): check the result with VerifyXlsx.
// Several workbooks may be written at once from different threads (their final packaging step
// runs one at a time).
std::optional<PublishError> WriteXlsx(const Workbook& workbook, const std::string& path,
                                      const std::string& tmpdir);

}  // namespace kefu
