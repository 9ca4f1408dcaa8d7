#include "rules/promotion/promotion_workflow.h"

#include <gtest/gtest.h>

#include "rules/promotion/promotion_test_data.h"

namespace kefu {
namespace {

using testing::D;
using testing::DatasetBuilder;

// Three fillers below everyone, so that the employees under test have the top ranks.
DatasetBuilder Department() {
  DatasetBuilder b;
  for (const char* id : {"F1", "F2", "F3"}) {
    b.Add(id, Grade::kJ, "2020-01-01").Scores(id, "2023-07", std::vector<double>(12, 81));
  }
  return b;
}

Workflow Of(const Dataset& data, const Evaluation& ev, const std::string& id) {
  return WorkflowOf(data, ev, ev.employees[*data.FindEmployee(id)]);
}

TEST(Workflow, SeniorToReserveShowsRecordedStepsAndWaitsForTheRest) {
  DatasetBuilder b = Department();
  b.Add("S1", Grade::kS, "2015-01-01", "2020-01-01")
      .Scores("S1", "2023-07", std::vector<double>(12, 95));
  for (const char* q : {"2023Q3", "2023Q4", "2024Q1", "2024Q2"}) b.Grade4("S1", q, 'A');
  b.Honour("S1", "2021-01-01").Honour("S1", "2022-01-01").Honour("S1", "2023-01-01");
  b.Nominate("S1", "2019-12-01", NominationStep::kApproval, Grade::kS, "总经办")  // the last one
      .Nominate("S1", "2024-06-20", NominationStep::kRecommendation, Grade::kR, "经理甲")
      .Nominate("S1", "2024-06-25", NominationStep::kRecommendation, Grade::kR, "经理乙")
      .Nominate("S1", "2024-06-26", NominationStep::kVote, Grade::kR, "全体")
      .Nominate("S1", "2024-06-27", NominationStep::kApplication, Grade::kM, "someone");
  Dataset data = b.Build();
  Evaluation ev = Evaluate(data, D("2024-06-30"));
  Workflow w = Of(data, ev, "S1");
  EXPECT_EQ(w.kind, WorkflowKind::kReserve);
  EXPECT_EQ(w.to, Grade::kR);
  EXPECT_EQ(w.results_months, 12);
  ASSERT_EQ(w.steps.size(), 6u);  // five steps and the recorded vote, which S → R does not have
  EXPECT_EQ(w.steps[0].kind, WorkflowStepKind::kResults);
  EXPECT_TRUE(w.steps[0].done);
  EXPECT_EQ(w.steps[0].date, D("2024-06-30"));
  EXPECT_EQ(w.steps[1].kind, WorkflowStepKind::kRecommendation);
  EXPECT_TRUE(w.steps[1].done);
  EXPECT_EQ(w.steps[1].by, "经理乙");  // the latest record of the step
  EXPECT_EQ(w.steps[2].kind, WorkflowStepKind::kApplication);
  EXPECT_FALSE(w.steps[2].done);  // the application names another target grade
  EXPECT_FALSE(w.steps[3].done);
  EXPECT_EQ(w.steps[4].kind, WorkflowStepKind::kDefense);
  EXPECT_EQ(w.steps[5].kind, WorkflowStepKind::kOther);
  EXPECT_EQ(w.steps[5].nomination->step, NominationStep::kVote);
}

TEST(Workflow, ConfirmationUsesTheProbationRecord) {
  DatasetBuilder b = Department();
  b.Add("P1", Grade::kP, "2024-03-01").ProbationResult("P1", "2024-06-20", true);
  b.Nominate("P1", "2024-06-28", NominationStep::kApproval, Grade::kJ, "总经办");
  Dataset data = b.Build();
  Evaluation ev = Evaluate(data, D("2024-06-30"));
  Workflow w = Of(data, ev, "P1");
  EXPECT_EQ(w.kind, WorkflowKind::kConfirm);
  ASSERT_EQ(w.steps.size(), 2u);
  EXPECT_TRUE(w.steps[0].done);
  EXPECT_EQ(w.steps[0].date, D("2024-06-20"));
  EXPECT_NE(w.steps[0].probation, nullptr);
  EXPECT_TRUE(w.steps[1].done);
  EXPECT_EQ(w.steps[1].by, "总经办");
}

TEST(Workflow, NoneShowsTheNextPromotionPendingAndLeaversHaveNone) {
  DatasetBuilder b = Department();
  b.Add("GONE", Grade::kJ, "2020-01-01", "", "客服部", "2024-06-30");
  Dataset data = b.Build();
  Evaluation ev = Evaluate(data, D("2024-06-30"));
  Workflow none = Of(data, ev, "F1");
  EXPECT_EQ(none.kind, WorkflowKind::kNone);
  EXPECT_EQ(none.to, Grade::kM);
  ASSERT_EQ(none.steps.size(), 5u);
  for (const WorkflowStep& s : none.steps) EXPECT_FALSE(s.done);
  EXPECT_EQ(Of(data, ev, "GONE").kind, WorkflowKind::kLeft);
  EXPECT_TRUE(Of(data, ev, "GONE").steps.empty());
}

TEST(Workflow, DemotionAndReserveReview) {
  DatasetBuilder b = Department();
  b.Add("M1", Grade::kM, "2020-01-01", "2024-01-01").Grade4("M1", "2024Q1", 'C');
  b.Add("R1", Grade::kR, "2010-01-01");
  b.Nominate("R1", "2024-06-01", NominationStep::kGmReview, Grade::kR, "总经办");
  Dataset data = b.Build();
  Evaluation ev = Evaluate(data, D("2024-06-30"));
  Workflow demote = Of(data, ev, "M1");
  EXPECT_EQ(demote.kind, WorkflowKind::kDemote);
  EXPECT_EQ(demote.to, Grade::kJ);
  ASSERT_EQ(demote.steps.size(), 4u);
  EXPECT_TRUE(demote.steps[0].done);
  Workflow gm = Of(data, ev, "R1");
  EXPECT_EQ(gm.kind, WorkflowKind::kGmReview);
  ASSERT_EQ(gm.steps.size(), 1u);
  EXPECT_TRUE(gm.steps[0].done);
}

}  // namespace
}  // namespace kefu
