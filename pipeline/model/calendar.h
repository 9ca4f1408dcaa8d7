// The holiday calendar: statutory holidays, moved rest days and make-up working days.
#pragma once

#include <optional>
#include <span>
#include <vector>

#include "model/records.h"

namespace kefu {

class Calendar {
 public:
  Calendar() = default;
  // `days` in any order; one entry per date (ingest has already rejected duplicates).
  explicit Calendar(std::vector<CalendarDay> days);

  // The calendar's entry for `date`, or null for an ordinary day.
  const CalendarDay* Find(Date date) const;
  bool IsStatutory(Date date) const;
  // A rest day moved by the notices (kind `holiday`, paid at 200%).
  bool IsOtherHoliday(Date date) const;
  // statutory or holiday.
  bool IsHoliday(Date date) const;
  // Monday–Friday unless marked a holiday, plus weekend days marked a make-up working day.
  bool IsWorkingDay(Date date) const;

  std::span<const CalendarDay> days() const { return days_; }

 private:
  std::vector<CalendarDay> days_;  // sorted by date
};

}  // namespace kefu
