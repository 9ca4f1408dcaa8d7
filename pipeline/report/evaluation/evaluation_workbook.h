// The quarterly evaluation workbook (outputs.md "Quarterly evaluation workbook"): overview
// (季度总览), monthly ranking (月度排名), promotions (晋升建议), demotions and warnings
// (降级预警), salary changes (薪资变动) with each department's monthly total before and after,
// the department's monthly score distribution with a native chart, and the data issues when
// there are any. Every text comes from templates/.
#pragma once

#include <span>

#include "model/dataset.h"
#include "model/diagnostic.h"
#include "report/common/labels.h"
#include "report/common/sheet_model.h"
#include "rules/promotion/promotion.h"

namespace kefu {

Workbook BuildEvaluationWorkbook(const Dataset& data, const Evaluation& evaluation, Quarter quarter,
                                 const Labels& labels, std::span<const Diagnostic> issues);

}  // namespace kefu
