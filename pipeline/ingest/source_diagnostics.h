// Diagnostics of one input file for the readers that work below the record level (workbooks,
// time-clock logs): they know the file and where in it, and the record type only as the tag
// every diagnostic carries.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostic.h"

namespace kefu {

// Where in the file: a line (a clock log's), or a place a line cannot name (`Sheet!B7`, or a
// workbook part `xl/worksheets/sheet1.xml:2`) with the line or row it sorts by.
struct SourcePlace {
  SourcePlace() = default;
  SourcePlace(uint32_t at_line, std::string at_location, std::string of_field = "")
      : line(at_line), location(std::move(at_location)), field(std::move(of_field)) {}

  uint32_t line = 0;
  std::string location;
  std::string field;  // the field's English key, when the diagnostic is about one
};

class SourceDiagnostics {
 public:
  SourceDiagnostics(std::string display_path, RecordType type, std::vector<Diagnostic>& out)
      : display_path_(std::move(display_path)), type_(type), out_(out) {}

  // The file cannot be read at all.
  void Fatal(Reason reason, SourcePlace place, std::vector<std::string> args = {});
  // A row (or line) that cannot be used; `original` is quoted with QuoteOriginal
  // (ingest/row_context.h).
  void Reject(Reason reason, SourcePlace place, std::string_view original,
              std::vector<std::string> args = {});
  void Warn(Reason reason, SourcePlace place, std::string_view original,
            std::vector<std::string> args = {});

  bool has_fatal() const { return fatal_; }
  const std::string& display_path() const { return display_path_; }

 private:
  void Add(Severity severity, Reason reason, SourcePlace place, std::string original,
           std::vector<std::string> args);

  std::string display_path_;
  RecordType type_;
  std::vector<Diagnostic>& out_;
  bool fatal_ = false;
};

}  // namespace kefu
