#include "ingest/field_parsers.h"

#include <gtest/gtest.h>

namespace kefu {
namespace {

TEST(ParseDate, AcceptsTheThreeSpellings) {
  EXPECT_EQ(ParseDate("2023-06-05"), Date::FromYmd(2023, 6, 5));
  EXPECT_EQ(ParseDate("2023/6/5"), Date::FromYmd(2023, 6, 5));
  EXPECT_EQ(ParseDate("2023.6.5"), Date::FromYmd(2023, 6, 5));
  EXPECT_EQ(ParseDate("2024/02/29"), Date::FromYmd(2024, 2, 29));
}

TEST(ParseDate, RejectsImpossibleAndMixedDates) {
  EXPECT_FALSE(ParseDate("2023-02-30"));
  EXPECT_FALSE(ParseDate("2023-02-29"));
  EXPECT_FALSE(ParseDate("2023-13-01"));
  EXPECT_FALSE(ParseDate("2023-06/05"));
  EXPECT_FALSE(ParseDate("23-06-05"));
  EXPECT_FALSE(ParseDate("2023-06-05 "));
  EXPECT_FALSE(ParseDate("2023-006-05"));
  EXPECT_FALSE(ParseDate("2100-01-01"));
  EXPECT_FALSE(ParseDate(""));
}

TEST(ParseClock, AcceptsHourMinuteAndSeconds) {
  EXPECT_EQ(ParseClockSeconds("8:01"), 8 * 3600 + 60);
  EXPECT_EQ(ParseClockSeconds("08:01"), 8 * 3600 + 60);
  EXPECT_EQ(ParseClockSeconds("08:01:30"), 8 * 3600 + 90);
  EXPECT_EQ(ParseClock("23:59"), ClockTime::FromHm(23, 59));
}

TEST(ParseClock, RejectsImpossibleTimes) {
  EXPECT_FALSE(ParseClockSeconds("25:61"));
  EXPECT_FALSE(ParseClockSeconds("24:00"));
  EXPECT_FALSE(ParseClockSeconds("8:1"));
  EXPECT_FALSE(ParseClockSeconds("08:01:60"));
  EXPECT_FALSE(ParseClock("08:01:30"));  // shift times have no seconds
}

TEST(WhyNotClock, SecondsAreAFormatErrorOnlyWhereNotAllowed) {
  EXPECT_EQ(WhyNotClock("08:01:30"), TimeTextError::kFormat);
  EXPECT_EQ(WhyNotClockSeconds("08:01:30"), TimeTextError::kNone);
  EXPECT_EQ(WhyNotClockSeconds("08:01:61"), TimeTextError::kNoSuchTime);
  EXPECT_EQ(WhyNotClockSeconds("08:1"), TimeTextError::kFormat);
}

TEST(IsRestDayCode, RestInEveryAsciiCaseOfOff) {
  for (std::string_view code : {"休", "OFF", "off", "Off", "oFf"}) EXPECT_TRUE(IsRestDayCode(code));
  for (std::string_view code : {"", "OF", "OFF1", "A", "休息"}) EXPECT_FALSE(IsRestDayCode(code));
}

TEST(ParseDateTime, DateSpaceClock) {
  EXPECT_EQ(ParseDateTime("2023-06-01 07:58"),
            DateTime::At(Date::FromYmd(2023, 6, 1), ClockTime::FromHm(7, 58)));
  EXPECT_EQ(ParseDateTime("2023/6/1 8:07:12"),
            DateTime::At(Date::FromYmd(2023, 6, 1), 8 * 3600 + 7 * 60 + 12));
  EXPECT_FALSE(ParseDateTime("2023-06-01"));
  EXPECT_FALSE(ParseDateTime("2023-06-01 25:61"));
}

TEST(ParseMonthAndQuarter, AllSpellings) {
  EXPECT_EQ(ParseMonth("2023-06"), Month::FromYm(2023, 6));
  EXPECT_EQ(ParseMonth("2023/6"), Month::FromYm(2023, 6));
  EXPECT_FALSE(ParseMonth("2023-13"));
  EXPECT_EQ(ParseQuarter("2023Q2"), Quarter::FromYq(2023, 2));
  EXPECT_EQ(ParseQuarter("2023-Q2"), Quarter::FromYq(2023, 2));
  EXPECT_EQ(ParseQuarter("2023年第2季度"), Quarter::FromYq(2023, 2));
  EXPECT_FALSE(ParseQuarter("2023Q5"));
  EXPECT_FALSE(ParseQuarter("2023年第5季度"));
}

TEST(ParseBool, TrueFalseAndEmpty) {
  for (const char* t : {"1", "true", "YES", "y", "是", "✓", "√"})
    EXPECT_EQ(ParseBool(t), true) << t;
  for (const char* f : {"0", "false", "No", "n", "否", "×", "x", ""})
    EXPECT_EQ(ParseBool(f), false) << f;
  EXPECT_FALSE(ParseBool("maybe"));
}

TEST(ParseTenths, OneDecimalAtMost) {
  EXPECT_EQ(ParseTenths("85"), 850);
  EXPECT_EQ(ParseTenths("85.5"), 855);
  EXPECT_EQ(ParseTenths("85.50"), 855);
  EXPECT_EQ(ParseTenths("-3"), -30);
  EXPECT_FALSE(ParseTenths("85.55"));
  EXPECT_FALSE(ParseTenths("85,5"));
  EXPECT_FALSE(ParseTenths("abc"));
}

TEST(ParseGrade, CodesAndChineseNames) {
  EXPECT_EQ(ParseGrade("P"), Grade::kP);
  EXPECT_EQ(ParseGrade("r"), Grade::kR);
  EXPECT_EQ(ParseGrade("试用"), Grade::kP);
  EXPECT_EQ(ParseGrade("新客服(试用)"), Grade::kP);
  EXPECT_EQ(ParseGrade("初级客服"), Grade::kJ);
  EXPECT_EQ(ParseGrade("中级"), Grade::kM);
  EXPECT_EQ(ParseGrade("高级客服"), Grade::kS);
  EXPECT_EQ(ParseGrade("储备主管"), Grade::kR);
  EXPECT_FALSE(ParseGrade("X"));
  EXPECT_FALSE(ParseGrade("主管"));
}

TEST(EmployeeId, SafeAsFileName) {
  EXPECT_TRUE(IsSafeEmployeeId("E001"));
  EXPECT_TRUE(IsSafeEmployeeId("kf-01_a"));
  EXPECT_FALSE(IsSafeEmployeeId("../etc"));
  EXPECT_FALSE(IsSafeEmployeeId("E0/4"));
  EXPECT_FALSE(IsSafeEmployeeId(""));
  EXPECT_FALSE(IsSafeEmployeeId(std::string(33, 'a')));
  EXPECT_FALSE(IsSafeEmployeeId("工号1"));
}

TEST(TrimField, AsciiAndIdeographicSpace) {
  EXPECT_EQ(TrimField("  a b \t"), "a b");
  EXPECT_EQ(TrimField("\xE3\x80\x80张三\xE3\x80\x80"), "张三");
}

}  // namespace
}  // namespace kefu

namespace kefu {
namespace {

TEST(IsCleanText, ControlCharactersAnywhereInLongText) {
  std::string text(40, 'a');
  EXPECT_TRUE(IsCleanText(text));
  EXPECT_TRUE(IsCleanText("客服部\t备注\r\n第二行"));
  for (size_t at : {0u, 7u, 8u, 15u, 39u}) {
    for (char bad : {'\0', '\x01', '\x1f', '\x7f'}) {
      std::string t = text;
      t[at] = bad;
      EXPECT_FALSE(IsCleanText(t)) << at << " " << int(bad);
    }
  }
}

}  // namespace
}  // namespace kefu
