// Everything the roster of a month shows (outputs.md "Rosters"), computed once from the dataset:
// the grid of shifts, the coverage per shift and day, the holiday-roster due dates and the
// checks. report/roster_workbook.h lays it out.
#pragma once

#include <vector>

#include "model/dataset.h"
#include "rules/roster/holiday_roster.h"
#include "rules/roster/roster_checks.h"
#include "rules/roster/roster_coverage.h"
#include "rules/roster/roster_grid.h"

namespace kefu {

struct Roster {
  RosterGrid grid;
  RosterCoverage coverage;
  std::vector<HolidayRosterDue> holiday_dues;
  RosterCheckResult checks;
  // The day tenure is counted to on the staff roster: the roster month's first day, the day the
  // roster takes effect (it is handed out before the month starts).
  Date tenure_as_of;
};

// `data` must hold the schedule of `month` and of the month before it (the rest check looks at
// the previous month's last shifts); app/roster_command.h RosterInputs says what to load.
Roster ComputeRoster(const Dataset& data, Month month);

}  // namespace kefu
