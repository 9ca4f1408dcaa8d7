// Renders a CSV companion (report/csv_table.h) as outputs.md asks: RFC 4180 with a comma and
// CRLF after every record (the last one too), UTF-8 with a BOM so that Excel shows Chinese
// right. A field is quoted when it contains a comma, a double quote, CR or LF; quotes inside are
// doubled.
//
// Formula injection: a field that a spreadsheet would take for a formula — one beginning with
// '=', '+', '-' or '@', or with a tab or CR — is prefixed with an apostrophe, so that it is shown
// as the text it is. Numbers stay numbers: a field that is a plain decimal number ("-3", "-0.5",
// the only form of negative number the companions write: an optional '-', digits, and
// optionally '.' and digits) is written as it is. The rule sits here rather than in CsvTable so
// that no report can forget to mark a column; a field from input data that happens to be such a
// number is harmless, since a plain number cannot execute anything.
#pragma once

#include <string>
#include <string_view>

#include "report/common/csv_table.h"

namespace kefu {

struct CsvOutput {
  std::string bytes;  // the file's content; valid only when `bad_field` is empty
  // Where the first field that is not valid UTF-8 is, as Excel names the cell when it opens
  // the file ("B3": column B of the third line, the header being line 1); empty when none.
  std::string bad_field;
};

CsvOutput RenderCsv(const CsvTable& table);

// The text of one field as it is written (prefixed and quoted as needed).
std::string CsvField(std::string_view text);

// True when `text` is a plain decimal number: -?[0-9]+(\.[0-9]+)?
bool IsPlainNumber(std::string_view text);

}  // namespace kefu
