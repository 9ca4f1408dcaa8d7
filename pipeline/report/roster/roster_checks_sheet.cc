#include "report/roster/roster_checks_sheet.h"

#include <fmt/format.h>

#include "rules/attendance/attendance.h"
#include "rules/attendance/shift_instances.h"

namespace kefu {
namespace {

constexpr uint16_t kColumns = 8;

// The published shifts an unapproved change replaced, as the grid remembers them.
std::vector<ShiftIndex> OriginalOf(const RosterContext& ctx, const RosterFinding& f) {
  const RosterGrid& grid = ctx.roster.grid;
  for (const RosterRow& row : grid.rows) {
    if (row.employee != f.employee || !grid.days.Contains(f.date)) continue;
    return row.days[static_cast<size_t>(DaysBetween(grid.days.first, f.date))].original;
  }
  return {};
}

std::string Codes(const RosterContext& ctx, const std::vector<ShiftIndex>& shifts) {
  if (shifts.empty()) return ctx.ShiftText(kRestDay);
  std::string text;
  for (ShiftIndex s : shifts) {
    if (!text.empty()) text += ctx.labels.Get("roster.grid.shift_joiner");
    text += ctx.ShiftText(s);
  }
  return text;
}

struct FindingText {
  std::string rule;
  std::string dates;
  std::string shifts;
  std::string detail;
};

FindingText Describe(const RosterContext& ctx, const RosterFinding& f) {
  const Labels& l = ctx.labels;
  const Dataset& data = ctx.data;
  FindingText t;
  const std::string key = std::string("roster.check.") + RosterCheckKey(f.check);
  t.rule = f.check == RosterCheck::kShortRest ? l.Fmt(key, data.policy.min_rest_hours) : l.Get(key);
  t.dates = f.date.Iso();
  t.shifts = ctx.ShiftText(f.shift);
  const Employee* person = f.has_employee ? &data.employees[f.employee] : nullptr;
  switch (f.check) {
    case RosterCheck::kNoShifts:
      t.dates = ctx.roster.grid.month.Iso();
      t.shifts.clear();
      t.detail = l.Fmt("roster.detail.no_shifts", ctx.roster.grid.month.Iso());
      break;
    case RosterCheck::kOverlap:
    case RosterCheck::kShortRest: {
      const std::string before = ctx.ShiftText(f.previous_shift);
      const std::string after = ctx.ShiftText(f.shift);
      t.dates = l.Fmt("roster.checks.arrow", f.previous_date.Iso(), f.date.Iso());
      t.shifts = l.Fmt("roster.checks.arrow", before, after);
      t.detail =
          f.check == RosterCheck::kOverlap
              ? l.Fmt("roster.detail.overlap", before, f.previous_start.Iso(), f.previous_end.Iso(),
                      after, f.start.Iso(), f.end.Iso(), HoursText(f.minutes))
              : l.Fmt("roster.detail.short_rest", before, f.previous_end.Iso(), after,
                      f.start.Iso(), HoursText(f.minutes));
      break;
    }
    case RosterCheck::kAfterLeaving:
      t.detail = person->left_date.is_valid()
                     ? l.Fmt("roster.detail.after_leaving", person->left_date.Iso())
                     : l.Get("roster.detail.left_without_date");
      break;
    case RosterCheck::kBeforeHire:
      t.detail = l.Fmt("roster.detail.before_hire", person->hire_date.Iso());
      break;
    case RosterCheck::kUnapprovedChange: {
      t.shifts =
          l.Fmt("roster.checks.arrow", Codes(ctx, OriginalOf(ctx, f)), ctx.ShiftText(f.shift));
      const ScheduleChange& c = *f.change;
      t.detail = !c.approved_by.empty() && c.approved_on.is_valid()
                     ? l.Fmt("roster.detail.unapproved_late", c.approved_on.Iso())
                     : l.Get("roster.detail.unapproved_no_approver");
      break;
    }
    case RosterCheck::kUncovered: {
      const Shift& s = data.shifts[static_cast<size_t>(f.shift)];
      t.detail = l.Fmt("roster.detail.uncovered", s.name, f.start.Iso(), f.end.Iso());
      break;
    }
  }
  return t;
}

}  // namespace

Sheet BuildRosterChecksSheet(const RosterContext& ctx, const std::string& name) {
  const Labels& l = ctx.labels;
  const Palette& p = ctx.styles.palette();
  const std::vector<RosterFinding>& findings = ctx.roster.checks.findings;
  Sheet sheet;
  sheet.name = name;
  sheet.columns = {{22}, {8}, {10}, {10}, {24}, {10}, {60}, {34}};
  sheet.rows.push_back(
      {{Cell::Text(l.Fmt("roster.checks.title", ctx.roster.grid.month.Iso(), findings.size()),
                   p.title)},
       22});
  SheetRow header;
  for (const char* key : {"roster.checks.rule", "roster.checks.employee_id", "roster.checks.name",
                          "roster.checks.team", "roster.checks.dates", "roster.checks.shifts",
                          "roster.checks.detail", "roster.checks.source"}) {
    header.cells.push_back(Cell::Text(l.Get(key), p.header));
  }
  sheet.rows.push_back(std::move(header));
  for (const RosterFinding& f : findings) {
    FindingText t = Describe(ctx, f);
    const Employee* person = f.has_employee ? &ctx.data.employees[f.employee] : nullptr;
    std::string source;
    if (f.has_source) {
      source = fmt::format("{}:{}", ctx.data.SourcePath(f.source.file), f.source.line);
    }
    if (f.check == RosterCheck::kOverlap || f.check == RosterCheck::kShortRest) {
      source = l.Fmt("roster.checks.two_sources", source,
                     fmt::format("{}:{}", ctx.data.SourcePath(f.previous_source.file),
                                 f.previous_source.line));
    }
    SheetRow row;
    row.cells = {Cell::Text(std::move(t.rule), p.alert),
                 Cell::Text(person ? person->id : "", p.text),
                 Cell::Text(person ? person->name : "", p.text),
                 Cell::Text(person ? ctx.TeamName(person->team) : "", p.text),
                 Cell::Text(std::move(t.dates), p.text),
                 Cell::Text(std::move(t.shifts), p.center),
                 Cell::Text(std::move(t.detail), p.text),
                 Cell::Text(std::move(source), p.text)};
    sheet.rows.push_back(std::move(row));
  }
  if (findings.empty()) {
    sheet.rows.push_back({{Cell::Text(l.Get("roster.checks.none"), p.good)}, 0});
  } else {
    sheet.autofilter = CellRange{1, 0, static_cast<uint32_t>(1 + findings.size()), kColumns - 1};
    sheet.tab_color = kAlertFont;
  }
  sheet.freeze_rows = 2;
  sheet.print = HousePrint(true, 1, 1, l.Get("print.footer"));
  return sheet;
}

}  // namespace kefu
