#include "rules/roster/roster_checks.h"

#include <gtest/gtest.h>

#include "rules/roster/roster_test_support.h"

namespace kefu {
namespace {

using testing::Day;
using testing::RosterData;

const Month kFeb = Month::FromYm(2025, 2);

RosterCheckResult Check(const Dataset& data) {
  RosterGrid grid = BuildRosterGrid(data, kFeb);
  return CheckRoster(data, grid, ComputeCoverage(data, grid));
}

std::vector<RosterCheck> Kinds(const RosterCheckResult& r) {
  std::vector<RosterCheck> kinds;
  for (const RosterFinding& f : r.findings) kinds.push_back(f.check);
  return kinds;
}

TEST(CheckRoster, AnEmployeeWithoutShiftsIsListedWithTheEmployeeRow) {
  RosterData b;
  EmployeeIndex e1 = b.AddEmployee("E01", "一组", "2020-01-01");
  b.AddEmployee("E02", "一组", "2020-01-01");
  b.AddEmployee("E03", "一组", "2020-01-01", "2025-01-31");  // left before: not on the roster
  b.Schedule(e1, "2025-02-03", "A");
  const Dataset& data = b.Done();
  RosterCheckResult r = Check(data);
  ASSERT_EQ(Kinds(r), (std::vector<RosterCheck>{RosterCheck::kNoShifts}));
  EXPECT_EQ(r.findings[0].employee, 1u);
  EXPECT_EQ(r.findings[0].date, Day("2025-02-01"));
  ASSERT_EQ(r.issues.size(), 1u);
  const Diagnostic& d = r.issues[0];
  EXPECT_EQ(d.severity, Severity::kWarning);
  EXPECT_EQ(d.reason, Reason::kRosterNoShifts);
  EXPECT_EQ(d.type, RecordType::kEmployees);
  EXPECT_EQ(d.file, "employees.csv");
  EXPECT_EQ(d.line, 3u);
  EXPECT_EQ(d.args, (std::vector<std::string>{"2025-02"}));
  EXPECT_EQ(d.original, "E02");
}

TEST(CheckRoster, ShortRestAfterThePreviousMonthsLastShift) {
  RosterData b;
  EmployeeIndex e1 = b.AddEmployee("E01", "一组", "2020-01-01");
  EmployeeIndex e2 = b.AddEmployee("E02", "一组", "2020-01-01");
  b.Schedule(e1, "2025-01-31", "C");  // ends 02-01 07:00
  b.Schedule(e1, "2025-02-01", "A");  // starts 02-01 07:00: 0 h of rest
  b.Schedule(e2, "2025-01-31", "B");  // ends 23:00
  b.Schedule(e2, "2025-02-01", "A");  // 07:00: exactly 8 h, the minimum: fine
  b.Schedule(e2, "2025-02-01", "B");  // a double shift A + B: 0 h between them
  const Dataset& data = b.Done();
  RosterCheckResult r = Check(data);
  ASSERT_EQ(Kinds(r), (std::vector<RosterCheck>{RosterCheck::kShortRest, RosterCheck::kShortRest}));
  const RosterFinding& f = r.findings[0];
  EXPECT_EQ(f.employee, e1);
  EXPECT_EQ(f.date, Day("2025-02-01"));
  EXPECT_EQ(f.shift, b.ShiftOf("A"));
  EXPECT_EQ(f.previous_date, Day("2025-01-31"));
  EXPECT_EQ(f.previous_shift, b.ShiftOf("C"));
  EXPECT_EQ(f.minutes, 0);
  EXPECT_EQ(f.source_type, RecordType::kSchedule);
  EXPECT_EQ(r.findings[1].employee, e2);
  EXPECT_EQ(r.findings[1].shift, b.ShiftOf("B"));
  EXPECT_EQ(r.findings[1].previous_shift, b.ShiftOf("A"));
  ASSERT_EQ(r.issues.size(), 2u);
  EXPECT_EQ(r.issues[0].reason, Reason::kRosterShortRest);
  EXPECT_EQ(r.issues[0].field, "shift");
  EXPECT_EQ(r.issues[0].args, (std::vector<std::string>{"2025-01-31", "C", "0.0", "8"}));
  EXPECT_EQ(r.issues[0].original, "E01 2025-02-01 A");
}

TEST(CheckRoster, TheMinimumRestComesFromThePolicy) {
  RosterData b;
  EmployeeIndex e1 = b.AddEmployee("E01", "一组", "2020-01-01");
  b.Schedule(e1, "2025-02-02", "B");
  b.Schedule(e1, "2025-02-03", "A");  // 8 h
  b.policy().min_rest_hours = 9;
  RosterCheckResult r = Check(b.Done());
  ASSERT_EQ(Kinds(r), (std::vector<RosterCheck>{RosterCheck::kShortRest}));
  EXPECT_EQ(r.findings[0].minutes, 480);
  EXPECT_EQ(r.issues[0].args, (std::vector<std::string>{"2025-02-02", "B", "8.0", "9"}));
}

TEST(CheckRoster, AnOverlapIsListedOnceAsAnOverlap) {
  RosterData b;
  EmployeeIndex e1 = b.AddEmployee("E01", "一组", "2020-01-01");
  b.Schedule(e1, "2025-02-05", "C");  // 23:00 → 02-06 07:00
  b.Schedule(e1, "2025-02-06", "E");  // 06:00 → 14:00
  b.Schedule(e1, "2025-02-06", "D");  // 09:00 → 18:00, inside C's successor E
  const Dataset& data = b.Done();
  RosterCheckResult r = Check(data);
  ASSERT_EQ(Kinds(r), (std::vector<RosterCheck>{RosterCheck::kOverlap, RosterCheck::kOverlap}));
  EXPECT_EQ(r.findings[0].shift, b.ShiftOf("E"));
  EXPECT_EQ(r.findings[0].previous_shift, b.ShiftOf("C"));
  EXPECT_EQ(r.findings[0].minutes, 60);
  EXPECT_EQ(r.findings[1].shift, b.ShiftOf("D"));
  EXPECT_EQ(r.findings[1].previous_shift, b.ShiftOf("E"));
  EXPECT_EQ(r.findings[1].minutes, 300);
  EXPECT_EQ(r.issues[0].reason, Reason::kRosterOverlap);
  EXPECT_EQ(r.issues[0].args, (std::vector<std::string>{"2025-02-05", "C", "1.0"}));
}

TEST(CheckRoster, PairsWhoseLaterShiftIsInThePreviousMonthAreThatMonthsBusiness) {
  RosterData b;
  EmployeeIndex e1 = b.AddEmployee("E01", "一组", "2020-01-01");
  b.Schedule(e1, "2025-01-30", "C");
  b.Schedule(e1, "2025-01-31", "A");  // 0 h rest, but in January
  b.Schedule(e1, "2025-02-01", "A");
  EXPECT_TRUE(Check(b.Done()).findings.empty());
}

TEST(CheckRoster, ShiftsOutsideEmployment) {
  RosterData b;
  EmployeeIndex left = b.AddEmployee("E01", "一组", "2020-01-01", "2025-02-10");
  EmployeeIndex no_date = b.AddEmployee("E02", "一组", "2020-01-01", nullptr, true);
  EmployeeIndex joins = b.AddEmployee("E03", "一组", "2025-02-15");
  b.Schedule(left, "2025-02-10", "A");  // the last day employed: fine
  b.Schedule(left, "2025-02-12", "B");
  b.Schedule(left, "2025-02-13", "休");  // a rest day is no shift
  b.Schedule(no_date, "2025-02-03", "A");
  b.Schedule(joins, "2025-02-14", "D");
  b.Schedule(joins, "2025-02-17", "D");
  b.Schedule(left, "2025-03-01", "A");  // next month: not this roster's business
  const Dataset& data = b.Done();
  RosterCheckResult r = Check(data);
  ASSERT_EQ(Kinds(r),
            (std::vector<RosterCheck>{RosterCheck::kAfterLeaving, RosterCheck::kAfterLeaving,
                                      RosterCheck::kBeforeHire}));
  EXPECT_EQ(r.findings[0].employee, left);
  EXPECT_EQ(r.findings[0].date, Day("2025-02-12"));
  EXPECT_EQ(r.findings[0].shift, b.ShiftOf("B"));
  EXPECT_EQ(r.findings[1].employee, no_date);
  EXPECT_EQ(r.findings[2].employee, joins);
  ASSERT_EQ(r.issues.size(), 3u);
  EXPECT_EQ(r.issues[0].reason, Reason::kRosterAfterLeaving);
  EXPECT_EQ(r.issues[0].args, (std::vector<std::string>{"2025-02-10"}));
  EXPECT_EQ(r.issues[0].field, "date");
  EXPECT_EQ(r.issues[0].file, "schedule.csv");
  EXPECT_EQ(r.issues[1].reason, Reason::kRosterLeftWithoutDate);
  EXPECT_EQ(r.issues[2].reason, Reason::kScheduleOutsideEmployment);
  EXPECT_EQ(r.issues[2].original, "E03 2025-02-14 D");
}

TEST(CheckRoster, UnapprovedChangesAreListedWithoutAnIssue) {
  RosterData b;
  EmployeeIndex e1 = b.AddEmployee("E01", "一组", "2020-01-01");
  EmployeeIndex e2 = b.AddEmployee("E02", "一组", "2020-01-01");
  b.ScheduleRange(e1, "2025-02-01", "2025-02-28", "A");
  b.ScheduleRange(e2, "2025-02-01", "2025-02-28", "A");  // A stays covered
  b.Change(e1, "2025-02-10", "A", "休", "2025-02-09");   // approved the day before: fine
  b.Change(e1, "2025-02-11", "A", "休", "2025-02-11");   // approved on the day: unapproved
  b.Change(e1, "2025-02-12", "A", "D", nullptr);
  const Dataset& data = b.Done();
  RosterCheckResult r = Check(data);
  ASSERT_EQ(Kinds(r), (std::vector<RosterCheck>{RosterCheck::kUnapprovedChange,
                                                RosterCheck::kUnapprovedChange}));
  EXPECT_EQ(r.findings[0].date, Day("2025-02-11"));
  EXPECT_EQ(r.findings[0].shift, kRestDay);
  EXPECT_EQ(r.findings[1].shift, b.ShiftOf("D"));
  EXPECT_EQ(r.findings[1].source_type, RecordType::kScheduleChanges);
  ASSERT_NE(r.findings[1].change, nullptr);
  EXPECT_TRUE(r.issues.empty());
}

TEST(CheckRoster, UncoveredShiftsComeLastByDate) {
  RosterData b;
  EmployeeIndex e1 = b.AddEmployee("E01", "一组", "2020-01-01");
  EmployeeIndex e2 = b.AddEmployee("E02", "一组", "2020-01-01");
  b.ScheduleRange(e1, "2025-02-01", "2025-02-28", "B");
  b.ScheduleRange(e2, "2025-02-01", "2025-02-28", "A");
  b.Change(e1, "2025-02-20", "B", "休", "2025-02-15");
  b.Change(e2, "2025-02-03", "A", "休", nullptr);
  const Dataset& data = b.Done();
  RosterCheckResult r = Check(data);
  ASSERT_EQ(Kinds(r), (std::vector<RosterCheck>{RosterCheck::kUnapprovedChange,
                                                RosterCheck::kUncovered, RosterCheck::kUncovered}));
  EXPECT_FALSE(r.findings[1].has_employee);
  EXPECT_EQ(r.findings[1].date, Day("2025-02-03"));
  EXPECT_EQ(r.findings[1].shift, b.ShiftOf("A"));
  EXPECT_EQ(r.findings[2].date, Day("2025-02-20"));
  EXPECT_EQ(r.findings[2].shift, b.ShiftOf("B"));
  EXPECT_EQ(r.findings[2].start, DateTime::At(Day("2025-02-20"), ClockTime::FromHm(15, 0)));
}

TEST(CheckRoster, FindingsAreSortedByEmployeeDateAndCheck) {
  RosterData b;
  EmployeeIndex e1 = b.AddEmployee("E01", "一组", "2020-01-01", "2025-02-10");
  b.AddEmployee("E02", "一组", "2020-01-01");  // no shifts
  b.Schedule(e1, "2025-01-31", "C");
  b.Schedule(e1, "2025-02-01", "A");
  b.Schedule(e1, "2025-02-05", "C");
  b.Schedule(e1, "2025-02-06", "E");
  b.Schedule(e1, "2025-02-12", "B");
  const Dataset& data = b.Done();
  RosterCheckResult r = Check(data);
  ASSERT_EQ(Kinds(r),
            (std::vector<RosterCheck>{RosterCheck::kShortRest, RosterCheck::kOverlap,
                                      RosterCheck::kAfterLeaving, RosterCheck::kNoShifts}));
  ASSERT_EQ(r.issues.size(), 4u);
  EXPECT_EQ(r.issues[0].reason, Reason::kRosterShortRest);
  EXPECT_EQ(r.issues[1].reason, Reason::kRosterOverlap);
  EXPECT_EQ(r.issues[2].reason, Reason::kRosterAfterLeaving);
  EXPECT_EQ(r.issues[3].reason, Reason::kRosterNoShifts);
}

}  // namespace
}  // namespace kefu
