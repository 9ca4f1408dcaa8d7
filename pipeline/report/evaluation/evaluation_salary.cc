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
  const std::string effective = ctx.evaluation.EffectiveDate().Iso();
  using Item = EvaluationItem;
  const TableColumns<Item> columns = {
      EvaluationColumn(ctx, "employee_id"),
      EvaluationColumn(ctx, "name"),
      EvaluationColumn(ctx, "department"),
      {"eval.col.decision", 16,
       [&](Item ev) { return Cell::Text(ctx.names.Of(ev->decision), p.text); }},
      EvaluationColumn(ctx, "grade"),
      EvaluationColumn(ctx, "target_grade"),
      {"eval.col.salary_current", 10,
       [&](Item ev) { return Cell::Number(static_cast<double>(ev->salary_current), p.integer); }},
      {"eval.col.salary_target", 10,
       [&](Item ev) { return Cell::Number(static_cast<double>(*ev->salary_target), p.integer); }},
      {"eval.col.salary_change", 10,
       [&](Item ev) {
         int64_t change = *ev->salary_target - ev->salary_current;
         return Cell::Number(static_cast<double>(change), change < 0 ? p.alert : p.integer);
       }},
      {"eval.col.effective", 12, [&](Item) { return Cell::Text(effective, p.center); }},
      {"eval.col.rules", 14,
       [&](Item ev) { return Cell::Text(RuleIdText(*ev->deciding), p.text); }},
      {"eval.col.note", 24,
       [&](Item ev) {
         return Pending(*ev) ? Cell::Text(l.Get("eval.salary.pending"), p.text)
                             : Cell::Empty(p.text);
       }},
  };
  // Each department's monthly total before and after, below the list.
  using Total = std::pair<std::string, DepartmentTotal>;
  const TableColumns<Total> total_columns = {
      {"eval.col.department", 12,
       [&](const Total& t) { return Cell::Text(t.first, p.total_text); }},
      {"eval.col.headcount", 10,
       [&](const Total& t) {
         return Cell::Number(static_cast<double>(t.second.staff), p.total_integer);
       }},
      {"eval.col.total_before", 10,
       [&](const Total& t) {
         return Cell::Number(static_cast<double>(t.second.before), p.total_integer);
       }},
      {"eval.col.total_after", 10,
       [&](const Total& t) {
         return Cell::Number(static_cast<double>(t.second.after), p.total_integer);
       }},
      {"eval.col.salary_change", 10,
       [&](const Total& t) {
         return Cell::Number(static_cast<double>(t.second.after - t.second.before),
                             p.total_integer);
       }},
      {"eval.col.total_pending", 10,
       [&](const Total& t) {
         return Cell::Number(static_cast<double>(t.second.pending), p.total_integer);
       }},
  };

  std::vector<DepartmentTotal> totals(ctx.evaluation.departments.names.size());
  std::vector<Item> changes;
  for (const EmployeeEvaluation& ev : ctx.evaluation.employees) {
    if (!ev.decided) continue;
    DepartmentTotal& total = totals[ctx.evaluation.departments.of_employee[ev.employee]];
    ++total.staff;
    total.before += ev.salary_current;
    total.after += ev.salary_target.value_or(ev.salary_current);
    if (!ev.salary_target) continue;
    if (Pending(ev)) total.pending += *ev.salary_target - ev.salary_current;
    changes.push_back(&ev);
  }
  Sheet sheet;
  sheet.name = l.Get("eval.sheet.salary");
  AddTable(sheet, ctx, l.Fmt("eval.salary.title", ctx.quarter.Iso(), effective), columns, changes);
  const uint32_t last_change_row = static_cast<uint32_t>(sheet.rows.size() - 1);

  sheet.rows.push_back({});
  sheet.rows.push_back({{Cell::Text(l.Get("eval.salary.totals"), p.subtitle)}, 0});
  sheet.rows.push_back(HeaderRow(total_columns, l, p.header));
  for (size_t d = 0; d < totals.size(); ++d) {
    if (totals[d].staff == 0) continue;
    sheet.rows.push_back(
        TableRow(total_columns, Total{ctx.evaluation.departments.names[d], totals[d]}));
  }
  if (last_change_row > kHeaderRow) {
    sheet.autofilter =
        CellRange{kHeaderRow, 0, last_change_row, static_cast<uint16_t>(columns.size() - 1)};
  }
  sheet.print = HousePrint(true, kHeaderRow, kHeaderRow, l.Get("print.footer"));
  return sheet;
}

}  // namespace kefu
