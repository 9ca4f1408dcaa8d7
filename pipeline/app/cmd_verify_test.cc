#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "app/invocation.h"
#include "app/kefu_app.h"
#include "publish/output_folder.h"
#include "support/files.h"

namespace kefu {
namespace {

using testing::TempDir;

struct KefuRun {
  int code;
  std::string out, err;
};

KefuRun Kefu(std::vector<std::string> args) {
  args.insert(args.begin(), "kefu");
  std::vector<const char*> argv;
  for (const std::string& a : args) argv.push_back(a.c_str());
  std::ostringstream out, err;
  int code = RunKefu(static_cast<int>(argv.size()), argv.data(), out, err);
  return {code, out.str(), err.str()};
}

void PublishSample(const std::string& folder) {
  OutputFolder out(folder, false);
  ASSERT_TRUE(out.StageCsv("a.csv", CsvTable{{"k"}, {{"v"}}}));
  ASSERT_TRUE(out.StageBytes("dossiers/b.txt", "b"));
  ASSERT_TRUE(out.Commit(ManifestInfo{"0.1.0", "test", "", "", {}}));
}

TEST(CmdVerify, MatchingFolderExitsZero) {
  TempDir dir;
  PublishSample(dir / "out");
  KefuRun run = Kefu({"--lang", "en", "verify", dir / "out"});
  EXPECT_EQ(run.code, kExitDone) << run.err;
  EXPECT_EQ(run.out, dir / "out" + ": every file matches manifest.json\n");
}

TEST(CmdVerify, MismatchListsEachProblemAndExitsTwo) {
  TempDir dir;
  std::string folder = dir / "out";
  PublishSample(folder);
  testing::WriteFile(folder + "/a.csv", "changed");
  testing::WriteFile(folder + "/c.txt", "extra");
  std::filesystem::remove(folder + "/dossiers/b.txt");
  KefuRun run = Kefu({"--lang", "en", "verify", folder});
  EXPECT_EQ(run.code, kExitFatalInput);
  EXPECT_EQ(run.out,
            "a.csv: changed (its SHA-256 or size differs from manifest.json)\n"
            "c.txt: not listed in manifest.json\n"
            "dossiers/b.txt: missing (listed in manifest.json)\n" +
                folder + ": 3 problem(s) against manifest.json\n");
}

TEST(CmdVerify, MissingManifestExitsTwo) {
  TempDir dir;
  KefuRun run = Kefu({"verify", dir.path()});
  EXPECT_EQ(run.code, kExitFatalInput);
  EXPECT_NE(run.out.find("manifest.json: 缺失或无法读取"), std::string::npos) << run.out;
}

TEST(CmdVerify, FolderIsRequiredAndAlone) {
  KefuRun none = Kefu({"--lang", "en", "verify"});
  EXPECT_EQ(none.code, kExitUsage);
  EXPECT_NE(none.err.find("kefu verify DIR"), std::string::npos) << none.err;
  KefuRun two = Kefu({"--lang", "en", "verify", "a", "b"});
  EXPECT_EQ(two.code, kExitUsage);
  EXPECT_NE(two.err.find("unexpected argument 'b'"), std::string::npos) << two.err;
}

TEST(CmdVerify, IsListedInTheHelp) {
  KefuRun help = Kefu({"--lang", "en", "--help"});
  EXPECT_NE(help.out.find("verify      recompute the hashes"), std::string::npos) << help.out;
}

}  // namespace
}  // namespace kefu
