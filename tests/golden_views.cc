#include "golden_views.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <map>
#include <sstream>
#include <vector>

#include "support/files.h"
#include "support/run_kefu.h"
#include "support/workbook_dump.h"

namespace kefu::testing {
namespace {

// The lines of a hand-written expectation file without comments and blank lines.
std::vector<std::string> ExpectationLines(const std::string& path) {
  std::istringstream in(ReadFile(path));
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    lines.push_back(line);
  }
  EXPECT_FALSE(lines.empty()) << path;
  return lines;
}

// The roster workbook's sheets by position: the department's grid first, the staff roster
// second, then the team grids, the checks and the data issues last.
const SheetDump& Department(const WorkbookDump& wb) { return wb.sheets.front(); }
const SheetDump& Staff(const WorkbookDump& wb) { return wb.sheets.at(1); }
const SheetDump& Checks(const WorkbookDump& wb) { return wb.sheets.at(wb.sheets.size() - 2); }

constexpr int kFirstDayColumn = 3;  // D: after 工号, 姓名, 班组
constexpr char kNotEmployedFill[] = "BFBFBF";
constexpr char kAlertFill[] = "FFC7CE";
constexpr char kAlertFont[] = "9C0006";

// The header row of a grid sheet (工号 / ID in column A).
int GridHeaderRow(const SheetDump& sheet) {
  int row = sheet.RowOf("工号");
  return row > 0 ? row : sheet.RowOf("ID");
}

// A grid sheet's rows (`ids` in order) against the lines of grid.txt: per day the code, "."
// for a day not employed (grey, empty), "*" after a changed day (italic), "!" after an
// unapproved one (italic, red font); then the shift count. Nothing follows but a blank row.
void ExpectGrid(const SheetDump& sheet, const std::vector<std::string>& ids,
                const std::vector<std::string>& grid_lines) {
  std::map<std::string, std::vector<std::string>> expected;
  for (const std::string& line : grid_lines) {
    std::vector<std::string> words = Words(line);
    expected[words[0]] = std::vector<std::string>(words.begin() + 1, words.end());
  }
  int header = GridHeaderRow(sheet);
  ASSERT_GT(header, 0) << sheet.name;
  int row = header + 3;
  for (const std::string& id : ids) {
    SCOPED_TRACE(sheet.name + " " + id);
    ASSERT_EQ(sheet.Text(row, 0), id) << "row " << row;
    const std::vector<std::string>& cells = expected.at(id);
    const int days = static_cast<int>(cells.size()) - 1;
    for (int d = 0; d < days; ++d) {
      SCOPED_TRACE("day " + std::to_string(d + 1));
      CellDump cell = sheet.At(row, kFirstDayColumn + d);
      const std::string& want = cells[d];
      if (want == ".") {
        EXPECT_EQ(cell.value, "");
        EXPECT_EQ(cell.fill, kNotEmployedFill);
        continue;
      }
      EXPECT_EQ(cell.value, want);
      const bool changed = want.ends_with("*") || want.ends_with("!");
      EXPECT_EQ(cell.italic, changed);
      EXPECT_EQ(cell.font == kAlertFont, want.ends_with("!"));
    }
    EXPECT_EQ(sheet.Text(row, kFirstDayColumn + days), cells.back()) << "shift count";
    ++row;
  }
  EXPECT_EQ(sheet.Text(row, 0), "");
}

void SheetsView(const WorkbookDump& wb, const std::vector<std::string>& lines) {
  EXPECT_EQ(wb.SheetNames(), lines);
}

// "title …", "subtitle …", "due …", "weekdays d1 … dn", "holiday FIRST-LAST NAME" (one merged
// cell of the third header row), "makeup DAY TEXT".
void HeaderView(const WorkbookDump& wb, const std::vector<std::string>& lines) {
  const SheetDump& grid = Department(wb);
  std::map<std::string, std::string> want;
  for (const std::string& line : lines) {
    size_t space = line.find(' ');
    want[line.substr(0, space)] = line.substr(space + 1);
  }
  EXPECT_EQ(grid.Text(1, 0), want["title"]);
  EXPECT_EQ(grid.Text(2, 0), want["subtitle"]);
  EXPECT_EQ(grid.Text(3, 0), want["due"]);
  EXPECT_EQ(grid.At(3, 0).font, kAlertFont);
  const int header = GridHeaderRow(grid);
  ASSERT_EQ(header, 5);
  EXPECT_EQ(grid.title_rows, "$5:$7");
  EXPECT_EQ(grid.freeze, "D8");
  std::vector<std::string> weekdays = Words(want["weekdays"]);
  const int days = static_cast<int>(weekdays.size());
  for (int d = 0; d < days; ++d) {
    EXPECT_EQ(grid.Text(header, kFirstDayColumn + d), std::to_string(d + 1));
    EXPECT_EQ(grid.Text(header + 1, kFirstDayColumn + d), weekdays[d]) << d + 1;
  }
  std::vector<std::string> holiday = Words(want["holiday"]);
  int first = std::stoi(holiday[0]);
  int last = std::stoi(holiday[0].substr(holiday[0].find('-') + 1));
  std::string range = SheetDump::Ref(header + 2, kFirstDayColumn + first - 1) + ":" +
                      SheetDump::Ref(header + 2, kFirstDayColumn + last - 1);
  EXPECT_NE(std::find(grid.merges.begin(), grid.merges.end(), range), grid.merges.end()) << range;
  EXPECT_EQ(grid.Text(header + 2, kFirstDayColumn + first - 1), holiday[1]);
  std::vector<std::string> makeup = Words(want["makeup"]);
  EXPECT_EQ(grid.Text(header + 2, kFirstDayColumn + std::stoi(makeup[0]) - 1), makeup[1]);
  // Only the named days carry a name.
  int named = 0;
  for (int d = 0; d < days; ++d)
    named += grid.Text(header + 2, kFirstDayColumn + d).empty() ? 0 : 1;
  EXPECT_EQ(named, 2);
}

void GridView(const WorkbookDump& wb, const std::vector<std::string>& lines) {
  std::vector<std::string> ids;
  for (const std::string& line : lines) ids.push_back(Words(line)[0]);
  ExpectGrid(Department(wb), ids, lines);
}

// Per shift: its code, the people on it per day ("!" after a red cell), the total.
void CoverageView(const WorkbookDump& wb, const std::vector<std::string>& lines) {
  const SheetDump& grid = Department(wb);
  const int title = grid.RowStartingWith("每日在岗人数");
  ASSERT_GT(title, 0);
  int row = title + 1;
  for (const std::string& line : lines) {
    std::vector<std::string> words = Words(line);
    SCOPED_TRACE(words[0]);
    const int days = static_cast<int>(words.size()) - 2;
    ASSERT_EQ(grid.Text(row, 0), words[0]);
    for (int d = 0; d < days; ++d) {
      CellDump cell = grid.At(row, kFirstDayColumn + d);
      std::string want = words[1 + d];
      bool red = want.ends_with("!");
      if (red) want.pop_back();
      EXPECT_EQ(cell.value, want) << "day " << d + 1;
      EXPECT_EQ(cell.fill == kAlertFill, red) << "day " << d + 1;
    }
    EXPECT_EQ(grid.Text(row, kFirstDayColumn + days), words.back()) << "total";
    ++row;
  }
}

// The lines under 调班记录: id TAB text.
void ChangesView(const WorkbookDump& wb, const std::vector<std::string>& lines) {
  const SheetDump& grid = Department(wb);
  int row = grid.RowOf("调班记录") + 1;
  ASSERT_GT(row, 1);
  for (const std::string& line : lines) {
    std::vector<std::string> fields = Split(line, '\t');
    EXPECT_EQ(grid.Text(row, 0), fields[0]);
    EXPECT_EQ(grid.Text(row, 1), fields[1]);
    ++row;
  }
  EXPECT_EQ(grid.Text(row, 0), "");
}

// sheet TAB title TAB ids of its grid; the cells as grid.txt (beside this file) says; a team
// sheet has no coverage block and no holiday-roster line.
void TeamsView(const WorkbookDump& wb, const std::vector<std::string>& lines,
               const std::vector<std::string>& grid_lines) {
  for (const std::string& line : lines) {
    std::vector<std::string> fields = Split(line, '\t');
    const SheetDump& sheet = wb.Sheet(fields[0]);
    EXPECT_EQ(sheet.Text(1, 0), fields[1]);
    EXPECT_EQ(sheet.RowStartingWith("每日在岗人数"), 0) << "no coverage block on a team sheet";
    EXPECT_EQ(sheet.RowStartingWith("节假日排班表"), 0);
    ExpectGrid(sheet, Words(fields[2]), grid_lines);
  }
}

// The staff roster's rows under its header, nine tab-separated cells each.
void StaffView(const WorkbookDump& wb, const std::vector<std::string>& lines) {
  const SheetDump& staff = Staff(wb);
  int row = GridHeaderRow(staff) + 1;
  ASSERT_GT(row, 1) << staff.name;
  for (const std::string& line : lines) {
    std::vector<std::string> fields = Split(line, '\t');
    ASSERT_EQ(fields.size(), 9u) << line;
    for (int c = 0; c < 9; ++c) EXPECT_EQ(staff.Text(row, c), fields[c]) << line << " column " << c;
    ++row;
  }
}

// "title TAB text", then the rows from the third on, eight tab-separated cells each (missing
// cells at the end are empty); nothing after them.
void ChecksView(const WorkbookDump& wb, const std::vector<std::string>& lines) {
  const SheetDump& checks = Checks(wb);
  ASSERT_TRUE(lines[0].starts_with("title\t"));
  EXPECT_EQ(checks.Text(1, 0), lines[0].substr(6));
  int row = 3;
  for (size_t i = 1; i < lines.size(); ++i, ++row) {
    std::vector<std::string> fields = Split(lines[i], '\t');
    ASSERT_LE(fields.size(), 8u) << lines[i];
    fields.resize(8);
    for (int c = 0; c < 8; ++c) EXPECT_EQ(checks.Text(row, c), fields[c]) << lines[i];
  }
  EXPECT_EQ(checks.Text(row, 0), "");
}

// `<base>.<other view>.txt` beside `expected` (teams reads grid.txt).
std::string Beside(const std::string& expected, const std::string& view) {
  std::string prefix = expected.substr(0, expected.size() - std::string(".teams.txt").size());
  return prefix + "." + view + ".txt";
}

}  // namespace

void CheckWorkbookView(std::string_view view, const std::string& workbook,
                       const std::string& expected) {
  SCOPED_TRACE(std::string(view) + " view of " + workbook);
  if (view == "login-sheets") {
    EXPECT_EQ(DumpXlsx("login-sheets", workbook), ReadFile(expected));
    return;
  }
  using Check = std::function<void(const WorkbookDump&, const std::vector<std::string>&)>;
  static const std::map<std::string_view, Check> kViews = {
      {"sheets", SheetsView},     {"header", HeaderView},   {"grid", GridView},
      {"coverage", CoverageView}, {"changes", ChangesView}, {"staff", StaffView},
      {"checks", ChecksView},
  };
  WorkbookDump wb = ReadWorkbook(workbook);
  ASSERT_FALSE(wb.sheets.empty()) << workbook;
  std::vector<std::string> lines = ExpectationLines(expected);
  if (view == "teams") {
    TeamsView(wb, lines, ExpectationLines(Beside(expected, "grid")));
    return;
  }
  auto it = kViews.find(view);
  ASSERT_NE(it, kViews.end()) << "no such view: " << view;
  it->second(wb, lines);
}

}  // namespace kefu::testing
