#include "publish/file_ops.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include "base/sha256.h"
#include "publish/publish_test_util.h"

namespace kefu {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

Fd Open(const TempDir& dir) { return Fd(::open(dir.path().c_str(), O_RDONLY | O_DIRECTORY)); }

TEST(FileOps, StagingNamesAreRecognisableAndUnique) {
  std::string a = NewStagingName();
  std::string b = NewStagingName();
  EXPECT_NE(a, b);
  EXPECT_TRUE(a.starts_with(".kefu-staging-" + std::to_string(::getpid()) + "-")) << a;
  EXPECT_TRUE(IsStagingName(a));
  for (const char* bad :
       {".kefu-staging-12-abc", ".kefu-staging-12-ABCDEF", ".kefu-staging--abcdef",
        ".kefu-staging-x-abcdef", "kefu-staging-12-abcdef", ".kefu-staging-12-abcdef/x"}) {
    EXPECT_FALSE(IsStagingName(bad)) << bad;
  }
}

TEST(FileOps, PidInName) {
  EXPECT_EQ(PidInName(".kefu-staging-123-abcdef"), 123);
  EXPECT_EQ(PidInName(".a.csv.tmp-45-0"), 45);
  EXPECT_EQ(PidInName("a.csv"), 0);
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

TEST(FileOps, SupersededNames) {
  EXPECT_EQ(SupersededName("r-2023-06.xlsx", 1), "r-2023-06.superseded-1.xlsx");
  EXPECT_EQ(SupersededName("notes", 2), "notes.superseded-2");
  for (const char* name :
       {"r-2023-06.superseded-1.xlsx", "notes.superseded-2", "E007-promote-M.superseded-12.xlsx"}) {
    EXPECT_TRUE(IsSupersededName(name)) << name;
  }
  for (const char* name : {"r-2023-06.xlsx", "superseded-1.xlsx", ".superseded-1",
                           "a.superseded-.xlsx", "a.superseded-1x.xlsx"}) {
    EXPECT_FALSE(IsSupersededName(name)) << name;
  }
}

TEST(FileOps, FirstFreeSupersededName) {
  TempDir dir;
  Fd fd = Open(dir);
  EXPECT_EQ(FreeSupersededName(fd.get(), "r-2023-06.xlsx"), "r-2023-06.superseded-1.xlsx");
  testing::WriteAll(dir / "r-2023-06.superseded-1.xlsx", "");
  // A link (even to nothing) takes its name as much as a file does.
  fs::create_symlink("nowhere", dir / "r-2023-06.superseded-2.xlsx");
  EXPECT_EQ(FreeSupersededName(fd.get(), "r-2023-06.xlsx"), "r-2023-06.superseded-3.xlsx");
  EXPECT_EQ(FreeSupersededName(fd.get(), "notes"), "notes.superseded-1");
}

TEST(FileOps, RenameNeverReplacesUnlessAsked) {
  TempDir dir;
  Fd fd = Open(dir);
  testing::WriteAll(dir / "a", "a");
  testing::WriteAll(dir / "b", "b");
  std::string error;
  EXPECT_FALSE(RenameAt(fd.get(), "a", fd.get(), "b", RENAME_NOREPLACE, &error));
  EXPECT_EQ(testing::ReadAll(dir / "b"), "b");
  EXPECT_TRUE(RenameAt(fd.get(), "a", fd.get(), "c", RENAME_NOREPLACE, &error)) << error;
  EXPECT_EQ(testing::ReadAll(dir / "c"), "a");
  ASSERT_TRUE(RenameAt(fd.get(), "b", fd.get(), "c", RENAME_EXCHANGE, &error)) << error;
  EXPECT_EQ(testing::ReadAll(dir / "c"), "b");
  EXPECT_EQ(testing::ReadAll(dir / "b"), "a");
  // Replacing a link replaces the link, not what it points to.
  testing::WriteAll(dir / "target", "target");
  fs::create_symlink("target", dir / "link");
  ASSERT_TRUE(RenameAt(fd.get(), "b", fd.get(), "link", 0, &error)) << error;
  EXPECT_FALSE(fs::is_symlink(dir / "link"));
  EXPECT_EQ(testing::ReadAll(dir / "target"), "target");
}

TEST(FileOps, OpensFoldersWithoutFollowingLinks) {
  TempDir dir;
  fs::create_directory(dir / "real");
  fs::create_directory_symlink("real", dir / "link");
  testing::WriteAll(dir / "file", "");
  Fd fd = Open(dir);
  EXPECT_TRUE(OpenFolderAt(fd.get(), "real").ok());
  EXPECT_FALSE(OpenFolderAt(fd.get(), "link").ok());
  EXPECT_TRUE(errno == ELOOP || errno == ENOTDIR) << errno;
  EXPECT_FALSE(OpenFolderAt(fd.get(), "file").ok());
  EXPECT_EQ(errno, ENOTDIR);
}

TEST(FileOps, WritesHashesAndSyncs) {
  TempDir dir;
  Fd folder = Open(dir);
  testing::WriteAll(dir / "f", "old content, longer");
  Fd fd(::openat(folder.get(), "f", O_RDWR));
  std::string error;
  ASSERT_TRUE(WriteAllAndSync(fd.get(), "new", &error)) << error;
  EXPECT_EQ(testing::ReadAll(dir / "f"), "new");
  FileHash hash = HashFileAt(folder.get(), "f");
  EXPECT_EQ(hash.sha256, Sha256Hex("new"));
  EXPECT_EQ(hash.size, 3u);
  EXPECT_TRUE(HashFileAt(folder.get(), "absent").missing);
  fs::create_symlink("f", dir / "link");
  EXPECT_FALSE(HashFileAt(folder.get(), "link").error.empty());  // never read through a link
  EXPECT_TRUE(SyncFd(folder.get(), &error)) << error;
}

TEST(FileOps, RemovesATreeItMadeButNeverWhatALinkPointsTo) {
  TempDir dir;
  fs::create_directories(dir / "stage/sub");
  testing::WriteAll(dir / "stage/a", "a");
  testing::WriteAll(dir / "stage/sub/b", "b");
  testing::WriteAll(dir / "outside", "kept");
  fs::create_symlink(dir / "outside", dir / "stage/link");
  fs::create_directory_symlink(dir.path(), dir / "stage/sub/up");
  Fd fd = Open(dir);
  FileId id;
  ASSERT_TRUE(IdAt(fd.get(), "stage", &id));
  // Another folder now at the name: left alone.
  FileId other{id.dev, id.ino + 1};
  EXPECT_FALSE(RemoveTreeAt(fd.get(), "stage", other));
  EXPECT_TRUE(fs::exists(dir / "stage/a"));
  EXPECT_TRUE(RemoveTreeAt(fd.get(), "stage", id));
  EXPECT_FALSE(fs::exists(dir / "stage"));
  EXPECT_EQ(testing::ReadAll(dir / "outside"), "kept");
}

TEST(FileOps, ListsATreeWithoutFollowingLinks) {
  TempDir dir;
  fs::create_directories(dir / "dossiers");
  fs::create_directories(dir / ".kefu-staging-1-abcdef");
  testing::WriteAll(dir / "a.csv", "");
  testing::WriteAll(dir / "dossiers/E1.xlsx", "");
  testing::WriteAll(dir / ".kefu-staging-1-abcdef/x", "");
  fs::create_directory_symlink("dossiers", dir / "copy");
  Fd fd = Open(dir);
  std::vector<TreeEntry> entries;
  std::string error;
  ASSERT_TRUE(ListTree(fd.get(), {".kefu-staging-1-abcdef"}, &entries, &error)) << error;
  std::vector<std::pair<std::string, TreeEntry::Type>> seen;
  for (const TreeEntry& e : entries) seen.emplace_back(e.path, e.type);
  using T = TreeEntry::Type;
  EXPECT_EQ(seen,
            (std::vector<std::pair<std::string, TreeEntry::Type>>{{"a.csv", T::kFile},
                                                                  {"copy", T::kLink},
                                                                  {"dossiers", T::kFolder},
                                                                  {"dossiers/E1.xlsx", T::kFile}}));
}

}  // namespace
}  // namespace kefu
