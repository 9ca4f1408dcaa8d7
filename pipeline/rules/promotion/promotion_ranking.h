// Monthly ranks and window ranks (rules.md "Definitions").
//
// Both sort once per department-month (or per department and window) and hand out ranks in one
// pass, so a department of any size costs O(n log n); ties share a rank (1, 2, 2, 4).
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "model/dataset.h"
#include "model/periods.h"
#include "rules/promotion/promotion_definitions.h"

namespace kefu {

// The monthly rank of every score record: within its department and month, among the employees
// that have a score that month and are not grade R (篇2 四.4.H, judged by the current grade),
// 1 + the number of them with a strictly higher score. Employees who have left still rank in
// the months they were scored.
class MonthlyRanking {
 public:
  MonthlyRanking() = default;
  MonthlyRanking(const Dataset& data, const DepartmentIndex& departments);

  // The rank of data.scores[index], 0 when it takes no rank (grade R).
  int RankAt(size_t index) const { return index < rank_.size() ? rank_[index] : 0; }
  // How many employees were ranked in that score's department and month.
  int RankedAt(size_t index) const { return index < ranked_.size() ? ranked_[index] : 0; }

 private:
  std::vector<int32_t> rank_;
  std::vector<int32_t> ranked_;
};

// One employee in one window: the mean of their scores over the window, and their rank in the
// window's pool.
struct WindowStanding {
  int months_scored = 0;   // months of the window with a score
  int64_t sum_tenths = 0;  // their sum
  bool in_pool = false;
  int rank = 0;       // 0 outside the pool
  int pool_size = 0;  // the size of the employee's department's pool

  bool has_average() const { return months_scored > 0; }
  // The mean in hundredths of a point, rounded half up (two decimals of the CSV).
  int64_t AverageHundredths() const;
};

// The window ranking (rules.md "window average and window rank"): the pool is the department's
// employees who are not grade R, have not left on or before the as-of date, and have a score in
// every month of the window; the rank is computed within the pool, ties sharing a rank. The
// mean of an employee outside the pool is still given (outputs.md: window_avg is the mean of
// the employee's scores in that window), without a rank.
struct WindowRanking {
  MonthWindow window;
  std::vector<WindowStanding> of_employee;  // parallel to Dataset::employees

  static WindowRanking Compute(const Dataset& data, const DepartmentIndex& departments,
                               const MonthWindow& window, Date as_of);
};

}  // namespace kefu
