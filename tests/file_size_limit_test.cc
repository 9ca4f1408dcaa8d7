// outputs.md "Archive-safe" under a file size limit: when the workbook cannot be written
// (RLIMIT_FSIZE, set with the shell's `ulimit -f`), kefu exits non-zero with a message naming
// the file, and the report an earlier run published in the same folder is left exactly as it
// was, with nothing of the publication (its staging folder, the lock file) behind.
#include <gtest/gtest.h>

#include <filesystem>

#include "run_kefu.h"

namespace kefu::testing {
namespace {

namespace fs = std::filesystem;

TEST(FileSizeLimit, WorkbookTooBigToWriteLeavesThePublishedReportAlone) {
  ScratchDir out("file-size-limit");
  const std::vector<std::string> args = {"--lang",   "en",         "--quiet", "--output",
                                         out.path(), "attendance", "--month", "2024-09"};
  ProcessResult first = RunKefu(args);
  ASSERT_EQ(first.exit_code, 3) << first.err;
  const std::map<std::string, std::string> before = HashTree(out.path());
  ASSERT_EQ(before.size(), 5u);

  // 8 blocks of 512 bytes (dash) or 1 KiB (bash): the CSV companions fit, the workbook (about
  // 23 KB) does not. Without SIGXFSZ ignored, the first write past the limit would kill kefu.
  std::vector<std::string> limited = {"-c", "ulimit -f 8 && exec \"$0\" \"$@\"", KEFU_BINARY};
  limited.insert(limited.end(), args.begin(), args.end());
  ProcessResult second = RunProgram("/bin/sh", limited);
  EXPECT_EQ(second.exit_code, 2) << second.err;
  EXPECT_NE(second.err.find("kefu: " + out.path() +
                            "/attendance/2024-09/attendance-2024-09.xlsx: could not be written ("),
            std::string::npos)
      << second.err;

  EXPECT_EQ(HashTree(out.path()), before);
  for (const auto& entry : fs::recursive_directory_iterator(out.path())) {
    const std::string name = entry.path().filename().string();
    EXPECT_TRUE(name.find(".tmp-") == std::string::npos && !name.starts_with(".kefu-staging-") &&
                name != ".kefu.lock")
        << entry.path() << " was left behind";
  }
}

}  // namespace
}  // namespace kefu::testing
