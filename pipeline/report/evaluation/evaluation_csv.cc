#include "report/evaluation/evaluation_csv.h"

#include <fmt/format.h>

#include "report/evaluation/evaluation_text.h"

namespace kefu {

CsvTable BuildDecisionsCsv(const Dataset& data, const Evaluation& evaluation) {
  CsvTable table;
  table.header = {"employee_id", "name",           "department",    "grade",
                  "decision",    "target_grade",   "window_months", "window_avg",
                  "window_rank", "salary_current", "salary_target", "rules"};
  // Dataset::employees is sorted by id in byte order, so the rows are too.
  for (const EmployeeEvaluation& ev : evaluation.employees) {
    if (!ev.decided) continue;
    const Employee& e = data.employees[ev.employee];
    std::vector<std::string> row;
    row.reserve(table.header.size());
    row.push_back(e.id);
    row.push_back(e.name);
    row.push_back(e.department);
    row.push_back(std::string(1, GradeCode(e.grade)));
    row.push_back(DecisionKey(ev.decision));
    row.push_back(ev.target ? std::string(1, GradeCode(*ev.target)) : "");
    if (ev.window_rule) {
      row.push_back(fmt::format("{}", ev.window_months));
      row.push_back(ev.window.has_average() ? HundredthsText(ev.window.AverageHundredths()) : "");
      row.push_back(ev.window.in_pool ? fmt::format("{}", ev.window.rank) : "");
    } else {
      row.insert(row.end(), {"", "", ""});
    }
    row.push_back(fmt::format("{}", ev.salary_current));
    row.push_back(ev.salary_target ? fmt::format("{}", *ev.salary_target) : "");
    row.push_back(ListedRulesText(ev));
    table.rows.push_back(std::move(row));
  }
  return table;
}

}  // namespace kefu
