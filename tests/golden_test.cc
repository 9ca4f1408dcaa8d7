// The one golden runner: every folder tests/golden/<area>/<case>/ with an `args` file is a case,
// laid out alike —
//
//   input/      the input folder
//   args        the command line after --input/--output/--quiet (`roster --month 2025-02`)
//   exit_code   the exit status (default 0)
//   expected/   files laid out as in the output folder, written by hand from rules.md
//   README.md   the arithmetic
//
// The test runs kefu and compares each expected file with what kefu wrote (a CSV's BOM and CRLF
// line ends are checked by the writer's own tests and ignored here, so the expectations stay
// readable). An expected file `<name>.xlsx.<view>.txt` is an expectation about the workbook
// `<name>.xlsx`, read back with openpyxl and checked by its view (tests/golden_views.h).
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "golden_views.h"
#include "support/files.h"
#include "support/run_kefu.h"

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

// "roster-2025-02.xlsx.grid.txt" → {"roster-2025-02.xlsx", "grid"}; {} for any other name.
std::pair<std::string, std::string> WorkbookView(const std::string& file) {
  size_t xlsx = file.find(".xlsx.");
  if (xlsx == std::string::npos || !file.ends_with(".txt")) return {};
  std::string view = file.substr(xlsx + 6, file.size() - 4 - (xlsx + 6));
  return {file.substr(0, xlsx + 5), view};
}

class GoldenTest : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldenTest, OutputMatchesHandWrittenExpectation) {
  const fs::path dir = fs::path(KEFU_SOURCE_DIR) / "tests" / "golden" / GetParam();
  std::string name = GetParam();
  std::replace(name.begin(), name.end(), '/', '-');
  TempDir out(name);
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
    auto [workbook, view] = WorkbookView(relative.filename().string());
    fs::path produced = fs::path(out.path()) / relative.parent_path() /
                        (view.empty() ? relative.filename().string() : workbook);
    ASSERT_TRUE(fs::exists(produced)) << produced << " was not written\n" << run.err;
    if (view.empty()) {
      EXPECT_EQ(Normalized(ReadFile(produced.string())),
                Normalized(ReadFile(entry.path().string())))
          << relative;
    } else {
      CheckWorkbookView(view, produced.string(), entry.path().string());
    }
    ++compared;
  }
  EXPECT_GT(compared, 0u) << "a golden case must expect at least one file";
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
