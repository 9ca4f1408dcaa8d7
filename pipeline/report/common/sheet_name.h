// Excel's rules for sheet names, for the writer that enforces them and for the report builders
// that derive names from input data (one sheet per team). It lives in report/ rather than in
// publish/ so that report builders need not reach forward into the writer.
//
// A sheet name is 1 to 31 characters (counted as Unicode code points) of valid UTF-8, without
// control characters or any of [ ] : * ? / \, does not begin or end with an apostrophe, is not
// "History" (reserved by Excel), and differs from every other sheet name of its workbook when
// case is ignored.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kefu {

inline constexpr size_t kMaxSheetNameLength = 31;

// The number of code points of a valid UTF-8 text (Excel's limits are counted this way here).
size_t CodePointCount(std::string_view utf8);

// True when `name`, on its own, is a name Excel accepts (every rule but uniqueness).
bool IsValidSheetName(std::string_view name);

// The form in which two names are compared for uniqueness: lower-cased (Unicode).
std::string SheetNameKey(std::string_view name);

// The sheet name as a formula, a defined name (print titles, print area, filter) or a chart
// range refers to it: in apostrophes (an apostrophe inside doubled) unless Excel reads it
// bare — ASCII letters, digits, '_' and '.', beginning with a letter or '_', and not something
// Excel would take for a cell or a value: an A1 reference ("A1", "XFD1048576"), an R1C1 one
// ("R", "C3", "R1C1", "RC"), TRUE or FALSE. So a team named 1 prints its titles as '1'!$4:$6.
std::string QuotedSheetName(std::string_view name);

// A valid sheet name as close to `wanted` as possible that differs from every name of `taken`
// (ignoring case): invalid bytes, control characters and [ ] : * ? / \ become '_', apostrophes
// at either end are dropped, an empty result becomes "_", the text is cut to 31 code points, and
// a clash gets a suffix " (2)", " (3)", … within the 31. Deterministic: the same arguments give
// the same name.
std::string SafeSheetName(std::string_view wanted, const std::vector<std::string>& taken);

}  // namespace kefu
