#include "model/date.h"

#include <gtest/gtest.h>

namespace kefu {
namespace {

TEST(Date, RoundTripsEveryDayOfTwoCenturies) {
  Date d = Date::FromYmd(1900, 1, 1);
  ASSERT_TRUE(d.is_valid());
  for (int i = 0; i < 365 * 200 + 48; ++i, d = d.AddDays(1)) {
    ASSERT_EQ(Date::FromYmd(d.year(), d.month(), d.day()), d) << d.Iso();
  }
}

TEST(Date, KnownDaysAndInvalidOnes) {
  EXPECT_EQ(Date::FromYmd(1970, 1, 1).days(), 0);
  EXPECT_EQ(Date::FromYmd(2024, 2, 29).Iso(), "2024-02-29");
  EXPECT_FALSE(Date::FromYmd(2023, 2, 29).is_valid());
  EXPECT_FALSE(Date::FromYmd(1900, 2, 29).is_valid());
  EXPECT_TRUE(Date::FromYmd(2000, 2, 29).is_valid());
  EXPECT_FALSE(Date::FromYmd(2023, 4, 31).is_valid());
  EXPECT_EQ(Date::FromYmd(2024, 9, 16).iso_weekday(), 1);
}

TEST(Date, AddMonthsClampsToTheMonthEnd) {
  EXPECT_EQ(Date::FromYmd(2023, 1, 31).AddMonths(1), Date::FromYmd(2023, 2, 28));
  EXPECT_EQ(Date::FromYmd(2024, 1, 31).AddMonths(1), Date::FromYmd(2024, 2, 29));
  EXPECT_EQ(Date::FromYmd(2024, 3, 31).AddMonths(-1), Date::FromYmd(2024, 2, 29));
  EXPECT_EQ(Date::FromYmd(2024, 3, 30).AddMonths(3), Date::FromYmd(2024, 6, 30));
}

TEST(Month, QuarterAndPeriodArithmetic) {
  EXPECT_EQ(Month::FromYm(2024, 1).Plus(-1), Month::FromYm(2023, 12));
  EXPECT_EQ(Month::FromYm(2024, 2).LastDay(), Date::FromYmd(2024, 2, 29));
  EXPECT_EQ(Quarter::Of(Month::FromYm(2024, 9)).Iso(), "2024Q3");
  EXPECT_EQ(Quarter::FromYq(2024, 3).LastDay(), Date::FromYmd(2024, 9, 30));
  EXPECT_EQ(DateTime::At(Date::FromYmd(2024, 9, 1), 8 * 3600 + 5).Iso(), "2024-09-01 08:00:05");
}

}  // namespace
}  // namespace kefu
