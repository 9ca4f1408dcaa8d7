#include "ingest/policy_reader.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "support/files.h"

namespace kefu {
namespace {

using testing::TempDir;
using testing::WriteFile;

PolicyResult Parse(const std::string& xml) { return ParsePolicy(xml, "policy.xml"); }

// The one diagnostic of `result` (and fails when there is not exactly one).
Diagnostic Only(const PolicyResult& result) {
  EXPECT_EQ(result.diagnostics.size(), 1u);
  return result.diagnostics.empty() ? Diagnostic{} : result.diagnostics[0];
}

TEST(PolicyReader, NoFileMeansTheDefaults) {
  TempDir dir("policy");
  PolicyResult r = ReadPolicy(dir / "policy.xml", "policy.xml");
  EXPECT_FALSE(r.found);
  EXPECT_TRUE(r.sha256.empty());
  EXPECT_TRUE(r.diagnostics.empty());
  EXPECT_EQ(r.policy.grace_minutes, Policy().grace_minutes);
  EXPECT_EQ(r.policy.SalaryOf(Grade::kS), Policy().SalaryOf(Grade::kS));
}

TEST(PolicyReader, ValuesOfEveryKindAreRead) {
  PolicyResult r = Parse(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<policy>\n"
      "  <!-- R-A2 -->\n"
      "  <attendance><grace_minutes> 7 </grace_minutes>\n"
      "    <night_shifts>crosses_midnight</night_shifts></attendance>\n"
      "  <salary><S>3300</S></salary>\n"
      "  <rating><excellent>95.5</excellent></rating>\n"
      "  <handover><security_morning>08:15</security_morning></handover>\n"
      "  <roster><festival>春节</festival><festival>国庆</festival></roster>\n"
      "</policy>\n");
  EXPECT_TRUE(r.found);
  EXPECT_TRUE(r.diagnostics.empty());
  EXPECT_EQ(r.policy.grace_minutes, 7);
  EXPECT_EQ(r.policy.night_shifts, NightShiftRule::kCrossesMidnight);
  EXPECT_EQ(r.policy.SalaryOf(Grade::kS), 3300);
  EXPECT_EQ(r.policy.rating_excellent_tenths, 955);
  EXPECT_EQ(r.policy.security_morning, ClockTime::FromHm(8, 15));
  // The festivals given replace the default list.
  EXPECT_EQ(r.policy.holiday_roster_festivals, (std::vector<std::string>{"春节", "国庆"}));
}

TEST(PolicyReader, AnUnknownElementIsFatalWithItsLineAndPath) {
  PolicyResult r = Parse("<policy>\n<attendance>\n  <grace>5</grace>\n</attendance>\n</policy>");
  EXPECT_EQ(Only(r), FatalAt(InFile("policy.xml", 3), Reason::kPolicyUnknownElement,
                             "attendance/grace", "", {"attendance/grace", ""}));
}

TEST(PolicyReader, AnAttributeIsNeverAPolicyValue) {
  PolicyResult r = Parse("<policy>\n<salary P=\"1\"/>\n</policy>");
  EXPECT_EQ(Only(r),
            FatalAt(InFile("policy.xml", 2), Reason::kPolicyUnknownAttribute, "P", "", {"P", ""}));
}

TEST(PolicyReader, AValueOutOfRangeNamesWhatIsExpectedAndQuotesTheValue) {
  PolicyResult r = Parse("<policy><attendance><cutoff_day>29</cutoff_day></attendance></policy>");
  EXPECT_EQ(Only(r), FatalAt(InFile("policy.xml", 1), Reason::kPolicyBadValue,
                             "attendance/cutoff_day", "29", {"attendance/cutoff_day", "0…28"}));
  PolicyResult clock = Parse(
      "<policy><handover><security_evening>25:00</security_evening>"
      "</handover></policy>");
  EXPECT_EQ(Only(clock).args, (std::vector<std::string>{"handover/security_evening", "HH:MM"}));
  PolicyResult empty = Parse("<policy><roster><festival> </festival></roster></policy>");
  EXPECT_EQ(Only(empty).args, (std::vector<std::string>{"roster/festival", "text"}));
}

TEST(PolicyReader, AValueGivenTwiceIsFatal) {
  PolicyResult r =
      Parse("<policy>\n<ranking><top_n>5</top_n>\n<top_n>6</top_n></ranking>\n</policy>");
  EXPECT_EQ(Only(r), FatalAt(InFile("policy.xml", 3), Reason::kPolicyDuplicate, "ranking/top_n", "",
                             {"ranking/top_n", ""}));
}

TEST(PolicyReader, RatingsMustDescend) {
  PolicyResult r = Parse(
      "<policy>\n<rating><excellent>70</excellent><good>80</good></rating>\n"
      "</policy>");
  EXPECT_EQ(Only(r), FatalAt(InFile("policy.xml", 1), Reason::kPolicyBadValue, "", "",
                             {"rating", "excellent ≥ good ≥ pass"}));
}

TEST(PolicyReader, DocumentsThatAreNoPolicy) {
  EXPECT_EQ(Only(Parse("<config/>")),
            FatalAt(InFile("policy.xml", 1), Reason::kWrongRoot, "", "", {"config", "policy"}));
  EXPECT_EQ(
      Only(Parse("<policy>\n<a></b>\n</policy>")),
      FatalAt(InFile("policy.xml", 2), Reason::kMalformedXml, "", "", {"Start-end tags mismatch"}));
  EXPECT_EQ(Only(Parse("<!DOCTYPE policy>\n<policy/>")),
            FatalAt(InFile("policy.xml", 1), Reason::kXmlDoctype));
  EXPECT_EQ(Only(Parse("<policy>&x;</policy>")),
            FatalAt(InFile("policy.xml", 1), Reason::kXmlEntity, "", "", {"&x;"}));
}

// R-C1: a policy text is scanned like every input text.
TEST(PolicyReader, PersonalDataInAFestivalNameIsMasked) {
  PolicyResult r = Parse("<policy><roster><festival>春节 13812345678</festival></roster></policy>");
  ASSERT_TRUE(r.diagnostics.empty());
  EXPECT_EQ(r.policy.holiday_roster_festivals, (std::vector<std::string>{"春节 138****5678"}));
}

TEST(PolicyReader, TheFileIsReadWithItsDigestAndMustBeUtf8) {
  TempDir dir("policy");
  WriteFile(dir / "policy.xml",
            "\xEF\xBB\xBF<policy><attendance><grace_minutes>3</grace_minutes></attendance>"
            "</policy>");
  PolicyResult r = ReadPolicy(dir / "policy.xml", "policy.xml");
  EXPECT_TRUE(r.diagnostics.empty());
  EXPECT_EQ(r.policy.grace_minutes, 3);
  EXPECT_EQ(r.sha256.size(), 64u);
  WriteFile(dir / "bad.xml", "<policy>\n<!-- \xB4\xFA -->\n</policy>");
  EXPECT_EQ(Only(ReadPolicy(dir / "bad.xml", "policy.xml")),
            FatalAt(InFile("policy.xml", 2), Reason::kInvalidUtf8));
  std::filesystem::create_directory(dir / "folder.xml");
  EXPECT_EQ(Only(ReadPolicy(dir / "folder.xml", "policy.xml")),
            FatalAt(InFile("policy.xml"), Reason::kNotRegularFile));
}

}  // namespace
}  // namespace kefu
