// The results of the promotion and demotion rules as data: each criterion of a rule, passed or
// failed, with the evidence it was decided on (which months with their scores and ranks, which
// quarters with their grades, which titles, which discipline records, the probation assessment).
// Reports render these; they never re-decide.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "model/periods.h"
#include "model/records.h"
#include "rules/promotion/promotion_definitions.h"
#include "rules/promotion/promotion_ranking.h"

namespace kefu {

enum class CriterionKind : uint8_t {
  kProbationPassed,       // R-P1: a probation assessment ≤ as-of is a pass (any, not the latest)
  kCleanRecord,           // no discipline record dated in the window
  kWindowRank,            // window rank ≤ top-N (required = N)
  kAQuarters,             // ≥ required quarters graded A among the window's quarters
  kConsecutiveA,          // the last `required` quarters of the window all A
  kTitles,                // ≥ required titles dated ≤ as-of
  kTenure,                // tenure ≥ required months
  kConsecutiveLowRanks,   // R-D1: `required` consecutive own evaluations ranked > top-N
  kConsecutiveBQuarters,  // R-D1: `required` adjacent quarters graded B
  kLowRanks,              // R-D2: ≥ required evaluations ranked > top-N
  kBQuarters,             // R-D2: ≥ required quarters graded B
  kCdQuarter,             // R-D1, R-D2: a quarter graded C or D
  kRecentRatings,         // R-X1: the `required` most recent evaluations all 及格 or lower
  kReserveReview,         // R-G1: always holds for a reserve supervisor
};

// A month looked at, with its score and rank (rank 0: none, e.g. grade R).
struct MonthEvidence {
  Month month;
  int score_tenths = 0;
  int rank = 0;
  int ranked = 0;  // how many were ranked that department-month
};

// A quarter looked at and its grade (none: no grade recorded).
struct QuarterEvidence {
  Quarter quarter;
  std::optional<QuarterGrade> grade;
};

struct Criterion {
  CriterionKind kind = CriterionKind::kCleanRecord;
  bool met = false;
  int required = 0;  // the policy number the requirement names (N of top-N, a count, months)
  int found = 0;     // what was found: a rank (0: none), a count, months of tenure, a run length
  // The months or days the criterion looked at: the window, or the period after promotion.
  MonthWindow months{};
  DateRange days{};
  // Evidence. Pointers point into the Dataset the evaluation was made from.
  std::vector<MonthEvidence> evaluations;  // the months counted (or the run found)
  std::vector<QuarterEvidence> quarters;   // the quarters looked at, or those that count
  std::vector<const Honor*> titles;
  std::vector<const Discipline*> discipline;
  const Probation* probation = nullptr;
  std::optional<WindowStanding> standing;  // kWindowRank
};

// One rule applied to one employee.
struct RuleResult {
  RuleId rule = RuleId::kP1;
  // Promotion rules: every criterion met. Demotion and review rules: any trigger met.
  bool met = false;
  std::optional<MonthWindow> window;  // the rule's window of months, where it has one
  std::vector<Criterion> criteria;
};

// What the criteria are judged against: the dataset, its monthly ranks and the window rankings
// of one as-of date.
struct RuleContext {
  const Dataset& data;
  const MonthlyRanking& ranking;
  const std::vector<WindowRanking>& windows;  // one per window length the rules use
  Date as_of;

  Month as_of_month() const { return Month::Of(as_of); }
  // The window of `months` months ending with the as-of month.
  MonthWindow Window(int months) const { return WindowEnding(as_of_month(), months); }
  // The ranking of that window; windows must hold it.
  const WindowRanking& RankingOf(int months) const;
  // The monthly evidence of one score record.
  MonthEvidence EvidenceOf(const MonthlyScore& score) const;
};

// The single criteria, each a pure function of the context and one employee. `required` is the
// policy number the criterion names.

// A probation assessment with result pass dated ≤ as-of (R-P1, 四.1.F): any pass counts, also
// one followed by a failed re-assessment. `probation` is the evidence: the latest pass dated
// ≤ as-of, or, with none, the latest assessment dated ≤ as-of (a fail; null when there is none).
Criterion ProbationPassed(const RuleContext& ctx, EmployeeIndex e);
// No discipline record of any severity dated inside the window (rules.md "clean record").
//
// Ambiguity: for an as-of date inside its month (the dossier command), records dated after the
// as-of date do not count: the decision is made for that date, like every other record.
Criterion CleanRecord(const RuleContext& ctx, EmployeeIndex e, int window_months);
// Window rank ≤ top-N among the window's pool (月均前三名).
Criterion WindowRank(const RuleContext& ctx, EmployeeIndex e, int window_months);
// At least `required` quarters graded A among the quarters in the window.
Criterion AQuarters(const RuleContext& ctx, EmployeeIndex e, int window_months, int required);
// The last `required` quarters in the window all graded A (连续两次季度考核获A).
Criterion ConsecutiveA(const RuleContext& ctx, EmployeeIndex e, int window_months, int required);
// At least `required` titles (honours named policy.title) dated ≤ as-of, over the whole history.
Criterion Titles(const RuleContext& ctx, EmployeeIndex e, int required);
// Tenure of at least `required` whole months (入职满 N 个月).
Criterion Tenure(const RuleContext& ctx, EmployeeIndex e, int required);

// Demotion triggers. `since` is grade_since; `until`, where given, the first day that no longer
// counts (R-D2: grade_since + 12 months). Periods count once they have started (months) or
// ended (quarters) by the as-of date.

// `required` consecutive own evaluations (months without a score skipped) ranked > top-N.
Criterion ConsecutiveLowRanks(const RuleContext& ctx, EmployeeIndex e, Date since, int required);
// `required` adjacent calendar quarters all graded B.
Criterion ConsecutiveBQuarters(const RuleContext& ctx, EmployeeIndex e, Date since, int required);
// At least `required` evaluations ranked > top-N, not necessarily consecutive.
Criterion LowRanks(const RuleContext& ctx, EmployeeIndex e, Date since, Date until, int required);
// At least `required` quarters graded B, not necessarily consecutive.
Criterion BQuarters(const RuleContext& ctx, EmployeeIndex e, Date since, Date until, int required);
// Any quarter graded C or D (B以下). `until` invalid: no end.
Criterion CdQuarter(const RuleContext& ctx, EmployeeIndex e, Date since, Date until);
// The `required` most recent evaluations up to the as-of month are all rated 及格 or lower
// (below the 良好 band).
Criterion RecentRatings(const RuleContext& ctx, EmployeeIndex e, int required);

}  // namespace kefu
