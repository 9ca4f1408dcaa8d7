#include "report/evaluation/evaluation_text.h"

#include <fmt/format.h>

namespace kefu {

std::string ScoreText(int score_tenths) {
  if (score_tenths % 10 == 0) return fmt::format("{}", score_tenths / 10);
  return fmt::format("{}.{}", score_tenths / 10, score_tenths % 10);
}

std::string HundredthsText(int64_t hundredths) {
  return fmt::format("{}.{:02}", hundredths / 100, hundredths % 100);
}

std::string ListedRulesText(const EmployeeEvaluation& evaluation) {
  std::string text;
  for (RuleId r : evaluation.listed) {
    if (!text.empty()) text += ';';
    text += RuleIdText(r);
  }
  return text;
}

const char* CriterionKey(CriterionKind kind) {
  switch (kind) {
    case CriterionKind::kProbationPassed:
      return "probation_passed";
    case CriterionKind::kCleanRecord:
      return "clean_record";
    case CriterionKind::kWindowRank:
      return "window_rank";
    case CriterionKind::kAQuarters:
      return "a_quarters";
    case CriterionKind::kConsecutiveA:
      return "consecutive_a";
    case CriterionKind::kTitles:
      return "titles";
    case CriterionKind::kTenure:
      return "tenure";
    case CriterionKind::kConsecutiveLowRanks:
      return "consecutive_low_ranks";
    case CriterionKind::kConsecutiveBQuarters:
      return "consecutive_b_quarters";
    case CriterionKind::kLowRanks:
      return "low_ranks";
    case CriterionKind::kBQuarters:
      return "b_quarters";
    case CriterionKind::kCdQuarter:
      return "cd_quarter";
    case CriterionKind::kRecentRatings:
      return "recent_ratings";
    case CriterionKind::kReserveReview:
      return "reserve_review";
  }
  return "reserve_review";
}

EvaluationNames EvaluationNames::From(const Labels& labels) {
  EvaluationNames n;
  for (int g = 0; g < kGradeCount; ++g) {
    n.grade[g] = labels.Get(std::string("grade.") + GradeCode(static_cast<kefu::Grade>(g)));
  }
  for (int d = 0; d < 7; ++d) {
    n.decision[d] =
        labels.Get(std::string("eval.decision.") + DecisionKey(static_cast<Decision>(d)));
  }
  n.decision_left = labels.Get("eval.decision.left");
  for (int r = 0; r < kRuleIdCount; ++r) {
    std::string id = RuleIdText(static_cast<RuleId>(r));
    n.rule_name[r] = labels.Get("eval.rule." + id + ".name");
    n.rule_clause[r] = labels.Get("eval.rule." + id + ".clause");
  }
  for (int r = 0; r < kRatingCount; ++r) {
    n.rating[r] = labels.Get(std::string("eval.rating.") + RatingKey(static_cast<Rating>(r)));
  }
  for (int s = 0; s < 3; ++s) {
    n.discipline[s] = labels.Get(std::string("eval.discipline.") +
                                 DisciplineSeverityKey(static_cast<DisciplineSeverity>(s)));
  }
  for (int s = 0; s < kNominationStepCount; ++s) {
    n.nomination[s] = labels.Get(std::string("dossier.nomination.") +
                                 NominationStepKey(static_cast<NominationStep>(s)));
  }
  return n;
}

std::string CriterionText::Join(const std::vector<std::string>& parts) const {
  if (parts.empty()) return labels_.Get("eval.evidence.none");
  std::string text = parts.front();
  for (size_t i = 1; i < parts.size(); ++i)
    text = labels_.Fmt("eval.evidence.join", text, parts[i]);
  return text;
}

std::string CriterionText::Month(const MonthEvidence& m) const {
  if (m.rank <= 0)
    return labels_.Fmt("eval.evidence.month_unranked", m.month.Iso(), ScoreText(m.score_tenths));
  return labels_.Fmt("eval.evidence.month", m.month.Iso(), ScoreText(m.score_tenths), m.rank);
}

std::string CriterionText::Quarter(const QuarterEvidence& q) const {
  if (!q.grade) return labels_.Fmt("eval.evidence.quarter_missing", q.quarter.Iso());
  return labels_.Fmt("eval.evidence.quarter", q.quarter.Iso(),
                     std::string(1, QuarterGradeCode(*q.grade)));
}

std::string CriterionText::Discipline(const kefu::Discipline& d) const {
  return labels_.Fmt("eval.evidence.discipline", d.date.Iso(),
                     names_.discipline[static_cast<int>(d.severity)], d.clause, d.note);
}

std::string CriterionText::Name(const Criterion& c) const {
  std::string key = std::string("eval.criterion.") + CriterionKey(c.kind);
  int top_n = data_.policy.top_n;
  if (c.kind == CriterionKind::kConsecutiveLowRanks || c.kind == CriterionKind::kLowRanks) {
    return labels_.Fmt(key, top_n);
  }
  return labels_.Get(key);
}

std::string CriterionText::Requirement(const Criterion& c) const {
  std::string key = std::string("eval.criterion.") + CriterionKey(c.kind) + ".requirement";
  const Policy& p = data_.policy;
  switch (c.kind) {
    case CriterionKind::kProbationPassed:
      return labels_.Fmt(key, as_of_.Iso());
    case CriterionKind::kCleanRecord:
      return labels_.Fmt(key, c.days.first.Iso(), c.days.last.Iso());
    case CriterionKind::kWindowRank:
      return labels_.Fmt(key, c.months.Months(), c.months.first.Iso(), c.months.last.Iso(),
                         c.required);
    case CriterionKind::kAQuarters:
    case CriterionKind::kConsecutiveA:
    case CriterionKind::kTenure:
      return labels_.Fmt(key, c.required);
    case CriterionKind::kTitles:
      return labels_.Fmt(key, c.required, as_of_.Iso(), p.title);
    case CriterionKind::kConsecutiveLowRanks:
      return labels_.Fmt(key, c.required, c.days.first.Iso(), p.top_n);
    case CriterionKind::kConsecutiveBQuarters:
      return labels_.Fmt(key, c.required, c.days.first.Iso());
    case CriterionKind::kLowRanks:
      return labels_.Fmt(key, c.required, c.days.first.Iso(), c.days.last.Iso(), p.top_n);
    case CriterionKind::kBQuarters:
      return labels_.Fmt(key, c.required, c.days.first.Iso(), c.days.last.Iso());
    case CriterionKind::kCdQuarter:
      return labels_.Fmt(key, c.days.first.Iso(), c.days.last.Iso());
    case CriterionKind::kRecentRatings:
      return labels_.Fmt(key, c.required, as_of_.Iso(), ScoreText(p.rating_good_tenths));
    case CriterionKind::kReserveReview:
      return labels_.Get(key);
  }
  return labels_.Get(key);
}

std::string CriterionText::Evidence(const Criterion& c, EmployeeIndex e) const {
  std::string key = std::string("eval.criterion.") + CriterionKey(c.kind) + ".evidence";
  std::vector<std::string> months;
  for (const MonthEvidence& m : c.evaluations) months.push_back(Month(m));
  std::vector<std::string> quarters;
  for (const QuarterEvidence& q : c.quarters) quarters.push_back(Quarter(q));
  switch (c.kind) {
    case CriterionKind::kProbationPassed:
      if (!c.probation) return labels_.Fmt("eval.criterion.probation_passed.none", as_of_.Iso());
      return labels_.Fmt(key, c.probation->date.Iso(),
                         labels_.Get(c.probation->passed ? "eval.criterion.probation.pass"
                                                         : "eval.criterion.probation.fail"));
    case CriterionKind::kCleanRecord: {
      if (c.discipline.empty()) return labels_.Get("eval.criterion.clean_record.evidence_none");
      std::vector<std::string> parts;
      for (const kefu::Discipline* d : c.discipline) parts.push_back(Discipline(*d));
      return Join(parts);
    }
    case CriterionKind::kWindowRank: {
      const Employee& employee = data_.employees[e];
      std::string head;
      const WindowStanding& s = *c.standing;
      std::string mean = s.has_average() ? HundredthsText(s.AverageHundredths()) : "";
      if (employee.grade == kefu::Grade::kR) {
        head = labels_.Get("eval.criterion.window_rank.evidence_reserve");
      } else if (!s.has_average()) {
        head = labels_.Get("eval.criterion.window_rank.evidence_none");
      } else if (s.in_pool) {
        head = labels_.Fmt(key, mean, s.rank, s.pool_size);
      } else if (employee.HasLeftBy(as_of_)) {
        head = labels_.Fmt("eval.criterion.window_rank.evidence_left", mean);
      } else {
        head = labels_.Fmt("eval.criterion.window_rank.evidence_outside", mean, c.months.Months(),
                           s.months_scored);
      }
      if (months.empty()) return head;
      months.insert(months.begin(), head);
      return Join(months);
    }
    case CriterionKind::kAQuarters:
      return labels_.Fmt(key, c.found, Join(quarters));
    case CriterionKind::kConsecutiveA:
      return labels_.Fmt(key, Join(quarters));
    case CriterionKind::kTitles: {
      std::vector<std::string> dates;
      for (const Honor* h : c.titles)
        dates.push_back(labels_.Fmt("eval.evidence.honour", h->date.Iso()));
      return labels_.Fmt(key, c.found, Join(dates));
    }
    case CriterionKind::kTenure:
      return labels_.Fmt(key, data_.employees[e].hire_date.Iso(), as_of_.Iso(), c.found);
    case CriterionKind::kConsecutiveLowRanks:
    case CriterionKind::kLowRanks:
      return labels_.Fmt(key, c.found, Join(months));
    case CriterionKind::kConsecutiveBQuarters:
    case CriterionKind::kBQuarters:
    case CriterionKind::kCdQuarter:
      return labels_.Fmt(key, c.found, Join(quarters));
    case CriterionKind::kRecentRatings: {
      std::vector<std::string> parts;
      for (const MonthEvidence& m : c.evaluations) {
        parts.push_back(
            labels_.Fmt("eval.evidence.month_rating", Month(m),
                        names_.rating[static_cast<int>(RatingOf(m.score_tenths, data_.policy))]));
      }
      return labels_.Fmt(key, Join(parts));
    }
    case CriterionKind::kReserveReview:
      return labels_.Get(key);
  }
  return std::string();
}

}  // namespace kefu
