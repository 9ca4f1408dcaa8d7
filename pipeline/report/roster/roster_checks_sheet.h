// The roster checks sheet (排班检查): every finding of rules/roster_checks.h, one row each, in the
// order of the findings: the check, the employee, the date(s), the shift(s), what was found and
// the input row it is about (file:line).
#pragma once

#include "report/common/sheet_model.h"
#include "report/roster/roster_context.h"

namespace kefu {

Sheet BuildRosterChecksSheet(const RosterContext& ctx, const std::string& name);

}  // namespace kefu
