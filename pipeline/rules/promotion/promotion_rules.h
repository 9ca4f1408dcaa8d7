// The rules of 篇2 that decide grades (rules.md "Promotion", "Demotion and dismissal review"),
// one function per rule ID, each applying its criteria to one employee with every number from
// the Policy. A rule says whether it is met and keeps every criterion with its evidence; which
// decision follows is promotion.h's business.
#pragma once

#include "rules/promotion/promotion_criteria.h"

namespace kefu {

// R-P1 P → J (篇2 四.1.F, 五.1): a probation assessment passed by the as-of date and a clean
// record over the confirmation window (policy pj_window_months).
RuleResult ApplyP1(const RuleContext& ctx, EmployeeIndex e);

// R-P2 J → M (四.2.G, 五.2): window rank ≤ top-N over jm_window_months; at least
// jm_min_a_quarters quarters graded A in the window; tenure ≥ jm_min_tenure_months; clean.
RuleResult ApplyP2(const RuleContext& ctx, EmployeeIndex e);

// R-P3 M → S (四.3.F, 五.2): window rank ≤ top-N over ms_window_months; the last
// ms_consecutive_a_quarters quarters of the window all A; ≥ ms_min_titles titles; tenure ≥
// ms_min_tenure_months; clean.
RuleResult ApplyP3(const RuleContext& ctx, EmployeeIndex e);

// R-P4 S → R (四.4.G, 五.3): window rank ≤ top-N over sr_window_months; ≥ sr_min_a_quarters
// quarters graded A in the window; ≥ sr_min_titles titles; tenure ≥ sr_min_tenure_months; clean.
// Eligibility only: the employee must still apply and pass the defense.
RuleResult ApplyP4(const RuleContext& ctx, EmployeeIndex e);

// R-P5 J → S skip level (二.3): a J who meets every criterion of R-P3 (the grade aside) is a
// candidate, flagged for review and never promoted automatically.
RuleResult ApplyP5(const RuleContext& ctx, EmployeeIndex e);

// R-D1 M → J (四.2.H), after promotion (periods starting on or after grade_since): a run of
// mj_consecutive_low_ranks own evaluations ranked > top-N; or mj_consecutive_b_quarters adjacent
// quarters graded B; or any quarter graded C or D.
RuleResult ApplyD1(const RuleContext& ctx, EmployeeIndex e);

// R-D2 S → M (四.3.G), within sm_period_months after promotion (periods starting before
// grade_since + that many months): sm_low_ranks evaluations ranked > top-N; or sm_b_quarters
// quarters graded B; or any quarter graded C or D. Nothing after those months counts.
RuleResult ApplyD2(const RuleContext& ctx, EmployeeIndex e);

// R-X1 J dismissal review (四.1.G): the dismissal_recent_evaluations most recent evaluations up
// to the as-of date all rated 及格 or lower. A flag for the manager, never an action.
RuleResult ApplyX1(const RuleContext& ctx, EmployeeIndex e);

// R-G1 R (四.4.H): no automatic rule; the GM office decides on a comprehensive review.
RuleResult ApplyG1(const RuleContext& ctx, EmployeeIndex e);

// Applies `rule` (dispatch for the functions above).
RuleResult ApplyRule(RuleId rule, const RuleContext& ctx, EmployeeIndex e);

// The window length (months) of a promotion rule, 0 for rules without one (R-D*, R-X1, R-G1).
int WindowMonthsOf(RuleId rule, const Policy& policy);

}  // namespace kefu
