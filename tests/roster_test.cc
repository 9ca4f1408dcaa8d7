// End-to-end checks of `kefu roster` that need no expectation file: the two roster golden cases
// (tests/golden/roster/<case>/, whose expected/ the golden runner compares) run once more and
// their workbooks, read back with openpyxl (tests/support/dump_xlsx.py), are checked for what
// must hold whatever the input: one colour per shift, every sheet printable, no salary anywhere
// (R-C5), the same bytes on a second run.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <sstream>

#include "support/files.h"
#include "support/run_kefu.h"
#include "support/workbook_dump.h"

namespace kefu::testing {
namespace {

namespace fs = std::filesystem;

constexpr int kFirstDayColumn = 3;  // D: after 工号, 姓名, 班组

// Runs a roster golden case with its own args once and keeps what it wrote.
struct CaseRun {
  std::string case_name;
  fs::path input;
  std::vector<std::string> args;
  std::unique_ptr<TempDir> out;
  ProcessResult run;
  std::string folder;  // the output folder of the month
  std::string workbook_path;
  WorkbookDump workbook;

  CaseRun(const std::string& name, const std::string& month) : case_name(name) {
    fs::path dir = fs::path(KEFU_SOURCE_DIR) / "tests" / "golden" / "roster" / name;
    input = dir / "input";
    std::istringstream words(ReadFile((dir / "args").string()));
    for (std::string w; words >> w;) args.push_back(w);
    out = std::make_unique<TempDir>("roster-" + name);
    run = Run();
    folder = out->path() + "/roster/" + month;
    workbook_path = folder + "/roster-" + month + ".xlsx";
    workbook = ReadWorkbook(workbook_path);
  }

  ProcessResult Run() const {
    std::vector<std::string> all = {"--input", input.string(), "--output", out->path(), "--quiet"};
    all.insert(all.end(), args.begin(), args.end());
    return RunKefu(all);
  }
};

class RosterEndToEnd : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    festival_ = new CaseRun("spring-festival", "2025-02");
    quiet_ = new CaseRun("quiet-month-en", "2025-03");
  }
  static void TearDownTestSuite() {
    delete festival_;
    delete quiet_;
  }
  void SetUp() override {
    for (const CaseRun* c : {festival_, quiet_}) {
      ASSERT_FALSE(c->workbook.sheets.empty()) << c->case_name << ": " << c->run.err;
    }
  }

  static inline CaseRun* festival_ = nullptr;
  static inline CaseRun* quiet_ = nullptr;
};

TEST_F(RosterEndToEnd, EverySheetPrintsLandscapeOnePageWideWithTitlesAndPageNumbers) {
  for (const CaseRun* c : {festival_, quiet_}) {
    for (const SheetDump& s : c->workbook.sheets) {
      EXPECT_TRUE(s.landscape) << s.name;
      EXPECT_TRUE(s.fit_to_page) << s.name;
      EXPECT_FALSE(s.title_rows.empty()) << s.name;
      EXPECT_NE(s.footer.find("&P"), std::string::npos) << s.name;
    }
  }
  EXPECT_GT(festival_->workbook.Sheet("排班表").RowStartingWith("制表人"), 0);
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

TEST_F(RosterEndToEnd, DataIssuesSheetCountsTheWarnings) {
  const SheetDump& issues = festival_->workbook.Sheet("数据问题");
  EXPECT_EQ(issues.Text(1, 0), "数据问题：5 行被拒收或警告");
}

TEST_F(RosterEndToEnd, SameInputSameBytes) {
  std::string first = ReadFile(festival_->workbook_path);
  ProcessResult again = festival_->Run();
  EXPECT_EQ(again.exit_code, 0) << again.err;  // identical bytes: nothing to refuse
  EXPECT_EQ(ReadFile(festival_->workbook_path), first);
}

TEST_F(RosterEndToEnd, QuietMonthHasNoHolidayLineAndNoRejects) {
  const CaseRun& c = *quiet_;
  EXPECT_EQ(c.run.exit_code, 0) << c.run.err;
  EXPECT_FALSE(fs::exists(c.folder + "/rejects.csv"));
  EXPECT_EQ(c.workbook.Sheet("Shift roster").RowOf("ID"), 4)
      << "no holiday-roster line in a month without festivals";
}

}  // namespace
}  // namespace kefu::testing
