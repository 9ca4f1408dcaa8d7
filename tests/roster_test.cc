// End-to-end tests of `kefu roster`: the real binary writes roster-YYYY-MM.xlsx from a small input
// folder under tests/golden/roster/<case>/input, the workbook is read back with the real reader
// (/usr/bin/python3 with openpyxl, tests/golden/roster/dump_xlsx.py) and compared with the
// expectations written by hand in tests/golden/roster/<case>/workbook/ (see the case's README).
//
// kefu runs from the source root with a relative --input, so the file names that the checks
// sheet and rejects.csv print are the same on every machine.
#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <sstream>

#include "run_kefu.h"

namespace kefu::testing {
namespace {

namespace fs = std::filesystem;

struct CellDump {
  bool present = false;
  std::string value;  // numbers as written by openpyxl (integers without a decimal point)
  bool is_number = false;
  bool italic = false;
  bool bold = false;
  std::string fill;  // RRGGBB or empty
  std::string font;  // RRGGBB or empty
};

struct SheetDump {
  std::string name;
  std::map<std::string, CellDump> cells;  // by A1 reference
  std::vector<std::string> merges;
  std::string freeze;
  bool landscape = false;
  bool fit_to_page = false;
  std::string title_rows;
  std::string footer;

  static std::string Ref(int row, int col) {  // row 1-based, col 0-based
    std::string letters;
    for (int c = col + 1; c > 0; c = (c - 1) / 26) {
      letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
    }
    return letters + std::to_string(row);
  }
  CellDump At(int row, int col) const {
    auto it = cells.find(Ref(row, col));
    return it == cells.end() ? CellDump{} : it->second;
  }
  std::string Text(int row, int col) const { return At(row, col).value; }
  // The first row at or after `from` whose column A reads `text` (0 when none).
  int RowOf(const std::string& text, int from = 1) const {
    for (int r = from; r < 2000; ++r) {
      if (Text(r, 0) == text) return r;
    }
    return 0;
  }
  int RowStartingWith(const std::string& prefix, int from = 1) const {
    for (int r = from; r < 2000; ++r) {
      if (Text(r, 0).starts_with(prefix)) return r;
    }
    return 0;
  }
};

struct WorkbookDump {
  std::vector<SheetDump> sheets;
  const SheetDump& Sheet(const std::string& name) const {
    for (const SheetDump& s : sheets) {
      if (s.name == name) return s;
    }
    static const SheetDump kNone;
    ADD_FAILURE() << "no sheet " << name;
    return kNone;
  }
};

WorkbookDump ParseDump(const std::string& json) {
  WorkbookDump dump;
  Poco::JSON::Parser parser;
  auto root = parser.parse(json).extract<Poco::JSON::Object::Ptr>();
  auto sheets = root->getArray("sheets");
  for (size_t i = 0; i < sheets->size(); ++i) {
    auto s = sheets->getObject(static_cast<unsigned>(i));
    SheetDump sheet;
    sheet.name = s->getValue<std::string>("name");
    auto cells = s->getObject("cells");
    for (const auto& [ref, value] : *cells) {
      auto c = value.extract<Poco::JSON::Object::Ptr>();
      CellDump cell;
      cell.present = true;
      Poco::Dynamic::Var v = c->get("v");
      if (!v.isEmpty()) {
        cell.is_number = v.isNumeric();
        if (v.isNumeric() && !v.isInteger()) {
          std::ostringstream text;
          text << v.convert<double>();
          cell.value = text.str();
        } else {
          cell.value = v.convert<std::string>();
        }
      }
      cell.italic = c->getValue<bool>("i");
      cell.bold = c->getValue<bool>("b");
      cell.fill = c->getValue<std::string>("fill");
      cell.font = c->getValue<std::string>("font");
      sheet.cells[ref] = cell;
    }
    auto merges = s->getArray("merges");
    for (size_t m = 0; m < merges->size(); ++m) {
      sheet.merges.push_back(merges->getElement<std::string>(static_cast<unsigned>(m)));
    }
    sheet.freeze = s->getValue<std::string>("freeze");
    sheet.landscape = s->getValue<bool>("landscape");
    sheet.fit_to_page = s->getValue<bool>("fit_to_page");
    sheet.title_rows = s->getValue<std::string>("title_rows");
    sheet.footer = s->getValue<std::string>("footer");
    dump.sheets.push_back(std::move(sheet));
  }
  return dump;
}

// The lines of a hand-written expectation file without comments and blank lines.
std::vector<std::string> ExpectationLines(const fs::path& path) {
  std::istringstream in(ReadFile(path.string()));
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    lines.push_back(line);
  }
  EXPECT_FALSE(lines.empty()) << path;
  return lines;
}

std::vector<std::string> Split(const std::string& line, char separator) {
  std::vector<std::string> fields;
  std::string field;
  std::istringstream in(line);
  while (std::getline(in, field, separator)) fields.push_back(field);
  if (!line.empty() && line.back() == separator) fields.push_back("");
  return fields;
}

std::vector<std::string> Words(const std::string& line) {
  std::istringstream in(line);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

std::string WithoutBomAndCr(std::string text) {
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  std::string out;
  for (char c : text) {
    if (c != '\r') out += c;
  }
  return out;
}

constexpr int kFirstDayColumn = 3;  // D: after 工号, 姓名, 班组
constexpr char kNotEmployedFill[] = "BFBFBF";
constexpr char kAlertFill[] = "FFC7CE";
constexpr char kAlertFont[] = "9C0006";

// Runs `kefu roster` once per case from the source root and keeps what it wrote.
struct CaseRun {
  std::string case_name;
  fs::path case_dir;  // relative to the source root
  std::unique_ptr<ScratchDir> out;
  ProcessResult run;
  std::string folder;  // the output folder of the month
  std::string workbook_path;
  WorkbookDump workbook;
  std::string dump_error;

  CaseRun(const std::string& name, const std::string& month, std::vector<std::string> extra) {
    case_name = name;
    case_dir = fs::path("tests") / "golden" / "roster" / name;
    out = std::make_unique<ScratchDir>("roster-" + name);
    std::vector<std::string> args = {"--input", (case_dir / "input").string(), "--output",
                                     out->path(), "--quiet"};
    args.insert(args.end(), extra.begin(), extra.end());
    args.insert(args.end(), {"roster", "--month", month});
    run = RunKefu(args);
    folder = out->path() + "/roster/" + month;
    workbook_path = folder + "/roster-" + month + ".xlsx";
    ProcessResult dumped =
        RunProgram("/usr/bin/python3", {"tests/golden/roster/dump_xlsx.py", workbook_path});
    if (dumped.exit_code != 0) {
      dump_error = dumped.err;
      return;
    }
    workbook = ParseDump(dumped.out);
  }
};

class RosterEndToEnd : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    previous_dir_ = fs::current_path();
    fs::current_path(KEFU_SOURCE_DIR);
    festival_ = new CaseRun("spring-festival", "2025-02", {});
    quiet_ = new CaseRun("quiet-month-en", "2025-03", {"--lang", "en"});
  }
  static void TearDownTestSuite() {
    delete festival_;
    delete quiet_;
    fs::current_path(previous_dir_);
  }
  void SetUp() override {
    for (const CaseRun* c : {festival_, quiet_}) {
      ASSERT_TRUE(c->dump_error.empty()) << c->case_name << ": " << c->dump_error << c->run.err;
    }
  }

  static fs::path Expected(const CaseRun& c, const std::string& file) {
    return c.case_dir / "workbook" / file;
  }

  // Compares a grid sheet's rows (ids in order) with grid.txt lines for those ids.
  static void ExpectGrid(const CaseRun& c, const SheetDump& sheet,
                         const std::vector<std::string>& ids) {
    std::map<std::string, std::vector<std::string>> expected;
    for (const std::string& line : ExpectationLines(Expected(c, "grid.txt"))) {
      std::vector<std::string> words = Words(line);
      expected[words[0]] = std::vector<std::string>(words.begin() + 1, words.end());
    }
    int header = sheet.RowOf(c.case_name == "quiet-month-en" ? "ID" : "工号");
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
    // Nothing after the last employee but a blank row.
    EXPECT_EQ(sheet.Text(row, 0), "");
  }

  static inline fs::path previous_dir_;
  static inline CaseRun* festival_ = nullptr;
  static inline CaseRun* quiet_ = nullptr;
};

TEST_F(RosterEndToEnd, WritesTheFolderWithWarningsOnly) {
  EXPECT_EQ(festival_->run.exit_code, 0) << festival_->run.err;
  EXPECT_TRUE(fs::exists(festival_->workbook_path));
  EXPECT_TRUE(fs::exists(festival_->folder + "/manifest.json"));
  EXPECT_EQ(WithoutBomAndCr(ReadFile(festival_->folder + "/rejects.csv")),
            WithoutBomAndCr(ReadFile(Expected(*festival_, "rejects.csv").string())));
}

TEST_F(RosterEndToEnd, SheetsInOrderAndPrintable) {
  std::vector<std::string> names;
  for (const SheetDump& s : festival_->workbook.sheets) names.push_back(s.name);
  EXPECT_EQ(names, ExpectationLines(Expected(*festival_, "sheets.txt")));
  for (const SheetDump& s : festival_->workbook.sheets) {
    EXPECT_TRUE(s.landscape) << s.name;
    EXPECT_TRUE(s.fit_to_page) << s.name;
    EXPECT_FALSE(s.title_rows.empty()) << s.name;
    EXPECT_NE(s.footer.find("&P"), std::string::npos) << s.name;
  }
  const SheetDump& grid = festival_->workbook.Sheet("排班表");
  EXPECT_GT(grid.RowStartingWith("制表人"), 0);
}

TEST_F(RosterEndToEnd, TitleDueDateAndHeaderRows) {
  const SheetDump& grid = festival_->workbook.Sheet("排班表");
  std::map<std::string, std::string> want;
  for (const std::string& line : ExpectationLines(Expected(*festival_, "header.txt"))) {
    size_t space = line.find(' ');
    want[line.substr(0, space)] = line.substr(space + 1);
  }
  EXPECT_EQ(grid.Text(1, 0), want["title"]);
  EXPECT_EQ(grid.Text(2, 0), want["subtitle"]);
  EXPECT_EQ(grid.Text(3, 0), want["due"]);
  EXPECT_EQ(grid.At(3, 0).font, kAlertFont);
  const int header = grid.RowOf("工号");
  ASSERT_EQ(header, 5);
  EXPECT_EQ(grid.title_rows, "$5:$7");
  EXPECT_EQ(grid.freeze, "D8");
  std::vector<std::string> weekdays = Words(want["weekdays"]);
  ASSERT_EQ(weekdays.size(), 28u);
  for (int d = 0; d < 28; ++d) {
    EXPECT_EQ(grid.Text(header, kFirstDayColumn + d), std::to_string(d + 1));
    EXPECT_EQ(grid.Text(header + 1, kFirstDayColumn + d), weekdays[d]) << d + 1;
  }
  // "holiday 1-4 春节": one merged cell over days 1-4 of the third header row.
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
  for (int d = 0; d < 28; ++d) named += grid.Text(header + 2, kFirstDayColumn + d).empty() ? 0 : 1;
  EXPECT_EQ(named, 2);
}

TEST_F(RosterEndToEnd, GridCodesPerEmployeeAndDay) {
  std::vector<std::string> ids;
  for (const std::string& line : ExpectationLines(Expected(*festival_, "grid.txt"))) {
    ids.push_back(Words(line)[0]);
  }
  ExpectGrid(*festival_, festival_->workbook.Sheet("排班表"), ids);
}

TEST_F(RosterEndToEnd, ShiftsHaveOneColourEach) {
  const SheetDump& grid = festival_->workbook.Sheet("排班表");
  std::map<std::string, std::string> fill_of;
  for (int r = grid.RowOf("工号") + 3; !grid.Text(r, 0).empty(); ++r) {
    for (int d = 0; d < 28; ++d) {
      CellDump cell = grid.At(r, kFirstDayColumn + d);
      if (cell.value.empty() || cell.value.starts_with("休")) continue;
      std::string code = cell.value.substr(0, 1);
      auto [it, added] = fill_of.emplace(code, cell.fill);
      EXPECT_EQ(it->second, cell.fill) << code;
    }
  }
  ASSERT_EQ(fill_of.size(), 5u);  // A B C D E
  std::set<std::string> fills;
  for (const auto& [code, fill] : fill_of) fills.insert(fill);
  EXPECT_EQ(fills.size(), 5u);
  EXPECT_EQ(fills.count(""), 0u);
}

TEST_F(RosterEndToEnd, CoverageCountsPerShiftAndDay) {
  const SheetDump& grid = festival_->workbook.Sheet("排班表");
  const int title = grid.RowStartingWith("每日在岗人数");
  ASSERT_GT(title, 0);
  int row = title + 1;
  for (const std::string& line : ExpectationLines(Expected(*festival_, "coverage.txt"))) {
    std::vector<std::string> words = Words(line);
    SCOPED_TRACE(words[0]);
    ASSERT_EQ(grid.Text(row, 0), words[0]);
    for (int d = 0; d < 28; ++d) {
      CellDump cell = grid.At(row, kFirstDayColumn + d);
      std::string want = words[1 + d];
      bool red = want.ends_with("!");
      if (red) want.pop_back();
      EXPECT_EQ(cell.value, want) << "day " << d + 1;
      EXPECT_EQ(cell.fill == kAlertFill, red) << "day " << d + 1;
    }
    EXPECT_EQ(grid.Text(row, kFirstDayColumn + 28), words[29]) << "total";
    ++row;
  }
}

TEST_F(RosterEndToEnd, ChangesListedWithTheOriginalShift) {
  const SheetDump& grid = festival_->workbook.Sheet("排班表");
  int row = grid.RowOf("调班记录") + 1;
  ASSERT_GT(row, 1);
  for (const std::string& line : ExpectationLines(Expected(*festival_, "changes.txt"))) {
    std::vector<std::string> fields = Split(line, '\t');
    EXPECT_EQ(grid.Text(row, 0), fields[0]);
    EXPECT_EQ(grid.Text(row, 1), fields[1]);
    ++row;
  }
  EXPECT_EQ(grid.Text(row, 0), "");
}

TEST_F(RosterEndToEnd, TeamSheetsHaveTheSameGrid) {
  for (const std::string& line : ExpectationLines(Expected(*festival_, "teams.txt"))) {
    std::vector<std::string> fields = Split(line, '\t');
    const SheetDump& sheet = festival_->workbook.Sheet(fields[0]);
    EXPECT_EQ(sheet.Text(1, 0), fields[1]);
    EXPECT_EQ(sheet.RowStartingWith("每日在岗人数"), 0) << "no coverage block on a team sheet";
    EXPECT_EQ(sheet.RowStartingWith("节假日排班表"), 0);
    ExpectGrid(*festival_, sheet, Words(fields[2]));
  }
}

TEST_F(RosterEndToEnd, StaffRoster) {
  const SheetDump& staff = festival_->workbook.Sheet("人员名册");
  EXPECT_EQ(staff.Text(2, 0),
            "司龄为截至 2025-02-01 的整月数；手机号已脱敏；薪资保密，不列入名册（篇1 二.11）");
  int row = staff.RowOf("工号") + 1;
  ASSERT_GT(row, 1);
  for (const std::string& line : ExpectationLines(Expected(*festival_, "staff.txt"))) {
    std::vector<std::string> fields = Split(line, '\t');
    ASSERT_EQ(fields.size(), 9u) << line;
    for (int c = 0; c < 9; ++c) EXPECT_EQ(staff.Text(row, c), fields[c]) << line << " column " << c;
    ++row;
  }
}

// R-C5 (篇1 二.11): the roster goes to everyone on duty, so no cell of any of its sheets, read
// back with openpyxl, holds a salary of the case's policy (S = 3300, the other grades the
// defaults) or their sum for the staff (17800), and no heading names a salary.
TEST_F(RosterEndToEnd, NoSalaryAnywhereInTheRosterWorkbook) {
  const std::set<std::string> salaries = {"1800", "2200", "2500", "3300", "4000", "17800"};
  size_t cells = 0;
  for (const CaseRun* c : {festival_, quiet_}) {
    for (const SheetDump& sheet : c->workbook.sheets) {
      for (const auto& [ref, cell] : sheet.cells) {
        ++cells;
        EXPECT_FALSE(cell.is_number && salaries.count(cell.value)) << sheet.name << "!" << ref;
        for (const char* word : {"月薪", "工资", "薪资（", "Salary", "salary ("}) {
          EXPECT_EQ(cell.value.find(word), std::string::npos) << sheet.name << "!" << ref;
        }
      }
    }
  }
  EXPECT_GT(cells, 500u);
}

TEST_F(RosterEndToEnd, ChecksSheetRows) {
  const SheetDump& checks = festival_->workbook.Sheet("排班检查");
  std::vector<std::string> lines = ExpectationLines(Expected(*festival_, "checks.txt"));
  ASSERT_TRUE(lines[0].starts_with("title\t"));
  EXPECT_EQ(checks.Text(1, 0), lines[0].substr(6));
  int row = 3;
  for (size_t i = 1; i < lines.size(); ++i, ++row) {
    std::vector<std::string> fields = Split(lines[i], '\t');
    ASSERT_EQ(fields.size(), 8u) << lines[i];
    for (int c = 0; c < 8; ++c) EXPECT_EQ(checks.Text(row, c), fields[c]) << lines[i];
  }
  EXPECT_EQ(checks.Text(row, 0), "");
}

TEST_F(RosterEndToEnd, DataIssuesSheetHasTheWarnings) {
  const SheetDump& issues = festival_->workbook.Sheet("数据问题");
  EXPECT_EQ(issues.Text(1, 0), "数据问题：5 行被拒收或警告");
}

TEST_F(RosterEndToEnd, SameInputSameBytes) {
  std::string first = ReadFile(festival_->workbook_path);
  ProcessResult again =
      RunKefu({"--input", (festival_->case_dir / "input").string(), "--output",
               festival_->out->path(), "--quiet", "roster", "--month", "2025-02"});
  EXPECT_EQ(again.exit_code, 0) << again.err;  // identical bytes: nothing to refuse
  EXPECT_EQ(ReadFile(festival_->workbook_path), first);
}

TEST_F(RosterEndToEnd, QuietMonthInEnglish) {
  const CaseRun& c = *quiet_;
  EXPECT_EQ(c.run.exit_code, 0) << c.run.err;
  EXPECT_FALSE(fs::exists(c.folder + "/rejects.csv"));
  std::vector<std::string> names;
  for (const SheetDump& s : c.workbook.sheets) names.push_back(s.name);
  EXPECT_EQ(names, ExpectationLines(Expected(c, "sheets.txt")));
  const SheetDump& grid = c.workbook.Sheet("Shift roster");
  EXPECT_EQ(grid.RowOf("ID"), 4) << "no holiday-roster line in a month without festivals";
  std::vector<std::string> ids;
  for (const std::string& line : ExpectationLines(Expected(c, "grid.txt"))) {
    ids.push_back(Words(line)[0]);
  }
  ExpectGrid(c, grid, ids);
  const SheetDump& checks = c.workbook.Sheet("Roster checks");
  EXPECT_EQ(checks.Text(1, 0), "Roster checks (2025-03): 0 findings");
  EXPECT_EQ(checks.Text(3, 0), "nothing found");
}

}  // namespace
}  // namespace kefu::testing
