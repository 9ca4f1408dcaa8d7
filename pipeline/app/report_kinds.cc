#include "app/report_kinds.h"

#include <algorithm>
#include <array>
#include <ostream>

#include "app/evaluation_run.h"
#include "app/report_commands.h"

namespace kefu {
namespace {

bool HasShiftsIn(const Dataset& data, Month month) {
  DateRange days{month.FirstDay(), month.LastDay()};
  return std::any_of(data.schedule.begin(), data.schedule.end(),
                     [&](const ScheduleEntry& e) {
                       return e.shift != kRestDay && days.Contains(e.date);
                     }) ||
         std::any_of(data.changes.begin(), data.changes.end(), [&](const ScheduleChange& c) {
           return c.to_shift != kRestDay && days.Contains(c.date);
         });
}

void ProduceAttendanceOf(ReportRun& run, Month month) { ProduceAttendance(run, month); }

ReportLoad NextRosterLoad(Month month, const Policy&) { return RosterLoad(month.Plus(1)); }

// The roster of M+1 when anyone has a shift in it: the schedule of the next month is often not
// written yet when the month's attendance is due.
void ProduceNextRoster(ReportRun& run, Month month) {
  const Month next = month.Plus(1);
  if (HasShiftsIn(run.data(), next)) {
    ProduceRoster(run, next);
  } else if (!run.invocation().quiet) {
    *run.invocation().err << run.labels().Fmt("run.no_roster", next.Iso()) << "\n";
  }
}

// The quarter is known only once the grades are read: no focus.
ReportLoad EvaluationLoad(Month, const Policy&) { return {std::nullopt, EvaluationRecordTypes()}; }

void ProduceDueEvaluation(ReportRun& run, Month month) {
  if (std::optional<Quarter> quarter = EvaluationQuarterFor(run, month)) {
    ProduceEvaluation(run, *quarter);
  } else if (!run.invocation().quiet) {
    *run.invocation().err << run.labels().Fmt("run.no_evaluation", month.Iso()) << "\n";
  }
}

constexpr std::array<ReportKind, 3> kReports = {{
    {"attendance", AttendanceLoad, ProduceAttendanceOf},
    {"roster", NextRosterLoad, ProduceNextRoster},
    {"evaluation", EvaluationLoad, ProduceDueEvaluation},
}};

}  // namespace

std::span<const ReportKind> ReportKinds() { return kReports; }

}  // namespace kefu
