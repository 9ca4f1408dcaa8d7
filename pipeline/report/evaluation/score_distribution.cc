// The monthly ranking sheet (月度排名) and the score distribution with its chart (成绩分布).
#include <algorithm>
#include <array>
#include <tuple>

#include "report/evaluation/evaluation_sheets.h"

namespace kefu {
namespace {

// One score of the ranking sheet, with what it is sorted by.
struct RankedScore {
  Month month;
  uint32_t department;
  int rank;  // 0: grade R, listed after the ranked
  EmployeeIndex employee;
  size_t score;

  auto Key() const { return std::tuple(month, department, rank == 0, rank, employee); }
};

}  // namespace

Sheet BuildRankingSheet(const EvaluationSheetContext& ctx) {
  const Labels& l = ctx.labels;
  const Palette& p = ctx.palette;
  const Dataset& data = ctx.data;
  std::vector<Month> months = ctx.QuarterMonths();
  std::vector<RankedScore> entries;
  for (size_t i = 0; i < data.scores.size(); ++i) {
    const MonthlyScore& s = data.scores[i];
    if (std::find(months.begin(), months.end(), s.month) == months.end()) continue;
    entries.push_back({s.month, ctx.evaluation.departments.of_employee[s.employee],
                       ctx.evaluation.ranking.RankAt(i), s.employee, i});
  }
  std::sort(entries.begin(), entries.end(),
            [](const RankedScore& a, const RankedScore& b) { return a.Key() < b.Key(); });

  Sheet sheet;
  sheet.name = l.Get("eval.sheet.ranking");
  std::vector<std::string> header;
  for (const char* key : {"eval.col.month", "eval.col.department", "eval.col.rank",
                          "eval.col.employee_id", "eval.col.name", "eval.col.grade",
                          "eval.col.score", "eval.col.rating", "eval.col.ranked"}) {
    header.push_back(l.Get(key));
  }
  SheetHeading(sheet, ctx, l.Fmt("eval.ranking.title", ctx.quarter.Iso()), header);
  sheet.columns = {{10}, {12}, {12}, {10}, {12}, {14}, {8}, {8}, {10}};
  int top_n = data.policy.top_n;
  std::string unranked = l.Get("eval.ranking.reserve");
  for (const RankedScore& r : entries) {
    const Employee& e = data.employees[r.employee];
    int score = data.scores[r.score].score_tenths;
    SheetRow row;
    row.cells.reserve(header.size());
    row.cells.push_back(Cell::Text(r.month.Iso(), p.center));
    row.cells.push_back(Cell::Text(e.department, p.text));
    row.cells.push_back(r.rank > 0 ? Cell::Number(r.rank, r.rank <= top_n ? p.good : p.integer)
                                   : Cell::Text(unranked, p.center));
    row.cells.push_back(Cell::Text(e.id, p.text));
    row.cells.push_back(Cell::Text(e.name, p.text));
    row.cells.push_back(Cell::Text(ctx.names.Grade(e.grade), p.text));
    row.cells.push_back(Cell::Number(score / 10.0, p.hours));
    row.cells.push_back(
        Cell::Text(ctx.names.rating[static_cast<int>(RatingOf(score, data.policy))], p.center));
    row.cells.push_back(r.rank > 0
                            ? Cell::Number(ctx.evaluation.ranking.RankedAt(r.score), p.integer)
                            : Cell::Empty(p.integer));
    sheet.rows.push_back(std::move(row));
  }
  FinishTable(sheet, ctx, header.size(), false);
  return sheet;
}

Sheet BuildDistributionSheet(const EvaluationSheetContext& ctx) {
  const Labels& l = ctx.labels;
  const Palette& p = ctx.palette;
  const Dataset& data = ctx.data;
  const Policy& policy = data.policy;
  int length = std::max({policy.jm_window_months, policy.ms_window_months, policy.sr_window_months,
                         policy.pj_window_months});
  MonthWindow window = WindowEnding(Month::Of(ctx.evaluation.as_of), length);
  size_t departments = ctx.evaluation.departments.names.size();
  // counts[department][month][rating]: the ranked scores (grade R excluded, like the ranks).
  std::vector<std::vector<std::array<int, kRatingCount>>> counts(
      departments, std::vector<std::array<int, kRatingCount>>(static_cast<size_t>(length)));
  for (size_t i = 0; i < data.scores.size(); ++i) {
    const MonthlyScore& s = data.scores[i];
    if (!window.Contains(s.month) || ctx.evaluation.ranking.RankAt(i) == 0) continue;
    uint32_t d = ctx.evaluation.departments.of_employee[s.employee];
    ++counts[d][MonthsBetween(window.first, s.month)]
            [static_cast<int>(RatingOf(s.score_tenths, policy))];
  }

  Sheet sheet;
  sheet.name = l.Get("eval.sheet.chart");
  sheet.columns = {{10}, {10}, {10}, {10}, {10}};
  sheet.rows.push_back({{Cell::Text(l.Fmt("eval.chart.title", ctx.quarter.Iso()), p.title)}, 22});
  // One block per department: a caption, the table, and the chart to its right. A block is at
  // least as tall as the chart.
  constexpr uint32_t kBlockRows = 26;
  for (size_t d = 0; d < departments; ++d) {
    const std::string& department = ctx.evaluation.departments.names[d];
    uint32_t top = static_cast<uint32_t>(sheet.rows.size()) + 1;
    while (sheet.rows.size() < top) sheet.rows.push_back({});
    sheet.rows.push_back({{Cell::Text(l.Fmt("eval.chart.block", department), p.subtitle)}, 0});
    SheetRow header;
    header.cells.push_back(Cell::Text(l.Get("eval.col.month"), p.header));
    for (int r = 0; r < kRatingCount; ++r)
      header.cells.push_back(Cell::Text(ctx.names.rating[r], p.header));
    sheet.rows.push_back(std::move(header));
    uint32_t first_data = static_cast<uint32_t>(sheet.rows.size());
    for (int m = 0; m < length; ++m) {
      SheetRow row;
      row.cells.push_back(Cell::Text(window.first.Plus(m).Iso(), p.center));
      for (int r = 0; r < kRatingCount; ++r)
        row.cells.push_back(Cell::Number(counts[d][m][r], p.integer));
      sheet.rows.push_back(std::move(row));
    }
    uint32_t last_data = static_cast<uint32_t>(sheet.rows.size() - 1);
    Chart chart;
    chart.type = ChartType::kColumn;
    chart.title = l.Fmt("eval.chart.title", department);
    chart.x_title = l.Get("eval.chart.x");
    chart.y_title = l.Get("eval.chart.y");
    for (int r = 0; r < kRatingCount; ++r) {
      ChartSeries series;
      series.name = ctx.names.rating[r];
      series.data_sheet = sheet.name;
      series.values = CellRange{first_data, static_cast<uint16_t>(r + 1), last_data,
                                static_cast<uint16_t>(r + 1)};
      series.categories = CellRange{first_data, 0, last_data, 0};
      chart.series.push_back(std::move(series));
    }
    chart.anchor_row = top;
    chart.anchor_col = 6;
    sheet.charts.push_back(std::move(chart));
    while (sheet.rows.size() < top + kBlockRows) sheet.rows.push_back({});
  }
  // Trailing empty rows are not needed in the file.
  while (!sheet.rows.empty() && sheet.rows.back().cells.empty()) sheet.rows.pop_back();
  sheet.print = HousePrint(true, -1, -1, l.Get("print.footer"));
  return sheet;
}

}  // namespace kefu
