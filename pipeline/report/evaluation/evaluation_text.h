// The texts of the evaluation workbook and the dossiers: scores and means as the reports print
// them, names of grades, decisions and rules from templates/, and each criterion's requirement
// and evidence in words, so a manager can check a decision against the regulation.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "model/dataset.h"
#include "report/common/labels.h"
#include "rules/promotion/promotion.h"

namespace kefu {

// A score in tenths as printed: "95", "95.5".
std::string ScoreText(int score_tenths);
// A mean in hundredths with two decimals: "94.33".
std::string HundredthsText(int64_t hundredths);
// The CSV's `rules`: "R-P5;R-P2".
std::string ListedRulesText(const EmployeeEvaluation& evaluation);

// The key of a criterion kind in the templates: "window_rank", "clean_record", ….
const char* CriterionKey(CriterionKind kind);

// Labels looked up once per report, so that rows do not search the label map per cell.
struct EvaluationNames {
  std::array<std::string, kGradeCount> grade;       // 初级客服 …
  std::array<std::string, 7> decision;              // by Decision
  std::string decision_left;                        // left on or before the as-of date
  std::array<std::string, kRuleIdCount> rule_name;  // by RuleId
  std::array<std::string, kRuleIdCount> rule_clause;
  std::array<std::string, kRatingCount> rating;
  std::array<std::string, 3> discipline;                     // by DisciplineSeverity
  std::array<std::string, kNominationStepCount> nomination;  // by NominationStep

  static EvaluationNames From(const Labels& labels);
  const std::string& Grade(kefu::Grade g) const { return grade[static_cast<int>(g)]; }
  const std::string& Of(Decision d) const { return decision[static_cast<int>(d)]; }
  const std::string& Name(RuleId r) const { return rule_name[static_cast<int>(r)]; }
  const std::string& Clause(RuleId r) const { return rule_clause[static_cast<int>(r)]; }
};

// Renders criteria in words.
class CriterionText {
 public:
  CriterionText(const Dataset& data, const Labels& labels, const EvaluationNames& names, Date as_of)
      : data_(data), labels_(labels), names_(names), as_of_(as_of) {}

  // The criterion's short name ("月均排名").
  std::string Name(const Criterion& c) const;
  // What the regulation requires, with the policy's numbers and the period looked at.
  std::string Requirement(const Criterion& c) const;
  // What was found in the records, for employee `e`.
  std::string Evidence(const Criterion& c, EmployeeIndex e) const;
  // Joins texts with the language's separator; "无" / "none" when empty.
  std::string Join(const std::vector<std::string>& parts) const;

  std::string Month(const MonthEvidence& m) const;
  std::string Quarter(const QuarterEvidence& q) const;
  std::string Discipline(const kefu::Discipline& d) const;

 private:
  const Dataset& data_;
  const Labels& labels_;
  const EvaluationNames& names_;
  Date as_of_;
};

}  // namespace kefu
