#include "rules/roster/holiday_roster.h"

#include <algorithm>
#include <tuple>

namespace kefu {
namespace {

// A day off (statutory or holiday) whose name names `festival`.
bool IsFestivalDayOff(const Calendar& calendar, Date date, const std::string& festival) {
  const CalendarDay* day = calendar.Find(date);
  return day && day->kind != DayKind::kWorkday && !festival.empty() &&
         day->name.find(festival) != std::string::npos;
}

}  // namespace

std::vector<HolidayRosterDue> HolidayRosterDues(const Calendar& calendar, const Policy& policy,
                                                Month month) {
  std::vector<HolidayRosterDue> dues;
  const Date first = month.FirstDay();
  const Date last = month.LastDay();
  for (const std::string& festival : policy.holiday_roster_festivals) {
    for (Date d = first; d <= last; d = d.AddDays(1)) {
      if (!IsFestivalDayOff(calendar, d, festival)) continue;
      HolidayRosterDue due;
      due.festival = festival;
      due.first_day = d;  // the first holiday day of the month, even if the run began earlier
      due.last_day = d;
      while (IsFestivalDayOff(calendar, due.last_day.AddDays(1), festival)) {
        due.last_day = due.last_day.AddDays(1);
      }
      due.due = due.first_day.AddDays(-policy.holiday_roster_days_before);
      d = due.last_day;  // the next run of this festival, if any, starts after this one
      dues.push_back(std::move(due));
    }
  }
  std::stable_sort(dues.begin(), dues.end(),
                   [](const HolidayRosterDue& a, const HolidayRosterDue& b) {
                     return std::tie(a.due, a.first_day) < std::tie(b.due, b.first_day);
                   });
  return dues;
}

}  // namespace kefu
