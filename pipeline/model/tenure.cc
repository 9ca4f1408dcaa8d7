#include "model/tenure.h"

namespace kefu {

int TenureInMonths(Date hire, Date as_of) {
  if (!hire.is_valid() || !as_of.is_valid() || hire > as_of) return 0;
  // hire + n months never decreases as n grows: start from the difference of the calendar months
  // (an upper bound) and step back while it overshoots (at most once).
  int n = MonthsBetween(Month::Of(hire), Month::Of(as_of));
  while (n > 0 && hire.AddMonths(n) > as_of) --n;
  return n;
}

}  // namespace kefu
