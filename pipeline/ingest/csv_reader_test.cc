#include "ingest/csv_reader.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kefu {
namespace {

std::vector<std::vector<std::string>> ReadAll(std::string_view text, bool* unterminated = nullptr) {
  CsvReader reader(text);
  CsvRecord record;
  std::vector<std::vector<std::string>> rows;
  while (reader.Next(&record)) {
    rows.emplace_back(record.fields.begin(), record.fields.end());
  }
  if (unterminated) *unterminated = reader.unterminated();
  return rows;
}

using Rows = std::vector<std::vector<std::string>>;

TEST(CsvReader, SplitsPlainFields) {
  EXPECT_EQ(ReadAll("a,b,c\n1,2,3\n"), (Rows{{"a", "b", "c"}, {"1", "2", "3"}}));
}

TEST(CsvReader, AcceptsCrLfAndMissingFinalLineEnd) {
  EXPECT_EQ(ReadAll("a,b\r\n1,2"), (Rows{{"a", "b"}, {"1", "2"}}));
}

TEST(CsvReader, QuotedFieldsKeepCommasAndNewlines) {
  EXPECT_EQ(ReadAll("\"a,b\",\"line1\nline2\"\n"), (Rows{{"a,b", "line1\nline2"}}));
}

TEST(CsvReader, DoubledQuotesBecomeOne) {
  EXPECT_EQ(ReadAll("\"say \"\"hi\"\"\",x\n"), (Rows{{"say \"hi\"", "x"}}));
  EXPECT_EQ(ReadAll("\"\"\"\"\n"), (Rows{{"\""}}));
}

TEST(CsvReader, SeveralEscapedFieldsInOneRecordStayIntact) {
  EXPECT_EQ(ReadAll("\"a\"\"1\",\"b\"\"2\",\"c\"\"3\"\n"), (Rows{{"a\"1", "b\"2", "c\"3"}}));
}

TEST(CsvReader, EmptyFieldsAndBlankLines) {
  Rows rows = ReadAll("a,,c\n\n,\n");
  EXPECT_EQ(rows, (Rows{{"a", "", "c"}, {""}, {"", ""}}));
}

TEST(CsvReader, RecordsOfOnlyCommasSpacesOrEmptyQuotesAreBlank) {
  for (std::string_view text :
       {"\n", ",,,,\n", ",,\n", "   \n", "\"\",,\n", " , \xE3\x80\x80 ,\n"}) {
    CsvReader reader(text);
    CsvRecord record;
    ASSERT_TRUE(reader.Next(&record));
    EXPECT_TRUE(record.IsBlank()) << text;
  }
  for (std::string_view text : {",x,\n", "\" a\",\n", "\"\"x,\n"}) {
    CsvReader reader(text);
    CsvRecord record;
    ASSERT_TRUE(reader.Next(&record));
    EXPECT_FALSE(record.IsBlank()) << text;
  }
}

TEST(CsvReader, LineNumbersCountNewlinesInsideQuotes) {
  CsvReader reader("h\n\"x\ny\"\nz\n");
  CsvRecord record;
  ASSERT_TRUE(reader.Next(&record));
  EXPECT_EQ(record.line, 1u);
  ASSERT_TRUE(reader.Next(&record));
  EXPECT_EQ(record.line, 2u);
  ASSERT_TRUE(reader.Next(&record));
  EXPECT_EQ(record.line, 4u);
  EXPECT_EQ(record.fields[0], "z");
}

TEST(CsvReader, UnterminatedQuoteIsReportedWithItsLine) {
  CsvReader reader("a\n\"open\nmore\n");
  CsvRecord record;
  ASSERT_TRUE(reader.Next(&record));
  EXPECT_FALSE(reader.Next(&record));
  EXPECT_TRUE(reader.unterminated());
  EXPECT_EQ(reader.unterminated_line(), 2u);
}

TEST(CsvReader, TextAfterClosingQuoteIsMarkedMalformed) {
  CsvReader reader("\"a\"b,c\n");
  CsvRecord record;
  ASSERT_TRUE(reader.Next(&record));
  EXPECT_TRUE(record.malformed_quotes);
  EXPECT_EQ(record.fields.size(), 2u);
}

TEST(CsvReader, QuoteInsideUnquotedFieldIsMarkedMalformed) {
  CsvReader reader("ab\"c,d\n");
  CsvRecord record;
  ASSERT_TRUE(reader.Next(&record));
  EXPECT_TRUE(record.malformed_quotes);
}

TEST(CsvReader, LoneCrEndsARecord) { EXPECT_EQ(ReadAll("a\rb\r"), (Rows{{"a"}, {"b"}})); }

}  // namespace
}  // namespace kefu
