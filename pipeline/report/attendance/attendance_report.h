// The monthly attendance report (outputs.md "Monthly attendance report"): the workbook the
// attendance clerk hands HR on the 25th, and its CSV companion.
#pragma once

#include <span>

#include "model/dataset.h"
#include "model/diagnostic.h"
#include "report/common/csv_table.h"
#include "report/common/labels.h"
#include "report/common/sheet_model.h"
#include "rules/attendance/attendance.h"
#include "rules/attendance/login_audit.h"
#include "rules/handover/handover_audit.h"

namespace kefu {

struct AttendanceReportInput {
  const Dataset& data;
  const AttendanceResult& attendance;  // login findings already counted in (CountLoginFindings)
  const LoginAudit& logins;
  const HandoverAudit& handover;
  std::span<const Diagnostic> issues;  // ingest and rules, for the data-issues sheet
};

// attendance-YYYY-MM.xlsx: summary, daily grid, exceptions, handover check, off-duty logins
// (R-C2), possibly shared accounts (R-C4, beside them), data issues.
Workbook BuildAttendanceWorkbook(const AttendanceReportInput& input, const Labels& labels);

// attendance-YYYY-MM.csv with exactly the columns of outputs.md, one row per employee active in
// the period, by employee_id.
CsvTable BuildAttendanceCsv(const Dataset& data, const AttendanceResult& attendance);

// handover-YYYY-MM.csv: department,date,point,rule,detail, one row per failed check and per ×
// item, in the audit's order (department, date, point, rule in byte order).
CsvTable BuildHandoverCsv(const HandoverAudit& audit, const Labels& labels);

// The detail of a handover finding in the labels' language.
std::string HandoverDetailText(const HandoverFinding& finding, const Labels& labels);

}  // namespace kefu
