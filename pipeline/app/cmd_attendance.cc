// kefu attendance --month M: the monthly attendance report with its handover and off-duty login
// audits (outputs.md "Monthly attendance report").
#include <fmt/format.h>

#include "app/commands.h"
#include "app/report_commands.h"
#include "report/attendance_report.h"
#include "report/data_issues.h"
#include "rules/attendance.h"
#include "rules/handover_audit.h"
#include "rules/login_audit.h"
#include "rules/periods.h"

namespace kefu {

ReportLoad AttendanceLoad(Month month) {
  // The period depends on the policy's cutoff day, which is not known before loading: the two
  // calendar months around it cover every cutoff, plus two days for night shifts and windows.
  ReportLoad load;
  load.focus = DateRange{month.Plus(-1).FirstDay().AddDays(-2), month.LastDay().AddDays(2)};
  load.types = {RecordType::kSchedule,  RecordType::kScheduleChanges, RecordType::kPunches,
                RecordType::kLeave,     RecordType::kDiscipline,      RecordType::kHandovers,
                RecordType::kSecurityHandovers, RecordType::kLogins};
  return load;
}

bool ProduceAttendance(ReportRun& run, Month month) {
  const Dataset& data = run.data();
  const Labels& labels = run.labels();
  AttendanceResult attendance = ComputeAttendance(data, month);
  LoginAudit logins = AuditLogins(data, attendance.period);
  CountOffDutyLogins(logins, attendance);
  HandoverAudit handover = AuditHandovers(data, attendance.period);

  std::vector<Diagnostic> found = attendance.issues;
  found.insert(found.end(), logins.issues.begin(), logins.issues.end());
  found.insert(found.end(), handover.issues.begin(), handover.issues.end());
  std::vector<Diagnostic> issues = MergeIssues(run.input_issues(), found);

  const std::string m = month.Iso();
  OutputFolder folder(run.FolderPath("attendance/" + m), run.invocation().force);
  Workbook workbook = BuildAttendanceWorkbook({data, attendance, logins, handover, issues}, labels);
  bool ok = folder.StageWorkbook("attendance-" + m + ".xlsx", workbook);
  ok = ok && folder.StageCsv("attendance-" + m + ".csv", BuildAttendanceCsv(data, attendance));
  ok = ok && folder.StageCsv("handover-" + m + ".csv", BuildHandoverCsv(handover, labels));
  if (ok && !issues.empty()) ok = folder.StageCsv("rejects.csv", BuildRejectsCsv(issues, labels));
  std::string period = attendance.period.first.Iso() + ".." + attendance.period.last.Iso();
  return run.Publish(folder, "attendance --month " + m, period) && ok;
}

int RunAttendance(Invocation& inv) {
  ReportRun run(inv);
  ReportLoad load = AttendanceLoad(*inv.month);
  if (!run.Load(load.focus, load.types)) return run.ExitCode();
  ProduceAttendance(run, *inv.month);
  return run.ExitCode();
}

}  // namespace kefu
