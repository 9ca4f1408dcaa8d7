#include "rules/roster/roster_coverage.h"

#include <gtest/gtest.h>

#include "rules/roster/roster_test_support.h"

namespace kefu {
namespace {

using testing::Day;
using testing::RosterData;

const Month kFeb = Month::FromYm(2025, 2);

// February 2025: 02-01…04 春节 days off, 02-08 (Saturday) a make-up working day, so 19 working
// days (05…08, 10…14, 17…21, 24…28) and 9 rest days (01…04, 09, 15, 16, 22, 23).
RosterData February() {
  RosterData b;
  b.CalendarDays({RosterData::Holiday("2025-02-01", DayKind::kHoliday, "春节"),
                  RosterData::Holiday("2025-02-02", DayKind::kHoliday, "春节"),
                  RosterData::Holiday("2025-02-03", DayKind::kHoliday, "春节"),
                  RosterData::Holiday("2025-02-04", DayKind::kHoliday, "春节"),
                  RosterData::Holiday("2025-02-08", DayKind::kWorkday, "春节")});
  return b;
}

const char* kWorkingDays[] = {"2025-02-05", "2025-02-06", "2025-02-07", "2025-02-08", "2025-02-10",
                              "2025-02-11", "2025-02-12", "2025-02-13", "2025-02-14", "2025-02-17",
                              "2025-02-18", "2025-02-19", "2025-02-20", "2025-02-21", "2025-02-24",
                              "2025-02-25", "2025-02-26", "2025-02-27", "2025-02-28"};

const ShiftCoverage& Of(const RosterCoverage& c, const RosterData& b, const char* code) {
  return c.shifts[static_cast<size_t>(b.ShiftOf(code))];
}

TEST(ComputeCoverage, CountsPeoplePerShiftAndDay) {
  RosterData b = February();
  EmployeeIndex e1 = b.AddEmployee("E01", "一组", "2020-01-01");
  EmployeeIndex e2 = b.AddEmployee("E02", "一组", "2020-01-01", "2025-02-10");
  EmployeeIndex e3 = b.AddEmployee("E03", "一组", "2025-02-15");
  b.ScheduleRange(e1, "2025-02-01", "2025-02-28", "A");
  b.Schedule(e2, "2025-02-01", "A");
  b.Schedule(e2, "2025-02-12", "A");  // after leaving: not counted
  b.Schedule(e3, "2025-02-14", "A");  // before joining: not counted
  b.Schedule(e3, "2025-02-15", "C");
  const Dataset& data = b.Done();
  RosterGrid grid = BuildRosterGrid(data, kFeb);
  RosterCoverage c = ComputeCoverage(data, grid);
  ASSERT_EQ(c.shifts.size(), data.shifts.size());
  const ShiftCoverage& a = Of(c, b, "A");
  EXPECT_EQ(a.staff[0], 2);
  EXPECT_EQ(a.staff[11], 1);
  EXPECT_EQ(a.staff[13], 1);
  EXPECT_EQ(a.Total(), 29);
  EXPECT_EQ(Of(c, b, "C").staff[14], 1);
  EXPECT_EQ(Of(c, b, "C").Total(), 1);
}

TEST(ComputeCoverage, ADueShiftWithNobodyIsUncovered) {
  RosterData b = February();
  EmployeeIndex e1 = b.AddEmployee("E01", "一组", "2020-01-01");
  EmployeeIndex e2 = b.AddEmployee("E02", "日班", "2020-01-01");
  b.ScheduleRange(e1, "2025-02-01", "2025-02-28", "B");
  b.Change(e1, "2025-02-20", "B", "休", "2025-02-15");
  for (const char* d : kWorkingDays) b.Schedule(e2, d, "D");
  b.Change(e2, "2025-02-25", "D", "A", nullptr);   // D has nobody on a working day
  b.Change(e2, "2025-02-23", "休", "D", nullptr);  // one Sunday of D: still not due on rest days
  b.Schedule(e1, "2025-02-06", "E");               // not B: a double shift of a rare shift
  const Dataset& data = b.Done();
  RosterCoverage c = ComputeCoverage(data, BuildRosterGrid(data, kFeb));

  const ShiftCoverage& shift_b = Of(c, b, "B");
  EXPECT_TRUE(shift_b.due_on_working_days);
  EXPECT_TRUE(shift_b.due_on_rest_days);
  EXPECT_EQ(shift_b.staff[19], 0);
  for (size_t d = 0; d < 28; ++d) EXPECT_EQ(shift_b.uncovered[d], d == 19) << d;

  const ShiftCoverage& shift_d = Of(c, b, "D");
  EXPECT_TRUE(shift_d.due_on_working_days);
  EXPECT_FALSE(shift_d.due_on_rest_days);
  EXPECT_EQ(shift_d.staff[22], 1);  // the Sunday
  for (size_t d = 0; d < 28; ++d) EXPECT_EQ(shift_d.uncovered[d], d == 24) << d;
  EXPECT_FALSE(shift_d.uncovered[7]) << "02-08 is a make-up working day and staffed";
  // The block marks every day with nobody, due or not: D on 02-22 (Saturday, not due) and on
  // 02-25 (due) alike; the Sunday it is staffed is not marked.
  for (size_t d = 0; d < 28; ++d) EXPECT_EQ(shift_d.Unstaffed(d), shift_d.staff[d] == 0) << d;
  EXPECT_TRUE(shift_d.Unstaffed(21));
  EXPECT_FALSE(shift_d.uncovered[21]);
  EXPECT_TRUE(shift_d.Unstaffed(24));
  EXPECT_FALSE(shift_d.Unstaffed(22));

  const ShiftCoverage& shift_e = Of(c, b, "E");
  EXPECT_FALSE(shift_e.due_on_working_days);
  EXPECT_FALSE(shift_e.due_on_rest_days);
  const ShiftCoverage& shift_c = Of(c, b, "C");
  EXPECT_FALSE(shift_c.due_on_working_days);
  for (bool u : shift_c.uncovered) EXPECT_FALSE(u);
  for (size_t d = 0; d < 28; ++d) EXPECT_TRUE(shift_c.Unstaffed(d)) << "C is never used: " << d;
}

TEST(ComputeCoverage, MoreThanHalfOfTheDaysMakesAShiftDue) {
  RosterData b = February();
  EmployeeIndex e1 = b.AddEmployee("E01", "一组", "2020-01-01");
  // C on 9 of the 19 working days: not due; on 10: due.
  for (int i = 0; i < 9; ++i) b.Schedule(e1, kWorkingDays[i], "C");
  const Dataset& data = b.Done();
  EXPECT_FALSE(Of(ComputeCoverage(data, BuildRosterGrid(data, kFeb)), b, "C").due_on_working_days);

  RosterData b2 = February();
  EmployeeIndex e2 = b2.AddEmployee("E01", "一组", "2020-01-01");
  for (int i = 0; i < 10; ++i) b2.Schedule(e2, kWorkingDays[i], "C");
  const Dataset& data2 = b2.Done();
  RosterCoverage c2 = ComputeCoverage(data2, BuildRosterGrid(data2, kFeb));
  EXPECT_TRUE(Of(c2, b2, "C").due_on_working_days);
  EXPECT_TRUE(Of(c2, b2, "C").uncovered[19]);  // 02-20: a working day without C
  EXPECT_FALSE(Of(c2, b2, "C").uncovered[0]);  // 02-01: a rest day
}

}  // namespace
}  // namespace kefu
