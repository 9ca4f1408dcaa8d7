#include "rules/attendance/attendance.h"

#include <fmt/format.h>

#include <algorithm>

#include "model/periods.h"
#include "rules/attendance/punch_assignment.h"

namespace kefu {
namespace {

struct Interval {
  DateTime start;
  DateTime end;
};

int64_t OverlapSeconds(Interval a, Interval b) {
  DateTime s = std::max(a.start, b.start);
  DateTime e = std::min(a.end, b.end);
  return e > s ? SecondsBetween(s, e) : 0;
}

Diagnostic IssueAt(const Dataset& data, SourceRef source, RecordType type, std::string field,
                   Reason reason, std::string original) {
  Diagnostic d;
  d.severity = Severity::kWarning;
  d.type = type;
  d.file = data.SourcePath(source.file);
  d.line = source.line;
  d.field = std::move(field);
  d.reason = reason;
  d.original = std::move(original);
  return d;
}

// Evaluates one employee over the period.
class EmployeeEvaluator {
 public:
  EmployeeEvaluator(const Dataset& data, EmployeeIndex employee, DateRange period,
                    AttendanceResult& result)
      : data_(data),
        policy_(data.policy),
        employee_(employee),
        person_(data.employees[employee]),
        period_(period),
        result_(result) {}

  EmployeeAttendance Run() {
    EmployeeAttendance a;
    a.employee = employee_;
    a.days.resize(static_cast<size_t>(period_.Days()));
    for (int32_t i = 0; i < period_.Days(); ++i) {
      a.days[i].mark = Employed(period_.first.AddDays(i)) ? DayMark::kRest : DayMark::kNone;
    }

    // Neighbouring days take part in punch assignment: the night shift before the period ends
    // on its first day.
    DateRange wide{period_.first.AddDays(-1), period_.last.AddDays(1)};
    std::vector<ShiftInstance> instances = InstancesOf(data_, employee_, wide);
    std::span<const Punch> all = data_.PunchesOf(employee_);
    DateTime from = DateTime::At(wide.first, 0).PlusMinutes(-policy_.punch_window_before_minutes);
    DateTime to =
        DateTime::At(wide.last.AddDays(2), 0).PlusMinutes(policy_.punch_window_after_minutes);
    auto lo = std::lower_bound(all.begin(), all.end(), from,
                               [](const Punch& p, DateTime t) { return p.time < t; });
    auto hi =
        std::lower_bound(lo, all.end(), to, [](const Punch& p, DateTime t) { return p.time < t; });
    std::span<const Punch> punches(lo, hi);
    AssignedPunches assigned = AssignPunches(instances, punches, policy_);
    for (uint32_t p : assigned.unassigned) {
      if (!period_.Contains(punches[p].time.date())) continue;
      result_.issues.push_back(IssueAt(data_, punches[p].source, RecordType::kPunches, "time",
                                       Reason::kPunchOutsideShifts, punches[p].time.Iso()));
    }

    for (size_t i = 0; i < instances.size(); ++i) {
      const ShiftInstance& instance = instances[i];
      const bool in_period = period_.Contains(instance.date);
      if (!Employed(instance.date)) {
        if (in_period) {
          result_.issues.push_back(IssueAt(data_, instance.source, RecordType::kSchedule, "date",
                                           Reason::kScheduleOutsideEmployment,
                                           person_.id + " " + instance.date.Iso()));
        }
        continue;
      }
      // The days either side are evaluated too, for the login audit (was the owner on duty at a
      // login just after midnight?), and counted nowhere.
      counting_ = in_period;
      EmployeeAttendance uncounted;
      Evaluate(instance, punches, assigned.by_instance[i], in_period ? a : uncounted);
    }
    counting_ = true;
    // TODO(issue 16): count the approved punch corrections (补卡) used in the period, once the
    // punch_corrections records exist (rules.md "Punch corrections"); none can be used until then.
    a.corrections = 0;

    for (const ScheduleChange* change : ChangesIn(data_, employee_, period_)) {
      if (IsApprovedChange(*change)) continue;
      ++a.unapproved_changes;
      AttendanceException ex = Exception(change->date, ExceptionKind::kUnapprovedChange);
      ex.change = change;
      if (change->to_shift != kRestDay) ex.shift = change->to_shift;
      result_.exceptions.push_back(std::move(ex));
    }
    for (const Discipline& d : data_.DisciplineOf(employee_)) {
      if (d.severity != DisciplineSeverity::kSeriousWarning || !period_.Contains(d.date)) continue;
      a.bonus_withheld = true;
      AttendanceException ex = Exception(d.date, ExceptionKind::kBonusWithheld);
      ex.discipline = &d;
      result_.exceptions.push_back(std::move(ex));
    }
    return a;
  }

 private:
  bool Employed(Date day) const {
    if (day < person_.hire_date) return false;
    return !(person_.left && person_.left_date.is_valid() && day > person_.left_date);
  }

  AttendanceException Exception(Date date, ExceptionKind kind) const {
    AttendanceException ex;
    ex.employee = employee_;
    ex.date = date;
    ex.kind = kind;
    return ex;
  }

  void Mark(EmployeeAttendance& a, Date date, DayMark mark, LeaveType leave_type) {
    if (!counting_) return;
    DayStatus& day = a.days[static_cast<size_t>(DaysBetween(period_.first, date))];
    if (mark > day.mark || day.mark == DayMark::kRest) {
      day.mark = mark;
      day.leave_type = leave_type;
    }
  }

  void Evaluate(const ShiftInstance& instance, std::span<const Punch> punches,
                std::span<const uint32_t> indexes, EmployeeAttendance& a) {
    const Shift& shift = data_.shifts[instance.shift];
    const Interval span{instance.start, instance.end};
    ++a.scheduled_shifts;
    result_.instances.push_back({instance});
    outcome_ = &result_.instances.back();

    // Leave (approved excuses, unapproved is only counted) and business trips.
    const Leave* whole = nullptr;
    const Leave* first_leave = nullptr;
    const Leave* unapproved = nullptr;
    std::vector<const Leave*> partial;
    for (const Leave& leave : data_.LeavesOf(employee_)) {
      if (OverlapSeconds(span, {leave.start, leave.end}) == 0) continue;
      if (!leave.approved()) {
        if (!unapproved) unapproved = &leave;
        continue;
      }
      if (!first_leave) first_leave = &leave;
      if (leave.start <= instance.start && leave.end >= instance.end) {
        if (!whole) whole = &leave;
      } else {
        partial.push_back(&leave);
      }
    }
    if (unapproved) {
      ++a.unapproved_leave;
      AttendanceException ex = Exception(instance.date, ExceptionKind::kUnapprovedLeave);
      ex.shift = instance.shift;
      ex.leave = unapproved;
      if (counting_) result_.exceptions.push_back(std::move(ex));
    }
    if (whole) {
      // rules.md: leave covering a whole instance counts the instance's paid hours.
      a.leave_minutes[static_cast<int>(whole->type)] += shift.PaidMinutes();
      Mark(a, instance.date, DayMark::kLeave, whole->type);
      if (whole->type == LeaveType::kBusinessTrip) {
        Worked(instance, shift, a);
        a.worked_seconds += int64_t{shift.PaidMinutes()} * 60;
      } else {
        outcome_->leave = whole;
      }
      return;
    }
    if (CoveredTogether(instance, shift, partial, a)) return;

    // Partial leave counts its overlap and moves the expected start or end to its edge. Partial
    // 公出 does the same (its overlap counts as 公出, not as leave hours): it excuses its side,
    // and with no punch at all the instance is absent, as with partial leave.
    DateTime expected_start = instance.start;
    DateTime expected_end = instance.end;
    std::sort(partial.begin(), partial.end(),
              [](const Leave* x, const Leave* y) { return x->start < y->start; });
    int64_t trip_seconds = 0;  // partial 公出: worked time (outputs.md worked_hours)
    for (const Leave* leave : partial) {
      const int64_t overlap = OverlapSeconds(span, {leave->start, leave->end});
      a.leave_minutes[static_cast<int>(leave->type)] += overlap / 60;
      if (leave->type == LeaveType::kBusinessTrip) trip_seconds += overlap;
      if (leave->start <= expected_start && leave->end > expected_start)
        expected_start = leave->end;
    }
    for (auto it = partial.rbegin(); it != partial.rend(); ++it) {
      const Leave* leave = *it;
      if (leave->end >= expected_end && leave->start < expected_end) expected_end = leave->start;
    }
    const bool start_excused = expected_start > instance.start;
    const bool end_excused = expected_end < instance.end;
    const LeaveType partial_type = partial.empty() ? LeaveType::kPersonal : partial.front()->type;

    std::vector<DateTime> evidence;
    for (uint32_t p : indexes) evidence.push_back(punches[p].time);
    auto exception = [&](ExceptionKind kind, int minutes) {
      AttendanceException ex = Exception(instance.date, kind);
      ex.minutes = minutes;
      ex.shift = instance.shift;
      ex.expected_start = expected_start;
      ex.expected_end = expected_end;
      ex.punches = evidence;
      ex.leave = first_leave;
      ex.change = instance.change;
      if (counting_) result_.exceptions.push_back(std::move(ex));
    };

    if (indexes.empty()) {
      outcome_->absent = true;
      ++a.absent_shifts;
      exception(ExceptionKind::kAbsent, 0);
      Mark(a, instance.date, DayMark::kAbsent, partial_type);
      return;
    }
    // A single punch is clock-in or clock-out by its distance to the expected start and end
    // (moved by partial leave), not the scheduled ones.
    ClockPair clock = ClockInOut(expected_start, expected_end, punches, indexes);
    const int64_t grace = int64_t{policy_.grace_minutes} * 60;
    const int64_t absent_after = int64_t{policy_.absent_after_minutes} * 60;
    int64_t late = clock.in ? SecondsBetween(expected_start, *clock.in) : 0;
    int64_t early = clock.out ? SecondsBetween(*clock.out, expected_end) : 0;
    if (late > absent_after || early > absent_after) {
      outcome_->absent = true;
      ++a.absent_shifts;
      bool by_late = late > absent_after;
      exception(by_late ? ExceptionKind::kAbsentLate : ExceptionKind::kAbsentEarly,
                static_cast<int>((by_late ? late : early) / 60));
      Mark(a, instance.date, DayMark::kAbsent, partial_type);
      return;
    }
    DayMark mark = partial.empty() ? DayMark::kPresent : DayMark::kLeave;
    if (late > grace) {
      ++a.late_count;
      a.late_minutes += static_cast<int>(late / 60);
      exception(ExceptionKind::kLate, static_cast<int>(late / 60));
      mark = std::max(mark, DayMark::kLate);
    }
    if (early > 0) {
      ++a.early_count;
      a.early_minutes += static_cast<int>(early / 60);
      exception(ExceptionKind::kEarly, static_cast<int>(early / 60));
      mark = std::max(mark, DayMark::kEarly);
    }
    bool missing_in = !clock.in && !start_excused;
    bool missing_out = !clock.out && !end_excused;
    if (missing_in || missing_out) {
      ++a.missing_punches;
      exception(missing_in ? ExceptionKind::kMissingIn : ExceptionKind::kMissingOut, 0);
      mark = std::max(mark, DayMark::kMissing);
    }
    Mark(a, instance.date, mark, partial_type);
    Worked(instance, shift, a);
    // outputs.md worked_hours: the time between clock-in and clock-out inside the instance, less
    // its break (a missing punch measures nothing), plus a partial 公出's hours. A punch taken
    // during the 公出 is not deducted from it: the clock shows the person at the desk.
    if (clock.in && clock.out) {
      const DateTime from = std::max(*clock.in, instance.start);
      const DateTime to = std::min(*clock.out, instance.end);
      const int64_t inside = to > from ? SecondsBetween(from, to) : 0;
      a.worked_seconds += std::max<int64_t>(0, inside - int64_t{shift.break_minutes} * 60);
    }
    a.worked_seconds += trip_seconds;
  }

  // Several approved leaves that together cover the whole instance (say 调休 08:00–12:00 and
  // 事假 12:00–17:00 on 08:00–17:00) count as whole-instance leave: nothing is absent or missing
  // and the instance's paid hours are leave. The paid hours are split by time: each moment of
  // the instance belongs to the earliest-starting leave that covers it, each leave gets its
  // share of the paid minutes (rounded down) and the minutes left over go to the first leave by
  // start, so the parts add up to the paid hours exactly. Only when every covering part is 公出
  // is the instance worked (all of its paid hours as 公出); otherwise it is leave, and any 公出
  // part still counts its share as 公出 (not as leave hours). `leaves` are the approved leaves
  // overlapping the instance that do not cover it alone. Returns false when they leave a gap.
  bool CoveredTogether(const ShiftInstance& instance, const Shift& shift,
                       std::vector<const Leave*> leaves, EmployeeAttendance& a) {
    if (leaves.size() < 2) return false;
    std::stable_sort(leaves.begin(), leaves.end(),
                     [](const Leave* x, const Leave* y) { return x->start < y->start; });
    std::vector<int64_t> portion(leaves.size(), 0);
    DateTime covered_to = instance.start;
    for (size_t i = 0; i < leaves.size(); ++i) {
      if (leaves[i]->start > covered_to) return false;  // a gap before this leave
      DateTime to = std::min(leaves[i]->end, instance.end);
      if (to > covered_to) {
        portion[i] = SecondsBetween(covered_to, to);
        covered_to = to;
      }
      if (covered_to >= instance.end) break;
    }
    if (covered_to < instance.end) return false;

    const int64_t paid = shift.PaidMinutes();
    const int64_t length = SecondsBetween(instance.start, instance.end);
    bool all_trips = true;
    const Leave* mark_leave = nullptr;
    for (size_t i = 0; i < leaves.size(); ++i) {
      if (portion[i] == 0) continue;
      if (leaves[i]->type != LeaveType::kBusinessTrip) {
        all_trips = false;
        if (!mark_leave) mark_leave = leaves[i];
      }
    }
    if (all_trips) {
      a.leave_minutes[static_cast<int>(LeaveType::kBusinessTrip)] += paid;
      Mark(a, instance.date, DayMark::kLeave, LeaveType::kBusinessTrip);
      Worked(instance, shift, a);
      a.worked_seconds += paid * 60;
      return true;
    }
    int64_t given = 0;
    for (size_t i = 0; i < leaves.size(); ++i) {
      const int64_t share = length > 0 ? paid * portion[i] / length : 0;
      a.leave_minutes[static_cast<int>(leaves[i]->type)] += share;
      given += share;
    }
    a.leave_minutes[static_cast<int>(leaves.front()->type)] += paid - given;
    Mark(a, instance.date, DayMark::kLeave, mark_leave->type);
    outcome_->leave = mark_leave;
    return true;
  }

  void Worked(const ShiftInstance& instance, const Shift& shift, EmployeeAttendance& a) {
    outcome_->worked = true;
    ++a.worked_shifts;
    if (IsNightShift(shift, policy_)) ++a.night_shifts;
    if (data_.calendar.IsStatutory(instance.date)) a.statutory_minutes += shift.PaidMinutes();
    if (data_.calendar.IsOtherHoliday(instance.date)) a.holiday_minutes += shift.PaidMinutes();
  }

  const Dataset& data_;
  const Policy& policy_;
  EmployeeIndex employee_;
  const Employee& person_;
  DateRange period_;
  AttendanceResult& result_;
  bool counting_ = true;                // false for the instances either side of the period
  InstanceOutcome* outcome_ = nullptr;  // the instance being evaluated
};

}  // namespace

int64_t EmployeeAttendance::LeaveMinutes() const {
  int64_t total = 0;
  for (int t = 0; t < kLeaveTypeCount; ++t) {
    if (static_cast<LeaveType>(t) != LeaveType::kBusinessTrip) total += leave_minutes[t];
  }
  return total;
}

bool ActiveIn(const Employee& e, DateRange period) {
  if (e.hire_date > period.last) return false;
  if (e.left && !e.left_date.is_valid()) return false;  // left without a date counts as left
  return !(e.left && e.left_date < period.first);
}

AttendanceResult ComputeAttendance(const Dataset& data, Month month) {
  AttendanceResult result;
  result.month = month;
  result.period = AttendancePeriod(month, data.policy);
  for (EmployeeIndex e = 0; e < data.employees.size(); ++e) {
    if (!ActiveIn(data.employees[e], result.period)) continue;
    EmployeeEvaluator evaluator(data, e, result.period, result);
    result.employees.push_back(evaluator.Run());
  }
  std::stable_sort(result.exceptions.begin(), result.exceptions.end(),
                   [](const AttendanceException& a, const AttendanceException& b) {
                     return std::tie(a.employee, a.date, a.kind) <
                            std::tie(b.employee, b.date, b.kind);
                   });
  std::stable_sort(result.instances.begin(), result.instances.end(),
                   [](const InstanceOutcome& a, const InstanceOutcome& b) {
                     return std::tie(a.instance.employee, a.instance.start) <
                            std::tie(b.instance.employee, b.instance.start);
                   });
  return result;
}

std::string HoursText(int64_t minutes) {
  int64_t tenths = (minutes * 10 + 30) / 60;
  return fmt::format("{}.{}", tenths / 10, tenths % 10);
}

std::string HoursTextFromSeconds(int64_t seconds) {
  int64_t tenths = (seconds + 180) / 360;
  return fmt::format("{}.{}", tenths / 10, tenths % 10);
}

double HoursFromSeconds(int64_t seconds) {
  return static_cast<double>((seconds + 180) / 360) / 10.0;
}

}  // namespace kefu
