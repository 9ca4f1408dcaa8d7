#include "ingest/row_context.h"

#include <fmt/format.h>

#include "base/ascii.h"
#include "base/utf8.h"
#include "ingest/field_parsers.h"
#include "ingest/personal_data.h"
#include "ingest/personal_data_scanner.h"
#include "ingest/text_encoding.h"

namespace kefu {
namespace {

// Diagnostics quote at most this much of the original text.
constexpr size_t kMaxQuotedBytes = 200;
// How much more of a long original is scanned for personal data than is quoted: a number cut by
// the quote's end is still found whole (19 full-width digits with separators and +86 fit).
constexpr size_t kScanMarginBytes = 128;

// R-C1: a personal field is quoted only in its masked form; any other text that a diagnostic
// quotes passes the personal-data scanner.
std::optional<std::string> MaskedPersonal(std::string_view key, std::string_view value) {
  if (key == "id_number") return MaskIdNumber(value);
  if (key == "phone") return MaskPhone(value);
  if (key == "bank_card") return MaskBankCard(value);
  return std::nullopt;
}

void MaskArgs(std::vector<std::string>& args) {
  for (std::string& arg : args) {
    std::string masked;
    if (FindPersonalData(arg, &masked)) arg = std::move(masked);
  }
}

Reason TimeReason(TimeTextError error, Reason format_reason) {
  switch (error) {
    case TimeTextError::kYearRange:
      return Reason::kYearOutOfRange;
    case TimeTextError::kNoSuchDay:
      return Reason::kNoSuchDay;
    case TimeTextError::kNoSuchTime:
      return Reason::kNoSuchTime;
    case TimeTextError::kNone:
    case TimeTextError::kFormat:
      break;
  }
  return format_reason;
}

}  // namespace

std::string Abbreviate(std::string_view text) {
  if (text.size() <= kMaxQuotedBytes) return std::string(text);
  size_t cut = kMaxQuotedBytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut)) + "…";
}

std::string QuoteOriginal(std::string_view original) {
  // Only what can be quoted is looked at (a rejected field may be megabytes long), with a
  // margin so that a number cut by the quote's end is still seen whole enough to mask.
  // Valid UTF-8 whatever the input held (a decoded character reference, a cut): each bad byte
  // is shown as U+FFFD. This is the one place where diagnostics quote input; the publication's
  // own check stays the last line of defence.
  std::string head =
      MaskPersonalData(ToValidUtf8(original.substr(0, kMaxQuotedBytes + kScanMarginBytes)));
  std::string cleaned;
  for (char c : head) {
    auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7F) {
      cleaned += fmt::format("\\x{:02X}", u);
    } else {
      cleaned += c;
    }
  }
  // Scanned again: an escape (\x13 before 812345678) or the cut may have made digits meet.
  return MaskPersonalData(Abbreviate(cleaned));
}

Reason DateReason(std::string_view text) { return TimeReason(WhyNotDate(text), Reason::kBadDate); }
Reason DateTimeReason(std::string_view text) {
  return TimeReason(WhyNotDateTime(text), Reason::kBadDateTime);
}
Reason ClockReason(std::string_view text) {
  return TimeReason(WhyNotClock(text), Reason::kBadClock);
}
Reason ClockSecondsReason(std::string_view text) {
  return TimeReason(WhyNotClockSeconds(text), Reason::kBadClock);
}

std::string RowContext::FieldName(int field) const {
  if (field < 0) return "";
  std::string_view key = schema_.fields[field].key;
  if (!row_->grid_column.empty() && (key == "shift" || key == "date")) {
    return std::string(row_->grid_column);
  }
  return std::string(key);
}

void RowContext::Add(Severity severity, int field, Reason reason, std::string_view original,
                     std::vector<std::string> args) {
  Diagnostic d;
  d.severity = severity;
  d.type = schema_.type;
  d.file = display_path_;
  d.line = row_ ? row_->line : 0;
  d.field = FieldName(field);
  d.reason = reason;
  // Arguments quoted from the input are valid UTF-8 too (see QuoteOriginal).
  for (std::string& arg : args) arg = ToValidUtf8(arg);
  d.args = std::move(args);
  MaskArgs(d.args);
  // R-C1: personal data is masked before it reaches any diagnostic (also a personal number in
  // another field: a stray comma in a name shifts the ID number into the next column); control
  // characters are not repeated.
  std::optional<std::string> masked =
      field >= 0 ? MaskedPersonal(schema_.fields[field].key, original) : std::nullopt;
  if (masked) {
    d.original = ToValidUtf8(*masked);
  } else {
    d.original = QuoteOriginal(original);
  }
  diagnostics_.push_back(std::move(d));
}

bool RowContext::Reject(int field, Reason reason, std::string_view original,
                        std::vector<std::string> args) {
  if (!row_rejected_) {
    Add(Severity::kReject, field, reason, original, std::move(args));
    if (++rejects_ == kMaxRejectsPerFile) {
      Fatal(Reason::kTooManyRejects, row_->line, {fmt::format("{}", kMaxRejectsPerFile)});
      gave_up_ = true;
    }
  }
  row_rejected_ = true;
  return false;
}

void RowContext::Warn(int field, Reason reason, std::string_view original,
                      std::vector<std::string> args) {
  Add(Severity::kWarning, field, reason, original, std::move(args));
  row_warned_ = true;
}

void RowContext::Fatal(Reason reason, uint32_t line, std::vector<std::string> args) {
  FileWarning(reason, line, std::move(args));
  diagnostics_.back().severity = Severity::kFatal;
}

void RowContext::FileWarning(Reason reason, uint32_t line, std::vector<std::string> args) {
  Diagnostic d;
  d.severity = Severity::kWarning;
  d.type = schema_.type;
  d.file = display_path_;
  d.line = line;
  d.reason = reason;
  for (std::string& arg : args) arg = ToValidUtf8(arg);
  d.args = std::move(args);
  MaskArgs(d.args);  // header cells, element names, a declared encoding: input text
  diagnostics_.push_back(std::move(d));
}

void RowContext::InitFocusFields() {
  switch (schema_.type) {
    case RecordType::kSchedule:
    case RecordType::kHandovers:
    case RecordType::kSecurityHandovers:
      focus_date_field_ = schema_.IndexOf("date");
      break;
    case RecordType::kPunches:
    case RecordType::kLogins:
      focus_date_field_ = schema_.IndexOf("date");
      focus_time_field_ = schema_.IndexOf("time");
      break;
    default:
      break;
  }
}

bool RowContext::OutsideFocus(const Row& row) {
  if (!has_focus()) return false;
  return OutsideFocus(row.Get(focus_date_field_),
                      focus_time_field_ >= 0 ? row.Get(focus_time_field_) : std::string_view());
}

bool RowContext::OutsideFocus(std::string_view date_text, std::string_view time_text) {
  if (!has_focus()) return false;
  std::string_view text = date_text.empty() ? time_text : date_text;
  std::optional<Date> date = ParseLeadingDate(text);
  return date && !InFocus(*date);
}

bool RowContext::RejectRow(const Row& row, int field, Reason reason, std::string_view original,
                           std::vector<std::string> args) {
  row_ = &row;
  row_rejected_ = false;
  row_warned_ = false;
  return Reject(field, reason, original, std::move(args));
}

bool RowContext::BeginRow(const Row& row, int exempt) {
  row_ = &row;
  row_rejected_ = false;
  row_warned_ = false;
  for (size_t f = 0; f < schema_.fields.size(); ++f) {
    std::string_view value = row.Get(static_cast<int>(f));
    if (!IsCleanText(value)) return Reject(static_cast<int>(f), Reason::kBadText, value);
    if (value.size() > kMaxFieldBytes) {
      return Reject(static_cast<int>(f), Reason::kTextTooLong, value,
                    {fmt::format("{}", kMaxFieldBytes)});
    }
  }
  // XML handover items carry text of their own (names and notes end up in reports too).
  for (const RawItem& item : row.items) {
    const int items = schema_.IndexOf("items");
    for (std::string_view value : {item.name, item.status, item.note}) {
      if (!IsCleanText(value)) return Reject(items, Reason::kBadText, value);
      if (value.size() > kMaxFieldBytes) {
        return Reject(items, Reason::kTextTooLong, value, {fmt::format("{}", kMaxFieldBytes)});
      }
    }
  }
  for (size_t f = 0; f < schema_.fields.size(); ++f) {
    const FieldSpec& spec = schema_.fields[f];
    if (static_cast<int>(f) == exempt) continue;
    if (spec.required && !spec.empty_allowed && row.Get(static_cast<int>(f)).empty()) {
      return Reject(static_cast<int>(f), Reason::kMissingField, "");
    }
  }
  MaskRow(row);
  return true;
}

void RowContext::MaskRow(const Row& row) {
  // R-C1: every text value passes the scanner before any parser sees it. Values without
  // personal data (nearly all) are not copied.
  masked_values_.assign(row.values.begin(), row.values.end());
  masked_text_.resize(masked_values_.size());
  for (size_t f = 0; f < masked_values_.size(); ++f) {
    if (f < schema_.fields.size() && schema_.fields[f].raw) continue;
    if (FindPersonalData(masked_values_[f], &masked_text_[f])) masked_values_[f] = masked_text_[f];
  }
  masked_items_.assign(row.items.begin(), row.items.end());
  masked_item_text_.resize(masked_items_.size() * 3);
  for (size_t i = 0; i < masked_items_.size(); ++i) {
    std::string_view* parts[] = {&masked_items_[i].name, &masked_items_[i].status,
                                 &masked_items_[i].note};
    for (size_t p = 0; p < 3; ++p) {
      std::string& storage = masked_item_text_[i * 3 + p];
      if (FindPersonalData(*parts[p], &storage)) *parts[p] = storage;
    }
  }
  masked_row_ = row;
  masked_row_.values = masked_values_;
  masked_row_.items = masked_items_;
  row_ = &masked_row_;
}

std::optional<EmployeeIndex> RowContext::EmployeeField(int field) {
  std::string_view id = row_->Get(field);
  if (!IsSafeEmployeeId(id)) return Reject(field, Reason::kBadEmployeeId, id), std::nullopt;
  std::optional<EmployeeIndex> e = known_.FindEmployee(id);
  if (!e) return Reject(field, Reason::kUnknownEmployee, id), std::nullopt;
  return e;
}

std::optional<ShiftIndex> RowContext::ShiftOrRestField(int field) {
  std::string_view code = row_->Get(field);
  if (code.empty() || IsRestDayCode(code)) return kRestDay;
  std::optional<ShiftIndex> shift = known_.FindShift(code);
  if (!shift) return Reject(field, Reason::kUnknownShift, code), std::nullopt;
  return shift;
}

std::optional<Date> RowContext::DateField(int field) {
  std::string_view text = row_->Get(field);
  std::optional<Date> date = ParseDate(text);
  if (!date) return Reject(field, DateReason(text), text), std::nullopt;
  return date;
}

std::optional<Date> RowContext::OptionalDateField(int field) {
  if (row_->Get(field).empty()) return Date();
  return DateField(field);
}

std::optional<DateTime> RowContext::DateTimeField(int field) {
  std::string_view text = row_->Get(field);
  std::optional<DateTime> time = ParseDateTime(text);
  if (!time) return Reject(field, DateTimeReason(text), text), std::nullopt;
  return time;
}

std::optional<ClockTime> RowContext::ClockField(int field) {
  std::string_view text = row_->Get(field);
  std::optional<ClockTime> time = ParseClock(text);
  if (!time) return Reject(field, ClockReason(text), text), std::nullopt;
  return time;
}

std::optional<int> RowContext::ClockSecondsField(int field) {
  std::string_view text = row_->Get(field);
  std::optional<int> seconds = ParseClockSeconds(text);
  if (!seconds) return Reject(field, ClockSecondsReason(text), text), std::nullopt;
  return seconds;
}

std::optional<bool> RowContext::BoolField(int field) {
  std::string_view text = row_->Get(field);
  std::optional<bool> value = ParseBool(text);
  if (!value) return Reject(field, Reason::kBadBool, text), std::nullopt;
  return value;
}

std::optional<int64_t> RowContext::CountField(int field, int64_t fallback) {
  std::string_view text = row_->Get(field);
  if (text.empty()) return fallback;
  std::optional<int64_t> value = ParseCount(text);
  if (!value) return Reject(field, Reason::kBadInteger, text), std::nullopt;
  return value;
}

std::optional<int> RowContext::ChoiceField(
    int field, const std::vector<std::vector<std::string_view>>& choices) {
  std::string_view text = row_->Get(field);
  for (size_t i = 0; i < choices.size(); ++i) {
    for (std::string_view spelling : choices[i]) {
      if (EqualsIgnoreAsciiCase(text, spelling)) return static_cast<int>(i);
    }
  }
  std::string accepted;
  for (const auto& spellings : choices) {
    for (std::string_view spelling : spellings) {
      if (!accepted.empty()) accepted += ' ';
      accepted += spelling;
    }
  }
  Reject(field, Reason::kBadChoice, text, {accepted});
  return std::nullopt;
}

uint32_t RowContext::Intern(std::string_view text) { return out_.strings.Intern(text); }

std::optional<EmployeeIndex> RowContext::AccountOwner(std::string_view raw_account) const {
  if (!accounts_ || raw_account.empty()) return std::nullopt;
  auto it = accounts_->find(raw_account);
  if (it == accounts_->end()) return std::nullopt;
  return it->second;
}

}  // namespace kefu
