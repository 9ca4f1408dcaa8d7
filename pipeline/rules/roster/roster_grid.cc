#include "rules/roster/roster_grid.h"

#include <algorithm>

#include "rules/attendance/attendance.h"
#include "rules/attendance/shift_instances.h"

namespace kefu {

bool EmployedOn(const Employee& employee, Date day) {
  if (day < employee.hire_date) return false;
  if (!employee.left) return true;
  return employee.left_date.is_valid() && day <= employee.left_date;
}

int RosterRow::ShiftCount() const {
  int count = 0;
  for (const RosterCell& cell : days) {
    if (cell.employed) count += static_cast<int>(cell.shifts.size());
  }
  return count;
}

std::vector<size_t> RosterGrid::RowsOfTeam(std::string_view team, const Dataset& data) const {
  std::vector<size_t> result;
  for (size_t i = 0; i < rows.size(); ++i) {
    if (data.employees[rows[i].employee].team == team) result.push_back(i);
  }
  return result;
}

namespace {

RosterRow BuildRow(const Dataset& data, EmployeeIndex e, DateRange days) {
  const Employee& person = data.employees[e];
  RosterRow row;
  row.employee = e;
  row.days.resize(static_cast<size_t>(days.Days()));
  for (int32_t i = 0; i < days.Days(); ++i) {
    row.days[i].employed = EmployedOn(person, days.first.AddDays(i));
  }
  auto cell_of = [&](Date d) -> RosterCell& {
    return row.days[static_cast<size_t>(DaysBetween(days.first, d))];
  };
  for (const ShiftInstance& instance : InstancesOf(data, e, days)) {
    cell_of(instance.date).shifts.push_back(instance.shift);
  }
  for (const ScheduleChange* change : ChangesIn(data, e, days)) {
    RosterCell& cell = cell_of(change->date);
    cell.change = change;
    for (const ScheduleEntry& entry : data.ScheduleOf(e)) {
      if (entry.date == change->date && entry.shift != kRestDay)
        cell.original.push_back(entry.shift);
    }
  }
  for (RosterCell& cell : row.days) {
    // Several instances on one day (a double shift) are listed in the order they start.
    std::stable_sort(cell.shifts.begin(), cell.shifts.end(), [&](ShiftIndex a, ShiftIndex b) {
      return data.shifts[a].start < data.shifts[b].start;
    });
  }
  return row;
}

}  // namespace

RosterGrid BuildRosterGrid(const Dataset& data, Month month) {
  RosterGrid grid;
  grid.month = month;
  grid.days = {month.FirstDay(), month.LastDay()};
  bool has_unnamed_team = false;
  std::vector<EmployeeIndex> members;
  for (EmployeeIndex e = 0; e < data.employees.size(); ++e) {
    const Employee& person = data.employees[e];
    if (!ActiveIn(person, grid.days)) continue;
    members.push_back(e);
    if (person.team.empty()) {
      has_unnamed_team = true;
    } else if (std::find(grid.teams.begin(), grid.teams.end(), person.team) == grid.teams.end()) {
      grid.teams.push_back(person.team);
    }
  }
  if (has_unnamed_team) grid.teams.emplace_back();
  for (const std::string& team : grid.teams) {
    for (EmployeeIndex e : members) {
      if (data.employees[e].team == team) grid.rows.push_back(BuildRow(data, e, grid.days));
    }
  }
  return grid;
}

}  // namespace kefu
