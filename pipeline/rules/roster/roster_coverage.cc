#include "rules/roster/roster_coverage.h"

#include <algorithm>

namespace kefu {

int ShiftCoverage::Total() const {
  int total = 0;
  for (int n : staff) total += n;
  return total;
}

RosterCoverage ComputeCoverage(const Dataset& data, const RosterGrid& grid) {
  const size_t day_count = static_cast<size_t>(grid.days.Days());
  RosterCoverage coverage;
  for (size_t s = 0; s < data.shifts.size(); ++s) {
    ShiftCoverage shift;
    shift.shift = static_cast<ShiftIndex>(s);
    shift.staff.assign(day_count, 0);
    shift.uncovered.assign(day_count, false);
    coverage.shifts.push_back(std::move(shift));
  }
  for (const RosterRow& row : grid.rows) {
    for (size_t d = 0; d < day_count; ++d) {
      const RosterCell& cell = row.days[d];
      if (!cell.employed) continue;
      std::vector<ShiftIndex> seen;  // one person counts once per shift and day
      for (ShiftIndex s : cell.shifts) {
        if (std::find(seen.begin(), seen.end(), s) != seen.end()) continue;
        seen.push_back(s);
        ++coverage.shifts[static_cast<size_t>(s)].staff[d];
      }
    }
  }

  std::vector<bool> working(day_count);
  int working_days = 0;
  for (size_t d = 0; d < day_count; ++d) {
    working[d] = data.calendar.IsWorkingDay(grid.days.first.AddDays(static_cast<int32_t>(d)));
    working_days += working[d] ? 1 : 0;
  }
  const int rest_days = static_cast<int>(day_count) - working_days;
  for (ShiftCoverage& shift : coverage.shifts) {
    int staffed_working = 0;
    int staffed_rest = 0;
    for (size_t d = 0; d < day_count; ++d) {
      if (shift.staff[d] == 0) continue;
      (working[d] ? staffed_working : staffed_rest) += 1;
    }
    shift.due_on_working_days = 2 * staffed_working > working_days;
    shift.due_on_rest_days = 2 * staffed_rest > rest_days;
    for (size_t d = 0; d < day_count; ++d) {
      bool due = working[d] ? shift.due_on_working_days : shift.due_on_rest_days;
      shift.uncovered[d] = due && shift.staff[d] == 0;
    }
  }
  return coverage;
}

}  // namespace kefu
