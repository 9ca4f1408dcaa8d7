#include "app/evaluation_run.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "rules/promotion/promotion_test_data.h"

namespace kefu {
namespace {

using testing::DatasetBuilder;
using testing::M;
using testing::Q;

TEST(EvaluationRun, QuarterForRunIsTheLatestEndedQuarterWithGrades) {
  Dataset data = DatasetBuilder()
                     .Add("A", Grade::kJ, "2023-01-01")
                     .Grade4("A", "2024Q1", 'A')
                     .Grade4("A", "2024Q2", 'B')
                     .Grade4("A", "2024Q3", 'B')
                     .Build();
  // 2024-09 ends 2024Q3, which has grades.
  EXPECT_EQ(EvaluationQuarterFor(data, M("2024-09")), Q("2024Q3"));
  // 2024-08: 2024Q3 has not ended by 08-31.
  EXPECT_EQ(EvaluationQuarterFor(data, M("2024-08")), Q("2024Q2"));
  // 2025-01: 2024Q4 has ended but has no grades yet.
  EXPECT_EQ(EvaluationQuarterFor(data, M("2025-01")), Q("2024Q3"));
  EXPECT_FALSE(EvaluationQuarterFor(data, M("2024-02")).has_value());
}

TEST(EvaluationRun, ReadsNoPunchesScheduleLoginsOrHandovers) {
  std::vector<RecordType> types = EvaluationRecordTypes();
  for (RecordType t :
       {RecordType::kPunches, RecordType::kSchedule, RecordType::kLogins, RecordType::kHandovers,
        RecordType::kSecurityHandovers, RecordType::kScheduleChanges, RecordType::kLeave}) {
    EXPECT_EQ(std::count(types.begin(), types.end(), t), 0) << RecordTypeName(t);
  }
  for (RecordType t :
       {RecordType::kMonthlyScores, RecordType::kQuarterlyGrades, RecordType::kHonors,
        RecordType::kDiscipline, RecordType::kProbation, RecordType::kNominations}) {
    EXPECT_EQ(std::count(types.begin(), types.end(), t), 1) << RecordTypeName(t);
  }
  DateRange focus = EvaluationFocus(Q("2024Q2"));
  EXPECT_EQ(focus.first, testing::D("2024-04-01"));
  EXPECT_EQ(focus.last, testing::D("2024-06-30"));
}

}  // namespace
}  // namespace kefu
