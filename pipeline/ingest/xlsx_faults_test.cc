// The reader's error paths, one fault per workbook: the parts are crafted (ZipParts), since no
// producer writes these faults; the producers' files are tested in xlsx_workbook_test.cc.
#include <gtest/gtest.h>

#include "ingest/xlsx_workbook.h"
#include "support/xlsx_fixtures.h"

namespace kefu {
namespace {

using testing::Collected;
using testing::WorkbookParts;
using testing::ZipParts;
using Lines = std::vector<std::string>;

// Reads the first sheet of the workbook made of `parts`; returns the cells as "B7=text" and
// the diagnostics.
std::pair<Lines, Lines> Read(const std::map<std::string, std::string>& parts,
                             const XlsxLimits& limits = {}) {
  Collected out;
  Lines cells;
  auto book = XlsxWorkbook::Open(ZipParts(parts), out.diagnostics, limits);
  if (book) {
    auto sheet = book->OpenSheet(0, out.diagnostics);
    XlsxRow row;
    while (sheet && sheet->Next(&row)) {
      for (const XlsxCell& c : row.cells) {
        cells.push_back(ColumnName(c.column) + std::to_string(row.row) + "=" + std::string(c.text));
      }
    }
  }
  return {cells, out.Lines()};
}

std::string Sheet(const std::string& rows) {
  return "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
         "<sheetData>" +
         rows + "</sheetData></worksheet>";
}

std::string SharedStrings(const std::string& items) {
  return "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" + items +
         "</sst>";
}

TEST(XlsxFaults, AWellFormedCraftedWorkbookReads) {
  // Rows and cells without r, a prefixed namespace, rich text with phonetic runs left out, a
  // whitespace-only run kept, and relationships that resolve "../" and absolute targets.
  auto parts = WorkbookParts(
      "<x:worksheet xmlns:x=\"urn:x\"><x:sheetData><x:row><x:c t=\"s\"><x:v>0</x:v></x:c>"
      "<x:c><x:v>2.5E1</x:v></x:c></x:row><x:row r=\"3\"><x:c r=\"C3\" t=\"s\"><x:v>1</x:v></x:c>"
      "</x:row></x:sheetData></x:worksheet>",
      {{"xl/sharedStrings.xml",
        SharedStrings("<si><t>工号</t></si><si><r><t>早</t></r><r><t xml:space=\"preserve\"> "
                      "</t></r><r><t>班</t></r><rPh sb=\"0\" eb=\"1\"><t>ハヤ</t></rPh></si>")}},
      "../xl/./worksheets/sheet1.xml");
  EXPECT_EQ(Read(parts), (std::pair<Lines, Lines>{{"A1=工号", "B1=2.5E1", "C3=早 班"}, {}}));
  parts = WorkbookParts(Sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"), {},
                        "/XL/Worksheets/Sheet1.xml");
  EXPECT_EQ(Read(parts).first, Lines{"A1=1"});  // part names ignore case
}

TEST(XlsxFaults, MalformedSheetNamesItsPartAndLine) {
  auto parts = WorkbookParts(Sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>\n<row r=\"2\"><c"));
  EXPECT_EQ(Read(parts).second,
            Lines{"punches/in.xlsx:xl/worksheets/sheet1.xml:2: error: not well-formed XML: Error "
                  "parsing start element tag"});
}

TEST(XlsxFaults, ControlCharacterAndEntityInParts) {
  auto parts = WorkbookParts(Sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"),
                             {{"xl/sharedStrings.xml", SharedStrings("<si><t>a\n\x01</t></si>")}});
  EXPECT_EQ(Read(parts).second,
            Lines{"punches/in.xlsx:xl/sharedStrings.xml:2: error: contains NUL or a control "
                  "character, which XML does not allow"});
  parts =
      WorkbookParts(Sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c>"
                          "</row>"));
  EXPECT_EQ(Read(parts).second,
            Lines{"punches/in.xlsx:xl/worksheets/sheet1.xml:1: error: the entity reference &xxe; "
                  "is not defined (only &lt; &gt; &amp; &apos; &quot; and character references "
                  "are allowed)"});
}

TEST(XlsxFaults, CellsOutOfOrderOrBeyondExcelsColumns) {
  EXPECT_EQ(Read(WorkbookParts(Sheet("<row r=\"2\"/><row r=\"1\"/>"))).second,
            Lines{"punches/in.xlsx:打卡!1:1: error: a row or cell at or before the one before it "
                  "(rows and cells must be in order)"});
  EXPECT_EQ(Read(WorkbookParts(Sheet("<row r=\"1\"><c r=\"B1\"><v>1</v></c><c r=\"A1\"><v>2</v>"
                                     "</c></row>")))
                .second,
            Lines{"punches/in.xlsx:打卡!A1: error: a row or cell at or before the one before it "
                  "(rows and cells must be in order)"});
  EXPECT_EQ(Read(WorkbookParts(Sheet("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>"))).second,
            Lines{"punches/in.xlsx:打卡!1:1: error: a cell beyond Excel's last column XFD (column "
                  "16385)"});
  EXPECT_EQ(Read(WorkbookParts(Sheet("<row r=\"1\"><c r=\"A$1\"><v>1</v></c></row>"))).second,
            Lines{"punches/in.xlsx:打卡!1:1: error: not a cell reference: A$1"});
}

TEST(XlsxFaults, ValuesThatDoNotFitTheirType) {
  EXPECT_EQ(
      Read(WorkbookParts(Sheet("<row r=\"1\"><c r=\"A1\"><v>1,5</v></c></row>"))).second,
      Lines{"punches/in.xlsx:打卡!A1: error: the cell's value does not fit its type t=\"n\""});
  EXPECT_EQ(
      Read(WorkbookParts(Sheet("<row r=\"1\"><c r=\"A1\" t=\"b\"><v>yes</v></c></row>"))).second,
      Lines{"punches/in.xlsx:打卡!A1: error: the cell's value does not fit its type t=\"b\""});
  auto parts = WorkbookParts(Sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" "
                                   "t=\"s\"><v>2</v></c></row>"),
                             {{"xl/sharedStrings.xml", SharedStrings("<si><t>a</t></si>")}});
  EXPECT_EQ(Read(parts).second, Lines{"punches/in.xlsx:打卡!B1: error: the cell refers to shared "
                                      "string 2, but the workbook has only 1"});
}

TEST(XlsxFaults, MissingWorkbookPartsAndTooManyParts) {
  auto parts = WorkbookParts(Sheet(""));
  parts.erase("xl/workbook.xml");
  EXPECT_EQ(Read(parts).second,
            Lines{"punches/in.xlsx: error: the workbook lacks its part xl/workbook.xml"});
  parts = WorkbookParts(Sheet(""));
  parts.erase("_rels/.rels");
  EXPECT_EQ(Read(parts).second,
            Lines{"punches/in.xlsx: error: the workbook lacks its part _rels/.rels"});
  parts = WorkbookParts(Sheet(""));
  parts.erase("xl/worksheets/sheet1.xml");
  EXPECT_EQ(
      Read(parts).second,
      Lines{"punches/in.xlsx:打卡: error: the workbook lacks its part xl/worksheets/sheet1.xml"});
  XlsxLimits limits;
  limits.max_parts = 4;
  EXPECT_EQ(Read(WorkbookParts(Sheet("")), limits).second,
            Lines{"punches/in.xlsx: error: the zip package has more than 4 parts: not a "
                  "workbook"});
}

TEST(XlsxFaults, NoWorksheetAtAll) {
  auto parts = WorkbookParts(Sheet(""));
  parts["xl/workbook.xml"] = "<workbook><sheets/></workbook>";
  EXPECT_EQ(Read(parts).second, Lines{"punches/in.xlsx: error: the workbook has no worksheet"});
}

TEST(XlsxFaults, ForgedZip64RecordIsRefusedBeforePocoReadsIt) {
  // A ZIP64 end-of-central-directory record after the central directory whose size field
  // claims 4 GiB of extensible data: Poco 1.11 would allocate and fill that much.
  std::string bytes = ZipParts(WorkbookParts(Sheet("")));
  const size_t end_record = bytes.rfind("PK\x05\x06");
  ASSERT_NE(end_record, std::string::npos);
  std::string forged = "PK\x06\x06";
  for (int i = 0; i < 8; ++i) forged += static_cast<char>(i == 4 ? 1 : 0);  // 2^32 little-endian
  forged += std::string(44, '\0');
  bytes.insert(end_record, forged);
  Collected out;
  EXPECT_FALSE(XlsxWorkbook::Open(bytes, out.diagnostics));
  EXPECT_EQ(out.Lines(),
            Lines{"punches/in.xlsx: error: the workbook's zip package is damaged (ZIP64)"});
}

TEST(XlsxFaults, DamagedZip) {
  std::string bytes = ZipParts(WorkbookParts(Sheet("")));
  bytes.resize(bytes.size() / 2);
  Collected out;
  EXPECT_FALSE(XlsxWorkbook::Open(bytes, out.diagnostics));
  ASSERT_EQ(out.Lines().size(), 1u);
  EXPECT_TRUE(
      out.Lines()[0].starts_with("punches/in.xlsx: error: the workbook's zip package is "
                                 "damaged ("))
      << out.Lines()[0];
}

}  // namespace
}  // namespace kefu
