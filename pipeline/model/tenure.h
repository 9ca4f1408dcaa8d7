// Tenure (rules.md "Definitions"): whole months from hire_date to an as-of date.
#pragma once

#include "model/date.h"

namespace kefu {

// The largest n with hire + n months ≤ as_of, a day that does not exist in the target month
// clamped to the month's last day (Date::AddMonths: 01-31 + 1 month = 02-28). 0 when the employee
// was hired after `as_of` (someone who joins during the roster month has not served a month yet).
int TenureInMonths(Date hire, Date as_of);

}  // namespace kefu
