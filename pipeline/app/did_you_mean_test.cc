#include "app/did_you_mean.h"

#include <gtest/gtest.h>

#include <array>

namespace kefu {
namespace {

TEST(DidYouMean, EditDistanceCountsSwapsAsOne) {
  EXPECT_EQ(EditDistance("input", "input"), 0u);
  EXPECT_EQ(EditDistance("inptu", "input"), 1u);
  EXPECT_EQ(EditDistance("chek", "check"), 1u);
  EXPECT_EQ(EditDistance("", "run"), 3u);
}

TEST(DidYouMean, SuggestsOnlyCloseWords) {
  constexpr std::array<std::string_view, 4> kWords = {"check", "attendance", "roster", "run"};
  EXPECT_EQ(ClosestMatch("chekc", kWords), "check");
  EXPECT_EQ(ClosestMatch("attendence", kWords), "attendance");
  EXPECT_EQ(ClosestMatch("rn", kWords), "run");
  EXPECT_FALSE(ClosestMatch("frobnicate", kWords));
}

}  // namespace
}  // namespace kefu
