// The sheets of the quarterly evaluation workbook, each built by its own function from one
// shared context (evaluation_workbook.h assembles them).
#pragma once

#include <vector>

#include "model/dataset.h"
#include "report/common/labels.h"
#include "report/common/palette.h"
#include "report/common/sheet_model.h"
#include "report/evaluation/evaluation_text.h"
#include "rules/promotion/promotion.h"

namespace kefu {

struct EvaluationSheetContext {
  const Dataset& data;
  const Evaluation& evaluation;
  Quarter quarter;
  const Labels& labels;
  const EvaluationNames& names;
  const CriterionText& text;
  const Palette& palette;
  Workbook& workbook;  // for extra styles

  // The months of the quarter that have started by the as-of date.
  std::vector<Month> QuarterMonths() const;
};

// The rows above each table: title, subtitle, then the header at kHeaderRow.
inline constexpr uint32_t kHeaderRow = 2;
// Adds the title, the subtitle and the header row, and freezes them.
void SheetHeading(Sheet& sheet, const EvaluationSheetContext& ctx, const std::string& title,
                  const std::vector<std::string>& header);
// Adds the autofilter over the table under the header and the house print setup.
void FinishTable(Sheet& sheet, const EvaluationSheetContext& ctx, size_t columns, bool landscape);

// 季度总览: one row per employee who takes a decision.
Sheet BuildOverviewSheet(const EvaluationSheetContext& ctx);
// 月度排名: every ranked score of the quarter's months, by month, department and rank; reserve
// supervisors listed after each department without a rank.
Sheet BuildRankingSheet(const EvaluationSheetContext& ctx);
// 晋升建议: promote, confirm and skip_level_review, with the deciding rule's criteria.
Sheet BuildPromotionsSheet(const EvaluationSheetContext& ctx);
// 降级预警: demote and dismissal_review, with the triggers that fired.
Sheet BuildDemotionsSheet(const EvaluationSheetContext& ctx);
// 薪资变动: every decision with a target grade, then each department's monthly total before and
// after.
Sheet BuildSalarySheet(const EvaluationSheetContext& ctx);
// 成绩分布: per department, the number of ranked scores per rating band in each month of the
// longest window, and a column chart of it.
Sheet BuildDistributionSheet(const EvaluationSheetContext& ctx);

}  // namespace kefu
