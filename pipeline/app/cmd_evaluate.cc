// kefu evaluate --quarter YYYYQn: the quarterly evaluation workbook, decisions CSV and dossiers
// under output/evaluation/<quarter>/.
#include "app/commands.h"
#include "app/evaluation_run.h"

namespace kefu {

int RunEvaluate(Invocation& inv) {
  ReportRun run(inv);
  Quarter quarter = *inv.quarter;  // required by the command table
  ReportLoad load;
  load.focus = EvaluationFocus(quarter);
  load.types = EvaluationRecordTypes();
  if (!run.Load(load)) return run.ExitCode();
  ProduceEvaluation(run, quarter);
  return run.ExitCode();
}

}  // namespace kefu
