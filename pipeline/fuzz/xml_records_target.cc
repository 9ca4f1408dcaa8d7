#include <string>

#include "fuzz/fuzz_targets.h"
#include "fuzz/ingest_checks.h"
#include "ingest/file_readers.h"

namespace kefu::fuzz {

void FuzzXmlRecords(const uint8_t* data, size_t size) {
  if (size == 0) return;
  const uint8_t selector = data[0];
  Staging staging;
  std::vector<Diagnostic> diagnostics;
  RowContext ctx(SchemaOf(TypeOf(selector)), SmallDataset(), FocusOf(selector), 0, "fuzz.xml",
                 staging, diagnostics);
  RowCounts counts;
  bool ok =
      ReadXmlRecords(std::string(reinterpret_cast<const char*>(data) + 1, size - 1), ctx, counts);
  CheckIngest(staging, diagnostics, ok);
  Require(counts.rejected + counts.warned <= counts.rows_read, "counts add up");
}

}  // namespace kefu::fuzz
