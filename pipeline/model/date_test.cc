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

TEST(DateParse, ReadsExactlyWhatIsoWrites) {
  EXPECT_EQ(Date::Parse("2024-02-29"), Date::FromYmd(2024, 2, 29));
  EXPECT_EQ(Date::Parse("1970-01-01"), Date::FromDays(0));
  for (Date d = Date::FromYmd(2023, 12, 25); d <= Date::FromYmd(2024, 3, 5); d = d.AddDays(1)) {
    EXPECT_EQ(Date::Parse(d.Iso()), d);
  }
  for (const char* text :
       {"2023-02-29", "2023-13-01", "2023-00-10", "2023-6-5", "2023/06/05", "2023-06-05 ",
        " 2023-06-05", "2023-06-05T", "20230605", "", "abcd-ef-gh", "2023-06-0x"}) {
    EXPECT_EQ(Date::Parse(text), std::nullopt) << text;
  }
}

TEST(MonthAndQuarterParse, ReadExactlyWhatIsoWrites) {
  EXPECT_EQ(Month::Parse("2024-09"), Month::FromYm(2024, 9));
  EXPECT_EQ(Month::Parse(Month::FromYm(1999, 12).Iso()), Month::FromYm(1999, 12));
  for (const char* text : {"2024-9", "2024-13", "2024-00", "2024/09", "2024-09-01", "202409", ""}) {
    EXPECT_EQ(Month::Parse(text), std::nullopt) << text;
  }
  EXPECT_EQ(Quarter::Parse("2024Q3"), Quarter::FromYq(2024, 3));
  EXPECT_EQ(Quarter::Parse(Quarter::FromYq(2023, 1).Iso()), Quarter::FromYq(2023, 1));
  for (const char* text : {"2024Q0", "2024Q5", "2024q3", "2024-Q3", "2024年第3季度", "2024Q", ""}) {
    EXPECT_EQ(Quarter::Parse(text), std::nullopt) << text;
  }
}

TEST(ClockAndDateTimeParse, ReadExactlyWhatHhmmAndIsoWrite) {
  EXPECT_EQ(ClockTime::Parse("07:05"), ClockTime::FromHm(7, 5));
  EXPECT_EQ(ClockTime::Parse("23:59"), ClockTime::FromHm(23, 59));
  for (const char* text : {"24:00", "7:05", "07:60", "07:05:00", "0705", ""}) {
    EXPECT_EQ(ClockTime::Parse(text), std::nullopt) << text;
  }
  const Date day = Date::FromYmd(2024, 9, 2);
  EXPECT_EQ(DateTime::Parse("2024-09-02 07:58"), DateTime::At(day, ClockTime::FromHm(7, 58)));
  EXPECT_EQ(DateTime::Parse("2024-09-02 07:58:12"), DateTime::At(day, 7 * 3600 + 58 * 60 + 12));
  DateTime with_seconds = DateTime::At(day, 8 * 3600 + 1 * 60 + 30);
  EXPECT_EQ(DateTime::Parse(with_seconds.Iso()), with_seconds);
  for (const char* text : {"2024-09-02T07:58", "2024-09-02 7:58", "2024-09-02 07:58:60",
                           "2024-09-02", "2024-09-02 ", "2024-09-31 07:58"}) {
    EXPECT_EQ(DateTime::Parse(text), std::nullopt) << text;
  }
}

}  // namespace
}  // namespace kefu
