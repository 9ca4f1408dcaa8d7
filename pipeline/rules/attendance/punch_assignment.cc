#include "rules/attendance/punch_assignment.h"

#include <cstdlib>

namespace kefu {

AssignedPunches AssignPunches(std::span<const ShiftInstance> instances,
                              std::span<const Punch> punches, const Policy& policy) {
  AssignedPunches result;
  result.by_instance.resize(instances.size());
  const int64_t before = int64_t{policy.punch_window_before_minutes} * 60;
  const int64_t after = int64_t{policy.punch_window_after_minutes} * 60;
  size_t first_candidate = 0;
  for (uint32_t p = 0; p < punches.size(); ++p) {
    const int64_t t = punches[p].time.seconds();
    // Instances whose window ended before this punch can be skipped for every later punch.
    while (first_candidate < instances.size() &&
           instances[first_candidate].end.seconds() + after < t) {
      ++first_candidate;
    }
    int best = -1;
    int64_t best_distance = 0;
    for (size_t i = first_candidate; i < instances.size(); ++i) {
      const ShiftInstance& in = instances[i];
      if (in.start.seconds() - before > t) break;  // later instances start later still
      if (in.end.seconds() + after < t) continue;
      int64_t distance =
          std::min(std::llabs(t - in.start.seconds()), std::llabs(t - in.end.seconds()));
      // Ties go to the earlier instance, so the result does not depend on anything but order.
      if (best < 0 || distance < best_distance) {
        best = static_cast<int>(i);
        best_distance = distance;
      }
    }
    if (best < 0) {
      result.unassigned.push_back(p);
    } else {
      result.by_instance[best].push_back(p);
    }
  }
  return result;
}

ClockPair ClockInOut(const ShiftInstance& instance, std::span<const Punch> punches,
                     std::span<const uint32_t> indexes) {
  return ClockInOut(instance.start, instance.end, punches, indexes);
}

ClockPair ClockInOut(DateTime start, DateTime end, std::span<const Punch> punches,
                     std::span<const uint32_t> indexes) {
  ClockPair pair;
  if (indexes.empty()) return pair;
  DateTime first = punches[indexes.front()].time;
  DateTime last = punches[indexes.back()].time;
  if (indexes.size() == 1 || first == last) {
    int64_t to_start = std::llabs(SecondsBetween(start, first));
    int64_t to_end = std::llabs(SecondsBetween(first, end));
    if (to_start <= to_end)
      pair.in = first;
    else
      pair.out = first;
    return pair;
  }
  pair.in = first;
  pair.out = last;
  return pair;
}

}  // namespace kefu
