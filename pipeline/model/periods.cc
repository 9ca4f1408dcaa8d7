#include "model/periods.h"

namespace kefu {

DateRange AttendancePeriod(Month month, const Policy& policy) {
  if (policy.cutoff_day <= 0) return {month.FirstDay(), month.LastDay()};
  Month previous = month.Plus(-1);
  return {Date::FromYmd(previous.year(), previous.month(), policy.cutoff_day).AddDays(1),
          Date::FromYmd(month.year(), month.month(), policy.cutoff_day)};
}

MonthWindow WindowEnding(Month last, int months) { return {last.Plus(-(months - 1)), last}; }

}  // namespace kefu
