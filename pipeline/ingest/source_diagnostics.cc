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
  Diagnostic d;
  d.severity = severity;
  d.type = type_;
  d.file = display_path_;
  d.line = place.line;
  d.location = std::move(place.location);
  d.field = std::move(place.field);
  d.reason = reason;
  d.args = std::move(args);
  d.original = std::move(original);
  out_.push_back(std::move(d));
}

}  // namespace kefu
