// The report commands' building blocks, shared with `kefu run`: what each report loads, and how
// it is produced from an already-loaded run.
#pragma once

#include <optional>
#include <vector>

#include "app/report_run.h"

namespace kefu {

// The monthly attendance report of `month` into output/attendance/YYYY-MM/.
ReportLoad AttendanceLoad(Month month);
bool ProduceAttendance(ReportRun& run, Month month);

// The shift roster of `month` into output/roster/YYYY-MM/ (`kefu run --month M` writes the
// roster of M+1). It reads the schedule and the schedule changes (employees, shifts and the
// calendar always come), in full for `month` and the month before it: the rest check looks at
// the previous month's last shifts. ProduceRoster fails (exit 2, nothing written) when nobody
// has a shift in the month: the schedule of that month is not in the input.
ReportLoad RosterLoad(Month month);
bool ProduceRoster(ReportRun& run, Month month);

}  // namespace kefu
