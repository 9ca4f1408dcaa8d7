#include "report/attendance/attendance_report.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "report/common/data_issues.h"
#include "report/common/palette.h"

namespace kefu {
namespace {

// The CSV columns of outputs.md, in order; their labels are `attendance.col.<key>`.
// clang-format off
constexpr std::array<const char*, 25> kCsvColumns = {
    "employee_id",      "name",           "team",           "grade",
    "scheduled_shifts", "worked_shifts",  "late_count",     "late_minutes",
    "early_count",      "early_minutes",  "absent_shifts",  "missing_punches",
    "leave_hours",      "unapproved_leave", "statutory_hours", "holiday_hours",
    "night_shifts",     "unapproved_changes", "off_duty_logins", "bonus_withheld",
    "worked_hours",     "corrections",    "shared_account_flags", "hire_date",
    "left_date"};
// clang-format on

const char* kWeekdayKeys[] = {"",          "weekday.1", "weekday.2", "weekday.3",
                              "weekday.4", "weekday.5", "weekday.6", "weekday.7"};

std::string DepartmentsText(const Dataset& data, const Labels& labels) {
  return labels.Join("list.join", data.Departments());
}

// The figures of one employee as numbers, in CSV column order from scheduled_shifts to
// shared_account_flags (the two dates after them are not figures).
enum class Figure : uint8_t { kCount, kHours, kBonus };
struct Figures {
  static constexpr size_t kCount = 19;
  std::array<double, kCount> values;
  static constexpr std::array<Figure, kCount> kKinds = {
      Figure::kCount, Figure::kCount, Figure::kCount, Figure::kCount, Figure::kCount,
      Figure::kCount, Figure::kCount, Figure::kCount, Figure::kHours, Figure::kCount,
      Figure::kHours, Figure::kHours, Figure::kCount, Figure::kCount, Figure::kCount,
      Figure::kBonus, Figure::kHours, Figure::kCount, Figure::kCount};
};

// outputs.md: hire_date and left_date only when they fall inside the period.
Date DateInPeriod(Date date, DateRange period) {
  return date.is_valid() && period.Contains(date) ? date : Date();
}

std::string DateCsvText(Date date) { return date.is_valid() ? date.Iso() : ""; }

Figures FiguresOf(const EmployeeAttendance& a) {
  Figures f;
  f.values = {static_cast<double>(a.scheduled_shifts),
              static_cast<double>(a.worked_shifts),
              static_cast<double>(a.late_count),
              static_cast<double>(a.late_minutes),
              static_cast<double>(a.early_count),
              static_cast<double>(a.early_minutes),
              static_cast<double>(a.absent_shifts),
              static_cast<double>(a.missing_punches),
              static_cast<double>((a.LeaveMinutes() * 10 + 30) / 60) / 10.0,
              static_cast<double>(a.unapproved_leave),
              static_cast<double>((a.statutory_minutes * 10 + 30) / 60) / 10.0,
              static_cast<double>((a.holiday_minutes * 10 + 30) / 60) / 10.0,
              static_cast<double>(a.night_shifts),
              static_cast<double>(a.unapproved_changes),
              static_cast<double>(a.off_duty_logins),
              a.bonus_withheld ? 1.0 : 0.0,
              HoursFromSeconds(a.worked_seconds),
              static_cast<double>(a.corrections),
              static_cast<double>(a.shared_account_flags)};
  return f;
}

double HoursValue(int64_t minutes) { return static_cast<double>((minutes * 10 + 30) / 60) / 10.0; }

std::string LeaveTypeLabel(const Labels& labels, LeaveType type) {
  return labels.Get(std::string("leave.") + LeaveTypeKey(type));
}

std::string MarkText(const Labels& labels, const DayStatus& day) {
  switch (day.mark) {
    case DayMark::kNone:
      return "";
    case DayMark::kRest:
      return labels.Get("mark.rest");
    case DayMark::kPresent:
      return labels.Get("mark.present");
    case DayMark::kLeave:
      return labels.Get(std::string("mark.") + LeaveTypeKey(day.leave_type));
    case DayMark::kEarly:
      return labels.Get("mark.early");
    case DayMark::kLate:
      return labels.Get("mark.late");
    case DayMark::kMissing:
      return labels.Get("mark.missing");
    case DayMark::kAbsent:
      return labels.Get("mark.absent");
  }
  return "";
}

class Builder {
 public:
  Builder(const AttendanceReportInput& in, const Labels& labels)
      : in_(in), data_(in.data), labels_(labels) {}

  Workbook Build() {
    palette_ = Palette::In(wb_);
    const AttendanceResult& a = in_.attendance;
    wb_.properties.title = labels_.Fmt("attendance.doc_title", a.month.Iso());
    wb_.properties.subject = labels_.Get("attendance.doc_subject");
    wb_.properties.author = "kefu";
    wb_.properties.company = DepartmentsText(data_, labels_);
    wb_.properties.created = a.period.last;
    // Large departments write tens of thousands of rows: keep memory flat.
    wb_.constant_memory = a.employees.size() > 2000;
    wb_.sheets.push_back(Summary());
    wb_.sheets.push_back(DailyGrid());
    wb_.sheets.push_back(Exceptions());
    wb_.sheets.push_back(HandoverCheck());
    wb_.sheets.push_back(OffDutyLogins());
    wb_.sheets.push_back(SharedAccounts());
    wb_.sheets.push_back(BuildDataIssuesSheet(in_.issues, labels_, palette_));
    return std::move(wb_);
  }

 private:
  std::string Title(const char* sheet_key) const {
    const AttendanceResult& a = in_.attendance;
    return labels_.Fmt("attendance.title", DepartmentsText(data_, labels_), labels_.Get(sheet_key),
                       a.month.Iso(), a.period.first.Iso(), a.period.last.Iso());
  }

  void Signature(Sheet& sheet) {
    sheet.rows.push_back({});
    sheet.rows.push_back({{Cell::Text(labels_.Get("print.signature"), palette_.note)}});
  }

  Sheet Summary() {
    Sheet sheet;
    sheet.name = labels_.Get("attendance.sheet.summary");
    const AttendanceResult& a = in_.attendance;
    // Columns: the CSV's, then hours per leave type, then discipline (扣发奖金 in its own column
    // already; the discipline records of the period in the last).
    std::vector<std::string> headers;
    for (const char* key : kCsvColumns)
      headers.push_back(labels_.Get(std::string("attendance.col.") + key));
    for (int t = 0; t < kLeaveTypeCount; ++t) {
      headers.push_back(labels_.Fmt("attendance.col.leave_type_hours",
                                    LeaveTypeLabel(labels_, static_cast<LeaveType>(t))));
    }
    headers.push_back(labels_.Get("attendance.col.discipline"));
    const uint16_t ncols = static_cast<uint16_t>(headers.size());
    sheet.columns.assign(ncols, Column{9});
    sheet.columns[0].width = 10;
    sheet.columns[1].width = 12;
    sheet.columns[2].width = 10;
    sheet.columns[3].width = 12;
    sheet.columns[ncols - 1].width = 30;
    for (size_t c = kCsvColumns.size() - 2; c < kCsvColumns.size(); ++c)
      sheet.columns[c].width = 11;
    sheet.rows.push_back({{}, 24});  // the merged title below
    sheet.merges.push_back({{0, 0, 0, static_cast<uint16_t>(ncols - 1)},
                            Title("attendance.sheet.summary"),
                            palette_.title});
    SheetRow header;
    header.height = 45;
    for (const std::string& h : headers) header.cells.push_back(Cell::Text(h, palette_.header));
    sheet.rows.push_back(std::move(header));

    std::array<double, Figures::kCount> totals{};
    std::array<int64_t, kLeaveTypeCount> leave_totals{};
    for (const EmployeeAttendance& e : a.employees) {
      const Employee& person = data_.employees[e.employee];
      SheetRow row;
      row.cells.push_back(Cell::Text(person.id, palette_.text));
      row.cells.push_back(Cell::Text(person.name, palette_.text));
      row.cells.push_back(Cell::Text(person.team, palette_.text));
      row.cells.push_back(
          Cell::Text(labels_.Get(std::string("grade.") + GradeCode(person.grade)), palette_.text));
      Figures f = FiguresOf(e);
      for (size_t i = 0; i < f.values.size(); ++i) {
        totals[i] += f.values[i];
        if (Figures::kKinds[i] == Figure::kBonus) {
          row.cells.push_back(
              e.bonus_withheld
                  ? Cell::Text(labels_.Get("attendance.bonus_withheld"), palette_.alert)
                  : Cell::Empty(palette_.text));
        } else {
          row.cells.push_back(Cell::Number(f.values[i], Figures::kKinds[i] == Figure::kHours
                                                            ? palette_.hours
                                                            : palette_.integer));
        }
      }
      for (Date d :
           {DateInPeriod(person.hire_date, a.period), DateInPeriod(person.left_date, a.period)}) {
        row.cells.push_back(d.is_valid() ? Cell::Day(d, palette_.date)
                                         : Cell::Empty(palette_.text));
      }
      for (int t = 0; t < kLeaveTypeCount; ++t) {
        leave_totals[t] += e.leave_minutes[t];
        row.cells.push_back(Cell::Number(HoursValue(e.leave_minutes[t]), palette_.hours));
      }
      std::vector<std::string> entries;
      for (const Discipline& d : data_.DisciplineOf(e.employee)) {
        if (!a.period.Contains(d.date)) continue;
        entries.push_back(labels_.Fmt(
            "attendance.discipline_entry", d.date.Iso(),
            labels_.Get(std::string("severity_discipline.") + DisciplineSeverityKey(d.severity)),
            d.clause));
      }
      row.cells.push_back(
          Cell::Text(labels_.Join("attendance.evidence.join", entries), palette_.text));
      sheet.rows.push_back(std::move(row));
    }
    SheetRow total;
    total.cells.push_back(
        Cell::Text(labels_.Fmt("attendance.total", a.employees.size()), palette_.total_text));
    for (int i = 0; i < 3; ++i) total.cells.push_back(Cell::Empty(palette_.total_text));
    for (size_t i = 0; i < totals.size(); ++i) {
      bool hours = Figures::kKinds[i] == Figure::kHours;
      // Round the summed hours to the tenth they are shown with.
      double value = hours ? static_cast<double>(static_cast<int64_t>(totals[i] * 10 + 0.5)) / 10.0
                           : totals[i];
      total.cells.push_back(
          Cell::Number(value, hours ? palette_.total_hours : palette_.total_integer));
    }
    for (int i = 0; i < 2; ++i) total.cells.push_back(Cell::Empty(palette_.total_text));  // dates
    for (int t = 0; t < kLeaveTypeCount; ++t) {
      total.cells.push_back(Cell::Number(HoursValue(leave_totals[t]), palette_.total_hours));
    }
    total.cells.push_back(Cell::Empty(palette_.total_text));
    sheet.rows.push_back(std::move(total));
    Signature(sheet);

    sheet.freeze_rows = 2;
    sheet.freeze_cols = 2;
    if (!a.employees.empty()) {
      sheet.autofilter = CellRange{1, 0, static_cast<uint32_t>(1 + a.employees.size()),
                                   static_cast<uint16_t>(ncols - 1)};
    }
    sheet.print = HousePrint(true, 0, 1, labels_.Get("print.footer"));
    return sheet;
  }

  Sheet DailyGrid() {
    Sheet sheet;
    sheet.name = labels_.Get("attendance.sheet.daily");
    const AttendanceResult& a = in_.attendance;
    const int days = a.period.Days();
    const uint16_t ncols = static_cast<uint16_t>(2 + days);
    sheet.columns.push_back({10});
    sheet.columns.push_back({12});
    for (int d = 0; d < days; ++d) sheet.columns.push_back({4.5});
    sheet.rows.push_back({{}, 24});  // the merged title below
    sheet.merges.push_back({{0, 0, 0, static_cast<uint16_t>(ncols - 1)},
                            Title("attendance.sheet.daily"),
                            palette_.title});

    // Three header rows: day of month, weekday, holiday name.
    SheetRow day_row, weekday_row, holiday_row;
    day_row.cells = {Cell::Text(labels_.Get("attendance.col.employee_id"), palette_.header),
                     Cell::Text(labels_.Get("attendance.col.name"), palette_.header)};
    weekday_row.cells = {Cell::Empty(palette_.header), Cell::Empty(palette_.header)};
    holiday_row.cells = {Cell::Empty(palette_.header), Cell::Empty(palette_.header)};
    holiday_row.height = 30;
    std::vector<StyleId> column_style(days, palette_.center);
    for (int d = 0; d < days; ++d) {
      Date date = a.period.first.AddDays(d);
      const CalendarDay* cal = data_.calendar.Find(date);
      bool holiday = cal && cal->kind != DayKind::kWorkday;
      bool weekend = !data_.calendar.IsWorkingDay(date);
      StyleId head = holiday   ? palette_.holiday_header
                     : weekend ? palette_.weekend_header
                               : palette_.header;
      column_style[d] = holiday   ? palette_.holiday_cell
                        : weekend ? palette_.weekend_cell
                                  : palette_.center;
      day_row.cells.push_back(Cell::Text(fmt::format("{}", date.day()), head));
      weekday_row.cells.push_back(Cell::Text(labels_.Get(kWeekdayKeys[date.iso_weekday()]), head));
      std::string name;
      if (cal && cal->kind == DayKind::kWorkday)
        name = labels_.Get("attendance.makeup_day");
      else if (cal)
        name = cal->name;
      holiday_row.cells.push_back(name.empty() ? Cell::Empty(head) : Cell::Text(name, head));
    }
    sheet.rows.push_back(std::move(day_row));
    sheet.rows.push_back(std::move(weekday_row));
    sheet.rows.push_back(std::move(holiday_row));
    sheet.merges.push_back(
        {{1, 0, 3, 0}, labels_.Get("attendance.col.employee_id"), palette_.header});
    sheet.merges.push_back({{1, 1, 3, 1}, labels_.Get("attendance.col.name"), palette_.header});
    // The merged header cells carry the text; the rows must leave them empty.
    sheet.rows[1].cells[0] = Cell::Empty(palette_.header);
    sheet.rows[1].cells[1] = Cell::Empty(palette_.header);

    for (const EmployeeAttendance& e : a.employees) {
      const Employee& person = data_.employees[e.employee];
      SheetRow row;
      row.cells.reserve(ncols);
      row.cells.push_back(Cell::Text(person.id, palette_.text));
      row.cells.push_back(Cell::Text(person.name, palette_.text));
      for (int d = 0; d < days; ++d) {
        const DayStatus& day = e.days[d];
        std::string mark = MarkText(labels_, day);
        StyleId style = day.mark == DayMark::kAbsent || day.mark == DayMark::kMissing ||
                                day.mark == DayMark::kLate || day.mark == DayMark::kEarly
                            ? palette_.alert
                            : column_style[d];
        row.cells.push_back(mark.empty() ? Cell::Empty(style) : Cell::Text(mark, style));
      }
      sheet.rows.push_back(std::move(row));
    }
    // The legend.
    sheet.rows.push_back({});
    std::string legend = labels_.Get("attendance.legend") + "  ";
    for (const char* key : {"present", "late", "early", "absent", "missing", "rest"}) {
      legend += labels_.Get(std::string("mark.") + key) + " " +
                labels_.Get(std::string("legend.") + key) + "  ";
    }
    for (int t = 0; t < kLeaveTypeCount; ++t) {
      auto type = static_cast<LeaveType>(t);
      legend += labels_.Get(std::string("mark.") + LeaveTypeKey(type)) + " " +
                LeaveTypeLabel(labels_, type) + "  ";
    }
    sheet.rows.push_back({{Cell::Text(legend, palette_.note)}});
    sheet.rows.push_back({{Cell::Text(labels_.Get("attendance.legend_shading"), palette_.note)}});
    Signature(sheet);
    sheet.freeze_rows = 4;
    sheet.freeze_cols = 2;
    sheet.print = HousePrint(true, 0, 3, labels_.Get("print.footer"));
    return sheet;
  }

  std::string ShiftText(std::optional<ShiftIndex> shift) const {
    if (!shift || *shift < 0) return labels_.Get("mark.rest");
    const Shift& s = data_.shifts[*shift];
    return fmt::format("{} {} {}–{}", s.code, s.name, s.start.Hhmm(), s.end.Hhmm());
  }

  std::string Evidence(const AttendanceException& ex) const {
    std::vector<std::string> parts;
    if (ex.expected_start && ex.expected_end) {
      parts.push_back(labels_.Fmt("attendance.evidence.expected", ex.expected_start->Iso(),
                                  ex.expected_end->Iso()));
    }
    if (ex.kind != ExceptionKind::kUnapprovedChange && ex.kind != ExceptionKind::kBonusWithheld &&
        ex.kind != ExceptionKind::kUnapprovedLeave) {
      std::string punches;
      for (const DateTime& t : ex.punches) {
        if (!punches.empty()) punches += ", ";
        punches += t.Iso();
      }
      parts.push_back(punches.empty() ? labels_.Get("attendance.evidence.no_punch")
                                      : labels_.Fmt("attendance.evidence.punches", punches));
    }
    if (ex.leave) {
      parts.push_back(labels_.Fmt(ex.leave->approved() ? "attendance.evidence.leave"
                                                       : "attendance.evidence.leave_unapproved",
                                  LeaveTypeLabel(labels_, ex.leave->type), ex.leave->start.Iso(),
                                  ex.leave->end.Iso(), ex.leave->approved_by));
    }
    if (ex.change) {
      const ScheduleChange& c = *ex.change;
      std::string from =
          c.has_from_shift ? ShiftText(c.from_shift) : labels_.Get("attendance.evidence.unknown");
      const std::string& none = labels_.Get("attendance.evidence.none");
      parts.push_back(labels_.Fmt(IsApprovedChange(c) ? "attendance.evidence.change"
                                                      : "attendance.evidence.change_unapproved",
                                  from, ShiftText(c.to_shift),
                                  c.approved_by.empty() ? none : c.approved_by,
                                  c.approved_on.is_valid() ? c.approved_on.Iso() : none,
                                  c.reason.empty() ? none : c.reason));
    }
    if (ex.discipline) {
      parts.push_back(labels_.Fmt("attendance.evidence.discipline", ex.discipline->date.Iso(),
                                  ex.discipline->clause, ex.discipline->note));
    }
    return labels_.Join("attendance.evidence.join", parts);
  }

  Sheet Exceptions() {
    Sheet sheet;
    sheet.name = labels_.Get("attendance.sheet.exceptions");
    const AttendanceResult& a = in_.attendance;
    sheet.columns = {{10}, {12}, {11}, {14}, {22}, {8}, {90}};
    sheet.rows.push_back({{}, 24});  // the merged title below
    sheet.merges.push_back({{0, 0, 0, 6}, Title("attendance.sheet.exceptions"), palette_.title});
    SheetRow header;
    for (const char* key :
         {"attendance.col.employee_id", "attendance.col.name", "exceptions.date", "exceptions.kind",
          "exceptions.shift", "exceptions.minutes", "exceptions.evidence"}) {
      header.cells.push_back(Cell::Text(labels_.Get(key), palette_.header));
    }
    sheet.rows.push_back(std::move(header));
    for (const AttendanceException& ex : a.exceptions) {
      const Employee& person = data_.employees[ex.employee];
      SheetRow row;
      row.cells.push_back(Cell::Text(person.id, palette_.text));
      row.cells.push_back(Cell::Text(person.name, palette_.text));
      row.cells.push_back(Cell::Day(ex.date, palette_.date));
      row.cells.push_back(Cell::Text(labels_.Get(ExceptionKey(ex.kind)), palette_.alert));
      row.cells.push_back(ex.shift ? Cell::Text(ShiftText(ex.shift), palette_.text)
                                   : Cell::Empty(palette_.text));
      row.cells.push_back(ex.minutes > 0 ? Cell::Number(ex.minutes, palette_.integer)
                                         : Cell::Empty(palette_.text));
      row.cells.push_back(Cell::Text(Evidence(ex), palette_.text));
      sheet.rows.push_back(std::move(row));
    }
    sheet.freeze_rows = 2;
    if (!a.exceptions.empty()) {
      sheet.autofilter = CellRange{1, 0, static_cast<uint32_t>(1 + a.exceptions.size()), 6};
    }
    sheet.print = HousePrint(true, 0, 1, labels_.Get("print.footer"));
    return sheet;
  }

  static std::string ExceptionKey(ExceptionKind kind) {
    static constexpr const char* kKeys[] = {
        "late",       "early",       "absent",           "absent_late",       "absent_early",
        "missing_in", "missing_out", "unapproved_leave", "unapproved_change", "bonus_withheld"};
    return std::string("exception.") + kKeys[static_cast<int>(kind)];
  }

  Sheet HandoverCheck() {
    Sheet sheet;
    sheet.name = labels_.Get("attendance.sheet.handover");
    const HandoverAudit& h = in_.handover;
    const uint16_t ncols = static_cast<uint16_t>(std::max<size_t>(2 + h.points.size(), 5));
    sheet.columns.push_back({12});
    sheet.columns.push_back({12});
    for (size_t p = 0; p < h.points.size(); ++p) sheet.columns.push_back({16});
    while (sheet.columns.size() < 5) sheet.columns.push_back({16});
    sheet.columns[4].width = std::max(sheet.columns[4].width, 16.0);
    sheet.rows.push_back({{}, 24});  // the merged title below
    sheet.merges.push_back({{0, 0, 0, static_cast<uint16_t>(ncols - 1)},
                            Title("attendance.sheet.handover"),
                            palette_.title});
    SheetRow header;
    header.cells.push_back(Cell::Text(labels_.Get("handover.department"), palette_.header));
    header.cells.push_back(Cell::Text(labels_.Get("handover.date"), palette_.header));
    for (const std::string& p : h.points) header.cells.push_back(Cell::Text(p, palette_.header));
    sheet.rows.push_back(std::move(header));
    for (const HandoverDay& day : h.days) {
      SheetRow row;
      row.cells.push_back(Cell::Text(day.department, palette_.text));
      row.cells.push_back(Cell::Day(day.date, palette_.date));
      for (const PointState& state : day.points) {
        if (!state.exists) {
          row.cells.push_back(Cell::Empty(palette_.center));
        } else if (state.failed.empty()) {
          row.cells.push_back(Cell::Text(labels_.Get("handover.pass"), palette_.good));
        } else {
          std::string text = labels_.Get("handover.fail");
          for (size_t i = 0; i < state.failed.size(); ++i)
            text += (i ? "," : " ") + state.failed[i];
          row.cells.push_back(Cell::Text(text, palette_.alert));
        }
      }
      sheet.rows.push_back(std::move(row));
    }
    sheet.rows.push_back({{Cell::Text(
        labels_.Fmt("handover.summary", h.points_checked, h.findings.size()), palette_.note)}});
    sheet.rows.push_back({});
    // The failures with their details: the rows of handover-YYYY-MM.csv.
    const uint32_t list_header = static_cast<uint32_t>(sheet.rows.size());
    SheetRow list;
    for (const char* key : {"handover.department", "handover.date", "handover.point",
                            "handover.rule", "handover.detail"}) {
      list.cells.push_back(Cell::Text(labels_.Get(key), palette_.header));
    }
    sheet.rows.push_back(std::move(list));
    for (const HandoverFinding& f : h.findings) {
      SheetRow row;
      row.cells.push_back(Cell::Text(f.department, palette_.text));
      row.cells.push_back(Cell::Day(f.date, palette_.date));
      row.cells.push_back(Cell::Text(f.point, palette_.text));
      row.cells.push_back(
          Cell::Text(f.rule, f.rule == "anomaly" ? palette_.center : palette_.alert));
      row.cells.push_back(Cell::Text(HandoverDetailText(f, labels_), palette_.text));
      sheet.rows.push_back(std::move(row));
    }
    (void)list_header;
    sheet.freeze_rows = 2;
    sheet.freeze_cols = 2;
    sheet.print = HousePrint(true, 0, 1, labels_.Get("print.footer"));
    return sheet;
  }

  // The shift of an instance with its day and times: "B 中班 2024-09-11 15:00–23:00".
  std::string InstanceText(const ShiftInstance& instance) const {
    const Shift& s = data_.shifts[instance.shift];
    return fmt::format("{} {} {}–{}", s.code, s.name, instance.start.Iso(), s.end.Hhmm());
  }

  std::string LeaveText(const Leave& leave) const {
    return labels_.Fmt("logins.detail.leave", LeaveTypeLabel(labels_, leave.type),
                       leave.start.Iso(), leave.end.Iso(), leave.approved_by);
  }

  SheetRow HeaderRow(std::initializer_list<const char*> keys) const {
    SheetRow header;
    for (const char* key : keys)
      header.cells.push_back(Cell::Text(labels_.Get(key), palette_.header));
    return header;
  }

  // The first columns of both login sheets: the account (masked at ingest), its owner's id and
  // name (or "(no such employee)"), the login time.
  void LoginCells(const Login& login, SheetRow& row) const {
    row.cells.push_back(Cell::Text(data_.strings.Get(login.account), palette_.text));
    if (login.has_owner()) {
      const Employee& person = data_.employees[login.owner];
      row.cells.push_back(Cell::Text(person.id, palette_.text));
      row.cells.push_back(Cell::Text(person.name, palette_.text));
    } else {
      row.cells.push_back(Cell::Text(labels_.Get("logins.nobody"), palette_.alert));
      row.cells.push_back(Cell::Empty(palette_.text));
    }
    row.cells.push_back(Cell::Text(login.time.Iso(), palette_.text));
  }

  // R-C2: every off-duty login of the period with its reason and the evidence for it.
  Sheet OffDutyLogins() {
    Sheet sheet;
    sheet.name = labels_.Get("attendance.sheet.logins");
    sheet.columns = {{12}, {10}, {12}, {18}, {12}, {14}, {18}, {46}, {10}};
    sheet.rows.push_back({{}, 24});  // the merged title below
    sheet.merges.push_back({{0, 0, 0, 8}, Title("attendance.sheet.logins"), palette_.title});
    sheet.rows.push_back(HeaderRow(
        {"logins.account", "attendance.col.employee_id", "attendance.col.name", "logins.time",
         "logins.system", "logins.ip", "logins.reason", "logins.detail", "logins.minutes"}));
    for (const OffDutyLogin& l : in_.logins.logins) {
      SheetRow row;
      LoginCells(*l.login, row);
      row.cells.push_back(Cell::Text(data_.strings.Get(l.login->system), palette_.text));
      row.cells.push_back(Cell::Text(data_.strings.Get(l.login->ip), palette_.text));
      const std::string key = std::string("logins.reason.") + OffDutyReasonKey(l.reason);
      row.cells.push_back(Cell::Text(l.reason == OffDutyReason::kOnLeave
                                         ? labels_.Fmt(key, LeaveTypeLabel(labels_, l.leave->type))
                                         : labels_.Get(key),
                                     palette_.alert));
      std::string detail;
      bool minutes = false;
      switch (l.reason) {
        case OffDutyReason::kUnknownAccount:
          break;
        case OffDutyReason::kBeforeHire:
          detail =
              labels_.Fmt("logins.detail.hired", data_.employees[l.login->owner].hire_date.Iso());
          break;
        case OffDutyReason::kAfterLeaving: {
          const Employee& person = data_.employees[l.login->owner];
          detail = person.left_date.is_valid()
                       ? labels_.Fmt("logins.detail.left", person.left_date.Iso())
                       : labels_.Get("logins.detail.left_undated");
          break;
        }
        case OffDutyReason::kOnLeave:
          detail = LeaveText(*l.leave);
          break;
        case OffDutyReason::kAbsent:
          detail = labels_.Fmt("logins.detail.absent", InstanceText(*l.instance));
          break;
        case OffDutyReason::kOnRestDay:
        case OffDutyReason::kNoShift:
          minutes = l.instance.has_value();
          detail = minutes ? labels_.Fmt("logins.detail.nearest", InstanceText(*l.instance))
                           : labels_.Get("logins.no_shift");
          break;
      }
      row.cells.push_back(detail.empty() ? Cell::Empty(palette_.text)
                                         : Cell::Text(detail, palette_.text));
      row.cells.push_back(
          minutes ? Cell::Number(static_cast<double>(l.minutes_from_instance), palette_.integer)
                  : Cell::Empty(palette_.text));
      sheet.rows.push_back(std::move(row));
    }
    sheet.rows.push_back({});
    sheet.rows.push_back({{Cell::Text(labels_.Fmt("logins.note", data_.policy.login_margin_minutes),
                                      palette_.note)}});
    sheet.freeze_rows = 2;
    if (!in_.logins.logins.empty()) {
      sheet.autofilter = CellRange{1, 0, static_cast<uint32_t>(1 + in_.logins.logins.size()), 8};
    }
    sheet.print = HousePrint(true, 0, 1, labels_.Get("print.footer"));
    return sheet;
  }

  // R-C4: the logins that suggest someone else used the account, with the evidence.
  Sheet SharedAccounts() {
    Sheet sheet;
    sheet.name = labels_.Get("attendance.sheet.shared");
    sheet.columns = {{12}, {10}, {12}, {18}, {12}, {30}, {12}, {18}, {12}, {10}, {18}};
    sheet.rows.push_back({{}, 24});  // the merged title below
    sheet.merges.push_back({{0, 0, 0, 10}, Title("attendance.sheet.shared"), palette_.title});
    SheetRow header = HeaderRow({"logins.account", "attendance.col.employee_id",
                                 "attendance.col.name", "logins.time", "logins.ip", "shared.signal",
                                 "shared.other_account", "shared.other_time", "shared.other_ip",
                                 "shared.minutes_apart", "shared.likely_user"});
    header.height = 30;
    sheet.rows.push_back(std::move(header));
    const Policy& policy = data_.policy;
    for (const SharedAccountFlag& f : in_.logins.shared) {
      SheetRow row;
      LoginCells(*f.login, row);
      row.cells.push_back(Cell::Text(data_.strings.Get(f.login->ip), palette_.text));
      const bool colleague = f.signal == SharedAccountSignal::kColleagueIp;
      row.cells.push_back(Cell::Text(
          colleague ? labels_.Get("shared.signal.colleague_ip")
                    : labels_.Fmt("shared.signal.two_ips", policy.two_ips_window_minutes),
          palette_.alert));
      row.cells.push_back(Cell::Text(data_.strings.Get(f.other->account), palette_.text));
      row.cells.push_back(Cell::Text(f.other->time.Iso(), palette_.text));
      row.cells.push_back(Cell::Text(data_.strings.Get(f.other->ip), palette_.text));
      row.cells.push_back(Cell::Number(static_cast<double>(f.minutes_apart), palette_.integer));
      if (colleague) {
        const Employee& user = data_.employees[f.other->owner];
        row.cells.push_back(
            Cell::Text(labels_.Fmt("shared.user", user.id, user.name), palette_.alert));
      } else {
        row.cells.push_back(Cell::Empty(palette_.text));
      }
      sheet.rows.push_back(std::move(row));
    }
    sheet.rows.push_back({});
    for (const std::string& line : {labels_.Get("shared.note.rule"),
                                    labels_.Fmt("shared.note.a", policy.shared_ip_window_minutes),
                                    labels_.Fmt("shared.note.b", policy.two_ips_window_minutes)}) {
      sheet.rows.push_back({{Cell::Text(line, palette_.note)}});
    }
    sheet.freeze_rows = 2;
    if (!in_.logins.shared.empty()) {
      sheet.autofilter = CellRange{1, 0, static_cast<uint32_t>(1 + in_.logins.shared.size()), 10};
    }
    sheet.print = HousePrint(true, 0, 1, labels_.Get("print.footer"));
    return sheet;
  }

  const AttendanceReportInput& in_;
  const Dataset& data_;
  const Labels& labels_;
  Workbook wb_;
  Palette palette_;
};

}  // namespace

std::string HandoverDetailText(const HandoverFinding& finding, const Labels& labels) {
  const std::string key = std::string("handover.detail.") + HandoverDetailKey(finding.detail);
  if (finding.detail == HandoverDetail::kUnmarkedItems ||
      finding.detail == HandoverDetail::kSecurityOutsideTolerance) {
    // The args are a list (item names, times written), shown as one {0}.
    return labels.Fmt(key, labels.Join("list.join", finding.args));
  }
  return labels.Format(key, finding.args);
}

Workbook BuildAttendanceWorkbook(const AttendanceReportInput& input, const Labels& labels) {
  return Builder(input, labels).Build();
}

CsvTable BuildAttendanceCsv(const Dataset& data, const AttendanceResult& attendance) {
  CsvTable table;
  for (const char* key : kCsvColumns) table.header.emplace_back(key);
  for (const EmployeeAttendance& a : attendance.employees) {
    const Employee& e = data.employees[a.employee];
    table.rows.push_back({e.id,
                          e.name,
                          e.team,
                          std::string(1, GradeCode(e.grade)),
                          fmt::format("{}", a.scheduled_shifts),
                          fmt::format("{}", a.worked_shifts),
                          fmt::format("{}", a.late_count),
                          fmt::format("{}", a.late_minutes),
                          fmt::format("{}", a.early_count),
                          fmt::format("{}", a.early_minutes),
                          fmt::format("{}", a.absent_shifts),
                          fmt::format("{}", a.missing_punches),
                          HoursText(a.LeaveMinutes()),
                          fmt::format("{}", a.unapproved_leave),
                          HoursText(a.statutory_minutes),
                          HoursText(a.holiday_minutes),
                          fmt::format("{}", a.night_shifts),
                          fmt::format("{}", a.unapproved_changes),
                          fmt::format("{}", a.off_duty_logins),
                          a.bonus_withheld ? "1" : "0",
                          HoursTextFromSeconds(a.worked_seconds),
                          fmt::format("{}", a.corrections),
                          fmt::format("{}", a.shared_account_flags),
                          DateCsvText(DateInPeriod(e.hire_date, attendance.period)),
                          DateCsvText(DateInPeriod(e.left_date, attendance.period))});
  }
  return table;
}

CsvTable BuildHandoverCsv(const HandoverAudit& audit, const Labels& labels) {
  CsvTable table;
  table.header = {"department", "date", "point", "rule", "detail"};
  for (const HandoverFinding& f : audit.findings) {
    table.rows.push_back(
        {f.department, f.date.Iso(), f.point, f.rule, HandoverDetailText(f, labels)});
  }
  return table;
}

}  // namespace kefu
