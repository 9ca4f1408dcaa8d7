#include "rules/roster/holiday_roster.h"

#include <gtest/gtest.h>

#include "rules/roster/roster_test_support.h"

namespace kefu {
namespace {

using testing::Day;
using testing::RosterData;

// The calendar rows of shared/data/cn-calendar.csv around the cases below.
Calendar TestCalendar() {
  auto day = RosterData::Holiday;
  return Calendar({
      day("2023-09-29", DayKind::kStatutory, "中秋节、国庆节"),
      day("2023-09-30", DayKind::kHoliday, "中秋节、国庆节"),
      day("2023-10-01", DayKind::kStatutory, "国庆节、中秋节"),
      day("2023-10-02", DayKind::kStatutory, "国庆节"),
      day("2024-09-14", DayKind::kWorkday, "中秋节"),
      day("2024-09-15", DayKind::kHoliday, "中秋节"),
      day("2024-09-16", DayKind::kHoliday, "中秋节"),
      day("2024-09-17", DayKind::kStatutory, "中秋节"),
      day("2024-09-29", DayKind::kWorkday, "国庆节"),
      day("2024-10-01", DayKind::kStatutory, "国庆节"),
      day("2024-10-02", DayKind::kStatutory, "国庆节"),
      day("2024-10-03", DayKind::kStatutory, "国庆节"),
      day("2024-10-04", DayKind::kHoliday, "国庆节"),
      day("2024-10-05", DayKind::kHoliday, "国庆节"),
      day("2024-10-06", DayKind::kHoliday, "国庆节"),
      day("2024-10-07", DayKind::kHoliday, "国庆节"),
      day("2024-10-12", DayKind::kWorkday, "国庆节"),
      day("2025-01-01", DayKind::kStatutory, "元旦"),
      day("2025-01-26", DayKind::kWorkday, "春节"),
      day("2025-01-28", DayKind::kStatutory, "春节"),
      day("2025-01-29", DayKind::kStatutory, "春节"),
      day("2025-01-30", DayKind::kStatutory, "春节"),
      day("2025-01-31", DayKind::kStatutory, "春节"),
      day("2025-02-01", DayKind::kHoliday, "春节"),
      day("2025-02-02", DayKind::kHoliday, "春节"),
      day("2025-02-03", DayKind::kHoliday, "春节"),
      day("2025-02-04", DayKind::kHoliday, "春节"),
      day("2025-02-08", DayKind::kWorkday, "春节"),
  });
}

TEST(HolidayRosterDues, SevenDaysBeforeTheFirstDayOff) {
  std::vector<HolidayRosterDue> dues =
      HolidayRosterDues(TestCalendar(), Policy{}, Month::FromYm(2024, 10));
  ASSERT_EQ(dues.size(), 1u);
  EXPECT_EQ(dues[0].festival, "国庆节");
  EXPECT_EQ(dues[0].first_day, Day("2024-10-01"));
  EXPECT_EQ(dues[0].last_day, Day("2024-10-07"));
  EXPECT_EQ(dues[0].due, Day("2024-09-24"));
}

TEST(HolidayRosterDues, FestivalThatStartedInThePreviousMonthCountsFromTheMonthsFirstHolidayDay) {
  // 春节 days off run 01-28 … 02-04; the first holiday day of February is 02-01.
  std::vector<HolidayRosterDue> dues =
      HolidayRosterDues(TestCalendar(), Policy{}, Month::FromYm(2025, 2));
  ASSERT_EQ(dues.size(), 1u);
  EXPECT_EQ(dues[0].festival, "春节");
  EXPECT_EQ(dues[0].first_day, Day("2025-02-01"));
  EXPECT_EQ(dues[0].last_day, Day("2025-02-04"));
  EXPECT_EQ(dues[0].due, Day("2025-01-25"));
}

TEST(HolidayRosterDues, SeveralFestivalsInOneMonthByDueDate) {
  std::vector<HolidayRosterDue> dues =
      HolidayRosterDues(TestCalendar(), Policy{}, Month::FromYm(2025, 1));
  ASSERT_EQ(dues.size(), 2u);
  EXPECT_EQ(dues[0].festival, "元旦");
  EXPECT_EQ(dues[0].due, Day("2024-12-25"));
  EXPECT_EQ(dues[1].festival, "春节");
  EXPECT_EQ(dues[1].due, Day("2025-01-21"));
}

TEST(HolidayRosterDues, CombinedNamesAndTheRunAcrossTheMonthStart) {
  // The 国庆节 days off start on 2023-09-29 (中秋节、国庆节); October counts from its own first
  // holiday day, 10-01.
  std::vector<HolidayRosterDue> dues =
      HolidayRosterDues(TestCalendar(), Policy{}, Month::FromYm(2023, 10));
  ASSERT_EQ(dues.size(), 1u);
  EXPECT_EQ(dues[0].festival, "国庆节");
  EXPECT_EQ(dues[0].first_day, Day("2023-10-01"));
  EXPECT_EQ(dues[0].last_day, Day("2023-10-02"));
  EXPECT_EQ(dues[0].due, Day("2023-09-24"));
  // September 2023 counts from 09-29, a combined name that names 国庆节; its run goes on into
  // October.
  dues = HolidayRosterDues(TestCalendar(), Policy{}, Month::FromYm(2023, 9));
  ASSERT_EQ(dues.size(), 1u);
  EXPECT_EQ(dues[0].first_day, Day("2023-09-29"));
  EXPECT_EQ(dues[0].last_day, Day("2023-10-02"));
  EXPECT_EQ(dues[0].due, Day("2023-09-22"));
}

TEST(HolidayRosterDues, OnlyDaysOffOfThePolicyFestivals) {
  // September 2024: 中秋节 days off (not in the list) and a make-up working day named 国庆节.
  EXPECT_TRUE(HolidayRosterDues(TestCalendar(), Policy{}, Month::FromYm(2024, 9)).empty());
  EXPECT_TRUE(HolidayRosterDues(TestCalendar(), Policy{}, Month::FromYm(2024, 11)).empty());
}

TEST(HolidayRosterDues, ThePolicyDecidesFestivalsAndDays) {
  Policy policy;
  policy.holiday_roster_festivals = {"中秋节"};
  policy.holiday_roster_days_before = 10;
  std::vector<HolidayRosterDue> dues =
      HolidayRosterDues(TestCalendar(), policy, Month::FromYm(2024, 9));
  ASSERT_EQ(dues.size(), 1u);
  EXPECT_EQ(dues[0].first_day, Day("2024-09-15"));
  EXPECT_EQ(dues[0].due, Day("2024-09-05"));
}

}  // namespace
}  // namespace kefu
