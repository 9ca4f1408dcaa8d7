// What can go wrong while writing, checking and publishing the files of an output folder, as
// data: the kind, the file concerned and a detail. The app renders it in the user's language
// with DescribePublishError (labels `publish.error.*` of templates/publish.*.properties).
#pragma once

#include <string>
#include <vector>

#include "report/common/labels.h"

namespace kefu {

struct PublishError {
  enum class Kind {
    kWriteFailed,   // a file could not be written (detail: system or libxlsxwriter message)
    kVerifyFailed,  // the written workbook does not read back (detail: the part and why)
    kArchived,      // the target exists with different bytes and --force was not given
    kRenameFailed,  // publishing a staged file failed (detail: system message)
    kBadSheetName,  // a sheet name Excel would refuse (detail: the name)
    kBadText,       // a text is not valid UTF-8 (detail: where, e.g. "Sheet!B3")
    kTextTooLong,   // a cell text is longer than Excel's 32,767 characters (detail: where)
    kBadModel,      // the workbook model is inconsistent: a programming error (detail: what)
    kBadName,       // not a file name the folder accepts (detail: why)
    kMissing,       // VerifyFolder: a file of the manifest is not there
    kChanged,       // VerifyFolder: a file's SHA-256 or size differs from the manifest
    kExtra,         // VerifyFolder: a file that the manifest does not list
    kNoManifest,    // VerifyFolder: manifest.json is missing or unreadable (detail: why)
    // Issue 11: one writer per output root, links, files no longer produced.
    kLink,            // a symbolic link where a report goes, to outside the report's folder
                      // (detail: where it points); never written through
    kNotRegular,      // neither a file nor a folder where kefu writes (detail: what it is)
    kNotProduced,     // a file of the folder that this run does not produce (without --force)
    kLockTimeout,     // another kefu held the root's lock too long (args: seconds, pid, HH:MM)
    kRollbackFailed,  // a failed publication could not be undone (detail: system message)
    kStrayLink,       // a symbolic link elsewhere in a report folder (detail: where it points)
  };
  PublishError() = default;
  PublishError(Kind k, std::string p, std::string d = "", std::vector<std::string> a = {})
      : kind(k), path(std::move(p)), detail(std::move(d)), args(std::move(a)) {}

  Kind kind = Kind::kWriteFailed;
  std::string path;  // the file concerned, relative to the output folder where it has one
  std::string detail;
  std::vector<std::string> args;  // instead of `detail`, for messages that take several values

  bool operator==(const PublishError&) const = default;
};

// The label key of `kind`, e.g. "publish.error.archived".
const char* PublishErrorKey(PublishError::Kind kind);

// `path: what` in the language of `labels`.
std::string DescribePublishError(const PublishError& error, const Labels& labels);

}  // namespace kefu
