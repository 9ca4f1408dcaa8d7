#include "report/roster/roster_workbook.h"

#include <gtest/gtest.h>

#include <set>

#include "report/roster/roster_grid_sheet.h"
#include "rules/roster/roster_test_support.h"

namespace kefu {
namespace {

using testing::Day;
using testing::RosterData;

const Month kFeb = Month::FromYm(2025, 2);

// Two teams and a day group in February 2025 (春节 days off 01-28 … 02-04).
RosterData Department() {
  RosterData b;
  b.CalendarDays({RosterData::Holiday("2025-01-28", DayKind::kStatutory, "春节"),
                  RosterData::Holiday("2025-01-29", DayKind::kStatutory, "春节"),
                  RosterData::Holiday("2025-01-30", DayKind::kStatutory, "春节"),
                  RosterData::Holiday("2025-01-31", DayKind::kStatutory, "春节"),
                  RosterData::Holiday("2025-02-01", DayKind::kHoliday, "春节"),
                  RosterData::Holiday("2025-02-02", DayKind::kHoliday, "春节"),
                  RosterData::Holiday("2025-02-03", DayKind::kHoliday, "春节"),
                  RosterData::Holiday("2025-02-04", DayKind::kHoliday, "春节"),
                  RosterData::Holiday("2025-02-08", DayKind::kWorkday, "春节")});
  EmployeeIndex e1 = b.AddEmployee("E01", "一组", "2019-03-01");
  EmployeeIndex e2 = b.AddEmployee("E02", "二组", "2024-08-31");
  EmployeeIndex e3 = b.AddEmployee("E03", "一组", "2025-02-15");
  b.ScheduleRange(e1, "2025-02-01", "2025-02-28", "A");
  b.ScheduleRange(e2, "2025-02-01", "2025-02-28", "B");
  b.ScheduleRange(e3, "2025-02-18", "2025-02-28", "C");  // 9 of 19 working days: not due
  b.Change(e2, "2025-02-20", "B", "休", "2025-02-15");
  b.Change(e1, "2025-02-21", "A", "D", nullptr);
  b.policy().salary[static_cast<int>(Grade::kJ)] = 2345;
  return b;
}

const Sheet& SheetNamed(const Workbook& wb, const std::string& name) {
  for (const Sheet& s : wb.sheets) {
    if (s.name == name) return s;
  }
  ADD_FAILURE() << "no sheet " << name;
  static Sheet none;
  return none;
}

// The row whose first cell reads `text`.
const SheetRow* RowStarting(const Sheet& sheet, const std::string& text, size_t from = 0) {
  for (size_t r = from; r < sheet.rows.size(); ++r) {
    const SheetRow& row = sheet.rows[r];
    if (!row.cells.empty() && row.cells[0].kind == CellKind::kText && row.cells[0].text == text) {
      return &row;
    }
  }
  return nullptr;
}

std::vector<std::string> AllText(const Workbook& wb) {
  std::vector<std::string> texts;
  for (const Sheet& s : wb.sheets) {
    texts.push_back(s.name);
    for (const SheetRow& row : s.rows) {
      for (const Cell& c : row.cells) {
        if (c.kind == CellKind::kText) texts.push_back(c.text);
      }
    }
    for (const Merge& m : s.merges) texts.push_back(m.text);
  }
  return texts;
}

TEST(RosterWorkbook, SheetsInOrder) {
  RosterData b = Department();
  const Dataset& data = b.Done();
  Roster roster = ComputeRoster(data, kFeb);
  Workbook wb = BuildRosterWorkbook(data, roster, roster.checks.issues, Labels::For(Language::kZh));
  std::vector<std::string> names;
  for (const Sheet& s : wb.sheets) names.push_back(s.name);
  EXPECT_EQ(names, (std::vector<std::string>{"排班表", "人员名册", "一组", "二组", "排班检查",
                                             "数据问题"}));
  EXPECT_EQ(wb.properties.created, Day("2025-02-28"));
  for (const Sheet& s : wb.sheets) {
    EXPECT_TRUE(s.print.landscape) << s.name;
    EXPECT_TRUE(s.print.fit_to_width) << s.name;
    EXPECT_FALSE(s.print.footer.empty()) << s.name;
  }
}

TEST(RosterWorkbook, EveryLabelExistsInBothLanguages) {
  RosterData b = Department();
  const Dataset& data = b.Done();
  Roster roster = ComputeRoster(data, kFeb);
  for (Language language : {Language::kZh, Language::kEn}) {
    Workbook wb = BuildRosterWorkbook(data, roster, roster.checks.issues, Labels::For(language));
    for (const std::string& text : AllText(wb)) {
      EXPECT_EQ(text.find("⟦"), std::string::npos) << text;
    }
  }
  std::set<std::string> zh, en;
  for (const std::string& k : Labels::For(Language::kZh).Keys()) {
    if (k.starts_with("roster.") || k.starts_with("reason.roster_")) zh.insert(k);
  }
  for (const std::string& k : Labels::For(Language::kEn).Keys()) {
    if (k.starts_with("roster.") || k.starts_with("reason.roster_")) en.insert(k);
  }
  EXPECT_EQ(zh, en);
  // The roster's reasons run from kRosterNoShifts to kRosterLeftWithoutDate (others follow them).
  for (int r = static_cast<int>(Reason::kRosterNoShifts);
       r <= static_cast<int>(Reason::kRosterLeftWithoutDate); ++r) {
    EXPECT_TRUE(zh.count(std::string("reason.") + ReasonKey(static_cast<Reason>(r))));
  }
}

TEST(RosterWorkbook, GridCellsMarkChangesAndHolidays) {
  RosterData b = Department();
  const Dataset& data = b.Done();
  Roster roster = ComputeRoster(data, kFeb);
  Workbook wb = BuildRosterWorkbook(data, roster, roster.checks.issues, Labels::For(Language::kZh));
  const Sheet& grid = SheetNamed(wb, "排班表");
  EXPECT_NE(RowStarting(grid,
                        "节假日排班表须于 2025-01-25 前报送行政人事部：春节 2025-02-01 至 "
                        "2025-02-04 放假，提前 7 天报送（篇5 1.1.6）"),
            nullptr);
  const SheetRow* e1 = RowStarting(grid, "E01");
  const SheetRow* e2 = RowStarting(grid, "E02");
  const SheetRow* e3 = RowStarting(grid, "E03");
  ASSERT_TRUE(e1 && e2 && e3);
  auto day = [](const SheetRow* row, int d) { return row->cells[kRosterFirstDayColumn + d - 1]; };
  EXPECT_EQ(day(e1, 1).text, "A");
  EXPECT_EQ(day(e1, 21).text, "D!");
  EXPECT_TRUE(wb.styles[day(e1, 21).style].italic);
  EXPECT_EQ(wb.styles[day(e1, 21).style].font_color, kAlertFont);
  EXPECT_EQ(day(e2, 20).text, "休*");
  EXPECT_TRUE(wb.styles[day(e2, 20).style].italic);
  EXPECT_EQ(day(e3, 14).kind, CellKind::kEmpty);  // not yet employed
  EXPECT_EQ(day(e3, 17).text, "休");
  EXPECT_EQ(day(e3, 18).text, "C");
  EXPECT_EQ(day(e3, 28).text, "C");
  EXPECT_EQ(e1->cells[kRosterFirstDayColumn + 28].number, 28);  // 班数
  // Each shift has its own colour; the same shift the same colour.
  EXPECT_EQ(day(e1, 1).style, day(e1, 2).style);
  EXPECT_NE(wb.styles[day(e1, 5).style].fill_color, wb.styles[day(e2, 5).style].fill_color);
  // The days off of 春节 are named once over 02-01 … 02-04.
  bool named = false;
  for (const Merge& m : grid.merges) {
    if (m.text == "春节") {
      named = true;
      EXPECT_EQ(m.range.first_col, kRosterFirstDayColumn);
      EXPECT_EQ(m.range.last_col, kRosterFirstDayColumn + 3);
    }
  }
  EXPECT_TRUE(named);
  // The change list says what the day was before.
  bool listed = false;
  for (const SheetRow& row : grid.rows) {
    if (row.cells.size() == 2 && row.cells[0].text == "E02") {
      listed = true;
      EXPECT_EQ(row.cells[1].text, "2025-02-20 name-E02：B → 休，已批准（周建国，2025-02-15）");
    }
  }
  EXPECT_TRUE(listed);
}

TEST(RosterWorkbook, CoverageMarksEveryShiftDayWithNobody) {
  RosterData b = Department();
  const Dataset& data = b.Done();
  Roster roster = ComputeRoster(data, kFeb);
  Workbook wb = BuildRosterWorkbook(data, roster, roster.checks.issues, Labels::For(Language::kZh));
  const Sheet& grid = SheetNamed(wb, "排班表");
  const SheetRow* title = nullptr;
  size_t title_index = 0;
  for (size_t r = 0; r < grid.rows.size(); ++r) {
    const SheetRow& row = grid.rows[r];
    if (!row.cells.empty() && row.cells[0].text.starts_with("每日在岗人数")) {
      title = &row;
      title_index = r;
    }
  }
  ASSERT_NE(title, nullptr);
  const SheetRow* b_row = RowStarting(grid, "B", title_index);
  const SheetRow* a_row = RowStarting(grid, "A", title_index);
  ASSERT_TRUE(a_row && b_row);
  const Cell& b20 = b_row->cells[kRosterFirstDayColumn + 19];
  EXPECT_EQ(b20.number, 0);
  EXPECT_EQ(wb.styles[b20.style].fill_color, kAlertFill);
  EXPECT_EQ(a_row->cells[kRosterFirstDayColumn + 20].number, 0);  // A on 02-21 (changed to D)
  EXPECT_EQ(wb.styles[a_row->cells[kRosterFirstDayColumn + 20].style].fill_color, kAlertFill);
  EXPECT_EQ(b_row->cells[kRosterFirstDayColumn + 28].number, 27);
  // Every zero is marked, due or not: C (9 of 19 working days, due nowhere) has nobody on
  // 02-01 … 02-17 and D (only E01's 02-21) nobody on every other day. They are red in the block
  // but no finding: the checks list only B on 02-20 and A on 02-21 (ChecksSheetListsEveryFinding).
  const SheetRow* c_row = RowStarting(grid, "C", title_index);
  const SheetRow* d_row = RowStarting(grid, "D", title_index);
  ASSERT_TRUE(c_row && d_row);
  for (int d = 0; d < 28; ++d) {
    const Cell& c = c_row->cells[kRosterFirstDayColumn + d];
    EXPECT_EQ(c.number, d < 17 ? 0 : 1) << "C day " << d + 1;
    EXPECT_EQ(wb.styles[c.style].fill_color == kAlertFill, d < 17) << "C day " << d + 1;
    const Cell& dd = d_row->cells[kRosterFirstDayColumn + d];
    EXPECT_EQ(dd.number, d == 20 ? 1 : 0) << "D day " << d + 1;
    EXPECT_EQ(wb.styles[dd.style].fill_color == kAlertFill, d != 20) << "D day " << d + 1;
  }
  const ShiftCoverage& cov_c = roster.coverage.shifts[static_cast<size_t>(b.ShiftOf("C"))];
  EXPECT_FALSE(cov_c.due_on_working_days || cov_c.due_on_rest_days);
  EXPECT_NE(wb.styles[a_row->cells[kRosterFirstDayColumn].style].fill_color, kAlertFill);
  // Team sheets carry no coverage block.
  for (const SheetRow& row : SheetNamed(wb, "一组").rows) {
    if (!row.cells.empty()) {
      EXPECT_FALSE(row.cells[0].text.starts_with("每日在岗人数"));
    }
  }
}

TEST(RosterWorkbook, StaffRosterWithTenureAndNoSalary) {
  RosterData b = Department();
  const Dataset& data = b.Done();
  Roster roster = ComputeRoster(data, kFeb);
  Workbook wb = BuildRosterWorkbook(data, roster, roster.checks.issues, Labels::For(Language::kZh));
  const Sheet& staff = SheetNamed(wb, "人员名册");
  const SheetRow* e2 = RowStarting(staff, "E02");
  const SheetRow* e3 = RowStarting(staff, "E03");
  ASSERT_TRUE(e2 && e3);
  EXPECT_EQ(e2->cells[4].text, "初级客服");
  EXPECT_EQ(e2->cells[5].date, Day("2024-08-31"));
  EXPECT_EQ(e2->cells[6].number, 5);  // 2024-08-31 + 6 months = 2025-02-28 > 2025-02-01
  EXPECT_EQ(e2->cells[7].text, "138****5678");
  EXPECT_EQ(e3->cells[6].number, 0);
  EXPECT_EQ(e3->cells[8].text, "2025-02-15 入职");
  ASSERT_NE(RowStarting(staff, "合计 3 人"), nullptr);
  // R-C5 (篇1 二.11): the roster goes to everyone on duty, so no sheet holds the policy salary
  // (J 2345 here) or a sum of salaries, nor a salary heading.
  for (const Sheet& sheet : wb.sheets) {
    for (const SheetRow& row : sheet.rows) {
      for (const Cell& cell : row.cells) {
        if (cell.kind == CellKind::kNumber) {
          EXPECT_TRUE(cell.number != 2345 && cell.number != 3 * 2345) << sheet.name << ": a salary";
        }
        EXPECT_EQ(cell.text.find("月薪"), std::string::npos) << sheet.name << ": " << cell.text;
      }
    }
  }
}

TEST(RosterWorkbook, ChecksSheetListsEveryFinding) {
  RosterData b = Department();
  const Dataset& data = b.Done();
  Roster roster = ComputeRoster(data, kFeb);
  Workbook wb = BuildRosterWorkbook(data, roster, roster.checks.issues, Labels::For(Language::kZh));
  const Sheet& checks = SheetNamed(wb, "排班检查");
  // E01's unapproved change, then B on 02-20 and A on 02-21 with nobody.
  ASSERT_EQ(roster.checks.findings.size(), 3u);
  ASSERT_EQ(checks.rows.size(), 2u + 3u);
  const SheetRow& change = checks.rows[2];
  EXPECT_EQ(change.cells[0].text, "调班未经批准（篇5 1.1.5）");
  EXPECT_EQ(change.cells[1].text, "E01");
  EXPECT_EQ(change.cells[4].text, "2025-02-21");
  EXPECT_EQ(change.cells[5].text, "A → D");
  EXPECT_EQ(change.cells[7].text, "schedule_changes.csv:3");
  EXPECT_EQ(checks.rows[3].cells[0].text, "班次无人值班");
  EXPECT_EQ(checks.rows[3].cells[4].text, "2025-02-20");
  EXPECT_EQ(checks.rows[3].cells[5].text, "B");
  EXPECT_EQ(checks.rows[3].cells[6].text, "中班 2025-02-20 15:00 至 2025-02-20 23:00 无人值班");
}

}  // namespace
}  // namespace kefu
