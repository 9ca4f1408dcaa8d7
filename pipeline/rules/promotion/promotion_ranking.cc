#include "rules/promotion/promotion_ranking.h"

#include <algorithm>
#include <tuple>

namespace kefu {
namespace {

// One entry to rank: its group (department, month or window), its value, and where the rank
// goes.
struct Entry {
  uint64_t group;
  int64_t value;
  uint32_t slot;
};

// Sorts by group, value descending, and writes rank = 1 + number strictly higher in the group,
// and the group's size.
template <typename Write>
void RankGroups(std::vector<Entry>& entries, Write write) {
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    return std::tie(a.group, b.value, a.slot) < std::tie(b.group, a.value, b.slot);
  });
  size_t begin = 0;
  while (begin < entries.size()) {
    size_t end = begin;
    while (end < entries.size() && entries[end].group == entries[begin].group) ++end;
    int size = static_cast<int>(end - begin);
    int rank = 1;
    for (size_t i = begin; i < end; ++i) {
      if (i > begin && entries[i].value != entries[i - 1].value) {
        rank = static_cast<int>(i - begin) + 1;
      }
      write(entries[i].slot, rank, size);
    }
    begin = end;
  }
}

}  // namespace

MonthlyRanking::MonthlyRanking(const Dataset& data, const DepartmentIndex& departments) {
  rank_.assign(data.scores.size(), 0);
  ranked_.assign(data.scores.size(), 0);
  std::vector<Entry> entries;
  entries.reserve(data.scores.size());
  for (size_t i = 0; i < data.scores.size(); ++i) {
    const MonthlyScore& s = data.scores[i];
    if (data.employees[s.employee].grade == Grade::kR) continue;  // 篇2 四.4.H
    uint64_t group = (uint64_t{departments.of_employee[s.employee]} << 32) |
                     static_cast<uint32_t>(s.month.index());
    entries.push_back({group, s.score_tenths, static_cast<uint32_t>(i)});
  }
  RankGroups(entries, [&](uint32_t slot, int rank, int size) {
    rank_[slot] = rank;
    ranked_[slot] = size;
  });
}

int64_t WindowStanding::AverageHundredths() const {
  if (months_scored <= 0) return 0;
  // sum_tenths / months points = sum_tenths * 10 / months hundredths, rounded half up.
  return (sum_tenths * 20 + months_scored) / (2 * months_scored);
}

WindowRanking WindowRanking::Compute(const Dataset& data, const DepartmentIndex& departments,
                                     const MonthWindow& window, Date as_of) {
  WindowRanking result;
  result.window = window;
  result.of_employee.resize(data.employees.size());
  int months = window.Months();
  std::vector<Entry> entries;
  for (EmployeeIndex e = 0; e < data.employees.size(); ++e) {
    WindowStanding& standing = result.of_employee[e];
    for (const MonthlyScore& s : data.ScoresOf(e)) {
      if (!window.Contains(s.month)) continue;
      ++standing.months_scored;
      standing.sum_tenths += s.score_tenths;
    }
    const Employee& employee = data.employees[e];
    standing.in_pool = employee.grade != Grade::kR && !employee.HasLeftBy(as_of) &&
                       standing.months_scored == months;
    // Every pool member has the same number of months, so sums compare exactly as means do.
    if (standing.in_pool) entries.push_back({departments.of_employee[e], standing.sum_tenths, e});
  }
  RankGroups(entries, [&](uint32_t slot, int rank, int size) {
    result.of_employee[slot].rank = rank;
    result.of_employee[slot].pool_size = size;
  });
  return result;
}

}  // namespace kefu
