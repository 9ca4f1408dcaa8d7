#include "rules/promotion/promotion_ranking.h"

#include <gtest/gtest.h>

#include "rules/promotion/promotion_test_data.h"

namespace kefu {
namespace {

using testing::D;
using testing::DatasetBuilder;
using testing::M;

// The rank of `id`'s score in `month`, or -1 when there is no score.
int RankOf(const Dataset& data, const MonthlyRanking& ranking, const std::string& id,
           const std::string& month) {
  EmployeeIndex e = *data.FindEmployee(id);
  for (const MonthlyScore& s : data.ScoresOf(e)) {
    if (s.month == M(month)) return ranking.RankAt(static_cast<size_t>(&s - data.scores.data()));
  }
  return -1;
}

TEST(MonthlyRanking, TiesShareARankAndTheNextSkips) {
  Dataset data = DatasetBuilder()
                     .Add("A", Grade::kJ, "2023-01-01")
                     .Add("B", Grade::kJ, "2023-01-01")
                     .Add("C", Grade::kM, "2023-01-01")
                     .Add("D", Grade::kS, "2023-01-01")
                     .Score("A", "2024-07", 95)
                     .Score("B", "2024-07", 90.5)
                     .Score("C", "2024-07", 90.5)
                     .Score("D", "2024-07", 88)
                     .Build();
  DepartmentIndex departments = DepartmentIndex::Build(data);
  MonthlyRanking ranking(data, departments);
  EXPECT_EQ(RankOf(data, ranking, "A", "2024-07"), 1);
  EXPECT_EQ(RankOf(data, ranking, "B", "2024-07"), 2);
  EXPECT_EQ(RankOf(data, ranking, "C", "2024-07"), 2);
  EXPECT_EQ(RankOf(data, ranking, "D", "2024-07"), 4);
  EXPECT_EQ(ranking.RankedAt(0), 4);
}

TEST(MonthlyRanking, ReserveSupervisorsTakeNoRank) {
  // 篇2 四.4.H: R takes no part in the assessment, however high the score.
  Dataset data = DatasetBuilder()
                     .Add("A", Grade::kJ, "2023-01-01")
                     .Add("R", Grade::kR, "2015-01-01")
                     .Score("A", "2024-07", 80)
                     .Score("R", "2024-07", 99)
                     .Build();
  DepartmentIndex departments = DepartmentIndex::Build(data);
  MonthlyRanking ranking(data, departments);
  EXPECT_EQ(RankOf(data, ranking, "A", "2024-07"), 1);
  EXPECT_EQ(RankOf(data, ranking, "R", "2024-07"), 0);
}

TEST(MonthlyRanking, PerDepartmentAndMonthAndLeaversStillRank) {
  Dataset data = DatasetBuilder()
                     .Add("A", Grade::kJ, "2023-01-01", "", "甲部")
                     .Add("B", Grade::kJ, "2023-01-01", "", "乙部")
                     .Add("C", Grade::kJ, "2023-01-01", "", "甲部", "2024-07-15")
                     .Score("A", "2024-07", 80)
                     .Score("B", "2024-07", 70)
                     .Score("C", "2024-07", 85)
                     .Score("A", "2024-08", 60)
                     .Build();
  DepartmentIndex departments = DepartmentIndex::Build(data);
  MonthlyRanking ranking(data, departments);
  EXPECT_EQ(RankOf(data, ranking, "C", "2024-07"), 1);  // left later: ranks in July
  EXPECT_EQ(RankOf(data, ranking, "A", "2024-07"), 2);
  EXPECT_EQ(RankOf(data, ranking, "B", "2024-07"), 1);  // the other department
  EXPECT_EQ(RankOf(data, ranking, "A", "2024-08"), 1);
}

TEST(WindowRanking, PoolNeedsEveryMonthNoRAndNotLeft) {
  Dataset data =
      DatasetBuilder()
          .Add("FULL1", Grade::kJ, "2023-01-01")
          .Add("FULL2", Grade::kM, "2023-01-01")
          .Add("GAP", Grade::kJ, "2023-01-01")                               // no August score
          .Add("RES", Grade::kR, "2015-01-01")                               // reserve supervisor
          .Add("LEFT", Grade::kJ, "2023-01-01", "", "客服部", "2024-09-30")  // left on as-of
          .Add("STAYS", Grade::kJ, "2023-01-01", "", "客服部", "2024-10-01")
          .Scores("FULL1", "2024-07", {94, 95, 94})
          .Scores("FULL2", "2024-07", {95, 94, 94})
          .Score("GAP", "2024-07", 97)
          .Score("GAP", "2024-09", 97)
          .Scores("RES", "2024-07", {99, 99, 99})
          .Scores("LEFT", "2024-07", {99, 99, 99})
          .Scores("STAYS", "2024-07", {90, 90, 90})
          .Score("FULL1", "2024-06", 10)  // outside the window
          .Build();
  DepartmentIndex departments = DepartmentIndex::Build(data);
  WindowRanking w =
      WindowRanking::Compute(data, departments, WindowEnding(M("2024-09"), 3), D("2024-09-30"));
  auto standing = [&](const std::string& id) { return w.of_employee[*data.FindEmployee(id)]; };
  EXPECT_TRUE(standing("FULL1").in_pool);
  EXPECT_EQ(standing("FULL1").rank, 1);
  EXPECT_EQ(standing("FULL2").rank, 1);  // 283 / 3 each: a tie
  EXPECT_EQ(standing("FULL1").AverageHundredths(), 9433);
  EXPECT_EQ(standing("STAYS").rank, 3);
  EXPECT_EQ(standing("STAYS").pool_size, 3);
  EXPECT_FALSE(standing("GAP").in_pool);
  EXPECT_EQ(standing("GAP").rank, 0);
  EXPECT_EQ(standing("GAP").AverageHundredths(), 9700);  // the mean of the months it has
  EXPECT_FALSE(standing("RES").in_pool);
  EXPECT_FALSE(standing("LEFT").in_pool);
}

TEST(WindowStanding, AverageRoundsHalfUp) {
  WindowStanding s;
  s.months_scored = 12;
  s.sum_tenths = 11270;  // 93.91666…
  EXPECT_EQ(s.AverageHundredths(), 9392);
  s.months_scored = 4;
  s.sum_tenths = 3771;  // 94.275 → 94.28
  EXPECT_EQ(s.AverageHundredths(), 9428);
  s.months_scored = 6;
  s.sum_tenths = 5685;  // 94.75
  EXPECT_EQ(s.AverageHundredths(), 9475);
}

}  // namespace
}  // namespace kefu
