// Shifts and the holiday calendar: the reference data every schedule is read against.
#include "ingest/field_parsers.h"
#include "ingest/row_parsers.h"

namespace kefu {

void ParseShiftRow(RowContext& ctx) {
  static const RecordType t = RecordType::kShifts;
  static const int kCode = FieldIndex(t, "code"), kName = FieldIndex(t, "name"),
                   kStart = FieldIndex(t, "start"), kEnd = FieldIndex(t, "end"),
                   kBreak = FieldIndex(t, "break_minutes"), kNight = FieldIndex(t, "night");
  const Row& row = ctx.row();
  Shift s;
  s.code = row.Get(kCode);
  // 休 and OFF (any case) mean a rest day in every schedule, so they cannot name a shift: a
  // shift `Off` would be defined here and never scheduled.
  if (IsRestDayCode(s.code) || s.code.size() > 16) {
    return (void)ctx.Reject(kCode, Reason::kBadChoice, s.code, {"≠ 休 OFF"});
  }
  s.name = row.Get(kName);
  std::optional<ClockTime> start = ctx.ClockField(kStart);
  if (!start) return;
  std::optional<ClockTime> end = ctx.ClockField(kEnd);
  if (!end) return;
  s.start = *start;
  s.end = *end;
  std::optional<int64_t> break_minutes = ctx.CountField(kBreak, 0);
  if (!break_minutes) return;
  if (*break_minutes >= s.LengthMinutes()) {
    return (void)ctx.Reject(kBreak, Reason::kBadInteger, row.Get(kBreak));
  }
  s.break_minutes = static_cast<int>(*break_minutes);
  std::optional<bool> night = ctx.BoolField(kNight);
  if (!night) return;
  s.night = *night;
  s.source = ctx.source();
  ctx.out().shifts.push_back(std::move(s));
}

void ParseCalendarRow(RowContext& ctx) {
  static const RecordType t = RecordType::kCalendar;
  static const int kDate = FieldIndex(t, "date"), kKind = FieldIndex(t, "kind"),
                   kName = FieldIndex(t, "name");
  CalendarDay day;
  std::optional<Date> date = ctx.DateField(kDate);
  if (!date) return;
  day.date = *date;
  std::optional<int> kind =
      ctx.ChoiceField(kKind, {{"statutory", "法定"}, {"holiday", "休"}, {"workday", "班"}});
  if (!kind) return;
  day.kind = static_cast<DayKind>(*kind);
  day.name = ctx.Text(kName);
  day.source = ctx.source();
  ctx.out().calendar.push_back(std::move(day));
}

}  // namespace kefu
