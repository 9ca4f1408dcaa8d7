// The report commands' building blocks, shared with `kefu run`: what each report loads, and how
// it is produced from an already-loaded run.
#pragma once

#include <optional>
#include <vector>

#include "app/report_run.h"

namespace kefu {

// What a report reads: the dated records it needs in full, and the record types at all.
struct ReportLoad {
  std::optional<DateRange> focus;
  std::vector<RecordType> types;
};

// The monthly attendance report of `month` into output/attendance/YYYY-MM/.
ReportLoad AttendanceLoad(Month month);
bool ProduceAttendance(ReportRun& run, Month month);

}  // namespace kefu
