// Golden end-to-end cases of `kefu evaluate`: every folder under tests/golden/evaluation/ holds
// an input folder (`input/`) and expected/evaluation/YYYYQn/decisions-YYYYQn.csv worked out by
// hand from rules.md (see each case's README.md), laid out like every golden case of
// tests/golden_test.cc. Here the real binary runs on it and the CSV must match byte for byte
// (BOM and CRLF included); the dossiers must be exactly those of the expected decisions, and the
// whole output folder must not depend on --jobs.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <sstream>

#include "app/kefu_binary_test_util.h"
#include "publish/publish_test_util.h"

namespace kefu {
namespace {

namespace fs = std::filesystem;
using testing::ReadAll;
using testing::RunKefuBinary;
using testing::Snapshot;
using testing::TempDir;

struct GoldenCase {
  std::string name;
  std::string input;
  std::string quarter;  // from the expected file's name
  std::string expected_path;
};

std::vector<GoldenCase> Cases() {
  std::vector<GoldenCase> cases;
  fs::path root = testing::SourcePath("tests/golden/evaluation");
  for (const auto& entry : fs::directory_iterator(root)) {
    if (!entry.is_directory()) continue;
    fs::path expected = entry.path() / "expected" / "evaluation";
    if (!fs::is_directory(expected)) continue;
    for (const auto& quarter : fs::directory_iterator(expected)) {
      std::string q = quarter.path().filename().string();
      fs::path csv = quarter.path() / ("decisions-" + q + ".csv");
      if (!fs::exists(csv)) continue;
      cases.push_back(
          {entry.path().filename().string(), (entry.path() / "input").string(), q, csv.string()});
    }
  }
  std::sort(cases.begin(), cases.end(),
            [](const GoldenCase& a, const GoldenCase& b) { return a.name < b.name; });
  return cases;
}

// The dossier file names the expected CSV implies: one per decision other than none and
// gm_review, `<id>-<decision>[-<target>].xlsx`.
std::set<std::string> ExpectedDossiers(const std::string& csv) {
  std::set<std::string> names;
  std::istringstream in(csv.substr(3));  // after the BOM
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    std::vector<std::string> fields;
    std::stringstream parts(line);
    for (std::string f; std::getline(parts, f, ',');) fields.push_back(f);
    fields.resize(12);
    const std::string& decision = fields[4];
    if (decision == "none" || decision == "gm_review") continue;
    names.insert(fields[0] + "-" + decision + (fields[5].empty() ? "" : "-" + fields[5]) + ".xlsx");
  }
  return names;
}

std::set<std::string> FilesIn(const std::string& folder) {
  std::set<std::string> names;
  if (!fs::exists(folder)) return names;
  for (const auto& e : fs::directory_iterator(folder)) names.insert(e.path().filename().string());
  return names;
}

TEST(EvaluateGolden, EveryCaseMatchesTheHandWorkedCsv) {
  std::vector<GoldenCase> cases = Cases();
  ASSERT_GE(cases.size(), 3u);
  for (const GoldenCase& c : cases) {
    SCOPED_TRACE(c.name);
    TempDir out;
    testing::BinaryRun run =
        RunKefuBinary({"--quiet", "--jobs", "1", "--input", c.input, "--output", out.path(),
                       "evaluate", "--quarter", c.quarter});
    EXPECT_EQ(run.exit_code, 0) << run.output;
    std::string folder = out / ("evaluation/" + c.quarter);
    std::string expected = ReadAll(c.expected_path);
    std::string actual = ReadAll(folder + "/decisions-" + c.quarter + ".csv");
    EXPECT_EQ(actual, expected);
    EXPECT_TRUE(fs::exists(folder + "/evaluation-" + c.quarter + ".xlsx"));
    EXPECT_TRUE(fs::exists(folder + "/manifest.json"));
    EXPECT_EQ(FilesIn(folder + "/dossiers"), ExpectedDossiers(expected));
  }
}

TEST(EvaluateGolden, OutputDoesNotDependOnJobsAndRerunsChangeNothing) {
  for (const GoldenCase& c : Cases()) {
    SCOPED_TRACE(c.name);
    TempDir one, four;
    std::vector<std::string> common = {"--quiet", "--input", c.input};
    auto evaluate = [&](const std::string& out, const std::string& jobs) {
      std::vector<std::string> args = common;
      args.insert(args.end(),
                  {"--jobs", jobs, "--output", out, "evaluate", "--quarter", c.quarter});
      return RunKefuBinary(args);
    };
    ASSERT_EQ(evaluate(one.path(), "1").exit_code, 0);
    ASSERT_EQ(evaluate(four.path(), "4").exit_code, 0);
    std::map<std::string, std::string> first = Snapshot(one.path());
    EXPECT_EQ(first, Snapshot(four.path()));
    // The same inputs again: every file is found identical and left alone.
    testing::BinaryRun again = evaluate(one.path(), "2");
    EXPECT_EQ(again.exit_code, 0) << again.output;
    EXPECT_EQ(Snapshot(one.path()), first);
  }
}

TEST(EvaluateGolden, DossierCommandWritesOneFileNamedByAsOf) {
  TempDir out;
  std::string input = testing::SourcePath("tests/golden/evaluation/senior_2024q2/input");
  testing::BinaryRun run = RunKefuBinary({"--quiet", "--input", input, "--output", out.path(),
                                          "dossier", "--employee", "S1", "--as-of", "2024-06-30"});
  EXPECT_EQ(run.exit_code, 0) << run.output;
  EXPECT_TRUE(fs::exists(out / "dossier/S1-2024-06-30.xlsx"));
  // Without --as-of: the last day of the latest month with a score in the department (甲部's
  // scores end in 2024-06).
  run = RunKefuBinary(
      {"--quiet", "--input", input, "--output", out.path(), "dossier", "--employee", "S2"});
  EXPECT_EQ(run.exit_code, 0) << run.output;
  EXPECT_TRUE(fs::exists(out / "dossier/S2-2024-06-30.xlsx"));
  // An unknown employee is an error, nothing written.
  run = RunKefuBinary(
      {"--quiet", "--input", input, "--output", out.path(), "dossier", "--employee", "NOBODY"});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.output.find("NOBODY"), std::string::npos);
}

// The sample department (input/): its README.md lists the decisions of 2024Q3, worked out by
// hand and re-computed by an independent script (see input/README.md).
TEST(EvaluateGolden, SampleDepartmentMatchesItsReadme) {
  std::string readme = ReadAll(testing::SourcePath("input/README.md"));
  const std::string marker = "### Expected `decisions-2024Q3.csv`";
  size_t at = readme.find(marker);
  if (at == std::string::npos) GTEST_SKIP() << "input/README.md lists no 2024Q3 decisions";
  size_t open = readme.find("```\n", at);
  ASSERT_NE(open, std::string::npos);
  size_t close = readme.find("```", open + 4);
  ASSERT_NE(close, std::string::npos);
  std::string expected = readme.substr(open + 4, close - open - 4);

  TempDir out;
  testing::BinaryRun run =
      RunKefuBinary({"--quiet", "--input", testing::SourcePath("input"), "--output", out.path(),
                     "evaluate", "--quarter", "2024Q3"});
  EXPECT_EQ(run.exit_code, 3) << run.output;  // the sample has deliberately rejected rows
  std::string csv = ReadAll(out / "evaluation/2024Q3/decisions-2024Q3.csv");
  ASSERT_EQ(csv.substr(0, 3), "\xEF\xBB\xBF");
  std::string lf;
  for (size_t i = 3; i < csv.size(); ++i) {
    if (csv[i] != '\r') lf += csv[i];
  }
  EXPECT_EQ(lf, expected);
  EXPECT_EQ(FilesIn(out / "evaluation/2024Q3/dossiers"), ExpectedDossiers(csv));
}

TEST(EvaluateGolden, QuarterIsRequired) {
  testing::BinaryRun run = RunKefuBinary({"evaluate"});
  EXPECT_EQ(run.exit_code, 1);
}

}  // namespace
}  // namespace kefu
