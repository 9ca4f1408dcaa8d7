#include "report/roster/staff_roster_sheet.h"

#include <algorithm>

#include "model/tenure.h"

namespace kefu {

Sheet BuildStaffRosterSheet(const RosterContext& ctx, const std::string& name) {
  const Labels& l = ctx.labels;
  const Palette& p = ctx.styles.palette();
  const RosterGrid& grid = ctx.roster.grid;
  Sheet sheet;
  sheet.name = name;
  sheet.columns = {{8}, {10}, {10}, {10}, {14}, {12}, {10}, {14}, {16}};
  const Month m = grid.month;
  sheet.rows.push_back(
      {{Cell::Text(l.Fmt("roster.staff.title", ctx.Departments(), m.year(), m.month(), m.Iso()),
                   p.title)},
       22});
  sheet.rows.push_back(
      {{Cell::Text(l.Fmt("roster.staff.subtitle", ctx.roster.tenure_as_of.Iso()), p.subtitle)}, 0});
  SheetRow header;
  for (const char* key : {"roster.staff.employee_id", "roster.staff.name", "roster.staff.team",
                          "roster.staff.role", "roster.staff.grade", "roster.staff.hire_date",
                          "roster.staff.tenure", "roster.staff.phone", "roster.staff.note"}) {
    header.cells.push_back(Cell::Text(l.Get(key), p.header));
  }
  const uint32_t header_row = static_cast<uint32_t>(sheet.rows.size());
  sheet.rows.push_back(std::move(header));

  std::vector<EmployeeIndex> employees;
  for (const RosterRow& row : grid.rows) employees.push_back(row.employee);
  std::sort(employees.begin(), employees.end());  // index order is id order
  for (EmployeeIndex e : employees) {
    const Employee& person = ctx.data.employees[e];
    std::string note;
    auto append = [&](std::string text) {
      if (!note.empty()) note += l.Get("roster.list_joiner");
      note += text;
    };
    if (grid.days.Contains(person.hire_date))
      append(l.Fmt("roster.staff.joins", person.hire_date.Iso()));
    if (person.left && person.left_date.is_valid() && grid.days.Contains(person.left_date)) {
      append(l.Fmt("roster.staff.leaves", person.left_date.Iso()));
    }
    SheetRow row;
    row.cells = {Cell::Text(person.id, p.text),
                 Cell::Text(person.name, p.text),
                 Cell::Text(ctx.TeamName(person.team), p.text),
                 Cell::Text(person.role, p.text),
                 Cell::Text(l.Get(std::string("grade.") + GradeCode(person.grade)), p.text),
                 Cell::Day(person.hire_date, p.date),
                 Cell::Number(TenureInMonths(person.hire_date, ctx.roster.tenure_as_of), p.integer),
                 Cell::Text(person.phone_masked, p.text),
                 Cell::Text(std::move(note), p.text)};
    sheet.rows.push_back(std::move(row));
  }
  SheetRow total;
  total.cells = {Cell::Text(l.Fmt("roster.staff.total", employees.size()), p.total_text)};
  for (int c = 1; c < 9; ++c) total.cells.push_back(Cell::Empty(p.total_text));
  const uint32_t last_data_row = static_cast<uint32_t>(sheet.rows.size() - 1);
  sheet.rows.push_back(std::move(total));
  sheet.rows.push_back({});
  sheet.rows.push_back({{Cell::Text(l.Get("print.signature"), p.note)}, 0});

  sheet.freeze_rows = header_row + 1;
  if (!employees.empty()) sheet.autofilter = CellRange{header_row, 0, last_data_row, 8};
  sheet.print = HousePrint(true, static_cast<int>(header_row), static_cast<int>(header_row),
                           l.Get("print.footer"));
  return sheet;
}

}  // namespace kefu
