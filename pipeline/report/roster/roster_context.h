// What every sheet builder of the roster workbook reads: the dataset, the computed roster, the
// labels of the report's language and the workbook's styles.
#pragma once

#include <string>

#include "model/dataset.h"
#include "report/common/labels.h"
#include "report/roster/roster_styles.h"
#include "rules/roster/roster.h"

namespace kefu {

struct RosterContext {
  const Dataset& data;
  const Roster& roster;
  const Labels& labels;
  const RosterStyles& styles;

  // The code of a shift as the grid shows it, or the rest mark for a rest day.
  std::string ShiftText(ShiftIndex shift) const {
    if (shift < 0 || static_cast<size_t>(shift) >= data.shifts.size()) {
      return labels.Get("roster.grid.rest");
    }
    return data.shifts[static_cast<size_t>(shift)].code;
  }
  // "客服部" (several departments joined with "、").
  std::string Departments() const;
  // A team's name, or the label of the employees without one.
  std::string TeamName(const std::string& team) const {
    return team.empty() ? labels.Get("roster.no_team") : team;
  }
};

}  // namespace kefu
