// The checks a roster must pass before it is published (篇5 1.1.4, 1.1.5), listed on the
// roster's checks sheet (排班检查) and, where they are about an input row, as warnings in the
// data issues and rejects.csv:
//
// - no_shifts: an employee employed on at least one day of the month has no shift in it;
// - overlap: a shift starts before the same person's previous shift has ended;
// - short_rest: a shift starts less than policy `min_rest_hours` after the end of the person's
//   previous shift, the previous month's last shift included (a shift starting the moment the
//   previous one ends, as in a double shift A + B, has 0 h of rest and is listed). A pair that
//   overlaps is listed once, as an overlap;
// - after_leaving: a shift dated after the person's left_date, or of someone marked left without
//   a date;
// - before_hire: a shift dated before the person's hire_date (not one of the four checks the
//   issue names, but such a row would otherwise vanish from the roster without a word);
// - unapproved_change: a schedule change in the month that is applied but not approved (no
//   approver, or not approved before the day; rules/shift_instances.h IsApprovedChange);
// - uncovered: a shift that is due on a day has nobody on it (rules/roster_coverage.h); the
//   coverage block marks every day with nobody, due or not, but only these are findings.
//
// Overlap and short rest are judged on the shifts of the days the person is employed; a shift of
// someone who has left is only reported as after_leaving. A pair is reported when its later shift
// starts in the month (the pair whose later shift is in the month before belongs to that month's
// roster).
#pragma once

#include <vector>

#include "model/dataset.h"
#include "model/diagnostic.h"
#include "rules/roster/roster_coverage.h"
#include "rules/roster/roster_grid.h"

namespace kefu {

enum class RosterCheck : uint8_t {
  kNoShifts,
  kOverlap,
  kShortRest,
  kAfterLeaving,
  kBeforeHire,
  kUnapprovedChange,
  kUncovered,
};
inline constexpr int kRosterCheckCount = 7;
// The stable key of a check: "no_shifts", "overlap", "short_rest", "after_leaving",
// "before_hire", "unapproved_change", "uncovered".
const char* RosterCheckKey(RosterCheck check);

// One failed check with its evidence.
struct RosterFinding {
  RosterCheck check = RosterCheck::kNoShifts;
  bool has_employee = true;  // false for uncovered
  EmployeeIndex employee = 0;
  Date date;                    // the day of the shift concerned (no_shifts: the month's first)
  ShiftIndex shift = kRestDay;  // the shift concerned (unapproved_change: the shift it leads to)
  DateTime start;               // its start and end (overlap, short_rest)
  DateTime end;
  // overlap, short_rest: the person's previous shift.
  Date previous_date;
  ShiftIndex previous_shift = kRestDay;
  DateTime previous_start;
  DateTime previous_end;
  RecordType previous_source_type = RecordType::kSchedule;
  SourceRef previous_source;
  int64_t minutes = 0;  // overlap: minutes of overlap; short_rest: minutes of rest
  const ScheduleChange* change = nullptr;  // unapproved_change
  // The input row the finding is about (none for uncovered); for overlap and short_rest the row
  // of the later shift (the one that starts too early), the earlier one being previous_source.
  bool has_source = false;
  RecordType source_type = RecordType::kSchedule;
  SourceRef source;
};

struct RosterCheckResult {
  // By employee id, then date, then check; the uncovered shifts last, by date and shift order.
  std::vector<RosterFinding> findings;
  // Warnings for the findings about an input row (every check but unapproved_change and
  // uncovered), in the order of `findings`.
  std::vector<Diagnostic> issues;
};

RosterCheckResult CheckRoster(const Dataset& data, const RosterGrid& grid,
                              const RosterCoverage& coverage);

}  // namespace kefu
