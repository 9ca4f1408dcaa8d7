#include "model/dataset.h"

#include <algorithm>
#include <tuple>

namespace kefu {
namespace {

template <typename Record, typename Key>
void SortBy(std::vector<Record>& records, Key key) {
  std::stable_sort(records.begin(), records.end(),
                   [&](const Record& a, const Record& b) { return key(a) < key(b); });
}

}  // namespace

const std::string& Dataset::SourcePath(uint32_t file) const {
  static const std::string kNone;
  return file < files.size() ? files[file].path : kNone;
}

std::optional<EmployeeIndex> Dataset::FindEmployee(std::string_view id) const {
  auto it =
      std::lower_bound(employees.begin(), employees.end(), id,
                       [](const Employee& e, std::string_view value) { return e.id < value; });
  if (it == employees.end() || it->id != id) return std::nullopt;
  return static_cast<EmployeeIndex>(it - employees.begin());
}

std::optional<ShiftIndex> Dataset::FindShift(std::string_view code) const {
  for (size_t i = 0; i < shifts.size(); ++i) {
    if (shifts[i].code == code) return static_cast<ShiftIndex>(i);
  }
  return std::nullopt;
}

std::vector<std::string> Dataset::Departments() const {
  std::vector<std::string> result;
  for (const Employee& e : employees) result.push_back(e.department);
  std::sort(result.begin(), result.end());
  result.erase(std::unique(result.begin(), result.end()), result.end());
  return result;
}

void Dataset::BuildIndexes() {
  SortBy(schedule, [](const ScheduleEntry& r) { return std::tuple(r.employee, r.date); });
  SortBy(changes, [](const ScheduleChange& r) { return std::tuple(r.employee, r.date); });
  SortBy(punches, [](const Punch& r) { return std::tuple(r.employee, r.time); });
  SortBy(leaves, [](const Leave& r) { return std::tuple(r.employee, r.start); });
  SortBy(scores, [](const MonthlyScore& r) { return std::tuple(r.employee, r.month); });
  SortBy(quarter_grades, [](const QuarterlyGrade& r) { return std::tuple(r.employee, r.quarter); });
  SortBy(honors, [](const Honor& r) { return std::tuple(r.employee, r.date); });
  SortBy(discipline, [](const Discipline& r) { return std::tuple(r.employee, r.date); });
  SortBy(probations, [](const Probation& r) { return std::tuple(r.employee, r.date); });
  SortBy(nominations, [](const Nomination& r) { return std::tuple(r.employee, r.date); });
  SortBy(handovers, [](const Handover& r) {
    return std::tie(r.department, r.date, r.from_shift, r.to_shift);
  });
  SortBy(security_handovers, [](const SecurityHandover& r) {
    return std::tie(r.department, r.date, r.time, r.time_second);
  });
  SortBy(logins, [&](const Login& r) {
    return std::tuple(r.time, std::string_view(strings.Get(r.account)));
  });

  size_t n = employees.size();
  schedule_by_employee.Build(schedule, n);
  changes_by_employee.Build(changes, n);
  punches_by_employee.Build(punches, n);
  leaves_by_employee.Build(leaves, n);
  scores_by_employee.Build(scores, n);
  grades_by_employee.Build(quarter_grades, n);
  honors_by_employee.Build(honors, n);
  discipline_by_employee.Build(discipline, n);
  probations_by_employee.Build(probations, n);
  nominations_by_employee.Build(nominations, n);
}

}  // namespace kefu
