#include "rules/roster/roster_grid.h"

#include <gtest/gtest.h>

#include "rules/roster/roster_test_support.h"

namespace kefu {
namespace {

using testing::Day;
using testing::RosterData;

const Month kFeb = Month::FromYm(2025, 2);

TEST(EmployedOn, LeftDateIsTheLastDayEmployed) {
  Employee e;
  e.hire_date = Day("2025-02-15");
  EXPECT_FALSE(EmployedOn(e, Day("2025-02-14")));
  EXPECT_TRUE(EmployedOn(e, Day("2025-02-15")));
  e.left = true;
  e.left_date = Day("2025-02-20");
  EXPECT_TRUE(EmployedOn(e, Day("2025-02-20")));
  EXPECT_FALSE(EmployedOn(e, Day("2025-02-21")));
  e.left_date = Date();  // left without a date: counts as left
  EXPECT_FALSE(EmployedOn(e, Day("2025-02-15")));
}

TEST(BuildRosterGrid, EmployeesOfTheMonthGroupedByTeamInOrderOfFirstAppearance) {
  RosterData b;
  b.AddEmployee("E01", "二组", "2020-01-01");
  b.AddEmployee("E02", "", "2020-01-01");
  b.AddEmployee("E03", "一组", "2020-01-01");
  b.AddEmployee("E04", "二组", "2020-01-01");
  b.AddEmployee("E05", "一组", "2020-01-01", "2025-01-31");   // left before February
  b.AddEmployee("E06", "一组", "2020-01-01", nullptr, true);  // left without a date
  b.AddEmployee("E07", "一组", "2025-03-01");                 // joins after February
  b.AddEmployee("E08", "一组", "2025-02-28");                 // joins on the last day
  const Dataset& data = b.Done();
  RosterGrid grid = BuildRosterGrid(data, kFeb);
  EXPECT_EQ(grid.teams, (std::vector<std::string>{"二组", "一组", ""}));
  std::vector<std::string> ids;
  for (const RosterRow& row : grid.rows) ids.push_back(data.employees[row.employee].id);
  EXPECT_EQ(ids, (std::vector<std::string>{"E01", "E04", "E03", "E08", "E02"}));
  EXPECT_EQ(grid.RowsOfTeam("一组", data), (std::vector<size_t>{2, 3}));
  EXPECT_EQ(grid.days.first, Day("2025-02-01"));
  EXPECT_EQ(grid.days.Days(), 28);
  const RosterRow& late = grid.rows[3];
  EXPECT_FALSE(late.days[26].employed);
  EXPECT_TRUE(late.days[27].employed);
}

TEST(BuildRosterGrid, CellsHoldTheShiftsAfterChangesAndWhatTheyReplaced) {
  RosterData b;
  EmployeeIndex e = b.AddEmployee("E01", "一组", "2020-01-01");
  b.Schedule(e, "2025-02-01", "B");
  b.Schedule(e, "2025-02-02", "休");
  b.Schedule(e, "2025-02-03", "A");
  b.Schedule(e, "2025-02-28", "C");
  b.Change(e, "2025-02-01", "B", "休", "2025-01-20");  // to a rest day
  b.Change(e, "2025-02-02", "休", "D", nullptr);       // from a rest day, unapproved
  const Dataset& data = b.Done();
  RosterGrid grid = BuildRosterGrid(data, kFeb);
  ASSERT_EQ(grid.rows.size(), 1u);
  const RosterRow& row = grid.rows[0];
  EXPECT_TRUE(row.days[0].shifts.empty());
  ASSERT_NE(row.days[0].change, nullptr);
  EXPECT_EQ(row.days[0].original, (std::vector<ShiftIndex>{b.ShiftOf("B")}));
  EXPECT_EQ(row.days[1].shifts, (std::vector<ShiftIndex>{b.ShiftOf("D")}));
  EXPECT_TRUE(row.days[1].original.empty());
  EXPECT_EQ(row.days[2].shifts, (std::vector<ShiftIndex>{b.ShiftOf("A")}));
  EXPECT_EQ(row.days[2].change, nullptr);
  // The night shift of the last day belongs to the day it starts.
  EXPECT_EQ(row.days[27].shifts, (std::vector<ShiftIndex>{b.ShiftOf("C")}));
  EXPECT_EQ(row.ShiftCount(), 3);
}

TEST(BuildRosterGrid, ShiftsOnDaysNotEmployedAreNotCounted) {
  RosterData b;
  EmployeeIndex e = b.AddEmployee("E01", "一组", "2020-01-01", "2025-02-10");
  b.Schedule(e, "2025-02-10", "A");
  b.Schedule(e, "2025-02-12", "B");
  const Dataset& data = b.Done();
  RosterGrid grid = BuildRosterGrid(data, kFeb);
  ASSERT_EQ(grid.rows.size(), 1u);
  EXPECT_FALSE(grid.rows[0].days[11].employed);
  EXPECT_EQ(grid.rows[0].ShiftCount(), 1);
}

}  // namespace
}  // namespace kefu
