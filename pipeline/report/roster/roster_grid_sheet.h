// The shift roster sheet (排班表, outputs.md "Rosters") and the per-team sheets with the same
// grid, for handing out:
//
//   title, subtitle, the holiday-roster due dates (department sheet only)
//   three header rows: 工号 姓名 班组 | the day numbers / weekdays / holiday names | 班数
//   one row per employee: a shift code per day in the shift's colour (休 on a rest day, grey
//     where the employee is not employed); a changed day is italic with the change mark after
//     the code (* approved, ! unapproved, red)
//   the coverage block (department sheet only): staff per shift per day, red wherever a shift
//     has nobody that day, due or not (the checks sheet lists only the due ones)
//   the legend (shift times, marks, shading), the schedule changes with the original shifts,
//     and the signature line
//
// Printed A4 landscape, one page wide, the header rows repeated on every page.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "report/common/sheet_model.h"
#include "report/roster/roster_context.h"

namespace kefu {

// The grid's first day column (after 工号, 姓名, 班组).
inline constexpr uint16_t kRosterFirstDayColumn = 3;

struct RosterGridSheetSpec {
  std::string name;
  std::string owner;         // who the roster is of: the department, or the team
  std::vector<size_t> rows;  // indexes into Roster::grid.rows, in order
  bool department = false;   // the department's sheet: coverage block and holiday-roster due dates
};

Sheet BuildRosterGridSheet(const RosterContext& ctx, const RosterGridSheetSpec& spec);

// The text of a grid cell: the shift codes of the day (several joined), the rest mark, or empty
// when not employed; a changed day carries the change mark.
std::string RosterCellText(const RosterContext& ctx, const RosterCell& cell);

}  // namespace kefu
