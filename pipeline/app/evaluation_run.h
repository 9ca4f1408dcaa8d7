// The quarterly evaluation as a stage of a report run: what `kefu evaluate` and `kefu dossier`
// load, and the pieces `kefu run` needs to produce the evaluation from an already-loaded run.
#pragma once

#include <optional>
#include <span>
#include <vector>

#include "app/report_run.h"
#include "rules/promotion/promotion.h"

namespace kefu {

// The record types the evaluation reads (employees, shifts and the calendar are always read):
// scores, quarterly grades, honours, discipline, probation and nominations. No punches,
// schedule, logins or handovers.
std::vector<RecordType> EvaluationRecordTypes();

// The focus `kefu evaluate --quarter Q` loads with: the quarter's days. (None of the evaluation's
// record types is a focused high-volume type, so this only keeps the load cheap if one is added.)
DateRange EvaluationFocus(Quarter quarter);

// The quarter `kefu run --month M` evaluates: the latest quarter that has ended by M's last day
// and whose quarterly grades are in the input; none when there is none.
std::optional<Quarter> EvaluationQuarterFor(const Dataset& data, Month month);
std::optional<Quarter> EvaluationQuarterFor(const ReportRun& run, Month month);

// The diagnostics of the run that concern the evaluation: those of the record types it reads
// (and of the policy and the input folder as a whole). In `kefu run` the run has read more.
std::vector<Diagnostic> EvaluationIssues(const ReportRun& run);

// Stages and publishes output/evaluation/<quarter>/ from a loaded run: the workbook, the CSV,
// rejects.csv when anything was rejected or warned, and one dossier per decision other than
// none and gm_review (built in parallel with --jobs). Returns false when publishing failed (the
// run's exit code says why).
bool ProduceEvaluation(ReportRun& run, Quarter quarter);

// Builds every dossier of `evaluation` with `jobs` threads and stages each under
// `dossiers/<id>-<decision>[-<target>].xlsx`; the files are identical whatever `jobs` is.
// Returns false when any staging failed.
bool StageDossiers(OutputFolder& folder, const Dataset& data, const Evaluation& evaluation,
                   const Labels& labels, int jobs);

}  // namespace kefu
