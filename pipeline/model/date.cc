#include "model/date.h"

#include <fmt/format.h>

#include <chrono>

namespace kefu {
namespace {

namespace chr = std::chrono;

chr::year_month_day Ymd(Date d) { return chr::year_month_day{chr::sys_days{chr::days{d.days()}}}; }

bool IsLeap(int y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }

// Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar (H. Hinnant's
// days_from_civil): every input row's date goes through here, so it avoids <chrono>'s
// general machinery.
int32_t DaysFromCivil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int32_t>(doe) - 719468;
}

}  // namespace

Date Date::FromYmd(int year, int month, int day) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1) return Date();
  int last = kDays[month - 1] + (month == 2 && IsLeap(year) ? 1 : 0);
  if (day > last) return Date();
  return Date(DaysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)));
}

Date Date::AddMonths(int months) const {
  Month target = Month::Of(*this).Plus(months);
  Date last = target.LastDay();
  int d = day() < last.day() ? day() : last.day();
  return FromYmd(target.year(), target.month(), d);
}

int Date::year() const { return static_cast<int>(Ymd(*this).year()); }
int Date::month() const { return static_cast<int>(static_cast<unsigned>(Ymd(*this).month())); }
int Date::day() const { return static_cast<int>(static_cast<unsigned>(Ymd(*this).day())); }

int Date::iso_weekday() const {
  return static_cast<int>(chr::weekday{chr::sys_days{chr::days{days_}}}.iso_encoding());
}

namespace {

// The number written by exactly `width` ASCII digits at text[pos], or -1.
int Digits(std::string_view text, size_t pos, size_t width) {
  if (pos + width > text.size()) return -1;
  int value = 0;
  for (size_t i = pos; i < pos + width; ++i) {
    if (text[i] < '0' || text[i] > '9') return -1;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

// HH:MM or HH:MM:SS at text[pos] to the end, as seconds since midnight, or -1.
int SecondsOfDay(std::string_view text, size_t pos) {
  const size_t length = text.size() - pos;
  if ((length != 5 && length != 8) || text[pos + 2] != ':') return -1;
  int hour = Digits(text, pos, 2), minute = Digits(text, pos + 3, 2), second = 0;
  if (length == 8) {
    if (text[pos + 5] != ':') return -1;
    second = Digits(text, pos + 6, 2);
  }
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return -1;
  return hour * 3600 + minute * 60 + second;
}

}  // namespace

std::optional<Date> Date::Parse(std::string_view iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  int year = Digits(iso, 0, 4), month = Digits(iso, 5, 2), day = Digits(iso, 8, 2);
  if (year < 0 || month < 0 || day < 0) return std::nullopt;
  Date date = FromYmd(year, month, day);
  if (!date.is_valid()) return std::nullopt;
  return date;
}

std::optional<Month> Month::Parse(std::string_view iso) {
  if (iso.size() != 7 || iso[4] != '-') return std::nullopt;
  int year = Digits(iso, 0, 4), month = Digits(iso, 5, 2);
  if (year < 0 || month < 1 || month > 12) return std::nullopt;
  return FromYm(year, month);
}

std::optional<Quarter> Quarter::Parse(std::string_view iso) {
  if (iso.size() != 6 || iso[4] != 'Q') return std::nullopt;
  int year = Digits(iso, 0, 4), quarter = Digits(iso, 5, 1);
  if (year < 0 || quarter < 1 || quarter > 4) return std::nullopt;
  return FromYq(year, quarter);
}

std::optional<ClockTime> ClockTime::Parse(std::string_view hhmm) {
  if (hhmm.size() != 5) return std::nullopt;
  int seconds = SecondsOfDay(hhmm, 0);
  if (seconds < 0) return std::nullopt;
  return FromMinutes(seconds / 60);
}

std::optional<DateTime> DateTime::Parse(std::string_view iso) {
  if (iso.size() < 11 || iso[10] != ' ') return std::nullopt;
  std::optional<Date> date = Date::Parse(iso.substr(0, 10));
  int seconds = SecondsOfDay(iso, 11);
  if (!date || seconds < 0) return std::nullopt;
  return At(*date, seconds);
}

std::string Date::Iso() const {
  if (!is_valid()) return "(invalid date)";
  auto ymd = Ymd(*this);
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()),
                     static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
}

std::string Month::Iso() const { return fmt::format("{:04}-{:02}", year(), month()); }

std::string Quarter::Iso() const { return fmt::format("{:04}Q{}", year(), quarter()); }

std::string ClockTime::Hhmm() const {
  return fmt::format("{:02}:{:02}", minutes_ / 60, minutes_ % 60);
}

Date DateTime::date() const {
  int64_t days = seconds_ >= 0 ? seconds_ / 86400 : -((-seconds_ + 86399) / 86400);
  return Date::FromDays(static_cast<int32_t>(days));
}

int DateTime::seconds_of_day() const {
  return static_cast<int>(seconds_ - int64_t{date().days()} * 86400);
}

std::string DateTime::Iso() const {
  int s = seconds_of_day();
  if (s % 60 == 0) return fmt::format("{} {:02}:{:02}", date().Iso(), s / 3600, s / 60 % 60);
  return fmt::format("{} {:02}:{:02}:{:02}", date().Iso(), s / 3600, s / 60 % 60, s % 60);
}

}  // namespace kefu
