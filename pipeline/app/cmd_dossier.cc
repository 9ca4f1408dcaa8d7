// kefu dossier --employee ID [--as-of YYYY-MM-DD]: the promotion dossier of one employee, as
// output/dossier/<id>-<as-of>.xlsx.
//
// Without --as-of the dossier is made for the last day of the latest month in which anyone of
// the employee's department has a monthly score: the latest date for which every rank of the
// department can be known (a clerk asking for "the current dossier" means the latest
// evaluation). If the department has no score at all, the latest month with any score is used.
#include <memory>
#include <optional>

#include "app/commands.h"
#include "app/evaluation_run.h"
#include "report/common/data_issues.h"
#include "report/evaluation/dossier.h"

namespace kefu {
namespace {

std::optional<Date> DefaultAsOf(const Dataset& data, EmployeeIndex employee) {
  const std::string& department = data.employees[employee].department;
  std::optional<Month> own, any;
  for (const MonthlyScore& s : data.scores) {
    if (!any || s.month > *any) any = s.month;
    if (data.employees[s.employee].department == department && (!own || s.month > *own)) {
      own = s.month;
    }
  }
  if (own) return own->LastDay();
  if (any) return any->LastDay();
  return std::nullopt;
}

}  // namespace

int RunDossier(Invocation& inv) {
  ReportRun run(inv);
  ReportLoad load;
  load.types = EvaluationRecordTypes();
  if (!run.Load(load)) return run.ExitCode();
  const Dataset& data = run.data();
  const Labels& labels = run.labels();
  std::optional<EmployeeIndex> employee = data.FindEmployee(inv.employee);
  if (!employee) {
    run.Fail(labels.Fmt("eval.unknown_employee", inv.employee));
    return run.ExitCode();
  }
  std::optional<Date> as_of = inv.as_of ? inv.as_of : DefaultAsOf(data, *employee);
  if (!as_of) {
    run.Fail(labels.Get("eval.no_scores"));
    return run.ExitCode();
  }
  Evaluation evaluation = Evaluate(data, *as_of);
  std::vector<Diagnostic> issues = EvaluationIssues(run);
  // output/dossier/ collects the dossiers of every `kefu dossier`: --force replaces this
  // employee's dossier of this date, never the others' (OutputFolder::Mode::kCollection).
  std::unique_ptr<OutputFolder> folder = run.NewFolder("dossier", OutputFolder::Mode::kCollection);
  folder->StageWorkbook(inv.employee + "-" + as_of->Iso() + ".xlsx",
                        BuildDossier(data, evaluation, *employee, labels));
  if (!issues.empty()) folder->StageCsv("rejects.csv", BuildRejectsCsv(issues, labels));
  run.Publish(std::move(folder), "dossier --employee " + inv.employee + " --as-of " + as_of->Iso(),
              as_of->Iso());
  return run.ExitCode();
}

}  // namespace kefu
