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

// Commits a staged folder: publishes its files and manifest (or none), prints every error, every
// file moved aside or link replaced, and what was written. Returns kExitDone, kExitArchived (an
// archived report would have changed) or kExitFatalInput (anything else went wrong).
int CommitPublication(PendingPublication& pending, Invocation& inv, Progress& progress);

// Prints the errors a folder recorded (Check or Commit), as the user finds the files.
void PrintPublishErrors(const OutputFolder& folder, Invocation& inv);

// `kefu run`: checks every staged folder first — a link, an unwritable target or anything else
// but the archive rules stops the run before anything is published (exit 2, nothing written) —
// then publishes each folder that the archive rules do not refuse. A publication that still
// fails midway ends the run with exit 2 and a message naming the folders published and not.
int PublishAll(std::vector<PendingPublication>& staged, Invocation& inv);

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

  // The report folder `output/<relative>` under the output root of the run (whose lock its first
  // staging takes).
  std::unique_ptr<OutputFolder> NewFolder(const std::string& relative,
                                          OutputFolder::Mode mode = OutputFolder::Mode::kExact);

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
// names them as the user typed --input, which is right for stderr, not for an archived report),
// and makes them valid UTF-8 (U+FFFD for each byte of a file name that is not).
void RelativeToInput(Diagnostic& d, const std::string& input_dir);

// Combines the diagnostics of ingest with those the rules raised, in file then line order.
std::vector<Diagnostic> MergeIssues(const std::vector<Diagnostic>& input,
                                    const std::vector<Diagnostic>& rules);

}  // namespace kefu
