// The department's records as typed values: what ingest produces and every later stage reads.
//
// Employees are referred to by their dense index in Dataset::employees (sorted by id), shifts by
// their index in Dataset::shifts. Personal data (ID number, phone, bank card) exists here only in
// masked form (rule R-C1): the full values never leave ingest.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/date.h"

namespace kefu {

// The record types of inputs.md, in the order they are read.
enum class RecordType : uint8_t {
  kEmployees,
  kShifts,
  kCalendar,
  kSchedule,
  kScheduleChanges,
  kPunches,
  kLeave,
  kMonthlyScores,
  kQuarterlyGrades,
  kHonors,
  kDiscipline,
  kProbation,
  kNominations,
  kHandovers,
  kSecurityHandovers,
  kLogins,
};
inline constexpr int kRecordTypeCount = 16;
// The type's file and folder name: "employees", "schedule_changes", …
const char* RecordTypeName(RecordType type);

// Where a record came from: an index into Dataset::files and a 1-based line.
struct SourceRef {
  uint32_t file = 0;
  uint32_t line = 0;
  bool operator==(const SourceRef&) const = default;
};

using EmployeeIndex = uint32_t;
inline constexpr EmployeeIndex kNobody = UINT32_MAX;  // an account that belongs to no employee
using ShiftIndex = int16_t;
inline constexpr ShiftIndex kRestDay = -1;  // 休 / OFF / empty schedule cell

// P → J → M → S → R (篇2 三).
enum class Grade : uint8_t { kP, kJ, kM, kS, kR };
inline constexpr int kGradeCount = 5;
// "P", "J", …
char GradeCode(Grade grade);

struct Employee {
  std::string id;
  std::string name;
  std::string department;
  std::string team;
  std::string role;
  std::string account;  // masked where it holds personal data (an account that is a phone number)
  Grade grade = Grade::kP;
  Date hire_date;
  Date grade_since;  // the hire date where the input gives none
  bool has_grade_since = false;
  bool is_team_lead = false;  // role 领班
  bool left = false;
  Date left_date;                // invalid when left without a date (a warning; counts as left)
  std::string id_number_masked;  // R-C1: 110105********1234
  std::string phone_masked;      // R-C1: 138****5678
  std::string bank_card_masked;  // R-C1: **** 1234
  SourceRef source;

  // Left on or before `day` (rules.md: an employee marked left without a date counts as left).
  bool HasLeftBy(Date day) const { return left && (!left_date.is_valid() || left_date <= day); }
};

struct Shift {
  std::string code;
  std::string name;
  ClockTime start;
  ClockTime end;  // ≤ start means the next day
  int break_minutes = 0;
  bool night = false;
  SourceRef source;

  bool CrossesMidnight() const { return end <= start; }
  int LengthMinutes() const {
    int length = end.minutes() - start.minutes();
    return length <= 0 ? length + 1440 : length;
  }
  int PaidMinutes() const { return LengthMinutes() - break_minutes; }
};

enum class DayKind : uint8_t { kStatutory, kHoliday, kWorkday };

struct CalendarDay {
  Date date;
  DayKind kind = DayKind::kHoliday;
  std::string name;
  SourceRef source;
};

struct ScheduleEntry {
  EmployeeIndex employee = 0;
  Date date;
  ShiftIndex shift = kRestDay;
  SourceRef source;
};

struct ScheduleChange {
  EmployeeIndex employee = 0;
  Date date;
  ShiftIndex to_shift = kRestDay;
  bool has_from_shift = false;
  ShiftIndex from_shift = kRestDay;
  std::string approved_by;
  Date approved_on;  // invalid when not given
  std::string reason;
  SourceRef source;
};

struct Punch {
  EmployeeIndex employee = 0;
  DateTime time;
  uint32_t device = 0;  // id in Dataset::strings; 0 is "none given"
  SourceRef source;
};

enum class LeaveType : uint8_t {
  kPersonal,      // 事假
  kSick,          // 病假
  kAnnual,        // 年假
  kCompensatory,  // 调休
  kMarriage,      // 婚假
  kBereavement,   // 丧假
  kMaternity,     // 产假
  kPaternity,     // 陪产假
  kBusinessTrip,  // 公出: counts as worked, not as leave
};
inline constexpr int kLeaveTypeCount = 9;
// The stable English key of a leave type: "personal", "sick", …, "business_trip".
const char* LeaveTypeKey(LeaveType type);

struct Leave {
  EmployeeIndex employee = 0;
  LeaveType type = LeaveType::kPersonal;
  DateTime start;
  DateTime end;
  std::string approved_by;  // empty: not approved, excuses nothing
  SourceRef source;

  bool approved() const { return !approved_by.empty(); }
};

struct MonthlyScore {
  EmployeeIndex employee = 0;
  Month month;
  int score_tenths = 0;  // 0 … 1000: one decimal allowed
  SourceRef source;
};

enum class QuarterGrade : uint8_t { kA, kB, kC, kD };
char QuarterGradeCode(QuarterGrade grade);

struct QuarterlyGrade {
  EmployeeIndex employee = 0;
  Quarter quarter;
  QuarterGrade grade = QuarterGrade::kA;
  SourceRef source;
};

struct Honor {
  EmployeeIndex employee = 0;
  Date date;
  std::string title;
  SourceRef source;
};

enum class DisciplineSeverity : uint8_t { kWarning, kSeriousWarning, kDismissal };
const char* DisciplineSeverityKey(DisciplineSeverity severity);

struct Discipline {
  EmployeeIndex employee = 0;
  Date date;
  DisciplineSeverity severity = DisciplineSeverity::kWarning;
  std::string clause;
  std::string note;
  SourceRef source;
};

struct Probation {
  EmployeeIndex employee = 0;
  Date date;
  bool passed = false;
  SourceRef source;
};

enum class NominationStep : uint8_t {
  kRecommendation,  // 部门推荐
  kVote,            // 匿名评比
  kApplication,     // 本人申请
  kGmReview,        // 总经办审核
  kDefense,         // 晋升答辩
  kApproval,        // 审批
};
inline constexpr int kNominationStepCount = 6;
const char* NominationStepKey(NominationStep step);

struct Nomination {
  EmployeeIndex employee = 0;
  Date date;
  NominationStep step = NominationStep::kRecommendation;
  Grade target_grade = Grade::kJ;
  std::string by;
  std::string result;
  SourceRef source;
};

enum class ItemStatus : uint8_t { kOk, kFault, kUnmarked };

struct HandoverItem {
  std::string name;
  ItemStatus status = ItemStatus::kUnmarked;
  std::string note;
  bool operator==(const HandoverItem&) const = default;
};

struct Handover {
  std::string department;
  Date date;
  ShiftIndex from_shift = 0;
  ShiftIndex to_shift = 0;
  bool has_time = false;
  ClockTime time;
  int time_second = 0;  // 0–59: the seconds of `time` when written with them (08:01:30)
  std::string outgoing;
  std::string incoming;
  std::string recorder;
  bool outgoing_signed = false;
  bool incoming_signed = false;
  std::string lead_signed;  // the lead's employee_id; empty if unsigned
  bool refused = false;
  std::string refuse_reason;
  std::string escalated_to;
  std::vector<HandoverItem> items;
  SourceRef source;
};

enum class SecurityDirection : uint8_t { kMorning, kEvening };

struct SecurityHandover {
  std::string department;
  Date date;
  ClockTime time;
  int time_second = 0;  // 0–59: the seconds of `time` when written with them (08:01:30)
  SecurityDirection direction = SecurityDirection::kMorning;
  std::string cs_staff;
  std::string security_staff;
  int entries = 0;
  bool urgent = false;
  std::string escalated_to;
  SourceRef source;
};

// Account, system and address are ids in Dataset::strings (they repeat in every row). The account
// is held masked (R-C1); `owner` was matched on its raw value at ingest.
struct Login {
  uint32_t account = 0;
  uint32_t system = 0;
  uint32_t ip = 0;
  EmployeeIndex owner = kNobody;  // kNobody: the account belongs to no employee
  DateTime time;
  SourceRef source;

  bool has_owner() const { return owner != kNobody; }
};

}  // namespace kefu
