// Views of a workbook that a golden case's expected/ can hold beside the CSV companions: a file
// `<folder>/<name>.xlsx.<view>.txt` is an expectation about the workbook `<folder>/<name>.xlsx`
// that kefu writes, read back with the real reader (tests/support/dump_xlsx.py) and compared
// by the view's check. Lines starting with '#' and empty lines of a view file are comments
// (except for the dump views, compared whole).
//
//   login-sheets  the attendance workbook's off-duty logins and shared accounts sheets as
//                 `dump_xlsx.py login-sheets` prints them (compared whole)
//   sheets        the sheet names in order, one a line
//   header        the roster's department sheet: title, subtitle, due line, weekdays, holiday
//   grid          a roster grid: per employee the day cells and the shift count
//   coverage      the roster's coverage block: per shift the people per day and the total
//   changes       the roster's schedule-change lines
//   teams         each team sheet's title and the employees of its grid
//   staff         the staff roster's rows
//   checks        the roster checks sheet's title and rows
#pragma once

#include <string>
#include <string_view>

namespace kefu::testing {

// Checks `workbook` against the expectation file `expected` of `view`; fails the test on any
// difference, and when `view` is none of the above.
void CheckWorkbookView(std::string_view view, const std::string& workbook,
                       const std::string& expected);

}  // namespace kefu::testing
