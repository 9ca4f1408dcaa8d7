// Hand-built datasets for the roster's unit tests (no file I/O): the sample department's four
// shifts plus an early shift, and helpers to add employees, schedule rows, changes and calendar
// days. Included by *_test.cc files only.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "model/dataset.h"

namespace kefu::testing {

inline Date Day(const char* iso) {
  int y = 0, m = 0, d = 0;
  std::sscanf(iso, "%d-%d-%d", &y, &m, &d);
  return Date::FromYmd(y, m, d);
}

// Builds a Dataset; call Done() once everything is added.
class RosterData {
 public:
  RosterData() {
    AddShift("A", "早班", 7, 0, 15, 0, 30, false);
    AddShift("B", "中班", 15, 0, 23, 0, 30, false);
    AddShift("C", "夜班", 23, 0, 7, 0, 30, true);
    AddShift("D", "日班", 9, 0, 18, 0, 60, false);
    AddShift("E", "早早班", 6, 0, 14, 0, 30, false);
  }

  void AddShift(const char* code, const char* name, int sh, int sm, int eh, int em, int break_min,
                bool night) {
    Shift s;
    s.code = code;
    s.name = name;
    s.start = ClockTime::FromHm(sh, sm);
    s.end = ClockTime::FromHm(eh, em);
    s.break_minutes = break_min;
    s.night = night;
    data_.shifts.push_back(s);
  }

  // Employees must be added in id order (Dataset::employees is sorted by id).
  EmployeeIndex AddEmployee(const char* id, const char* team, const char* hire,
                            const char* left_date = nullptr, bool left = false) {
    Employee e;
    e.id = id;
    e.name = std::string("name-") + id;
    e.department = "客服部";
    e.team = team;
    e.grade = Grade::kJ;
    e.hire_date = Day(hire);
    e.grade_since = e.hire_date;
    e.left = left || left_date != nullptr;
    if (left_date) e.left_date = Day(left_date);
    e.phone_masked = "138****5678";
    e.source = {0, static_cast<uint32_t>(data_.employees.size() + 2)};
    data_.employees.push_back(e);
    return static_cast<EmployeeIndex>(data_.employees.size() - 1);
  }

  void SetDepartment(EmployeeIndex e, const char* department) {
    data_.employees[e].department = department;
  }

  ShiftIndex ShiftOf(const std::string& code) const {
    if (code == "休") return kRestDay;
    return *data_.FindShift(code);
  }

  void Schedule(EmployeeIndex e, const char* date, const std::string& code) {
    ScheduleEntry entry;
    entry.employee = e;
    entry.date = Day(date);
    entry.shift = ShiftOf(code);
    entry.source = {1, next_line_++};
    data_.schedule.push_back(entry);
  }

  // The same shift on every day from `first` to `last`.
  void ScheduleRange(EmployeeIndex e, const char* first, const char* last,
                     const std::string& code) {
    for (Date d = Day(first); d <= Day(last); d = d.AddDays(1)) {
      ScheduleEntry entry;
      entry.employee = e;
      entry.date = d;
      entry.shift = ShiftOf(code);
      entry.source = {1, next_line_++};
      data_.schedule.push_back(entry);
    }
  }

  // A change; `approved_on` null means not approved.
  void Change(EmployeeIndex e, const char* date, const std::string& from, const std::string& to,
              const char* approved_on) {
    ScheduleChange c;
    c.employee = e;
    c.date = Day(date);
    c.has_from_shift = true;
    c.from_shift = ShiftOf(from);
    c.to_shift = ShiftOf(to);
    if (approved_on) {
      c.approved_by = "周建国";
      c.approved_on = Day(approved_on);
    }
    c.source = {2, static_cast<uint32_t>(data_.changes.size() + 2)};
    data_.changes.push_back(c);
  }

  // A punch at `date` hh:mm (for the attendance tests).
  void AddPunch(EmployeeIndex e, const char* date, int h, int m) {
    Punch p;
    p.employee = e;
    p.time = DateTime::At(Day(date), ClockTime::FromHm(h, m));
    p.source = {1, next_line_++};
    data_.punches.push_back(p);
  }

  // Leave on `date` from sh:sm to eh:em; `approver` null means not approved.
  void AddLeave(EmployeeIndex e, LeaveType type, const char* date, int sh, int sm, int eh, int em,
                const char* approver = "周建国") {
    Leave l;
    l.employee = e;
    l.type = type;
    l.start = DateTime::At(Day(date), ClockTime::FromHm(sh, sm));
    l.end = DateTime::At(Day(date), ClockTime::FromHm(eh, em));
    if (approver) l.approved_by = approver;
    l.source = {1, next_line_++};
    data_.leaves.push_back(l);
  }

  // A login at `date` hh:mm from `ip` to `account`, which belongs to `owner` (nullopt: nobody).
  void AddLogin(std::optional<EmployeeIndex> owner, const char* account, const char* date, int h,
                int m, const char* ip) {
    Login l;
    l.owner = owner.value_or(kNobody);
    l.account = data_.strings.Intern(account);
    l.ip = data_.strings.Intern(ip);
    l.time = DateTime::At(Day(date), ClockTime::FromHm(h, m));
    l.source = {1, next_line_++};
    data_.logins.push_back(l);
  }

  void CalendarDays(std::vector<CalendarDay> days) { data_.calendar = Calendar(std::move(days)); }

  static CalendarDay Holiday(const char* date, DayKind kind, const char* name) {
    CalendarDay d;
    d.date = Day(date);
    d.kind = kind;
    d.name = name;
    return d;
  }

  Policy& policy() { return data_.policy; }

  const Dataset& Done() {
    data_.input_dir = "in";
    data_.files.resize(3);
    data_.files[0].path = "employees.csv";
    data_.files[0].type = RecordType::kEmployees;
    data_.files[1].path = "schedule.csv";
    data_.files[1].type = RecordType::kSchedule;
    data_.files[2].path = "schedule_changes.csv";
    data_.files[2].type = RecordType::kScheduleChanges;
    data_.BuildIndexes();
    return data_;
  }

 private:
  Dataset data_;
  uint32_t next_line_ = 2;
};

}  // namespace kefu::testing
