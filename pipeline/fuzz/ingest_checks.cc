#include "fuzz/ingest_checks.h"

#include <algorithm>
#include <string>

#include "base/utf8.h"
#include "fuzz/fuzz_targets.h"
#include "ingest/field_parsers.h"
#include "ingest/personal_data_scanner.h"
#include "ingest/record_schema.h"
#include "ingest/row_context.h"

namespace kefu::fuzz {
namespace {

// True when the personal-data scanner would still mask something in `text` (R-C1: whatever
// ingest keeps or quotes has been through it).
bool HoldsPersonalData(std::string_view text) {
  std::string masked;
  return FindPersonalData(text, &masked);
}

void CheckText(std::string_view text, std::string_view what) {
  Require(IsValidUtf8(text), what);
  Require(IsCleanText(text), what);
  Require(text.size() <= kMaxFieldBytes, what);
  Require(!HoldsPersonalData(text), what);
}

void CheckDate(Date date, std::string_view what) { Require(date.is_valid(), what); }

// True when `text` holds more than the 6 digits in a row that a mask keeps (110105********).
bool HasLongDigitRun(std::string_view text) {
  size_t digits = 0;
  for (char c : text) {
    digits = c >= '0' && c <= '9' ? digits + 1 : 0;
    if (digits > 6) return true;
  }
  return false;
}

}  // namespace

const Dataset& SmallDataset() {
  static const Dataset* const kData = [] {
    auto* data = new Dataset;
    Employee a;
    a.id = "E001";
    a.name = "张三";
    a.department = "客服部";
    a.hire_date = Date::FromYmd(2023, 1, 1);
    a.grade_since = a.hire_date;
    a.account = "e001";
    Employee b;
    b.id = "E002";
    b.name = "李四";
    b.department = "客服部";
    b.hire_date = Date::FromYmd(2022, 6, 1);
    b.grade_since = b.hire_date;
    b.left = true;
    b.left_date = Date::FromYmd(2024, 9, 15);
    b.account = "e002";
    data->employees = {a, b};
    Shift day;
    day.code = "D";
    day.name = "日班";
    day.start = ClockTime::FromHm(8, 0);
    day.end = ClockTime::FromHm(17, 0);
    Shift night;
    night.code = "N";
    night.name = "夜班";
    night.start = ClockTime::FromHm(22, 0);
    night.end = ClockTime::FromHm(6, 0);
    night.night = true;
    data->shifts = {day, night};
    data->BuildIndexes();
    return data;
  }();
  return *kData;
}

RecordType TypeOf(uint8_t selector) {
  std::span<const RecordType> types = AllRecordTypes();
  return types[selector % types.size()];
}

std::optional<DateRange> FocusOf(uint8_t selector) {
  if ((selector & 0x10) == 0) return std::nullopt;
  return DateRange{Date::FromYmd(2024, 9, 1), Date::FromYmd(2024, 9, 30)};
}

void CheckIngest(const Staging& s, const std::vector<Diagnostic>& diagnostics, bool ok) {
  for (const Employee& e : s.employees) {
    for (const std::string* t : {&e.id, &e.name, &e.department, &e.team, &e.role, &e.account,
                                 &e.id_number_masked, &e.phone_masked, &e.bank_card_masked}) {
      CheckText(*t, "employee text");
    }
    for (const std::string* t : {&e.id_number_masked, &e.phone_masked, &e.bank_card_masked}) {
      Require(!HasLongDigitRun(*t), "a masked personal number keeps more than 6 digits");
    }
    Require(IsSafeEmployeeId(e.id), "employee id");
    CheckDate(e.hire_date, "hire date");
  }
  for (const Shift& x : s.shifts) {
    CheckText(x.code, "shift code");
    CheckText(x.name, "shift name");
  }
  for (const CalendarDay& d : s.calendar) {
    CheckText(d.name, "calendar name");
    CheckDate(d.date, "calendar date");
  }
  for (const ScheduleEntry& r : s.schedule) CheckDate(r.date, "schedule date");
  for (const ScheduleChange& r : s.changes) {
    CheckText(r.approved_by, "change approver");
    CheckText(r.reason, "change reason");
    CheckDate(r.date, "change date");
  }
  for (const std::string& text : s.strings.strings()) CheckText(text, "interned text");
  for (const Punch& p : s.punches) {
    Require(p.device < s.strings.strings().size(), "punch device id");
    CheckDate(p.time.date(), "punch date");
  }
  for (const Leave& l : s.leaves) {
    CheckText(l.approved_by, "leave approver");
    Require(l.start < l.end, "leave ends after it starts");
  }
  for (const MonthlyScore& m : s.scores) {
    Require(m.score_tenths >= 0 && m.score_tenths <= 1000, "score in 0…100");
  }
  for (const Honor& h : s.honors) CheckText(h.title, "honor title");
  for (const Discipline& d : s.discipline) {
    CheckText(d.clause, "discipline clause");
    CheckText(d.note, "discipline note");
  }
  for (const Nomination& n : s.nominations) {
    CheckText(n.by, "nomination by");
    CheckText(n.result, "nomination result");
  }
  for (const Handover& h : s.handovers) {
    for (const std::string* t : {&h.department, &h.outgoing, &h.incoming, &h.recorder,
                                 &h.lead_signed, &h.refuse_reason, &h.escalated_to}) {
      CheckText(*t, "handover text");
    }
    for (const HandoverItem& item : h.items) {
      CheckText(item.name, "handover item name");
      CheckText(item.note, "handover item note");
    }
    CheckDate(h.date, "handover date");
  }
  for (const SecurityHandover& h : s.security_handovers) {
    for (const std::string* t : {&h.department, &h.cs_staff, &h.security_staff, &h.escalated_to}) {
      CheckText(*t, "security handover text");
    }
    CheckDate(h.date, "security handover date");
  }
  for (const Login& l : s.logins) {
    for (uint32_t id : {l.account, l.system, l.ip}) {
      Require(id < s.strings.strings().size(), "login text id");
    }
  }

  size_t fatal = 0;
  for (const Diagnostic& d : diagnostics) {
    fatal += d.severity == Severity::kFatal;
    Require(IsValidUtf8(d.original), "a diagnostic quotes invalid UTF-8");
    Require(IsCleanText(d.original), "a diagnostic quotes control characters");
    Require(d.original.size() <= 300, "a diagnostic quotes too much");
    Require(!HoldsPersonalData(d.original), "a diagnostic quotes a personal number in full");
    Require(IsValidUtf8(d.field), "a diagnostic's field is invalid UTF-8");
    for (const std::string& arg : d.args) {
      Require(IsValidUtf8(arg), "a diagnostic's argument is invalid UTF-8");
      Require(arg.size() <= 2000, "a diagnostic's argument is too long");
      Require(!HoldsPersonalData(arg), "a diagnostic's argument holds a personal number");
    }
  }
  Require(ok ? fatal == 0 : fatal == 1, "a failed read leaves exactly one fatal diagnostic");
}

}  // namespace kefu::fuzz
