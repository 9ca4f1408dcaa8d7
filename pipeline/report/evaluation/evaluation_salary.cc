// The salary changes sheet (薪资变动, R-S1): each decision with a target grade, effective on the
// first day of the month after the as-of date once approved, then each department's monthly
// salary total before and after.
#include "report/evaluation/evaluation_sheets.h"

namespace kefu {
namespace {

// A change is only pending a review or a defense, not an approval of a decision: R-P4 gives
// eligibility, R-P5 a skip-level review.
bool Pending(const EmployeeEvaluation& ev) {
  return ev.deciding == RuleId::kP4 || ev.deciding == RuleId::kP5;
}

struct DepartmentTotal {
  int64_t staff = 0;
  int64_t before = 0;
  int64_t after = 0;
  int64_t pending = 0;
};

}  // namespace

Sheet BuildSalarySheet(const EvaluationSheetContext& ctx) {
  const Labels& l = ctx.labels;
  const Palette& p = ctx.palette;
  std::string effective = ctx.evaluation.EffectiveDate().Iso();
  Sheet sheet;
  sheet.name = l.Get("eval.sheet.salary");
  std::vector<std::string> header;
  for (const char* key :
       {"eval.col.employee_id", "eval.col.name", "eval.col.department", "eval.col.decision",
        "eval.col.grade", "eval.col.target_grade", "eval.col.salary_current",
        "eval.col.salary_target", "eval.col.salary_change", "eval.col.effective", "eval.col.rules",
        "eval.col.note"}) {
    header.push_back(l.Get(key));
  }
  SheetHeading(sheet, ctx, l.Fmt("eval.salary.title", ctx.quarter.Iso(), effective), header);
  sheet.columns = {{10}, {12}, {12}, {16}, {14}, {14}, {10}, {10}, {10}, {12}, {14}, {24}};

  std::vector<DepartmentTotal> totals(ctx.evaluation.departments.names.size());
  for (const EmployeeEvaluation& ev : ctx.evaluation.employees) {
    if (!ev.decided) continue;
    DepartmentTotal& total = totals[ctx.evaluation.departments.of_employee[ev.employee]];
    ++total.staff;
    total.before += ev.salary_current;
    total.after += ev.salary_target.value_or(ev.salary_current);
    if (!ev.salary_target) continue;
    if (Pending(ev)) total.pending += *ev.salary_target - ev.salary_current;
    const Employee& e = ctx.data.employees[ev.employee];
    SheetRow row;
    row.cells.push_back(Cell::Text(e.id, p.text));
    row.cells.push_back(Cell::Text(e.name, p.text));
    row.cells.push_back(Cell::Text(e.department, p.text));
    row.cells.push_back(Cell::Text(ctx.names.Of(ev.decision), p.text));
    row.cells.push_back(Cell::Text(ctx.names.Grade(e.grade), p.text));
    row.cells.push_back(Cell::Text(ctx.names.Grade(*ev.target), p.text));
    int64_t change = *ev.salary_target - ev.salary_current;
    row.cells.push_back(Cell::Number(static_cast<double>(ev.salary_current), p.integer));
    row.cells.push_back(Cell::Number(static_cast<double>(*ev.salary_target), p.integer));
    row.cells.push_back(
        Cell::Number(static_cast<double>(change), change < 0 ? p.alert : p.integer));
    row.cells.push_back(Cell::Text(effective, p.center));
    row.cells.push_back(Cell::Text(RuleIdText(*ev.deciding), p.text));
    row.cells.push_back(Pending(ev) ? Cell::Text(l.Get("eval.salary.pending"), p.text)
                                    : Cell::Empty(p.text));
    sheet.rows.push_back(std::move(row));
  }
  uint32_t last_change_row = static_cast<uint32_t>(sheet.rows.size() - 1);

  // The department totals below the list.
  sheet.rows.push_back({});
  sheet.rows.push_back({{Cell::Text(l.Get("eval.salary.totals"), p.subtitle)}, 0});
  SheetRow totals_header;
  for (const char* key :
       {"eval.col.department", "eval.col.headcount", "eval.col.total_before",
        "eval.col.total_after", "eval.col.salary_change", "eval.col.total_pending"}) {
    totals_header.cells.push_back(Cell::Text(l.Get(key), p.header));
  }
  sheet.rows.push_back(std::move(totals_header));
  for (size_t d = 0; d < totals.size(); ++d) {
    const DepartmentTotal& t = totals[d];
    if (t.staff == 0) continue;
    SheetRow row;
    row.cells.push_back(Cell::Text(ctx.evaluation.departments.names[d], p.total_text));
    row.cells.push_back(Cell::Number(static_cast<double>(t.staff), p.total_integer));
    row.cells.push_back(Cell::Number(static_cast<double>(t.before), p.total_integer));
    row.cells.push_back(Cell::Number(static_cast<double>(t.after), p.total_integer));
    row.cells.push_back(Cell::Number(static_cast<double>(t.after - t.before), p.total_integer));
    row.cells.push_back(Cell::Number(static_cast<double>(t.pending), p.total_integer));
    sheet.rows.push_back(std::move(row));
  }
  if (last_change_row > kHeaderRow) {
    sheet.autofilter =
        CellRange{kHeaderRow, 0, last_change_row, static_cast<uint16_t>(header.size() - 1)};
  }
  sheet.print = HousePrint(true, kHeaderRow, kHeaderRow, l.Get("print.footer"));
  return sheet;
}

}  // namespace kefu
