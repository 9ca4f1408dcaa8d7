// The one way tests build a Dataset by hand (no file I/O): employees, shifts, the calendar and
// every dated record, written the way a test reads best. Dates, months and quarters are written
// in kefu's own forms (model/date.h: Date::Parse …), never through ingest's field parsers.
//
// The sample department's five shifts come with every builder: A 早班 07:00–15:00, B 中班
// 15:00–23:00, C 夜班 23:00–07:00 (night), D 日班 09:00–18:00 (60 min break) and E 早早班
// 06:00–14:00. Employees are named "N" + id, work in 客服部 and have the masked phone
// 138****5678. Their records name them by the index AddEmployee returns or by id.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "model/dataset.h"

namespace kefu::testing {

// 2024-09-02, 2024-09, 2024Q3, 2024-09-02 07:58[:12], 07:58: what the model writes, read back;
// anything else fails the test.
Date D(std::string_view iso);
Month M(std::string_view iso);
Quarter Q(std::string_view iso);
DateTime T(std::string_view iso);
ClockTime Hm(std::string_view hhmm);

class DatasetBuilder {
 public:
  DatasetBuilder();

  // The input files records say they come from (Dataset::files): employees.csv (file 0),
  // schedule.csv (1, also punches, leave and logins), schedule_changes.csv (2).
  static constexpr uint32_t kEmployeesFile = 0, kScheduleFile = 1, kChangesFile = 2;

  // --- Employees --------------------------------------------------------------------------
  // A grade-J employee of `team`, hired on `hire`; `left_date` set: left on that day; `left`
  // without a date: left without one. Returns the employee's index in the built dataset, which
  // holds as long as employees are added in id order (Build checks that they are).
  EmployeeIndex AddEmployee(const std::string& id, const std::string& team, const std::string& hire,
                            const char* left_date = nullptr, bool left = false);
  // An employee of `grade`, for the evaluation: `grade_since` empty means the hire date,
  // `left_date` "-" left without a date. Ids may come in any order.
  DatasetBuilder& Add(std::string id, Grade grade, std::string hire, std::string grade_since = "",
                      std::string department = "客服部", std::string left_date = "");
  void SetDepartment(EmployeeIndex e, const std::string& department);
  Employee& EmployeeAt(EmployeeIndex e) { return data_.employees[e]; }

  // --- Shifts and the calendar ------------------------------------------------------------
  void AddShift(const char* code, const char* name, int sh, int sm, int eh, int em,
                int break_minutes, bool night);
  // The shift with `code`, or kRestDay for 休.
  ShiftIndex ShiftOf(const std::string& code) const;
  void CalendarDays(std::vector<CalendarDay> days);
  static CalendarDay Holiday(const char* date, DayKind kind, const char* name);

  // --- Schedule, changes, punches, leave, logins (by employee index) ----------------------
  void Schedule(EmployeeIndex e, const char* date, const std::string& code);
  // The same shift on every day from `first` to `last`.
  void ScheduleRange(EmployeeIndex e, const char* first, const char* last, const std::string& code);
  // A change approved by 周建国 on `approved_on`; null: not approved.
  void Change(EmployeeIndex e, const char* date, const std::string& from, const std::string& to,
              const char* approved_on);
  // A punch at `date` h:m.
  void AddPunch(EmployeeIndex e, const char* date, int h, int m);
  // Leave on `date` from sh:sm to eh:em, approved by `approver` (null: not approved).
  void AddLeave(EmployeeIndex e, LeaveType type, const char* date, int sh, int sm, int eh, int em,
                const char* approver = "周建国");
  // A login at `date` h:m from `ip` to `account`, which belongs to `owner` (nullopt: nobody).
  void AddLogin(std::optional<EmployeeIndex> owner, const char* account, const char* date, int h,
                int m, const char* ip);

  // --- Evaluation records (by employee id) -------------------------------------------------
  DatasetBuilder& Score(const std::string& id, const std::string& month, double score);
  // Scores for consecutive months from `first`.
  DatasetBuilder& Scores(const std::string& id, const std::string& first,
                         const std::vector<double>& values);
  DatasetBuilder& Grade4(const std::string& id, const std::string& quarter, char grade);
  DatasetBuilder& Honour(const std::string& id, const std::string& date,
                         const std::string& title = "优秀客服");
  // A warning under 篇1 三.6.
  DatasetBuilder& Warning(const std::string& id, const std::string& date);
  DatasetBuilder& ProbationResult(const std::string& id, const std::string& date, bool pass);
  DatasetBuilder& Nominate(const std::string& id, const std::string& date, NominationStep step,
                           Grade target, const std::string& by);

  Policy& policy() { return data_.policy; }

  // The dataset: employees sorted by id, every index built. The builder keeps it (results
  // that point into it stay valid while the builder lives) and may go on adding after it.
  const Dataset& Build();

 private:
  EmployeeIndex IndexOf(const std::string& id) const;
  Employee& NewEmployee(const std::string& id);
  void SortEmployees();

  Dataset data_;
  uint32_t next_line_ = 2;
  bool indexes_handed_out_ = false;
};

}  // namespace kefu::testing
