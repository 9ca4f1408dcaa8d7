#include "support/dataset_builder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>

namespace kefu::testing {
namespace {

template <typename T>
T Parsed(std::optional<T> value, std::string_view text) {
  if (!value) {
    ADD_FAILURE() << "not in kefu's form: \"" << text << "\"";
    return T();
  }
  return *value;
}

}  // namespace

Date D(std::string_view iso) { return Parsed(Date::Parse(iso), iso); }
Month M(std::string_view iso) { return Parsed(Month::Parse(iso), iso); }
Quarter Q(std::string_view iso) { return Parsed(Quarter::Parse(iso), iso); }
DateTime T(std::string_view iso) { return Parsed(DateTime::Parse(iso), iso); }
ClockTime Hm(std::string_view hhmm) { return Parsed(ClockTime::Parse(hhmm), hhmm); }

DatasetBuilder::DatasetBuilder() {
  AddShift("A", "早班", 7, 0, 15, 0, 30, false);
  AddShift("B", "中班", 15, 0, 23, 0, 30, false);
  AddShift("C", "夜班", 23, 0, 7, 0, 30, true);
  AddShift("D", "日班", 9, 0, 18, 0, 60, false);
  AddShift("E", "早早班", 6, 0, 14, 0, 30, false);
  data_.files.resize(3);
  data_.files[kEmployeesFile].path = "employees.csv";
  data_.files[kEmployeesFile].type = RecordType::kEmployees;
  data_.files[kScheduleFile].path = "schedule.csv";
  data_.files[kScheduleFile].type = RecordType::kSchedule;
  data_.files[kChangesFile].path = "schedule_changes.csv";
  data_.files[kChangesFile].type = RecordType::kScheduleChanges;
}

Employee& DatasetBuilder::NewEmployee(const std::string& id) {
  Employee& e = data_.employees.emplace_back();
  e.id = id;
  e.name = "N" + id;
  e.department = "客服部";
  e.grade = Grade::kJ;
  e.phone_masked = "138****5678";
  e.source = {kEmployeesFile, static_cast<uint32_t>(data_.employees.size() + 1)};
  return e;
}

EmployeeIndex DatasetBuilder::AddEmployee(const std::string& id, const std::string& team,
                                          const std::string& hire, const char* left_date,
                                          bool left) {
  Employee& e = NewEmployee(id);
  e.team = team;
  e.hire_date = D(hire);
  e.grade_since = e.hire_date;
  e.left = left || left_date != nullptr;
  if (left_date) e.left_date = D(left_date);
  indexes_handed_out_ = true;
  return static_cast<EmployeeIndex>(data_.employees.size() - 1);
}

DatasetBuilder& DatasetBuilder::Add(std::string id, Grade grade, std::string hire,
                                    std::string grade_since, std::string department,
                                    std::string left_date) {
  Employee& e = NewEmployee(id);
  e.department = std::move(department);
  e.grade = grade;
  e.hire_date = D(hire);
  e.grade_since = grade_since.empty() ? e.hire_date : D(grade_since);
  if (!left_date.empty()) {
    e.left = true;
    if (left_date != "-") e.left_date = D(left_date);
  }
  return *this;
}

void DatasetBuilder::SetDepartment(EmployeeIndex e, const std::string& department) {
  data_.employees[e].department = department;
}

EmployeeIndex DatasetBuilder::IndexOf(const std::string& id) const {
  for (size_t i = 0; i < data_.employees.size(); ++i) {
    if (data_.employees[i].id == id) return static_cast<EmployeeIndex>(i);
  }
  ADD_FAILURE() << "no employee " << id << " added before its records";
  return 0;
}

void DatasetBuilder::AddShift(const char* code, const char* name, int sh, int sm, int eh, int em,
                              int break_minutes, bool night) {
  Shift s;
  s.code = code;
  s.name = name;
  s.start = ClockTime::FromHm(sh, sm);
  s.end = ClockTime::FromHm(eh, em);
  s.break_minutes = break_minutes;
  s.night = night;
  data_.shifts.push_back(s);
}

ShiftIndex DatasetBuilder::ShiftOf(const std::string& code) const {
  if (code == "休") return kRestDay;
  std::optional<ShiftIndex> shift = data_.FindShift(code);
  if (!shift) ADD_FAILURE() << "no shift " << code;
  return shift.value_or(kRestDay);
}

void DatasetBuilder::CalendarDays(std::vector<CalendarDay> days) {
  data_.calendar = Calendar(std::move(days));
}

CalendarDay DatasetBuilder::Holiday(const char* date, DayKind kind, const char* name) {
  CalendarDay d;
  d.date = D(date);
  d.kind = kind;
  d.name = name;
  return d;
}

void DatasetBuilder::Schedule(EmployeeIndex e, const char* date, const std::string& code) {
  ScheduleEntry entry;
  entry.employee = e;
  entry.date = D(date);
  entry.shift = ShiftOf(code);
  entry.source = {kScheduleFile, next_line_++};
  data_.schedule.push_back(entry);
}

void DatasetBuilder::ScheduleRange(EmployeeIndex e, const char* first, const char* last,
                                   const std::string& code) {
  for (Date d = D(first); d <= D(last); d = d.AddDays(1)) {
    ScheduleEntry entry;
    entry.employee = e;
    entry.date = d;
    entry.shift = ShiftOf(code);
    entry.source = {kScheduleFile, next_line_++};
    data_.schedule.push_back(entry);
  }
}

void DatasetBuilder::Change(EmployeeIndex e, const char* date, const std::string& from,
                            const std::string& to, const char* approved_on) {
  ScheduleChange c;
  c.employee = e;
  c.date = D(date);
  c.has_from_shift = true;
  c.from_shift = ShiftOf(from);
  c.to_shift = ShiftOf(to);
  if (approved_on) {
    c.approved_by = "周建国";
    c.approved_on = D(approved_on);
  }
  c.source = {kChangesFile, static_cast<uint32_t>(data_.changes.size() + 2)};
  data_.changes.push_back(c);
}

void DatasetBuilder::AddPunch(EmployeeIndex e, const char* date, int h, int m) {
  Punch p;
  p.employee = e;
  p.time = DateTime::At(D(date), ClockTime::FromHm(h, m));
  p.source = {kScheduleFile, next_line_++};
  data_.punches.push_back(p);
}

void DatasetBuilder::AddLeave(EmployeeIndex e, LeaveType type, const char* date, int sh, int sm,
                              int eh, int em, const char* approver) {
  Leave l;
  l.employee = e;
  l.type = type;
  l.start = DateTime::At(D(date), ClockTime::FromHm(sh, sm));
  l.end = DateTime::At(D(date), ClockTime::FromHm(eh, em));
  if (approver) l.approved_by = approver;
  l.source = {kScheduleFile, next_line_++};
  data_.leaves.push_back(l);
}

void DatasetBuilder::AddLogin(std::optional<EmployeeIndex> owner, const char* account,
                              const char* date, int h, int m, const char* ip) {
  Login l;
  l.owner = owner.value_or(kNobody);
  l.account = data_.strings.Intern(account);
  l.ip = data_.strings.Intern(ip);
  l.time = DateTime::At(D(date), ClockTime::FromHm(h, m));
  l.source = {kScheduleFile, next_line_++};
  data_.logins.push_back(l);
}

DatasetBuilder& DatasetBuilder::Score(const std::string& id, const std::string& month,
                                      double score) {
  data_.scores.push_back({IndexOf(id), M(month), static_cast<int>(score * 10 + 0.5), {}});
  return *this;
}

DatasetBuilder& DatasetBuilder::Scores(const std::string& id, const std::string& first,
                                       const std::vector<double>& values) {
  Month m = M(first);
  for (double v : values) {
    Score(id, m.Iso(), v);
    m = m.Plus(1);
  }
  return *this;
}

DatasetBuilder& DatasetBuilder::Grade4(const std::string& id, const std::string& quarter,
                                       char grade) {
  data_.quarter_grades.push_back(
      {IndexOf(id), Q(quarter), static_cast<QuarterGrade>(grade - 'A'), {}});
  return *this;
}

DatasetBuilder& DatasetBuilder::Honour(const std::string& id, const std::string& date,
                                       const std::string& title) {
  data_.honors.push_back({IndexOf(id), D(date), title, {}});
  return *this;
}

DatasetBuilder& DatasetBuilder::Warning(const std::string& id, const std::string& date) {
  Discipline d;
  d.employee = IndexOf(id);
  d.date = D(date);
  d.clause = "篇1 三.6";
  d.note = "note";
  data_.discipline.push_back(d);
  return *this;
}

DatasetBuilder& DatasetBuilder::ProbationResult(const std::string& id, const std::string& date,
                                                bool pass) {
  data_.probations.push_back({IndexOf(id), D(date), pass, {}});
  return *this;
}

DatasetBuilder& DatasetBuilder::Nominate(const std::string& id, const std::string& date,
                                         NominationStep step, Grade target, const std::string& by) {
  Nomination n;
  n.employee = IndexOf(id);
  n.date = D(date);
  n.step = step;
  n.target_grade = target;
  n.by = by;
  data_.nominations.push_back(n);
  return *this;
}

void DatasetBuilder::SortEmployees() {
  std::vector<Employee>& employees = data_.employees;
  std::vector<EmployeeIndex> order(employees.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](EmployeeIndex a, EmployeeIndex b) {
    return employees[a].id < employees[b].id;
  });
  std::vector<EmployeeIndex> moved_to(employees.size());
  std::vector<Employee> sorted;
  for (EmployeeIndex i : order) {
    moved_to[i] = static_cast<EmployeeIndex>(sorted.size());
    sorted.push_back(std::move(employees[i]));
  }
  if (indexes_handed_out_ && !std::is_sorted(order.begin(), order.end())) {
    ADD_FAILURE() << "AddEmployee's indexes hold only when employees are added in id order";
  }
  employees = std::move(sorted);
  auto remap = [&](auto& records) {
    for (auto& r : records) r.employee = moved_to[r.employee];
  };
  remap(data_.schedule);
  remap(data_.changes);
  remap(data_.punches);
  remap(data_.leaves);
  remap(data_.scores);
  remap(data_.quarter_grades);
  remap(data_.honors);
  remap(data_.discipline);
  remap(data_.probations);
  remap(data_.nominations);
  for (Login& l : data_.logins) {
    if (l.has_owner()) l.owner = moved_to[l.owner];
  }
}

const Dataset& DatasetBuilder::Build() {
  SortEmployees();
  data_.BuildIndexes();
  return data_;
}

}  // namespace kefu::testing
