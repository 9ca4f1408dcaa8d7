// Punches, leave and logins: the records with a time of day.
#include "ingest/field_parsers.h"
#include "ingest/personal_data_scanner.h"
#include "ingest/row_parsers.h"

namespace kefu {
namespace {

// A date-time column, or (inputs.md) a `date` column plus a `time` column holding only a clock.
std::optional<DateTime> SplitOrWholeDateTime(RowContext& ctx, int time_field, int date_field) {
  const Row& row = ctx.row();
  std::string_view time = row.Get(time_field);
  std::string_view date = row.Get(date_field);
  if (!date.empty()) {
    if (std::optional<int> seconds = ParseClockSeconds(time)) {
      std::optional<Date> day = ParseDate(date);
      if (!day) return ctx.Reject(date_field, DateReason(date), date), std::nullopt;
      return DateTime::At(*day, *seconds);
    }
  }
  std::optional<DateTime> whole = ParseDateTime(time);
  if (!whole) return ctx.Reject(time_field, DateTimeReason(time), time), std::nullopt;
  return whole;
}

// Leave bounds may be whole days: a start date means its 00:00, an end date the end of it.
std::optional<DateTime> LeaveBound(RowContext& ctx, int field, bool is_end) {
  std::string_view text = ctx.row().Get(field);
  if (std::optional<Date> day = ParseDate(text)) {
    return DateTime::At(is_end ? day->AddDays(1) : *day, 0);
  }
  return ctx.DateTimeField(field);
}

}  // namespace

void ParsePunchRow(RowContext& ctx) {
  static const RecordType t = RecordType::kPunches;
  static const int kId = FieldIndex(t, "employee_id"), kTime = FieldIndex(t, "time"),
                   kDevice = FieldIndex(t, "device"), kDate = FieldIndex(t, "date");
  std::optional<DateTime> time = SplitOrWholeDateTime(ctx, kTime, kDate);
  if (!time || !ctx.InFocus(time->date())) return;
  Punch punch;
  punch.time = *time;
  std::optional<EmployeeIndex> employee = ctx.EmployeeField(kId);
  if (!employee) return;
  punch.employee = *employee;
  // A punch from before the employee existed here is kept (it harms nothing) but is worth a
  // look: a device whose clock was reset stamps 1970-01-01 or 2000-01-01.
  if (time->date() < ctx.known().employees[*employee].hire_date) {
    const Row& row = ctx.row();
    std::string written(row.Get(kTime));
    if (!row.Get(kDate).empty()) written = std::string(row.Get(kDate)) + " " + written;
    ctx.Warn(kTime, Reason::kPunchBeforeHire, written);
  }
  punch.device = ctx.Intern(ctx.row().Get(kDevice));
  punch.source = ctx.source();
  ctx.out().punches.push_back(punch);
}

void ParseLeaveRow(RowContext& ctx) {
  static const RecordType t = RecordType::kLeave;
  static const int kId = FieldIndex(t, "employee_id"), kType = FieldIndex(t, "type"),
                   kStart = FieldIndex(t, "start"), kEnd = FieldIndex(t, "end"),
                   kBy = FieldIndex(t, "approved_by");
  Leave leave;
  std::optional<EmployeeIndex> employee = ctx.EmployeeField(kId);
  if (!employee) return;
  leave.employee = *employee;
  std::optional<int> type = ctx.ChoiceField(kType, {{"事假", "personal"},
                                                    {"病假", "sick"},
                                                    {"年假", "annual"},
                                                    {"调休", "compensatory"},
                                                    {"婚假", "marriage"},
                                                    {"丧假", "bereavement"},
                                                    {"产假", "maternity"},
                                                    {"陪产假", "paternity"},
                                                    {"公出", "business_trip"}});
  if (!type) return;
  leave.type = static_cast<LeaveType>(*type);
  std::optional<DateTime> start = LeaveBound(ctx, kStart, false);
  if (!start) return;
  std::optional<DateTime> end = LeaveBound(ctx, kEnd, true);
  if (!end) return;
  if (*end <= *start) {
    return (void)ctx.Reject(kEnd, Reason::kEndNotAfterStart, ctx.row().Get(kEnd));
  }
  leave.start = *start;
  leave.end = *end;
  leave.approved_by = ctx.row().Get(kBy);
  leave.source = ctx.source();
  ctx.out().leaves.push_back(std::move(leave));
}

void ParseLoginRow(RowContext& ctx) {
  static const RecordType t = RecordType::kLogins;
  static const int kAccount = FieldIndex(t, "account"), kTime = FieldIndex(t, "time"),
                   kSystem = FieldIndex(t, "system"), kIp = FieldIndex(t, "ip"),
                   kDate = FieldIndex(t, "date");
  std::optional<DateTime> time = SplitOrWholeDateTime(ctx, kTime, kDate);
  if (!time || !ctx.InFocus(time->date())) return;
  Login login;
  login.time = *time;
  // Matched on the account as written, kept masked (R-C1: an account may be a phone number).
  std::string_view raw_account = ctx.row().Get(kAccount);
  login.owner = ctx.AccountOwner(raw_account).value_or(kNobody);
  std::string masked;
  login.account = ctx.Intern(FindPersonalData(raw_account, &masked) ? masked : raw_account);
  login.system = ctx.Intern(ctx.row().Get(kSystem));
  login.ip = ctx.Intern(ctx.row().Get(kIp));
  login.source = ctx.source();
  ctx.out().logins.push_back(std::move(login));
}

}  // namespace kefu
