#include "report/roster/roster_checks_sheet.h"

#include <fmt/format.h>

#include "report/common/table_sheet.h"
#include "rules/attendance/attendance.h"
#include "rules/attendance/shift_instances.h"

namespace kefu {
namespace {

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
  // A finding with its texts, worked out once.
  struct Item {
    const RosterFinding& finding;
    const Employee* person;
    FindingText text;
  };
  auto source = [&](const RosterFinding& f) {
    std::string text;
    if (f.has_source)
      text = fmt::format("{}:{}", ctx.data.SourcePath(f.source.file), f.source.line);
    if (f.check == RosterCheck::kOverlap || f.check == RosterCheck::kShortRest) {
      text = l.Fmt("roster.checks.two_sources", text,
                   fmt::format("{}:{}", ctx.data.SourcePath(f.previous_source.file),
                               f.previous_source.line));
    }
    return text;
  };
  const TableColumns<Item> columns = {
      {"roster.checks.rule", 22, [&](const Item& i) { return Cell::Text(i.text.rule, p.alert); }},
      {"roster.checks.employee_id", 8,
       [&](const Item& i) { return Cell::Text(i.person ? i.person->id : "", p.text); }},
      {"roster.checks.name", 10,
       [&](const Item& i) { return Cell::Text(i.person ? i.person->name : "", p.text); }},
      {"roster.checks.team", 10,
       [&](const Item& i) {
         return Cell::Text(i.person ? ctx.TeamName(i.person->team) : "", p.text);
       }},
      {"roster.checks.dates", 24, [&](const Item& i) { return Cell::Text(i.text.dates, p.text); }},
      {"roster.checks.shifts", 10,
       [&](const Item& i) { return Cell::Text(i.text.shifts, p.center); }},
      {"roster.checks.detail", 60,
       [&](const Item& i) { return Cell::Text(i.text.detail, p.text); }},
      {"roster.checks.source", 34,
       [&](const Item& i) { return Cell::Text(source(i.finding), p.text); }},
  };
  Sheet sheet;
  sheet.name = name;
  sheet.columns = ColumnWidths(columns);
  sheet.rows.push_back(
      {{Cell::Text(l.Fmt("roster.checks.title", ctx.roster.grid.month.Iso(), findings.size()),
                   p.title)},
       22});
  std::vector<Item> items;
  for (const RosterFinding& f : findings) {
    items.push_back(
        {f, f.has_employee ? &ctx.data.employees[f.employee] : nullptr, Describe(ctx, f)});
  }
  AppendTable(sheet, columns, l, p.header, items);
  if (findings.empty()) {
    sheet.rows.push_back({{Cell::Text(l.Get("roster.checks.none"), p.good)}, 0});
  } else {
    sheet.tab_color = kAlertFont;
  }
  sheet.freeze_rows = 2;
  sheet.print = HousePrint(true, 1, 1, l.Get("print.footer"));
  return sheet;
}

}  // namespace kefu
