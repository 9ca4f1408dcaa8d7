#include "rules/promotion/promotion_definitions.h"

#include <gtest/gtest.h>

#include "rules/promotion/promotion_test_data.h"

namespace kefu {
namespace {

using testing::D;
using testing::M;
using testing::Q;

TEST(RatingOf, PolicyBands) {
  Policy p;
  EXPECT_EQ(RatingOf(900, p), Rating::kExcellent);
  EXPECT_EQ(RatingOf(899, p), Rating::kGood);
  EXPECT_EQ(RatingOf(800, p), Rating::kGood);
  EXPECT_EQ(RatingOf(799, p), Rating::kPass);
  EXPECT_EQ(RatingOf(600, p), Rating::kPass);
  EXPECT_EQ(RatingOf(599, p), Rating::kFail);
  p.rating_good_tenths = 850;
  EXPECT_EQ(RatingOf(849, p), Rating::kPass);
}

TEST(QuartersIn, OnlyWholeQuartersThatHaveEnded) {
  MonthWindow six = WindowEnding(M("2024-09"), 6);
  EXPECT_EQ(QuartersIn(six, D("2024-09-30")), (std::vector<Quarter>{Q("2024Q2"), Q("2024Q3")}));
  // The as-of date inside September: 2024Q3 has not ended yet.
  EXPECT_EQ(QuartersIn(six, D("2024-09-29")), (std::vector<Quarter>{Q("2024Q2")}));
  // A window that is not aligned to quarters holds only the quarters wholly inside it.
  EXPECT_EQ(QuartersIn(WindowEnding(M("2024-08"), 6), D("2024-08-31")),
            (std::vector<Quarter>{Q("2024Q2")}));
  EXPECT_EQ(QuartersIn(WindowEnding(M("2024-09"), 12), D("2024-09-30")),
            (std::vector<Quarter>{Q("2023Q4"), Q("2024Q1"), Q("2024Q2"), Q("2024Q3")}));
  EXPECT_TRUE(QuartersIn(WindowEnding(M("2024-08"), 3), D("2024-08-31")).empty());
}

TEST(StartsOnOrAfter, AfterPromotionPeriods) {
  // rules.md "after promotion": periods that *start* on or after grade_since.
  EXPECT_TRUE(StartsOnOrAfter(M("2024-05"), D("2024-05-01")));
  EXPECT_FALSE(StartsOnOrAfter(M("2024-05"), D("2024-05-02")));
  EXPECT_FALSE(StartsOnOrAfter(Q("2024Q2"), D("2024-05-01")));
  EXPECT_TRUE(StartsOnOrAfter(Q("2024Q3"), D("2024-05-01")));
  EXPECT_TRUE(StartsOnOrAfter(Q("2024Q3"), D("2024-07-01")));
}

TEST(TakesDecision, EveryoneNotLeftOnOrBeforeAsOf) {
  Dataset data = testing::DatasetBuilder()
                     .Add("A", Grade::kJ, "2023-01-01", "", "客服部", "2024-09-30")
                     .Add("B", Grade::kJ, "2023-01-01", "", "客服部", "2024-10-01")
                     .Add("C", Grade::kJ, "2023-01-01", "", "客服部", "-")
                     .Add("D", Grade::kJ, "2024-10-01")
                     .Add("E", Grade::kJ, "2024-09-30")
                     .Build();
  Date as_of = D("2024-09-30");
  EXPECT_FALSE(TakesDecision(data.employees[0], as_of));  // left on the as-of date
  EXPECT_TRUE(TakesDecision(data.employees[1], as_of));   // left the day after
  EXPECT_FALSE(TakesDecision(data.employees[2], as_of));  // left without a date
  // outputs.md: one row per employee who has not left on or before the as-of date, so someone
  // hired after it takes a decision too.
  EXPECT_TRUE(TakesDecision(data.employees[3], as_of));  // not yet hired
  EXPECT_TRUE(TakesDecision(data.employees[4], as_of));  // hired on the as-of date
}

TEST(DepartmentIndex, DenseSortedIndexes) {
  Dataset data = testing::DatasetBuilder()
                     .Add("A", Grade::kJ, "2023-01-01", "", "乙部")
                     .Add("B", Grade::kJ, "2023-01-01", "", "甲部")
                     .Add("C", Grade::kJ, "2023-01-01", "", "乙部")
                     .Build();
  DepartmentIndex index = DepartmentIndex::Build(data);
  ASSERT_EQ(index.names.size(), 2u);
  EXPECT_EQ(index.of_employee[0], index.of_employee[2]);
  EXPECT_NE(index.of_employee[0], index.of_employee[1]);
  EXPECT_EQ(index.names[index.of_employee[1]], "甲部");
}

}  // namespace
}  // namespace kefu
