#include "ingest/input_formats.h"

#include <gtest/gtest.h>

#include "ingest/record_schema.h"

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

// What a reader is handed and what it gives back: the records through the row context, the
// counts, and the file's encoding for the manifest.
struct ReadOne {
  explicit ReadOne(const std::string& path, std::string bytes) {
    RowContext ctx(SchemaOf(RecordType::kShifts), known, std::nullopt, 0, path, staging,
                   diagnostics);
    FormatOf(path)->read(bytes, ctx, counts, encoding);
  }
  Dataset known;
  Staging staging;
  std::vector<Diagnostic> diagnostics;
  RowCounts counts;
  std::string encoding;
};

TEST(InputFormats, EachReaderGivesRecordsCountsAndTheEncoding) {
  ReadOne csv("shifts.csv", "code,name,start,end\nA,早班,07:00,15:00\nB,中班,15:00,23:00\n");
  EXPECT_TRUE(csv.diagnostics.empty());
  ASSERT_EQ(csv.staging.shifts.size(), 2u);
  EXPECT_EQ(csv.staging.shifts[1].code, "B");
  EXPECT_EQ(csv.counts.rows_read, 2u);
  EXPECT_EQ(csv.encoding, "UTF-8");

  ReadOne gbk("shifts.csv", "code,name,start,end\nA,\xD4\xE7\xB0\xE0,07:00,15:00\n");  // 早班
  ASSERT_EQ(gbk.staging.shifts.size(), 1u);
  EXPECT_EQ(gbk.staging.shifts[0].name, "早班");
  EXPECT_EQ(gbk.encoding, "GB18030");

  ReadOne xml("shifts.XML",
              "<?xml version=\"1.0\" encoding=\"GBK\"?>\n<shifts><shift code=\"C\" "
              "name=\"\xD2\xB9\xB0\xE0\" start=\"23:00\" end=\"07:00\"/></shifts>");  // 夜班
  EXPECT_TRUE(xml.diagnostics.empty());
  ASSERT_EQ(xml.staging.shifts.size(), 1u);
  EXPECT_EQ(xml.staging.shifts[0].name, "夜班");
  EXPECT_EQ(xml.encoding, "GB18030");
}

TEST(InputFormats, AWholeFileProblemIsAFatalDiagnosticOfThatFile) {
  // UTF-8 rows with Chinese, then a GBK row (夜班).
  ReadOne mixed("shifts/a.csv",
                "code,name,start,end\nA,早班,07:00,15:00\nB,中班,15:00,23:00\n"
                "C,\xD2\xB9\xB0\xE0,23:00,07:00\n");
  ASSERT_EQ(mixed.diagnostics.size(), 1u);
  EXPECT_EQ(mixed.diagnostics[0],
            FatalAt({RecordType::kShifts, "shifts/a.csv", 4, {}}, Reason::kMixedEncoding));
}

}  // namespace
}  // namespace kefu
