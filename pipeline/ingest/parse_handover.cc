// Shift handover records (篇3 1–2) and security handovers (篇3 3).
#include <algorithm>

#include "ingest/field_parsers.h"
#include "ingest/row_parsers.h"

namespace kefu {
namespace {

// rules.md: "Signed means a non-empty value that is not a false boolean."
bool IsSigned(std::string_view value) { return !value.empty() && !IsFalseWord(value); }

std::optional<ItemStatus> ParseItemStatus(std::string_view status) {
  status = TrimField(status);
  if (status.empty()) return ItemStatus::kUnmarked;
  for (std::string_view ok : {"ok", "OK", "✓", "√", "正常", "normal"}) {
    if (status == ok) return ItemStatus::kOk;
  }
  for (std::string_view fault : {"fault", "FAULT", "×", "x", "X", "异常", "abnormal"}) {
    if (status == fault) return ItemStatus::kFault;
  }
  return std::nullopt;
}

// The CSV form: `门禁=ok;空调=fault:漏水`.
std::vector<RawItem> SplitItems(std::string_view text) {
  std::vector<RawItem> items;
  while (!text.empty()) {
    size_t end = text.find(';');
    std::string_view part = TrimField(text.substr(0, end));
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    if (part.empty()) continue;
    RawItem item;
    size_t eq = part.find('=');
    item.name = TrimField(part.substr(0, eq));
    if (eq != std::string_view::npos) {
      std::string_view rest = part.substr(eq + 1);
      size_t colon = rest.find(':');
      item.status = TrimField(rest.substr(0, colon));
      if (colon != std::string_view::npos) item.note = TrimField(rest.substr(colon + 1));
    }
    items.push_back(item);
  }
  return items;
}

// A handover's time is written by hand or by a clock export, which adds seconds (inputs.md:
// 08:01:30); they are kept, since the security slot's tolerance is compared to the second.
void SetClock(int seconds_of_day, ClockTime& time, int& second) {
  time = ClockTime::FromMinutes(seconds_of_day / 60);
  second = seconds_of_day % 60;
}

}  // namespace

void ParseHandoverRow(RowContext& ctx) {
  static const RecordType t = RecordType::kHandovers;
  static const int kDept = FieldIndex(t, "department"), kDate = FieldIndex(t, "date"),
                   kFrom = FieldIndex(t, "from_shift"), kTo = FieldIndex(t, "to_shift"),
                   kTime = FieldIndex(t, "time"), kOut = FieldIndex(t, "outgoing"),
                   kIn = FieldIndex(t, "incoming"), kRecorder = FieldIndex(t, "recorder"),
                   kOutSigned = FieldIndex(t, "outgoing_signed"),
                   kInSigned = FieldIndex(t, "incoming_signed"),
                   kLead = FieldIndex(t, "lead_signed"), kRefused = FieldIndex(t, "refused"),
                   kRefuseReason = FieldIndex(t, "refuse_reason"),
                   kEscalated = FieldIndex(t, "escalated_to"), kItems = FieldIndex(t, "items");
  const Row& row = ctx.row();
  std::optional<Date> date = ctx.DateField(kDate);
  if (!date || !ctx.InFocus(*date)) return;
  Handover h;
  h.date = *date;
  h.department = row.Get(kDept);
  std::optional<ShiftIndex> from = ctx.ShiftOrRestField(kFrom);
  if (!from) return;
  std::optional<ShiftIndex> to = ctx.ShiftOrRestField(kTo);
  if (!to) return;
  if (*from == kRestDay) return (void)ctx.Reject(kFrom, Reason::kUnknownShift, row.Get(kFrom));
  if (*to == kRestDay) return (void)ctx.Reject(kTo, Reason::kUnknownShift, row.Get(kTo));
  h.from_shift = *from;
  h.to_shift = *to;
  if (!row.Get(kTime).empty()) {
    std::optional<int> seconds = ctx.ClockSecondsField(kTime);
    if (!seconds) return;
    h.has_time = true;
    SetClock(*seconds, h.time, h.time_second);
  }
  h.outgoing = row.Get(kOut);
  h.incoming = row.Get(kIn);
  h.recorder = row.Get(kRecorder);
  h.outgoing_signed = IsSigned(row.Get(kOutSigned));
  h.incoming_signed = IsSigned(row.Get(kInSigned));
  if (IsSigned(row.Get(kLead))) h.lead_signed = row.Get(kLead);
  std::optional<bool> refused = ctx.BoolField(kRefused);
  if (!refused) return;
  h.refused = *refused;
  h.refuse_reason = row.Get(kRefuseReason);
  h.escalated_to = row.Get(kEscalated);

  std::vector<RawItem> split;
  std::span<const RawItem> items = row.items;
  if (items.empty() && !row.Get(kItems).empty()) {
    split = SplitItems(row.Get(kItems));
    items = split;
  }
  for (const RawItem& raw : items) {
    HandoverItem item;
    item.name = TrimField(raw.name);
    item.note = TrimField(raw.note);
    std::optional<ItemStatus> status = ParseItemStatus(raw.status);
    if (!status) {
      // An item whose mark cannot be read counts as unmarked (an R-H5 failure), not as a
      // missing record.
      ctx.Warn(kItems, Reason::kBadItems, raw.status, {Abbreviate(raw.name)});
      status = ItemStatus::kUnmarked;
    }
    item.status = *status;
    h.items.push_back(std::move(item));
  }
  h.source = ctx.source();
  ctx.out().handovers.push_back(std::move(h));
}

void ParseSecurityHandoverRow(RowContext& ctx) {
  static const RecordType t = RecordType::kSecurityHandovers;
  static const int kDept = FieldIndex(t, "department"), kDate = FieldIndex(t, "date"),
                   kTime = FieldIndex(t, "time"), kDirection = FieldIndex(t, "direction"),
                   kCs = FieldIndex(t, "cs_staff"), kSecurity = FieldIndex(t, "security_staff"),
                   kEntries = FieldIndex(t, "entries"), kUrgent = FieldIndex(t, "urgent"),
                   kEscalated = FieldIndex(t, "escalated_to");
  const Row& row = ctx.row();
  std::optional<Date> date = ctx.DateField(kDate);
  if (!date || !ctx.InFocus(*date)) return;
  SecurityHandover h;
  h.date = *date;
  h.department = row.Get(kDept);
  std::optional<int> seconds = ctx.ClockSecondsField(kTime);
  if (!seconds) return;
  SetClock(*seconds, h.time, h.time_second);
  std::optional<int> direction =
      ctx.ChoiceField(kDirection, {{"morning", "早班交接", "早"}, {"evening", "晚班交接", "晚"}});
  if (!direction) return;
  h.direction = static_cast<SecurityDirection>(*direction);
  h.cs_staff = row.Get(kCs);
  h.security_staff = row.Get(kSecurity);
  std::optional<int64_t> entries = ctx.CountField(kEntries, 0);
  if (!entries) return;
  h.entries = static_cast<int>(std::min<int64_t>(*entries, 1'000'000));
  std::optional<bool> urgent = ctx.BoolField(kUrgent);
  if (!urgent) return;
  h.urgent = *urgent;
  h.escalated_to = row.Get(kEscalated);
  h.source = ctx.source();
  ctx.out().security_handovers.push_back(std::move(h));
}

}  // namespace kefu
