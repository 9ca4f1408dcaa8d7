// The monthly attendance engine (rules.md "Attendance", 篇5): shift instances of the period,
// punches assigned to them, leave and business trips applied, and every figure of the
// attendance report with the evidence behind each exception.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "model/dataset.h"
#include "model/diagnostic.h"
#include "rules/attendance/shift_instances.h"

namespace kefu {

// What one day looks like in the daily grid (考勤明细), in order of precedence: the worst thing
// that happened that day wins.
enum class DayMark : uint8_t {
  kNone,     // not employed that day
  kRest,     // 休: no shift
  kPresent,  // √
  kLeave,    // the leave type's first character (see DayStatus::leave_type)
  kEarly,    // 早
  kLate,     // 迟
  kMissing,  // 缺
  kAbsent,   // 旷
};

struct DayStatus {
  DayMark mark = DayMark::kNone;
  LeaveType leave_type = LeaveType::kPersonal;  // for kLeave
};

// The kinds of exception the exceptions sheet lists, each with its evidence.
enum class ExceptionKind : uint8_t {
  kLate,
  kEarly,
  kAbsent,       // no punch and no covering approved leave
  kAbsentLate,   // late beyond the absent threshold
  kAbsentEarly,  // early beyond the absent threshold
  kMissingIn,
  kMissingOut,
  kUnapprovedLeave,
  kUnapprovedChange,
  kBonusWithheld,  // R-C3: a serious warning in the period
};

struct AttendanceException {
  EmployeeIndex employee = 0;
  Date date;
  ExceptionKind kind = ExceptionKind::kLate;
  int minutes = 0;  // late / early minutes where they apply
  // Evidence.
  std::optional<ShiftIndex> shift;
  std::optional<DateTime> expected_start;  // after partial leave moved it
  std::optional<DateTime> expected_end;
  std::vector<DateTime> punches;
  const Leave* leave = nullptr;
  const ScheduleChange* change = nullptr;
  const Discipline* discipline = nullptr;
};

// One employee's figures for the period (the columns of attendance-YYYY-MM.csv).
struct EmployeeAttendance {
  EmployeeIndex employee = 0;
  int scheduled_shifts = 0;
  int worked_shifts = 0;
  int late_count = 0;
  int late_minutes = 0;
  int early_count = 0;
  int early_minutes = 0;
  int absent_shifts = 0;
  int missing_punches = 0;
  std::array<int64_t, kLeaveTypeCount> leave_minutes{};  // approved leave by type (公出 too)
  int unapproved_leave = 0;                              // instances overlapped by unapproved leave
  int64_t statutory_minutes = 0;  // paid minutes of worked instances on statutory holidays
  int64_t holiday_minutes = 0;    // … on other holidays
  int night_shifts = 0;
  int unapproved_changes = 0;
  int off_duty_logins = 0;      // filled in by the login audit (R-C2)
  bool bonus_withheld = false;  // R-C3
  // outputs.md `worked_hours`: per worked instance the time between clock-in and clock-out inside
  // the instance less its break (never below 0), plus the paid time of 公出.
  int64_t worked_seconds = 0;
  int corrections = 0;           // approved punch corrections (补卡) used
  int shared_account_flags = 0;  // filled in by the login audit (R-C4)
  std::vector<DayStatus> days;   // one per day of the period

  // Leave hours as the CSV counts them: every approved leave type except 公出, which counts as
  // worked.
  int64_t LeaveMinutes() const;
};

// How one shift instance turned out: what the off-duty login audit (R-C2) asks of an instance
// ("that the owner actually worked: not absent, not covered by leave").
struct InstanceOutcome {
  ShiftInstance instance;
  bool worked = false;  // rules.md "Worked": a punch and not counted absent, or 公出
  bool absent = false;  // no punch and no covering approved leave, or late / early beyond the limit
  const Leave* leave = nullptr;  // approved leave (not 公出) covering the whole instance, if any
};

struct AttendanceResult {
  Month month;
  DateRange period;
  std::vector<EmployeeAttendance> employees;  // active in the period, by employee id
  // The outcome of every instance of the employees above dated in the period or on the day
  // before or after it (a login near midnight may fall into those), by employee, then start.
  // Only those in the period are counted in `employees`.
  std::vector<InstanceOutcome> instances;
  std::vector<AttendanceException> exceptions;  // by employee id, date, kind
  std::vector<Diagnostic> issues;               // warnings found while applying the rules
};

// Employees active in the period: hired by its last day and not left before its first.
bool ActiveIn(const Employee& e, DateRange period);

AttendanceResult ComputeAttendance(const Dataset& data, Month month);

// Hours with one decimal from minutes, rounded half up ("7.5").
std::string HoursText(int64_t minutes);
// Hours with one decimal from seconds, rounded half up to the tenth (6 minutes = 360 s).
std::string HoursTextFromSeconds(int64_t seconds);
double HoursFromSeconds(int64_t seconds);

}  // namespace kefu
