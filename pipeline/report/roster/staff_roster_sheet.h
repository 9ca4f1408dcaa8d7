// The staff roster sheet (人员名册, outputs.md "Rosters"): one row per employee on the month's
// roster, by employee id: name, team, role, grade, hire date, tenure in whole months as of the
// roster month's first day (Roster::tenure_as_of), the masked phone (R-C1), and a note when the
// employee joins or leaves during the month; a totals row with the head count. No salary: the
// roster goes to everyone on duty, and salaries are confidential (R-C5, 篇1 二.11).
#pragma once

#include "report/common/sheet_model.h"
#include "report/roster/roster_context.h"

namespace kefu {

Sheet BuildStaffRosterSheet(const RosterContext& ctx, const std::string& name);

}  // namespace kefu
