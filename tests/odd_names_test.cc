// Issue 11: any department or team text makes a valid workbook. A department named like a
// formula (`=客服部`) and teams named like a number, a cell or a value (`1`, `A1`, `R1C1`, `TRUE`),
// with characters Excel forbids in sheet names, two that are the same once made valid, and one
// over 31 characters: `kefu run` on tests/archive/input with those names. The workbooks are read
// back as Excel would read them — the sheet names, every defined name (print titles, filters) and
// chart range quoted where Excel needs it — with openpyxl, and LibreOffice (headless) prints both
// to PDF.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "run_kefu.h"

namespace kefu::testing {
namespace {

namespace fs = std::filesystem;

// 32 code points: cut to the first 31 as a sheet name.
const std::string kLongTeam = "第一客户服务中心华东区域热线电话接听与投诉处理及回访质量监督二组";

// Prints, one per line: each sheet name; each defined name as `name|localSheetId|formula`; each
// chart range formula as `chart|formula`. openpyxl must open the file (it parses every sheet).
constexpr const char* kReadNames = R"py(
import re, sys, zipfile
import openpyxl
path = sys.argv[1]
wb = openpyxl.load_workbook(path)
for name in wb.sheetnames:
    print("sheet|" + name)
with zipfile.ZipFile(path) as z:
    xml = z.read("xl/workbook.xml").decode("utf-8")
    for m in re.finditer(r'<definedName name="([^"]*)" localSheetId="(\d+)"[^>]*>([^<]*)</definedName>', xml):
        print("defined|%s|%s|%s" % (m.group(1), m.group(2), m.group(3).replace("&apos;", "'")))
    for part in sorted(n for n in z.namelist() if n.startswith("xl/charts/chart")):
        for f in re.findall(r"<c:f>([^<]*)</c:f>", z.read(part).decode("utf-8")):
            print("chart|" + f.replace("&apos;", "'"))
)py";

std::vector<std::string> LinesWith(const std::string& text, const std::string& prefix) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (line.rfind(prefix, 0) == 0) lines.push_back(line.substr(prefix.size()));
  }
  return lines;
}

class OddNames : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new ScratchDir("odd-names");
    const fs::path input = fs::path(dir_->path()) / "input";
    fs::copy(fs::path(KEFU_SOURCE_DIR) / "tests/archive/input", input, fs::copy_options::recursive);
    const std::vector<std::pair<std::string, std::string>> teams = {
        {"J01", "1"},    {"J02", "A1"},   {"J03", "R1C1"},    {"J04", "=客服部"},
        {"J05", "组/A"}, {"J06", "组:A"}, {"J07", kLongTeam}, {"J08", "'TRUE'"}};
    std::ofstream employees(input / "employees.csv", std::ios::trunc);
    employees << "employee_id,name,department,grade,hire_date,grade_since,team,status\n";
    std::ofstream schedule(input / "schedule.csv", std::ios::app);
    int n = 0;
    for (const auto& [id, team] : teams) {
      employees << id << ",员工" << ++n << ",=客服部,J,2023-01-10,2023-04-10," << team
                << ",active\n";
      if (id > "J03") schedule << id << ",2024-07-01,D\n" << id << ",2024-07-02,D\n";
    }
    employees.close();
    schedule.close();
    result_ = new ProcessResult(RunKefu({"--lang", "en", "--quiet", "--input", input.string(),
                                         "--output", Out(), "run", "--month", "2024-06"}));
  }
  static void TearDownTestSuite() {
    delete result_;
    delete dir_;
  }
  static std::string Out() { return dir_->path() + "/output"; }
  static std::string Read(const std::string& workbook) {
    ProcessResult r = RunProgram("/usr/bin/python3", {"-c", kReadNames, Out() + "/" + workbook});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return r.out;
  }
  static inline ScratchDir* dir_ = nullptr;
  static inline ProcessResult* result_ = nullptr;
};

TEST_F(OddNames, EveryReportIsWritten) {
  EXPECT_EQ(result_->exit_code, 0) << result_->err;
  EXPECT_EQ(result_->err, "");
  for (const char* file :
       {"roster/2024-07/roster-2024-07.xlsx", "evaluation/2024Q2/evaluation-2024Q2.xlsx",
        "attendance/2024-06/attendance-2024-06.xlsx"}) {
    EXPECT_TRUE(fs::exists(Out() + "/" + file)) << file;
  }
}

TEST_F(OddNames, TeamSheetsAreValidDistinctAndQuotedWhereverTheyAreReferredTo) {
  std::string names = Read("roster/2024-07/roster-2024-07.xlsx");
  // Teams in roster order (first appearance among the employees by id); / and : become _, the
  // second 组_A is told apart, apostrophes at either end are dropped, 31 code points kept.
  const std::string long_sheet = kLongTeam.substr(0, kLongTeam.size() - std::string("组").size());
  const std::vector<std::string> sheets = {
      "Shift roster", "Staff roster", "1",        "A1",   "R1C1",          "=客服部",
      "组_A",         "组_A (2)",     long_sheet, "TRUE", "Roster checks", "Data issues"};
  EXPECT_EQ(LinesWith(names, "sheet|"), sheets) << names;
  // Every defined name refers to its own sheet, quoted unless Excel reads the name bare (none
  // of these: each has a space, a non-ASCII letter, or looks like a number, cell or value).
  std::vector<std::string> defined = LinesWith(names, "defined|");
  ASSERT_FALSE(defined.empty());
  size_t print_titles = 0;
  for (const std::string& line : defined) {
    size_t bar1 = line.find('|'), bar2 = line.find('|', bar1 + 1);
    const std::string& sheet = sheets.at(std::stoul(line.substr(bar1 + 1, bar2 - bar1 - 1)));
    std::string formula = line.substr(bar2 + 1);
    EXPECT_EQ(formula.substr(0, sheet.size() + 3), "'" + sheet + "'!") << line;
    print_titles += line.rfind("_xlnm.Print_Titles|", 0) == 0;
  }
  EXPECT_EQ(print_titles, sheets.size());
  EXPECT_NE(std::find(defined.begin(), defined.end(), "_xlnm.Print_Titles|2|'1'!$4:$6"),
            defined.end())
      << names;
  EXPECT_NE(std::find(defined.begin(), defined.end(), "_xlnm.Print_Titles|4|'R1C1'!$4:$6"),
            defined.end())
      << names;
}

TEST_F(OddNames, ADepartmentNamedLikeAFormulaIsOnlyText) {
  std::string names = Read("evaluation/2024Q2/evaluation-2024Q2.xlsx");
  std::vector<std::string> charts = LinesWith(names, "chart|");
  ASSERT_FALSE(charts.empty()) << names;
  for (const std::string& f : charts) {
    EXPECT_EQ(f.rfind("'Score distribution'!$", 0), 0u) << f;
  }
  std::string decisions = ReadFile(Out() + "/evaluation/2024Q2/decisions-2024Q2.csv");
  EXPECT_NE(decisions.find("J01,员工1,'=客服部,J,promote,M,"), std::string::npos) << decisions;
}

TEST_F(OddNames, LibreOfficePrintsBothWorkbooks) {
  const std::string pdf = dir_->path() + "/pdf";
  ProcessResult convert =
      RunProgram("/usr/bin/timeout",
                 {"120", "soffice", "-env:UserInstallation=file://" + dir_->path() + "/lo-profile",
                  "--headless", "--convert-to", "pdf", "--outdir", pdf,
                  Out() + "/roster/2024-07/roster-2024-07.xlsx",
                  Out() + "/evaluation/2024Q2/evaluation-2024Q2.xlsx"});
  ASSERT_EQ(convert.exit_code, 0) << convert.out << convert.err;
  ProcessResult roster = RunProgram("/usr/bin/pdftotext", {pdf + "/roster-2024-07.pdf", "-"});
  ASSERT_EQ(roster.exit_code, 0) << roster.err;
  // The department's title and every team's rows are printed.
  EXPECT_NE(roster.out.find("=客服部 shift roster 2024-07"), std::string::npos) << roster.out;
  for (const char* team : {"R1C1", "组/A", "组:A", "'TRUE'"}) {
    EXPECT_NE(roster.out.find(team), std::string::npos) << team;
  }
  ProcessResult evaluation =
      RunProgram("/usr/bin/pdftotext", {pdf + "/evaluation-2024Q2.pdf", "-"});
  ASSERT_EQ(evaluation.exit_code, 0) << evaluation.err;
  EXPECT_NE(evaluation.out.find("=客服部"), std::string::npos) << evaluation.out;
}

}  // namespace
}  // namespace kefu::testing
