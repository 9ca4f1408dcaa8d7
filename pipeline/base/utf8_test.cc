#include "base/utf8.h"

#include <gtest/gtest.h>

namespace kefu {
namespace {

TEST(ToValidUtf8, KeepsValidTextAndShowsEachBadByteAsReplacementCharacter) {
  EXPECT_EQ(ToValidUtf8("门禁 E001"), "门禁 E001");
  EXPECT_EQ(ToValidUtf8(""), "");
  // A surrogate decoded into bytes (what pugixml made of &#xdada;): three bad bytes.
  EXPECT_EQ(ToValidUtf8("07:2\xED\xAB\x9A"), "07:2\uFFFD\uFFFD\uFFFD");
  // A character cut short at the end, GBK bytes, an overlong slash.
  EXPECT_EQ(ToValidUtf8("门\xE7\xA6"), "门\uFFFD\uFFFD");
  EXPECT_EQ(ToValidUtf8("\xC3\xC5x"), "\uFFFD\uFFFDx");
  EXPECT_EQ(ToValidUtf8("\xC0\xAF"), "\uFFFD\uFFFD");
  EXPECT_TRUE(IsValidUtf8(ToValidUtf8("\xFF\xFE\xF4\x90\x80\x80")));
}

}  // namespace
}  // namespace kefu
