#include "app/invocation.h"

#include <gtest/gtest.h>

namespace kefu {
namespace {

Invocation English(std::string input_dir) {
  Invocation inv;
  inv.language = Language::kEn;
  inv.input_dir = std::move(input_dir);
  return inv;
}

TEST(InvocationDiagnosticLine, NamesTheFileAndTheRowItPointsAtAsTheUserTypedInput) {
  Diagnostic d = RejectAt({RecordType::kMonthlyScores, "scores/2023-06.csv", 5, {}},
                          Reason::kDuplicateKey, "", "E002 2023-06", {"scores/2023-05.csv:4"});
  EXPECT_EQ(English("../in/").DiagnosticLine(d),
            "../in/scores/2023-06.csv:5: rejected: the same key with different values was read "
            "before at ../in/scores/2023-05.csv:4; this row is not used: \"E002 2023-06\"");
  // Only the argument that names a row is joined: others are not paths.
  Diagnostic shift =
      WarningAt({RecordType::kSchedule, "schedule.csv", 3, {}}, Reason::kRestBesideShift, "shift",
                "E1 2023-06-01", {"schedule.csv:2", "A"});
  EXPECT_EQ(English("in").DiagnosticLine(shift).substr(0, 15), "in/schedule.csv");
  EXPECT_NE(English("in").DiagnosticLine(shift).find("in/schedule.csv:2"), std::string::npos);
  EXPECT_EQ(English("in").DiagnosticLine(shift).find("in/A"), std::string::npos);
}

TEST(InvocationDiagnosticLine, TheCurrentFolderAddsNothingAndTheFolderItselfIsNamed) {
  Diagnostic d = WarningAt(InFile("notes.txt"), Reason::kIgnoredFile);
  EXPECT_EQ(English(".").DiagnosticLine(d),
            "notes.txt: warning: not read: not a record type of the input folder");
  EXPECT_EQ(English("nowhere").DiagnosticLine(FatalAt(InFile(""), Reason::kNotAFolder)),
            "nowhere: error: the input folder does not exist");
}

}  // namespace
}  // namespace kefu
