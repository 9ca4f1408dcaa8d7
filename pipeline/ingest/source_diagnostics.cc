#include "ingest/source_diagnostics.h"

#include <fmt/format.h>

#include "ingest/personal_data.h"
#include "ingest/row_context.h"

namespace kefu {

void SourceDiagnostics::Fatal(Reason reason, SourcePlace place, std::vector<std::string> args) {
  fatal_ = true;
  Add(Severity::kFatal, reason, std::move(place), "", std::move(args));
}

void SourceDiagnostics::Reject(Reason reason, SourcePlace place, std::string_view original,
                               std::vector<std::string> args) {
  Add(Severity::kReject, reason, std::move(place), QuoteOriginal(original), std::move(args));
}

void SourceDiagnostics::Warn(Reason reason, SourcePlace place, std::string_view original,
                             std::vector<std::string> args) {
  Add(Severity::kWarning, reason, std::move(place), QuoteOriginal(original), std::move(args));
}

void SourceDiagnostics::Add(Severity severity, Reason reason, SourcePlace place,
                            std::string original, std::vector<std::string> args) {
  InputPlace at{type_, display_path_, place.line, std::move(place.location)};
  switch (severity) {
    case Severity::kFatal:
      out_.push_back(FatalAt(std::move(at), reason, std::move(place.field), std::move(original),
                             std::move(args)));
      break;
    case Severity::kReject:
      out_.push_back(RejectAt(std::move(at), reason, std::move(place.field), std::move(original),
                              std::move(args)));
      break;
    case Severity::kWarning:
      out_.push_back(WarningAt(std::move(at), reason, std::move(place.field), std::move(original),
                               std::move(args)));
      break;
  }
}

}  // namespace kefu
