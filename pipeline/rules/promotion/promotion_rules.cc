#include "rules/promotion/promotion_rules.h"

#include <algorithm>

namespace kefu {
namespace {

// A promotion rule is met when every criterion is.
RuleResult AllOf(RuleId rule, std::optional<MonthWindow> window, std::vector<Criterion> criteria) {
  RuleResult r;
  r.rule = rule;
  r.window = window;
  r.met = std::all_of(criteria.begin(), criteria.end(), [](const Criterion& c) { return c.met; });
  r.criteria = std::move(criteria);
  return r;
}

// A demotion or review rule is met when any trigger is.
RuleResult AnyOf(RuleId rule, std::vector<Criterion> criteria) {
  RuleResult r;
  r.rule = rule;
  r.met = std::any_of(criteria.begin(), criteria.end(), [](const Criterion& c) { return c.met; });
  r.criteria = std::move(criteria);
  return r;
}

// R-P3 and R-P5 share their criteria (四.3.F).
std::vector<Criterion> SeniorCriteria(const RuleContext& ctx, EmployeeIndex e) {
  const Policy& p = ctx.data.policy;
  return {WindowRank(ctx, e, p.ms_window_months),
          ConsecutiveA(ctx, e, p.ms_window_months, p.ms_consecutive_a_quarters),
          Titles(ctx, e, p.ms_min_titles), Tenure(ctx, e, p.ms_min_tenure_months),
          CleanRecord(ctx, e, p.ms_window_months)};
}

}  // namespace

// R-P1 (篇2 四.1.F, 五.1).
RuleResult ApplyP1(const RuleContext& ctx, EmployeeIndex e) {
  const Policy& p = ctx.data.policy;
  return AllOf(RuleId::kP1, ctx.Window(p.pj_window_months),
               {ProbationPassed(ctx, e), CleanRecord(ctx, e, p.pj_window_months)});
}

// R-P2 (篇2 四.2.G, 五.2).
RuleResult ApplyP2(const RuleContext& ctx, EmployeeIndex e) {
  const Policy& p = ctx.data.policy;
  return AllOf(RuleId::kP2, ctx.Window(p.jm_window_months),
               {WindowRank(ctx, e, p.jm_window_months),
                AQuarters(ctx, e, p.jm_window_months, p.jm_min_a_quarters),
                Tenure(ctx, e, p.jm_min_tenure_months), CleanRecord(ctx, e, p.jm_window_months)});
}

// R-P3 (篇2 四.3.F, 五.2).
RuleResult ApplyP3(const RuleContext& ctx, EmployeeIndex e) {
  return AllOf(RuleId::kP3, ctx.Window(ctx.data.policy.ms_window_months), SeniorCriteria(ctx, e));
}

// R-P4 (篇2 四.4.G, 五.3).
RuleResult ApplyP4(const RuleContext& ctx, EmployeeIndex e) {
  const Policy& p = ctx.data.policy;
  return AllOf(
      RuleId::kP4, ctx.Window(p.sr_window_months),
      {WindowRank(ctx, e, p.sr_window_months),
       AQuarters(ctx, e, p.sr_window_months, p.sr_min_a_quarters), Titles(ctx, e, p.sr_min_titles),
       Tenure(ctx, e, p.sr_min_tenure_months), CleanRecord(ctx, e, p.sr_window_months)});
}

// R-P5 (篇2 二.3): R-P3's criteria for a J.
RuleResult ApplyP5(const RuleContext& ctx, EmployeeIndex e) {
  return AllOf(RuleId::kP5, ctx.Window(ctx.data.policy.ms_window_months), SeniorCriteria(ctx, e));
}

// R-D1 (篇2 四.2.H). "晋升后连续三次月度考评未进前三名": the employee's own evaluations in
// month order; a month without a score is skipped, not a break. "连续两次季度考核获B等级":
// adjacent calendar quarters. There is no time limit after the promotion.
RuleResult ApplyD1(const RuleContext& ctx, EmployeeIndex e) {
  const Policy& p = ctx.data.policy;
  Date since = ctx.data.employees[e].grade_since;
  return AnyOf(RuleId::kD1, {ConsecutiveLowRanks(ctx, e, since, p.mj_consecutive_low_ranks),
                             ConsecutiveBQuarters(ctx, e, since, p.mj_consecutive_b_quarters),
                             CdQuarter(ctx, e, since, Date())});
}

// R-D2 (篇2 四.3.G). "晋升后一年内": periods that start before grade_since + 12 months (clamped
// like tenure); nothing after them counts.
RuleResult ApplyD2(const RuleContext& ctx, EmployeeIndex e) {
  const Policy& p = ctx.data.policy;
  Date since = ctx.data.employees[e].grade_since;
  Date until = since.AddMonths(p.sm_period_months);
  return AnyOf(RuleId::kD2,
               {LowRanks(ctx, e, since, until, p.sm_low_ranks),
                BQuarters(ctx, e, since, until, p.sm_b_quarters), CdQuarter(ctx, e, since, until)});
}

// R-X1 (篇2 四.1.G): "如连续三次月度考评及格，公司有权予以辞退".
RuleResult ApplyX1(const RuleContext& ctx, EmployeeIndex e) {
  return AnyOf(RuleId::kX1, {RecentRatings(ctx, e, ctx.data.policy.dismissal_recent_evaluations)});
}

// R-G1 (篇2 四.4.H): "由公司总经办依据综合考评确定其升降级资格".
RuleResult ApplyG1(const RuleContext&, EmployeeIndex) {
  Criterion c;
  c.kind = CriterionKind::kReserveReview;
  c.met = true;
  return AnyOf(RuleId::kG1, {c});
}

RuleResult ApplyRule(RuleId rule, const RuleContext& ctx, EmployeeIndex e) {
  switch (rule) {
    case RuleId::kP1:
      return ApplyP1(ctx, e);
    case RuleId::kP2:
      return ApplyP2(ctx, e);
    case RuleId::kP3:
      return ApplyP3(ctx, e);
    case RuleId::kP4:
      return ApplyP4(ctx, e);
    case RuleId::kP5:
      return ApplyP5(ctx, e);
    case RuleId::kD1:
      return ApplyD1(ctx, e);
    case RuleId::kD2:
      return ApplyD2(ctx, e);
    case RuleId::kX1:
      return ApplyX1(ctx, e);
    case RuleId::kG1:
      return ApplyG1(ctx, e);
  }
  return ApplyG1(ctx, e);
}

int WindowMonthsOf(RuleId rule, const Policy& policy) {
  switch (rule) {
    case RuleId::kP1:
      return policy.pj_window_months;
    case RuleId::kP2:
      return policy.jm_window_months;
    case RuleId::kP3:
      return policy.ms_window_months;
    case RuleId::kP4:
      return policy.sr_window_months;
    case RuleId::kP5:
      return policy.ms_window_months;
    default:
      return 0;
  }
}

}  // namespace kefu
