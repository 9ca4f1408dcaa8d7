// The periods the rules work on: the attendance period of a month, windows of months,
// quarters.
#pragma once

#include "model/date.h"
#include "model/policy.h"

namespace kefu {

// The attendance period of month M (篇5 1.1.3; policy `cutoff_day`): from the day after the
// cutoff in M−1 to the cutoff day in M, or the calendar month when cutoff_day is 0.
DateRange AttendancePeriod(Month month, const Policy& policy);

// The window of N months ending with `last` (rules.md "window of N months").
struct MonthWindow {
  Month first;
  Month last;
  bool Contains(Month m) const { return first <= m && m <= last; }
  // A quarter is in the window when all its months are.
  bool Contains(Quarter q) const { return Contains(q.FirstMonth()) && Contains(q.LastMonth()); }
  int Months() const { return MonthsBetween(first, last) + 1; }
  DateRange Days() const { return {first.FirstDay(), last.LastDay()}; }
};
MonthWindow WindowEnding(Month last, int months);

}  // namespace kefu
