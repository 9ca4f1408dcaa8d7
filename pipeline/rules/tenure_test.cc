#include "rules/tenure.h"

#include <gtest/gtest.h>

#include "rules/roster_test_support.h"

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

}  // namespace
}  // namespace kefu
