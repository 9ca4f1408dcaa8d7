#include "ingest/input_formats.h"

#include <gtest/gtest.h>

namespace kefu {
namespace {

TEST(InputFormats, AFileIsReadByTheFormatOfItsExtensionInAnyCase) {
  ASSERT_NE(FormatOf("punches.csv"), nullptr);
  EXPECT_EQ(FormatOf("punches/2024-09.CSV"), FormatOf("punches.csv"));
  ASSERT_NE(FormatOf("a.Xml"), nullptr);
  EXPECT_EQ(FormatOf("a.Xml")->extension, ".xml");
  EXPECT_NE(FormatOf("a.Xml"), FormatOf("a.csv"));
}

TEST(InputFormats, NamesOfNoFormatAreNotInputFiles) {
  EXPECT_EQ(FormatOf("README"), nullptr);
  EXPECT_EQ(FormatOf("notes.txt"), nullptr);
  EXPECT_EQ(FormatOf(".csv"), nullptr);  // a hidden file, as std::filesystem reads its name
  EXPECT_EQ(FormatOf("punches.csv.bak"), nullptr);
  EXPECT_EQ(FormatOf("punches.csv/x"), nullptr);
}

TEST(InputFormats, EveryExtensionIsLowerCaseWithItsDotAndHasAReader) {
  for (const InputFormat& format : InputFormats()) {
    EXPECT_TRUE(format.extension.starts_with(".")) << format.extension;
    for (char c : format.extension) EXPECT_FALSE(c >= 'A' && c <= 'Z') << format.extension;
    EXPECT_NE(format.read, nullptr) << format.extension;
    EXPECT_EQ(FormatOf("x" + std::string(format.extension)), &format);
  }
}

}  // namespace
}  // namespace kefu
