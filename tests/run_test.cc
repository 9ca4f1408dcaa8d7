// kefu run on the sample department: every report of the month, each matching the hand-checked
// expectations of input/README.md, and byte-identical to what the single commands write.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "run_kefu.h"

namespace kefu::testing {
namespace {

namespace fs = std::filesystem;

// The fenced block of input/README.md that starts with `header`.
std::string ReadmeBlock(const std::string& header) {
  std::istringstream in(ReadFile("input/README.md"));
  std::string block;
  bool inside = false;
  for (std::string line; std::getline(in, line);) {
    if (!inside && line == header) inside = true;
    if (inside && line.rfind("```", 0) == 0) break;
    if (inside) block += line + "\n";
  }
  return block;
}

// A CSV as LF lines without BOM, optionally cut to its first `columns` columns.
std::string Csv(const std::string& path, size_t columns = 0) {
  std::string text = ReadFile(path);
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  std::istringstream in(text);
  std::string out;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (columns > 0) {
      size_t cut = 0;
      for (size_t i = 0; i < columns && cut != std::string::npos; ++i) {
        cut = line.find(',', cut == 0 && i == 0 ? 0 : cut + 1);
      }
      if (cut != std::string::npos) line.erase(cut);
    }
    out += line + "\n";
  }
  return out;
}

std::string FirstColumns(const std::string& block, size_t columns) {
  std::istringstream in(block);
  std::string out;
  for (std::string line; std::getline(in, line);) {
    size_t cut = std::string::npos;
    size_t at = 0;
    for (size_t i = 0; i < columns; ++i) {
      at = line.find(',', i == 0 ? 0 : at + 1);
      if (at == std::string::npos) break;
      cut = at;
    }
    if (at != std::string::npos && cut != std::string::npos) line.erase(cut);
    out += line + "\n";
  }
  return out;
}

class SampleRun : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    out_ = new ScratchDir("run");
    result_ = new ProcessResult(RunKefu({"--lang", "en", "run", "--output", out_->path()}));
  }
  static void TearDownTestSuite() {
    delete result_;
    delete out_;
  }
  static std::string Path(const std::string& relative) { return out_->path() + "/" + relative; }
  static inline ScratchDir* out_ = nullptr;
  static inline ProcessResult* result_ = nullptr;
};

TEST_F(SampleRun, WritesEveryReportOfTheLatestMonth) {
  EXPECT_EQ(result_->exit_code, 3) << result_->err;  // the sample's deliberate bad rows
  EXPECT_NE(result_->err.find("report month 2024-09"), std::string::npos) << result_->err;
  for (const char* file :
       {"attendance/2024-09/attendance-2024-09.xlsx", "attendance/2024-09/attendance-2024-09.csv",
        "attendance/2024-09/handover-2024-09.csv", "attendance/2024-09/manifest.json",
        "attendance/2024-09/rejects.csv", "roster/2024-10/roster-2024-10.xlsx",
        "roster/2024-10/manifest.json", "evaluation/2024Q3/evaluation-2024Q3.xlsx",
        "evaluation/2024Q3/decisions-2024Q3.csv", "evaluation/2024Q3/manifest.json",
        "evaluation/2024Q3/dossiers/E001-promote-R.xlsx",
        "evaluation/2024Q3/dossiers/E016-dismissal_review.xlsx"}) {
    EXPECT_TRUE(fs::exists(Path(file))) << file;
  }
}

TEST_F(SampleRun, AttendanceMatchesTheReadmeFigureForFigure) {
  std::string expected = ReadmeBlock(
      "employee_id,name,team,grade,scheduled_shifts,worked_shifts,"
      "late_count,late_minutes,early_count,early_minutes,"
      "absent_shifts,missing_punches,leave_hours,unapproved_leave,"
      "statutory_hours,holiday_hours,night_shifts,"
      "unapproved_changes,off_duty_logins,bonus_withheld,"
      "worked_hours,corrections,shared_account_flags,hire_date,"
      "left_date");
  ASSERT_FALSE(expected.empty());
  EXPECT_EQ(Csv(Path("attendance/2024-09/attendance-2024-09.csv")), expected);
}

// The off-duty logins (R-C2) and possibly shared accounts (R-C4) sheets, read back with openpyxl,
// equal the two blocks of input/README.md.
TEST_F(SampleRun, LoginSheetsMatchTheReadme) {
  const std::string off_duty = ReadmeBlock("account,employee_id,time,reason");
  const std::string shared = ReadmeBlock(
      "account,employee_id,time,ip,signal,other_account,other_time,other_ip,minutes_apart,"
      "likely_user");
  ASSERT_FALSE(off_duty.empty());
  ASSERT_FALSE(shared.empty());
  ProcessResult read = RunProgram(
      "/usr/bin/python3",
      {"tests/read_login_sheets.py", Path("attendance/2024-09/attendance-2024-09.xlsx")});
  ASSERT_EQ(read.exit_code, 0) << read.err;
  EXPECT_EQ(read.out, off_duty + "\n" + shared);
}

TEST_F(SampleRun, HandoverFailuresMatchTheReadme) {
  std::string expected = ReadmeBlock("department,date,point,rule,detail");
  ASSERT_FALSE(expected.empty());
  // The detail column is free text; the rest must match row for row.
  EXPECT_EQ(FirstColumns(Csv(Path("attendance/2024-09/handover-2024-09.csv")), 4),
            FirstColumns(expected, 4));
}

TEST_F(SampleRun, DecisionsMatchTheReadme) {
  std::string expected = ReadmeBlock(
      "employee_id,name,department,grade,decision,target_grade,"
      "window_months,window_avg,window_rank,salary_current,"
      "salary_target,rules");
  ASSERT_FALSE(expected.empty());
  EXPECT_EQ(Csv(Path("evaluation/2024Q3/decisions-2024Q3.csv")), expected);
}

TEST_F(SampleRun, SingleCommandsFindTheSameBytesAndChangeNothing) {
  auto mtime = [&](const char* f) { return fs::last_write_time(Path(f)); };
  auto before = mtime("attendance/2024-09/attendance-2024-09.xlsx");
  for (std::vector<std::string> args :
       {std::vector<std::string>{"attendance", "--month", "2024-09"},
        {"roster", "--month", "2024-10"},
        {"evaluate", "--quarter", "2024Q3"},
        {"run"}}) {
    args.insert(args.begin(), {"--lang", "en", "--quiet", "--output", out_->path()});
    ProcessResult again = RunKefu(args);
    EXPECT_NE(again.exit_code, 4) << args[5] << ": " << again.err;
    EXPECT_EQ(again.err.find("archived"), std::string::npos) << again.err;
  }
  EXPECT_EQ(mtime("attendance/2024-09/attendance-2024-09.xlsx"), before);
}

TEST_F(SampleRun, AnotherLanguageIsRefusedAsAChangeOfAnArchivedReport) {
  ProcessResult zh =
      RunKefu({"--quiet", "--output", out_->path(), "attendance", "--month", "2024-09"});
  EXPECT_EQ(zh.exit_code, 4) << zh.err;
  EXPECT_NE(zh.err.find("attendance-2024-09.xlsx"), std::string::npos) << zh.err;
}

// outputs.md: exit 2 means nothing written — for `run` too, although it makes three reports.
TEST(RunStops, StrictWithRejectedRowsWritesNoReportAtAll) {
  ScratchDir out("run-strict");
  ProcessResult r = RunKefu({"--lang", "en", "--quiet", "--strict", "--output", out.path(), "run"});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_TRUE(HashTree(out.path()).empty()) << r.err;
  EXPECT_NE(r.err.find("stopped: nothing was written"), std::string::npos) << r.err;
}

TEST(RunStops, AFatalFileOfTheLastReportLeavesTheFirstUnwritten) {
  // Only the evaluation reads quarterly grades: attendance and roster are ready when the
  // evaluation's input turns out to be unreadable.
  ScratchDir dir("run-fatal");
  fs::copy(std::string(KEFU_SOURCE_DIR) + "/input", dir.path() + "/input",
           fs::copy_options::recursive);
  {
    std::ofstream cut(dir.path() + "/input/quarterly_grades.xml", std::ios::trunc);
    cut << "<quarterly_grades>\n  <grade employee_id=\"E001\" quarter=\"2024Q3\"";
  }
  const std::string out = dir.path() + "/output";
  ProcessResult r = RunKefu(
      {"--lang", "en", "--quiet", "--input", dir.path() + "/input", "--output", out, "run"});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("quarterly_grades.xml:"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(out + "/attendance")) << r.err;
  EXPECT_FALSE(fs::exists(out + "/roster")) << r.err;
  if (fs::exists(out)) {
    EXPECT_TRUE(HashTree(out).empty());
  }
}

}  // namespace
}  // namespace kefu::testing
