#include "ingest/xlsx_number_format.h"

#include <charconv>
#include <cmath>

#include "base/ascii.h"
#include "model/date.h"

namespace kefu {
namespace {

// Days from 1970-01-01 back to the day before each system's serial 1 (serial 0).
constexpr int32_t k1900Serial0 = -25568;  // 1899-12-31
constexpr int32_t k1904Serial0 = -24107;  // 1904-01-01 is serial 0 itself
constexpr int64_t kSecondsPerDay = 86400;

bool StartsWithIgnoreCase(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() &&
         EqualsIgnoreAsciiCase(text.substr(0, prefix.size()), prefix);
}

// "[h]", "[hh]", "[mm]", "[ss]": elapsed time.
bool IsElapsedToken(std::string_view inside) {
  if (inside.empty()) return false;
  char first = AsciiLower(inside[0]);
  if (first != 'h' && first != 'm' && first != 's') return false;
  for (char c : inside) {
    if (AsciiLower(c) != first) return false;
  }
  return true;
}

void AppendPadded(int value, int width, std::string* out) {
  char buffer[16];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof(buffer), value);
  for (int pad = width - static_cast<int>(end - buffer); pad > 0; --pad) out->push_back('0');
  out->append(buffer, end);
}

void AppendClock(int64_t seconds, std::string* out) {
  AppendPadded(static_cast<int>(seconds / 3600), 2, out);
  out->push_back(':');
  AppendPadded(static_cast<int>(seconds / 60 % 60), 2, out);
  out->push_back(':');
  AppendPadded(static_cast<int>(seconds % 60), 2, out);
}

// Appends the date of a whole serial; false when Excel cannot show it as one.
bool AppendSerialDate(int64_t serial, DateSystem system, std::string* out) {
  if (system == DateSystem::k1900) {
    if (serial < 1) return false;
    if (serial == 60) {
      // Lotus 1-2-3's leap-year bug, kept by Excel: serial 60 is a day that never was.
      out->append("1900-02-29");
      return true;
    }
  } else if (serial < 0) {
    return false;
  }
  // In the 1900 system, serials from 61 on are one day behind the count because of the phantom
  // 1900-02-29.
  int64_t days = system == DateSystem::k1900 ? k1900Serial0 + serial - (serial > 60 ? 1 : 0)
                                             : k1904Serial0 + serial;
  if (days > INT32_MAX / 2) return false;
  Date date = Date::FromDays(static_cast<int32_t>(days));
  if (date.year() > 9999) return false;
  AppendPadded(date.year(), 4, out);
  out->push_back('-');
  AppendPadded(date.month(), 2, out);
  out->push_back('-');
  AppendPadded(date.day(), 2, out);
  return true;
}

}  // namespace

NumberFormatKind BuiltInFormatKind(uint32_t id) {
  if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || id == 36 || (id >= 50 && id <= 54) ||
      id == 57 || id == 58) {
    return NumberFormatKind::kDate;
  }
  if ((id >= 18 && id <= 21) || id == 45 || id == 47 || (id >= 32 && id <= 35) || id == 55 ||
      id == 56) {
    return NumberFormatKind::kTime;
  }
  if (id == 22) return NumberFormatKind::kDateTime;
  if (id == 46) return NumberFormatKind::kDuration;
  return NumberFormatKind::kNumber;
}

NumberFormatKind FormatCodeKind(std::string_view code) {
  bool date = false;
  bool time = false;
  bool month_or_minute = false;
  bool elapsed = false;
  for (size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == '"') {
      size_t close = code.find('"', i + 1);
      if (close == std::string_view::npos) break;
      i = close;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;  // an escaped character, a space as wide as it, a fill character
    } else if (c == '[') {
      size_t close = code.find(']', i + 1);
      if (close == std::string_view::npos) break;
      elapsed |= IsElapsedToken(code.substr(i + 1, close - i - 1));
      i = close;
    } else if (StartsWithIgnoreCase(code.substr(i), "general")) {
      i += 6;
    } else if (StartsWithIgnoreCase(code.substr(i), "am/pm")) {
      time = true;
      i += 4;
    } else if (StartsWithIgnoreCase(code.substr(i), "a/p")) {
      time = true;
      i += 2;
    } else {
      switch (AsciiLower(c)) {
        case 'y':
        case 'd':
          date = true;
          break;
        case 'h':
        case 's':
          time = true;
          break;
        case 'm':
          month_or_minute = true;
          break;
        default:
          break;
      }
    }
  }
  if (elapsed) return NumberFormatKind::kDuration;
  // m is a minute next to hours or seconds, else a month.
  if (month_or_minute && !time) date = true;
  if (date && time) return NumberFormatKind::kDateTime;
  if (date) return NumberFormatKind::kDate;
  if (time) return NumberFormatKind::kTime;
  return NumberFormatKind::kNumber;
}

bool AppendSerialText(double serial, NumberFormatKind kind, DateSystem system, std::string* out) {
  if (kind == NumberFormatKind::kNumber || !std::isfinite(serial) || serial < 0 || serial > 3.0e6) {
    return false;
  }
  // To the nearest second: 0.333333333 is 08:00:00, not 07:59:59.
  const int64_t total = std::llround(serial * kSecondsPerDay);
  const int64_t days = total / kSecondsPerDay;
  const int64_t seconds = total % kSecondsPerDay;
  const size_t mark = out->size();
  switch (kind) {
    case NumberFormatKind::kDate:
      // A fraction a hair below midnight (45171 - 1e-10, from adding a date and a time) is the
      // next day, as for a date and time.
      return AppendSerialDate(days, system, out);
    case NumberFormatKind::kTime:
      AppendClock(seconds, out);
      return true;
    case NumberFormatKind::kDateTime:
      if (!AppendSerialDate(days, system, out)) {
        out->resize(mark);
        return false;
      }
      out->push_back(' ');
      AppendClock(seconds, out);
      return true;
    case NumberFormatKind::kDuration: {
      AppendPadded(static_cast<int>(std::min<int64_t>(total / 3600, INT32_MAX)), 2, out);
      out->push_back(':');
      AppendPadded(static_cast<int>(total / 60 % 60), 2, out);
      out->push_back(':');
      AppendPadded(static_cast<int>(total % 60), 2, out);
      return true;
    }
    case NumberFormatKind::kNumber:
      break;
  }
  return false;
}

void AppendNumberText(double value, std::string* out) {
  char buffer[64];
  if (value == 0) {
    out->push_back('0');  // also -0
    return;
  }
  if (std::isfinite(value) && std::fabs(value) < 1e15 && value == std::trunc(value)) {
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof(buffer), static_cast<int64_t>(value));
    out->append(buffer, end);
    return;
  }
  // Excel's precision: 15 significant digits (0.1 + 0.2 is 0.3, as Excel shows it).
  auto [end, ec] =
      std::to_chars(buffer, buffer + sizeof(buffer), value, std::chars_format::general, 15);
  out->append(buffer, end);
}

}  // namespace kefu
