// The coverage block of the shift roster (outputs.md "Rosters"): how many people each shift has
// on each day of the month, and which shifts have nobody on a day they should be staffed.
//
// Which shifts must be staffed on which days is not in the input, so it is read off the month's
// own roster, the way a clerk reads it: a shift is *due* on the working days of the month when the
// roster staffs it on more than half of them, and on the rest days (weekends and holidays that
// are not make-up working days, Calendar::IsWorkingDay) when it staffs it on more than half of
// those. So the 24/7 shifts are due every day, the day shift only on working days, and a shift
// used now and then (an extra early shift, one weekend day of the day shift) is due nowhere
// rather than flagging every other day. A due shift with nobody on a day is *uncovered*.
//
// Two different marks come out of this, on purpose:
// - the coverage block marks every shift-day with nobody on it (Unstaffed, zero staff) in the
//   alert style, as outputs.md says ("marks a shift with nobody on it"), whether the shift is due
//   that day or not;
// - the "uncovered shift" check findings (checks sheet, rejects.csv, rules/roster_checks.h) list
//   only the uncovered days, those the shift is due on. A finding says the roster is wrong; a
//   day shift nobody works on a Sunday, or a shift the department does not use, is how the roster
//   should be, so it is red in the block (nobody is on it) but not a finding.
#pragma once

#include <vector>

#include "model/dataset.h"
#include "rules/roster/roster_grid.h"

namespace kefu {

struct ShiftCoverage {
  ShiftIndex shift = 0;
  std::vector<int> staff;       // per day of the month: people whose instance starts that day
  std::vector<bool> uncovered;  // per day: due, and nobody on it (the check findings)
  bool due_on_working_days = false;
  bool due_on_rest_days = false;

  int Total() const;
  // Nobody on the shift on day `d` (0-based), due or not: what the coverage block marks.
  bool Unstaffed(size_t d) const { return staff[d] == 0; }
};

struct RosterCoverage {
  std::vector<ShiftCoverage> shifts;  // every shift of the input, in input order
};

// Counts the rows' shifts on the days they are employed.
RosterCoverage ComputeCoverage(const Dataset& data, const RosterGrid& grid);

}  // namespace kefu
