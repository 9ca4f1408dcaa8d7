#include "report/evaluation/evaluation_workbook.h"

#include <algorithm>
#include <span>

#include "report/common/data_issues.h"
#include "report/evaluation/evaluation_sheets.h"

namespace kefu {
namespace {

// The employee's quarterly grade of `q`, if any.
std::optional<QuarterGrade> QuarterGradeOf(const Dataset& data, EmployeeIndex e, Quarter q) {
  for (const QuarterlyGrade& g : data.GradesOf(e)) {
    if (g.quarter == q) return g.grade;
  }
  return std::nullopt;
}

StyleId DecisionStyle(const Palette& p, Decision d) {
  switch (d) {
    case Decision::kDemote:
    case Decision::kDismissalReview:
      return p.alert;
    case Decision::kPromote:
    case Decision::kConfirm:
    case Decision::kSkipLevelReview:
      return p.good;
    default:
      return p.center;
  }
}

StyleId WrapStyle(Workbook& wb) {
  CellStyle s;
  s.border = true;
  s.vcenter = true;
  s.wrap = true;
  s.align = HAlign::kLeft;
  return wb.AddStyle(s);
}

Cell TextOrEmpty(const std::string& text, StyleId style) {
  return text.empty() ? Cell::Empty(style) : Cell::Text(text, style);
}

// The lines of the 依据 column: "✓ criterion: evidence" for each criterion of `rule`, or only
// the criteria met (`only_met`, for demotion triggers).
std::string Basis(const EvaluationSheetContext& ctx, const RuleResult& rule, EmployeeIndex e,
                  bool only_met) {
  std::string text;
  for (const Criterion& c : rule.criteria) {
    if (only_met && !c.met) continue;
    if (!text.empty()) text += "\n";
    text += ctx.labels.Fmt("eval.basis_line", c.met ? "✓" : "✗", ctx.text.Name(c),
                           ctx.text.Evidence(c, e));
  }
  return text;
}

}  // namespace

void SheetHeading(Sheet& sheet, const EvaluationSheetContext& ctx, const std::string& title,
                  const std::vector<std::string>& header) {
  sheet.rows.push_back({{Cell::Text(title, ctx.palette.title)}, 22});
  sheet.rows.push_back(
      {{Cell::Text(ctx.labels.Fmt("eval.subtitle", ctx.evaluation.EffectiveDate().Iso()),
                   ctx.palette.subtitle)},
       0});
  SheetRow row;
  for (const std::string& h : header) row.cells.push_back(Cell::Text(h, ctx.palette.header));
  sheet.rows.push_back(std::move(row));
  sheet.freeze_rows = kHeaderRow + 1;
}

void FinishTable(Sheet& sheet, const EvaluationSheetContext& ctx, size_t columns, bool landscape) {
  uint32_t last_row = static_cast<uint32_t>(sheet.rows.size() - 1);
  if (last_row > kHeaderRow) {
    sheet.autofilter = CellRange{kHeaderRow, 0, last_row, static_cast<uint16_t>(columns - 1)};
  }
  sheet.print = HousePrint(landscape, kHeaderRow, kHeaderRow, ctx.labels.Get("print.footer"));
}

std::vector<Month> EvaluationSheetContext::QuarterMonths() const {
  std::vector<Month> months;
  for (Month m = quarter.FirstMonth(); m <= quarter.LastMonth(); m = m.Plus(1)) {
    if (m.FirstDay() <= evaluation.as_of) months.push_back(m);
  }
  return months;
}

TableColumn<EvaluationItem> EvaluationColumn(const EvaluationSheetContext& ctx,
                                             std::string_view key) {
  auto employee = [&ctx](EvaluationItem ev) -> const Employee& {
    return ctx.data.employees[ev->employee];
  };
  using Result = TableColumn<EvaluationItem>;
  const std::string label = "eval.col." + std::string(key);
  if (key == "employee_id") {
    return Result{label, 10, [&ctx, employee](EvaluationItem ev) {
                    return Cell::Text(employee(ev).id, ctx.palette.text);
                  }};
  }
  if (key == "name") {
    return Result{label, 12, [&ctx, employee](EvaluationItem ev) {
                    return Cell::Text(employee(ev).name, ctx.palette.text);
                  }};
  }
  if (key == "department") {
    return Result{label, 12, [&ctx, employee](EvaluationItem ev) {
                    return Cell::Text(employee(ev).department, ctx.palette.text);
                  }};
  }
  if (key == "team") {
    return Result{label, 10, [&ctx, employee](EvaluationItem ev) {
                    return TextOrEmpty(employee(ev).team, ctx.palette.text);
                  }};
  }
  if (key == "grade") {
    return Result{label, 14, [&ctx, employee](EvaluationItem ev) {
                    return Cell::Text(ctx.names.Grade(employee(ev).grade), ctx.palette.text);
                  }};
  }
  if (key == "decision") {
    return Result{label, 16, [&ctx](EvaluationItem ev) {
                    return Cell::Text(ctx.names.Of(ev->decision),
                                      DecisionStyle(ctx.palette, ev->decision));
                  }};
  }
  // target_grade
  return Result{label, 14, [&ctx](EvaluationItem ev) {
                  return ev->target ? Cell::Text(ctx.names.Grade(*ev->target), ctx.palette.text)
                                    : Cell::Empty(ctx.palette.text);
                }};
}

Sheet BuildOverviewSheet(const EvaluationSheetContext& ctx) {
  const Labels& l = ctx.labels;
  const Palette& p = ctx.palette;
  const int top_n = ctx.data.policy.top_n;
  using Item = const EmployeeEvaluation*;
  // The employee's score of `m`, if any.
  auto score_of = [&ctx](Item ev, Month m) -> const MonthlyScore* {
    std::span<const MonthlyScore> scores = ctx.data.ScoresOf(ev->employee);
    auto it = std::find_if(scores.begin(), scores.end(),
                           [&](const MonthlyScore& s) { return s.month == m; });
    return it == scores.end() ? nullptr : &*it;
  };
  TableColumns<Item> columns;
  for (std::string_view key : {"employee_id", "name", "department", "team", "grade"}) {
    columns.push_back(EvaluationColumn(ctx, key));
  }
  for (Month m : ctx.QuarterMonths()) {
    columns.push_back({"", 10,
                       [&, m](Item ev) {
                         const MonthlyScore* s = score_of(ev, m);
                         return s ? Cell::Number(s->score_tenths / 10.0, p.hours)
                                  : Cell::Empty(p.hours);
                       },
                       l.Fmt("eval.col.month_score", m.Iso())});
    columns.push_back({"", 8,
                       [&, m](Item ev) {
                         const MonthlyScore* s = score_of(ev, m);
                         int rank = s ? ctx.evaluation.ranking.RankAt(
                                            static_cast<size_t>(s - ctx.data.scores.data()))
                                      : 0;
                         return rank > 0 ? Cell::Number(rank, rank <= top_n ? p.good : p.integer)
                                         : Cell::Empty(p.integer);
                       },
                       l.Fmt("eval.col.month_rank", m.Iso())});
  }
  const TableColumns<Item> rest = {
      {"", 10,
       [&](Item ev) {
         std::optional<QuarterGrade> grade = QuarterGradeOf(ctx.data, ev->employee, ctx.quarter);
         return grade ? Cell::Text(std::string(1, QuarterGradeCode(*grade)), p.center)
                      : Cell::Empty(p.center);
       },
       l.Fmt("eval.col.quarter_grade", ctx.quarter.Iso())},
      {"eval.col.window_months", 10,
       [&](Item ev) {
         return ev->window_rule ? Cell::Number(ev->window_months, p.integer)
                                : Cell::Empty(p.integer);
       }},
      {"eval.col.window_avg", 10,
       [&](Item ev) {
         return ev->window_rule && ev->window.has_average()
                    ? Cell::Number(ev->window.AverageHundredths() / 100.0, p.decimal2)
                    : Cell::Empty(p.decimal2);
       }},
      {"eval.col.window_rank", 10,
       [&](Item ev) {
         return ev->window_rule && ev->window.in_pool
                    ? Cell::Number(ev->window.rank, ev->window.rank <= top_n ? p.good : p.integer)
                    : Cell::Empty(p.integer);
       }},
      EvaluationColumn(ctx, "decision"),
      EvaluationColumn(ctx, "target_grade"),
      {"eval.col.salary_current", 10,
       [&](Item ev) { return Cell::Number(static_cast<double>(ev->salary_current), p.integer); }},
      {"eval.col.salary_target", 10,
       [&](Item ev) {
         return ev->salary_target ? Cell::Number(static_cast<double>(*ev->salary_target), p.integer)
                                  : Cell::Empty(p.integer);
       }},
      {"eval.col.salary_change", 10,
       [&](Item ev) {
         return ev->salary_target
                    ? Cell::Number(static_cast<double>(*ev->salary_target - ev->salary_current),
                                   p.integer)
                    : Cell::Empty(p.integer);
       }},
      {"eval.col.rules", 16, [&](Item ev) { return Cell::Text(ListedRulesText(*ev), p.text); }},
  };
  columns.insert(columns.end(), rest.begin(), rest.end());

  std::vector<Item> decided;
  for (const EmployeeEvaluation& ev : ctx.evaluation.employees) {
    if (ev.decided) decided.push_back(&ev);
  }
  Sheet sheet;
  sheet.name = l.Get("eval.sheet.overview");
  AddTable(sheet, ctx, l.Fmt("eval.title", ctx.quarter.Iso(), ctx.evaluation.as_of.Iso()), columns,
           decided);
  sheet.freeze_cols = 2;
  FinishTable(sheet, ctx, columns.size(), true);
  return sheet;
}

// The first columns of the promotions and demotions sheets.
namespace {

using DecisionItem = EvaluationItem;

TableColumns<DecisionItem> DecisionColumns(const EvaluationSheetContext& ctx) {
  const Palette& p = ctx.palette;
  TableColumns<DecisionItem> columns;
  for (std::string_view key :
       {"employee_id", "name", "department", "grade", "decision", "target_grade"}) {
    columns.push_back(EvaluationColumn(ctx, key));
  }
  columns.push_back({"eval.col.rules", 14,
                     [&](DecisionItem ev) { return Cell::Text(ListedRulesText(*ev), p.text); }});
  columns.push_back({"eval.col.clause", 22, [&](DecisionItem ev) {
                       return Cell::Text(ctx.names.Clause(*ev->deciding), p.text);
                     }});
  return columns;
}

// "另满足：R-P2 …" for the rules met besides the deciding one.
std::string AlsoMet(const EvaluationSheetContext& ctx, const EmployeeEvaluation& ev) {
  std::vector<std::string> rules;
  for (RuleId r : ev.listed) {
    if (r != *ev.deciding)
      rules.push_back(ctx.labels.Fmt("eval.rule_ref", RuleIdText(r), ctx.names.Name(r)));
  }
  return rules.empty() ? "" : ctx.labels.Fmt("eval.promotions.also", ctx.text.Join(rules));
}

std::string JoinLines(const std::vector<std::string>& lines) {
  std::string text;
  for (const std::string& line : lines) {
    if (line.empty()) continue;
    if (!text.empty()) text += "\n";
    text += line;
  }
  return text;
}

}  // namespace

Sheet BuildPromotionsSheet(const EvaluationSheetContext& ctx) {
  const Labels& l = ctx.labels;
  const Palette& p = ctx.palette;
  StyleId wrap = WrapStyle(ctx.workbook);
  std::vector<DecisionItem> rows;
  for (const EmployeeEvaluation& ev : ctx.evaluation.employees) {
    if (ev.decided && (ev.decision == Decision::kPromote || ev.decision == Decision::kConfirm ||
                       ev.decision == Decision::kSkipLevelReview)) {
      rows.push_back(&ev);
    }
  }
  TableColumns<DecisionItem> columns = DecisionColumns(ctx);
  const TableColumns<DecisionItem> more = {
      {"eval.col.window_avg", 10,
       [&](DecisionItem ev) {
         bool windowed = ev->window_rule.has_value() && ev->window.has_average();
         return windowed ? Cell::Number(ev->window.AverageHundredths() / 100.0, p.decimal2)
                         : Cell::Empty(p.decimal2);
       }},
      {"eval.col.window_rank", 10,
       [&](DecisionItem ev) {
         return ev->window_rule && ev->window.in_pool ? Cell::Number(ev->window.rank, p.integer)
                                                      : Cell::Empty(p.integer);
       }},
      {"eval.col.tenure", 10,
       [&](DecisionItem ev) { return Cell::Number(ev->tenure_months, p.integer); }},
      {"eval.col.basis", 70,
       [&, wrap](DecisionItem ev) {
         return Cell::Text(Basis(ctx, *ev->Find(*ev->deciding), ev->employee, false), wrap);
       }},
      {"eval.col.note", 40,
       [&, wrap](DecisionItem ev) {
         std::string note;
         if (*ev->deciding == RuleId::kP4) note = l.Get("eval.promotions.note_p4");
         if (*ev->deciding == RuleId::kP5) note = l.Get("eval.promotions.note_p5");
         return TextOrEmpty(JoinLines({note, AlsoMet(ctx, *ev)}), wrap);
       }},
  };
  columns.insert(columns.end(), more.begin(), more.end());
  Sheet sheet;
  sheet.name = l.Get("eval.sheet.promotions");
  AddTable(sheet, ctx, l.Fmt("eval.promotions.title", ctx.quarter.Iso(), rows.size()), columns,
           rows);
  FinishTable(sheet, ctx, columns.size(), true);
  return sheet;
}

Sheet BuildDemotionsSheet(const EvaluationSheetContext& ctx) {
  const Labels& l = ctx.labels;
  StyleId wrap = WrapStyle(ctx.workbook);
  std::vector<DecisionItem> rows;
  for (const EmployeeEvaluation& ev : ctx.evaluation.employees) {
    if (ev.decided &&
        (ev.decision == Decision::kDemote || ev.decision == Decision::kDismissalReview)) {
      rows.push_back(&ev);
    }
  }
  TableColumns<DecisionItem> columns = DecisionColumns(ctx);
  const TableColumns<DecisionItem> more = {
      {"eval.col.basis", 80,
       [&, wrap](DecisionItem ev) {
         return Cell::Text(Basis(ctx, *ev->Find(*ev->deciding), ev->employee, true), wrap);
       }},
      {"eval.col.note", 40,
       [&, wrap](DecisionItem ev) {
         std::string note = *ev->deciding == RuleId::kX1 ? l.Get("eval.demotions.note_x1") : "";
         return TextOrEmpty(JoinLines({note, AlsoMet(ctx, *ev)}), wrap);
       }},
  };
  columns.insert(columns.end(), more.begin(), more.end());
  Sheet sheet;
  sheet.name = l.Get("eval.sheet.demotions");
  AddTable(sheet, ctx, l.Fmt("eval.demotions.title", ctx.quarter.Iso(), rows.size()), columns,
           rows);
  FinishTable(sheet, ctx, columns.size(), true);
  return sheet;
}

Workbook BuildEvaluationWorkbook(const Dataset& data, const Evaluation& evaluation, Quarter quarter,
                                 const Labels& labels, std::span<const Diagnostic> issues) {
  Workbook wb;
  Palette palette = Palette::In(wb);
  EvaluationNames names = EvaluationNames::From(labels);
  CriterionText text(data, labels, names, evaluation.as_of);
  EvaluationSheetContext ctx{data, evaluation, quarter, labels, names, text, palette, wb};
  wb.properties.title = labels.Fmt("eval.workbook_title", quarter.Iso());
  wb.properties.subject = labels.Get("eval.workbook_subject");
  wb.properties.author = labels.Get("eval.author");
  wb.properties.created = evaluation.as_of;
  wb.sheets.push_back(BuildOverviewSheet(ctx));
  wb.sheets.push_back(BuildRankingSheet(ctx));
  wb.sheets.push_back(BuildPromotionsSheet(ctx));
  wb.sheets.push_back(BuildDemotionsSheet(ctx));
  wb.sheets.push_back(BuildSalarySheet(ctx));
  wb.sheets.push_back(BuildDistributionSheet(ctx));
  if (!issues.empty()) wb.sheets.push_back(BuildDataIssuesSheet(issues, labels, palette));
  // Large departments: let the writer flush rows as they come.
  wb.constant_memory = data.employees.size() > 2000;
  return wb;
}

}  // namespace kefu
