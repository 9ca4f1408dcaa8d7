#include "rules/promotion/promotion_criteria.h"

#include <gtest/gtest.h>

#include "rules/promotion/promotion.h"
#include "rules/promotion/promotion_test_data.h"

namespace kefu {
namespace {

using testing::D;
using testing::DatasetBuilder;
using testing::M;
using testing::Q;

// Evaluates `data` at `as_of` and applies one criterion through the evaluation's context.
class CriteriaTest : public ::testing::Test {
 protected:
  void Use(Dataset data, const std::string& as_of) {
    data_ = std::move(data);
    evaluation_ = Evaluate(data_, D(as_of));
  }
  RuleContext Ctx() const { return ContextOf(data_, evaluation_); }
  EmployeeIndex E(const std::string& id) const { return *data_.FindEmployee(id); }

  Dataset data_;
  Evaluation evaluation_;
};

TEST_F(CriteriaTest, ProbationAnyPassUpToAsOfCounts) {
  // rules.md R-P1: "a probation assessment (转正考核) with result pass dated ≤ as-of": any pass
  // counts, not only the latest assessment; the evidence is the latest pass ≤ as-of.
  Use(DatasetBuilder()
          .Add("P1", Grade::kP, "2024-06-01")
          .Add("P2", Grade::kP, "2024-06-01")
          .Add("P3", Grade::kP, "2024-06-01")
          .Add("P4", Grade::kP, "2024-06-01")
          .Add("P5", Grade::kP, "2024-06-01")
          .ProbationResult("P1", "2024-08-01", false)
          .ProbationResult("P1", "2024-09-20", true)
          .ProbationResult("P2", "2024-10-01", true)  // after the as-of date
          .ProbationResult("P3", "2024-08-01", true)
          .ProbationResult("P3", "2024-09-01", false)  // a later fail does not undo the pass
          .ProbationResult("P4", "2024-07-01", false)
          .ProbationResult("P4", "2024-08-01", false)
          .ProbationResult("P5", "2024-07-01", true)
          .ProbationResult("P5", "2024-08-01", true)
          .ProbationResult("P5", "2024-09-01", false)
          .ProbationResult("P5", "2024-10-01", true)  // after the as-of date
          .Build(),
      "2024-09-30");
  EXPECT_TRUE(ProbationPassed(Ctx(), E("P1")).met);
  EXPECT_EQ(ProbationPassed(Ctx(), E("P1")).probation->date, D("2024-09-20"));
  EXPECT_FALSE(ProbationPassed(Ctx(), E("P2")).met);
  EXPECT_EQ(ProbationPassed(Ctx(), E("P2")).probation, nullptr);
  Criterion p3 = ProbationPassed(Ctx(), E("P3"));
  EXPECT_TRUE(p3.met);
  ASSERT_NE(p3.probation, nullptr);
  EXPECT_EQ(p3.probation->date, D("2024-08-01"));  // the pass that was used
  EXPECT_TRUE(p3.probation->passed);
  EXPECT_EQ(evaluation_.employees[E("P3")].decision, Decision::kConfirm);
  Criterion p4 = ProbationPassed(Ctx(), E("P4"));
  EXPECT_FALSE(p4.met);
  ASSERT_NE(p4.probation, nullptr);  // no pass: the latest assessment is the evidence
  EXPECT_EQ(p4.probation->date, D("2024-08-01"));
  EXPECT_FALSE(p4.probation->passed);
  Criterion p5 = ProbationPassed(Ctx(), E("P5"));
  EXPECT_TRUE(p5.met);
  EXPECT_EQ(p5.probation->date, D("2024-08-01"));  // the latest pass ≤ as-of
}

TEST_F(CriteriaTest, CleanRecordCountsOnlyTheWindow) {
  Use(DatasetBuilder()
          .Add("A", Grade::kJ, "2023-01-01")
          .Add("B", Grade::kJ, "2023-01-01")
          .Add("C", Grade::kJ, "2023-01-01")
          .Warning("A", "2024-06-30")  // the day before the 3-month window
          .Warning("B", "2024-07-01")  // its first day
          .Warning("C", "2024-10-01")  // after the as-of date
          .Build(),
      "2024-09-30");
  Criterion a = CleanRecord(Ctx(), E("A"), 3);
  EXPECT_TRUE(a.met);
  EXPECT_EQ(a.days, (DateRange{D("2024-07-01"), D("2024-09-30")}));
  Criterion b = CleanRecord(Ctx(), E("B"), 3);
  EXPECT_FALSE(b.met);
  ASSERT_EQ(b.discipline.size(), 1u);
  EXPECT_EQ(b.discipline[0]->date, D("2024-07-01"));
  EXPECT_TRUE(CleanRecord(Ctx(), E("C"), 3).met);
  EXPECT_FALSE(CleanRecord(Ctx(), E("A"), 6).met);
}

TEST_F(CriteriaTest, TitlesAreTheHouseTitleDatedUpToAsOf) {
  Use(DatasetBuilder()
          .Add("S", Grade::kS, "2019-01-01")
          .Honour("S", "2023-06-15")
          .Honour("S", "2024-01-12")
          .Honour("S", "2024-02-01", "服务之星")  // another honour: not the title
          .Honour("S", "2024-10-10")              // after the as-of date
          .Build(),
      "2024-09-30");
  Criterion c = Titles(Ctx(), E("S"), 3);
  EXPECT_FALSE(c.met);
  EXPECT_EQ(c.found, 2);
  EXPECT_EQ(c.titles.size(), 2u);
  EXPECT_TRUE(Titles(Ctx(), E("S"), 2).met);
}

TEST_F(CriteriaTest, AQuartersAndConsecutiveA) {
  Use(DatasetBuilder()
          .Add("A", Grade::kM, "2020-01-01")
          .Add("B", Grade::kM, "2020-01-01")
          .Grade4("A", "2024Q1", 'B')
          .Grade4("A", "2024Q2", 'A')
          .Grade4("A", "2024Q3", 'A')
          .Grade4("B", "2024Q1", 'A')
          .Grade4("B", "2024Q2", 'B')
          .Grade4("B", "2024Q3", 'A')
          .Build(),
      "2024-09-30");
  Criterion a = ConsecutiveA(Ctx(), E("A"), 6, 2);
  EXPECT_TRUE(a.met);
  ASSERT_EQ(a.quarters.size(), 2u);
  EXPECT_EQ(a.quarters[0].quarter, Q("2024Q2"));
  Criterion b = ConsecutiveA(Ctx(), E("B"), 6, 2);
  EXPECT_FALSE(b.met);
  EXPECT_EQ(b.found, 1);
  // Two A among the 12-month window's quarters, but one in the 3-month window.
  EXPECT_EQ(AQuarters(Ctx(), E("B"), 12, 3).found, 2);
  EXPECT_TRUE(AQuarters(Ctx(), E("B"), 3, 1).met);
  EXPECT_FALSE(AQuarters(Ctx(), E("B"), 12, 3).met);
}

TEST_F(CriteriaTest, QuarterNotEndedDoesNotCount) {
  Use(DatasetBuilder().Add("A", Grade::kM, "2020-01-01").Grade4("A", "2024Q3", 'A').Build(),
      "2024-09-29");
  EXPECT_FALSE(AQuarters(Ctx(), E("A"), 3, 1).met);
  EXPECT_TRUE(AQuarters(Ctx(), E("A"), 3, 1).quarters.empty());
}

TEST_F(CriteriaTest, ConsecutiveLowRanksSkipsMonthsWithoutAScore) {
  // Four colleagues always above M1, so every M1 evaluation ranks 5.
  DatasetBuilder b;
  b.Add("M1", Grade::kM, "2020-01-01", "2024-05-01");
  for (const char* id : {"T1", "T2", "T3", "T4"}) {
    b.Add(id, Grade::kJ, "2020-01-01").Scores(id, "2024-04", {99, 99, 99, 99, 99, 99});
  }
  b.Score("M1", "2024-04", 50);  // before grade_since: does not count
  b.Score("M1", "2024-05", 50);
  b.Score("M1", "2024-07", 50);  // June has no score: skipped, not a break
  Use(b.Build(), "2024-09-30");
  Criterion two = ConsecutiveLowRanks(Ctx(), E("M1"), D("2024-05-01"), 3);
  EXPECT_FALSE(two.met);
  EXPECT_EQ(two.found, 2);
  EXPECT_EQ(two.evaluations.front().month, M("2024-05"));

  b.Score("M1", "2024-09", 50);
  Use(b.Build(), "2024-09-30");
  Criterion three = ConsecutiveLowRanks(Ctx(), E("M1"), D("2024-05-01"), 3);
  EXPECT_TRUE(three.met);
  ASSERT_EQ(three.evaluations.size(), 3u);
  EXPECT_EQ(three.evaluations[2].month, M("2024-09"));
  EXPECT_EQ(three.evaluations[2].rank, 5);
}

TEST_F(CriteriaTest, ConsecutiveLowRanksBrokenByATopMonth) {
  DatasetBuilder b;
  b.Add("M1", Grade::kM, "2020-01-01", "2024-01-01");
  for (const char* id : {"T1", "T2", "T3", "T4"}) {
    b.Add(id, Grade::kJ, "2020-01-01").Scores(id, "2024-01", {90, 90, 90, 90, 90, 90});
  }
  b.Scores("M1", "2024-01", {80, 80, 95, 80, 80, 95});
  Use(b.Build(), "2024-06-30");
  EXPECT_EQ(ConsecutiveLowRanks(Ctx(), E("M1"), D("2024-01-01"), 3).found, 2);
}

TEST_F(CriteriaTest, ConsecutiveBQuartersNeedAdjacentQuartersAfterPromotion) {
  Use(DatasetBuilder()
          .Add("M1", Grade::kM, "2020-01-01", "2024-05-01")
          .Add("M2", Grade::kM, "2020-01-01", "2023-07-01")
          .Add("M3", Grade::kM, "2020-01-01", "2023-07-01")
          .Grade4("M1", "2024Q2", 'B')  // starts 04-01, before grade_since
          .Grade4("M1", "2024Q3", 'B')
          .Grade4("M2", "2023Q3", 'B')
          .Grade4("M2", "2024Q1", 'B')  // 2023Q4 has no grade: not adjacent
          .Grade4("M3", "2024Q2", 'B')
          .Grade4("M3", "2024Q3", 'B')
          .Build(),
      "2024-09-30");
  EXPECT_EQ(ConsecutiveBQuarters(Ctx(), E("M1"), D("2024-05-01"), 2).found, 1);
  EXPECT_EQ(ConsecutiveBQuarters(Ctx(), E("M2"), D("2023-07-01"), 2).found, 1);
  Criterion m3 = ConsecutiveBQuarters(Ctx(), E("M3"), D("2023-07-01"), 2);
  EXPECT_TRUE(m3.met);
  ASSERT_EQ(m3.quarters.size(), 2u);
  EXPECT_EQ(m3.quarters[0].quarter, Q("2024Q2"));
}

TEST_F(CriteriaTest, SeniorDemotionCountsOnlyTheTwelveMonthsAfterPromotion) {
  DatasetBuilder b;
  b.Add("S1", Grade::kS, "2018-01-01", "2023-10-01");
  for (const char* id : {"T1", "T2", "T3"}) {
    b.Add(id, Grade::kJ, "2020-01-01").Scores(id, "2023-08", std::vector<double>(14, 99));
  }
  // Ranked 4 every month; only 2023-10 … 2024-09 are within the 12 months.
  b.Scores("S1", "2023-08", std::vector<double>(14, 50));
  b.Grade4("S1", "2023Q3", 'B').Grade4("S1", "2023Q4", 'B').Grade4("S1", "2024Q4", 'B');
  b.Grade4("S1", "2024Q3", 'C');
  Use(b.Build(), "2024-12-31");
  Date since = D("2023-10-01");
  Date until = since.AddMonths(12);
  Criterion low = LowRanks(Ctx(), E("S1"), since, until, 3);
  EXPECT_EQ(low.found, 12);
  EXPECT_EQ(low.evaluations.front().month, M("2023-10"));
  EXPECT_EQ(low.evaluations.back().month, M("2024-09"));
  EXPECT_EQ(low.days, (DateRange{D("2023-10-01"), D("2024-09-30")}));
  Criterion b_quarters = BQuarters(Ctx(), E("S1"), since, until, 2);
  EXPECT_EQ(b_quarters.found, 1);  // 2023Q4 only: 2023Q3 is before, 2024Q4 after
  EXPECT_FALSE(b_quarters.met);
  EXPECT_TRUE(CdQuarter(Ctx(), E("S1"), since, until).met);
}

TEST_F(CriteriaTest, RecentRatingsNeedsThreeEvaluationsAllBelowGood) {
  Use(DatasetBuilder()
          .Add("A", Grade::kJ, "2023-01-01")
          .Add("B", Grade::kJ, "2023-01-01")
          .Add("C", Grade::kJ, "2023-01-01")
          .Scores("A", "2024-06", {90, 78, 65, 72})
          .Scores("B", "2024-07", {79.9, 80.0, 75})
          .Scores("C", "2024-08", {50, 50})
          .Score("A", "2024-10", 95)  // after the as-of month
          .Build(),
      "2024-09-30");
  Criterion a = RecentRatings(Ctx(), E("A"), 3);
  EXPECT_TRUE(a.met);
  ASSERT_EQ(a.evaluations.size(), 3u);
  EXPECT_EQ(a.evaluations[0].month, M("2024-07"));
  EXPECT_FALSE(RecentRatings(Ctx(), E("B"), 3).met);  // 80.0 is 良好
  EXPECT_FALSE(RecentRatings(Ctx(), E("C"), 3).met);  // only two evaluations
}

TEST_F(CriteriaTest, TenureExactlyAndOneDayShort) {
  Use(DatasetBuilder().Add("A", Grade::kJ, "2024-06-30").Add("B", Grade::kJ, "2024-07-01").Build(),
      "2024-09-30");
  EXPECT_TRUE(Tenure(Ctx(), E("A"), 3).met);
  EXPECT_FALSE(Tenure(Ctx(), E("B"), 3).met);
  EXPECT_EQ(Tenure(Ctx(), E("B"), 3).found, 2);
}

}  // namespace
}  // namespace kefu
