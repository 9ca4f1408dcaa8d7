// The data-issues sheet (数据问题) and rejects.csv that every report folder carries: each
// rejected or suspicious input row with file, line, field, reason and the original text
// (inputs.md "Bad input"). Personal data in them is already masked by ingest.
#pragma once

#include <span>

#include "model/diagnostic.h"
#include "report/common/csv_table.h"
#include "report/common/labels.h"
#include "report/common/palette.h"
#include "report/common/sheet_model.h"

namespace kefu {

// rejects.csv: file,line,type,field,severity,reason,message,original — one row per diagnostic
// in the given order (file order, then line). `reason` is the stable key (bad_date, …),
// `message` its text in the report's language.
CsvTable BuildRejectsCsv(std::span<const Diagnostic> diagnostics, const Labels& labels);

// The data-issues sheet with the same content, plus a title row.
Sheet BuildDataIssuesSheet(std::span<const Diagnostic> diagnostics, const Labels& labels,
                           const Palette& palette);

}  // namespace kefu
