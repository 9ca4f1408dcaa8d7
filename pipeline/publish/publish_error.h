// What can go wrong while writing, checking and publishing the files of an output folder, as
// data: the kind, the file concerned and a detail. The app renders it in the user's language
// with DescribePublishError (labels `publish.error.*` of templates/publish.*.properties).
#pragma once

#include <string>

#include "report/labels.h"

namespace kefu {

struct PublishError {
  enum class Kind {
    kWriteFailed,   // a file could not be written (detail: system or libxlsxwriter message)
    kVerifyFailed,  // the written workbook does not read back (detail: the part and why)
    kArchived,      // the target exists with different bytes and --force was not given
    kRenameFailed,  // publishing a temporary file failed (detail: system message)
    kBadSheetName,  // a sheet name Excel would refuse (detail: the name)
    kBadText,       // a text is not valid UTF-8 (detail: where, e.g. "Sheet!B3")
    kTextTooLong,   // a cell text is longer than Excel's 32,767 characters (detail: where)
    kBadModel,      // the workbook model is inconsistent: a programming error (detail: what)
    kBadName,       // not a file name the folder accepts (detail: why)
    kMissing,       // VerifyFolder: a file of the manifest is not there
    kChanged,       // VerifyFolder: a file's SHA-256 or size differs from the manifest
    kExtra,         // VerifyFolder: a file that the manifest does not list
    kNoManifest,    // VerifyFolder: manifest.json is missing or unreadable (detail: why)
  };
  Kind kind = Kind::kWriteFailed;
  std::string path;  // the file concerned, relative to the output folder where it has one
  std::string detail;

  bool operator==(const PublishError&) const = default;
};

// The label key of `kind`, e.g. "publish.error.archived".
const char* PublishErrorKey(PublishError::Kind kind);

// `path: what` in the language of `labels`.
std::string DescribePublishError(const PublishError& error, const Labels& labels);

}  // namespace kefu
