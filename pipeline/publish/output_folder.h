// Publishing the files of one output folder (outputs.md "Files"): every file is first written
// to a temporary file in the target folder and checked (a workbook is re-opened and every XML
// part parsed), then all of them are published together or not at all.
//
// Archive rules: a target that exists with the same bytes is left alone; with different bytes
// the publication is refused (exit 4) unless `force`, which keeps the old file as
// NAME.superseded-N.ext. manifest.json is rewritten on every publication and lists every file
// of the folder.
#pragma once

#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

#include "model/dataset.h"
#include "report/csv_table.h"
#include "report/sheet_model.h"

namespace kefu {

// What went wrong, as data; the app renders it in the user's language.
struct PublishError {
  enum class Kind {
    kWriteFailed,     // the temporary file could not be written (detail: system or libxlsxwriter)
    kVerifyFailed,    // the written workbook does not read back (detail: the part and why)
    kArchived,        // the target exists with different bytes and --force was not given
    kRenameFailed,    // publishing the temporary file failed (detail: system message)
    kBadSheetName,    // a sheet name Excel would refuse (detail: the name)
  };
  Kind kind;
  std::string path;    // the file concerned
  std::string detail;
};

// The manifest's description of the run (outputs.md: tool version, command, period, policy
// digest, every input file with its counts, every output file with its hash and size).
struct ManifestInfo {
  std::string tool_version;
  std::string command;  // e.g. "attendance --month 2024-09"
  std::string period;   // e.g. "2024-08-26..2024-09-25"
  std::string policy_sha256;  // empty: defaults
  std::vector<InputFile> inputs;
};

class OutputFolder {
 public:
  // `folder` is created (with parents) when the first file is staged.
  OutputFolder(std::string folder, bool force);
  ~OutputFolder();  // removes temporary files that were not published
  OutputFolder(const OutputFolder&) = delete;
  OutputFolder& operator=(const OutputFolder&) = delete;

  // Writes `workbook` to a temporary file in the folder and verifies it. Thread-safe: several
  // workbooks may be staged at once. `name` is a path relative to the folder (it may contain
  // one subfolder, e.g. "dossiers/E007-promote-M.xlsx").
  bool StageWorkbook(const std::string& name, const Workbook& workbook);
  // The same for a CSV companion and for any other bytes.
  bool StageCsv(const std::string& name, const CsvTable& table);
  bool StageBytes(const std::string& name, const std::string& bytes);

  // Checks every staged file against what the folder holds, then publishes all of them (or,
  // on a conflict without --force, none) and writes manifest.json. Returns false on any error.
  bool Commit(const ManifestInfo& manifest);

  const std::vector<PublishError>& errors() const { return errors_; }
  bool refused() const;  // an archived report would have been replaced
  // Files published or found identical, relative to the folder, in name order.
  std::vector<std::string> published() const;
  const std::string& folder() const { return folder_; }

 private:
  struct Staged {
    std::string name;
    std::string temp_path;
    std::string sha256;
    uint64_t size = 0;
  };
  std::string folder_;
  bool force_;
  std::mutex mutex_;
  std::vector<Staged> staged_;
  std::vector<PublishError> errors_;
  std::vector<std::string> published_;
};

// Recomputes the hashes of an output folder against its manifest.json: every listed file must
// exist with its hash and size, and no other file may be there. Problems are returned as text
// lines `path: what` (data; the app prints them).
struct VerifyResult {
  bool ok = false;
  std::vector<PublishError> problems;  // kind kVerifyFailed, path, detail "missing" / "changed" / "extra"
};
VerifyResult VerifyFolder(const std::string& folder);

}  // namespace kefu
