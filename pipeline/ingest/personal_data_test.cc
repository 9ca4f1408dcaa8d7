#include "ingest/personal_data.h"

#include <gtest/gtest.h>

namespace kefu {
namespace {

TEST(Masking, TheRulesForms) {
  EXPECT_EQ(MaskIdNumber("11010519491231002X"), "110105********002X");
  EXPECT_EQ(MaskIdNumber("110105491231002"), "110105*****1002");
  EXPECT_EQ(MaskPhone("13812345678"), "138****5678");
  EXPECT_EQ(MaskPhone("+86 138 1234 5678"), "138****5678");
  EXPECT_EQ(MaskBankCard("6222 0212 3456 7890 123"), "**** 0123");
}

TEST(Masking, WrittenWithSeparatorsOrFullWidthDigits) {
  EXPECT_EQ(MaskPhone("133.2345.6789"), "133****6789");
  EXPECT_EQ(MaskPhone("0086-138-1234-5678"), "138****5678");
  EXPECT_EQ(MaskPhone("１３８　１２３４　５６７８"), "138****5678");
  EXPECT_EQ(MaskIdNumber("１１０１０５１９４９１２３１００２ｘ"), "110105********002X");
  EXPECT_EQ(MaskIdNumber("110105 19491231 002X"), "110105********002X");
  EXPECT_EQ(MaskBankCard("6222-0212-3456-7894"), "**** 7894");
}

TEST(Masking, ShortOrMalformedValuesAreMaskedEntirely) {
  EXPECT_EQ(MaskIdNumber("1.10105E+17"), "********");
  EXPECT_EQ(MaskIdNumber("1234"), "****");
  EXPECT_EQ(MaskIdNumber("1101051949X231002"), "********");  // an X inside
  EXPECT_EQ(MaskPhone("139"), "***");
  EXPECT_EQ(MaskPhone("010-12345678"), "********");
  EXPECT_EQ(MaskPhone("138 1234 5678 ext"), "********");
  EXPECT_EQ(MaskBankCard("1234"), "****");
}

TEST(IdNumber, CheckDigitOfGb11643) {
  EXPECT_EQ(CheckIdNumber("11010519491231002X"), IdNumberCheck::kValid);
  EXPECT_EQ(CheckIdNumber("110105194912310021"), IdNumberCheck::kBadChecksum);
  EXPECT_EQ(CheckIdNumber("1.10105E+17"), IdNumberCheck::kENotation);
  EXPECT_EQ(CheckIdNumber("110105E17"), IdNumberCheck::kENotation);
  EXPECT_EQ(CheckIdNumber("11010519491231"), IdNumberCheck::kBadFormat);
  EXPECT_EQ(CheckIdNumber("110105491231002"), IdNumberCheck::kValid);  // 15-digit old form
}

TEST(NumberChars, DigitsSeparatorsAndTheRest) {
  EXPECT_EQ(ReadNumberChar("７", 0).kind, NumberCharKind::kDigit);
  EXPECT_EQ(ReadNumberChar("７", 0).digit, '7');
  EXPECT_EQ(ReadNumberChar("７", 0).bytes, 3u);
  EXPECT_EQ(ReadNumberChar("　", 0).kind, NumberCharKind::kSeparator);
  EXPECT_EQ(ReadNumberChar("—", 0).kind, NumberCharKind::kSeparator);
  EXPECT_EQ(ReadNumberChar("＋", 0).kind, NumberCharKind::kPlus);
  EXPECT_EQ(ReadNumberChar("Ｘ", 0).kind, NumberCharKind::kX);
  EXPECT_EQ(ReadNumberChar("号", 0).kind, NumberCharKind::kOther);
  EXPECT_EQ(ReadNumberChar("号", 0).bytes, 3u);
  EXPECT_EQ(ReadNumberChar("\xE5", 0).bytes, 1u);  // cut off: one byte, never past the end
  EXPECT_EQ(ReadNumberChar("\xE5\x8F", 0).bytes, 2u);
}

}  // namespace
}  // namespace kefu
