// The reports that `kefu run --month M` makes, in the order it makes them, shaped like the
// command table: each row says what the report reads for M and how it is made from the loaded
// run. `kefu run` loops over this table; a new report is a new row.
#pragma once

#include <span>
#include <string_view>

#include "app/report_run.h"

namespace kefu {

struct ReportKind {
  std::string_view name;
  // What the report reads for the month of the run; its period is fixed here from the policy,
  // once, before anything is read.
  ReportLoad (*load)(Month month, const Policy& policy);
  // Stages the report due for the month from the loaded run, or says on stderr (unless --quiet)
  // that none is due.
  void (*produce)(ReportRun& run, Month month);
};

// Attendance of M, the roster of M+1, the evaluation of the latest graded quarter ended by M.
std::span<const ReportKind> ReportKinds();

}  // namespace kefu
