#include "rules/shift_instances.h"

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
    case NightShiftRule::kMarked: return shift.night;
    case NightShiftRule::kCrossesMidnight: return shift.CrossesMidnight();
    case NightShiftRule::kMarkedOrCrossesMidnight: return shift.night || shift.CrossesMidnight();
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
  // Both lists are sorted by date with one record per date (ingest resolved duplicates).
  while (true) {
    bool have_entry = entry != schedule.end() && entry->date <= days.last;
    bool have_change = change != changes.end() && change->date <= days.last;
    if (!have_entry && !have_change) break;
    if (have_change && (!have_entry || change->date <= entry->date)) {
      if (have_entry && entry->date == change->date) ++entry;
      add(change->date, change->to_shift, &*change, change->source);
      ++change;
    } else {
      add(entry->date, entry->shift, nullptr, entry->source);
      ++entry;
    }
  }
  return result;
}

}  // namespace kefu
