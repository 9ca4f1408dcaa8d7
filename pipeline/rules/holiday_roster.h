// Holiday rosters (rules.md "Attendance", 篇5 1.1.6): a roster month that contains days off of
// one of the policy's festivals (元旦, 春节, 劳动节, 国庆节) states the date by which the holiday
// roster must reach HR: policy `holiday_roster_days_before` (7) days before the first holiday day.
//
// "The first holiday day" is read as the first day off of that festival's holiday as a whole: the
// run of consecutive calendar days of kind statutory or holiday whose name names the festival
// (a combined name such as 中秋节、国庆节 names both), even when the run starts in the month
// before. The holiday roster covers the whole holiday and reaches HR once, a week before it
// begins; so the February roster of 2025, whose 春节 days off began on 2025-01-28, states
// 2025-01-21, the same date as January's roster. Make-up working days (kind workday) are not
// days off and never start a run.
#pragma once

#include <string>
#include <vector>

#include "model/calendar.h"
#include "model/policy.h"

namespace kefu {

struct HolidayRosterDue {
  std::string festival;  // as the policy names it
  Date first_day;        // the first day off of the festival's holiday (maybe before the month)
  Date last_day;         // its last day off (maybe after the month)
  Date due;              // first_day − holiday_roster_days_before
};

// One entry per festival holiday with at least one day off in `month`, by due date.
std::vector<HolidayRosterDue> HolidayRosterDues(const Calendar& calendar, const Policy& policy,
                                                Month month);

}  // namespace kefu
