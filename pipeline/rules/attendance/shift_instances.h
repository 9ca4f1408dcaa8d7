// Shift instances (rules.md "Attendance"): a scheduled shift on a date with the approved and
// unapproved schedule changes applied. An instance starts at date + start and ends at
// date + end, the next day when end ≤ start, so a night shift belongs to the day it starts.
#pragma once

#include <span>
#include <vector>

#include "model/dataset.h"

namespace kefu {

struct ShiftInstance {
  EmployeeIndex employee = 0;
  Date date;  // the day it starts
  ShiftIndex shift = 0;
  DateTime start;
  DateTime end;
  // The schedule change that produced (or moved) this instance, if any.
  const ScheduleChange* change = nullptr;
  SourceRef source;  // the schedule entry, or the change when there is none
};

// A schedule change counts as approved (篇5 1.1.5) when it names an approver and was approved
// before the day it changes.
bool IsApprovedChange(const ScheduleChange& change);

// The start and end of `shift` on `date`.
DateTime ShiftStart(const Shift& shift, Date date);
DateTime ShiftEnd(const Shift& shift, Date date);

// Whether a shift counts as a night shift under the policy's night-shift rule.
bool IsNightShift(const Shift& shift, const Policy& policy);

// The instances of `employee` whose date lies in `days`, in date order: the schedule's entries
// with each day's change applied (a change to 休 removes the day's instance; a change on a day
// without an entry adds one).
std::vector<ShiftInstance> InstancesOf(const Dataset& data, EmployeeIndex employee, DateRange days);

// The schedule changes of `employee` dated in `days`.
std::vector<const ScheduleChange*> ChangesIn(const Dataset& data, EmployeeIndex employee,
                                             DateRange days);

}  // namespace kefu
