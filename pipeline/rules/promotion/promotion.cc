#include "rules/promotion/promotion.h"

#include <algorithm>

#include "model/tenure.h"

namespace kefu {
namespace {

// The promotion rule whose window a `none` row shows: the next grade's (outputs.md).
std::optional<RuleId> NextPromotionRule(Grade grade) {
  switch (grade) {
    case Grade::kJ:
      return RuleId::kP2;
    case Grade::kM:
      return RuleId::kP3;
    case Grade::kS:
      return RuleId::kP4;
    default:
      return std::nullopt;  // P: no window; R: no promotion rule
  }
}

bool IsPromotionRule(RuleId rule) {
  return rule == RuleId::kP1 || rule == RuleId::kP2 || rule == RuleId::kP3 || rule == RuleId::kP4 ||
         rule == RuleId::kP5;
}

// Takes the decision of one employee from the results of the rules of the grade, which are in
// precedence order: the first rule met decides.
void Decide(const Dataset& data, const Evaluation& evaluation, EmployeeEvaluation& ev) {
  const Employee& employee = data.employees[ev.employee];
  const Policy& policy = data.policy;
  ev.salary_current = policy.SalaryOf(employee.grade);
  for (const RuleResult& r : ev.results) {
    if (!r.met) continue;
    if (!ev.deciding) {
      ev.deciding = r.rule;
      ev.decision = DecisionOf(r.rule);
      ev.target = TargetOf(r.rule);
    }
    ev.listed.push_back(r.rule);
  }
  if (!ev.deciding) {
    ev.decision = Decision::kNone;
    for (const RuleResult& r : ev.results) {
      if (IsPromotionRule(r.rule)) ev.listed.push_back(r.rule);
    }
    std::sort(ev.listed.begin(), ev.listed.end());
    ev.window_rule = NextPromotionRule(employee.grade);
  } else if (ev.decision == Decision::kPromote || ev.decision == Decision::kSkipLevelReview) {
    ev.window_rule = ev.deciding;
  }
  if (ev.window_rule) {
    ev.window_months = WindowMonthsOf(*ev.window_rule, policy);
    ev.window = evaluation.RankingOf(ev.window_months).of_employee[ev.employee];
  }
  if (ev.target) ev.salary_target = policy.SalaryOf(*ev.target);
}

}  // namespace

const char* DecisionKey(Decision decision) {
  switch (decision) {
    case Decision::kDemote:
      return "demote";
    case Decision::kDismissalReview:
      return "dismissal_review";
    case Decision::kSkipLevelReview:
      return "skip_level_review";
    case Decision::kPromote:
      return "promote";
    case Decision::kConfirm:
      return "confirm";
    case Decision::kGmReview:
      return "gm_review";
    case Decision::kNone:
      return "none";
  }
  return "none";
}

std::vector<RuleId> RulesOfGrade(Grade grade) {
  switch (grade) {
    case Grade::kP:
      return {RuleId::kP1};
    case Grade::kJ:
      return {RuleId::kX1, RuleId::kP5, RuleId::kP2};
    case Grade::kM:
      return {RuleId::kD1, RuleId::kP3};
    case Grade::kS:
      return {RuleId::kD2, RuleId::kP4};
    case Grade::kR:
      return {RuleId::kG1};
  }
  return {};
}

Decision DecisionOf(RuleId rule) {
  switch (rule) {
    case RuleId::kP1:
      return Decision::kConfirm;
    case RuleId::kP2:
    case RuleId::kP3:
    case RuleId::kP4:
      return Decision::kPromote;
    case RuleId::kP5:
      return Decision::kSkipLevelReview;
    case RuleId::kD1:
    case RuleId::kD2:
      return Decision::kDemote;
    case RuleId::kX1:
      return Decision::kDismissalReview;
    case RuleId::kG1:
      return Decision::kGmReview;
  }
  return Decision::kNone;
}

std::optional<Grade> TargetOf(RuleId rule) {
  switch (rule) {
    case RuleId::kP1:
      return Grade::kJ;
    case RuleId::kP2:
      return Grade::kM;
    case RuleId::kP3:
      return Grade::kS;
    case RuleId::kP4:
      return Grade::kR;  // eligibility, pending application and defense
    case RuleId::kP5:
      return Grade::kS;
    case RuleId::kD1:
      return Grade::kJ;
    case RuleId::kD2:
      return Grade::kM;
    case RuleId::kX1:
    case RuleId::kG1:
      return std::nullopt;
  }
  return std::nullopt;
}

const RuleResult* EmployeeEvaluation::Find(RuleId rule) const {
  for (const RuleResult& r : results) {
    if (r.rule == rule) return &r;
  }
  return nullptr;
}

const WindowRanking& Evaluation::RankingOf(int months) const {
  for (const WindowRanking& w : windows) {
    if (w.window.Months() == months) return w;
  }
  return windows.front();  // never reached: Evaluate computes every window the rules use
}

RuleContext ContextOf(const Dataset& data, const Evaluation& evaluation) {
  return RuleContext{data, evaluation.ranking, evaluation.windows, evaluation.as_of};
}

Evaluation Evaluate(const Dataset& data, Date as_of) {
  Evaluation evaluation;
  evaluation.as_of = as_of;
  evaluation.departments = DepartmentIndex::Build(data);
  evaluation.ranking = MonthlyRanking(data, evaluation.departments);
  const Policy& p = data.policy;
  std::vector<int> lengths = {p.pj_window_months, p.jm_window_months, p.ms_window_months,
                              p.sr_window_months};
  std::sort(lengths.begin(), lengths.end());
  lengths.erase(std::unique(lengths.begin(), lengths.end()), lengths.end());
  for (int months : lengths) {
    evaluation.windows.push_back(WindowRanking::Compute(
        data, evaluation.departments, WindowEnding(Month::Of(as_of), months), as_of));
  }
  RuleContext ctx = ContextOf(data, evaluation);
  evaluation.employees.resize(data.employees.size());
  for (EmployeeIndex e = 0; e < data.employees.size(); ++e) {
    EmployeeEvaluation& ev = evaluation.employees[e];
    const Employee& employee = data.employees[e];
    ev.employee = e;
    ev.decided = TakesDecision(employee, as_of);
    ev.tenure_months = TenureInMonths(employee.hire_date, as_of);
    for (RuleId rule : RulesOfGrade(employee.grade)) ev.results.push_back(ApplyRule(rule, ctx, e));
    if (ev.decided) {
      Decide(data, evaluation, ev);
    } else {
      ev.salary_current = p.SalaryOf(employee.grade);
    }
  }
  return evaluation;
}

}  // namespace kefu
