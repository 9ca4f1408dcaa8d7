#include "report/common/labels.h"

#include <gtest/gtest.h>

#include <set>

namespace kefu {
namespace {

Labels Sample() {
  std::vector<std::string> texts = {
      "# a comment\n"
      "greeting = hello {0}, you have {1} rows\n"
      "list.join = {0}, {1}\n"
      "pair = {1} before {0}\n"
      "broken = {0 is not closed\n"
      "reason.bad_date = not a date\n"
      "reason.duplicate_key = read before at {0}\n",
      "second.file = from the second text\n"};
  return Labels::FromProperties(Language::kEn, texts);
}

TEST(Labels, GetAndFormatFillPlaceholdersByPosition) {
  Labels l = Sample();
  EXPECT_EQ(l.language(), Language::kEn);
  EXPECT_TRUE(l.Has("greeting"));
  EXPECT_EQ(l.Get("second.file"), "from the second text");
  EXPECT_EQ(l.Fmt("greeting", "Li", 3), "hello Li, you have 3 rows");
  EXPECT_EQ(l.Fmt("pair", "a", "b"), "b before a");
  // A template whose placeholder is broken still shows its text rather than failing.
  EXPECT_EQ(l.Fmt("broken", "x"), "{0 is not closed");
}

TEST(Labels, AMissingKeyIsVisibleInAnyOutput) {
  Labels l = Sample();
  EXPECT_FALSE(l.Has("no.such.key"));
  EXPECT_EQ(l.Get("no.such.key"), "⟦no.such.key⟧");
  EXPECT_EQ(l.Fmt("no.such.key", 1), "⟦no.such.key⟧");
}

TEST(Labels, JoinAppliesTheTwoPlaceholderPatternPairwise) {
  Labels l = Sample();
  std::vector<std::string> none, one = {"a"}, three = {"a", "b", "c"};
  EXPECT_EQ(l.Join("list.join", none), "");
  EXPECT_EQ(l.Join("list.join", one), "a");
  EXPECT_EQ(l.Join("list.join", three), "a, b, c");
}

TEST(Labels, KeysListsEveryKeyOfEveryText) {
  std::vector<std::string> keys = Sample().Keys();
  EXPECT_EQ(std::set<std::string>(keys.begin(), keys.end()),
            (std::set<std::string>{"greeting", "list.join", "pair", "broken", "reason.bad_date",
                                   "reason.duplicate_key", "second.file"}));
}

TEST(Labels, DiagnosticLinesInEveryForm) {
  const Labels& en = Labels::For(Language::kEn);
  EXPECT_EQ(en.DiagnosticLine(RejectAt({RecordType::kPunches, "punches.csv", 4, {}},
                                       Reason::kBadDate, "time", "2023-02-30")),
            "punches.csv:4: time: rejected: not a date (2023-06-05, 2023/6/5 or 2023.6.5): "
            "\"2023-02-30\"");
  // The whole file: no line, no field, no original.
  EXPECT_EQ(en.DiagnosticLine(FatalAt(InFile("shifts.xml"), Reason::kXmlDoctype)),
            "shifts.xml: error: a DOCTYPE is not allowed (entities could be expanded or fetched)");
  // A place a line cannot name is named instead of the line.
  EXPECT_EQ(en.DiagnosticLine(
                WarningAt({RecordType::kPunches, "in.xlsx", 7, "打卡!B7"}, Reason::kXlsxCellOrder)),
            "in.xlsx:打卡!B7: warning: a row or cell at or before the one before it (rows and "
            "cells must be in order)");
  EXPECT_EQ(en.Reason(RejectAt(InFile("a.csv", 3), Reason::kDuplicateKey, "", "", {"a.csv:2"})),
            "the same key with different values was read before at a.csv:2; this row is not used");
}

TEST(Labels, SeverityWordsAndLanguages) {
  const Labels& zh = Labels::For(Language::kZh);
  const Labels& en = Labels::For(Language::kEn);
  EXPECT_EQ(en.SeverityWord(Severity::kFatal), "error");
  EXPECT_EQ(en.SeverityWord(Severity::kReject), "rejected");
  EXPECT_EQ(en.SeverityWord(Severity::kWarning), "warning");
  EXPECT_EQ(zh.language(), Language::kZh);
  Language language = Language::kZh;
  EXPECT_TRUE(ParseLanguage("en", &language));
  EXPECT_EQ(language, Language::kEn);
  EXPECT_FALSE(ParseLanguage("EN", &language));
  EXPECT_FALSE(ParseLanguage("fr", &language));
  EXPECT_STREQ(LanguageCode(Language::kZh), "zh");
}

// Every text kefu shows exists in both languages, and every reason has its message.
TEST(Labels, BothLanguagesHaveTheSameKeysAndEveryReason) {
  std::vector<std::string> zh = Labels::For(Language::kZh).Keys();
  std::vector<std::string> en = Labels::For(Language::kEn).Keys();
  EXPECT_EQ(zh, en);
  for (int r = 0; r < static_cast<int>(Reason::kCount); ++r) {
    std::string key = std::string("reason.") + ReasonKey(static_cast<Reason>(r));
    EXPECT_TRUE(Labels::For(Language::kZh).Has(key)) << key;
    EXPECT_TRUE(Labels::For(Language::kEn).Has(key)) << key;
  }
}

}  // namespace
}  // namespace kefu
