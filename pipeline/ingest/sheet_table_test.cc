// The table view on the producers' workbooks: title rows, header by alias, merged cells, empty
// rows, totals rows, weekday rows, numbers stored as text, and cell texts as the field parsers
// read them. The expected rows are what the fixtures were made from
// (tests/fixtures/xlsx/make_fixtures.py), worked out by hand.
#include "ingest/sheet_table.h"

#include <gtest/gtest.h>

#include <map>

#include "ingest/grid_headers.h"
#include "ingest/personal_data.h"
#include "support/xlsx_fixtures.h"

namespace kefu {
namespace {

using testing::Collected;
using testing::Fixture;
using testing::WriteWithLibxlsxwriter;

// A header spec from (alias, field) pairs; `names` are the fields' keys.
TableHeaderSpec Spec(std::map<std::string, int> aliases, std::vector<int> required,
                     std::vector<std::string> names) {
  TableHeaderSpec spec;
  spec.field_of = [aliases](std::string_view text) {
    auto it = aliases.find(std::string(text));
    return it == aliases.end() ? -1 : it->second;
  };
  spec.required = std::move(required);
  spec.field_names = std::move(names);
  return spec;
}

TableHeaderSpec PunchSpec() {
  return Spec({{"工号", 0}, {"打卡时间", 1}, {"设备", 2}, {"打卡设备", 2}, {"日期", 3}}, {0, 1},
              {"employee_id", "time", "device", "date"});
}

struct Opened {
  Collected out;
  std::unique_ptr<XlsxWorkbook> book;
  std::unique_ptr<XlsxSheetReader> sheet;
  std::unique_ptr<SheetTable> table;
};

void Open(Opened& o, std::string bytes, TableHeaderSpec spec, size_t sheet_index = 0,
          TableOptions options = {}) {
  o.book = XlsxWorkbook::Open(std::move(bytes), o.out.diagnostics);
  ASSERT_TRUE(o.book);
  o.sheet = o.book->OpenSheet(sheet_index, o.out.diagnostics);
  ASSERT_TRUE(o.sheet);
  o.table = SheetTable::Open(*o.sheet, std::move(spec), options, o.out.diagnostics);
}

// Every row: its number, then each header column's text.
std::vector<std::vector<std::string>> Rows(SheetTable& table) {
  std::vector<std::vector<std::string>> rows;
  TableRow row;
  while (table.Next(&row)) {
    std::vector<std::string> texts = {std::to_string(row.row)};
    for (const TableCell& cell : row.cells) texts.emplace_back(cell.text);
    rows.push_back(texts);
  }
  EXPECT_FALSE(table.failed());
  return rows;
}

std::vector<std::string> Headers(const SheetTable& table) {
  std::vector<std::string> headers;
  for (const TableColumn& c : table.columns()) headers.push_back(c.header);
  return headers;
}

TEST(SheetTable, StaffListWithTitlesMergedDepartmentTextDatesAndTotals) {
  Opened o;
  Open(o, Fixture("openpyxl_employees.xlsx"),
       Spec({{"工号", 0}, {"姓名", 1}, {"部门", 2}, {"级别", 3}, {"入职日期", 4}, {"考勤号", 5}},
            {0, 1, 2, 3, 4},
            {"employee_id", "name", "department", "grade", "hire_date", "device_pin"}));
  ASSERT_TRUE(o.table);
  EXPECT_EQ(o.table->header_row(), 3u);
  ASSERT_EQ(o.table->titles().size(), 2u);
  EXPECT_EQ(o.table->titles()[0].row, 1u);
  EXPECT_EQ(o.table->titles()[0].text, "客服部员工名单（2024年9月）");
  EXPECT_EQ(o.table->titles()[1].text, "制表：人事部");
  ASSERT_EQ(o.table->columns().size(), 6u);
  for (int f = 0; f < 6; ++f) {
    EXPECT_EQ(o.table->columns()[f].column, static_cast<uint32_t>(f + 1));
    EXPECT_EQ(o.table->columns()[f].field, f);
  }
  // 部门 is merged down over C4:C6; hire dates as serials (yyyy-mm-dd, yyyy/m/d) and as text;
  // clock numbers as text "0007", "12" and as the number 15.
  EXPECT_EQ(Rows(*o.table), (std::vector<std::vector<std::string>>{
                                {"4", "E001", "张三", "客服部", "初级客服", "2023-01-05", "0007"},
                                {"5", "E002", "李四", "客服部", "M", "2023/2/1", "12"},
                                {"6", "E003", "王五", "客服部", "试用", "2024-08-01", "15"}}));
  EXPECT_EQ(o.table->totals_row(), 8u);
  EXPECT_EQ(o.table->weekday_row(), 0u);
  EXPECT_TRUE(o.out.list.empty()) << ::testing::PrintToString(o.out.Lines());
}

TEST(SheetTable, CellTextsAsTheFieldParsersReadThem) {
  // openpyxl_types.xlsx: labels in column A, one value of each kind in column B. With 文本 as
  // the only header, row 1 is the header and column B (headed 张三) is read as it stands.
  Opened o;
  Open(o, Fixture("openpyxl_types.xlsx"), Spec({{"文本", 0}}, {0}, {"label"}));
  ASSERT_TRUE(o.table);
  std::vector<std::string> texts;
  TableRow row;
  while (o.table->Next(&row)) {
    std::string text = std::string(row.cells[1].text);
    for (const TableCell& extra : row.extras) text += " +" + std::string(extra.text);
    texts.push_back(text);
  }
  EXPECT_EQ(texts,
            (std::vector<std::string>{"85", "85.5", "TRUE +FALSE", "#N/A", "2024-09-02", "08:30:00",
                                      "2024-09-02 07:58:12", "2024-09-30", "", "0085", "前后空格",
                                      "第一行\n第二行", "1.10105199001011e+17", "0.25"}));
  // An ID number Excel turned into a number reads as what it is: its digits are lost.
  EXPECT_EQ(CheckIdNumber(texts[12]), IdNumberCheck::kENotation);
}

TEST(SheetTable, DatesOfThe1904System) {
  Opened o;
  Open(o, Fixture("openpyxl_1904.xlsx"), Spec({{"日期", 0}}, {0}, {"date"}));
  ASSERT_TRUE(o.table);
  EXPECT_EQ(Headers(*o.table), (std::vector<std::string>{"日期", "2024-09-02"}));
  EXPECT_EQ(Rows(*o.table),
            (std::vector<std::vector<std::string>>{{"2", "日期时间", "2024-09-02 08:00:00"}}));
}

TEST(SheetTable, NumbersStoredAsTextAreNumbers) {
  Opened o;
  Open(o, Fixture("openpyxl_employees.xlsx"),
       Spec({{"工号", 0}, {"考勤号", 1}}, {0, 1}, {"employee_id", "device_pin"}));
  ASSERT_TRUE(o.table);
  TableRow row;
  std::vector<double> pins;
  std::vector<XlsxCellType> types;
  while (o.table->Next(&row)) {
    const TableCell& pin = row.cells[5];
    ASSERT_TRUE(pin.has_number) << pin.text;
    pins.push_back(pin.number);
    types.push_back(pin.type);
  }
  EXPECT_EQ(pins, (std::vector<double>{7, 12, 15}));
  EXPECT_EQ(types, (std::vector<XlsxCellType>{XlsxCellType::kString, XlsxCellType::kString,
                                              XlsxCellType::kNumber}));
  double value = 0;
  EXPECT_TRUE(ParsePlainNumber(" 85.5 ", &value));
  EXPECT_EQ(value, 85.5);
  EXPECT_TRUE(ParsePlainNumber("+3", &value));
  EXPECT_EQ(value, 3);
  EXPECT_FALSE(ParsePlainNumber("1,234", &value));
  EXPECT_FALSE(ParsePlainNumber("1e5", &value));
  EXPECT_FALSE(ParsePlainNumber("E001", &value));
  EXPECT_FALSE(ParsePlainNumber("3.", &value));
}

TEST(SheetTable, LibreOfficePunchesWithTitleAndTotals) {
  Opened o;
  Open(o, Fixture("lo_punches.xlsx"), PunchSpec());
  ASSERT_TRUE(o.table);
  EXPECT_EQ(o.table->header_row(), 2u);
  ASSERT_EQ(o.table->titles().size(), 1u);
  EXPECT_EQ(o.table->titles()[0].text, "2024年9月打卡记录");
  EXPECT_EQ(Headers(*o.table),
            (std::vector<std::string>{"工号", "打卡时间", "日期", "工牌号", "次数", "备注"}));
  EXPECT_EQ(o.table->columns()[2].field, 3);
  EXPECT_EQ(o.table->columns()[3].field, -1);
  EXPECT_EQ(Rows(*o.table),
            (std::vector<std::vector<std::string>>{
                {"3", "E001", "2024-09-02 07:58:12", "2024/9/2", "0012", "3", "早到"},
                {"4", "E002", "2024-09-02 08:07:00", "2024/9/2", "0105", "1", ""}}));
  EXPECT_EQ(o.table->totals_row(), 5u);
}

TEST(SheetTable, DingTalkRawPunchesWithDateAndTimeColumns) {
  Opened o;
  Open(o, Fixture("dingtalk_raw.xlsx"), PunchSpec());
  ASSERT_TRUE(o.table);
  EXPECT_EQ(o.sheet->name(), "打卡记录");
  EXPECT_EQ(o.table->header_row(), 3u);
  EXPECT_EQ(o.table->titles().size(), 2u);
  EXPECT_EQ(o.table->titles()[1].text, "报表生成时间：2024-10-01 09:00:00");
  // Columns: 姓名 考勤组 部门 工号 UserId 日期 打卡时间 打卡结果 打卡地址 打卡设备. Row 5 holds its
  // date and time as serials (yyyy-mm-dd, hh:mm), rows 4 and 6 as text.
  std::vector<std::vector<std::string>> picked;
  TableRow row;
  while (o.table->Next(&row)) {
    picked.push_back({std::to_string(row.row), std::string(row.cells[3].text),
                      std::string(row.cells[5].text), std::string(row.cells[6].text),
                      std::string(row.cells[9].text)});
  }
  EXPECT_EQ(picked, (std::vector<std::vector<std::string>>{
                        {"4", "E001", "2024-09-02", "07:58", "考勤机A"},
                        {"5", "E002", "2024-09-02", "08:07:00", "考勤机B"},
                        {"6", "E001", "2024-09-02", "17:31", "考勤机A"}}));
  EXPECT_EQ(o.table->columns()[3].field, 0);
  EXPECT_EQ(o.table->columns()[5].field, 3);
  EXPECT_EQ(o.table->columns()[6].field, 1);
  EXPECT_EQ(o.table->columns()[9].field, 2);
  EXPECT_EQ(o.table->totals_row(), 0u);
}

TEST(SheetTable, SummaryOnlyExportHasNoPunchHeader) {
  for (size_t sheet : {0u, 1u}) {
    Opened o;
    Open(o, Fixture("dingtalk_summary.xlsx"), PunchSpec(), sheet);
    EXPECT_FALSE(o.table);
    // The best candidate (the header row with 工号) lacks only the punch time.
    EXPECT_EQ(o.out.Lines(),
              (std::vector<std::string>{
                  sheet == 0 ? "punches/in.xlsx:月度汇总: error: no header row with the required "
                               "columns time"
                             : "punches/in.xlsx:每日统计: error: no header row with the required "
                               "columns time"}));
  }
}

TEST(SheetTable, ScheduleGridWithMonthTitleDayNumbersAndWeekdayRow) {
  Opened o;
  Open(o, Fixture("schedule_grid.xlsx"),
       Spec({{"班组", 0}, {"工号", 1}, {"姓名", 2}}, {1}, {"team", "employee_id", "name"}));
  ASSERT_TRUE(o.table);
  EXPECT_EQ(o.table->header_row(), 2u);
  EXPECT_EQ(o.table->weekday_row(), 3u);
  ASSERT_EQ(o.table->titles().size(), 1u);
  std::optional<Month> month = MonthInTitle(o.table->titles()[0].text);
  ASSERT_TRUE(month);
  EXPECT_EQ(month->Iso(), "2024-09");
  ASSERT_EQ(o.table->columns().size(), 33u);
  for (int day = 1; day <= 30; ++day) {
    const TableColumn& column = o.table->columns()[2 + day];
    EXPECT_EQ(column.column, static_cast<uint32_t>(3 + day));
    EXPECT_EQ(DayNumberHeader(column.header), day);
    EXPECT_EQ(column.field, -1);
  }
  // The shift of employee i on day d is pattern[i][(d - 1) % 7]; the team is merged down.
  const std::vector<std::vector<std::string>> staff = {{"A组", "E001", "张三", "早早中中晚晚休"},
                                                       {"A组", "E002", "李四", "中中晚晚休早早"},
                                                       {"B组", "E003", "王五", "夜夜休休早中晚"}};
  std::vector<std::vector<std::string>> expected;
  for (size_t i = 0; i < staff.size(); ++i) {
    std::vector<std::string> row = {std::to_string(4 + i), staff[i][0], staff[i][1], staff[i][2]};
    const std::string& pattern = staff[i][3];  // seven characters of three bytes each
    for (int day = 1; day <= 30; ++day) row.push_back(pattern.substr(((day - 1) % 7) * 3, 3));
    expected.push_back(row);
  }
  EXPECT_EQ(Rows(*o.table), expected);
}

// Band rows, a 合计 row that is not the last, a 总计 row that is, empty rows, a column without a
// header, and the generic checks of a field's cells.
TEST(SheetTable, BandRowsTotalsExtrasAndRejects) {
  std::string bytes = WriteWithLibxlsxwriter([](lxw_workbook* wb) {
    lxw_worksheet* ws = workbook_add_worksheet(wb, "打卡");
    worksheet_write_string(ws, 0, 1, "工号", nullptr);  // the table starts in column B
    worksheet_write_string(ws, 0, 2, "打卡时间", nullptr);
    worksheet_write_string(ws, 0, 3, "设备", nullptr);
    worksheet_write_string(ws, 1, 1, "E001", nullptr);
    worksheet_write_string(ws, 1, 2, "2024-09-02 07:58", nullptr);
    worksheet_write_string(ws, 1, 4, "备注无表头", nullptr);
    worksheet_merge_range(ws, 2, 1, 2, 3, "—— 夜班 ——", nullptr);
    worksheet_write_string(ws, 4, 1, "合计", nullptr);  // row 4 is empty
    worksheet_write_string(ws, 5, 1, "E002", nullptr);
    worksheet_write_string(ws, 5, 2, "2024-09-02 08:07", nullptr);
    worksheet_write_string(ws, 5, 3, "门\x07禁", nullptr);
    worksheet_write_string(ws, 6, 1, "E003", nullptr);
    worksheet_write_string(ws, 6, 2, "2024-09-02 08:09", nullptr);
    worksheet_write_string(ws, 6, 3, std::string(1001, 'D').c_str(), nullptr);
    worksheet_write_string(ws, 7, 1, "E004", nullptr);
    worksheet_write_formula(ws, 7, 2, "=A1", nullptr);  // libxlsxwriter saves 0 as its value
    worksheet_write_string(ws, 8, 1, "总  计", nullptr);
    worksheet_write_number(ws, 8, 2, 4, nullptr);
  });
  Opened o;
  Open(o, bytes, PunchSpec());
  ASSERT_TRUE(o.table);
  EXPECT_EQ(Headers(*o.table), (std::vector<std::string>{"工号", "打卡时间", "设备"}));
  std::vector<std::string> seen;
  TableRow row;
  while (o.table->Next(&row)) {
    std::string line = std::to_string(row.row) + (row.rejected ? " rejected" : "");
    for (const TableCell& cell : row.cells) line += "|" + std::string(cell.text);
    for (const TableCell& extra : row.extras) {
      line += " extra " + ColumnName(extra.column) + "=" + std::string(extra.text);
    }
    seen.push_back(line);
  }
  EXPECT_EQ(seen, (std::vector<std::string>{
                      "2|E001|2024-09-02 07:58| extra E=备注无表头", "5|合计||",
                      "6 rejected|E002|2024-09-02 08:07|门\x07禁",
                      "7 rejected|E003|2024-09-02 08:09|" + std::string(1001, 'D'), "8|E004|0|"}));
  ASSERT_EQ(o.table->titles().size(), 1u);
  EXPECT_EQ(o.table->titles()[0].row, 3u);
  EXPECT_EQ(o.table->titles()[0].text, "—— 夜班 ——");
  EXPECT_EQ(o.table->totals_row(), 9u);
  EXPECT_EQ(o.out.Lines(),
            (std::vector<std::string>{
                "punches/in.xlsx:打卡!D6: device: rejected: contains NUL or control characters: "
                "\"门\\x07禁\"",
                "punches/in.xlsx:打卡!D7: device: rejected: longer than 1000 bytes: \"" +
                    std::string(200, 'D') + "…\""}));
  EXPECT_EQ(o.out.list[0].line, 6u);
}

TEST(SheetTable, FormulaWithoutSavedValueRejectsItsRow) {
  // openpyxl saves =1+2 in B10 without a value. The labels of column A make a table whose
  // header is row 9 when the date shown in B9 names a field.
  Opened o;
  Open(o, Fixture("openpyxl_types.xlsx"), Spec({{"2024-09-30", 0}}, {0}, {"score"}));
  ASSERT_TRUE(o.table);
  EXPECT_EQ(o.table->header_row(), 9u);
  EXPECT_EQ(Headers(*o.table), (std::vector<std::string>{"中文日期", "2024-09-30"}));
  TableRow row;
  ASSERT_TRUE(o.table->Next(&row));
  EXPECT_EQ(row.row, 10u);
  EXPECT_TRUE(row.rejected);
  EXPECT_TRUE(row.cells[1].formula_without_value);
  ASSERT_TRUE(o.table->Next(&row));
  EXPECT_EQ(row.row, 11u);
  EXPECT_FALSE(row.rejected);
  EXPECT_EQ(row.cells[1].text, "0085");
  EXPECT_EQ(o.out.Lines(),
            (std::vector<std::string>{
                "punches/in.xlsx:类型!B10: score: rejected: a formula whose value was never saved "
                "(open the workbook in Excel or LibreOffice and save it, so that its values are "
                "stored)"}));
}

TEST(GridHeaders, WeekdaysDayNumbersAndMonths) {
  for (std::string_view name :
       {"一", "日", "天", "周三", "星期六", "礼拜天", "Mon", "tue", "Thurs", "Sunday", "Fri."}) {
    EXPECT_TRUE(IsWeekdayName(name)) << name;
  }
  for (std::string_view name : {"", "月", "周", "早", "1", "Mo", "Monday2"}) {
    EXPECT_FALSE(IsWeekdayName(name)) << name;
  }
  EXPECT_EQ(DayNumberHeader("1"), 1);
  EXPECT_EQ(DayNumberHeader("01"), 1);
  EXPECT_EQ(DayNumberHeader(" 31日 "), 31);
  EXPECT_EQ(DayNumberHeader("15号"), 15);
  EXPECT_EQ(DayNumberHeader("0"), std::nullopt);
  EXPECT_EQ(DayNumberHeader("32"), std::nullopt);
  EXPECT_EQ(DayNumberHeader("1.5"), std::nullopt);
  EXPECT_EQ(DayNumberHeader("工号"), std::nullopt);
  EXPECT_EQ(MonthInTitle("2024年9月客服部排班表")->Iso(), "2024-09");
  EXPECT_EQ(MonthInTitle("排班表 2024-10")->Iso(), "2024-10");
  EXPECT_EQ(MonthInTitle("2024/9/1 起")->Iso(), "2024-09");
  EXPECT_EQ(MonthInTitle("2024.12"), Month::FromYm(2024, 12));
  EXPECT_EQ(MonthInTitle("排班表"), std::nullopt);
  EXPECT_EQ(MonthInTitle("12024年9月"), std::nullopt);
  EXPECT_EQ(MonthInTitle("2024年13月"), std::nullopt);
}

}  // namespace
}  // namespace kefu
