#include <string>

#include "base/utf8.h"
#include "fuzz/fuzz_targets.h"
#include "ingest/sheet_table.h"
#include "ingest/xlsx_workbook.h"

namespace kefu::fuzz {

namespace {

void CheckDiagnostics(const std::vector<Diagnostic>& diagnostics) {
  size_t fatal = 0;
  for (const Diagnostic& d : diagnostics) {
    fatal += d.severity == Severity::kFatal;
    Require(IsValidUtf8(d.original) && IsValidUtf8(d.location), "diagnostic text is UTF-8");
    for (const std::string& arg : d.args) Require(IsValidUtf8(arg), "diagnostic argument is UTF-8");
  }
  Require(fatal <= 1, "at most one fatal diagnostic");
}

}  // namespace

void FuzzXlsxReader(const uint8_t* data, size_t size) {
  std::vector<Diagnostic> diagnostics;
  SourceDiagnostics out("fuzz.xlsx", RecordType::kPunches, diagnostics);
  // Small caps, so that a fuzzer's zip bomb costs milliseconds.
  XlsxLimits limits;
  limits.max_part_bytes = 4 << 20;
  limits.max_small_part_bytes = 1 << 20;
  auto book =
      XlsxWorkbook::Open(std::string(reinterpret_cast<const char*>(data), size), out, limits);
  if (!book) {
    Require(out.has_fatal(), "a workbook that does not open says why");
    return CheckDiagnostics(diagnostics);
  }
  for (size_t i = 0; i < book->sheets().size() && !out.has_fatal(); ++i) {
    auto sheet = book->OpenSheet(i, out);
    if (!sheet) break;
    TableHeaderSpec spec;
    spec.field_of = [](std::string_view text) {
      return text == "工号" ? 0 : text == "时间" ? 1 : -1;
    };
    spec.required = {0};
    spec.field_names = {"employee_id", "time"};
    auto table = SheetTable::Open(*sheet, spec, {}, out);
    TableRow row;
    uint32_t last = 0;
    while (table && table->Next(&row)) {
      Require(row.row > last && row.row <= kXlsxMaxRows, "rows increase within Excel's limit");
      last = row.row;
      for (const TableCell& cell : row.cells) {
        Require(IsValidUtf8(cell.text), "cell text is UTF-8");
        Require(cell.column >= 1 && cell.column <= kXlsxMaxColumns, "column within Excel's limit");
      }
    }
  }
  CheckDiagnostics(diagnostics);
}

}  // namespace kefu::fuzz
