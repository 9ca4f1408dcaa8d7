#include "rules/promotion/promotion_definitions.h"

#include <algorithm>

namespace kefu {

const char* RuleIdText(RuleId id) {
  switch (id) {
    case RuleId::kP1:
      return "R-P1";
    case RuleId::kP2:
      return "R-P2";
    case RuleId::kP3:
      return "R-P3";
    case RuleId::kP4:
      return "R-P4";
    case RuleId::kP5:
      return "R-P5";
    case RuleId::kD1:
      return "R-D1";
    case RuleId::kD2:
      return "R-D2";
    case RuleId::kX1:
      return "R-X1";
    case RuleId::kG1:
      return "R-G1";
  }
  return "R-?";
}

Rating RatingOf(int score_tenths, const Policy& policy) {
  if (score_tenths >= policy.rating_excellent_tenths) return Rating::kExcellent;
  if (score_tenths >= policy.rating_good_tenths) return Rating::kGood;
  if (score_tenths >= policy.rating_pass_tenths) return Rating::kPass;
  return Rating::kFail;
}

const char* RatingKey(Rating rating) {
  switch (rating) {
    case Rating::kExcellent:
      return "excellent";
    case Rating::kGood:
      return "good";
    case Rating::kPass:
      return "pass";
    case Rating::kFail:
      return "fail";
  }
  return "fail";
}

std::vector<Quarter> QuartersIn(const MonthWindow& window, Date as_of) {
  std::vector<Quarter> quarters;
  for (Quarter q = Quarter::Of(window.first); q.FirstMonth() <= window.last; q = q.Plus(1)) {
    if (window.Contains(q) && q.LastDay() <= as_of) quarters.push_back(q);
  }
  return quarters;
}

DepartmentIndex DepartmentIndex::Build(const Dataset& data) {
  DepartmentIndex index;
  index.names = data.Departments();
  index.of_employee.reserve(data.employees.size());
  for (const Employee& e : data.employees) {
    auto it = std::lower_bound(index.names.begin(), index.names.end(), e.department);
    index.of_employee.push_back(static_cast<uint32_t>(it - index.names.begin()));
  }
  return index;
}

bool TakesDecision(const Employee& employee, Date as_of) { return !employee.HasLeftBy(as_of); }

}  // namespace kefu
