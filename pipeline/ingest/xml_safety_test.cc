#include "ingest/xml_safety.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kefu {
namespace {

std::vector<XmlViolation> All(std::string_view text) {
  std::vector<XmlViolation> found;
  XmlViolationScanner scanner(text);
  while (std::optional<XmlViolation> v = scanner.Next()) found.push_back(*v);
  return found;
}

using Kind = XmlViolation::Kind;

TEST(XmlViolationScanner, ALessThanInsideAnAttributeValueIsReportedOnceWithTheValue) {
  const std::string text = R"(<p><r time="2024-09-0<?x&#xdada;3 07:29" d='<<'/></p>)";
  std::vector<XmlViolation> found = All(text);
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].kind, Kind::kLtInAttribute);
  EXPECT_EQ(found[0].offset, text.find("<?x"));
  EXPECT_EQ(found[0].owner, "time");
  EXPECT_EQ(found[0].value, "2024-09-0<?x&#xdada;3 07:29");
  EXPECT_TRUE(found[0].in_attribute);
  // The `<?` inside the value does not start a processing instruction: the reference after it
  // is still seen.
  EXPECT_EQ(found[1].kind, Kind::kBadCharRef);
  EXPECT_EQ(found[1].reference, "&#xdada;");
  EXPECT_EQ(found[1].owner, "time");
  EXPECT_EQ(found[2].kind, Kind::kLtInAttribute);
  EXPECT_EQ(found[2].owner, "d");
  EXPECT_EQ(found[2].value, "<<");
}

TEST(XmlViolationScanner, CharacterReferencesToSurrogatesAndNonCharactersAreBad) {
  for (const char* ref :
       {"&#0;", "&#xD800;", "&#xDFFF;", "&#55296;", "&#xFDD0;", "&#xFDEF;", "&#xFFFE;", "&#xFFFF;",
        "&#x1FFFE;", "&#x10FFFF;", "&#x110000;", "&#x1;"}) {
    std::string text = std::string("<p><r a=\"x") + ref + "\"/></p>";
    std::vector<XmlViolation> found = All(text);
    ASSERT_EQ(found.size(), 1u) << ref;
    EXPECT_EQ(found[0].kind, Kind::kBadCharRef) << ref;
    EXPECT_EQ(found[0].reference, ref);
  }
  for (const char* ref : {"&#9;", "&#xA;", "&#x20;", "&#xD7FF;", "&#xE000;", "&#xFDCF;", "&#xFDF0;",
                          "&#xFFFD;", "&#x10000;", "&#x10FFFD;", "&lt;", "&amp;"}) {
    std::string text = std::string("<p><r a=\"x") + ref + "\">" + ref + "</r></p>";
    EXPECT_TRUE(All(text).empty()) << ref;
  }
}

TEST(XmlViolationScanner, ElementTextNamesItsElementAndMarkupIsSkipped) {
  const std::string text =
      "<?xml version=\"1.0\"?>\n<!-- &bad; <x a='<'/> -->\n<p>\n"
      "<r><device>&#xFFFF;</device><![CDATA[&#0; <]]><?pi &#0; ?></r>\n"
      "<r note=\"a > b\">&undefined;</r></p>";
  std::vector<XmlViolation> found = All(text);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].kind, Kind::kBadCharRef);
  EXPECT_EQ(found[0].owner, "device");
  EXPECT_FALSE(found[0].in_attribute);
  EXPECT_EQ(found[1].kind, Kind::kUndefinedEntity);
  EXPECT_EQ(found[1].reference, "&undefined;");
  EXPECT_EQ(found[1].owner, "r");
  EXPECT_EQ(found[1].offset, text.find("&undefined;"));
}

TEST(XmlViolationScanner, AnUnclosedProcessingInstructionInAnAttributeHidesNothing) {
  // Before issue 11 the scan looked for `?>` from the `<?` in the value and, finding none,
  // stopped: the entity after it went unseen.
  const std::string text = "<p><r a=\"<?\"/><r b=\"&xxe;\"/></p>";
  std::optional<XmlViolation> first = FindXmlViolation(text);
  ASSERT_TRUE(first);
  EXPECT_EQ(first->kind, Kind::kLtInAttribute);
  std::vector<XmlViolation> found = All(text);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[1].kind, Kind::kUndefinedEntity);
  EXPECT_EQ(found[1].reference, "&xxe;");
}

TEST(XmlViolationScanner, AMillionAmpersandsAreScannedInLinearTime) {
  std::string text = "<p a=\"" + std::string(200'000, '&') + "\"/>";
  XmlViolationScanner scanner(text);
  size_t count = 0;
  while (scanner.Next()) ++count;
  EXPECT_EQ(count, 200'000u);
}

}  // namespace
}  // namespace kefu
