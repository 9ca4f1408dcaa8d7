// Publishing the files of one report folder (outputs.md "Files"), under the lock of its output
// root (publish/output_root.h).
//
// Staging: the first file staged takes the root's lock, opens the report folder one component
// at a time from the root without following links (O_DIRECTORY|O_NOFOLLOW; a missing folder is
// created), and creates a fresh private staging folder in it (.kefu-staging-PID-XXXXXX, mode
// 0700). Every file is created there (O_EXCL|O_NOFOLLOW), written, read back (a workbook is
// re-opened and every XML part parsed), hashed and fsynced; libxlsxwriter writes through the
// descriptor kefu opened (/proc/self/fd/N), so a link put in its way cannot divert the workbook.
//
// Publication (Commit): Check works out, without changing anything, what publishing means for
// every file of the folder; then every file is renamed into place relative to the folders'
// descriptors (renameat2, never replacing what kefu did not decide to replace), then
// manifest.json (exchanged with the old one in one step). Archive rules:
// - a target that exists with the same bytes is left alone (not even touched); with different
//   bytes the publication is refused (kArchived, exit 4) unless `force`, which moves the old file
//   aside as NAME.superseded-N.ext with the first free N;
// - a report folder holds exactly what its run produces (Mode::kExact): a file the run does not
//   produce (a dossier whose decision is now `none`, a rejects.csv after a correction) is refused
//   (kNotProduced, exit 4) unless `force`, which moves it aside likewise. The `dossier/` folder
//   collects one dossier per command (Mode::kCollection): there other files are kept;
// - a symbolic link is never written through. A link where a file (or the dossiers/ folder) goes
//   is replaced by the file (folder) itself only when it points inside this report folder (what
//   it points to stays, and counts as a file of the folder like any other); any other link, and
//   anything that is neither a file nor a folder, refuses the publication (kLink, kNotRegular:
//   exit 2), naming it.
// manifest.json lists the current files (`outputs`) and, separately, the superseded ones
// (`superseded`), so that `kefu verify` finds exactly what it says.
//
// Failure leaves the folder as it was: when anything goes wrong the renames already done are
// undone in reverse order, the staging folder is removed, and so is every folder this object
// created (when empty). Nothing is removed that this process did not create: each name is
// checked to still hold the same device and inode first. Should an undo itself fail, the error
// says so (kRollbackFailed) rather than claim the folder is as it was.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "publish/file_ops.h"
#include "publish/manifest.h"
#include "publish/output_root.h"
#include "publish/publish_error.h"
#include "report/common/csv_table.h"
#include "report/common/sheet_model.h"

namespace kefu {

class OutputFolder {
 public:
  enum class Mode { kExact, kCollection };

  // The report folder `relative` ("attendance/2024-09") under `root`, which every folder of a
  // run shares (and which must outlive this object).
  OutputFolder(OutputRoot& root, std::string relative, bool force, Mode mode = Mode::kExact);
  // A folder on its own: its parent is its root.
  OutputFolder(std::string folder, bool force, Mode mode = Mode::kExact);
  ~OutputFolder();  // removes what was staged but not published (see above)
  OutputFolder(const OutputFolder&) = delete;
  OutputFolder& operator=(const OutputFolder&) = delete;

  // Writes `workbook` to the staging folder and verifies it. Thread-safe: several files may be
  // staged at once (but not while Check or Commit runs). `name` is a path relative to the
  // folder: a file name, or one subfolder and a file name ("dossiers/E007-promote-M.xlsx"); it
  // may not begin with '.', and "manifest.json" is the folder's own. Returns false (and records
  // the error) on failure; a failed staging makes Commit publish nothing.
  bool StageWorkbook(const std::string& name, const Workbook& workbook);
  // The same, releasing the model as soon as the file is written (large reports).
  bool StageWorkbook(const std::string& name, Workbook&& workbook);
  // The same for a CSV companion (publish/csv_writer.h) and for any other bytes.
  bool StageBytes(const std::string& name, const std::string& bytes);
  bool StageCsv(const std::string& name, const CsvTable& table);

  // Checks every staged file, and every file of the folder, against the archive rules above
  // without changing anything. False (errors recorded) when the folder cannot be published.
  bool Check();
  // Check (unless done), then publishes every staged file and manifest.json, or nothing.
  // Returns false on any error.
  bool Commit(const ManifestInfo& manifest);

  const std::vector<PublishError>& errors() const { return errors_; }
  // Refused only by the archive rules (kArchived, kNotProduced): nothing else went wrong.
  bool refused() const;
  // Files published or found identical by Commit, relative to the folder, in name order.
  const std::vector<std::string>& published() const { return published_; }
  // Files moved aside by Commit (an archived report replaced, or a file no longer produced).
  struct Moved {
    std::string from, to;  // relative to the folder
    bool produced = true;  // false: this run no longer produces `from`
  };
  const std::vector<Moved>& moved() const { return moved_; }
  // The new names of moved(), in name order.
  std::vector<std::string> superseded() const;
  // Links replaced by the file or folder itself, relative to the folder.
  const std::vector<std::string>& links_replaced() const { return links_replaced_; }
  // The folder as the user names it (the root as given, then the relative path).
  const std::string& folder() const { return folder_; }
  // `path` of an error as the user finds it: the folder, then the path.
  std::string Display(const std::string& path) const;

 private:
  struct Staged {
    std::string name;  // relative to the folder
    FileId id;
    std::string sha256;
    uint64_t size = 0;
  };
  // One change Commit makes, and how to undo it.
  struct Step {
    enum class Kind { kRenamed, kExchanged, kReplacedLink, kMadeFolder, kReplacedFolderLink };
    Kind kind = Kind::kRenamed;
    int from_dir = -1;
    std::string from;
    int to_dir = -1;
    std::string to;
    std::string link;  // what a replaced link pointed to
    FileId id;         // a folder made
    std::string path;  // the file concerned, relative to the folder (for messages)
  };
  struct Plan;

  bool Open();  // under mutex_: the lock, the folder, the staging folder
  // Creates `name`'s file in the staging folder; an invalid Fd on failure (recorded).
  Fd Begin(const std::string& name);
  bool Finish(const std::string& name, Fd fd, std::optional<PublishError> error);
  // Writes, reads back and syncs a workbook; `release` (the model itself) is emptied once
  // written.
  bool StageWorkbook(const std::string& name, const Workbook& workbook, Workbook* release);
  void AddError(PublishError::Kind kind, const std::string& path, const std::string& detail);
  int TargetDir(const std::string& subfolder);   // the folder or its subfolder (opened once)
  int StagingDir(const std::string& subfolder);  // likewise in the staging folder
  // Where the link `path` of the folder points and whether that is inside the folder.
  bool LinkInside(const std::string& path, std::string* text, bool* is_folder);
  bool Apply(const ManifestInfo& manifest);
  bool WriteManifest(const ManifestInfo& info);
  bool Do(Step step, unsigned flags);
  void Abandon();

  std::unique_ptr<OutputRoot> own_root_;
  OutputRoot* root_;
  std::string relative_;
  std::string folder_;
  bool force_;
  Mode mode_;
  mutable std::mutex mutex_;
  bool opened_ = false;
  bool committed_ = false;
  Fd folder_fd_;
  std::string real_folder_;  // the folder's canonical path, to tell where a link points
  Fd staging_fd_;
  std::string staging_name_;
  FileId staging_id_;
  std::map<std::string, Fd> target_dirs_, staging_dirs_;
  struct Created {
    Fd parent;
    std::string name;
    FileId id;
  };
  std::vector<Created> created_;  // folders made on the way to the report folder
  std::vector<Staged> staged_;
  std::set<std::string> names_;  // staged or being staged
  std::unique_ptr<Plan> plan_;
  std::vector<Step> journal_;
  std::vector<PublishError> errors_;
  std::vector<std::string> published_;
  std::vector<Moved> moved_;
  std::vector<std::string> links_replaced_;
};

}  // namespace kefu
