#include <string>

#include "fuzz/fuzz_targets.h"
#include "fuzz/ingest_checks.h"
#include "ingest/csv_reader.h"
#include "ingest/file_readers.h"
#include "ingest/text_encoding.h"

namespace kefu::fuzz {
namespace {

bool Inside(std::string_view part, std::string_view whole) {
  return part.data() >= whole.data() && part.data() + part.size() <= whole.data() + whole.size();
}

// The reader on its own, over bytes that need not be text at all.
void CheckReader(std::string_view text) {
  CsvReader reader(text);
  CsvRecord record;
  uint32_t last_line = 0;
  size_t records = 0;
  while (reader.Next(&record)) {
    Require(record.line > last_line, "record lines increase");
    last_line = record.line;
    Require(!record.fields.empty(), "a record has a field");
    Require(record.fields.size() <= kMaxCsvFields, "at most kMaxCsvFields fields");
    Require(record.overflow.empty() || record.fields.size() == kMaxCsvFields,
            "overflow only past the limit");
    Require(Inside(record.raw, text), "the raw record lies in the text");
    Require(record.overflow.empty() || Inside(record.overflow, record.raw),
            "the overflow lies in the record");
    for (std::string_view field : record.fields) {
      // A field is a view of the text, or of the record's own buffer when it was unescaped
      // (then it is no longer than the record).
      Require(Inside(field, text) || field.size() <= record.raw.size(), "field bounds");
    }
    Require(++records <= text.size() + 1, "no more records than bytes");
  }
  Require(!reader.unterminated() || reader.unterminated_line() >= 1, "unterminated line");
}

}  // namespace

void FuzzCsvReader(const uint8_t* data, size_t size) {
  if (size == 0) return;
  const uint8_t selector = data[0];
  std::string bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  CheckReader(bytes);

  // As the loader reads a .csv file of the selected type.
  Staging staging;
  std::vector<Diagnostic> diagnostics;
  RowContext ctx(SchemaOf(TypeOf(selector)), SmallDataset(), FocusOf(selector), 0, "fuzz.csv",
                 staging, diagnostics);
  std::optional<DecodedText> decoded = DecodeText(std::move(bytes));
  if (!decoded || decoded->mixed_from_line > 0) return;
  RowCounts counts;
  bool ok = ReadCsvRecords(decoded->text, ctx, counts);
  CheckIngest(staging, diagnostics, ok);
  Require(counts.rejected + counts.warned <= counts.rows_read, "counts add up");
}

}  // namespace kefu::fuzz
