#include "rules/attendance/attendance.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "rules/attendance/punch_assignment.h"
#include "rules/roster/roster_test_support.h"

namespace kefu {
namespace {

using testing::Day;
using testing::RosterData;

// Shift D of the test data: 09:00–18:00, 60 min break, paid 480 min (9 h long).
constexpr const char* kDay = "2025-02-10";
const Month kFeb = Month::FromYm(2025, 2);  // period 2025-01-26 … 2025-02-25

int Minutes(const EmployeeAttendance& a, LeaveType type) {
  return static_cast<int>(a.leave_minutes[static_cast<int>(type)]);
}

std::vector<ExceptionKind> Kinds(const AttendanceResult& r) {
  std::vector<ExceptionKind> kinds;
  for (const AttendanceException& ex : r.exceptions) kinds.push_back(ex.kind);
  return kinds;
}

const DayStatus& DayOf(const AttendanceResult& r, const char* date) {
  return r.employees[0].days[static_cast<size_t>(DaysBetween(r.period.first, Day(date)))];
}

// One employee with D on kDay.
struct OneShift {
  RosterData b;
  EmployeeIndex e;
  OneShift() : e(b.AddEmployee("E01", "一组", "2020-01-01")) { b.Schedule(e, kDay, "D"); }
  AttendanceResult Run() { return ComputeAttendance(b.Done(), kFeb); }
};

TEST(Attendance, TwoLeavesTogetherCoveringTheInstanceAreWholeLeave) {
  OneShift s;
  s.b.AddLeave(s.e, LeaveType::kCompensatory, kDay, 9, 0, 13, 0);
  s.b.AddLeave(s.e, LeaveType::kPersonal, kDay, 13, 0, 18, 0);
  AttendanceResult r = s.Run();
  ASSERT_EQ(r.employees.size(), 1u);
  const EmployeeAttendance& a = r.employees[0];
  EXPECT_EQ(a.scheduled_shifts, 1);
  EXPECT_EQ(a.worked_shifts, 0);
  EXPECT_EQ(a.absent_shifts, 0);
  EXPECT_EQ(a.missing_punches, 0);
  EXPECT_TRUE(r.exceptions.empty());
  // The paid 480 min split by time: 480 × 240/540 = 213.3 → 213, 480 × 300/540 = 266.7 → 266;
  // the minute left over goes to the first leave by start.
  EXPECT_EQ(Minutes(a, LeaveType::kCompensatory), 214);
  EXPECT_EQ(Minutes(a, LeaveType::kPersonal), 266);
  EXPECT_EQ(a.LeaveMinutes(), 480);
  EXPECT_EQ(DayOf(r, kDay).mark, DayMark::kLeave);
  EXPECT_EQ(DayOf(r, kDay).leave_type, LeaveType::kCompensatory);
}

TEST(Attendance, OverlappingLeavesSplitEachMomentOnce) {
  OneShift s;
  s.b.AddLeave(s.e, LeaveType::kPersonal, kDay, 9, 0, 12, 0);
  s.b.AddLeave(s.e, LeaveType::kSick, kDay, 11, 0, 15, 0);    // 12:00–15:00 is its own
  s.b.AddLeave(s.e, LeaveType::kAnnual, kDay, 14, 0, 18, 0);  // 15:00–18:00
  AttendanceResult r = s.Run();
  const EmployeeAttendance& a = r.employees[0];
  EXPECT_EQ(a.absent_shifts, 0);
  EXPECT_EQ(Minutes(a, LeaveType::kPersonal), 160);
  EXPECT_EQ(Minutes(a, LeaveType::kSick), 160);
  EXPECT_EQ(Minutes(a, LeaveType::kAnnual), 160);
}

TEST(Attendance, LeavesWithAGapAreStillPartial) {
  OneShift s;
  s.b.AddLeave(s.e, LeaveType::kCompensatory, kDay, 9, 0, 12, 0);
  s.b.AddLeave(s.e, LeaveType::kPersonal, kDay, 13, 0, 18, 0);
  AttendanceResult r = s.Run();
  const EmployeeAttendance& a = r.employees[0];
  EXPECT_EQ(a.absent_shifts, 1);  // no punch in 12:00–13:00
  EXPECT_EQ(Minutes(a, LeaveType::kCompensatory), 180);
  EXPECT_EQ(Minutes(a, LeaveType::kPersonal), 300);
}

TEST(Attendance, BusinessTripsTogetherCoveringTheInstanceAreWorked) {
  OneShift s;
  s.b.AddLeave(s.e, LeaveType::kBusinessTrip, kDay, 9, 0, 13, 0);
  s.b.AddLeave(s.e, LeaveType::kBusinessTrip, kDay, 13, 0, 18, 0);
  AttendanceResult r = s.Run();
  const EmployeeAttendance& a = r.employees[0];
  EXPECT_EQ(a.worked_shifts, 1);
  EXPECT_EQ(a.absent_shifts, 0);
  EXPECT_EQ(Minutes(a, LeaveType::kBusinessTrip), 480);
  EXPECT_EQ(a.LeaveMinutes(), 0);
}

TEST(Attendance, BusinessTripAndLeaveCoveringTheInstanceAreLeave) {
  OneShift s;
  s.b.AddLeave(s.e, LeaveType::kBusinessTrip, kDay, 9, 0, 13, 0);
  s.b.AddLeave(s.e, LeaveType::kPersonal, kDay, 13, 0, 18, 0);
  AttendanceResult r = s.Run();
  const EmployeeAttendance& a = r.employees[0];
  EXPECT_EQ(a.worked_shifts, 0);
  EXPECT_EQ(a.absent_shifts, 0);
  EXPECT_EQ(a.missing_punches, 0);
  EXPECT_EQ(Minutes(a, LeaveType::kBusinessTrip), 214);
  EXPECT_EQ(Minutes(a, LeaveType::kPersonal), 266);
  EXPECT_EQ(a.LeaveMinutes(), 266);
  EXPECT_EQ(DayOf(r, kDay).leave_type, LeaveType::kPersonal);
}

TEST(Attendance, UnapprovedLeaveDoesNotCompleteTheCover) {
  OneShift s;
  s.b.AddLeave(s.e, LeaveType::kCompensatory, kDay, 9, 0, 13, 0);
  s.b.AddLeave(s.e, LeaveType::kPersonal, kDay, 13, 0, 18, 0, nullptr);
  AttendanceResult r = s.Run();
  const EmployeeAttendance& a = r.employees[0];
  EXPECT_EQ(a.absent_shifts, 1);
  EXPECT_EQ(a.unapproved_leave, 1);
}

TEST(Attendance, SinglePunchNearTheMovedStartIsClockIn) {
  // 事假 09:00–14:00 moves the expected start to 14:00; 14:03 is within grace of it. Against
  // the scheduled times it would be a clock-out 237 min early (absent).
  OneShift s;
  s.b.AddLeave(s.e, LeaveType::kPersonal, kDay, 9, 0, 14, 0);
  s.b.AddPunch(s.e, kDay, 14, 3);
  AttendanceResult r = s.Run();
  const EmployeeAttendance& a = r.employees[0];
  EXPECT_EQ(a.absent_shifts, 0);
  EXPECT_EQ(a.worked_shifts, 1);
  EXPECT_EQ(a.late_count, 0);
  EXPECT_EQ(a.early_count, 0);
  EXPECT_EQ(a.missing_punches, 1);
  EXPECT_EQ(Kinds(r), std::vector<ExceptionKind>{ExceptionKind::kMissingOut});
  EXPECT_EQ(Minutes(a, LeaveType::kPersonal), 300);
}

TEST(Attendance, SinglePunchNearTheMovedEndIsClockOut) {
  // 事假 13:00–18:00 moves the expected end to 13:00; 12:55 is a clock-out 5 min early.
  OneShift s;
  s.b.AddLeave(s.e, LeaveType::kPersonal, kDay, 13, 0, 18, 0);
  s.b.AddPunch(s.e, kDay, 12, 55);
  AttendanceResult r = s.Run();
  const EmployeeAttendance& a = r.employees[0];
  EXPECT_EQ(a.absent_shifts, 0);
  EXPECT_EQ(a.worked_shifts, 1);
  EXPECT_EQ(a.late_count, 0);
  EXPECT_EQ(a.early_count, 1);
  EXPECT_EQ(a.early_minutes, 5);
  EXPECT_EQ(a.missing_punches, 1);
  EXPECT_EQ(Kinds(r),
            (std::vector<ExceptionKind>{ExceptionKind::kEarly, ExceptionKind::kMissingIn}));
}

// outputs.md worked_hours: clock-in to clock-out inside the instance, less the break, plus 公出.
TEST(Attendance, WorkedTimeIsClockedTimeInsideTheInstanceLessTheBreakPlusBusinessTrips) {
  OneShift s;
  s.b.AddLeave(s.e, LeaveType::kBusinessTrip, kDay, 9, 0, 12, 0);  // partial 公出: 3 h
  s.b.AddPunch(s.e, kDay, 12, 5);
  s.b.AddPunch(s.e, kDay, 18, 20);  // counts to the end, 18:00
  s.b.Schedule(s.e, "2025-02-11", "D");
  s.b.AddPunch(s.e, "2025-02-11", 8, 50);  // a single punch: nothing measured
  s.b.Schedule(s.e, "2025-02-12", "D");
  s.b.AddLeave(s.e, LeaveType::kBusinessTrip, "2025-02-12", 9, 0, 18, 0);  // whole: paid 8 h
  AttendanceResult r = s.Run();
  const EmployeeAttendance& a = r.employees[0];
  EXPECT_EQ(a.worked_shifts, 3);
  // 12:05–18:00 = 5 h 55 − 60 min = 4 h 55, + 3 h 公出, + 0, + 8 h = 15 h 55.
  EXPECT_EQ(a.worked_seconds, (15 * 60 + 55) * 60);
  EXPECT_EQ(HoursTextFromSeconds(a.worked_seconds), "15.9");
  EXPECT_EQ(a.corrections, 0);
}

TEST(Attendance, TheDaysAroundThePeriodAreEvaluatedForTheLoginAuditButNotCounted) {
  OneShift s;
  s.b.Schedule(s.e, "2025-01-25", "C");  // the night before the period, 23:00–07:00
  s.b.AddPunch(s.e, "2025-01-25", 22, 50);
  s.b.AddPunch(s.e, "2025-01-26", 7, 5);
  AttendanceResult r = s.Run();
  EXPECT_EQ(r.employees[0].scheduled_shifts, 1);  // kDay only
  ASSERT_EQ(r.instances.size(), 2u);
  EXPECT_EQ(r.instances[0].instance.date, Day("2025-01-25"));
  EXPECT_TRUE(r.instances[0].worked);
  EXPECT_TRUE(r.instances[1].absent);  // kDay, no punch
  EXPECT_EQ(Kinds(r), (std::vector<ExceptionKind>{ExceptionKind::kAbsent}));
}

TEST(ClockInOut, TheInstanceFormUsesTheScheduledTimes) {
  ShiftInstance instance;
  instance.start = DateTime::At(Day(kDay), ClockTime::FromHm(9, 0));
  instance.end = DateTime::At(Day(kDay), ClockTime::FromHm(18, 0));
  Punch p;
  p.time = DateTime::At(Day(kDay), ClockTime::FromHm(14, 3));
  std::vector<Punch> punches = {p};
  std::vector<uint32_t> indexes = {0};
  ClockPair scheduled = ClockInOut(instance, punches, indexes);
  EXPECT_FALSE(scheduled.in);
  EXPECT_TRUE(scheduled.out);
  ClockPair expected =
      ClockInOut(DateTime::At(Day(kDay), ClockTime::FromHm(14, 0)), instance.end, punches, indexes);
  EXPECT_TRUE(expected.in);
  EXPECT_FALSE(expected.out);
}

}  // namespace
}  // namespace kefu
