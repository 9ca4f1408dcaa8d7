#include "ingest/xlsx_number_format.h"

#include <gtest/gtest.h>

namespace kefu {
namespace {

std::string Serial(double serial, NumberFormatKind kind, DateSystem system = DateSystem::k1900) {
  std::string out = "[";
  if (!AppendSerialText(serial, kind, system, &out)) return "not a date";
  return out.substr(1);
}

std::string Number(double value) {
  std::string out;
  AppendNumberText(value, &out);
  return out;
}

TEST(XlsxNumberFormat, BuiltInIds) {
  EXPECT_EQ(BuiltInFormatKind(0), NumberFormatKind::kNumber);   // General
  EXPECT_EQ(BuiltInFormatKind(2), NumberFormatKind::kNumber);   // 0.00
  EXPECT_EQ(BuiltInFormatKind(9), NumberFormatKind::kNumber);   // 0%
  EXPECT_EQ(BuiltInFormatKind(49), NumberFormatKind::kNumber);  // @
  for (uint32_t id : {14u, 15u, 16u, 17u})
    EXPECT_EQ(BuiltInFormatKind(id), NumberFormatKind::kDate);
  for (uint32_t id : {18u, 19u, 20u, 21u, 45u, 47u}) {
    EXPECT_EQ(BuiltInFormatKind(id), NumberFormatKind::kTime) << id;
  }
  EXPECT_EQ(BuiltInFormatKind(22), NumberFormatKind::kDateTime);  // m/d/yy h:mm
  EXPECT_EQ(BuiltInFormatKind(46), NumberFormatKind::kDuration);  // [h]:mm:ss
  // East-Asian built-ins (zh-CN): 31 yyyy"年"m"月"d"日", 32 h"时"mm"分", 58 m"月"d"日".
  EXPECT_EQ(BuiltInFormatKind(31), NumberFormatKind::kDate);
  EXPECT_EQ(BuiltInFormatKind(32), NumberFormatKind::kTime);
  EXPECT_EQ(BuiltInFormatKind(58), NumberFormatKind::kDate);
  EXPECT_EQ(BuiltInFormatKind(37), NumberFormatKind::kNumber);  // #,##0 ;(#,##0)
}

TEST(XlsxNumberFormat, CustomCodes) {
  EXPECT_EQ(FormatCodeKind("yyyy-mm-dd"), NumberFormatKind::kDate);
  EXPECT_EQ(FormatCodeKind("yyyy\\-mm\\-dd\\ hh:mm:ss"),
            NumberFormatKind::kDateTime);  // LibreOffice
  EXPECT_EQ(FormatCodeKind("yyyy\"年\"m\"月\"d\"日\""), NumberFormatKind::kDate);
  EXPECT_EQ(FormatCodeKind("[$-804]yyyy\"年\"m\"月\"d\"日\" dddd"), NumberFormatKind::kDate);
  EXPECT_EQ(FormatCodeKind("h:mm"), NumberFormatKind::kTime);
  EXPECT_EQ(FormatCodeKind("mm:ss"), NumberFormatKind::kTime);  // m beside s is minutes
  EXPECT_EQ(FormatCodeKind("mmm"), NumberFormatKind::kDate);    // m alone is a month
  EXPECT_EQ(FormatCodeKind("h:mm AM/PM"), NumberFormatKind::kTime);
  EXPECT_EQ(FormatCodeKind("[h]:mm:ss"), NumberFormatKind::kDuration);
  EXPECT_EQ(FormatCodeKind("m/d/yy h:mm"), NumberFormatKind::kDateTime);
  // Not dates: letters in quotes, escaped, in brackets, the E of a scientific format, General.
  EXPECT_EQ(FormatCodeKind("General"), NumberFormatKind::kNumber);
  EXPECT_EQ(FormatCodeKind("0.00E+00"), NumberFormatKind::kNumber);
  EXPECT_EQ(FormatCodeKind("0.0 \"days\""), NumberFormatKind::kNumber);
  EXPECT_EQ(FormatCodeKind("[Red]#,##0.00;[Blue]-#,##0.00"), NumberFormatKind::kNumber);
  EXPECT_EQ(FormatCodeKind("#,##0\\d"), NumberFormatKind::kNumber);
  EXPECT_EQ(FormatCodeKind("_-* #,##0_-;-* #,##0_-;_-* \"-\"_-;_-@_-"), NumberFormatKind::kNumber);
  EXPECT_EQ(FormatCodeKind("[DBNum1][$-804]General"), NumberFormatKind::kNumber);
  EXPECT_EQ(FormatCodeKind("@"), NumberFormatKind::kNumber);
}

TEST(XlsxNumberFormat, Dates1900IncludingThePhantomLeapDay) {
  EXPECT_EQ(Serial(1, NumberFormatKind::kDate), "1900-01-01");
  EXPECT_EQ(Serial(59, NumberFormatKind::kDate), "1900-02-28");
  EXPECT_EQ(Serial(60, NumberFormatKind::kDate), "1900-02-29");  // Excel's bug, as Excel shows it
  EXPECT_EQ(Serial(61, NumberFormatKind::kDate), "1900-03-01");
  EXPECT_EQ(Serial(45537, NumberFormatKind::kDate), "2024-09-02");
  EXPECT_EQ(Serial(2958465, NumberFormatKind::kDate), "9999-12-31");
  EXPECT_EQ(Serial(2958466, NumberFormatKind::kDate), "not a date");
  EXPECT_EQ(Serial(0, NumberFormatKind::kDate), "not a date");  // Excel shows 1900-01-00
  EXPECT_EQ(Serial(-1, NumberFormatKind::kDate), "not a date");
  EXPECT_EQ(Serial(45537, NumberFormatKind::kNumber), "not a date");
}

TEST(XlsxNumberFormat, Dates1904) {
  EXPECT_EQ(Serial(0, NumberFormatKind::kDate, DateSystem::k1904), "1904-01-01");
  EXPECT_EQ(Serial(1, NumberFormatKind::kDate, DateSystem::k1904), "1904-01-02");
  // 1,462 days between the systems' origins.
  EXPECT_EQ(Serial(45537 - 1462, NumberFormatKind::kDate, DateSystem::k1904), "2024-09-02");
  EXPECT_EQ(Serial(44075.5, NumberFormatKind::kDateTime, DateSystem::k1904), "2024-09-02 12:00:00");
}

TEST(XlsxNumberFormat, TimesRoundToTheNearestSecond) {
  EXPECT_EQ(Serial(0.3541666666666667, NumberFormatKind::kTime), "08:30:00");
  EXPECT_EQ(Serial(0.333333333, NumberFormatKind::kTime), "08:00:00");  // not 07:59:59
  EXPECT_EQ(Serial(45537.33208333333, NumberFormatKind::kDateTime), "2024-09-02 07:58:12");
  EXPECT_EQ(Serial(45537.3320833333, NumberFormatKind::kDateTime), "2024-09-02 07:58:12");
  // A time format shows the time of day, whatever the date.
  EXPECT_EQ(Serial(45537.75, NumberFormatKind::kTime), "18:00:00");
  // A hair below midnight is midnight of the next day, for a date as for a date and time.
  EXPECT_EQ(Serial(45537.9999999999, NumberFormatKind::kDateTime), "2024-09-03 00:00:00");
  EXPECT_EQ(Serial(45537.9999999999, NumberFormatKind::kDate), "2024-09-03");
  EXPECT_EQ(Serial(1.5, NumberFormatKind::kDuration), "36:00:00");
}

TEST(XlsxNumberFormat, PlainNumbers) {
  EXPECT_EQ(Number(85), "85");
  EXPECT_EQ(Number(85.5), "85.5");
  EXPECT_EQ(Number(-3), "-3");
  EXPECT_EQ(Number(-0.0), "0");
  EXPECT_EQ(Number(0.25), "0.25");
  EXPECT_EQ(Number(13800138000), "13800138000");
  EXPECT_EQ(Number(0.1 + 0.2), "0.3");  // 15 significant digits, as Excel shows it
  EXPECT_EQ(Number(85.49999999999999), "85.5");
  EXPECT_EQ(Number(999999999999999), "999999999999999");
  EXPECT_EQ(Number(1.101051990010112e+17), "1.10105199001011e+17");
}

}  // namespace
}  // namespace kefu
