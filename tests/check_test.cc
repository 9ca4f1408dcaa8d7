// kefu check end to end: the sample department and a folder of deliberately broken files.
#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <sstream>

#include "run_kefu.h"

namespace kefu::testing {
namespace {

std::vector<std::string> DiagnosticLines(const std::string& out) {
  std::vector<std::string> lines;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) break;  // the count table follows a blank line
    lines.push_back(line);
  }
  return lines;
}

TEST(Check, BrokenFolderGivesOnePreciseDiagnosticPerFault) {
  ProcessResult r =
      RunKefu({"--lang", "en", "check", "--input", "tests/check/broken/input", "--quiet"});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  std::string expected = ReadFile("tests/check/broken/expected_stdout.txt");
  std::vector<std::string> want = DiagnosticLines(expected);
  std::vector<std::string> got = DiagnosticLines(r.out);
  ASSERT_EQ(got.size(), want.size()) << r.out;
  for (size_t i = 0; i < want.size(); ++i) EXPECT_EQ(got[i], want[i]);
  EXPECT_NE(r.out.find("7 fatal, 21 rejected, 5 warnings"), std::string::npos) << r.out;
}

// input/README.md "Data issues": what an input reader can see of the sample's bad rows.
TEST(Check, SampleDepartmentListsExactlyItsDeliberateBadRows) {
  ProcessResult r = RunKefu({"--lang", "en", "check", "--quiet"});
  EXPECT_EQ(r.exit_code, 3) << r.err;
  std::set<std::string> got;
  for (const std::string& line : DiagnosticLines(r.out)) {
    // path:line: [field: ]kind — keep up to the kind.
    std::smatch m;
    ASSERT_TRUE(std::regex_search(line, m, std::regex("^(.*?): (rejected|warning|error): ")));
    got.insert(m[1].str() + " " + m[2].str());
  }
  std::set<std::string> want = {
      "input/employees.csv:28: id_number warning",
      "input/employees.csv:31: id_number warning",
      "input/employees.csv:33: left_date warning",
      "input/schedule/2024-05.csv:268: shift rejected",
      "input/punches/2024-06.csv:587: date rejected",
      "input/punches/2024-09.csv:447: employee_id rejected",
      "input/leave.csv:5: employee_id rejected",
      "input/monthly_scores.csv:1 warning",
      "input/monthly_scores.csv:31: score rejected",
      "input/monthly_scores.csv:171: score warning",
      "input/monthly_scores.csv:192 rejected",
  };
  EXPECT_EQ(got, want) << r.out;
  // The count table names every record type.
  for (const char* type :
       {"employees", "shifts", "calendar", "schedule", "schedule_changes", "punches", "leave",
        "monthly_scores", "quarterly_grades", "honors", "discipline", "probation", "nominations",
        "handovers", "security_handovers", "logins"}) {
    EXPECT_TRUE(std::regex_search(r.out, std::regex(std::string("\n") + type + " +[0-9]"))) << type;
  }
  EXPECT_NE(r.out.find("0 fatal, 6 rejected, 5 warnings"), std::string::npos) << r.out;
}

TEST(Check, StrictTurnsRejectedRowsIntoAFatalExit) {
  ProcessResult r = RunKefu({"check", "--strict", "--quiet"});
  EXPECT_EQ(r.exit_code, 2);
}

TEST(Check, ProgressGoesToStderrAsPlainLinesWhenNotATerminal) {
  ProcessResult r = RunKefu({"--lang", "en", "check"});
  EXPECT_NE(r.err.find("] reading employees.csv"), std::string::npos) << r.err;
  EXPECT_EQ(r.out.find("reading"), std::string::npos);
  ProcessResult quiet = RunKefu({"check", "--quiet"});
  EXPECT_TRUE(quiet.err.empty()) << quiet.err;
}

}  // namespace
}  // namespace kefu::testing
