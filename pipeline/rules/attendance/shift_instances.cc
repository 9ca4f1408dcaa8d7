#include "rules/attendance/shift_instances.h"

#include <algorithm>

namespace kefu {

bool IsApprovedChange(const ScheduleChange& change) {
  return !change.approved_by.empty() && change.approved_on.is_valid() &&
         change.approved_on < change.date;
}

DateTime ShiftStart(const Shift& shift, Date date) { return DateTime::At(date, shift.start); }

DateTime ShiftEnd(const Shift& shift, Date date) {
  return DateTime::At(shift.CrossesMidnight() ? date.AddDays(1) : date, shift.end);
}

bool IsNightShift(const Shift& shift, const Policy& policy) {
  switch (policy.night_shifts) {
    case NightShiftRule::kMarked:
      return shift.night;
    case NightShiftRule::kCrossesMidnight:
      return shift.CrossesMidnight();
    case NightShiftRule::kMarkedOrCrossesMidnight:
      return shift.night || shift.CrossesMidnight();
  }
  return shift.night;
}

std::vector<const ScheduleChange*> ChangesIn(const Dataset& data, EmployeeIndex employee,
                                             DateRange days) {
  std::vector<const ScheduleChange*> result;
  for (const ScheduleChange& c : data.ChangesOf(employee)) {
    if (days.Contains(c.date)) result.push_back(&c);
  }
  return result;
}

std::vector<ShiftInstance> InstancesOf(const Dataset& data, EmployeeIndex employee,
                                       DateRange days) {
  std::span<const ScheduleEntry> schedule = data.ScheduleOf(employee);
  std::span<const ScheduleChange> changes = data.ChangesOf(employee);
  auto entry = std::lower_bound(schedule.begin(), schedule.end(), days.first,
                                [](const ScheduleEntry& e, Date d) { return e.date < d; });
  auto change = std::lower_bound(changes.begin(), changes.end(), days.first,
                                 [](const ScheduleChange& c, Date d) { return c.date < d; });
  std::vector<ShiftInstance> result;
  auto add = [&](Date date, ShiftIndex shift, const ScheduleChange* by, SourceRef source) {
    if (shift == kRestDay || shift < 0 || static_cast<size_t>(shift) >= data.shifts.size()) return;
    const Shift& s = data.shifts[shift];
    ShiftInstance instance;
    instance.employee = employee;
    instance.date = date;
    instance.shift = shift;
    instance.start = ShiftStart(s, date);
    instance.end = ShiftEnd(s, date);
    instance.change = by;
    instance.source = source;
    result.push_back(instance);
  };
  // Day by day: the day's entries (a day may hold a double shift), then its change (ingest keeps
  // one change per employee and day). A change that names its from_shift replaces that shift;
  // one that does not replaces the whole day.
  while (true) {
    bool have_entry = entry != schedule.end() && entry->date <= days.last;
    bool have_change = change != changes.end() && change->date <= days.last;
    if (!have_entry && !have_change) break;
    Date day =
        have_entry && (!have_change || entry->date <= change->date) ? entry->date : change->date;
    const ScheduleChange* day_change = have_change && change->date == day ? &*change : nullptr;
    for (; entry != schedule.end() && entry->date == day; ++entry) {
      if (day_change && (!day_change->has_from_shift || day_change->from_shift == entry->shift)) {
        continue;
      }
      add(day, entry->shift, nullptr, entry->source);
    }
    if (day_change) {
      add(day, day_change->to_shift, day_change, day_change->source);
      ++change;
    }
  }
  std::stable_sort(
      result.begin(), result.end(),
      [](const ShiftInstance& a, const ShiftInstance& b) { return a.start < b.start; });
  return result;
}

}  // namespace kefu
