#include "report/common/sheet_name.h"

#include <gtest/gtest.h>

namespace kefu {
namespace {

TEST(SheetName, ValidNames) {
  EXPECT_TRUE(IsValidSheetName("考勤汇总"));
  EXPECT_TRUE(IsValidSheetName("it's data"));
  EXPECT_TRUE(IsValidSheetName(std::string(31, 'a')));
  EXPECT_FALSE(IsValidSheetName(std::string(32, 'a')));
  EXPECT_FALSE(IsValidSheetName(""));
  EXPECT_FALSE(IsValidSheetName("HISTORY"));
  EXPECT_FALSE(IsValidSheetName("a\nb"));
  EXPECT_EQ(CodePointCount("考勤a"), 3u);
  EXPECT_EQ(SheetNameKey("Team Ａ"), SheetNameKey("team ａ"));
}

TEST(SheetName, SafeNameReplacesWhatExcelRefuses) {
  EXPECT_EQ(SafeSheetName("客服一组", {}), "客服一组");
  EXPECT_EQ(SafeSheetName("A/B: [x]*?\\", {}), "A_B_ _x____");
  EXPECT_EQ(SafeSheetName("'quoted'", {}), "quoted");
  EXPECT_EQ(SafeSheetName("'''", {}), "_");
  EXPECT_EQ(SafeSheetName("", {}), "_");
  EXPECT_EQ(SafeSheetName("tab\there", {}), "tab_here");
  EXPECT_EQ(SafeSheetName("bad\xff"
                          "byte",
                          {}),
            "bad_byte");
  EXPECT_EQ(SafeSheetName("history", {}), "history (2)");
}

TEST(SheetName, SafeNameCutsAtThirtyOneCodePoints) {
  std::string chinese;
  for (int i = 0; i < 40; ++i) chinese += "组";
  std::string name = SafeSheetName(chinese, {});
  EXPECT_EQ(CodePointCount(name), 31u);
  EXPECT_TRUE(IsValidSheetName(name));
  // A cut that would leave an apostrophe at the end drops it.
  EXPECT_EQ(SafeSheetName(std::string(30, 'a') + "'b", {}), std::string(30, 'a'));
}

TEST(SheetName, SafeNameIsUniqueIgnoringCase) {
  EXPECT_EQ(SafeSheetName("Team", {"team"}), "Team (2)");
  EXPECT_EQ(SafeSheetName("Team", {"team", "TEAM (2)"}), "Team (3)");
  std::string long_name(31, 'x');
  std::string second = SafeSheetName(long_name, {long_name});
  EXPECT_EQ(second, std::string(27, 'x') + " (2)");
  EXPECT_TRUE(IsValidSheetName(second));
  // Deterministic.
  EXPECT_EQ(SafeSheetName("Team", {"team"}), SafeSheetName("Team", {"team"}));
}

// Issue 11: team names that Excel would read as a number, a cell or a value are quoted wherever
// a formula or a defined name refers to the sheet (libxlsxwriter quoted only names with
// characters other than letters, digits, '_' and '.').
TEST(SheetName, QuotedWhereExcelWouldReadANumberACellOrAValue) {
  for (const char* bare :
       {"Summary", "Team_1", "Sheet1", "_x", "a.b", "ABCD1", "RC2D", "Rx", "TRUEish"}) {
    EXPECT_EQ(QuotedSheetName(bare), bare) << bare;
  }
  EXPECT_EQ(QuotedSheetName("1"), "'1'");
  EXPECT_EQ(QuotedSheetName("2024"), "'2024'");
  EXPECT_EQ(QuotedSheetName("A1"), "'A1'");
  EXPECT_EQ(QuotedSheetName("xfd1048576"), "'xfd1048576'");
  EXPECT_EQ(QuotedSheetName("R1C1"), "'R1C1'");
  EXPECT_EQ(QuotedSheetName("rc"), "'rc'");
  EXPECT_EQ(QuotedSheetName("R"), "'R'");
  EXPECT_EQ(QuotedSheetName("C12"), "'C12'");
  EXPECT_EQ(QuotedSheetName("R3C"), "'R3C'");
  EXPECT_EQ(QuotedSheetName("true"), "'true'");
  EXPECT_EQ(QuotedSheetName("FALSE"), "'FALSE'");
  EXPECT_EQ(QuotedSheetName("=客服部"), "'=客服部'");
  EXPECT_EQ(QuotedSheetName("一组"), "'一组'");
  EXPECT_EQ(QuotedSheetName("Team 1"), "'Team 1'");
  EXPECT_EQ(QuotedSheetName("O'Brien"), "'O''Brien'");
  EXPECT_EQ(QuotedSheetName(".x"), "'.x'");
}

}  // namespace
}  // namespace kefu
