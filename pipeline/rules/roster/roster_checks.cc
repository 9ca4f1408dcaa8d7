#include "rules/roster/roster_checks.h"

#include <algorithm>
#include <optional>
#include <tuple>

#include "rules/attendance/attendance.h"
#include "rules/attendance/shift_instances.h"

namespace kefu {

const char* RosterCheckKey(RosterCheck check) {
  switch (check) {
    case RosterCheck::kNoShifts:
      return "no_shifts";
    case RosterCheck::kOverlap:
      return "overlap";
    case RosterCheck::kShortRest:
      return "short_rest";
    case RosterCheck::kAfterLeaving:
      return "after_leaving";
    case RosterCheck::kBeforeHire:
      return "before_hire";
    case RosterCheck::kUnapprovedChange:
      return "unapproved_change";
    case RosterCheck::kUncovered:
      return "uncovered";
  }
  return "uncovered";
}

namespace {

class Checker {
 public:
  Checker(const Dataset& data, const RosterGrid& grid) : data_(data), grid_(grid) {}

  void NoShifts(const RosterRow& row) {
    if (row.ShiftCount() > 0) return;
    const Employee& person = data_.employees[row.employee];
    RosterFinding f = Finding(RosterCheck::kNoShifts, row.employee, grid_.days.first);
    f.has_source = true;
    f.source_type = RecordType::kEmployees;
    f.source = person.source;
    Add(f, Issue(f, "", Reason::kRosterNoShifts, person.id, {grid_.month.Iso()}));
  }

  // Overlap and short rest, from the previous month's first day on.
  void RestAndOverlap(const RosterRow& row) {
    const Employee& person = data_.employees[row.employee];
    DateRange wide{grid_.month.Plus(-1).FirstDay(), grid_.days.last};
    std::vector<ShiftInstance> instances = InstancesOf(data_, row.employee, wide);
    std::erase_if(instances, [&](const ShiftInstance& i) { return !EmployedOn(person, i.date); });
    std::stable_sort(
        instances.begin(), instances.end(),
        [](const ShiftInstance& a, const ShiftInstance& b) { return a.start < b.start; });
    const int64_t min_rest_minutes = int64_t{data_.policy.min_rest_hours} * 60;
    size_t previous = 0;  // the instance that ends last among those before the current one
    for (size_t i = 1; i < instances.size(); ++i) {
      const ShiftInstance& before = instances[previous];
      const ShiftInstance& current = instances[i];
      if (grid_.days.Contains(current.date)) {
        bool overlap = current.start < before.end;
        int64_t minutes =
            overlap ? SecondsBetween(current.start, std::min(current.end, before.end)) / 60
                    : SecondsBetween(before.end, current.start) / 60;
        if (overlap || minutes < min_rest_minutes) {
          RosterFinding f = Pair(overlap ? RosterCheck::kOverlap : RosterCheck::kShortRest, before,
                                 current, minutes);
          std::vector<std::string> args = {before.date.Iso(), data_.shifts[before.shift].code,
                                           HoursText(minutes)};
          if (!overlap) args.push_back(std::to_string(data_.policy.min_rest_hours));
          Add(f, Issue(f, "shift", overlap ? Reason::kRosterOverlap : Reason::kRosterShortRest,
                       Original(current), std::move(args)));
        }
      }
      if (current.end > before.end) previous = i;
    }
  }

  void UnapprovedChanges(const RosterRow& row) {
    const Employee& person = data_.employees[row.employee];
    for (const ScheduleChange* change : ChangesIn(data_, row.employee, grid_.days)) {
      if (IsApprovedChange(*change) || !EmployedOn(person, change->date)) continue;
      RosterFinding f = Finding(RosterCheck::kUnapprovedChange, row.employee, change->date);
      f.shift = change->to_shift;
      f.change = change;
      f.has_source = true;
      f.source_type = RecordType::kScheduleChanges;
      f.source = change->source;
      Add(f, std::nullopt);
    }
  }

  // Shifts of the month on days the person is not employed, of anyone in the input.
  void OutsideEmployment(EmployeeIndex e) {
    const Employee& person = data_.employees[e];
    for (const ShiftInstance& instance : InstancesOf(data_, e, grid_.days)) {
      if (EmployedOn(person, instance.date)) continue;
      bool before_hire = instance.date < person.hire_date;
      RosterFinding f = Finding(before_hire ? RosterCheck::kBeforeHire : RosterCheck::kAfterLeaving,
                                e, instance.date);
      f.shift = instance.shift;
      f.start = instance.start;
      f.end = instance.end;
      SetSource(f, instance);
      if (before_hire) {
        Add(f, Issue(f, "date", Reason::kScheduleOutsideEmployment, Original(instance), {}));
      } else if (person.left_date.is_valid()) {
        Add(f, Issue(f, "date", Reason::kRosterAfterLeaving, Original(instance),
                     {person.left_date.Iso()}));
      } else {
        Add(f, Issue(f, "date", Reason::kRosterLeftWithoutDate, Original(instance), {}));
      }
    }
  }

  // The findings about employees, sorted (employees sorted by id are in index order), then the
  // uncovered shifts in the order found (by date, then shift order).
  RosterCheckResult Result() {
    std::stable_sort(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) {
      auto key = [](const Entry& e) {
        const RosterFinding& f = e.finding;
        return std::tuple(!f.has_employee, f.has_employee ? f.employee : 0,
                          f.has_employee ? f.date : Date(), static_cast<int>(f.check));
      };
      return key(a) < key(b);
    });
    RosterCheckResult result;
    for (Entry& entry : entries_) {
      result.findings.push_back(entry.finding);
      if (entry.issue) result.issues.push_back(std::move(*entry.issue));
    }
    return result;
  }

  void Uncovered(const RosterCoverage& coverage) {
    for (int32_t d = 0; d < grid_.days.Days(); ++d) {
      for (const ShiftCoverage& shift : coverage.shifts) {
        if (!shift.uncovered[static_cast<size_t>(d)]) continue;
        Date date = grid_.days.first.AddDays(d);
        RosterFinding f;
        f.check = RosterCheck::kUncovered;
        f.has_employee = false;
        f.date = date;
        f.shift = shift.shift;
        const Shift& s = data_.shifts[static_cast<size_t>(shift.shift)];
        f.start = ShiftStart(s, date);
        f.end = ShiftEnd(s, date);
        Add(f, std::nullopt);
      }
    }
  }

 private:
  RosterFinding Finding(RosterCheck check, EmployeeIndex e, Date date) const {
    RosterFinding f;
    f.check = check;
    f.employee = e;
    f.date = date;
    return f;
  }

  static void SetSource(RosterFinding& f, const ShiftInstance& instance) {
    f.has_source = true;
    f.source_type = instance.change ? RecordType::kScheduleChanges : RecordType::kSchedule;
    f.source = instance.source;
  }

  RosterFinding Pair(RosterCheck check, const ShiftInstance& before, const ShiftInstance& current,
                     int64_t minutes) const {
    RosterFinding f = Finding(check, current.employee, current.date);
    f.shift = current.shift;
    f.start = current.start;
    f.end = current.end;
    f.previous_date = before.date;
    f.previous_shift = before.shift;
    f.previous_start = before.start;
    f.previous_end = before.end;
    f.previous_source_type = before.change ? RecordType::kScheduleChanges : RecordType::kSchedule;
    f.previous_source = before.source;
    f.minutes = minutes;
    SetSource(f, current);
    return f;
  }

  // "E003 2024-10-08 D": what the warned row says.
  std::string Original(const ShiftInstance& instance) const {
    return data_.employees[instance.employee].id + " " + instance.date.Iso() + " " +
           data_.shifts[static_cast<size_t>(instance.shift)].code;
  }

  Diagnostic Issue(const RosterFinding& f, std::string field, Reason reason, std::string original,
                   std::vector<std::string> args) const {
    Diagnostic d;
    d.severity = Severity::kWarning;
    d.type = f.source_type;
    d.file = data_.SourcePath(f.source.file);
    d.line = f.source.line;
    d.field = std::move(field);
    d.reason = reason;
    d.args = std::move(args);
    d.original = std::move(original);
    return d;
  }

  struct Entry {
    RosterFinding finding;
    std::optional<Diagnostic> issue;
  };
  void Add(const RosterFinding& finding, std::optional<Diagnostic> issue) {
    entries_.push_back({finding, std::move(issue)});
  }

  const Dataset& data_;
  const RosterGrid& grid_;
  std::vector<Entry> entries_;
};

}  // namespace

RosterCheckResult CheckRoster(const Dataset& data, const RosterGrid& grid,
                              const RosterCoverage& coverage) {
  Checker checker(data, grid);
  for (const RosterRow& row : grid.rows) {
    checker.NoShifts(row);
    checker.RestAndOverlap(row);
    checker.UnapprovedChanges(row);
  }
  for (EmployeeIndex e = 0; e < data.employees.size(); ++e) checker.OutsideEmployment(e);
  checker.Uncovered(coverage);
  return checker.Result();
}

}  // namespace kefu
