// The shift roster of a month (outputs.md "Rosters"; 篇5 1.1.4): for every employee employed on
// at least one day of the month, which shifts start on each day, with the schedule changes
// applied (rules/shift_instances.h) and the published shifts they replaced remembered, so that the
// roster can mark each change and say what it was before.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/dataset.h"

namespace kefu {

// Employed on `day`: hired on or before it and not left before it. left_date is the last day
// employed (a schedule row dated *after* it belongs to someone who has left); an employee marked
// left without a date counts as left on every day (rules.md "Demotion and dismissal review").
bool EmployedOn(const Employee& employee, Date day);

struct RosterCell {
  bool employed = false;           // employed on this day; shifts are only shown when employed
  std::vector<ShiftIndex> shifts;  // the instances that start this day, in start order; empty: rest
  // The day's schedule change, already applied; null when the day is as published.
  const ScheduleChange* change = nullptr;
  // With a change: the day's shifts as the schedule published them (empty: a rest day). The
  // schedule is the published roster; a change whose from_shift disagrees with it does not
  // rewrite what was published.
  std::vector<ShiftIndex> original;
};

struct RosterRow {
  EmployeeIndex employee = 0;
  std::vector<RosterCell> days;  // one per day of the month

  // The shift instances of the month on the days the employee is employed.
  int ShiftCount() const;
};

struct RosterGrid {
  Month month;
  DateRange days;
  // The teams in roster order: the order in which they first appear among the employees sorted
  // by id (so 一组, 二组, 三组 come out as the department numbers them, which byte order of the
  // names would not); the empty team (no team given) last.
  std::vector<std::string> teams;
  // Every employee employed on at least one day of the month, grouped by team in `teams` order,
  // by employee id within a team.
  std::vector<RosterRow> rows;

  // The indexes into `rows` of the members of `team`.
  std::vector<size_t> RowsOfTeam(std::string_view team, const Dataset& data) const;
};

RosterGrid BuildRosterGrid(const Dataset& data, Month month);

}  // namespace kefu
