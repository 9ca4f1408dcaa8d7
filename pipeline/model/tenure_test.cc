#include "model/tenure.h"

#include <gtest/gtest.h>

#include "rules/roster/roster_test_support.h"

namespace kefu {
namespace {

using testing::Day;

TEST(TenureInMonths, CountsWholeMonths) {
  EXPECT_EQ(TenureInMonths(Day("2019-03-01"), Day("2025-02-01")), 71);
  EXPECT_EQ(TenureInMonths(Day("2019-03-02"), Day("2025-02-01")), 70);
  EXPECT_EQ(TenureInMonths(Day("2015-09-01"), Day("2024-10-01")), 109);
}

TEST(TenureInMonths, ClampsMonthEnds) {
  // 2024-08-31 + 5 months = 2025-01-31 ≤ 2025-02-01; + 6 months = 2025-02-28 (clamped) > it.
  EXPECT_EQ(TenureInMonths(Day("2024-08-31"), Day("2025-02-01")), 5);
  EXPECT_EQ(TenureInMonths(Day("2024-08-31"), Day("2025-02-28")), 6);
  // 01-31 + 1 month = 02-29 in a leap year.
  EXPECT_EQ(TenureInMonths(Day("2024-01-31"), Day("2024-02-29")), 1);
  EXPECT_EQ(TenureInMonths(Day("2024-01-31"), Day("2024-02-28")), 0);
}

TEST(TenureInMonths, ZeroOnAndBeforeTheHireDate) {
  EXPECT_EQ(TenureInMonths(Day("2025-02-01"), Day("2025-02-01")), 0);
  EXPECT_EQ(TenureInMonths(Day("2025-02-15"), Day("2025-02-01")), 0);
}

TEST(TenureInMonths, PromotionWindowCases) {
  // rules.md: the largest n with hire + n months ≤ as-of; 03-31 + 6 months = 09-30 (clamped).
  EXPECT_EQ(TenureInMonths(Day("2024-03-31"), Day("2024-09-30")), 6);
  EXPECT_EQ(TenureInMonths(Day("2024-03-31"), Day("2024-09-29")), 5);
  // Exactly three months, and one day short.
  EXPECT_EQ(TenureInMonths(Day("2024-06-30"), Day("2024-09-30")), 3);
  EXPECT_EQ(TenureInMonths(Day("2024-07-01"), Day("2024-09-30")), 2);
  // 01-31 + 1 month = 02-28 (or 02-29 in a leap year).
  EXPECT_EQ(TenureInMonths(Day("2023-01-31"), Day("2023-02-28")), 1);
  EXPECT_EQ(TenureInMonths(Day("2023-01-31"), Day("2023-02-27")), 0);
  EXPECT_EQ(TenureInMonths(Day("2024-01-31"), Day("2024-02-29")), 1);
  EXPECT_EQ(TenureInMonths(Day("2024-01-31"), Day("2024-02-28")), 0);
  EXPECT_EQ(TenureInMonths(Day("2022-08-15"), Day("2024-09-30")), 25);
  EXPECT_EQ(TenureInMonths(Day("2024-09-30"), Day("2024-09-30")), 0);
  EXPECT_EQ(TenureInMonths(Day("2024-10-01"), Day("2024-09-30")), 0);
}

}  // namespace
}  // namespace kefu
