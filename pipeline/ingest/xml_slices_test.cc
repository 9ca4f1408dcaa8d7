#include "ingest/xml_slices.h"

#include <gtest/gtest.h>

#include <array>

namespace kefu {
namespace {

constexpr std::array<std::string_view, 2> kPath = {"worksheet", "sheetData"};

std::vector<std::string> Slices(std::string_view text, const XmlSplit& split) {
  std::vector<std::string> out;
  for (auto [begin, end] : split.slices) out.emplace_back(text.substr(begin, end - begin));
  return out;
}

TEST(XmlSlices, CutsBetweenWholeChildrenOfTheContainer) {
  const std::string text =
      "<?xml version=\"1.0\"?><worksheet><sheetPr/><sheetData>"
      "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"/><row r=\"3\"><c><v>3</v></c></row>"
      "</sheetData><mergeCells><mergeCell ref=\"A1:B1\"/></mergeCells></worksheet>";
  // A target of one byte: every child is a slice.
  XmlSplit split = SplitContainer(text, kPath, 1);
  EXPECT_EQ(Slices(text, split),
            (std::vector<std::string>{"<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>",
                                      "<row r=\"2\"/>", "<row r=\"3\"><c><v>3</v></c></row>"}));
  EXPECT_EQ(split.Shell(text),
            "<?xml version=\"1.0\"?><worksheet><sheetPr/><sheetData></sheetData><mergeCells>"
            "<mergeCell ref=\"A1:B1\"/></mergeCells></worksheet>");
  EXPECT_EQ(split.doctype, XmlSplit::kNone);
  // A large target: one slice of everything.
  split = SplitContainer(text, kPath, 1 << 20);
  ASSERT_EQ(split.slices.size(), 1u);
  EXPECT_EQ(split.slices[0].first, split.content_begin);
  EXPECT_EQ(split.slices[0].second, split.content_end);
}

TEST(XmlSlices, TagsInsideCommentsCdataAndAttributeValuesAreNotTags) {
  const std::string text =
      "<x:worksheet><x:sheetData><!-- </x:sheetData> --><x:row a=\"1>2\" b='</x:row>'>"
      "<![CDATA[</x:row>]]><?pi </x:row>?></x:row><x:row/></x:sheetData></x:worksheet>";
  XmlSplit split = SplitContainer(text, kPath, 1);
  EXPECT_EQ(Slices(text, split),
            (std::vector<std::string>{
                "<!-- </x:sheetData> --><x:row a=\"1>2\" b='</x:row>'><![CDATA[</x:row>]]>"
                "<?pi </x:row>?></x:row>",
                "<x:row/>"}));
}

TEST(XmlSlices, EmptyOrMissingContainerAndDoctype) {
  std::string empty = "<worksheet><sheetData/></worksheet>";
  XmlSplit split = SplitContainer(empty, kPath, 1);
  EXPECT_EQ(split.content_begin, XmlSplit::kNone);
  EXPECT_TRUE(split.slices.empty());
  EXPECT_EQ(split.Shell(empty), empty);
  // Another element named sheetData deeper down is not the container.
  std::string deeper = "<worksheet><ext><sheetData><row/></sheetData></ext></worksheet>";
  EXPECT_EQ(SplitContainer(deeper, kPath, 1).content_begin, XmlSplit::kNone);
  std::string doctype =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE worksheet [<!ENTITY a \"b\">]><worksheet/>";
  EXPECT_EQ(SplitContainer(doctype, kPath, 1).doctype, doctype.find("<!DOCTYPE"));
}

TEST(XmlSlices, WhenLostTheRestIsOneSliceForTheParserToJudge) {
  // An unterminated tag inside the container: the rest of the text is one slice (pugixml's
  // parse of it reports the error), and the container runs to the end.
  const std::string text = "<worksheet><sheetData><row/><row <c/></sheetData></worksheet>";
  XmlSplit split = SplitContainer(text, kPath, 1);
  EXPECT_EQ(Slices(text, split),
            (std::vector<std::string>{"<row/>", "<row <c/></sheetData></worksheet>"}));
  EXPECT_EQ(split.content_end, text.size());
  EXPECT_TRUE(split.unterminated);
  EXPECT_FALSE(SplitContainer("<worksheet><sheetData><row/></sheetData></worksheet>", kPath, 1)
                   .unterminated);
}

}  // namespace
}  // namespace kefu
