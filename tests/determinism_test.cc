// outputs.md "Deterministic": the same inputs and policy give byte-identical files, whatever the
// time zone of the machine and however many threads read the input.
#include <gtest/gtest.h>

#include "run_kefu.h"

namespace kefu::testing {
namespace {

TEST(Determinism, AttendanceIsByteIdenticalAcrossTimeZonesAndJobs) {
  ScratchDir out("determinism");
  const std::string first = out.path() + "/utc-jobs1";
  const std::string second = out.path() + "/kiritimati-jobs2";
  ProcessResult a = RunKefu(
      {"--quiet", "--jobs", "1", "--output", first, "attendance", "--month", "2024-09"}, "UTC");
  // UTC+14: the workbook's creation day would change if it were taken from a local clock.
  ProcessResult b =
      RunKefu({"--quiet", "--jobs", "2", "--output", second, "attendance", "--month", "2024-09"},
              "Pacific/Kiritimati");
  ASSERT_EQ(a.exit_code, 3) << a.err;
  ASSERT_EQ(b.exit_code, 3) << b.err;
  EXPECT_EQ(a.err, b.err);

  std::map<std::string, std::string> hashes_a = HashTree(first);
  std::map<std::string, std::string> hashes_b = HashTree(second);
  EXPECT_EQ(hashes_a, hashes_b);
  for (const char* name : {"attendance-2024-09.xlsx", "attendance-2024-09.csv",
                           "handover-2024-09.csv", "rejects.csv", "manifest.json"}) {
    EXPECT_EQ(hashes_a.count(std::string("attendance/2024-09/") + name), 1u) << name;
  }
}

// Reports name input files relative to the input folder: spelling --input differently must not
// change a byte, or the second run would be refused as a change to an archived report (exit 4).
TEST(Determinism, TheSpellingOfTheInputFolderChangesNothing) {
  ScratchDir out("input-spelling");
  const std::vector<std::string> tail = {"--quiet", "--output", out.path(), "run"};
  std::vector<std::string> relative = {"--input", "input"};
  relative.insert(relative.end(), tail.begin(), tail.end());
  std::vector<std::string> absolute = {"--input", std::string(KEFU_SOURCE_DIR) + "/input/"};
  absolute.insert(absolute.end(), tail.begin(), tail.end());
  ProcessResult a = RunKefu(relative);
  ASSERT_EQ(a.exit_code, 3) << a.err;
  std::map<std::string, std::string> before = HashTree(out.path());
  ProcessResult b = RunKefu(absolute);
  EXPECT_EQ(b.exit_code, 3) << b.err;
  EXPECT_EQ(HashTree(out.path()), before);
  const std::string rejects = ReadFile(out.path() + "/attendance/2024-09/rejects.csv");
  EXPECT_NE(rejects.find("\npunches/2024-09.csv,"), std::string::npos);
  EXPECT_EQ(rejects.find("input/"), std::string::npos);
}

}  // namespace
}  // namespace kefu::testing
