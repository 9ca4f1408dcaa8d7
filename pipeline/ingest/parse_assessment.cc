// The assessment records behind promotion: scores, quarterly grades, honours, discipline,
// probation assessments and nominations.
#include "ingest/field_parsers.h"
#include "ingest/row_parsers.h"

namespace kefu {

void ParseMonthlyScoreRow(RowContext& ctx) {
  static const RecordType t = RecordType::kMonthlyScores;
  static const int kId = FieldIndex(t, "employee_id"), kMonth = FieldIndex(t, "month"),
                   kScore = FieldIndex(t, "score");
  const Row& row = ctx.row();
  MonthlyScore score;
  std::optional<EmployeeIndex> employee = ctx.EmployeeField(kId);
  if (!employee) return;
  score.employee = *employee;
  std::optional<Month> month = ParseMonth(row.Get(kMonth));
  if (!month) return (void)ctx.Reject(kMonth, Reason::kBadMonth, row.Get(kMonth));
  score.month = *month;
  std::optional<int> tenths = ParseTenths(row.Get(kScore));
  if (!tenths) return (void)ctx.Reject(kScore, Reason::kBadScore, row.Get(kScore));
  if (*tenths < 0 || *tenths > 1000) {
    return (void)ctx.Reject(kScore, Reason::kScoreOutOfRange, row.Get(kScore));
  }
  if (*tenths == 0) ctx.Warn(kScore, Reason::kScoreZero, row.Get(kScore));
  score.score_tenths = *tenths;
  score.source = ctx.source();
  ctx.out().scores.push_back(score);
}

void ParseQuarterlyGradeRow(RowContext& ctx) {
  static const RecordType t = RecordType::kQuarterlyGrades;
  static const int kId = FieldIndex(t, "employee_id"), kQuarter = FieldIndex(t, "quarter"),
                   kGrade = FieldIndex(t, "grade");
  const Row& row = ctx.row();
  QuarterlyGrade grade;
  std::optional<EmployeeIndex> employee = ctx.EmployeeField(kId);
  if (!employee) return;
  grade.employee = *employee;
  std::optional<Quarter> quarter = ParseQuarter(row.Get(kQuarter));
  if (!quarter) return (void)ctx.Reject(kQuarter, Reason::kBadQuarter, row.Get(kQuarter));
  grade.quarter = *quarter;
  std::optional<QuarterGrade> value = ParseQuarterGrade(row.Get(kGrade));
  if (!value) return (void)ctx.Reject(kGrade, Reason::kBadQuarterGrade, row.Get(kGrade));
  grade.grade = *value;
  grade.source = ctx.source();
  ctx.out().quarter_grades.push_back(grade);
}

void ParseHonorRow(RowContext& ctx) {
  static const RecordType t = RecordType::kHonors;
  static const int kId = FieldIndex(t, "employee_id"), kDate = FieldIndex(t, "date"),
                   kTitle = FieldIndex(t, "title");
  Honor honor;
  std::optional<EmployeeIndex> employee = ctx.EmployeeField(kId);
  if (!employee) return;
  honor.employee = *employee;
  std::optional<Date> date = ctx.DateField(kDate);
  if (!date) return;
  honor.date = *date;
  honor.title = ctx.Text(kTitle);
  honor.source = ctx.source();
  ctx.out().honors.push_back(std::move(honor));
}

void ParseDisciplineRow(RowContext& ctx) {
  static const RecordType t = RecordType::kDiscipline;
  static const int kId = FieldIndex(t, "employee_id"), kDate = FieldIndex(t, "date"),
                   kSeverity = FieldIndex(t, "severity"), kClause = FieldIndex(t, "clause"),
                   kNote = FieldIndex(t, "note");
  Discipline record;
  std::optional<EmployeeIndex> employee = ctx.EmployeeField(kId);
  if (!employee) return;
  record.employee = *employee;
  std::optional<Date> date = ctx.DateField(kDate);
  if (!date) return;
  record.date = *date;
  std::optional<int> severity = ctx.ChoiceField(
      kSeverity, {{"warning", "警告"}, {"serious_warning", "严重警告"}, {"dismissal", "辞退"}});
  if (!severity) return;
  record.severity = static_cast<DisciplineSeverity>(*severity);
  record.clause = ctx.Text(kClause);
  record.note = ctx.Text(kNote);
  record.source = ctx.source();
  ctx.out().discipline.push_back(std::move(record));
}

void ParseProbationRow(RowContext& ctx) {
  static const RecordType t = RecordType::kProbation;
  static const int kId = FieldIndex(t, "employee_id"), kDate = FieldIndex(t, "date"),
                   kResult = FieldIndex(t, "result");
  Probation record;
  std::optional<EmployeeIndex> employee = ctx.EmployeeField(kId);
  if (!employee) return;
  record.employee = *employee;
  std::optional<Date> date = ctx.DateField(kDate);
  if (!date) return;
  record.date = *date;
  std::optional<int> result = ctx.ChoiceField(kResult, {{"pass", "合格"}, {"fail", "不合格"}});
  if (!result) return;
  record.passed = *result == 0;
  record.source = ctx.source();
  ctx.out().probations.push_back(record);
}

void ParseNominationRow(RowContext& ctx) {
  static const RecordType t = RecordType::kNominations;
  static const int kId = FieldIndex(t, "employee_id"), kDate = FieldIndex(t, "date"),
                   kStep = FieldIndex(t, "step"), kTarget = FieldIndex(t, "target_grade"),
                   kBy = FieldIndex(t, "by"), kResult = FieldIndex(t, "result");
  const Row& row = ctx.row();
  Nomination record;
  std::optional<EmployeeIndex> employee = ctx.EmployeeField(kId);
  if (!employee) return;
  record.employee = *employee;
  std::optional<Date> date = ctx.DateField(kDate);
  if (!date) return;
  record.date = *date;
  std::optional<int> step = ctx.ChoiceField(kStep, {{"recommendation", "部门推荐"},
                                                    {"vote", "匿名评比"},
                                                    {"application", "本人申请"},
                                                    {"gm_review", "总经办审核"},
                                                    {"defense", "晋升答辩"},
                                                    {"approval", "审批"}});
  if (!step) return;
  record.step = static_cast<NominationStep>(*step);
  std::optional<Grade> target = ParseGrade(row.Get(kTarget));
  if (!target) return (void)ctx.Reject(kTarget, Reason::kBadGrade, row.Get(kTarget));
  record.target_grade = *target;
  record.by = ctx.Text(kBy);
  record.result = ctx.Text(kResult);
  record.source = ctx.source();
  ctx.out().nominations.push_back(std::move(record));
}

}  // namespace kefu
