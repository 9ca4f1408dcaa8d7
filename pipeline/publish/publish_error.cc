#include "publish/publish_error.h"

namespace kefu {

const char* PublishErrorKey(PublishError::Kind kind) {
  using Kind = PublishError::Kind;
  switch (kind) {
    case Kind::kWriteFailed:
      return "publish.error.write_failed";
    case Kind::kVerifyFailed:
      return "publish.error.verify_failed";
    case Kind::kArchived:
      return "publish.error.archived";
    case Kind::kRenameFailed:
      return "publish.error.rename_failed";
    case Kind::kBadSheetName:
      return "publish.error.bad_sheet_name";
    case Kind::kBadText:
      return "publish.error.bad_text";
    case Kind::kTextTooLong:
      return "publish.error.text_too_long";
    case Kind::kBadModel:
      return "publish.error.bad_model";
    case Kind::kBadName:
      return "publish.error.bad_name";
    case Kind::kMissing:
      return "publish.error.missing";
    case Kind::kChanged:
      return "publish.error.changed";
    case Kind::kExtra:
      return "publish.error.extra";
    case Kind::kNoManifest:
      return "publish.error.no_manifest";
    case Kind::kLink:
      return "publish.error.link";
    case Kind::kNotRegular:
      return "publish.error.not_regular";
    case Kind::kNotProduced:
      return "publish.error.not_produced";
    case Kind::kLockTimeout:
      return "publish.error.lock_timeout";
    case Kind::kRollbackFailed:
      return "publish.error.rollback_failed";
    case Kind::kStrayLink:
      return "publish.error.stray_link";
  }
  return "publish.error.write_failed";
}

std::string DescribePublishError(const PublishError& error, const Labels& labels) {
  if (!error.args.empty()) {
    return error.path + ": " + labels.Format(PublishErrorKey(error.kind), error.args);
  }
  return error.path + ": " + labels.Fmt(PublishErrorKey(error.kind), error.detail);
}

}  // namespace kefu
