#include "ingest/row_parsers.h"

#include <cstdlib>

namespace kefu {

RowParser RowParserFor(RecordType type) {
  switch (type) {
    case RecordType::kEmployees:
      return ParseEmployeeRow;
    case RecordType::kShifts:
      return ParseShiftRow;
    case RecordType::kCalendar:
      return ParseCalendarRow;
    case RecordType::kSchedule:
      return ParseScheduleRow;
    case RecordType::kScheduleChanges:
      return ParseScheduleChangeRow;
    case RecordType::kPunches:
      return ParsePunchRow;
    case RecordType::kLeave:
      return ParseLeaveRow;
    case RecordType::kMonthlyScores:
      return ParseMonthlyScoreRow;
    case RecordType::kQuarterlyGrades:
      return ParseQuarterlyGradeRow;
    case RecordType::kHonors:
      return ParseHonorRow;
    case RecordType::kDiscipline:
      return ParseDisciplineRow;
    case RecordType::kProbation:
      return ParseProbationRow;
    case RecordType::kNominations:
      return ParseNominationRow;
    case RecordType::kHandovers:
      return ParseHandoverRow;
    case RecordType::kSecurityHandovers:
      return ParseSecurityHandoverRow;
    case RecordType::kLogins:
      return ParseLoginRow;
  }
  std::abort();
}

int FieldIndex(RecordType type, std::string_view key) {
  int index = SchemaOf(type).IndexOf(key);
  if (index < 0) std::abort();
  return index;
}

}  // namespace kefu
