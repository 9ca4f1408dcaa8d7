#include "report/evaluation/evaluation_workbook.h"

#include <algorithm>

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

Sheet BuildOverviewSheet(const EvaluationSheetContext& ctx) {
  const Labels& l = ctx.labels;
  const Palette& p = ctx.palette;
  Sheet sheet;
  sheet.name = l.Get("eval.sheet.overview");
  std::vector<Month> months = ctx.QuarterMonths();
  std::vector<std::string> header = {l.Get("eval.col.employee_id"), l.Get("eval.col.name"),
                                     l.Get("eval.col.department"), l.Get("eval.col.team"),
                                     l.Get("eval.col.grade")};
  for (Month m : months) {
    header.push_back(l.Fmt("eval.col.month_score", m.Iso()));
    header.push_back(l.Fmt("eval.col.month_rank", m.Iso()));
  }
  for (const char* key : {"eval.col.quarter_grade"})
    header.push_back(l.Fmt(key, ctx.quarter.Iso()));
  for (const char* key : {"eval.col.window_months", "eval.col.window_avg", "eval.col.window_rank",
                          "eval.col.decision", "eval.col.target_grade", "eval.col.salary_current",
                          "eval.col.salary_target", "eval.col.salary_change", "eval.col.rules"}) {
    header.push_back(l.Get(key));
  }
  SheetHeading(sheet, ctx, l.Fmt("eval.title", ctx.quarter.Iso(), ctx.evaluation.as_of.Iso()),
               header);
  sheet.columns = {{10}, {12}, {12}, {10}, {14}};
  for (size_t i = 0; i < months.size(); ++i) sheet.columns.insert(sheet.columns.end(), {{10}, {8}});
  sheet.columns.insert(sheet.columns.end(),
                       {{10}, {10}, {10}, {10}, {16}, {14}, {10}, {10}, {10}, {16}});
  sheet.freeze_cols = 2;

  int top_n = ctx.data.policy.top_n;
  for (const EmployeeEvaluation& ev : ctx.evaluation.employees) {
    if (!ev.decided) continue;
    const Employee& e = ctx.data.employees[ev.employee];
    SheetRow row;
    row.cells.reserve(header.size());
    row.cells.push_back(Cell::Text(e.id, p.text));
    row.cells.push_back(Cell::Text(e.name, p.text));
    row.cells.push_back(Cell::Text(e.department, p.text));
    row.cells.push_back(TextOrEmpty(e.team, p.text));
    row.cells.push_back(Cell::Text(ctx.names.Grade(e.grade), p.text));
    std::span<const MonthlyScore> scores = ctx.data.ScoresOf(ev.employee);
    for (Month m : months) {
      auto it = std::find_if(scores.begin(), scores.end(),
                             [&](const MonthlyScore& s) { return s.month == m; });
      if (it == scores.end()) {
        row.cells.push_back(Cell::Empty(p.hours));
        row.cells.push_back(Cell::Empty(p.integer));
        continue;
      }
      size_t index = static_cast<size_t>(&*it - ctx.data.scores.data());
      int rank = ctx.evaluation.ranking.RankAt(index);
      row.cells.push_back(Cell::Number(it->score_tenths / 10.0, p.hours));
      row.cells.push_back(rank > 0 ? Cell::Number(rank, rank <= top_n ? p.good : p.integer)
                                   : Cell::Empty(p.integer));
    }
    std::optional<QuarterGrade> grade = QuarterGradeOf(ctx.data, ev.employee, ctx.quarter);
    row.cells.push_back(grade ? Cell::Text(std::string(1, QuarterGradeCode(*grade)), p.center)
                              : Cell::Empty(p.center));
    if (ev.window_rule) {
      row.cells.push_back(Cell::Number(ev.window_months, p.integer));
      row.cells.push_back(ev.window.has_average()
                              ? Cell::Number(ev.window.AverageHundredths() / 100.0, p.decimal2)
                              : Cell::Empty(p.decimal2));
      row.cells.push_back(
          ev.window.in_pool
              ? Cell::Number(ev.window.rank, ev.window.rank <= top_n ? p.good : p.integer)
              : Cell::Empty(p.integer));
    } else {
      row.cells.insert(row.cells.end(),
                       {Cell::Empty(p.integer), Cell::Empty(p.decimal2), Cell::Empty(p.integer)});
    }
    row.cells.push_back(Cell::Text(ctx.names.Of(ev.decision), DecisionStyle(p, ev.decision)));
    row.cells.push_back(ev.target ? Cell::Text(ctx.names.Grade(*ev.target), p.text)
                                  : Cell::Empty(p.text));
    row.cells.push_back(Cell::Number(static_cast<double>(ev.salary_current), p.integer));
    if (ev.salary_target) {
      row.cells.push_back(Cell::Number(static_cast<double>(*ev.salary_target), p.integer));
      row.cells.push_back(
          Cell::Number(static_cast<double>(*ev.salary_target - ev.salary_current), p.integer));
    } else {
      row.cells.insert(row.cells.end(), {Cell::Empty(p.integer), Cell::Empty(p.integer)});
    }
    row.cells.push_back(Cell::Text(ListedRulesText(ev), p.text));
    sheet.rows.push_back(std::move(row));
  }
  FinishTable(sheet, ctx, header.size(), true);
  return sheet;
}

// The rows of the promotions and demotions sheets share their first columns.
namespace {

SheetRow DecisionRow(const EvaluationSheetContext& ctx, const EmployeeEvaluation& ev) {
  const Palette& p = ctx.palette;
  const Employee& e = ctx.data.employees[ev.employee];
  SheetRow row;
  row.cells.push_back(Cell::Text(e.id, p.text));
  row.cells.push_back(Cell::Text(e.name, p.text));
  row.cells.push_back(Cell::Text(e.department, p.text));
  row.cells.push_back(Cell::Text(ctx.names.Grade(e.grade), p.text));
  row.cells.push_back(Cell::Text(ctx.names.Of(ev.decision), DecisionStyle(p, ev.decision)));
  row.cells.push_back(ev.target ? Cell::Text(ctx.names.Grade(*ev.target), p.text)
                                : Cell::Empty(p.text));
  row.cells.push_back(Cell::Text(ListedRulesText(ev), p.text));
  row.cells.push_back(Cell::Text(ctx.names.Clause(*ev.deciding), p.text));
  return row;
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
  std::vector<const EmployeeEvaluation*> rows;
  for (const EmployeeEvaluation& ev : ctx.evaluation.employees) {
    if (ev.decided && (ev.decision == Decision::kPromote || ev.decision == Decision::kConfirm ||
                       ev.decision == Decision::kSkipLevelReview)) {
      rows.push_back(&ev);
    }
  }
  Sheet sheet;
  sheet.name = l.Get("eval.sheet.promotions");
  std::vector<std::string> header;
  for (const char* key :
       {"eval.col.employee_id", "eval.col.name", "eval.col.department", "eval.col.grade",
        "eval.col.decision", "eval.col.target_grade", "eval.col.rules", "eval.col.clause",
        "eval.col.window_avg", "eval.col.window_rank", "eval.col.tenure", "eval.col.basis",
        "eval.col.note"}) {
    header.push_back(l.Get(key));
  }
  SheetHeading(sheet, ctx, l.Fmt("eval.promotions.title", ctx.quarter.Iso(), rows.size()), header);
  sheet.columns = {{10}, {12}, {12}, {14}, {16}, {14}, {14}, {22}, {10}, {10}, {10}, {70}, {40}};
  for (const EmployeeEvaluation* ev : rows) {
    SheetRow row = DecisionRow(ctx, *ev);
    bool windowed = ev->window_rule.has_value() && ev->window.has_average();
    row.cells.push_back(windowed ? Cell::Number(ev->window.AverageHundredths() / 100.0, p.decimal2)
                                 : Cell::Empty(p.decimal2));
    row.cells.push_back(ev->window_rule && ev->window.in_pool
                            ? Cell::Number(ev->window.rank, p.integer)
                            : Cell::Empty(p.integer));
    row.cells.push_back(Cell::Number(ev->tenure_months, p.integer));
    row.cells.push_back(
        Cell::Text(Basis(ctx, *ev->Find(*ev->deciding), ev->employee, false), wrap));
    std::string note;
    if (*ev->deciding == RuleId::kP4) note = l.Get("eval.promotions.note_p4");
    if (*ev->deciding == RuleId::kP5) note = l.Get("eval.promotions.note_p5");
    row.cells.push_back(TextOrEmpty(JoinLines({note, AlsoMet(ctx, *ev)}), wrap));
    sheet.rows.push_back(std::move(row));
  }
  FinishTable(sheet, ctx, header.size(), true);
  return sheet;
}

Sheet BuildDemotionsSheet(const EvaluationSheetContext& ctx) {
  const Labels& l = ctx.labels;
  StyleId wrap = WrapStyle(ctx.workbook);
  std::vector<const EmployeeEvaluation*> rows;
  for (const EmployeeEvaluation& ev : ctx.evaluation.employees) {
    if (ev.decided &&
        (ev.decision == Decision::kDemote || ev.decision == Decision::kDismissalReview)) {
      rows.push_back(&ev);
    }
  }
  Sheet sheet;
  sheet.name = l.Get("eval.sheet.demotions");
  std::vector<std::string> header;
  for (const char* key : {"eval.col.employee_id", "eval.col.name", "eval.col.department",
                          "eval.col.grade", "eval.col.decision", "eval.col.target_grade",
                          "eval.col.rules", "eval.col.clause", "eval.col.basis", "eval.col.note"}) {
    header.push_back(l.Get(key));
  }
  SheetHeading(sheet, ctx, l.Fmt("eval.demotions.title", ctx.quarter.Iso(), rows.size()), header);
  sheet.columns = {{10}, {12}, {12}, {14}, {16}, {14}, {14}, {22}, {80}, {40}};
  for (const EmployeeEvaluation* ev : rows) {
    SheetRow row = DecisionRow(ctx, *ev);
    row.cells.push_back(Cell::Text(Basis(ctx, *ev->Find(*ev->deciding), ev->employee, true), wrap));
    std::string note = *ev->deciding == RuleId::kX1 ? l.Get("eval.demotions.note_x1") : "";
    row.cells.push_back(TextOrEmpty(JoinLines({note, AlsoMet(ctx, *ev)}), wrap));
    sheet.rows.push_back(std::move(row));
  }
  FinishTable(sheet, ctx, header.size(), true);
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
