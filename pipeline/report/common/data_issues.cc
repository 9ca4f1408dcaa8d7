#include "report/common/data_issues.h"

#include <fmt/format.h>

namespace kefu {
namespace {

const char* SeverityKey(Severity s) {
  switch (s) {
    case Severity::kFatal:
      return "fatal";
    case Severity::kReject:
      return "rejected";
    case Severity::kWarning:
      return "warning";
  }
  return "warning";
}

}  // namespace

CsvTable BuildRejectsCsv(std::span<const Diagnostic> diagnostics, const Labels& labels) {
  CsvTable table;
  table.header = {"file", "line", "type", "field", "severity", "reason", "message", "original"};
  for (const Diagnostic& d : diagnostics) {
    table.rows.push_back({d.file, d.line > 0 ? fmt::format("{}", d.line) : "",
                          d.file.empty() ? "" : RecordTypeName(d.type), d.field,
                          SeverityKey(d.severity), ReasonKey(d.reason), labels.Reason(d),
                          d.original});
  }
  return table;
}

Sheet BuildDataIssuesSheet(std::span<const Diagnostic> diagnostics, const Labels& labels,
                           const Palette& palette) {
  Sheet sheet;
  sheet.name = labels.Get("issues.sheet");
  sheet.columns = {{36}, {8}, {16}, {10}, {60}, {40}};
  sheet.rows.push_back(
      {{Cell::Text(labels.Fmt("issues.title", diagnostics.size()), palette.title)}, 22});
  SheetRow header;
  for (const char* key : {"issues.file", "issues.line", "issues.field", "issues.severity",
                          "issues.reason", "issues.original"}) {
    header.cells.push_back(Cell::Text(labels.Get(key), palette.header));
  }
  sheet.rows.push_back(std::move(header));
  for (const Diagnostic& d : diagnostics) {
    SheetRow row;
    row.cells.push_back(Cell::Text(d.file, palette.text));
    row.cells.push_back(d.line > 0 ? Cell::Number(d.line, palette.integer)
                                   : Cell::Empty(palette.text));
    row.cells.push_back(Cell::Text(d.field, palette.text));
    row.cells.push_back(Cell::Text(labels.SeverityWord(d.severity), d.severity == Severity::kWarning
                                                                        ? palette.center
                                                                        : palette.alert));
    row.cells.push_back(Cell::Text(labels.Reason(d), palette.text));
    row.cells.push_back(Cell::Text(d.original, palette.text));
    sheet.rows.push_back(std::move(row));
  }
  sheet.freeze_rows = 2;
  if (!diagnostics.empty()) {
    sheet.autofilter = CellRange{1, 0, static_cast<uint32_t>(1 + diagnostics.size()), 5};
  }
  sheet.print = HousePrint(true, 1, 1, labels.Get("print.footer"));
  return sheet;
}

}  // namespace kefu
