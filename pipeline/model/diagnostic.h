// Diagnostics are data: each names a file, a line, a field and a reason, and carries the text it
// was about. They are rendered (in the report's language) only at the edge of the program.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "model/records.h"

namespace kefu {

enum class Severity : uint8_t {
  kFatal,    // the file (or the policy) cannot be read at all: nothing is written
  kReject,   // the row cannot be used: listed, and the run goes on
  kWarning,  // suspicious but used
};

// Why a diagnostic was raised. Each reason has a message in templates/messages.*.properties
// under `reason.<ReasonKey>`; its arguments fill {0}, {1}, ….
enum class Reason : uint16_t {
  // Whole files.
  kFileUnreadable,  // {0}: system message
  kNotRegularFile,  // a folder, device or pipe where a file is expected
  kEmptyFile,
  kNoHeader,
  kUnterminatedQuote,
  kMalformedXml,  // {0}: parser message
  kXmlDoctype,
  kXmlEntity,    // {0}: the entity reference
  kXmlEncoding,  // {0}: declared encoding
  kInvalidUtf8,
  kUnknownEncoding,
  kMixedEncoding,           // UTF-8 lines with Chinese text, then from this line not UTF-8
  kXmlNotUtf8,              // an XML file that is not UTF-8 and declares no other encoding
  kXmlControlChar,          // NUL or another control character, which XML does not allow
  kXmlBadCharRef,           // {0}: a character reference to a character XML does not allow
  kXmlOutsideRoot,          // {0}: the root element; text or a second element outside it
  kTooManyColumns,          // {0}: the limit
  kTooManyRejects,          // {0}: the limit; reading the file stopped
  kPolicyUnknownElement,    // {0}: element path
  kPolicyUnknownAttribute,  // {0}: attribute
  kPolicyBadValue,          // {0}: what was expected
  kPolicyDuplicate,
  kNotAFolder,
  // Rows.
  kMissingField,
  kUnknownColumns,  // {0}: the ignored columns
  kMalformedQuotes,
  kBadDate,
  kBadDateTime,
  kBadClock,
  kYearOutOfRange,  // a date or date-time whose year is outside 1900–2099
  kNoSuchDay,       // written as a date, but the day does not exist
  kNoSuchTime,      // written as a time, but the time of day does not exist
  kBadMonth,
  kBadQuarter,
  kBadBool,
  kBadInteger,
  kBadScore,
  kScoreOutOfRange,
  kScoreZero,
  kBadGrade,
  kBadQuarterGrade,
  kBadChoice,  // {0}: the accepted values
  kBadEmployeeId,
  kBadText,      // NUL or control characters
  kTextTooLong,  // {0}: the limit
  kExtraFields,
  kFieldGivenTwice,  // XML: an attribute and a child, or two children, that disagree
  kDuplicateColumn,  // {0}: the column; only its first occurrence is read
  kIgnoredFile,
  kUnknownAccount,
  kDuplicateAccount,  // {0}: the other employee
  kWrongRoot,         // {0}: the root element found
  kUnknownEmployee,
  kUnknownShift,
  kDuplicateKey,     // {0}: the earlier line
  kRestBesideShift,  // {0}: the shift's file:line, {1}: its code
  kIdNumberENotation,
  kIdNumberChecksum,
  kIdNumberFormat,
  kLeftWithoutDate,
  kPunchBeforeHire,  // a punch dated before the employee's hire date (a device clock reset)
  kEndNotAfterStart,
  kLeftDateWithoutLeft,
  kBadItems,  // {0}: the item text
  kBadDepartment,
  kAmbiguousName,
  // Found by the rules.
  kPunchOutsideShifts,
  kHandoverWithoutPoint,
  kScheduleOutsideEmployment,
  kChangeWithoutSchedule,
  // Found by the roster checks (rules/roster_checks.h).
  kRosterNoShifts,      // {0}: the roster month
  kRosterOverlap,       // {0}: the other shift's date, {1}: its code, {2}: hours of overlap
  kRosterShortRest,     // {0}: the previous shift's date, {1}: its code, {2}: hours of rest,
                        // {3}: the policy minimum in hours
  kRosterAfterLeaving,  // {0}: the left_date
  kRosterLeftWithoutDate,
  // Excel workbooks (ingest/xlsx_*.h, ingest/sheet_table.h).
  kXlsxLegacyXls,         // an OLE compound file that is not an encrypted workbook
  kXlsxEncrypted,         // a password-encrypted workbook (or encrypted zip entries)
  kXlsxNotWorkbook,       // neither a zip package nor an OLE compound file
  kXlsxBadZip,            // {0}: the zip reader's message
  kXlsxTooManyParts,      // {0}: the limit
  kXlsxMissingPart,       // {0}: the part
  kXlsxPartTooLarge,      // {0}: declared bytes, {1}: the limit
  kXlsxCompressionRatio,  // {0}: declared ratio, {1}: the limit
  kXlsxPartSizeMismatch,  // {0}: declared bytes
  kXlsxNoSheet,
  kXlsxNoSharedStrings,
  kXlsxBadSharedString,   // {0}: the index, {1}: how many there are
  kXlsxBeyondLastRow,     // {0}: Excel's last row
  kXlsxBeyondLastColumn,  // {0}: the column number
  kXlsxBadCellRef,        // {0}: the reference
  kXlsxCellOrder,
  kXlsxBadValue,  // {0}: the cell's type attribute (n, b, e, d)
  kXlsxFormulaWithoutValue,
  // Time-clock logs (ingest/clock_log.h).
  kClockLogBadLine,
  kClockLogBadNumber,
  kClockLogBadState,       // {0}: the state
  kClockLogUnknownNumber,  // {0}: the clock number, {1}: how many punches
  // Found reading the input folder and its XML (issue 11).
  kXmlLtInAttribute,  // a '<' inside an attribute value, which XML does not allow
  kLinkLoop,          // a symbolic link to a folder that contains it
  kDanglingLink,      // {0}: where the link points
  kFolderUnreadable,  // {0}: system message
  kCount
};

// The key of a reason in the templates: "bad_date", "unknown_employee", ….
const char* ReasonKey(Reason reason);

struct Diagnostic {
  Severity severity = Severity::kReject;
  RecordType type = RecordType::kEmployees;
  std::string file;   // path as given on the command line plus the file's name in the input folder
  uint32_t line = 0;  // 0: the whole file
  std::string field;  // the English key; empty for the whole row or file
  Reason reason = Reason::kMissingField;
  std::vector<std::string> args;
  std::string original;  // the text the diagnostic is about; personal data already masked
  // Where in the file, when a line number cannot say it: `Sheet!B7` (a cell), `Sheet` (a whole
  // sheet) or `xl/worksheets/sheet1.xml:2` (a part of a workbook and its line). When set,
  // messages name `file:location` instead of `file:line`, and `line` is only the sort key (the
  // sheet's row number, or the part's line).
  std::string location;

  bool operator==(const Diagnostic&) const = default;
};

// Sorts diagnostics by the rank of their file, then by line, keeping the order of equal keys.
// `file_rank` is asked once per run of diagnostics naming the same file (a file of a million
// rejected rows must not cost a million times log(million) path lookups).
void SortByFileAndLine(std::vector<Diagnostic>& diagnostics,
                       const std::function<size_t(const std::string&)>& file_rank);

}  // namespace kefu
