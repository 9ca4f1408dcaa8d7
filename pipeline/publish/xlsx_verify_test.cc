#include "publish/xlsx_verify.h"

#include <Poco/DateTime.h>
#include <Poco/Path.h>
#include <Poco/Zip/Compress.h>
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>

#include "publish/xlsx_writer.h"
#include "support/feature_workbook.h"
#include "support/files.h"

namespace kefu {
namespace {

using testing::TempDir;

// A zip of the given parts, written with Poco::Zip.
void WriteZip(const std::string& path, const std::map<std::string, std::string>& parts) {
  std::ofstream out(path, std::ios::binary);
  Poco::Zip::Compress zip(out, true);
  for (const auto& [name, content] : parts) {
    std::istringstream in(content);
    zip.addFile(in, Poco::DateTime(2023, 6, 30), Poco::Path(name, Poco::Path::PATH_UNIX));
  }
  zip.close();
}

const std::map<std::string, std::string> kMinimalParts = {
    {"[Content_Types].xml", "<Types/>"},
    {"_rels/.rels", "<Relationships/>"},
    {"xl/workbook.xml", "<workbook><sheets/></workbook>"},
    {"xl/worksheets/sheet1.xml", "<worksheet><sheetData><row r=\"1\"/></sheetData></worksheet>"},
};

TEST(XlsxVerify, AcceptsWhatTheWriterWrites) {
  TempDir dir;
  std::string path = dir / "ok.xlsx";
  ASSERT_EQ(WriteXlsx(testing::FeatureWorkbook(), path, dir.path()), std::nullopt);
  EXPECT_EQ(VerifyXlsx(path), std::nullopt);
  WriteZip(dir / "minimal.xlsx", kMinimalParts);
  EXPECT_EQ(VerifyXlsx(dir / "minimal.xlsx"), std::nullopt);
}

TEST(XlsxVerify, NamesATruncatedXmlPart) {
  TempDir dir;
  std::map<std::string, std::string> parts = kMinimalParts;
  parts["xl/worksheets/sheet1.xml"] = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v>";
  WriteZip(dir / "cut.xlsx", parts);
  std::optional<PublishError> error = VerifyXlsx(dir / "cut.xlsx");
  ASSERT_TRUE(error);
  EXPECT_EQ(error->kind, PublishError::Kind::kVerifyFailed);
  EXPECT_EQ(error->path, dir / "cut.xlsx");
  EXPECT_TRUE(error->detail.starts_with("xl/worksheets/sheet1.xml: ")) << error->detail;
}

TEST(XlsxVerify, NamesAMissingRequiredPart) {
  TempDir dir;
  std::map<std::string, std::string> parts = kMinimalParts;
  parts.erase("xl/workbook.xml");
  WriteZip(dir / "partial.xlsx", parts);
  std::optional<PublishError> error = VerifyXlsx(dir / "partial.xlsx");
  ASSERT_TRUE(error);
  EXPECT_EQ(error->detail, "xl/workbook.xml: missing");
}

TEST(XlsxVerify, RefusesACutFileAndSomethingElse) {
  TempDir dir;
  std::string path = dir / "ok.xlsx";
  ASSERT_EQ(WriteXlsx(testing::FeatureWorkbook(), path, dir.path()), std::nullopt);
  std::string bytes = testing::ReadFile(path);
  testing::WriteFile(dir / "half.xlsx", bytes.substr(0, bytes.size() / 2));
  EXPECT_TRUE(VerifyXlsx(dir / "half.xlsx"));
  // A flipped byte in the middle of a compressed part.
  std::string flipped = bytes;
  flipped[bytes.size() / 3] = static_cast<char>(flipped[bytes.size() / 3] ^ 0x55);
  testing::WriteFile(dir / "flipped.xlsx", flipped);
  EXPECT_TRUE(VerifyXlsx(dir / "flipped.xlsx"));
  testing::WriteFile(dir / "text.xlsx", "not a zip at all");
  EXPECT_TRUE(VerifyXlsx(dir / "text.xlsx"));
  testing::WriteFile(dir / "empty.xlsx", "");
  EXPECT_TRUE(VerifyXlsx(dir / "empty.xlsx"));
  EXPECT_TRUE(VerifyXlsx(dir / "absent.xlsx"));
}

}  // namespace
}  // namespace kefu
