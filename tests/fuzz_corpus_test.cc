// The fuzz corpora as a regression test: every file of pipeline/fuzz/corpus/<target>/ — the
// seeds, the hostile cases and every input a fuzzer ever crashed on — goes through the function
// its libFuzzer harness calls (pipeline/fuzz/fuzz_targets.h), which aborts on a broken
// invariant; under -DKEFU_SANITIZE=ON the sanitizers watch it as they do in the fuzz build.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "fuzz/fuzz_targets.h"

namespace kefu::fuzz {
namespace {

namespace fs = std::filesystem;

const fs::path kCorpus = fs::path(KEFU_SOURCE_DIR) / "pipeline" / "fuzz" / "corpus";

std::string Bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::vector<std::string> TargetNames() {
  std::vector<std::string> names;
  for (const FuzzTarget& t : FuzzTargets()) names.emplace_back(t.name);
  return names;
}

TEST(FuzzCorpus, TheFuzzBuildAndTheTableNameTheSameTargets) {
  std::vector<std::string> cmake;
  std::istringstream in(KEFU_FUZZ_TARGET_NAMES);
  for (std::string name; std::getline(in, name, ',');) cmake.push_back(name);
  EXPECT_EQ(cmake, TargetNames());
}

TEST(FuzzCorpus, EveryFolderBelongsToATarget) {
  std::vector<std::string> names = TargetNames();
  for (const auto& entry : fs::directory_iterator(kCorpus)) {
    EXPECT_NE(std::find(names.begin(), names.end(), entry.path().filename().string()), names.end())
        << entry.path() << " is not the corpus of any target";
  }
}

FuzzFunction FunctionOf(const std::string& name) {
  for (const FuzzTarget& t : FuzzTargets()) {
    if (t.name == name) return t.run;
  }
  return nullptr;
}

class Corpus : public ::testing::TestWithParam<std::string> {};

TEST_P(Corpus, EveryFileRunsCleanly) {
  const FuzzFunction run = FunctionOf(GetParam());
  const fs::path folder = kCorpus / GetParam();
  ASSERT_TRUE(fs::is_directory(folder)) << folder;
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(folder)) {
    if (entry.is_regular_file()) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  EXPECT_GE(files.size(), 3u) << "a handful of seeds per target";
  for (const fs::path& file : files) {
    SCOPED_TRACE(file.string());
    std::string bytes = Bytes(file);
    // The harness aborts on a broken invariant, naming it on stderr.
    run(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
  }
  // The empty input, which no corpus holds as a file.
  run(reinterpret_cast<const uint8_t*>(""), 0);
}

INSTANTIATE_TEST_SUITE_P(Targets, Corpus, ::testing::ValuesIn(TargetNames()),
                         [](const ::testing::TestParamInfo<std::string>& param) {
                           return param.param;
                         });

}  // namespace
}  // namespace kefu::fuzz
