// Calendar types of the pipeline: dates, months, quarters, clock times and date-times.
//
// All of them are small integers underneath (days since 1970-01-01, months since year 0,
// seconds since the epoch) so that records stay compact and comparisons are cheap. Time zones do
// not exist here: every time in the department's records is local wall-clock time.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kefu {

// A civil date, stored as days since 1970-01-01.
class Date {
 public:
  constexpr Date() = default;
  static constexpr Date FromDays(int32_t days) { return Date(days); }
  // Returns an invalid date (is_valid() false) when the day does not exist.
  static Date FromYmd(int year, int month, int day);
  // Exactly the form Iso() writes, 2023-06-05 (four-digit year, two-digit month and day);
  // nullopt for anything else or a day that does not exist. Ingest reads the many spellings
  // of the department's exports (ingest/field_parsers.h); this is the one of kefu's own text.
  static std::optional<Date> Parse(std::string_view iso);
  // 01-31 + 1 month → 02-28 (or 02-29): the day is clamped to the month's last day.
  Date AddMonths(int months) const;
  constexpr Date AddDays(int32_t n) const { return Date(days_ + n); }

  int year() const;
  int month() const;  // 1..12
  int day() const;    // 1..31
  // 1 = Monday … 7 = Sunday (ISO 8601).
  int iso_weekday() const;
  constexpr int32_t days() const { return days_; }
  constexpr bool is_valid() const { return days_ != kInvalid; }

  // 2023-06-05.
  std::string Iso() const;

  constexpr auto operator<=>(const Date&) const = default;

 private:
  static constexpr int32_t kInvalid = INT32_MIN;
  constexpr explicit Date(int32_t days) : days_(days) {}
  int32_t days_ = kInvalid;
};

// Days from a to b (b - a).
constexpr int32_t DaysBetween(Date a, Date b) { return b.days() - a.days(); }

// A calendar month, stored as year * 12 + (month - 1).
class Month {
 public:
  constexpr Month() = default;
  static constexpr Month FromYm(int year, int month) { return Month(year * 12 + month - 1); }
  static Month Of(Date d) { return FromYm(d.year(), d.month()); }
  // Exactly the form Iso() writes, 2023-06; nullopt for anything else.
  static std::optional<Month> Parse(std::string_view iso);
  constexpr int year() const { return index_ / 12; }
  constexpr int month() const { return index_ % 12 + 1; }
  constexpr int32_t index() const { return index_; }
  constexpr Month Plus(int n) const { return Month(index_ + n); }
  Date FirstDay() const { return Date::FromYmd(year(), month(), 1); }
  Date LastDay() const { return Plus(1).FirstDay().AddDays(-1); }
  constexpr bool is_valid() const { return index_ >= 0; }
  // 2023-06.
  std::string Iso() const;
  constexpr auto operator<=>(const Month&) const = default;

 private:
  constexpr explicit Month(int32_t index) : index_(index) {}
  int32_t index_ = -1;
};

// Number of months from a to b (b - a).
constexpr int32_t MonthsBetween(Month a, Month b) { return b.index() - a.index(); }

// A calendar quarter, stored as year * 4 + (quarter - 1).
class Quarter {
 public:
  constexpr Quarter() = default;
  static constexpr Quarter FromYq(int year, int quarter) { return Quarter(year * 4 + quarter - 1); }
  static constexpr Quarter Of(Month m) { return FromYq(m.year(), (m.month() - 1) / 3 + 1); }
  // Exactly the form Iso() writes, 2023Q2; nullopt for anything else.
  static std::optional<Quarter> Parse(std::string_view iso);
  constexpr int year() const { return index_ / 4; }
  constexpr int quarter() const { return index_ % 4 + 1; }
  constexpr int32_t index() const { return index_; }
  constexpr Quarter Plus(int n) const { return Quarter(index_ + n); }
  constexpr Month FirstMonth() const { return Month::FromYm(year(), (quarter() - 1) * 3 + 1); }
  constexpr Month LastMonth() const { return FirstMonth().Plus(2); }
  Date FirstDay() const { return FirstMonth().FirstDay(); }
  Date LastDay() const { return LastMonth().LastDay(); }
  constexpr bool is_valid() const { return index_ >= 0; }
  // 2023Q2.
  std::string Iso() const;
  constexpr auto operator<=>(const Quarter&) const = default;

 private:
  constexpr explicit Quarter(int32_t index) : index_(index) {}
  int32_t index_ = -1;
};

// A wall-clock time of day in minutes since midnight (0 … 1439).
class ClockTime {
 public:
  constexpr ClockTime() = default;
  static constexpr ClockTime FromMinutes(int minutes) { return ClockTime(minutes); }
  static constexpr ClockTime FromHm(int h, int m) { return ClockTime(h * 60 + m); }
  // Exactly the form Hhmm() writes, 08:00 (00:00 … 23:59); nullopt for anything else.
  static std::optional<ClockTime> Parse(std::string_view hhmm);
  constexpr int minutes() const { return minutes_; }
  // 08:00.
  std::string Hhmm() const;
  constexpr auto operator<=>(const ClockTime&) const = default;

 private:
  constexpr explicit ClockTime(int minutes) : minutes_(minutes) {}
  int minutes_ = 0;
};

// A local date-time with second resolution, stored as seconds since 1970-01-01 00:00.
class DateTime {
 public:
  constexpr DateTime() = default;
  static constexpr DateTime FromSeconds(int64_t s) { return DateTime(s); }
  static constexpr DateTime At(Date d, ClockTime t) {
    return DateTime(int64_t{d.days()} * 86400 + int64_t{t.minutes()} * 60);
  }
  static constexpr DateTime At(Date d, int seconds_of_day) {
    return DateTime(int64_t{d.days()} * 86400 + seconds_of_day);
  }
  // Exactly the form Iso() writes, 2023-06-05 08:01 or 2023-06-05 08:01:30; nullopt for
  // anything else.
  static std::optional<DateTime> Parse(std::string_view iso);
  constexpr int64_t seconds() const { return seconds_; }
  Date date() const;
  int seconds_of_day() const;
  constexpr DateTime PlusMinutes(int64_t m) const { return DateTime(seconds_ + m * 60); }
  constexpr DateTime PlusSeconds(int64_t s) const { return DateTime(seconds_ + s); }
  // 2023-06-05 08:01 (seconds shown only when not zero).
  std::string Iso() const;
  constexpr auto operator<=>(const DateTime&) const = default;

 private:
  constexpr explicit DateTime(int64_t s) : seconds_(s) {}
  int64_t seconds_ = 0;
};

// Seconds from a to b (b - a).
constexpr int64_t SecondsBetween(DateTime a, DateTime b) { return b.seconds() - a.seconds(); }

// A closed range of dates [first, last].
struct DateRange {
  Date first;
  Date last;
  bool Contains(Date d) const { return first <= d && d <= last; }
  int32_t Days() const { return DaysBetween(first, last) + 1; }
  bool operator==(const DateRange&) const = default;
};

}  // namespace kefu
