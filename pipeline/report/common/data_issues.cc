#include "report/common/data_issues.h"

#include <fmt/format.h>

#include "report/common/table_sheet.h"

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
  const Palette& p = palette;
  const TableColumns<Diagnostic> columns = {
      {"issues.file", 36, [&](const Diagnostic& d) { return Cell::Text(d.file, p.text); }},
      {"issues.line", 8,
       [&](const Diagnostic& d) {
         return d.line > 0 ? Cell::Number(d.line, p.integer) : Cell::Empty(p.text);
       }},
      {"issues.field", 16, [&](const Diagnostic& d) { return Cell::Text(d.field, p.text); }},
      {"issues.severity", 10,
       [&](const Diagnostic& d) {
         return Cell::Text(labels.SeverityWord(d.severity),
                           d.severity == Severity::kWarning ? p.center : p.alert);
       }},
      {"issues.reason", 60,
       [&](const Diagnostic& d) { return Cell::Text(labels.Reason(d), p.text); }},
      {"issues.original", 40, [&](const Diagnostic& d) { return Cell::Text(d.original, p.text); }},
  };
  Sheet sheet;
  sheet.name = labels.Get("issues.sheet");
  sheet.columns = ColumnWidths(columns);
  sheet.rows.push_back({{Cell::Text(labels.Fmt("issues.title", diagnostics.size()), p.title)}, 22});
  AppendTable(sheet, columns, labels, p.header, diagnostics);
  sheet.freeze_rows = 2;
  sheet.print = HousePrint(true, 1, 1, labels.Get("print.footer"));
  return sheet;
}

}  // namespace kefu
