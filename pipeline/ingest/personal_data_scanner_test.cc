#include "ingest/personal_data_scanner.h"

#include <gtest/gtest.h>

#include "base/utf8.h"

namespace kefu {
namespace {

// Masked as expected, and scanning the result changes nothing more.
void ExpectMasked(std::string_view text, std::string_view expected) {
  SCOPED_TRACE(std::string(text));
  std::string masked = MaskPersonalData(text);
  EXPECT_EQ(masked, expected);
  EXPECT_EQ(MaskPersonalData(masked), masked) << "not idempotent";
  EXPECT_TRUE(IsValidUtf8(masked));
}

void ExpectUnchanged(std::string_view text) {
  std::string masked;
  EXPECT_FALSE(FindPersonalData(text, &masked)) << text << " → " << masked;
}

TEST(PersonalDataScanner, MobileNumbersInEveryWriting) {
  ExpectMasked("13812345678", "138****5678");
  ExpectMasked("客户电话13812345678，已回访", "客户电话138****5678，已回访");
  ExpectMasked("138 1234 5678", "138****5678");
  ExpectMasked("133  1234  5678", "133****5678");
  ExpectMasked("133.2345.6789", "133****6789");
  ExpectMasked("138-1234-5678", "138****5678");
  ExpectMasked("138—1234—5678", "138****5678");
  ExpectMasked("１３８１２３４５６７８", "138****5678");
  ExpectMasked("１３８　１２３４　５６７８", "138****5678");
  ExpectMasked("tel:+86 138 1234 5678.", "tel:+86 138****5678.");
  ExpectMasked("+8613812345678", "+86138****5678");
  ExpectMasked("＋８６１３８１２３４５６７８", "＋８６138****5678");
  ExpectMasked("0086 138-1234-5678", "0086 138****5678");
  ExpectMasked("008613812345678", "0086138****5678");
  ExpectMasked("8613812345678", "86138****5678");
  ExpectMasked("kf13812345678", "kf138****5678");
  ExpectMasked("13812345678 13912345678", "138****5678 139****5678");
  ExpectMasked("13812345678,13912345678", "138****5678,139****5678");
  ExpectMasked("13812345678\n13912345678", "138****5678\n139****5678");
}

TEST(PersonalDataScanner, IdNumbers) {
  ExpectMasked("11010519491231002X", "110105********002X");
  ExpectMasked("身份证11010519491231002x号", "身份证110105********002X号");
  ExpectMasked("440301199003071230", "440301********1230");
  ExpectMasked("110105 19491231 002X", "110105********002X");
  ExpectMasked("440301-19900307-1230", "440301********1230");
  ExpectMasked("１１０１０５１９４９１２３１００２Ｘ", "110105********002X");
  ExpectMasked("old 110105491231002 id", "old 110105*****1002 id");
  // 17 digits and an X that belongs to a word are no ID number.
  ExpectUnchanged("11010519491231002XL");
}

TEST(PersonalDataScanner, BankCards) {
  ExpectMasked("6222021234567894", "**** 7894");
  ExpectMasked("卡号 6228 4800 1234 5678 903 工资卡", "卡号 **** 8903 工资卡");
  ExpectMasked("6228-4800-1234-5678-903", "**** 8903");
  ExpectMasked("６２２２０２１２３４５６７８９４", "**** 7894");
  ExpectMasked("4111 1111 1111 1111", "**** 1111");
  // Sixteen digits that fail the Luhn check are no card.
  ExpectUnchanged("6222021234567895");
}

TEST(PersonalDataScanner, EmailAddresses) {
  ExpectMasked("zhang.wei1988@example.com", "z***@example.com");
  ExpectMasked("联系 li_na@mail.kefu-demo.cn 或电话", "联系 l***@mail.kefu-demo.cn 或电话");
  // Numbers are masked first, then the address keeps the first character of what is left.
  ExpectMasked("13812345678@qq.com", "138****5***@qq.com");
  ExpectMasked("a@b.com, c@d.org", "a***@b.com, c***@d.org");
  ExpectMasked("a@b.com@c.com", "a***@b.com@c.com");
  ExpectUnchanged("@某人 请回复");
  ExpectUnchanged("user@localhost");
  ExpectUnchanged("z***@example.com");
}

TEST(PersonalDataScanner, LeavesWhatIsNoPersonalData) {
  for (const char* text : {
           "2024-09-26",
           "2024/9/26 8:01",
           "2024-09-26 08:01:30",
           "2024.09.26 08:01:30",
           "2024-09-26T08:01:30",
           "20240926",
           "20240926080130",
           "20240926080130101",  // a compact timestamp that happens to pass the Luhn check
           "2024-08-26 … 2024-09-25",
           "07:00-15:00",
           "E0012345678",
           "E00123456789",
           "1,234.50 元",
           "12345678.90",
           "87.5 92.0 88.5 79",
           "共 120 次, 30 分钟",
           "192.168.100.200",
           "10.8.2.32",
           "12345678901",
           "1234567890123456789012",
           "A>B 2024-09-12 15:05",
           "第3季度 2024Q3",
           "138****5678",
           "110105********002X",
           "**** 7894",
           "+86 138****5678",
           "0086138****5678",
           "工号E0012345678于2024-09-26 08:30到岗",
       }) {
    ExpectUnchanged(text);
  }
}

TEST(PersonalDataScanner, WhatAMaskKeepsNeverHidesOrMakesANumber) {
  // The kept digits of a mask beside other digits that make no number: nothing more is found.
  ExpectUnchanged("138****5678 1234 567");
  ExpectUnchanged("**** 7894 12 34");
  // Where they do make one, it is masked too, and a second scan finds nothing more.
  ExpectMasked("**** 1381 2345678", "**** 138****5678");
  ExpectMasked("6222021234567894 1381 2345678", "**** 7894 138****5678");
  // Found by the fuzzer: a card whose kept digits meet the next groups of the run.
  ExpectMasked("7*890456-7890-123-456-7890-123-7890-1113", "7***** **** 1113");
  // Stars written in front of a real number hide nothing.
  ExpectMasked("*13812345678", "*138****5678");
  ExpectMasked("*138 1234 5678", "*138****5678");
  ExpectMasked("**** 6222 0212 3456 7894", "**** **** 7894");
}

TEST(PersonalDataScanner, InvalidUtf8IsScannedWithoutHarm) {
  std::string text =
      "\xFF"
      "13812345678"
      "\xE5";
  EXPECT_EQ(MaskPersonalData(text),
            "\xFF"
            "138****5678"
            "\xE5");
}

}  // namespace
}  // namespace kefu
