#include <Poco/DateTime.h>
#include <Poco/Path.h>
#include <Poco/Zip/Compress.h>

#include <sstream>
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

// A workbook whose only sheet is `sheet_xml`, with three shared strings and a date style:
// mutations of a sheet's XML reach the sheet reader instead of failing the zip's CRC.
std::string WorkbookAround(std::string_view sheet_xml) {
  const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const std::pair<const char*, std::string> parts[] = {
      {"_rels/.rels", "<Relationships><Relationship Id=\"r\" Type=\"" + rel +
                          "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
      {"xl/workbook.xml", "<workbook xmlns:r=\"" + rel +
                              "\"><sheets><sheet name=\"s\" r:id=\"a\"/></sheets></workbook>"},
      {"xl/_rels/workbook.xml.rels",
       "<Relationships><Relationship Id=\"a\" Type=\"" + rel +
           "/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"b\" Type=\"" + rel +
           "/sharedStrings\" Target=\"sharedStrings.xml\"/><Relationship Id=\"c\" Type=\"" + rel +
           "/styles\" Target=\"styles.xml\"/></Relationships>"},
      {"xl/sharedStrings.xml",
       "<sst><si><t>工号</t></si><si><r><t>时</t></r><r><t>间</t></r></si>"
       "<si><t>_x0007_</t></si></sst>"},
      {"xl/styles.xml",
       "<styleSheet><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"22\"/>"
       "</cellXfs></styleSheet>"},
      {"xl/worksheets/sheet1.xml", std::string(sheet_xml)}};
  std::ostringstream out;
  Poco::Zip::Compress zip(out, true);
  for (const auto& [name, text] : parts) {
    std::istringstream in(text);
    zip.addFile(in, Poco::DateTime(2024, 9, 2), Poco::Path(name, Poco::Path::PATH_UNIX),
                Poco::Zip::ZipCommon::CM_STORE);
  }
  zip.close();
  return out.str();
}

}  // namespace

void FuzzXlsxReader(const uint8_t* data, size_t size) {
  std::vector<Diagnostic> diagnostics;
  SourceDiagnostics out("fuzz.xlsx", RecordType::kPunches, diagnostics);
  // Small caps, so that a fuzzer's zip bomb costs milliseconds.
  XlsxLimits limits;
  limits.max_part_bytes = 4 << 20;
  limits.max_small_part_bytes = 1 << 20;
  // A first byte of 0x01 makes the rest a sheet's XML inside a generated workbook; anything
  // else is a whole file (a zip starts with 'P').
  std::string_view input(reinterpret_cast<const char*>(data), size);
  std::string bytes =
      !input.empty() && input[0] == '\x01' ? WorkbookAround(input.substr(1)) : std::string(input);
  auto book = XlsxWorkbook::Open(std::move(bytes), out, limits);
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
