// The frame every report command shares: load the input (reading in full only the period it
// needs), stop on fatal input errors (or on any rejected row with --strict), publish output
// folders, print progress and errors, and work out the exit status.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/invocation.h"
#include "app/progress.h"
#include "ingest/loader.h"
#include "publish/output_folder.h"

namespace kefu {

// What a report reads: the dated records it needs in full, and the record types at all.
struct ReportLoad {
  std::optional<DateRange> focus;
  // When set, replaces `focus` once the policy is read (see LoadOptions::focus_for_policy).
  std::function<std::optional<DateRange>(const Policy&)> focus_for_policy;
  std::vector<RecordType> types;
};

// A staged output folder waiting for its commit, with the manifest it will carry.
struct PendingPublication {
  std::unique_ptr<OutputFolder> folder;
  ManifestInfo manifest;
};

// Commits a staged folder: publishes its files and manifest (or none), prints every error and
// what was written. Returns kExitDone, kExitArchived (an archived report would have changed) or
// kExitFatalInput (anything else went wrong).
int CommitPublication(PendingPublication& pending, Invocation& inv, Progress& progress);

class ReportRun {
 public:
  explicit ReportRun(Invocation& invocation);

  // Loads the input folder. Returns false when the run must stop: a fatal error, or a rejected
  // row under --strict (both exit 2, nothing written). Every fatal and rejected row is printed
  // to stderr.
  bool Load(const ReportLoad& load);

  const Dataset& data() const { return loaded_.dataset; }
  // Every diagnostic of ingest (for the data-issues sheet and rejects.csv).
  const std::vector<Diagnostic>& input_issues() const { return loaded_.diagnostics; }

  // Frees the records once every report model is built, keeping what the manifest needs (the
  // input files and the policy digest): writing and reading back a large workbook then has
  // the memory to itself.
  void ReleaseRecords();

  // The folder `output/<parts>` under the output directory.
  std::string FolderPath(const std::string& parts) const;

  // Commits a folder whose files are staged, with the manifest of this run. Reports failures
  // and refusals on stderr; returns false on either. When publications are deferred, a folder
  // staged without error joins the queue instead, and its commit is the queue owner's.
  bool Publish(std::unique_ptr<OutputFolder> folder, const std::string& command_text,
               const std::string& period);

  // `kefu run` publishes nothing until every report is ready: a fatal error in the last one
  // must leave the first unwritten too (outputs.md: exit 2, nothing written).
  void DeferPublications(std::vector<PendingPublication>* queue) { deferred_ = queue; }

  // Records a failure of a report's own (e.g. an employee that does not exist).
  void Fail(const std::string& message);

  Progress& progress() { return progress_; }
  Invocation& invocation() { return inv_; }
  const Labels& labels() const { return inv_.labels(); }

  // 2 on a failure, else 4 when an archived report was kept, else 3 when rows were rejected,
  // else 0.
  int ExitCode() const;

 private:
  Invocation& inv_;
  Progress progress_;
  LoadResult loaded_;
  bool failed_ = false;
  bool refused_ = false;
  std::vector<PendingPublication>* deferred_ = nullptr;
};

// Names the diagnostic's file, and any file it refers to, relative to the input folder (ingest
// names them as the user typed --input, which is right for stderr, not for an archived report).
void RelativeToInput(Diagnostic& d, const std::string& input_dir);

// Combines the diagnostics of ingest with those the rules raised, in file then line order.
std::vector<Diagnostic> MergeIssues(const std::vector<Diagnostic>& input,
                                    const std::vector<Diagnostic>& rules);

}  // namespace kefu
