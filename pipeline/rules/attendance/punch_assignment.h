// Punches to shift instances (rules.md "Attendance"): a punch belongs to the instance whose
// window [start − before, end + after] (policy) contains it; where windows overlap, to the
// instance whose start or end is nearest to it (so a night shift's end does not steal the
// next morning's clock-in).
#pragma once

#include <optional>
#include <span>
#include <vector>

#include "model/policy.h"
#include "model/records.h"
#include "rules/attendance/shift_instances.h"

namespace kefu {

struct AssignedPunches {
  // Per instance (same order as given): indexes into the punch span, in time order.
  std::vector<std::vector<uint32_t>> by_instance;
  // Punches that fall in no instance's window.
  std::vector<uint32_t> unassigned;
};

// `instances` in start order; `punches` of the same employee in time order.
AssignedPunches AssignPunches(std::span<const ShiftInstance> instances,
                              std::span<const Punch> punches, const Policy& policy);

// Clock-in and clock-out of an instance from its punches: the earliest and the latest; a
// single punch is whichever of the two it is nearer to (a tie counts as clock-in).
struct ClockPair {
  std::optional<DateTime> in;
  std::optional<DateTime> out;
};
// Nearer to `start` or `end`: attendance passes the expected start and end (moved by partial
// leave); the instance form uses the scheduled ones (the handover audit).
ClockPair ClockInOut(DateTime start, DateTime end, std::span<const Punch> punches,
                     std::span<const uint32_t> indexes);
ClockPair ClockInOut(const ShiftInstance& instance, std::span<const Punch> punches,
                     std::span<const uint32_t> indexes);

}  // namespace kefu
