#include "rules/promotion/promotion_criteria.h"

#include <algorithm>

#include "model/tenure.h"

namespace kefu {
namespace {

// The employee's quarterly grade of `q`, if any (grades are sorted by quarter).
std::optional<QuarterGrade> GradeOf(const Dataset& data, EmployeeIndex e, Quarter q) {
  std::span<const QuarterlyGrade> grades = data.GradesOf(e);
  auto it = std::lower_bound(grades.begin(), grades.end(), q,
                             [](const QuarterlyGrade& g, Quarter v) { return g.quarter < v; });
  if (it == grades.end() || it->quarter != q) return std::nullopt;
  return it->grade;
}

// The days of `months` that count at `as_of`: from the window's first day to the as-of date.
DateRange DaysUpTo(const MonthWindow& months, Date as_of) {
  DateRange days = months.Days();
  if (as_of < days.last) days.last = as_of;
  return days;
}

// Quarters that start on or after `since`, start before `until` (when valid) and have ended by
// `as_of`, each with its grade (quarters without a grade included).
std::vector<QuarterEvidence> QuartersAfter(const RuleContext& ctx, EmployeeIndex e, Date since,
                                           Date until) {
  std::vector<QuarterEvidence> result;
  Quarter q = Quarter::Of(Month::Of(since));
  if (!StartsOnOrAfter(q, since)) q = q.Plus(1);
  for (; q.LastDay() <= ctx.as_of; q = q.Plus(1)) {
    if (until.is_valid() && q.FirstDay() >= until) break;
    result.push_back({q, GradeOf(ctx.data, e, q)});
  }
  return result;
}

// Own evaluations in months that start on or after `since`, before `until` (when valid), up to
// the as-of month.
std::vector<MonthEvidence> EvaluationsAfter(const RuleContext& ctx, EmployeeIndex e, Date since,
                                            Date until) {
  std::vector<MonthEvidence> result;
  for (const MonthlyScore& s : ctx.data.ScoresOf(e)) {
    if (!StartsOnOrAfter(s.month, since) || s.month > ctx.as_of_month()) continue;
    if (until.is_valid() && s.month.FirstDay() >= until) continue;
    result.push_back(ctx.EvidenceOf(s));
  }
  return result;
}

// The days a demotion criterion looked at: `since` to the day before `until` or the as-of date.
DateRange PeriodDays(Date since, Date until, Date as_of) {
  Date last = as_of;
  if (until.is_valid() && until.AddDays(-1) < last) last = until.AddDays(-1);
  return {since, last};
}

}  // namespace

const WindowRanking& RuleContext::RankingOf(int months) const {
  for (const WindowRanking& w : windows) {
    if (w.window.Months() == months) return w;
  }
  return windows.front();  // never reached: the evaluation computes every window it uses
}

MonthEvidence RuleContext::EvidenceOf(const MonthlyScore& score) const {
  size_t index = static_cast<size_t>(&score - data.scores.data());
  return {score.month, score.score_tenths, ranking.RankAt(index), ranking.RankedAt(index)};
}

Criterion ProbationPassed(const RuleContext& ctx, EmployeeIndex e) {
  Criterion c;
  c.kind = CriterionKind::kProbationPassed;
  // rules.md R-P1: "a probation assessment with result pass dated ≤ as-of": any pass counts.
  // The evidence is the latest pass ≤ as-of; without one, the latest assessment ≤ as-of (a fail).
  const Probation* latest = nullptr;
  const Probation* latest_pass = nullptr;
  for (const Probation& p : ctx.data.ProbationsOf(e)) {  // sorted by date
    if (p.date > ctx.as_of) continue;
    latest = &p;
    if (p.passed) latest_pass = &p;
  }
  c.probation = latest_pass ? latest_pass : latest;
  c.met = c.probation && c.probation->passed;
  c.found = c.met ? 1 : 0;
  c.required = 1;
  return c;
}

Criterion CleanRecord(const RuleContext& ctx, EmployeeIndex e, int window_months) {
  Criterion c;
  c.kind = CriterionKind::kCleanRecord;
  c.months = ctx.Window(window_months);
  c.days = DaysUpTo(c.months, ctx.as_of);
  for (const Discipline& d : ctx.data.DisciplineOf(e)) {
    if (c.days.Contains(d.date)) c.discipline.push_back(&d);
  }
  c.found = static_cast<int>(c.discipline.size());
  c.required = 0;
  c.met = c.discipline.empty();
  return c;
}

Criterion WindowRank(const RuleContext& ctx, EmployeeIndex e, int window_months) {
  Criterion c;
  c.kind = CriterionKind::kWindowRank;
  c.months = ctx.Window(window_months);
  c.days = DaysUpTo(c.months, ctx.as_of);
  c.required = ctx.data.policy.top_n;
  for (const MonthlyScore& s : ctx.data.ScoresOf(e)) {
    if (c.months.Contains(s.month)) c.evaluations.push_back(ctx.EvidenceOf(s));
  }
  const WindowStanding& standing = ctx.RankingOf(window_months).of_employee[e];
  c.standing = standing;
  c.found = standing.rank;
  c.met = standing.in_pool && standing.rank <= c.required;
  return c;
}

Criterion AQuarters(const RuleContext& ctx, EmployeeIndex e, int window_months, int required) {
  Criterion c;
  c.kind = CriterionKind::kAQuarters;
  c.months = ctx.Window(window_months);
  c.days = DaysUpTo(c.months, ctx.as_of);
  c.required = required;
  for (Quarter q : QuartersIn(c.months, ctx.as_of)) {
    std::optional<QuarterGrade> grade = GradeOf(ctx.data, e, q);
    c.quarters.push_back({q, grade});
    if (grade == QuarterGrade::kA) ++c.found;
  }
  c.met = c.found >= required;
  return c;
}

Criterion ConsecutiveA(const RuleContext& ctx, EmployeeIndex e, int window_months, int required) {
  Criterion c;
  c.kind = CriterionKind::kConsecutiveA;
  c.months = ctx.Window(window_months);
  c.days = DaysUpTo(c.months, ctx.as_of);
  c.required = required;
  std::vector<Quarter> quarters = QuartersIn(c.months, ctx.as_of);
  size_t first = quarters.size() > static_cast<size_t>(required)
                     ? quarters.size() - static_cast<size_t>(required)
                     : 0;
  for (size_t i = first; i < quarters.size(); ++i) {
    std::optional<QuarterGrade> grade = GradeOf(ctx.data, e, quarters[i]);
    c.quarters.push_back({quarters[i], grade});
    if (grade == QuarterGrade::kA) ++c.found;
  }
  // Fewer quarters in the window than required (a window that does not hold them): not met.
  c.met = c.quarters.size() == static_cast<size_t>(required) && c.found == required;
  return c;
}

Criterion Titles(const RuleContext& ctx, EmployeeIndex e, int required) {
  Criterion c;
  c.kind = CriterionKind::kTitles;
  c.required = required;
  for (const Honor& h : ctx.data.HonorsOf(e)) {
    if (h.title == ctx.data.policy.title && h.date <= ctx.as_of) c.titles.push_back(&h);
  }
  c.found = static_cast<int>(c.titles.size());
  c.met = c.found >= required;
  return c;
}

Criterion Tenure(const RuleContext& ctx, EmployeeIndex e, int required) {
  Criterion c;
  c.kind = CriterionKind::kTenure;
  c.required = required;
  const Employee& employee = ctx.data.employees[e];
  c.days = {employee.hire_date, ctx.as_of};
  c.found = TenureInMonths(employee.hire_date, ctx.as_of);
  c.met = c.found >= required;
  return c;
}

Criterion ConsecutiveLowRanks(const RuleContext& ctx, EmployeeIndex e, Date since, int required) {
  Criterion c;
  c.kind = CriterionKind::kConsecutiveLowRanks;
  c.required = required;
  c.days = PeriodDays(since, Date(), ctx.as_of);
  int top_n = ctx.data.policy.top_n;
  std::vector<MonthEvidence> all = EvaluationsAfter(ctx, e, since, Date());
  // The longest run of evaluations ranked below the top-N (the latest of equally long runs):
  // a month without a score is not an evaluation, so it neither counts nor breaks the run.
  size_t best_begin = 0, best_length = 0;
  for (size_t i = 0; i < all.size();) {
    if (all[i].rank <= top_n) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < all.size() && all[j].rank > top_n) ++j;
    if (j - i >= best_length) {
      best_begin = i;
      best_length = j - i;
    }
    i = j;
  }
  c.evaluations.assign(all.begin() + static_cast<std::ptrdiff_t>(best_begin),
                       all.begin() + static_cast<std::ptrdiff_t>(best_begin + best_length));
  c.found = static_cast<int>(best_length);
  c.met = c.found >= required;
  return c;
}

Criterion ConsecutiveBQuarters(const RuleContext& ctx, EmployeeIndex e, Date since, int required) {
  Criterion c;
  c.kind = CriterionKind::kConsecutiveBQuarters;
  c.required = required;
  c.days = PeriodDays(since, Date(), ctx.as_of);
  std::vector<QuarterEvidence> all = QuartersAfter(ctx, e, since, Date());
  // Quarters are consecutive calendar quarters, so a quarter without a grade breaks a run.
  size_t best_begin = 0, best_length = 0;
  for (size_t i = 0; i < all.size();) {
    if (all[i].grade != QuarterGrade::kB) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < all.size() && all[j].grade == QuarterGrade::kB) ++j;
    if (j - i >= best_length) {
      best_begin = i;
      best_length = j - i;
    }
    i = j;
  }
  c.quarters.assign(all.begin() + static_cast<std::ptrdiff_t>(best_begin),
                    all.begin() + static_cast<std::ptrdiff_t>(best_begin + best_length));
  c.found = static_cast<int>(best_length);
  c.met = c.found >= required;
  return c;
}

Criterion LowRanks(const RuleContext& ctx, EmployeeIndex e, Date since, Date until, int required) {
  Criterion c;
  c.kind = CriterionKind::kLowRanks;
  c.required = required;
  c.days = PeriodDays(since, until, ctx.as_of);
  for (const MonthEvidence& m : EvaluationsAfter(ctx, e, since, until)) {
    if (m.rank > ctx.data.policy.top_n) c.evaluations.push_back(m);
  }
  c.found = static_cast<int>(c.evaluations.size());
  c.met = c.found >= required;
  return c;
}

Criterion BQuarters(const RuleContext& ctx, EmployeeIndex e, Date since, Date until, int required) {
  Criterion c;
  c.kind = CriterionKind::kBQuarters;
  c.required = required;
  c.days = PeriodDays(since, until, ctx.as_of);
  for (const QuarterEvidence& q : QuartersAfter(ctx, e, since, until)) {
    if (q.grade == QuarterGrade::kB) c.quarters.push_back(q);
  }
  c.found = static_cast<int>(c.quarters.size());
  c.met = c.found >= required;
  return c;
}

Criterion CdQuarter(const RuleContext& ctx, EmployeeIndex e, Date since, Date until) {
  Criterion c;
  c.kind = CriterionKind::kCdQuarter;
  c.required = 1;
  c.days = PeriodDays(since, until, ctx.as_of);
  for (const QuarterEvidence& q : QuartersAfter(ctx, e, since, until)) {
    if (q.grade == QuarterGrade::kC || q.grade == QuarterGrade::kD) c.quarters.push_back(q);
  }
  c.found = static_cast<int>(c.quarters.size());
  c.met = c.found >= 1;
  return c;
}

Criterion RecentRatings(const RuleContext& ctx, EmployeeIndex e, int required) {
  Criterion c;
  c.kind = CriterionKind::kRecentRatings;
  c.required = required;
  std::span<const MonthlyScore> scores = ctx.data.ScoresOf(e);
  auto end = std::upper_bound(scores.begin(), scores.end(), ctx.as_of_month(),
                              [](Month m, const MonthlyScore& s) { return m < s.month; });
  auto begin = end - std::min<std::ptrdiff_t>(end - scores.begin(), required);
  for (auto it = begin; it != end; ++it) {
    c.evaluations.push_back(ctx.EvidenceOf(*it));
    if (RatingOf(it->score_tenths, ctx.data.policy) >= Rating::kPass) ++c.found;
  }
  c.met = c.evaluations.size() == static_cast<size_t>(required) && c.found == required;
  return c;
}

}  // namespace kefu
