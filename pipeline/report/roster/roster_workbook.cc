#include "report/roster/roster_workbook.h"

#include "report/common/data_issues.h"
#include "report/common/sheet_name.h"
#include "report/roster/roster_checks_sheet.h"
#include "report/roster/roster_context.h"
#include "report/roster/roster_grid_sheet.h"
#include "report/roster/roster_styles.h"
#include "report/roster/staff_roster_sheet.h"

namespace kefu {

Workbook BuildRosterWorkbook(const Dataset& data, const Roster& roster,
                             std::span<const Diagnostic> issues, const Labels& labels) {
  Workbook wb;
  RosterStyles styles(wb, data.shifts.size());
  RosterContext ctx{data, roster, labels, styles};
  const RosterGrid& grid = roster.grid;

  RosterGridSheetSpec department;
  department.name = labels.Get("roster.sheet.grid");
  department.owner = ctx.Departments();
  for (size_t i = 0; i < grid.rows.size(); ++i) department.rows.push_back(i);
  department.department = true;
  wb.sheets.push_back(BuildRosterGridSheet(ctx, department));
  wb.sheets.push_back(BuildStaffRosterSheet(ctx, labels.Get("roster.sheet.staff")));
  // Team names come from the input: made into names Excel accepts, distinct from the fixed
  // sheets' names and from each other.
  std::vector<std::string> taken = {labels.Get("roster.sheet.grid"),
                                    labels.Get("roster.sheet.staff"),
                                    labels.Get("roster.sheet.checks"), labels.Get("issues.sheet")};
  for (const std::string& team : grid.teams) {
    RosterGridSheetSpec spec;
    spec.name = SafeSheetName(ctx.TeamName(team), taken);
    taken.push_back(spec.name);
    spec.owner = ctx.TeamName(team);
    spec.rows = grid.RowsOfTeam(team, data);
    wb.sheets.push_back(BuildRosterGridSheet(ctx, spec));
  }
  wb.sheets.push_back(BuildRosterChecksSheet(ctx, labels.Get("roster.sheet.checks")));
  wb.sheets.push_back(BuildDataIssuesSheet(issues, labels, styles.palette()));

  wb.properties.title = labels.Fmt("roster.doc_title", grid.month.Iso());
  wb.properties.subject = labels.Get("roster.doc_subject");
  wb.properties.created = grid.days.last;
  return wb;
}

}  // namespace kefu
