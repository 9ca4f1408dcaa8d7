// The dataset: every typed record of one input folder, the policy, the calendar, and the indexes
// the rules need, built once after ingest.
#pragma once

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "model/calendar.h"
#include "model/policy.h"
#include "model/records.h"
#include "model/string_pool.h"

namespace kefu {

// What was read from one input file, for the manifest and the count table.
struct InputFile {
  std::string path;  // relative to the input folder, with '/' separators
  RecordType type = RecordType::kEmployees;
  std::string sha256;
  std::string encoding;  // "UTF-8" or "GB18030"
  uint64_t rows_read = 0;
  uint64_t rejected = 0;
  uint64_t warned = 0;
  uint64_t duplicates = 0;
  // The latest date among the file's parsed dated rows (schedule, punches, logins, handovers),
  // focus or not; invalid when there is none. `kefu run` takes its month from the punches'.
  Date last_date;
};

// Offsets of each employee's records in a vector sorted by employee.
class EmployeeSpans {
 public:
  template <typename Record>
  void Build(const std::vector<Record>& sorted, size_t employee_count) {
    offsets_.assign(employee_count + 1, 0);
    for (const Record& r : sorted) ++offsets_[r.employee + 1];
    for (size_t i = 1; i < offsets_.size(); ++i) offsets_[i] += offsets_[i - 1];
  }
  template <typename Record>
  std::span<const Record> Of(const std::vector<Record>& sorted, EmployeeIndex e) const {
    if (e + 1 >= offsets_.size()) return {};
    return std::span<const Record>(sorted.data() + offsets_[e], offsets_[e + 1] - offsets_[e]);
  }

 private:
  std::vector<size_t> offsets_;
};

struct Dataset {
  std::string input_dir;  // as given on the command line; diagnostics name files under it
  Policy policy;
  std::string policy_sha256;  // empty when there is no policy file
  std::vector<InputFile> files;

  std::vector<Employee> employees;  // sorted by id in byte order
  std::vector<Shift> shifts;        // in input order
  Calendar calendar;
  std::vector<ScheduleEntry> schedule;         // sorted by employee, date
  std::vector<ScheduleChange> changes;         // sorted by employee, date
  std::vector<Punch> punches;                  // sorted by employee, time
  StringPool strings;                          // punch devices, login accounts, systems, addresses
  std::vector<Leave> leaves;                   // sorted by employee, start
  std::vector<MonthlyScore> scores;            // sorted by employee, month
  std::vector<QuarterlyGrade> quarter_grades;  // sorted by employee, quarter
  std::vector<Honor> honors;                   // sorted by employee, date
  std::vector<Discipline> discipline;          // sorted by employee, date
  std::vector<Probation> probations;           // sorted by employee, date
  std::vector<Nomination> nominations;         // sorted by employee, date
  std::vector<Handover> handovers;             // sorted by department, date, from, to
  std::vector<SecurityHandover> security_handovers;  // sorted by department, date, time
  std::vector<Login> logins;                         // sorted by time, account

  EmployeeSpans schedule_by_employee, changes_by_employee, punches_by_employee, leaves_by_employee,
      scores_by_employee, grades_by_employee, honors_by_employee, discipline_by_employee,
      probations_by_employee, nominations_by_employee;

  // The path of input file `file` relative to the input folder ("punches/2024-09.csv"), as
  // reports name it: the same input gives the same report however --input was spelled.
  const std::string& SourcePath(uint32_t file) const;

  std::optional<EmployeeIndex> FindEmployee(std::string_view id) const;
  std::optional<ShiftIndex> FindShift(std::string_view code) const;
  // The departments of the employees, sorted, each once.
  std::vector<std::string> Departments() const;

  std::span<const ScheduleEntry> ScheduleOf(EmployeeIndex e) const {
    return schedule_by_employee.Of(schedule, e);
  }
  std::span<const ScheduleChange> ChangesOf(EmployeeIndex e) const {
    return changes_by_employee.Of(changes, e);
  }
  std::span<const Punch> PunchesOf(EmployeeIndex e) const {
    return punches_by_employee.Of(punches, e);
  }
  std::span<const Leave> LeavesOf(EmployeeIndex e) const {
    return leaves_by_employee.Of(leaves, e);
  }
  std::span<const MonthlyScore> ScoresOf(EmployeeIndex e) const {
    return scores_by_employee.Of(scores, e);
  }
  std::span<const QuarterlyGrade> GradesOf(EmployeeIndex e) const {
    return grades_by_employee.Of(quarter_grades, e);
  }
  std::span<const Honor> HonorsOf(EmployeeIndex e) const {
    return honors_by_employee.Of(honors, e);
  }
  std::span<const Discipline> DisciplineOf(EmployeeIndex e) const {
    return discipline_by_employee.Of(discipline, e);
  }
  std::span<const Probation> ProbationsOf(EmployeeIndex e) const {
    return probations_by_employee.Of(probations, e);
  }
  std::span<const Nomination> NominationsOf(EmployeeIndex e) const {
    return nominations_by_employee.Of(nominations, e);
  }

  // Sorts every record vector into the orders above and builds the per-employee spans.
  // Ingest calls it once, after every file is read. (Logins carry their owner, matched on the
  // raw account at ingest: the model holds accounts only masked.)
  void BuildIndexes();
};

}  // namespace kefu
