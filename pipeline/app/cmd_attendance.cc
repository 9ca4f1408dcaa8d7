// kefu attendance --month M: the monthly attendance report with its handover and off-duty login
// audits (outputs.md "Monthly attendance report").
#include <fmt/format.h>

#include <memory>

#include "app/commands.h"
#include "app/report_commands.h"
#include "model/periods.h"
#include "report/attendance/attendance_report.h"
#include "report/common/data_issues.h"
#include "rules/attendance/attendance.h"
#include "rules/attendance/login_audit.h"
#include "rules/handover/handover_audit.h"

namespace kefu {

ReportLoad AttendanceLoad(Month month) {
  // The period depends on the policy's cutoff day; two days either side hold the night shift
  // that ends on the first day and the punches and logins of the windows around the edges.
  ReportLoad load;
  load.focus_for_policy = [month](const Policy& policy) -> std::optional<DateRange> {
    DateRange period = AttendancePeriod(month, policy);
    return DateRange{period.first.AddDays(-2), period.last.AddDays(2)};
  };
  load.types = {RecordType::kSchedule,          RecordType::kScheduleChanges,
                RecordType::kPunches,           RecordType::kLeave,
                RecordType::kDiscipline,        RecordType::kHandovers,
                RecordType::kSecurityHandovers, RecordType::kLogins};
  return load;
}

bool ProduceAttendance(ReportRun& run, Month month) {
  const Dataset& data = run.data();
  const Labels& labels = run.labels();
  AttendanceResult attendance = ComputeAttendance(data, month);
  LoginAudit logins = AuditLogins(data, attendance);
  CountLoginFindings(logins, attendance);
  HandoverAudit handover = AuditHandovers(data, attendance.period);

  std::vector<Diagnostic> found = attendance.issues;
  found.insert(found.end(), logins.issues.begin(), logins.issues.end());
  found.insert(found.end(), handover.issues.begin(), handover.issues.end());
  std::vector<Diagnostic> issues = MergeIssues(run.input_issues(), found);

  const std::string m = month.Iso();
  Workbook workbook = BuildAttendanceWorkbook({data, attendance, logins, handover, issues}, labels);
  CsvTable csv = BuildAttendanceCsv(data, attendance);
  CsvTable handover_csv = BuildHandoverCsv(handover, labels);
  CsvTable rejects = BuildRejectsCsv(issues, labels);
  std::string period = attendance.period.first.Iso() + ".." + attendance.period.last.Iso();
  run.ReleaseRecords();  // `data` is not used below

  std::unique_ptr<OutputFolder> folder = run.NewFolder("attendance/" + m);
  bool ok = folder->StageWorkbook("attendance-" + m + ".xlsx", std::move(workbook));
  ok = ok && folder->StageCsv("attendance-" + m + ".csv", csv);
  ok = ok && folder->StageCsv("handover-" + m + ".csv", handover_csv);
  if (ok && !issues.empty()) ok = folder->StageCsv("rejects.csv", rejects);
  return run.Publish(std::move(folder), "attendance --month " + m, period) && ok;
}

int RunAttendance(Invocation& inv) {
  ReportRun run(inv);
  ReportLoad load = AttendanceLoad(*inv.month);
  if (!run.Load(load)) return run.ExitCode();
  ProduceAttendance(run, *inv.month);
  return run.ExitCode();
}

}  // namespace kefu
