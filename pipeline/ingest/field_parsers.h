// Parsers for single field values. Every one is locale-free, accepts surrounding white space
// only where noted, and returns nullopt for anything it does not accept.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "model/date.h"
#include "model/records.h"

namespace kefu {

// Strips ASCII white space and the ideographic space U+3000 from both ends.
std::string_view TrimField(std::string_view text);

// 2023-06-05, 2023/6/5, 2023.6.5 (one separator throughout). Years 1900–2099.
std::optional<Date> ParseDate(std::string_view text);
// 8:01, 08:01, 08:01:30; 24:00 is not a time. Returns seconds since midnight.
std::optional<int> ParseClockSeconds(std::string_view text);
// The date at the start of a date or date-time ("2023-06-05 08:01" → 2023-06-05), without
// checking what follows it: the cheap test of whether a row lies in a report's period.
std::optional<Date> ParseLeadingDate(std::string_view text);
// A clock time without seconds, for shift and handover times.
std::optional<ClockTime> ParseClock(std::string_view text);
// A date, a space (or 'T'), then a clock time.
std::optional<DateTime> ParseDateTime(std::string_view text);
// Why a text is not a date, a date and time, or a clock time of the forms above, so that a
// diagnostic can say more than "not a date": kNone when it is one.
enum class TimeTextError {
  kNone,
  kFormat,      // not written as one
  kYearRange,   // written as one, but the year is outside 1900–2099 (a clock reset to 2100)
  kNoSuchDay,   // written as one, but the day does not exist (2023-02-30, 2023-13-01)
  kNoSuchTime,  // written as one, but the time of day does not exist (25:61, 24:00)
};
TimeTextError WhyNotDate(std::string_view text);
TimeTextError WhyNotDateTime(std::string_view text);
// For ParseClock (a time with seconds other than :00 is kFormat).
TimeTextError WhyNotClock(std::string_view text);
// For ParseClockSeconds (seconds allowed).
TimeTextError WhyNotClockSeconds(std::string_view text);
// 2023-06, 2023/6, 2023.6.
std::optional<Month> ParseMonth(std::string_view text);
// 2023Q2, 2023-Q2, 2023年第2季度.
std::optional<Quarter> ParseQuarter(std::string_view text);
// 1 true yes y 是 ✓ √ / 0 false no n 否 × x / empty = false (case-insensitive).
std::optional<bool> ParseBool(std::string_view text);
// True for the spellings of false above and for nothing else (empty is not "false" here).
bool IsFalseWord(std::string_view text);
// A non-negative whole number without sign or separators.
std::optional<int64_t> ParseCount(std::string_view text);
// A decimal number with at most one decimal digit, in tenths: "85" → 850, "85.5" → 855,
// "-3" → -30. Range is not checked here.
std::optional<int> ParseTenths(std::string_view text);
// P J M S R, or 试用 初级 中级 高级 储备主管 with or without 客服 (also 新客服(试用)).
std::optional<Grade> ParseGrade(std::string_view text);
// A B C D.
std::optional<QuarterGrade> ParseQuarterGrade(std::string_view text);
// 休 or OFF in any ASCII case: how a schedule writes a rest day (an empty cell is one too), and
// so never the code of a shift.
bool IsRestDayCode(std::string_view text);
// Employee ids: letters, digits, '-' and '_', 1 to 32 characters (they become file names).
bool IsSafeEmployeeId(std::string_view text);
// No NUL and no control characters other than tab, CR and LF.
bool IsCleanText(std::string_view text);

}  // namespace kefu
