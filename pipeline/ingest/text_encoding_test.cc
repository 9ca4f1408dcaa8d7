#include "ingest/text_encoding.h"

#include <gtest/gtest.h>

namespace kefu {
namespace {

TEST(Utf8, ValidAndInvalidSequences) {
  EXPECT_TRUE(IsValidUtf8("plain ascii"));
  EXPECT_TRUE(IsValidUtf8("客服部 ✓ 𠀀"));
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));          // overlong
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));      // surrogate
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));  // above U+10FFFF
  EXPECT_FALSE(IsValidUtf8("abc\xE5\xAE"));       // truncated
  EXPECT_EQ(FindInvalidUtf8("abcdefghij\xFF"), 10u);
}

TEST(DecodeText, Utf8WithAndWithoutBom) {
  auto with_bom = DecodeText("\xEF\xBB\xBF工号");
  ASSERT_TRUE(with_bom);
  EXPECT_EQ(with_bom->text, "工号");
  EXPECT_EQ(with_bom->encoding, TextEncoding::kUtf8);
  auto without = DecodeText("工号");
  ASSERT_TRUE(without);
  EXPECT_EQ(without->text, "工号");
}

TEST(DecodeText, GbkBytesAreDecodedAsGb18030) {
  // 工号,姓名 in GBK.
  auto decoded = DecodeText("\xB9\xA4\xBA\xC5,\xD0\xD5\xC3\xFB");
  ASSERT_TRUE(decoded);
  EXPECT_EQ(decoded->encoding, TextEncoding::kGb18030);
  EXPECT_EQ(decoded->text, "工号,姓名");
}

TEST(DecodeText, Gb18030FourByteSequence) {
  // U+3400 㐀 is 0x81 0x39 0xEE 0x39 in GB18030 (not in GBK).
  auto decoded = Gb18030ToUtf8("\x81\x39\xEE\x39");
  ASSERT_TRUE(decoded);
  EXPECT_EQ(*decoded, "\xE3\x90\x80");
}

TEST(DecodeText, NeitherUtf8NorGb18030) { EXPECT_FALSE(DecodeText("\x80\xFF\xFF")); }

}  // namespace
}  // namespace kefu
