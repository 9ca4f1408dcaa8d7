// decisions-YYYYQn.csv (outputs.md): one row per employee who takes a decision at the as-of
// date, in employee_id byte order, with the window of the deciding promotion rule, the salaries
// of R-S1 and the rules that triggered.
#pragma once

#include "model/dataset.h"
#include "report/common/csv_table.h"
#include "rules/promotion/promotion.h"

namespace kefu {

// Columns: employee_id,name,department,grade,decision,target_grade,window_months,window_avg,
// window_rank,salary_current,salary_target,rules. window_avg has two decimals (the mean of the
// employee's scores in the window, also outside the pool); window_rank is empty outside the
// pool; the window fields are empty where the decision has no window (confirm, demote,
// dismissal_review, gm_review, none on a P); salary_target is empty where target_grade is.
CsvTable BuildDecisionsCsv(const Dataset& data, const Evaluation& evaluation);

}  // namespace kefu
