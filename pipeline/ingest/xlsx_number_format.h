// How a number in a workbook is meant to be read. Excel keeps dates and times as day counts
// ("serials": 45170.5 is 2023-09-01 12:00 in the 1900 date system) and tells them apart from
// plain numbers only by the number format of the cell's style. These helpers classify formats
// and turn a serial into the text the field parsers read ("2023-09-01 12:00:00").
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace kefu {

enum class NumberFormatKind : uint8_t {
  kNumber,    // General, 0.00, @, currencies, percentages …
  kDate,      // yyyy-mm-dd, m/d/yy, yyyy"年"m"月"d"日" …
  kTime,      // h:mm, hh:mm:ss AM/PM, mm:ss …
  kDateTime,  // yyyy-mm-dd hh:mm …
  kDuration,  // [h]:mm:ss — elapsed time, may exceed 24 hours
};

// The workbook's date system (workbookPr date1904): serial 0 is 1899-12-31 (shown by Excel as
// 1900-01-00) in the 1900 system, with Excel's phantom 1900-02-29 as serial 60; it is
// 1904-01-01 in the 1904 system (old Mac workbooks).
enum class DateSystem : uint8_t { k1900, k1904 };

// The kind of a built-in number format id (ECMA-376 Part 1, 18.8.30): 14–22 and 45–47, and the
// East-Asian built-ins 27–36 and 50–58 that Excel on a Chinese Windows writes without defining
// them (yyyy"年"m"月"d"日", h"时"mm"分" …). Other ids are numbers.
NumberFormatKind BuiltInFormatKind(uint32_t id);

// The kind of a custom format code: a date when it holds y, d or a month m; a time when it
// holds h, s, a minute m (next to h or s) or AM/PM; a duration with [h], [m] or [s]. Text in
// quotes, escaped characters (\x, _x, *x) and bracketed parts ([Red], [$-804], [DBNum1]) are
// not tokens, nor is the E of a scientific format or the word General.
NumberFormatKind FormatCodeKind(std::string_view code);

// Appends the text of `serial` shown as `kind` to `out`: "2023-09-01" (kDate),
// "12:00:00" (kTime: the time of day, whatever the date), "2023-09-01 12:00:00" (kDateTime),
// "36:00:00" (kDuration). Times are rounded to the nearest second. Returns false and appends
// nothing when the serial is no date Excel can show (negative, beyond 9999-12-31, or 0 as a
// date in the 1900 system) or `kind` is kNumber. The phantom 1900-02-29 comes out as written,
// for the date parser to reject as a day that does not exist.
bool AppendSerialText(double serial, NumberFormatKind kind, DateSystem system, std::string* out);

// Appends a plain number as Excel holds it: to 15 significant digits (Excel's precision, so a
// formula's 85.49999999999999 is 85.5), integers below 1e15 in full (85, 13800138000), and
// larger numbers with an exponent (an ID number Excel turned into 1.10105199001011e+17 has lost
// its last digits, and says so).
void AppendNumberText(double value, std::string* out);

}  // namespace kefu
