// One parser per record type: a row (already checked for required fields and clean text) in,
// a typed record out into the file's staging, or a reject.
#pragma once

#include "ingest/row_context.h"

namespace kefu {

using RowParser = void (*)(RowContext& ctx);

// The parser of a record type.
RowParser RowParserFor(RecordType type);

// The index of `key` in the type's schema (a programming error when absent).
int FieldIndex(RecordType type, std::string_view key);

void ParseEmployeeRow(RowContext& ctx);
void ParseShiftRow(RowContext& ctx);
void ParseCalendarRow(RowContext& ctx);
void ParseScheduleRow(RowContext& ctx);
void ParseScheduleChangeRow(RowContext& ctx);
void ParsePunchRow(RowContext& ctx);
void ParseLeaveRow(RowContext& ctx);
void ParseLoginRow(RowContext& ctx);
void ParseMonthlyScoreRow(RowContext& ctx);
void ParseQuarterlyGradeRow(RowContext& ctx);
void ParseHonorRow(RowContext& ctx);
void ParseDisciplineRow(RowContext& ctx);
void ParseProbationRow(RowContext& ctx);
void ParseNominationRow(RowContext& ctx);
void ParseHandoverRow(RowContext& ctx);
void ParseSecurityHandoverRow(RowContext& ctx);

}  // namespace kefu
