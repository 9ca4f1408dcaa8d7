#include "publish/csv_writer.h"

#include <gtest/gtest.h>

namespace kefu {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

TEST(CsvWriter, BomHeaderAndCrLfAfterEveryRecord) {
  CsvTable table{{"employee_id", "name"}, {{"E001", "张三"}, {"E002", "李四"}}};
  CsvOutput out = RenderCsv(table);
  EXPECT_TRUE(out.bad_field.empty());
  EXPECT_EQ(out.bytes, std::string(kBom) + "employee_id,name\r\nE001,张三\r\nE002,李四\r\n");
}

TEST(CsvWriter, EmptyTableIsTheHeaderAlone) {
  EXPECT_EQ(RenderCsv(CsvTable{{"a", "b"}, {}}).bytes, std::string(kBom) + "a,b\r\n");
}

TEST(CsvWriter, QuotesFieldsWithCommaQuoteCrOrLf) {
  EXPECT_EQ(CsvField("plain"), "plain");
  EXPECT_EQ(CsvField(""), "");
  EXPECT_EQ(CsvField("a,b"), "\"a,b\"");
  EXPECT_EQ(CsvField("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(CsvField("line1\nline2"), "\"line1\nline2\"");
  EXPECT_EQ(CsvField("a\rb"), "\"a\rb\"");
  EXPECT_EQ(CsvField("R-H1;R-H2"), "R-H1;R-H2");
  CsvTable table{{"k", "v"}, {{"x,y", "\"q\""}, {"", "multi\r\nline"}}};
  EXPECT_EQ(RenderCsv(table).bytes,
            std::string(kBom) + "k,v\r\n\"x,y\",\"\"\"q\"\"\"\r\n,\"multi\r\nline\"\r\n");
}

TEST(CsvWriter, PrefixesFormulaLookingText) {
  EXPECT_EQ(CsvField("=SUM(A1:A9)"), "'=SUM(A1:A9)");
  EXPECT_EQ(CsvField("+86 138"), "'+86 138");
  EXPECT_EQ(CsvField("-cmd"), "'-cmd");
  EXPECT_EQ(CsvField("@SUM(1)"), "'@SUM(1)");
  EXPECT_EQ(CsvField("\tlead"), "'\tlead");
  EXPECT_EQ(CsvField("\rlead"), "\"'\rlead\"");
  EXPECT_EQ(CsvField("=1,2"), "\"'=1,2\"");
  EXPECT_EQ(CsvField("=\"x\""), "\"'=\"\"x\"\"\"");
  EXPECT_EQ(CsvField("-"), "'-");
  EXPECT_EQ(CsvField("-1e5"), "'-1e5");
  EXPECT_EQ(CsvField("-3-2"), "'-3-2");
  EXPECT_EQ(CsvField("+3"), "'+3");
  // Only the first character counts.
  EXPECT_EQ(CsvField("a=b"), "a=b");
  EXPECT_EQ(CsvField("2023-06-05"), "2023-06-05");
}

TEST(CsvWriter, PlainNumbersStayNumbers) {
  EXPECT_EQ(CsvField("-3"), "-3");
  EXPECT_EQ(CsvField("-0.5"), "-0.5");
  EXPECT_EQ(CsvField("-120.25"), "-120.25");
  EXPECT_EQ(CsvField("0"), "0");
  EXPECT_EQ(CsvField("12.5"), "12.5");
  EXPECT_TRUE(IsPlainNumber("-3"));
  EXPECT_TRUE(IsPlainNumber("7"));
  EXPECT_FALSE(IsPlainNumber("-"));
  EXPECT_FALSE(IsPlainNumber("-.5"));
  EXPECT_FALSE(IsPlainNumber("-5."));
  EXPECT_FALSE(IsPlainNumber("--5"));
  EXPECT_FALSE(IsPlainNumber("-5 "));
  CsvTable table{{"id", "delta", "note"}, {{"E1", "-3", "-late"}, {"E2", "-0.5", "=1+1"}}};
  EXPECT_EQ(RenderCsv(table).bytes,
            std::string(kBom) + "id,delta,note\r\nE1,-3,'-late\r\nE2,-0.5,'=1+1\r\n");
}

TEST(CsvWriter, InvalidUtf8IsReportedNotWritten) {
  CsvTable table{{"a", "b"}, {{"ok", "ok"}, {"ok", "bad\xff"}}};
  CsvOutput out = RenderCsv(table);
  EXPECT_EQ(out.bad_field, "B3");
}

}  // namespace
}  // namespace kefu
