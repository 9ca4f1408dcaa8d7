#include "app/evaluation_run.h"

#include <algorithm>
#include <atomic>
#include <memory>
#include <thread>

#include "report/common/data_issues.h"
#include "report/evaluation/dossier.h"
#include "report/evaluation/evaluation_csv.h"
#include "report/evaluation/evaluation_workbook.h"

namespace kefu {

std::vector<RecordType> EvaluationRecordTypes() {
  return {RecordType::kMonthlyScores, RecordType::kQuarterlyGrades, RecordType::kHonors,
          RecordType::kDiscipline,    RecordType::kProbation,       RecordType::kNominations};
}

DateRange EvaluationFocus(Quarter quarter) { return {quarter.FirstDay(), quarter.LastDay()}; }

std::optional<Quarter> EvaluationQuarterFor(const Dataset& data, Month month) {
  std::optional<Quarter> latest;
  Date last_day = month.LastDay();
  for (const QuarterlyGrade& g : data.quarter_grades) {
    if (g.quarter.LastDay() <= last_day && (!latest || g.quarter > *latest)) latest = g.quarter;
  }
  return latest;
}

std::optional<Quarter> EvaluationQuarterFor(const ReportRun& run, Month month) {
  return EvaluationQuarterFor(run.data(), month);
}

std::vector<Diagnostic> EvaluationIssues(const ReportRun& run) {
  std::vector<RecordType> types = EvaluationRecordTypes();
  types.insert(types.end(), {RecordType::kEmployees, RecordType::kShifts, RecordType::kCalendar});
  std::vector<Diagnostic> issues;
  for (const Diagnostic& d : run.input_issues()) {
    if (std::find(types.begin(), types.end(), d.type) != types.end()) issues.push_back(d);
  }
  return issues;
}

bool StageDossiers(OutputFolder& folder, const Dataset& data, const Evaluation& evaluation,
                   const Labels& labels, int jobs) {
  std::vector<EmployeeIndex> todo;
  for (const EmployeeEvaluation& ev : evaluation.employees) {
    if (HasDossier(ev)) todo.push_back(ev.employee);
  }
  // Each workbook is built and staged on its own: nothing is shared but read-only inputs, so
  // the files do not depend on which thread made them or in which order.
  std::atomic<size_t> next{0};
  std::atomic<bool> ok{true};
  auto work = [&] {
    for (size_t i = next++; i < todo.size(); i = next++) {
      const EmployeeEvaluation& ev = evaluation.employees[todo[i]];
      Workbook workbook = BuildDossier(data, evaluation, ev.employee, labels);
      if (!folder.StageWorkbook("dossiers/" + DossierFileName(data, ev), workbook)) ok = false;
    }
  };
  size_t threads = std::clamp<size_t>(static_cast<size_t>(std::max(jobs, 1)), 1,
                                      std::max<size_t>(todo.size(), 1));
  std::vector<std::thread> pool;
  for (size_t t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
  return ok;
}

bool ProduceEvaluation(ReportRun& run, Quarter quarter) {
  const Dataset& data = run.data();
  const Labels& labels = run.labels();
  Invocation& inv = run.invocation();
  Evaluation evaluation = Evaluate(data, quarter.LastDay());
  std::vector<Diagnostic> issues = EvaluationIssues(run);
  std::string q = quarter.Iso();
  std::unique_ptr<OutputFolder> folder = run.NewFolder("evaluation/" + q);
  folder->StageWorkbook("evaluation-" + q + ".xlsx",
                        BuildEvaluationWorkbook(data, evaluation, quarter, labels, issues));
  folder->StageCsv("decisions-" + q + ".csv", BuildDecisionsCsv(data, evaluation));
  if (!issues.empty()) folder->StageCsv("rejects.csv", BuildRejectsCsv(issues, labels));
  size_t dossiers = static_cast<size_t>(
      std::count_if(evaluation.employees.begin(), evaluation.employees.end(), HasDossier));
  if (dossiers > 0) run.progress().Note(labels.Fmt("eval.dossiers", dossiers));
  StageDossiers(*folder, data, evaluation, labels, inv.jobs);
  // A failed staging is recorded in the folder, which then publishes nothing; Publish reports it.
  return run.Publish(std::move(folder), "evaluate --quarter " + q, q);
}

}  // namespace kefu
