#include "publish/file_ops.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "publish/publish_test_util.h"

namespace kefu {
namespace {

using testing::TempDir;

TEST(FileOps, TempFilesHaveRecognisableUniqueNames) {
  TempDir dir;
  std::string error;
  std::string a = CreateTempFile(dir / "report.xlsx", &error);
  std::string b = CreateTempFile(dir / "report.xlsx", &error);
  ASSERT_FALSE(a.empty()) << error;
  EXPECT_NE(a, b);
  std::string name = std::filesystem::path(a).filename().string();
  EXPECT_TRUE(name.starts_with(".report.xlsx.tmp-" + std::to_string(::getpid()) + "-")) << name;
  EXPECT_TRUE(IsTempName(name));
  EXPECT_TRUE(std::filesystem::exists(a));
  EXPECT_TRUE(CreateTempFile(dir / "missing/x.csv", &error).empty());
  EXPECT_FALSE(error.empty());
}

TEST(FileOps, IsTempNameIsStrict) {
  EXPECT_TRUE(IsTempName(".a.csv.tmp-12-0"));
  EXPECT_FALSE(IsTempName("a.csv.tmp-12-0"));
  EXPECT_FALSE(IsTempName(".a.csv.tmp-12-"));
  EXPECT_FALSE(IsTempName(".a.csv.tmp--1"));
  EXPECT_FALSE(IsTempName(".a.csv.tmp-x-1"));
  EXPECT_FALSE(IsTempName(".tmp-1-1"));
  EXPECT_FALSE(IsTempName("report.tmp-1-1.xlsx"));
}

TEST(FileOps, RenameNeverReplaces) {
  TempDir dir;
  testing::WriteAll(dir / "a", "a");
  testing::WriteAll(dir / "b", "b");
  std::string error;
  EXPECT_FALSE(RenameNoReplace(dir / "a", dir / "b", &error));
  EXPECT_EQ(testing::ReadAll(dir / "b"), "b");
  EXPECT_TRUE(RenameNoReplace(dir / "a", dir / "c", &error)) << error;
  EXPECT_EQ(testing::ReadAll(dir / "c"), "a");
}

TEST(FileOps, FirstFreeSupersededName) {
  TempDir dir;
  EXPECT_EQ(FreeSupersededName(dir / "r-2023-06.xlsx"), dir / "r-2023-06.superseded-1.xlsx");
  testing::WriteAll(dir / "r-2023-06.superseded-1.xlsx", "");
  testing::WriteAll(dir / "r-2023-06.superseded-2.xlsx", "");
  EXPECT_EQ(FreeSupersededName(dir / "r-2023-06.xlsx"), dir / "r-2023-06.superseded-3.xlsx");
  EXPECT_EQ(FreeSupersededName(dir / "notes"), dir / "notes.superseded-1");
}

TEST(FileOps, WritesDurably) {
  TempDir dir;
  std::string error;
  testing::WriteAll(dir / "f", "old content");
  ASSERT_TRUE(WriteFileDurably(dir / "f", "new", &error)) << error;
  EXPECT_EQ(testing::ReadAll(dir / "f"), "new");
  EXPECT_FALSE(WriteFileDurably(dir / "absent", "x", &error));
  EXPECT_TRUE(SyncPath(dir.path(), &error)) << error;
}

}  // namespace
}  // namespace kefu
