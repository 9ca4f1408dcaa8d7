#include "app/report_run.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <ostream>

#include "base/utf8.h"

namespace kefu {

OutputRoot& Invocation::output_root() {
  if (root_) return *root_;
  OutputRoot::Events events;
  std::string root = output_dir;
  events.waiting = [this, root](const LockHolder& holder) {
    const Labels& l = labels();
    *err << "kefu: "
         << (holder.pid ? l.Fmt("publish.waiting", holder.pid,
                                holder.started.empty() ? "?" : holder.started, root)
                        : l.Fmt("publish.waiting_unknown", root))
         << std::endl;
  };
  events.recovered = [this, root](const std::string& path) {
    *err << "kefu: " << labels().Fmt("publish.recovered", root + "/" + path) << std::endl;
  };
  root_ = std::make_unique<OutputRoot>(output_dir, std::move(events));
  return *root_;
}

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

std::unique_ptr<OutputFolder> ReportRun::NewFolder(const std::string& relative,
                                                   OutputFolder::Mode mode) {
  return std::make_unique<OutputFolder>(inv_.output_root(), relative, inv_.force, mode);
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

void PrintPublishErrors(const OutputFolder& folder, Invocation& inv) {
  for (PublishError e : folder.errors()) {
    e.path = folder.Display(e.path);  // name the file as the user finds it
    *inv.err << "kefu: " << DescribePublishError(e, inv.labels()) << "\n";
  }
}

int CommitPublication(PendingPublication& pending, Invocation& inv, Progress& progress) {
  OutputFolder& folder = *pending.folder;
  bool ok = folder.Commit(pending.manifest);
  const Labels& labels = inv.labels();
  PrintPublishErrors(folder, inv);
  if (!ok) return folder.refused() ? kExitArchived : kExitFatalInput;
  // Files moved aside and links replaced change the archive: said even with --quiet.
  for (const OutputFolder::Moved& m : folder.moved()) {
    *inv.err << "kefu: "
             << labels.Fmt(m.produced ? "publish.superseded" : "publish.not_produced",
                           folder.Display(m.from), folder.Display(m.to))
             << "\n";
  }
  for (const std::string& link : folder.links_replaced()) {
    *inv.err << "kefu: " << labels.Fmt("publish.link_replaced", folder.Display(link)) << "\n";
  }
  for (const std::string& name : folder.published()) {
    progress.Note(labels.Fmt("run.wrote", folder.Display(name)));
  }
  return kExitDone;
}

int PublishAll(std::vector<PendingPublication>& staged, Invocation& inv) {
  const Labels& labels = inv.labels();
  // Every target of every report is checked before anything is published.
  bool blocked = false;
  for (PendingPublication& pending : staged) {
    if (!pending.folder->Check() && !pending.folder->refused()) blocked = true;
  }
  if (blocked) {
    for (PendingPublication& pending : staged) PrintPublishErrors(*pending.folder, inv);
    *inv.err << "kefu: " << labels.Get("run.stopped") << "\n";
    return kExitFatalInput;
  }
  Progress progress(*inv.err, labels, inv.quiet, Progress::StderrIsTerminal());
  std::vector<std::string> published, not_published;
  bool refused = false;
  for (size_t i = 0; i < staged.size(); ++i) {
    OutputFolder& folder = *staged[i].folder;
    if (folder.refused()) {
      PrintPublishErrors(folder, inv);
      not_published.push_back(folder.folder());
      refused = true;
      continue;
    }
    if (CommitPublication(staged[i], inv, progress) == kExitDone) {
      published.push_back(folder.folder());
      continue;
    }
    // Failed midway (and undone): say exactly what is published and what is not.
    for (size_t j = i; j < staged.size(); ++j) not_published.push_back(staged[j].folder->folder());
    auto list = [&](const std::vector<std::string>& folders) {
      return folders.empty() ? labels.Get("run.nothing") : labels.Join("list.join", folders);
    };
    *inv.err << "kefu: "
             << (published.empty()
                     ? labels.Get("run.stopped")
                     : labels.Fmt("run.partly_published", list(published), list(not_published)))
             << "\n";
    return kExitFatalInput;
  }
  return refused ? kExitArchived : kExitDone;
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
  // A file name is bytes, not necessarily UTF-8 (a GBK name out of a Windows zip): a report
  // shows it with U+FFFD for each bad byte rather than fail to publish.
  d.file = ToValidUtf8(d.file);
  for (std::string& arg : d.args) arg = ToValidUtf8(arg);
  if (input_dir.empty() || input_dir == ".") return;
  const std::string prefix = ToValidUtf8(input_dir.back() == '/' ? input_dir : input_dir + "/");
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
