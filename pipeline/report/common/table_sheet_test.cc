#include "report/common/table_sheet.h"

#include <gtest/gtest.h>

namespace kefu {
namespace {

struct Person {
  std::string id;
  int shifts;
};

Labels TestLabels() {
  std::vector<std::string> texts = {"col.id = 工号\ncol.shifts = 班次\n"};
  return Labels::FromProperties(Language::kZh, texts);
}

TableColumns<Person> Columns() {
  return {
      {"col.id", 10, [](const Person& p) { return Cell::Text(p.id, 1); }},
      {"col.shifts", 8, [](const Person& p) { return Cell::Number(p.shifts, 2); }},
      {"", 30, [](const Person& p) { return Cell::Text(p.id + "!", 3); }, "2024-07 备注"},
  };
}

TEST(TableSheet, OneListGivesTheWidthsTheHeaderAndEveryRow) {
  const Labels labels = TestLabels();
  const TableColumns<Person> columns = Columns();
  std::vector<Column> widths = ColumnWidths(columns);
  ASSERT_EQ(widths.size(), 3u);
  EXPECT_EQ(widths[0].width, 10);
  EXPECT_EQ(widths[2].width, 30);
  EXPECT_EQ(HeaderTexts(columns, labels),
            (std::vector<std::string>{"工号", "班次", "2024-07 备注"}));

  Sheet sheet;
  sheet.rows.push_back({{Cell::Text("title")}, 22});
  std::vector<Person> people = {{"E01", 3}, {"E02", 5}};
  uint32_t header = AppendTable(sheet, columns, labels, 9, people, 45);
  EXPECT_EQ(header, 1u);
  ASSERT_EQ(sheet.rows.size(), 4u);
  EXPECT_EQ(sheet.rows[1].height, 45);
  EXPECT_EQ(sheet.rows[1].cells[1].text, "班次");
  EXPECT_EQ(sheet.rows[1].cells[1].style, 9);
  const SheetRow& second = sheet.rows[3];
  ASSERT_EQ(second.cells.size(), 3u);
  EXPECT_EQ(second.cells[0].text, "E02");
  EXPECT_EQ(second.cells[1].kind, CellKind::kNumber);
  EXPECT_EQ(second.cells[1].number, 5);
  EXPECT_EQ(second.cells[1].style, 2);
  EXPECT_EQ(second.cells[2].text, "E02!");
  ASSERT_TRUE(sheet.autofilter.has_value());
  EXPECT_EQ(sheet.autofilter->first_row, 1u);
  EXPECT_EQ(sheet.autofilter->last_row, 3u);
  EXPECT_EQ(sheet.autofilter->last_col, 2u);
}

TEST(TableSheet, AnEmptyTableHasItsHeaderAndNoFilter) {
  Sheet sheet;
  std::vector<Person> none;
  EXPECT_EQ(AppendTable(sheet, Columns(), TestLabels(), 9, none), 0u);
  ASSERT_EQ(sheet.rows.size(), 1u);
  EXPECT_EQ(sheet.rows[0].cells[0].text, "工号");
  EXPECT_FALSE(sheet.autofilter.has_value());
}

}  // namespace
}  // namespace kefu
