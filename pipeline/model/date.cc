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
