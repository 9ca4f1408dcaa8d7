// The workbook reader on files written by real producers: LibreOffice (from CSV), openpyxl
// (committed fixtures, tests/fixtures/xlsx/make_fixtures.py) and libxlsxwriter (written here).
// Every expectation comes from what was put into the producer, not from the reader.
#include "ingest/xlsx_workbook.h"

#include <gtest/gtest.h>

#include <cmath>

#include "support/xlsx_fixtures.h"

namespace kefu {
namespace {

using testing::Collected;
using testing::Fixture;
using testing::WriteWithLibxlsxwriter;

// One cell as the reader gave it.
struct Seen {
  std::string ref;  // B7
  XlsxCellType type;
  std::string text;  // strings and errors; "" otherwise
  double number = 0;
  NumberFormatKind format = NumberFormatKind::kNumber;
  bool formula = false;
};

std::string Describe(const Seen& s) {
  return s.ref + " type=" + std::to_string(static_cast<int>(s.type)) + " text=[" + s.text +
         "] number=" + std::to_string(s.number) +
         " format=" + std::to_string(static_cast<int>(s.format)) + (s.formula ? " formula" : "");
}

void ExpectCells(const std::vector<Seen>& actual, const std::vector<Seen>& expected) {
  ASSERT_EQ(actual.size(), expected.size());
  for (size_t i = 0; i < expected.size(); ++i) {
    const Seen& a = actual[i];
    const Seen& e = expected[i];
    EXPECT_EQ(a.ref, e.ref) << Describe(a);
    EXPECT_EQ(a.type, e.type) << Describe(a);
    EXPECT_EQ(a.formula, e.formula) << Describe(a);
    if (e.type == XlsxCellType::kString || e.type == XlsxCellType::kError) {
      EXPECT_EQ(a.text, e.text) << Describe(a);
    }
    if (e.type == XlsxCellType::kNumber || e.type == XlsxCellType::kBoolean) {
      EXPECT_NEAR(a.number, e.number, 1e-9) << Describe(a);
      EXPECT_EQ(a.format, e.format) << Describe(a);
    }
  }
}

std::vector<Seen> ReadAll(XlsxSheetReader& sheet) {
  std::vector<Seen> cells;
  XlsxRow row;
  while (sheet.Next(&row)) {
    for (const XlsxCell& c : row.cells) {
      Seen s{ColumnName(c.column) + std::to_string(row.row),
             c.type,
             "",
             c.number,
             c.format,
             c.formula};
      if (c.type == XlsxCellType::kString || c.type == XlsxCellType::kError) {
        s.text = std::string(c.text);
      }
      cells.push_back(s);
    }
  }
  EXPECT_FALSE(sheet.failed());
  return cells;
}

// A serial of the 1900 system from a date's serial and a time of day.
double At(double day_serial, int h, int m, int s) {
  return day_serial + (h * 3600 + m * 60 + s) / 86400.0;
}

constexpr double k20240902 = 45537;  // 2024-09-02 in the 1900 system

Seen Str(std::string ref, std::string text) {
  return {std::move(ref), XlsxCellType::kString, std::move(text)};
}
Seen Num(std::string ref, double number, NumberFormatKind format = NumberFormatKind::kNumber) {
  return {std::move(ref), XlsxCellType::kNumber, "", number, format};
}

TEST(XlsxHelpers, ColumnNamesAndReferences) {
  EXPECT_EQ(ColumnName(1), "A");
  EXPECT_EQ(ColumnName(26), "Z");
  EXPECT_EQ(ColumnName(27), "AA");
  EXPECT_EQ(ColumnName(16384), "XFD");
  EXPECT_EQ(CellLocation("排班", 7, 2), "排班!B7");
  EXPECT_EQ(RowLocation("排班", 7), "排班!7:7");
  uint32_t row = 0;
  uint32_t column = 0;
  ASSERT_TRUE(ParseCellReference("XFD1048576", &row, &column));
  EXPECT_EQ(row, 1048576u);
  EXPECT_EQ(column, 16384u);
  ASSERT_TRUE(ParseCellReference("b7", &row, &column));
  EXPECT_EQ(column, 2u);
  EXPECT_FALSE(ParseCellReference("B", &row, &column));
  EXPECT_FALSE(ParseCellReference("7", &row, &column));
  EXPECT_FALSE(ParseCellReference("$B$7", &row, &column));
  EXPECT_FALSE(ParseCellReference("B0", &row, &column));
}

TEST(XlsxHelpers, PicksTheSheetNamedAfterTheTypeElseTheFirstVisibleWorksheet) {
  std::vector<XlsxSheetInfo> sheets = {{"说明", "", "", true, true},
                                       {"图表", "", "", false, false},
                                       {"汇总", "", "", true, false},
                                       {" Punches ", "", "", true, false},
                                       {"打卡记录", "", "", true, false}};
  EXPECT_EQ(PickSheet(sheets, {"punches", "打卡记录"}), 3u);  // the first sheet named so
  EXPECT_EQ(PickSheet(sheets, {"打卡记录"}), 4u);
  EXPECT_EQ(PickSheet(sheets, {"图表"}), 2u);  // a chart sheet is never read: the first visible one
  EXPECT_EQ(PickSheet(sheets, {"schedule"}), 2u);
  EXPECT_EQ(PickSheet({{"隐藏", "", "", true, true}}, {"schedule"}), std::nullopt);
}

TEST(XlsxHelpers, DecodesOoxmlEscapes) {
  std::string scratch;
  EXPECT_EQ(DecodeXmlString("plain", &scratch), "plain");
  EXPECT_EQ(DecodeXmlString("a_x0007_b", &scratch),
            "a\x07"
            "b");
  EXPECT_EQ(DecodeXmlString("_x000D_\n", &scratch), "\r\n");
  EXPECT_EQ(DecodeXmlString("_x005F_x0041_", &scratch), "_x0041_");  // an escaped underscore
  EXPECT_EQ(DecodeXmlString("_x4E2D_", &scratch), "中");
  EXPECT_EQ(DecodeXmlString("_x12_ and _xZZZZ_", &scratch), "_x12_ and _xZZZZ_");
}

TEST(XlsxWorkbook, LibreOfficeFromCsv) {
  Collected out;
  auto book = XlsxWorkbook::Open(Fixture("lo_punches.xlsx"), out.diagnostics);
  ASSERT_TRUE(book) << ::testing::PrintToString(out.Lines());
  ASSERT_EQ(book->sheets().size(), 1u);
  EXPECT_EQ(book->sheets()[0].name, "lo_punches");  // LibreOffice names it after the CSV
  EXPECT_TRUE(book->sheets()[0].worksheet);
  EXPECT_FALSE(book->sheets()[0].hidden);
  EXPECT_EQ(book->date_system(), DateSystem::k1900);
  auto sheet = book->OpenSheet(0, out.diagnostics);
  ASSERT_TRUE(sheet);
  EXPECT_EQ(sheet->name(), "lo_punches");
  EXPECT_TRUE(sheet->merged().empty());
  // Shared strings; date-times detected in the CSV became serials in LibreOffice's
  // yyyy-mm-dd hh:mm:ss; the date and the badge number of text columns stayed text.
  const auto dt = NumberFormatKind::kDateTime;
  ExpectCells(ReadAll(*sheet), {Str("A1", "2024年9月打卡记录"),
                                Str("A2", "工号"),
                                Str("B2", "打卡时间"),
                                Str("C2", "日期"),
                                Str("D2", "工牌号"),
                                Str("E2", "次数"),
                                Str("F2", "备注"),
                                Str("A3", "E001"),
                                Num("B3", At(k20240902, 7, 58, 12), dt),
                                Str("C3", "2024/9/2"),
                                Str("D3", "0012"),
                                Num("E3", 3),
                                Str("F3", "早到"),
                                Str("A4", "E002"),
                                Num("B4", At(k20240902, 8, 7, 0), dt),
                                Str("C4", "2024/9/2"),
                                Str("D4", "0105"),
                                Num("E4", 1),
                                Str("A5", "合计"),
                                Num("E5", 4)});
  EXPECT_TRUE(out.list.empty()) << ::testing::PrintToString(out.Lines());
}

TEST(XlsxWorkbook, OpenpyxlTypes) {
  Collected out;
  auto book = XlsxWorkbook::Open(Fixture("openpyxl_types.xlsx"), out.diagnostics);
  ASSERT_TRUE(book);
  ASSERT_EQ(book->sheets().size(), 1u);
  EXPECT_EQ(book->sheets()[0].name, "类型");
  auto sheet = book->OpenSheet(0, out.diagnostics);
  ASSERT_TRUE(sheet);
  std::vector<Seen> cells = ReadAll(*sheet);
  // Column A holds the labels (inline strings); column B the values.
  std::vector<Seen> values;
  for (const Seen& s : cells) {
    if (s.ref[0] != 'A') values.push_back(s);
  }
  Seen formula{"B10", XlsxCellType::kEmpty, ""};
  formula.formula = true;  // =1+2, never calculated: openpyxl saves no value
  ExpectCells(values,
              {Str("B1", "张三"),
               Num("B2", 85),
               Num("B3", 85.5),
               {"B4", XlsxCellType::kBoolean, "", 1},
               {"C4", XlsxCellType::kBoolean, "", 0},
               {"B5", XlsxCellType::kError, "#N/A"},
               Num("B6", k20240902, NumberFormatKind::kDate),
               Num("B7", (8 * 60 + 30) / 1440.0, NumberFormatKind::kTime),
               Num("B8", At(k20240902, 7, 58, 12), NumberFormatKind::kDateTime),
               Num("B9", k20240902 + 28,
                   NumberFormatKind::kDate),  // 2024-09-30, yyyy"年"m"月"d"日"
               formula,
               Str("B11", "0085"),
               Str("B12", "  前后空格  "),
               Str("B13", "第一行\n第二行"),
               // openpyxl writes the integer 110105199001011234 as the float 1.101051990010112e+17
               Num("B14", 1.101051990010112e+17),
               Num("B15", 0.25)});
  EXPECT_EQ(cells[0].ref, "A1");
  EXPECT_EQ(cells[0].text, "文本");
  EXPECT_TRUE(out.list.empty()) << ::testing::PrintToString(out.Lines());
}

TEST(XlsxWorkbook, Openpyxl1904DateSystem) {
  Collected out;
  auto book = XlsxWorkbook::Open(Fixture("openpyxl_1904.xlsx"), out.diagnostics);
  ASSERT_TRUE(book);
  EXPECT_EQ(book->date_system(), DateSystem::k1904);
  auto sheet = book->OpenSheet(0, out.diagnostics);
  ASSERT_TRUE(sheet);
  EXPECT_EQ(sheet->date_system(), DateSystem::k1904);
  // 2024-09-02 is 1,462 days fewer from 1904-01-01 than from the 1900 system's origin.
  ExpectCells(ReadAll(*sheet),
              {Str("A1", "日期"), Num("B1", k20240902 - 1462, NumberFormatKind::kDate),
               Str("A2", "日期时间"),
               Num("B2", At(k20240902 - 1462, 8, 0, 0), NumberFormatKind::kDateTime)});
}

// libxlsxwriter: shared strings (and inline strings in constant-memory mode), a rich string,
// booleans, formulas with saved values, dates, a built-in date-time format, a merged range, a
// control character (written as _x0007_), and a hidden second sheet.
void FillLibxlsxwriterWorkbook(lxw_workbook* wb) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, "排班");
  lxw_worksheet* hidden = workbook_add_worksheet(wb, "隐藏");
  worksheet_write_string(hidden, 0, 0, "x", nullptr);
  worksheet_hide(hidden);
  lxw_format* date = workbook_add_format(wb);
  format_set_num_format(date, "yyyy/m/d");
  lxw_format* builtin_datetime = workbook_add_format(wb);
  format_set_num_format_index(builtin_datetime, 22);
  lxw_format* bold = workbook_add_format(wb);
  format_set_bold(bold);
  worksheet_merge_range(ws, 0, 0, 0, 3, "九月排班", nullptr);
  worksheet_write_string(ws, 1, 0, "工号", nullptr);
  worksheet_write_string(ws, 1, 1, "是否", nullptr);
  lxw_rich_string_tuple first = {bold, const_cast<char*>("早")};
  lxw_rich_string_tuple second = {nullptr, const_cast<char*>("班 A")};
  lxw_rich_string_tuple* fragments[] = {&first, &second, nullptr};
  worksheet_write_rich_string(ws, 2, 0, fragments, nullptr);
  worksheet_write_boolean(ws, 2, 1, 1, nullptr);
  worksheet_write_formula_num(ws, 2, 2, "=1+2", nullptr, 3);
  worksheet_write_formula_str(ws, 2, 3, "=\"a\"&\"b\"", nullptr, "ab");
  lxw_datetime when = {2024, 9, 2, 7, 58, 12};
  worksheet_write_datetime(ws, 3, 0, &when, date);
  worksheet_write_number(ws, 3, 1, 45537.5, builtin_datetime);
  worksheet_write_string(ws, 3, 2, "响铃\x07", nullptr);
  worksheet_write_number(ws, 4, 4, -2.5, nullptr);
}

void ExpectLibxlsxwriterCells(XlsxWorkbook& book, Collected& out) {
  ASSERT_EQ(book.sheets().size(), 2u);
  EXPECT_EQ(book.sheets()[0].name, "排班");
  EXPECT_FALSE(book.sheets()[0].hidden);
  EXPECT_EQ(book.sheets()[1].name, "隐藏");
  EXPECT_TRUE(book.sheets()[1].hidden);
  auto sheet = book.OpenSheet(0, out.diagnostics);
  ASSERT_TRUE(sheet);
  ASSERT_EQ(sheet->merged().size(), 1u);
  const XlsxMergedRange& range = sheet->merged()[0];
  EXPECT_EQ(range.first_row, 1u);
  EXPECT_EQ(range.first_column, 1u);
  EXPECT_EQ(range.last_row, 1u);
  EXPECT_EQ(range.last_column, 4u);
  Seen formula_num = Num("C3", 3);
  formula_num.formula = true;
  Seen formula_str = Str("D3", "ab");
  formula_str.formula = true;
  // The time part of a date written with a date-only format is still in the serial.
  ExpectCells(ReadAll(*sheet), {Str("A1", "九月排班"),
                                Str("A2", "工号"),
                                Str("B2", "是否"),
                                Str("A3", "早班 A"),
                                {"B3", XlsxCellType::kBoolean, "", 1},
                                formula_num,
                                formula_str,
                                Num("A4", At(k20240902, 7, 58, 12), NumberFormatKind::kDate),
                                Num("B4", k20240902 + 0.5, NumberFormatKind::kDateTime),
                                Str("C4", "响铃\x07"),
                                Num("E5", -2.5)});
  EXPECT_TRUE(out.list.empty()) << ::testing::PrintToString(out.Lines());
}

TEST(XlsxWorkbook, LibxlsxwriterSharedStrings) {
  Collected out;
  auto book =
      XlsxWorkbook::Open(WriteWithLibxlsxwriter(FillLibxlsxwriterWorkbook), out.diagnostics);
  ASSERT_TRUE(book);
  ExpectLibxlsxwriterCells(*book, out);
}

TEST(XlsxWorkbook, LibxlsxwriterConstantMemoryInlineStrings) {
  Collected out;
  auto book =
      XlsxWorkbook::Open(WriteWithLibxlsxwriter(FillLibxlsxwriterWorkbook, true), out.diagnostics);
  ASSERT_TRUE(book);
  ExpectLibxlsxwriterCells(*book, out);
}

TEST(XlsxWorkbook, SheetListOfASummaryExport) {
  Collected out;
  auto book = XlsxWorkbook::Open(Fixture("dingtalk_summary.xlsx"), out.diagnostics);
  ASSERT_TRUE(book);
  ASSERT_EQ(book->sheets().size(), 2u);
  EXPECT_EQ(book->sheets()[0].name, "月度汇总");
  EXPECT_EQ(book->sheets()[1].name, "每日统计");
}

}  // namespace
}  // namespace kefu
