#include "report/roster/roster_grid_sheet.h"

#include <fmt/format.h>

#include "rules/attendance/shift_instances.h"

namespace kefu {
namespace {

DayShade ShadeOf(const Calendar& calendar, Date date) {
  if (const CalendarDay* day = calendar.Find(date)) {
    return day->kind == DayKind::kWorkday ? DayShade::kMakeUp : DayShade::kHoliday;
  }
  return date.iso_weekday() >= 6 ? DayShade::kWeekend : DayShade::kPlain;
}

CellMark MarkOf(const RosterCell& cell) {
  if (!cell.change) return CellMark::kAsPublished;
  return IsApprovedChange(*cell.change) ? CellMark::kApprovedChange : CellMark::kUnapprovedChange;
}

std::string ShiftsText(const RosterContext& ctx, const std::vector<ShiftIndex>& shifts) {
  if (shifts.empty()) return ctx.labels.Get("roster.grid.rest");
  std::string text;
  for (ShiftIndex s : shifts) {
    if (!text.empty()) text += ctx.labels.Get("roster.grid.shift_joiner");
    text += ctx.ShiftText(s);
  }
  return text;
}

class GridSheetBuilder {
 public:
  GridSheetBuilder(const RosterContext& ctx, const RosterGridSheetSpec& spec)
      : ctx_(ctx),
        spec_(spec),
        grid_(ctx.roster.grid),
        day_count_(static_cast<uint16_t>(grid_.days.Days())),
        count_column_(static_cast<uint16_t>(kRosterFirstDayColumn + day_count_)) {}

  Sheet Build() {
    sheet_.name = spec_.name;
    sheet_.columns = {{8}, {9}, {8}};
    for (uint16_t d = 0; d < day_count_; ++d) sheet_.columns.push_back({4.5});
    sheet_.columns.push_back({6});
    Titles();
    uint32_t header_first = Row();
    Headers();
    uint32_t header_last = Row() - 1;
    for (size_t index : spec_.rows) EmployeeRow(grid_.rows[index]);
    if (spec_.department) Coverage();
    Legend();
    Changes();
    Blank();
    Add({Cell::Text(ctx_.labels.Get("print.signature"), ctx_.styles.palette().note)});
    sheet_.freeze_rows = header_last + 1;
    sheet_.freeze_cols = kRosterFirstDayColumn;
    sheet_.print = HousePrint(true, static_cast<int>(header_first), static_cast<int>(header_last),
                              ctx_.labels.Get("print.footer"));
    return std::move(sheet_);
  }

 private:
  uint32_t Row() const { return static_cast<uint32_t>(sheet_.rows.size()); }
  void Add(std::vector<Cell> cells) { sheet_.rows.push_back({std::move(cells), 0}); }
  void Blank() { Add({}); }
  Date DayAt(uint16_t d) const { return grid_.days.first.AddDays(d); }
  DayShade Shade(uint16_t d) const { return ShadeOf(ctx_.data.calendar, DayAt(d)); }
  void MergeCells(uint32_t row, uint16_t first_col, uint32_t last_row, uint16_t last_col,
                  std::string text, StyleId style) {
    sheet_.merges.push_back({{row, first_col, last_row, last_col}, std::move(text), style});
  }

  void Titles() {
    const Labels& l = ctx_.labels;
    const Month m = grid_.month;
    Add({Cell::Text(l.Fmt("roster.title", spec_.owner, m.year(), m.month(), m.Iso()),
                    ctx_.styles.palette().title)});
    sheet_.rows.back().height = 22;
    Add({Cell::Text(
        l.Fmt("roster.subtitle", grid_.days.first.Iso(), grid_.days.last.Iso(), spec_.rows.size()),
        ctx_.styles.palette().subtitle)});
    if (spec_.department) {
      for (const HolidayRosterDue& due : ctx_.roster.holiday_dues) {
        Add({Cell::Text(l.Fmt("roster.due", due.due.Iso(), due.festival, due.first_day.Iso(),
                              due.last_day.Iso(), ctx_.data.policy.holiday_roster_days_before),
                        ctx_.styles.Due())});
      }
    }
    Blank();
  }

  // Three header rows; 工号, 姓名, 班组 and 班数 span all three.
  void Headers() {
    const Labels& l = ctx_.labels;
    const RosterStyles& st = ctx_.styles;
    const uint32_t top = Row();
    std::vector<Cell> numbers(count_column_ + 1u, Cell::Empty(st.palette().header));
    std::vector<Cell> weekdays = numbers;
    std::vector<Cell> names = numbers;
    const char* fixed[] = {"roster.grid.employee_id", "roster.grid.name", "roster.grid.team"};
    for (uint16_t c = 0; c < kRosterFirstDayColumn; ++c) {
      MergeCells(top, c, top + 2, c, l.Get(fixed[c]), st.palette().header);
    }
    MergeCells(top, count_column_, top + 2, count_column_, l.Get("roster.grid.shift_count"),
               st.palette().header);
    for (uint16_t d = 0; d < day_count_; ++d) {
      const uint16_t c = kRosterFirstDayColumn + d;
      const StyleId style = st.DayHeader(Shade(d));
      numbers[c] = Cell::Number(DayAt(d).day(), style);
      weekdays[c] =
          Cell::Text(l.Get(fmt::format("roster.weekday.{}", DayAt(d).iso_weekday())), style);
      names[c] = Cell::Empty(style);
    }
    // Holiday names: one merged cell over each run of days off with the same name.
    for (uint16_t d = 0; d < day_count_;) {
      const CalendarDay* day = ctx_.data.calendar.Find(DayAt(d));
      const uint16_t c = kRosterFirstDayColumn + d;
      if (!day) {
        ++d;
        continue;
      }
      if (day->kind == DayKind::kWorkday) {
        names[c] = Cell::Text(l.Get("roster.grid.makeup"), st.DayHeader(DayShade::kMakeUp));
        ++d;
        continue;
      }
      uint16_t end = d;
      while (end + 1 < day_count_) {
        const CalendarDay* next = ctx_.data.calendar.Find(DayAt(end + 1));
        if (!next || next->kind == DayKind::kWorkday || next->name != day->name) break;
        ++end;
      }
      if (end == d) {
        names[c] = Cell::Text(day->name, st.DayHeader(DayShade::kHoliday));
      } else {
        MergeCells(top + 2, c, top + 2, kRosterFirstDayColumn + end, day->name,
                   st.DayHeader(DayShade::kHoliday));
      }
      d = end + 1;
    }
    Add(std::move(numbers));
    Add(std::move(weekdays));
    Add(std::move(names));
  }

  void EmployeeRow(const RosterRow& row) {
    const Employee& person = ctx_.data.employees[row.employee];
    const RosterStyles& st = ctx_.styles;
    std::vector<Cell> cells = {Cell::Text(person.id, st.palette().text),
                               Cell::Text(person.name, st.palette().text),
                               Cell::Text(ctx_.TeamName(person.team), st.palette().text)};
    for (uint16_t d = 0; d < day_count_; ++d) {
      const RosterCell& cell = row.days[d];
      if (!cell.employed) {
        cells.push_back(Cell::Empty(st.NotEmployed()));
        continue;
      }
      int first = cell.shifts.empty() ? -1 : cell.shifts.front();
      cells.push_back(
          Cell::Text(RosterCellText(ctx_, cell), st.Cell(first, Shade(d), MarkOf(cell))));
    }
    cells.push_back(Cell::Number(row.ShiftCount(), st.Count()));
    Add(std::move(cells));
  }

  void Coverage() {
    const Labels& l = ctx_.labels;
    const RosterStyles& st = ctx_.styles;
    Blank();
    Add({Cell::Text(l.Get("roster.coverage.title"), st.Section())});
    for (const ShiftCoverage& shift : ctx_.roster.coverage.shifts) {
      const Shift& s = ctx_.data.shifts[static_cast<size_t>(shift.shift)];
      const uint32_t r = Row();
      std::vector<Cell> cells = {Cell::Text(s.code, st.Swatch(static_cast<size_t>(shift.shift))),
                                 Cell::Empty(st.palette().text), Cell::Empty(st.palette().text)};
      MergeCells(r, 1, r, 2, s.name, st.palette().text);
      for (uint16_t d = 0; d < day_count_; ++d) {
        // Every day with nobody on the shift, due or not (rules/roster_coverage.h).
        StyleId style = shift.Unstaffed(d) ? st.Uncovered() : st.Count();
        cells.push_back(Cell::Number(shift.staff[d], style));
      }
      cells.push_back(Cell::Number(shift.Total(), st.Count()));
      Add(std::move(cells));
    }
  }

  void Legend() {
    const Labels& l = ctx_.labels;
    const RosterStyles& st = ctx_.styles;
    Blank();
    Add({Cell::Text(l.Get("roster.legend.title"), st.Section())});
    auto line = [&](Cell swatch, std::string text) {
      Add({std::move(swatch), Cell::Text(std::move(text))});
    };
    for (size_t i = 0; i < ctx_.data.shifts.size(); ++i) {
      const Shift& s = ctx_.data.shifts[i];
      std::string text =
          l.Fmt(s.CrossesMidnight() ? "roster.legend.shift_overnight" : "roster.legend.shift",
                s.name, s.start.Hhmm(), s.end.Hhmm(), s.break_minutes);
      if (IsNightShift(s, ctx_.data.policy)) text += l.Get("roster.legend.night");
      line(Cell::Text(s.code, st.Swatch(i)), std::move(text));
    }
    const std::string rest = l.Get("roster.grid.rest");
    const std::string example = ctx_.data.shifts.empty() ? rest : ctx_.data.shifts[0].code;
    line(Cell::Text(rest, st.Cell(-1, DayShade::kPlain, CellMark::kAsPublished)),
         l.Get("roster.legend.rest"));
    line(Cell::Text(example + l.Get("roster.grid.changed_mark"),
                    st.Cell(0, DayShade::kPlain, CellMark::kApprovedChange)),
         l.Get("roster.legend.changed"));
    line(Cell::Text(example + l.Get("roster.grid.unapproved_mark"),
                    st.Cell(0, DayShade::kPlain, CellMark::kUnapprovedChange)),
         l.Get("roster.legend.unapproved"));
    line(Cell::Text(rest, st.Cell(-1, DayShade::kHoliday, CellMark::kAsPublished)),
         l.Get("roster.legend.holiday"));
    line(Cell::Text(rest, st.Cell(-1, DayShade::kWeekend, CellMark::kAsPublished)),
         l.Get("roster.legend.weekend"));
    line(Cell::Text(l.Get("roster.grid.makeup"), st.DayHeader(DayShade::kMakeUp)),
         l.Get("roster.legend.makeup"));
    line(Cell::Empty(st.NotEmployed()), l.Get("roster.legend.not_employed"));
    if (spec_.department) line(Cell::Number(0, st.Uncovered()), l.Get("roster.legend.uncovered"));
  }

  // One line per schedule change of the sheet's employees on a day they are employed, by
  // employee and date: the published shift, the shift now, approval and reason.
  void Changes() {
    const Labels& l = ctx_.labels;
    Blank();
    Add({Cell::Text(l.Get("roster.changes.title"), ctx_.styles.Section())});
    size_t count = 0;
    for (size_t index : spec_.rows) {
      const RosterRow& row = grid_.rows[index];
      const Employee& person = ctx_.data.employees[row.employee];
      for (const RosterCell& cell : row.days) {
        if (!cell.change || !cell.employed) continue;
        const ScheduleChange& change = *cell.change;
        std::string status =
            IsApprovedChange(change)
                ? l.Fmt("roster.changes.approved", change.approved_by, change.approved_on.Iso())
                : l.Get("roster.changes.unapproved");
        if (!change.reason.empty()) status += l.Fmt("roster.changes.reason", change.reason);
        std::string text =
            l.Fmt("roster.changes.line", change.date.Iso(), person.name,
                  ShiftsText(ctx_, cell.original), ShiftsText(ctx_, cell.shifts), status);
        Add({Cell::Text(person.id), Cell::Text(std::move(text))});
        ++count;
      }
    }
    if (count == 0) Add({Cell::Text(l.Get("roster.changes.none"))});
  }

  const RosterContext& ctx_;
  const RosterGridSheetSpec& spec_;
  const RosterGrid& grid_;
  const uint16_t day_count_;
  const uint16_t count_column_;
  Sheet sheet_;
};

}  // namespace

std::string RosterCellText(const RosterContext& ctx, const RosterCell& cell) {
  if (!cell.employed) return "";
  std::string text = ShiftsText(ctx, cell.shifts);
  switch (MarkOf(cell)) {
    case CellMark::kAsPublished:
      break;
    case CellMark::kApprovedChange:
      text += ctx.labels.Get("roster.grid.changed_mark");
      break;
    case CellMark::kUnapprovedChange:
      text += ctx.labels.Get("roster.grid.unapproved_mark");
      break;
  }
  return text;
}

Sheet BuildRosterGridSheet(const RosterContext& ctx, const RosterGridSheetSpec& spec) {
  return GridSheetBuilder(ctx, spec).Build();
}

}  // namespace kefu
