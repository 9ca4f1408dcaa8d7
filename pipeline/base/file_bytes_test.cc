#include "base/file_bytes.h"

#include <gtest/gtest.h>

#include <fstream>

#include "base/sha256.h"
#include "support/files.h"

namespace kefu {
namespace {

using testing::TempDir;

void Write(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

TEST(ReadFileBytes, AReusedBufferHoldsExactlyTheNewFile) {
  TempDir dir;
  Write(dir / "long.csv", std::string(5000, 'x'));
  Write(dir / "short.csv", "a,b\n1,2\n");
  FileBytes first = ReadFileBytes(dir / "long.csv");
  ASSERT_EQ(first.bytes.size(), 5000u);
  // The long file's bytes are in the buffer; only the short file's may remain.
  FileBytes second = ReadFileBytes(dir / "short.csv", std::move(first.bytes));
  EXPECT_EQ(second.bytes, "a,b\n1,2\n");
  EXPECT_EQ(second.sha256, Sha256Hex("a,b\n1,2\n"));
  FileBytes third = ReadFileBytes(dir / "long.csv", std::move(second.bytes));
  EXPECT_EQ(third.bytes, std::string(5000, 'x'));
}

TEST(ReadFileBytes, AFailureLeavesNoBytesFromTheBuffer) {
  TempDir dir;
  FileBytes missing = ReadFileBytes(dir / "none.csv", std::string("old contents"));
  EXPECT_TRUE(missing.missing);
  EXPECT_TRUE(missing.bytes.empty());
  FileBytes folder = ReadFileBytes(dir.path(), std::string("old contents"));
  EXPECT_TRUE(folder.not_regular);
  EXPECT_FALSE(folder.error.empty());
  EXPECT_TRUE(folder.bytes.empty());
}

}  // namespace
}  // namespace kefu
