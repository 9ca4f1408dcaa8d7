#include "rules/promotion/promotion.h"

#include <gtest/gtest.h>

#include "rules/promotion/promotion_test_data.h"

namespace kefu {
namespace {

using testing::D;
using testing::DatasetBuilder;

std::string Listed(const EmployeeEvaluation& ev) {
  std::string text;
  for (RuleId r : ev.listed) text += (text.empty() ? "" : ";") + std::string(RuleIdText(r));
  return text;
}

// A department where the employees under test have the top scores of 2024-07 … 2024-09 and
// three fillers rank below them.
DatasetBuilder Department() {
  DatasetBuilder b;
  for (const char* id : {"F1", "F2", "F3"}) {
    b.Add(id, Grade::kJ, "2020-01-01").Scores(id, "2023-10", std::vector<double>(12, 70));
  }
  return b;
}

TEST(Evaluate, TwoBQuartersWithinTwelveMonthsDemoteASenior) {
  // Two B quarters inside the 12 months after promotion (R-D2); R-P4 fails with two A.
  DatasetBuilder b = Department();
  b.Add("S1", Grade::kS, "2015-01-01", "2023-10-01")
      .Scores("S1", "2023-10", std::vector<double>(12, 95))
      .Grade4("S1", "2023Q4", 'B')
      .Grade4("S1", "2024Q1", 'A')
      .Grade4("S1", "2024Q2", 'B')
      .Grade4("S1", "2024Q3", 'A')
      .Honour("S1", "2020-01-01")
      .Honour("S1", "2021-01-01")
      .Honour("S1", "2022-01-01");
  Dataset data = b.Build();
  Evaluation ev = Evaluate(data, D("2024-09-30"));
  const EmployeeEvaluation& s1 = ev.employees[*data.FindEmployee("S1")];
  EXPECT_TRUE(s1.decided);
  EXPECT_EQ(s1.decision, Decision::kDemote);
  EXPECT_EQ(s1.target, Grade::kM);
  EXPECT_EQ(Listed(s1), "R-D2");  // R-P4 fails: only two A
  EXPECT_FALSE(s1.window_rule.has_value());
  EXPECT_EQ(s1.salary_current, 3000);
  EXPECT_EQ(s1.salary_target, 2500);
}

TEST(Evaluate, DemoteBeatsPromoteAndListsBoth) {
  DatasetBuilder b = Department();
  b.Add("S1", Grade::kS, "2015-01-01", "2023-10-01")
      .Scores("S1", "2023-10", std::vector<double>(12, 95))
      .Grade4("S1", "2023Q4", 'A')
      .Grade4("S1", "2024Q1", 'A')
      .Grade4("S1", "2024Q2", 'B')
      .Grade4("S1", "2024Q3", 'A')
      .Grade4("S1", "2023Q3", 'B')  // before grade_since
      .Honour("S1", "2020-01-01")
      .Honour("S1", "2021-01-01")
      .Honour("S1", "2022-01-01");
  // Three colleagues above S1 in 2023-10 … 2023-12: three evaluations ranked 4 (R-D2).
  for (const char* id : {"T1", "T2", "T3"}) {
    b.Add(id, Grade::kJ, "2020-01-01").Scores(id, "2023-10", {99, 99, 99});
  }
  Dataset data = b.Build();
  Evaluation ev = Evaluate(data, D("2024-09-30"));
  const EmployeeEvaluation& s1 = ev.employees[*data.FindEmployee("S1")];
  // 12-month window: T1…T3 lack months, so S1 is rank 1 of the pool; R-P4 is met. R-D2: ranks
  // 4 in 2023-10 … 2023-12 = three evaluations ranked > 3.
  EXPECT_TRUE(s1.Find(RuleId::kP4)->met);
  EXPECT_TRUE(s1.Find(RuleId::kD2)->met);
  EXPECT_EQ(s1.decision, Decision::kDemote);
  EXPECT_EQ(Listed(s1), "R-D2;R-P4");
}

TEST(Evaluate, JuniorSkipLevelBeatsPromoteAndNoneListsBothRules) {
  DatasetBuilder b = Department();
  b.Add("J1", Grade::kJ, "2024-03-31")
      .Scores("J1", "2024-04", {95, 96, 95, 96, 97, 95})
      .Grade4("J1", "2024Q2", 'A')
      .Grade4("J1", "2024Q3", 'A')
      .Honour("J1", "2024-08-18");
  b.Add("J2", Grade::kJ, "2023-01-01").Scores("J2", "2024-04", {60, 60, 60, 60, 60, 60});
  Dataset data = b.Build();
  Evaluation ev = Evaluate(data, D("2024-09-30"));
  const EmployeeEvaluation& j1 = ev.employees[*data.FindEmployee("J1")];
  EXPECT_EQ(j1.decision, Decision::kSkipLevelReview);
  EXPECT_EQ(j1.target, Grade::kS);
  EXPECT_EQ(Listed(j1), "R-P5;R-P2");
  EXPECT_EQ(j1.window_rule, RuleId::kP5);
  EXPECT_EQ(j1.window_months, 6);
  EXPECT_EQ(j1.window.rank, 1);
  EXPECT_EQ(j1.tenure_months, 6);
  EXPECT_EQ(j1.salary_target, 3000);

  const EmployeeEvaluation& j2 = ev.employees[*data.FindEmployee("J2")];
  // 60 is 及格 three times running: dismissal review, no target.
  EXPECT_EQ(j2.decision, Decision::kDismissalReview);
  EXPECT_FALSE(j2.target.has_value());
  EXPECT_FALSE(j2.salary_target.has_value());
  EXPECT_EQ(Listed(j2), "R-X1");

  const EmployeeEvaluation& f1 = ev.employees[*data.FindEmployee("F1")];
  EXPECT_EQ(f1.decision, Decision::kDismissalReview);  // 70, 70, 70
}

TEST(Evaluate, NoneShowsTheNextGradesWindow) {
  DatasetBuilder b = Department();
  b.Add("J1", Grade::kJ, "2023-01-01").Scores("J1", "2024-07", {85, 85, 85});
  b.Add("M1", Grade::kM, "2023-01-01", "2024-09-01").Score("M1", "2024-09", 85);
  b.Add("P1", Grade::kP, "2024-08-01");
  b.Add("R1", Grade::kR, "2010-01-01").Scores("R1", "2024-07", {99, 99, 99});
  Dataset data = b.Build();
  Evaluation ev = Evaluate(data, D("2024-09-30"));
  const EmployeeEvaluation& j1 = ev.employees[*data.FindEmployee("J1")];
  EXPECT_EQ(j1.decision, Decision::kNone);
  EXPECT_EQ(Listed(j1), "R-P2;R-P5");
  EXPECT_EQ(j1.window_rule, RuleId::kP2);
  EXPECT_EQ(j1.window_months, 3);
  EXPECT_EQ(j1.window.rank, 1);  // in the pool, but no A quarter
  const EmployeeEvaluation& m1 = ev.employees[*data.FindEmployee("M1")];
  EXPECT_EQ(m1.decision, Decision::kNone);
  EXPECT_EQ(Listed(m1), "R-P3");
  EXPECT_EQ(m1.window_months, 6);
  EXPECT_FALSE(m1.window.in_pool);
  EXPECT_EQ(m1.window.AverageHundredths(), 8500);
  const EmployeeEvaluation& p1 = ev.employees[*data.FindEmployee("P1")];
  EXPECT_EQ(p1.decision, Decision::kNone);
  EXPECT_EQ(Listed(p1), "R-P1");
  EXPECT_FALSE(p1.window_rule.has_value());
  const EmployeeEvaluation& r1 = ev.employees[*data.FindEmployee("R1")];
  EXPECT_EQ(r1.decision, Decision::kGmReview);
  EXPECT_EQ(Listed(r1), "R-G1");
  EXPECT_EQ(r1.salary_current, 4000);
}

TEST(Evaluate, ConfirmAndLeavers) {
  DatasetBuilder b = Department();
  b.Add("P1", Grade::kP, "2024-06-11").ProbationResult("P1", "2024-09-20", true);
  b.Add("P1X", Grade::kP, "2024-06-11").ProbationResult("P1X", "2024-09-20", true);
  b.Warning("P1X", "2024-07-02");
  b.Add("GONE", Grade::kS, "2020-01-01", "", "客服部", "2024-09-30");
  Dataset data = b.Build();
  Evaluation ev = Evaluate(data, D("2024-09-30"));
  const EmployeeEvaluation& p1 = ev.employees[*data.FindEmployee("P1")];
  EXPECT_EQ(p1.decision, Decision::kConfirm);
  EXPECT_EQ(p1.target, Grade::kJ);
  EXPECT_EQ(p1.salary_target, 2200);
  EXPECT_FALSE(p1.window_rule.has_value());
  EXPECT_EQ(ev.employees[*data.FindEmployee("P1X")].decision, Decision::kNone);
  EXPECT_FALSE(ev.employees[*data.FindEmployee("GONE")].decided);
  EXPECT_EQ(ev.EffectiveDate(), D("2024-10-01"));
}

TEST(Evaluate, HiredAfterTheAsOfDateIsDecidedNone) {
  // outputs.md: one decisions row per employee who has not left on or before the as-of date.
  // Hired after it, with no scores at all: no promotion rule can be met, so `none`.
  DatasetBuilder b = Department();
  b.Add("JNEW", Grade::kJ, "2024-10-01");
  b.Add("PNEW", Grade::kP, "2024-10-01");
  Dataset data = b.Build();
  Evaluation ev = Evaluate(data, D("2024-09-30"));
  const EmployeeEvaluation& j = ev.employees[*data.FindEmployee("JNEW")];
  EXPECT_TRUE(j.decided);
  EXPECT_EQ(j.decision, Decision::kNone);
  EXPECT_FALSE(j.target.has_value());
  EXPECT_EQ(Listed(j), "R-P2;R-P5");
  ASSERT_TRUE(j.window_rule.has_value());
  EXPECT_EQ(*j.window_rule, RuleId::kP2);
  EXPECT_EQ(j.window_months, 3);
  EXPECT_FALSE(j.window.has_average());
  EXPECT_EQ(j.window.AverageHundredths(), 0);  // no division by zero
  EXPECT_FALSE(j.window.in_pool);
  EXPECT_EQ(j.tenure_months, 0);
  EXPECT_EQ(j.salary_current, 2200);
  EXPECT_FALSE(j.salary_target.has_value());
  const EmployeeEvaluation& p = ev.employees[*data.FindEmployee("PNEW")];
  EXPECT_TRUE(p.decided);
  EXPECT_EQ(p.decision, Decision::kNone);
  EXPECT_EQ(Listed(p), "R-P1");
  EXPECT_FALSE(p.window_rule.has_value());
}

TEST(Evaluate, PolicyNumbersAreUsed) {
  DatasetBuilder b = Department();
  b.Add("J1", Grade::kJ, "2023-01-01").Scores("J1", "2024-07", {85, 85, 85});
  b.Grade4("J1", "2024Q3", 'A');
  Dataset data = b.Build();
  EXPECT_EQ(Evaluate(data, D("2024-09-30")).employees[*data.FindEmployee("J1")].decision,
            Decision::kPromote);
  data.policy.jm_min_a_quarters = 2;
  EXPECT_EQ(Evaluate(data, D("2024-09-30")).employees[*data.FindEmployee("J1")].decision,
            Decision::kNone);
  data.policy.jm_min_a_quarters = 1;
  data.policy.salary[static_cast<int>(Grade::kM)] = 2600;
  EXPECT_EQ(Evaluate(data, D("2024-09-30")).employees[*data.FindEmployee("J1")].salary_target,
            2600);
}

}  // namespace
}  // namespace kefu
