// kefu evaluate --quarter YYYYQn: the quarterly evaluation workbook, decisions CSV and dossiers
// under output/evaluation/<quarter>/.
#include "app/commands.h"
#include "app/evaluation_run.h"

namespace kefu {

int RunEvaluate(Invocation& inv) {
  const PolicyResult policy = ReadInputPolicy(inv.input_dir);
  ReportRun run(inv, policy);
  Quarter quarter = *inv.quarter;  // required by the command table
  if (!run.Load({EvaluationFocus(quarter), EvaluationRecordTypes()})) return run.ExitCode();
  ProduceEvaluation(run, quarter);
  return run.ExitCode();
}

}  // namespace kefu
