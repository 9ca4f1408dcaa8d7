#include "publish/publish_error.h"

#include <gtest/gtest.h>

namespace kefu {
namespace {

using Kind = PublishError::Kind;

constexpr Kind kAllKinds[] = {
    Kind::kWriteFailed,  Kind::kVerifyFailed, Kind::kArchived,    Kind::kRenameFailed,
    Kind::kBadSheetName, Kind::kBadText,      Kind::kTextTooLong, Kind::kBadModel,
    Kind::kBadName,      Kind::kMissing,      Kind::kChanged,     Kind::kExtra,
    Kind::kNoManifest,
};

TEST(PublishError, EveryKindHasALabelInEveryLanguage) {
  for (Language language : {Language::kZh, Language::kEn}) {
    const Labels& labels = Labels::For(language);
    for (Kind kind : kAllKinds) {
      EXPECT_TRUE(labels.Has(PublishErrorKey(kind)))
          << LanguageCode(language) << " " << PublishErrorKey(kind);
    }
    for (const char* key : {"command.verify", "command.verify.usage", "verify.no_folder",
                            "verify.ok", "verify.failed"}) {
      EXPECT_TRUE(labels.Has(key)) << LanguageCode(language) << " " << key;
    }
  }
}

TEST(PublishError, DescribesAsPathColonWhat) {
  const Labels& en = Labels::For(Language::kEn);
  EXPECT_EQ(DescribePublishError({Kind::kMissing, "dossiers/E007.xlsx", ""}, en),
            "dossiers/E007.xlsx: missing (listed in manifest.json)");
  EXPECT_EQ(DescribePublishError({Kind::kBadText, "a.xlsx", "汇总!B3"}, en),
            "a.xlsx: the text at 汇总!B3 is not valid UTF-8");
  EXPECT_EQ(DescribePublishError({Kind::kBadSheetName, "a.xlsx", "a/b"}, en),
            "a.xlsx: the sheet name 'a/b' is not one Excel accepts (1–31 characters, none of "
            "[ ] : * ? / \\, no apostrophe at either end, unique)");
  const Labels& zh = Labels::For(Language::kZh);
  EXPECT_EQ(DescribePublishError({Kind::kExtra, "x.csv", ""}, zh),
            "x.csv: 未列在 manifest.json 中");
}

}  // namespace
}  // namespace kefu
