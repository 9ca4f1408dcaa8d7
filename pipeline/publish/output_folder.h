// Publishing the files of one output folder (outputs.md "Files"): every file is first written
// to a temporary file in its target folder (.NAME.tmp-PID-N), checked (a workbook is re-opened
// and every XML part parsed) and fsynced; then all of them are published together or not at
// all.
//
// Archive rules: a target that exists with the same bytes is left alone (not even touched); with
// different bytes the publication is refused (exit 4) unless `force`, which keeps the old file
// as NAME.superseded-N.ext with the first free N. manifest.json (publish/manifest.h) is written
// on every publication, the same way (temporary file, rename), unless it already has the same
// bytes, and lists every file of the folder.
//
// Failure leaves the folder as it was: when anything goes wrong — a file that cannot be written
// or does not read back, a refusal, a failed rename, the manifest — every temporary file is
// removed, every rename already done is undone and every folder this object created is removed
// again (when empty).
#pragma once

#include <cstdint>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "publish/manifest.h"
#include "publish/publish_error.h"
#include "report/csv_table.h"
#include "report/sheet_model.h"

namespace kefu {

class OutputFolder {
 public:
  // `folder` is created (with parents) when the first file is staged.
  OutputFolder(std::string folder, bool force);
  ~OutputFolder();  // removes what was staged but not published (see above)
  OutputFolder(const OutputFolder&) = delete;
  OutputFolder& operator=(const OutputFolder&) = delete;

  // Writes `workbook` to a temporary file in the folder and verifies it. Thread-safe: several
  // files may be staged at once (but not while Commit runs). `name` is a path relative to the
  // folder: a file name, or one subfolder and a file name ("dossiers/E007-promote-M.xlsx");
  // it may not begin with '.', and "manifest.json" is the folder's own. Returns false (and
  // records the error) on failure; a failed staging makes Commit publish nothing.
  bool StageWorkbook(const std::string& name, const Workbook& workbook);
  // The same for a CSV companion (publish/csv_writer.h) and for any other bytes.
  bool StageCsv(const std::string& name, const CsvTable& table);
  bool StageBytes(const std::string& name, const std::string& bytes);

  // Checks every staged file against what the folder holds, then publishes all of them (or,
  // on a conflict without --force or any other error, none) and writes manifest.json. Returns
  // false on any error.
  bool Commit(const ManifestInfo& manifest);

  const std::vector<PublishError>& errors() const { return errors_; }
  bool refused() const;  // an archived report would have been replaced
  // Files published or found identical by Commit, relative to the folder, in name order.
  const std::vector<std::string>& published() const { return published_; }
  // Old files kept as NAME.superseded-N.ext by Commit, relative to the folder, in name order.
  const std::vector<std::string>& superseded() const { return superseded_; }
  const std::string& folder() const { return folder_; }

 private:
  struct Staged {
    std::string name;       // relative to the folder
    std::string temp_path;  // the temporary file
    std::string sha256;
    uint64_t size = 0;
  };
  struct Rename {
    std::string from, to;
  };

  // Checks `name`, creates its folder and a temporary file; empty on failure.
  std::string Begin(const std::string& name);
  // Records a staged temporary file, or the error that ended its staging (removing it).
  bool Finish(const std::string& name, const std::string& temp, const PublishError* error);
  void AddError(PublishError::Kind kind, const std::string& path, const std::string& detail);
  bool WriteManifest(const ManifestInfo& info, std::vector<Rename>* journal);
  // Undoes `journal`, removes every temporary file and the folders this object created.
  void Abandon(const std::vector<Rename>& journal);

  std::string folder_;
  bool force_;
  mutable std::mutex mutex_;
  std::vector<Staged> staged_;
  std::set<std::string> names_;               // staged or being staged
  std::vector<std::string> temps_;            // temporary files that exist, staged or not
  std::vector<std::string> created_folders_;  // in the order they were created
  std::vector<PublishError> errors_;
  std::vector<std::string> published_;
  std::vector<std::string> superseded_;
};

}  // namespace kefu
