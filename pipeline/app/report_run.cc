#include "app/report_run.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <ostream>

namespace kefu {

ReportRun::ReportRun(Invocation& invocation)
    : inv_(invocation),
      progress_(*invocation.err, invocation.labels(), invocation.quiet,
                Progress::StderrIsTerminal()) {}

bool ReportRun::Load(const ReportLoad& load) {
  LoadOptions options;
  options.only_types = load.types;
  options.focus_for_policy = load.focus_for_policy;
  options.input_dir = inv_.input_dir;
  options.jobs = inv_.jobs;
  options.focus = load.focus;
  options.on_file = [&](const std::string& path, size_t index, size_t count) {
    progress_.Step(path, index, count);
  };
  loaded_ = LoadInput(options);
  progress_.Finish();
  const Labels& labels = inv_.labels();
  for (const Diagnostic& d : loaded_.diagnostics) {
    if (d.severity != Severity::kWarning) *inv_.err << labels.DiagnosticLine(d) << "\n";
  }
  // From here on the diagnostics feed reports, which name files relative to the input folder.
  for (Diagnostic& d : loaded_.diagnostics) RelativeToInput(d, inv_.input_dir);
  size_t rejected = loaded_.CountOf(Severity::kReject);
  if (loaded_.HasFatal() || (inv_.strict && rejected > 0)) {
    *inv_.err << "kefu: " << labels.Get("run.stopped") << "\n";
    failed_ = true;
    return false;
  }
  return true;
}

void ReportRun::ReleaseRecords() {
  Dataset kept;
  kept.input_dir = loaded_.dataset.input_dir;
  kept.policy = loaded_.dataset.policy;
  kept.policy_sha256 = loaded_.dataset.policy_sha256;
  kept.files = std::move(loaded_.dataset.files);
  loaded_.dataset = std::move(kept);
}

std::string ReportRun::FolderPath(const std::string& parts) const {
  std::string root = inv_.output_dir;
  if (!root.empty() && root.back() == '/') root.pop_back();
  return root + "/" + parts;
}

bool ReportRun::Publish(std::unique_ptr<OutputFolder> folder, const std::string& command_text,
                        const std::string& period) {
  PendingPublication pending;
  pending.folder = std::move(folder);
  pending.manifest.tool_version = KEFU_VERSION;
  pending.manifest.command = command_text;
  pending.manifest.period = period;
  pending.manifest.policy_sha256 = loaded_.dataset.policy_sha256;
  pending.manifest.inputs = loaded_.dataset.files;
  if (deferred_ && pending.folder->errors().empty()) {
    deferred_->push_back(std::move(pending));
    return true;
  }
  // A staging error is reported (and nothing of the folder published) right away.
  int code = CommitPublication(pending, inv_, progress_);
  if (code == kExitArchived) refused_ = true;
  if (code == kExitFatalInput) failed_ = true;
  return code == kExitDone;
}

int CommitPublication(PendingPublication& pending, Invocation& inv, Progress& progress) {
  OutputFolder& folder = *pending.folder;
  bool ok = folder.Commit(pending.manifest);
  const Labels& labels = inv.labels();
  for (PublishError e : folder.errors()) {
    e.path = folder.folder() + "/" + e.path;  // name the file as the user finds it
    *inv.err << "kefu: " << DescribePublishError(e, labels) << "\n";
  }
  if (!ok) return folder.refused() ? kExitArchived : kExitFatalInput;
  for (const std::string& name : folder.published()) {
    progress.Note(labels.Fmt("run.wrote", folder.folder() + "/" + name));
  }
  return kExitDone;
}

void ReportRun::Fail(const std::string& message) {
  *inv_.err << "kefu: " << message << "\n";
  failed_ = true;
}

int ReportRun::ExitCode() const {
  if (failed_) return kExitFatalInput;
  if (refused_) return kExitArchived;
  if (loaded_.CountOf(Severity::kReject) > 0) return kExitRejectedRows;
  return kExitDone;
}

void RelativeToInput(Diagnostic& d, const std::string& input_dir) {
  if (input_dir.empty() || input_dir == ".") return;
  const std::string prefix = input_dir.back() == '/' ? input_dir : input_dir + "/";
  auto strip = [&](std::string& text) {
    if (text.starts_with(prefix)) text.erase(0, prefix.size());
  };
  strip(d.file);
  for (std::string& arg : d.args) strip(arg);  // "read before at <file>:<line>"
}

std::vector<Diagnostic> MergeIssues(const std::vector<Diagnostic>& input,
                                    const std::vector<Diagnostic>& rules) {
  std::vector<Diagnostic> all = input;
  all.insert(all.end(), rules.begin(), rules.end());
  // Input diagnostics are already in reading order; keep it, and slot the rules' findings in
  // by file and line (files keep the order in which they first appear).
  std::map<std::string, size_t, std::less<>> file_order;
  SortByFileAndLine(all, [&](const std::string& file) {
    return file_order.emplace(file, file_order.size()).first->second;
  });
  return all;
}

}  // namespace kefu
