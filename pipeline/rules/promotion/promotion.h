// One decision per employee (rules.md "One decision per employee"): the rules of the employee's
// grade are applied, the decision is taken by precedence, and the salary follows from the
// policy (R-S1). The whole evaluation of one as-of date — monthly ranks, window rankings and
// every employee's rules — is computed once and shared by the workbook, the CSV and the dossiers.
#pragma once

#include <optional>
#include <vector>

#include "model/dataset.h"
#include "rules/promotion/promotion_criteria.h"
#include "rules/promotion/promotion_rules.h"

namespace kefu {

// The decisions, in order of precedence: demote > dismissal_review > skip_level_review >
// promote > confirm > gm_review > none.
enum class Decision : uint8_t {
  kDemote,
  kDismissalReview,
  kSkipLevelReview,
  kPromote,
  kConfirm,
  kGmReview,
  kNone,
};
// The stable word of the CSV: "promote", "skip_level_review", ….
const char* DecisionKey(Decision decision);

// The rules that apply to a grade, in order of precedence of the decisions they lead to:
// P: R-P1 · J: R-X1 R-P5 R-P2 · M: R-D1 R-P3 · S: R-D2 R-P4 · R: R-G1.
std::vector<RuleId> RulesOfGrade(Grade grade);
// The decision a rule leads to when it is met, and the grade it leads to (none for R-X1, R-G1).
Decision DecisionOf(RuleId rule);
std::optional<Grade> TargetOf(RuleId rule);

struct EmployeeEvaluation {
  EmployeeIndex employee = 0;
  // False for an employee who left on or before the as-of date: no
  // decision and no CSV row, but the rules are still applied for the record.
  bool decided = false;
  Decision decision = Decision::kNone;
  std::optional<Grade> target;
  std::optional<RuleId> deciding;   // the rule that decided (none for `none`)
  std::vector<RuleId> listed;       // the CSV's `rules`: deciding first, then every other rule
                                    // met in precedence order; for `none` the failed promotion
                                    // rules of the grade in ID order (J: R-P2;R-P5)
  std::vector<RuleResult> results;  // every rule of the grade, in RulesOfGrade order
  int tenure_months = 0;

  // The window the CSV shows (outputs.md): that of the deciding promotion rule, or for `none`
  // that of the next grade's promotion rule (R-P2 for a J); none otherwise.
  std::optional<RuleId> window_rule;
  int window_months = 0;
  WindowStanding window;

  int64_t salary_current = 0;
  std::optional<int64_t> salary_target;  // R-S1: the policy salary of the target grade

  const RuleResult* Find(RuleId rule) const;
};

struct Evaluation {
  Date as_of;
  DepartmentIndex departments;
  MonthlyRanking ranking;
  std::vector<WindowRanking> windows;         // one per window length of the rules
  std::vector<EmployeeEvaluation> employees;  // parallel to Dataset::employees

  // The ranking of the window of `months` months ending with the as-of month.
  const WindowRanking& RankingOf(int months) const;
  // R-S1: salaries take effect on the first day of the month after the as-of date.
  Date EffectiveDate() const { return Month::Of(as_of).Plus(1).FirstDay(); }
};

// Evaluates every employee of `data` at `as_of`.
Evaluation Evaluate(const Dataset& data, Date as_of);

// The RuleContext of an evaluation (for evidence lookups after the fact).
RuleContext ContextOf(const Dataset& data, const Evaluation& evaluation);

}  // namespace kefu
