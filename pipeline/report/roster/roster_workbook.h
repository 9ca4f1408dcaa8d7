// The roster workbook roster-YYYY-MM.xlsx (outputs.md "Rosters"), in sheet order: the shift
// roster of the department (排班表), the staff roster (人员名册), one sheet per team with the
// same grid for handing out (named after the team through report/sheet_name.h SafeSheetName),
// the roster checks (排班检查) and the data issues (数据问题). Every sheet prints A4 landscape,
// one page wide.
#pragma once

#include <span>

#include "model/dataset.h"
#include "model/diagnostic.h"
#include "report/common/labels.h"
#include "report/common/sheet_model.h"
#include "rules/roster/roster.h"

namespace kefu {

// `issues`: the diagnostics of ingest and of the roster checks, for the data-issues sheet.
Workbook BuildRosterWorkbook(const Dataset& data, const Roster& roster,
                             std::span<const Diagnostic> issues, const Labels& labels);

}  // namespace kefu
