#include "ingest/personal_data.h"

#include <gtest/gtest.h>

namespace kefu {
namespace {

TEST(Masking, TheRulesForms) {
  EXPECT_EQ(MaskIdNumber("11010519491231002X"), "110105********002X");
  EXPECT_EQ(MaskPhone("13812345678"), "138****5678");
  EXPECT_EQ(MaskPhone("+86 138 1234 5678"), "138****5678");
  EXPECT_EQ(MaskBankCard("6222 0212 3456 7890 123"), "**** 0123");
}

TEST(Masking, ShortOrMalformedValuesAreMaskedEntirely) {
  EXPECT_EQ(MaskIdNumber("1.10105E+17"), "********");
  EXPECT_EQ(MaskIdNumber("1234"), "****");
  EXPECT_EQ(MaskPhone("139"), "***");
  EXPECT_EQ(MaskPhone("010-12345678"), "********");
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

}  // namespace
}  // namespace kefu
