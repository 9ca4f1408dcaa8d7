#include "rules/roster/roster.h"

namespace kefu {

Roster ComputeRoster(const Dataset& data, Month month) {
  Roster roster;
  roster.grid = BuildRosterGrid(data, month);
  roster.coverage = ComputeCoverage(data, roster.grid);
  roster.holiday_dues = HolidayRosterDues(data.calendar, data.policy, month);
  roster.checks = CheckRoster(data, roster.grid, roster.coverage);
  roster.tenure_as_of = month.FirstDay();
  return roster;
}

}  // namespace kefu
