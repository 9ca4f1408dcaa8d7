#include "report/roster/roster_context.h"

#include <algorithm>
#include <vector>

namespace kefu {

std::string RosterContext::Departments() const {
  std::vector<std::string> departments;
  for (const RosterRow& row : roster.grid.rows) {
    const std::string& d = data.employees[row.employee].department;
    if (std::find(departments.begin(), departments.end(), d) == departments.end()) {
      departments.push_back(d);
    }
  }
  std::string text;
  for (const std::string& d : departments) {
    if (!text.empty()) text += labels.Get("roster.list_joiner");
    text += d;
  }
  return text;
}

}  // namespace kefu
