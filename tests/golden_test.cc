// Golden cases: every folder tests/golden/<area>/<case>/ holds an input folder, the command line
// (`args`), the exit status (`exit_code`, default 0) and, under `expected/`, files laid out as in
// the output folder, written by hand from rules.md. The test runs kefu and compares each expected
// file with what kefu wrote (a CSV's BOM and CRLF line ends are checked by the writer's own tests
// and ignored here, so the expectations stay readable). An attendance case may also hold
// `login_sheets.txt`: the off-duty logins (R-C2) and possibly shared accounts (R-C4) sheets of its
// workbook as tests/read_login_sheets.py prints them (read back with openpyxl).
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "run_kefu.h"

namespace kefu::testing {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> GoldenCases() {
  std::vector<std::string> cases;
  fs::path root = fs::path(KEFU_SOURCE_DIR) / "tests" / "golden";
  if (!fs::is_directory(root)) return cases;
  for (const auto& area : fs::directory_iterator(root)) {
    if (!area.is_directory()) continue;
    for (const auto& c : fs::directory_iterator(area.path())) {
      if (fs::exists(c.path() / "args")) {
        cases.push_back(area.path().filename().string() + "/" + c.path().filename().string());
      }
    }
  }
  std::sort(cases.begin(), cases.end());
  return cases;
}

std::string Normalized(std::string text) {
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
    out += text[i];
  }
  return out;
}

std::vector<std::string> Words(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

class GoldenTest : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldenTest, OutputMatchesHandWrittenExpectation) {
  const fs::path dir = fs::path(KEFU_SOURCE_DIR) / "tests" / "golden" / GetParam();
  std::string name = GetParam();
  std::replace(name.begin(), name.end(), '/', '-');
  ScratchDir out(name);
  std::vector<std::string> args = {"--input", (dir / "input").string(), "--output", out.path(),
                                   "--quiet"};
  for (const std::string& w : Words(ReadFile((dir / "args").string()))) args.push_back(w);
  ProcessResult run = RunKefu(args);
  int expected_exit = 0;
  if (fs::exists(dir / "exit_code"))
    expected_exit = std::stoi(ReadFile((dir / "exit_code").string()));
  EXPECT_EQ(run.exit_code, expected_exit) << run.err;

  size_t compared = 0;
  for (const auto& entry : fs::recursive_directory_iterator(dir / "expected")) {
    if (!entry.is_regular_file()) continue;
    fs::path relative = fs::relative(entry.path(), dir / "expected");
    fs::path produced = fs::path(out.path()) / relative;
    ASSERT_TRUE(fs::exists(produced)) << relative << " was not written\n" << run.err;
    EXPECT_EQ(Normalized(ReadFile(produced.string())), Normalized(ReadFile(entry.path().string())))
        << relative;
    ++compared;
  }
  EXPECT_GT(compared, 0u) << "a golden case must expect at least one file";

  if (fs::exists(dir / "login_sheets.txt")) {
    std::vector<fs::path> workbooks;
    for (const auto& entry : fs::recursive_directory_iterator(out.path())) {
      const std::string file = entry.path().filename().string();
      if (file.starts_with("attendance-") && file.ends_with(".xlsx")) workbooks.push_back(entry);
    }
    ASSERT_EQ(workbooks.size(), 1u) << "login_sheets.txt needs one attendance workbook";
    ProcessResult read =
        RunProgram("/usr/bin/python3", {"tests/read_login_sheets.py", workbooks[0].string()});
    ASSERT_EQ(read.exit_code, 0) << read.err;
    EXPECT_EQ(read.out, ReadFile((dir / "login_sheets.txt").string()));
  }
}

INSTANTIATE_TEST_SUITE_P(Cases, GoldenTest, ::testing::ValuesIn(GoldenCases()),
                         [](const ::testing::TestParamInfo<std::string>& param) {
                           std::string n = param.param;
                           for (char& c : n) {
                             if (!isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return n;
                         });

}  // namespace
}  // namespace kefu::testing
