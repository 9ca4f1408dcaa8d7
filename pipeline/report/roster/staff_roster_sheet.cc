#include "report/roster/staff_roster_sheet.h"

#include <algorithm>

#include "model/tenure.h"
#include "report/common/table_sheet.h"

namespace kefu {

Sheet BuildStaffRosterSheet(const RosterContext& ctx, const std::string& name) {
  const Labels& l = ctx.labels;
  const Palette& p = ctx.styles.palette();
  const RosterGrid& grid = ctx.roster.grid;
  const Date tenure_as_of = ctx.roster.tenure_as_of;
  // What the note says: joining or leaving within the month.
  auto note = [&l, &grid](const Employee& person) {
    std::string text;
    auto append = [&](std::string part) {
      if (!text.empty()) text += l.Get("roster.list_joiner");
      text += part;
    };
    if (grid.days.Contains(person.hire_date))
      append(l.Fmt("roster.staff.joins", person.hire_date.Iso()));
    if (person.left && person.left_date.is_valid() && grid.days.Contains(person.left_date)) {
      append(l.Fmt("roster.staff.leaves", person.left_date.Iso()));
    }
    return text;
  };
  const TableColumns<const Employee*> columns = {
      {"roster.staff.employee_id", 8, [&](const Employee* e) { return Cell::Text(e->id, p.text); }},
      {"roster.staff.name", 10, [&](const Employee* e) { return Cell::Text(e->name, p.text); }},
      {"roster.staff.team", 10,
       [&](const Employee* e) { return Cell::Text(ctx.TeamName(e->team), p.text); }},
      {"roster.staff.role", 10, [&](const Employee* e) { return Cell::Text(e->role, p.text); }},
      {"roster.staff.grade", 14,
       [&](const Employee* e) {
         return Cell::Text(l.Get(std::string("grade.") + GradeCode(e->grade)), p.text);
       }},
      {"roster.staff.hire_date", 12,
       [&](const Employee* e) { return Cell::Day(e->hire_date, p.date); }},
      {"roster.staff.tenure", 10,
       [&](const Employee* e) {
         return Cell::Number(TenureInMonths(e->hire_date, tenure_as_of), p.integer);
       }},
      {"roster.staff.phone", 14,
       [&](const Employee* e) { return Cell::Text(e->phone_masked, p.text); }},
      {"roster.staff.note", 16, [&](const Employee* e) { return Cell::Text(note(*e), p.text); }},
  };

  Sheet sheet;
  sheet.name = name;
  sheet.columns = ColumnWidths(columns);
  const Month m = grid.month;
  sheet.rows.push_back(
      {{Cell::Text(l.Fmt("roster.staff.title", ctx.Departments(), m.year(), m.month(), m.Iso()),
                   p.title)},
       22});
  sheet.rows.push_back(
      {{Cell::Text(l.Fmt("roster.staff.subtitle", tenure_as_of.Iso()), p.subtitle)}, 0});
  std::vector<EmployeeIndex> employees;
  for (const RosterRow& row : grid.rows) employees.push_back(row.employee);
  std::sort(employees.begin(), employees.end());  // index order is id order
  std::vector<const Employee*> people;
  for (EmployeeIndex e : employees) people.push_back(&ctx.data.employees[e]);
  const uint32_t header_row = AppendTable(sheet, columns, l, p.header, people);

  SheetRow total;
  total.cells = {Cell::Text(l.Fmt("roster.staff.total", people.size()), p.total_text)};
  for (size_t c = 1; c < columns.size(); ++c) total.cells.push_back(Cell::Empty(p.total_text));
  sheet.rows.push_back(std::move(total));
  sheet.rows.push_back({});
  sheet.rows.push_back({{Cell::Text(l.Get("print.signature"), p.note)}, 0});

  sheet.freeze_rows = header_row + 1;
  sheet.print = HousePrint(true, static_cast<int>(header_row), static_cast<int>(header_row),
                           l.Get("print.footer"));
  return sheet;
}

}  // namespace kefu
