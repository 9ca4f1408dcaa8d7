#include "model/calendar.h"

#include <algorithm>

namespace kefu {

Calendar::Calendar(std::vector<CalendarDay> days) : days_(std::move(days)) {
  std::stable_sort(days_.begin(), days_.end(),
                   [](const CalendarDay& a, const CalendarDay& b) { return a.date < b.date; });
}

const CalendarDay* Calendar::Find(Date date) const {
  auto it = std::lower_bound(days_.begin(), days_.end(), date,
                             [](const CalendarDay& d, Date value) { return d.date < value; });
  return it != days_.end() && it->date == date ? &*it : nullptr;
}

bool Calendar::IsStatutory(Date date) const {
  const CalendarDay* day = Find(date);
  return day && day->kind == DayKind::kStatutory;
}

bool Calendar::IsOtherHoliday(Date date) const {
  const CalendarDay* day = Find(date);
  return day && day->kind == DayKind::kHoliday;
}

bool Calendar::IsHoliday(Date date) const {
  const CalendarDay* day = Find(date);
  return day && day->kind != DayKind::kWorkday;
}

bool Calendar::IsWorkingDay(Date date) const {
  if (const CalendarDay* day = Find(date)) return day->kind == DayKind::kWorkday;
  return date.iso_weekday() <= 5;
}

}  // namespace kefu
