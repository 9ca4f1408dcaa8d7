// The schedule (long form; grid-form rows arrive here cut into one row per day) and changes.
#include "ingest/field_parsers.h"
#include "ingest/row_parsers.h"

namespace kefu {

void ParseScheduleRow(RowContext& ctx) {
  static const RecordType t = RecordType::kSchedule;
  static const int kId = FieldIndex(t, "employee_id"), kDate = FieldIndex(t, "date"),
                   kShift = FieldIndex(t, "shift");
  std::optional<Date> date = ctx.DateField(kDate);
  if (!date || !ctx.InFocus(*date)) return;
  ScheduleEntry entry;
  entry.date = *date;
  std::optional<EmployeeIndex> employee = ctx.EmployeeField(kId);
  if (!employee) return;
  entry.employee = *employee;
  std::optional<ShiftIndex> shift = ctx.ShiftOrRestField(kShift);
  if (!shift) return;
  entry.shift = *shift;
  entry.source = ctx.source();
  ctx.out().schedule.push_back(entry);
}

void ParseScheduleChangeRow(RowContext& ctx) {
  static const RecordType t = RecordType::kScheduleChanges;
  static const int kId = FieldIndex(t, "employee_id"), kDate = FieldIndex(t, "date"),
                   kTo = FieldIndex(t, "to_shift"), kFrom = FieldIndex(t, "from_shift"),
                   kBy = FieldIndex(t, "approved_by"), kOn = FieldIndex(t, "approved_on"),
                   kReason = FieldIndex(t, "reason");
  const Row& row = ctx.row();
  ScheduleChange change;
  std::optional<EmployeeIndex> employee = ctx.EmployeeField(kId);
  if (!employee) return;
  change.employee = *employee;
  std::optional<Date> date = ctx.DateField(kDate);
  if (!date) return;
  change.date = *date;
  std::optional<ShiftIndex> to = ctx.ShiftOrRestField(kTo);
  if (!to) return;
  change.to_shift = *to;
  if (!row.Get(kFrom).empty()) {
    std::optional<ShiftIndex> from = ctx.ShiftOrRestField(kFrom);
    if (!from) return;
    change.has_from_shift = true;
    change.from_shift = *from;
  }
  change.approved_by = row.Get(kBy);
  std::optional<Date> approved_on = ctx.OptionalDateField(kOn);
  if (!approved_on) return;
  change.approved_on = *approved_on;
  change.reason = row.Get(kReason);
  change.source = ctx.source();
  ctx.out().changes.push_back(std::move(change));
}

}  // namespace kefu
