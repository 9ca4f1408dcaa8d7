// Holiday rosters (rules.md "Attendance", 篇5 1.1.6): a roster month that contains days off of
// one of the policy's festivals (元旦, 春节, 劳动节, 国庆节) states the date by which the holiday
// roster must reach HR: policy `holiday_roster_days_before` (7) days before the first holiday day.
//
// "The first holiday day" is read as the spec writes it, for the roster month: the first day of
// the month that the calendar marks statutory or holiday with a name that names the festival (a
// combined name such as 中秋节、国庆节 names both). Days off of the same holiday before the month
// do not count: the February roster of 2025, whose 春节 days off run 2025-01-28 … 02-04, counts
// from 02-01 and states 2025-01-25; October 2023 (中秋节、国庆节 from 09-29) counts from 10-01
// and states 2023-09-24. Make-up working days (kind workday) are not days off and never count.
#pragma once

#include <string>
#include <vector>

#include "model/calendar.h"
#include "model/policy.h"

namespace kefu {

struct HolidayRosterDue {
  std::string festival;  // as the policy names it
  Date first_day;        // the first day off of the festival in the month
  Date last_day;         // the last day off of the run first_day starts (maybe after the month)
  Date due;              // first_day − holiday_roster_days_before
};

// One entry per run of a festival's days off within `month` (counted from its first day in the
// month), by due date.
std::vector<HolidayRosterDue> HolidayRosterDues(const Calendar& calendar, const Policy& policy,
                                                Month month);

}  // namespace kefu
