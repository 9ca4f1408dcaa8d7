// kefu roster --month M: the shift roster, the staff roster and the roster checks of month M
// (outputs.md "Rosters"), published before the month starts (篇5 1.1.4).
#include <memory>

#include "app/commands.h"
#include "app/report_commands.h"
#include "report/common/data_issues.h"
#include "report/roster/roster_workbook.h"
#include "rules/roster/roster.h"

namespace kefu {

ReportLoad RosterLoad(Month month) {
  ReportLoad load;
  load.focus = DateRange{month.Plus(-1).FirstDay(), month.LastDay()};
  load.types = {RecordType::kSchedule, RecordType::kScheduleChanges};
  return load;
}

bool ProduceRoster(ReportRun& run, Month month) {
  const Dataset& data = run.data();
  const Labels& labels = run.labels();
  const std::string m = month.Iso();
  Roster roster = ComputeRoster(data, month);
  // A month without anybody employed, or without a single shift, is not a roster to publish
  // (most likely the wrong --month, or the schedule of the month is not in the input yet).
  bool any_shift = false;
  for (const RosterRow& row : roster.grid.rows) any_shift = any_shift || row.ShiftCount() > 0;
  if (!any_shift) {
    run.Fail(labels.Fmt("run.no_data", "roster --month " + m));
    return false;
  }
  std::vector<Diagnostic> issues = MergeIssues(run.input_issues(), roster.checks.issues);

  std::unique_ptr<OutputFolder> folder = run.NewFolder("roster/" + m);
  bool ok = folder->StageWorkbook("roster-" + m + ".xlsx",
                                  BuildRosterWorkbook(data, roster, issues, labels));
  if (ok && !issues.empty()) ok = folder->StageCsv("rejects.csv", BuildRejectsCsv(issues, labels));
  std::string period = roster.grid.days.first.Iso() + ".." + roster.grid.days.last.Iso();
  return run.Publish(std::move(folder), "roster --month " + m, period) && ok;
}

int RunRoster(Invocation& inv) {
  ReportRun run(inv);
  ReportLoad load = RosterLoad(*inv.month);
  if (!run.Load(load)) return run.ExitCode();
  ProduceRoster(run, *inv.month);
  return run.ExitCode();
}

}  // namespace kefu
