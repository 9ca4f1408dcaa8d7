#include "model/diagnostic.h"

#include <gtest/gtest.h>

#include <map>

namespace kefu {
namespace {

Diagnostic At(std::string file, uint32_t line, std::string original) {
  Diagnostic d;
  d.file = std::move(file);
  d.line = line;
  d.original = std::move(original);
  return d;
}

TEST(SortByFileAndLine, OrdersByFileRankThenLineAndKeepsEqualKeysInOrder) {
  std::vector<Diagnostic> diagnostics = {At("b.csv", 3, "b3"), At("b.csv", 1, "b1 first"),
                                         At("a.csv", 9, "a9"), At("a.csv", 2, "a2"),
                                         At("b.csv", 1, "b1 second")};
  const std::map<std::string, size_t> rank = {{"a.csv", 1}, {"b.csv", 2}};
  int asked = 0;
  SortByFileAndLine(diagnostics, [&](const std::string& file) {
    ++asked;
    return rank.at(file);
  });
  std::vector<std::string> order;
  for (const Diagnostic& d : diagnostics) order.push_back(d.original);
  EXPECT_EQ(order, (std::vector<std::string>{"a2", "a9", "b1 first", "b1 second", "b3"}));
  EXPECT_EQ(asked, 3);  // once per run of the same file: b b | a a | b
}

TEST(DiagnosticConstructors, FillEveryFieldTheyAreGiven) {
  Diagnostic d = RejectAt({RecordType::kPunches, "punches/2024-09.csv", 7, {}}, Reason::kBadDate,
                          "time", "2024-02-30", {"x"});
  EXPECT_EQ(d.severity, Severity::kReject);
  EXPECT_EQ(d.type, RecordType::kPunches);
  EXPECT_EQ(d.file, "punches/2024-09.csv");
  EXPECT_EQ(d.line, 7u);
  EXPECT_EQ(d.field, "time");
  EXPECT_EQ(d.reason, Reason::kBadDate);
  EXPECT_EQ(d.original, "2024-02-30");
  EXPECT_EQ(d.args, std::vector<std::string>{"x"});
  EXPECT_TRUE(d.location.empty());

  Diagnostic w = WarningAt({RecordType::kSchedule, "roster.xlsx", 7, "排班!B7"},
                           Reason::kUnknownShift, "shift", "Z");
  EXPECT_EQ(w.severity, Severity::kWarning);
  EXPECT_EQ(w.location, "排班!B7");
  EXPECT_TRUE(w.args.empty());

  Diagnostic f = FatalAt(InFile("policy.xml", 3), Reason::kMalformedXml, "", "", {"bad"});
  EXPECT_EQ(f.severity, Severity::kFatal);
  EXPECT_EQ(f.type, RecordType::kEmployees);
  EXPECT_EQ(f.file, "policy.xml");
  EXPECT_EQ(f.line, 3u);
  EXPECT_TRUE(f.field.empty());
  EXPECT_TRUE(f.original.empty());
}

TEST(DiagnosticConstructors, OnlyRowsThatPointAtAnotherRowHaveAPlaceArgument) {
  EXPECT_EQ(InputPlaceArgument(Reason::kDuplicateKey), 0);
  EXPECT_EQ(InputPlaceArgument(Reason::kRestBesideShift), 0);
  EXPECT_EQ(InputPlaceArgument(Reason::kDanglingLink), -1);  // where a link points: not a row
  EXPECT_EQ(InputPlaceArgument(Reason::kBadDate), -1);
}

}  // namespace
}  // namespace kefu
