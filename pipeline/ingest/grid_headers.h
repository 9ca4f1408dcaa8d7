// What the headers of a grid sheet say (排班表: one column per day of a month): a month in a
// title row ("2024年9月排班表"), a day number or a date over each day column, and a second
// header row of weekday names under the day numbers. Pure helpers over header texts, for the
// table view (ingest/sheet_table.h) and the schedule reader.
#pragma once

#include <optional>
#include <string_view>

#include "model/date.h"

namespace kefu {

// 一 … 日 / 天, with or without 周, 星期 or 礼拜 before it; Mon … Sun, Monday … Sunday, Tue(s),
// Thu(r)(s), Wed (any ASCII case). The day of the week it names is not needed, only that it
// is one.
bool IsWeekdayName(std::string_view text);

// A day-of-month column header: 1 … 31, written as a number or as text, with or without 日
// or 号 after it ("1", "01", "1日", "1号").
std::optional<int> DayNumberHeader(std::string_view text);

// The month a title names: "2024年9月", "2024年09月排班表", "2024-09", "2024/9", "2024.9" anywhere
// in the text (the first such; a full date such as 2024-09-01 names its month too).
std::optional<Month> MonthInTitle(std::string_view text);

}  // namespace kefu
