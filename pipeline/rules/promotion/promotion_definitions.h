// The "Definitions" of rules.md that promotion, demotion and the dossiers share: rule IDs,
// tenure, ratings, departments, "after promotion", and the quarters that count in a window.
//
// Every number comes from the Policy; nothing here reads a file or knows a label.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/dataset.h"
#include "model/periods.h"

namespace kefu {

// The rules of 篇2 that decide a grade (rules.md "Promotion", "Demotion and dismissal review").
enum class RuleId : uint8_t {
  kP1,  // R-P1 P → J, 四.1.F, 五.1
  kP2,  // R-P2 J → M, 四.2.G, 五.2
  kP3,  // R-P3 M → S, 四.3.F, 五.2
  kP4,  // R-P4 S → R, 四.4.G, 五.3
  kP5,  // R-P5 J → S skip-level candidate, 二.3
  kD1,  // R-D1 M → J, 四.2.H
  kD2,  // R-D2 S → M, 四.3.G
  kX1,  // R-X1 J dismissal review, 四.1.G
  kG1,  // R-G1 R: GM office review, 四.4.H
};
inline constexpr int kRuleIdCount = 9;
// "R-P1", "R-D2", …: the stable ID that reports, CSV companions and templates use.
const char* RuleIdText(RuleId id);

// The rating bands of a monthly score (policy rating_*).
enum class Rating : uint8_t { kExcellent, kGood, kPass, kFail };  // 优秀 良好 及格 不及格
inline constexpr int kRatingCount = 4;
Rating RatingOf(int score_tenths, const Policy& policy);
// "excellent", "good", "pass", "fail": the key of the rating's label.
const char* RatingKey(Rating rating);

// "After promotion" (rules.md): a month or quarter that starts on or after `grade_since`.
inline bool StartsOnOrAfter(Month month, Date since) { return month.FirstDay() >= since; }
inline bool StartsOnOrAfter(Quarter quarter, Date since) { return quarter.FirstDay() >= since; }

// The quarters in `window` (all three months inside it) that have ended by `as_of`, oldest
// first: "only periods up to the as-of date count: a quarter once it has ended".
std::vector<Quarter> QuartersIn(const MonthWindow& window, Date as_of);

// The departments of the employees and each employee's department as a dense index, so that
// rankings sort integers rather than compare strings.
struct DepartmentIndex {
  std::vector<std::string> names;     // sorted, each once
  std::vector<uint32_t> of_employee;  // parallel to Dataset::employees

  static DepartmentIndex Build(const Dataset& data);
};

// Whether `employee` takes a decision at `as_of`: every employee who has not left on or before it
// (rules.md: "Employees who left on or before the as-of date get no decision"; one marked left
// without a date counts as left; outputs.md: the decisions CSV has "one row per employee who has
// not left on or before the as-of date"). Someone hired after the as-of date is decided like anyone
// else: with no scores they meet no promotion rule, so the rules give `none`.
bool TakesDecision(const Employee& employee, Date as_of);

}  // namespace kefu
