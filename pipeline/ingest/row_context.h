// What a record type's row parser needs: the row's diagnostics, lookups of employees and shifts
// read before, the period of interest, and where to put the typed record.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/record_schema.h"
#include "ingest/row.h"
#include "ingest/staging.h"
#include "model/dataset.h"
#include "model/diagnostic.h"

namespace kefu {

// The longest text a field may hold; Excel's cell limit is 32,767 characters and no name or
// note of a real export comes near this.
inline constexpr size_t kMaxFieldBytes = 1000;

// After this many rejected rows a file is given up as a fatal error: a file whose rows are
// mostly unusable is the wrong file (or garbage), and listing millions of rejects would only
// exhaust memory and bury the one message that matters.
inline constexpr uint64_t kMaxRejectsPerFile = 10000;

// At most about 200 bytes of `text` (cut at a character boundary, then "…"): how diagnostics
// quote what they are about.
std::string Abbreviate(std::string_view text);

// How every diagnostic of ingest quotes the input text it is about (the one place): personal
// data masked (R-C1, ingest/personal_data_scanner.h), control characters as \xNN, at most about
// 200 bytes.
std::string QuoteOriginal(std::string_view original);

// The reason to reject a field that is not a date (ParseDate), a date and time (ParseDateTime)
// or a clock time (ParseClock): what exactly is wrong with it when it is written as one.
Reason DateReason(std::string_view text);
Reason DateTimeReason(std::string_view text);
Reason ClockReason(std::string_view text);
Reason ClockSecondsReason(std::string_view text);  // for ParseClockSeconds

class RowContext {
 public:
  RowContext(const RecordSchema& schema, const Dataset& known, std::optional<DateRange> focus,
             uint32_t file_index, std::string display_path, Staging& out,
             std::vector<Diagnostic>& diagnostics)
      : schema_(schema),
        known_(known),
        focus_(focus),
        file_index_(file_index),
        display_path_(std::move(display_path)),
        out_(out),
        diagnostics_(diagnostics) {
    InitFocusFields();
  }

  // Starts a row: checks the generic rules (required fields present, clean text, length).
  // Returns false when the row is already rejected. `exempt` is a required field that this row
  // does not carry itself (a grid schedule row's date and shift come from its day columns).
  // From here on row() holds every value scanned for personal data and masked (R-C1), except
  // the fields the schema marks `raw`, whose parser checks, matches and masks them itself.
  bool BeginRow(const Row& row, int exempt = -1);

  // Starts `row` and rejects it at once, before any of its values is looked at (XML that the
  // specification forbids: what pugixml made of it cannot be trusted).
  bool RejectRow(const Row& row, int field, Reason reason, std::string_view original,
                 std::vector<std::string> args = {});
  // Rejects the current row. Returns false so that a parser can `return ctx.Reject(...)`.
  bool Reject(int field, Reason reason, std::string_view original,
              std::vector<std::string> args = {});
  void Warn(int field, Reason reason, std::string_view original,
            std::vector<std::string> args = {});
  // A diagnostic about the whole file (line 0 unless given).
  void FileWarning(Reason reason, uint32_t line, std::vector<std::string> args = {});
  // The file cannot be read at all.
  void Fatal(Reason reason, uint32_t line, std::vector<std::string> args = {});

  // Rows outside the period of interest are read only as far as their date; outside the
  // focus nothing else is parsed or checked (kefu check has no focus and checks everything).
  // Also notes the latest date the file holds.
  bool InFocus(Date date) {
    if (!last_date_.is_valid() || last_date_ < date) last_date_ = date;
    return !focus_ || focus_->Contains(date);
  }
  Date last_date() const { return last_date_; }
  // True when the row is dated outside the focus: it is then only counted, never parsed or
  // checked further, so the history outside a report's period costs little more than finding
  // its date. Rows whose date does not even parse go on to be rejected by their parser.
  bool OutsideFocus(const Row& row);
  // The same test on the text of the row's dating field(s), for readers that can find it before
  // building the row.
  bool OutsideFocus(std::string_view date_text, std::string_view time_text);
  bool has_focus() const { return focus_.has_value() && focus_date_field_ >= 0; }
  int focus_date_field() const { return focus_date_field_; }
  int focus_time_field() const { return focus_time_field_; }

  SourceRef source() const { return {file_index_, row_->line}; }
  const Row& row() const { return *row_; }
  const RecordSchema& schema() const { return schema_; }
  const Dataset& known() const { return known_; }
  Staging& out() { return out_; }
  bool row_rejected() const { return row_rejected_; }
  bool row_warned() const { return row_warned_; }
  // True once kMaxRejectsPerFile rows were rejected: the fatal diagnostic is added and the
  // reader stops.
  bool gave_up() const { return gave_up_; }

  // Typed field readers: each rejects the row (and returns nullopt) when the value does not
  // parse. An empty optional field yields `fallback` where one is taken.
  std::optional<EmployeeIndex> EmployeeField(int field);
  // A shift code, or kRestDay for 休 / OFF / empty.
  std::optional<ShiftIndex> ShiftOrRestField(int field);
  std::optional<Date> DateField(int field);
  std::optional<Date> OptionalDateField(int field);  // invalid Date when empty
  std::optional<DateTime> DateTimeField(int field);
  std::optional<ClockTime> ClockField(int field);
  // A clock time that may carry seconds (a handover's time: 08:01:30), as seconds since
  // midnight.
  std::optional<int> ClockSecondsField(int field);
  std::optional<bool> BoolField(int field);
  std::optional<int64_t> CountField(int field, int64_t fallback);
  // One of `choices` (each a list of accepted spellings, matched ignoring ASCII case); returns
  // the index of the matching choice.
  std::optional<int> ChoiceField(int field,
                                 const std::vector<std::vector<std::string_view>>& choices);
  std::string Text(int field) const { return std::string(row_->Get(field)); }

  // Interns a repeated value (device, account, …) in this file's string pool.
  uint32_t Intern(std::string_view text);

  // The employee whose system account is `raw_account`, matched on the raw value (R-C1: accounts
  // are masked after matching, never matched in output). Set for the files read after the
  // employees.
  void set_accounts(const RawAccounts* accounts) { accounts_ = accounts; }
  std::optional<EmployeeIndex> AccountOwner(std::string_view raw_account) const;

 private:
  std::string FieldName(int field) const;
  void InitFocusFields();
  void MaskRow(const Row& row);
  void Add(Severity severity, int field, Reason reason, std::string_view original,
           std::vector<std::string> args);

  const RecordSchema& schema_;
  const Dataset& known_;
  std::optional<DateRange> focus_;
  uint32_t file_index_;
  std::string display_path_;
  Staging& out_;
  std::vector<Diagnostic>& diagnostics_;
  const Row* row_ = nullptr;
  // The current row with its values masked (BeginRow), and the storage of the masked values.
  Row masked_row_;
  std::vector<std::string_view> masked_values_;
  std::vector<std::string> masked_text_;
  std::vector<RawItem> masked_items_;
  std::vector<std::string> masked_item_text_;
  const RawAccounts* accounts_ = nullptr;
  bool row_rejected_ = false;
  bool row_warned_ = false;
  Date last_date_;
  int focus_date_field_ = -1;  // the field that dates a row of this type, or -1
  int focus_time_field_ = -1;  // a date-time field that dates it when the date field is empty
  uint64_t rejects_ = 0;
  bool gave_up_ = false;
};

}  // namespace kefu
