#include "ingest/field_parsers.h"

#include <array>
#include <charconv>
#include <cstring>

#include "base/ascii.h"

namespace kefu {
namespace {

constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";

bool IsAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Reads 1..max_digits digits at text[pos]; advances pos.
std::optional<int> ReadNumber(std::string_view text, size_t& pos, size_t min_digits,
                              size_t max_digits) {
  size_t start = pos;
  int value = 0;
  while (pos < text.size() && IsDigit(text[pos]) && pos - start < max_digits) {
    value = value * 10 + (text[pos] - '0');
    ++pos;
  }
  size_t digits = pos - start;
  if (digits < min_digits) return std::nullopt;
  if (pos < text.size() && IsDigit(text[pos])) return std::nullopt;  // too many digits
  return value;
}

template <size_t N>
bool IsOneOf(std::string_view text, const std::array<std::string_view, N>& words) {
  for (std::string_view w : words) {
    if (EqualsIgnoreAsciiCase(text, w)) return true;
  }
  return false;
}

constexpr std::array<std::string_view, 7> kTrueWords = {"1", "true", "yes", "y", "是", "✓", "√"};
constexpr std::array<std::string_view, 7> kFalseWords = {"0", "false", "no", "n", "否", "×", "x"};

}  // namespace

std::string_view TrimField(std::string_view text) {
  for (;;) {
    if (!text.empty() && IsAsciiSpace(text.front())) {
      text.remove_prefix(1);
    } else if (text.starts_with(kIdeographicSpace)) {
      text.remove_prefix(kIdeographicSpace.size());
    } else {
      break;
    }
  }
  for (;;) {
    if (!text.empty() && IsAsciiSpace(text.back())) {
      text.remove_suffix(1);
    } else if (text.ends_with(kIdeographicSpace)) {
      text.remove_suffix(kIdeographicSpace.size());
    } else {
      break;
    }
  }
  return text;
}

namespace {

struct Ymd {
  int year = 0, month = 0, day = 0;
};

struct YearMonthText {
  int year = 0, month = 0;
  char separator = 0;
};

// Reads four digits of year, a separator (- / or .) and one or two digits of month at
// text[pos]; pos is left after the month.
std::optional<YearMonthText> ReadYearMonthAt(std::string_view text, size_t& pos) {
  std::optional<int> year = ReadNumber(text, pos, 4, 4);
  if (!year || pos >= text.size()) return std::nullopt;
  char sep = text[pos];
  if (sep != '-' && sep != '/' && sep != '.') return std::nullopt;
  ++pos;
  std::optional<int> month = ReadNumber(text, pos, 1, 2);
  if (!month) return std::nullopt;
  return YearMonthText{*year, *month, sep};
}

// Reads a date as written at text[pos] — four digits of year, then month and day after one
// separator used throughout — without checking that it exists; pos is left after it.
std::optional<Ymd> ReadDateAt(std::string_view text, size_t& pos) {
  std::optional<YearMonthText> ym = ReadYearMonthAt(text, pos);
  if (!ym || pos >= text.size() || text[pos] != ym->separator) return std::nullopt;
  ++pos;
  std::optional<int> day = ReadNumber(text, pos, 1, 2);
  if (!day) return std::nullopt;
  return Ymd{ym->year, ym->month, *day};
}

bool YearInRange(int year) { return year >= 1900 && year <= 2099; }

// Parses a date at the start of text; pos is left after it.
std::optional<Date> ParseDatePrefix(std::string_view text, size_t& pos) {
  // The common export form 2023-06-05 first, by fixed positions.
  if (pos == 0 && text.size() >= 10 && text[4] == '-' && text[7] == '-' &&
      (text.size() == 10 || !IsDigit(text[10]))) {
    const char* t = text.data();
    bool digits = IsDigit(t[0]) && IsDigit(t[1]) && IsDigit(t[2]) && IsDigit(t[3]) &&
                  IsDigit(t[5]) && IsDigit(t[6]) && IsDigit(t[8]) && IsDigit(t[9]);
    if (digits) {
      int y = (t[0] - '0') * 1000 + (t[1] - '0') * 100 + (t[2] - '0') * 10 + (t[3] - '0');
      int m = (t[5] - '0') * 10 + (t[6] - '0');
      int d = (t[8] - '0') * 10 + (t[9] - '0');
      if (!YearInRange(y)) return std::nullopt;
      Date date = Date::FromYmd(y, m, d);
      if (!date.is_valid()) return std::nullopt;
      pos = 10;
      return date;
    }
  }
  std::optional<Ymd> ymd = ReadDateAt(text, pos);
  if (!ymd || !YearInRange(ymd->year)) return std::nullopt;
  Date date = Date::FromYmd(ymd->year, ymd->month, ymd->day);
  if (!date.is_valid()) return std::nullopt;
  return date;
}

struct Hms {
  int hour = 0, minute = 0, second = 0;
  bool InRange() const { return hour <= 23 && minute <= 59 && second <= 59; }
};

// Reads a clock time as written at text[pos] (H:MM, HH:MM or HH:MM:SS) without checking its
// range; pos is left after it.
std::optional<Hms> ReadClockAt(std::string_view text, size_t& pos) {
  std::optional<int> hour = ReadNumber(text, pos, 1, 2);
  if (!hour || pos >= text.size() || text[pos] != ':') return std::nullopt;
  ++pos;
  std::optional<int> minute = ReadNumber(text, pos, 2, 2);
  if (!minute) return std::nullopt;
  int second = 0;
  if (pos < text.size() && text[pos] == ':') {
    ++pos;
    std::optional<int> s = ReadNumber(text, pos, 2, 2);
    if (!s) return std::nullopt;
    second = *s;
  }
  return Hms{*hour, *minute, second};
}

std::optional<int> ParseClockSecondsAt(std::string_view text, size_t& pos) {
  std::optional<Hms> hms = ReadClockAt(text, pos);
  if (!hms || !hms->InRange()) return std::nullopt;
  return hms->hour * 3600 + hms->minute * 60 + hms->second;
}

// Skips the separator between a date and a clock time: spaces, 'T', or spaces then 'T'.
bool SkipDateTimeSeparator(std::string_view text, size_t& pos) {
  if (pos >= text.size() || (text[pos] != ' ' && text[pos] != 'T')) return false;
  while (pos < text.size() && text[pos] == ' ') ++pos;
  if (pos < text.size() && text[pos] == 'T') ++pos;
  return true;
}

// What is wrong with a date that is written as one.
TimeTextError DateError(const Ymd& ymd) {
  if (!YearInRange(ymd.year)) return TimeTextError::kYearRange;
  if (!Date::FromYmd(ymd.year, ymd.month, ymd.day).is_valid()) return TimeTextError::kNoSuchDay;
  return TimeTextError::kNone;
}

}  // namespace

std::optional<Date> ParseDate(std::string_view text) {
  size_t pos = 0;
  std::optional<Date> date = ParseDatePrefix(text, pos);
  if (!date || pos != text.size()) return std::nullopt;
  return date;
}

std::optional<Date> ParseLeadingDate(std::string_view text) {
  size_t pos = 0;
  std::optional<Date> date = ParseDatePrefix(text, pos);
  if (!date || (pos != text.size() && text[pos] != ' ' && text[pos] != 'T')) return std::nullopt;
  return date;
}

std::optional<int> ParseClockSeconds(std::string_view text) {
  size_t pos = 0;
  std::optional<int> seconds = ParseClockSecondsAt(text, pos);
  if (!seconds || pos != text.size()) return std::nullopt;
  return seconds;
}

std::optional<ClockTime> ParseClock(std::string_view text) {
  std::optional<int> seconds = ParseClockSeconds(text);
  if (!seconds || *seconds % 60 != 0) return std::nullopt;
  return ClockTime::FromMinutes(*seconds / 60);
}

std::optional<DateTime> ParseDateTime(std::string_view text) {
  size_t pos = 0;
  std::optional<Date> date = ParseDatePrefix(text, pos);
  if (!date || !SkipDateTimeSeparator(text, pos)) return std::nullopt;
  std::optional<int> seconds = ParseClockSecondsAt(text, pos);
  if (!seconds || pos != text.size()) return std::nullopt;
  return DateTime::At(*date, *seconds);
}

TimeTextError WhyNotDate(std::string_view text) {
  size_t pos = 0;
  std::optional<Ymd> ymd = ReadDateAt(text, pos);
  if (!ymd || pos != text.size()) return TimeTextError::kFormat;
  return DateError(*ymd);
}

TimeTextError WhyNotDateTime(std::string_view text) {
  size_t pos = 0;
  std::optional<Ymd> ymd = ReadDateAt(text, pos);
  if (!ymd || !SkipDateTimeSeparator(text, pos)) return TimeTextError::kFormat;
  std::optional<Hms> hms = ReadClockAt(text, pos);
  if (!hms || pos != text.size()) return TimeTextError::kFormat;
  if (TimeTextError e = DateError(*ymd); e != TimeTextError::kNone) return e;
  return hms->InRange() ? TimeTextError::kNone : TimeTextError::kNoSuchTime;
}

TimeTextError WhyNotClockSeconds(std::string_view text) {
  size_t pos = 0;
  std::optional<Hms> hms = ReadClockAt(text, pos);
  if (!hms || pos != text.size()) return TimeTextError::kFormat;
  return hms->InRange() ? TimeTextError::kNone : TimeTextError::kNoSuchTime;
}

TimeTextError WhyNotClock(std::string_view text) {
  TimeTextError error = WhyNotClockSeconds(text);
  if (error != TimeTextError::kNone) return error;
  // A shift's start and end have no seconds.
  return *ParseClockSeconds(text) % 60 == 0 ? TimeTextError::kNone : TimeTextError::kFormat;
}

std::optional<Month> ParseMonth(std::string_view text) {
  size_t pos = 0;
  std::optional<YearMonthText> ym = ReadYearMonthAt(text, pos);
  if (!ym || pos != text.size() || ym->month < 1 || ym->month > 12) return std::nullopt;
  if (!YearInRange(ym->year)) return std::nullopt;
  return Month::FromYm(ym->year, ym->month);
}

std::optional<Quarter> ParseQuarter(std::string_view text) {
  size_t pos = 0;
  std::optional<int> year = ReadNumber(text, pos, 4, 4);
  if (!year || *year < 1900 || *year > 2099) return std::nullopt;
  std::string_view rest = text.substr(pos);
  int quarter = 0;
  if (rest.size() == 2 && (rest[0] == 'Q' || rest[0] == 'q')) {
    quarter = rest[1] - '0';
  } else if (rest.size() == 3 && rest[0] == '-' && (rest[1] == 'Q' || rest[1] == 'q')) {
    quarter = rest[2] - '0';
  } else if (rest.starts_with("年第") && rest.ends_with("季度") &&
             rest.size() == std::string_view("年第").size() + 1 + std::string_view("季度").size()) {
    quarter = rest[std::string_view("年第").size()] - '0';
  } else {
    return std::nullopt;
  }
  if (quarter < 1 || quarter > 4) return std::nullopt;
  return Quarter::FromYq(*year, quarter);
}

std::optional<bool> ParseBool(std::string_view text) {
  if (text.empty()) return false;
  if (IsOneOf(text, kTrueWords)) return true;
  if (IsOneOf(text, kFalseWords)) return false;
  return std::nullopt;
}

bool IsFalseWord(std::string_view text) { return IsOneOf(text, kFalseWords); }

std::optional<int64_t> ParseCount(std::string_view text) {
  if (text.empty() || text.size() > 18) return std::nullopt;
  int64_t value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || ptr != text.data() + text.size() || !IsDigit(text[0])) {
    return std::nullopt;
  }
  return value;
}

std::optional<int> ParseTenths(std::string_view text) {
  bool negative = false;
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
    negative = text[0] == '-';
    text.remove_prefix(1);
  }
  size_t pos = 0;
  std::optional<int> whole = ReadNumber(text, pos, 1, 6);
  if (!whole) return std::nullopt;
  int tenths = *whole * 10;
  if (pos < text.size()) {
    if (text[pos] != '.') return std::nullopt;
    ++pos;
    if (pos >= text.size() || !IsDigit(text[pos])) return std::nullopt;
    tenths += text[pos] - '0';
    ++pos;
    // More decimals are accepted only as trailing zeros ("85.50").
    while (pos < text.size() && text[pos] == '0') ++pos;
    if (pos != text.size()) return std::nullopt;
  }
  return negative ? -tenths : tenths;
}

std::optional<Grade> ParseGrade(std::string_view text) {
  if (text.size() == 1) {
    switch (AsciiLower(text[0])) {
      case 'p':
        return Grade::kP;
      case 'j':
        return Grade::kJ;
      case 'm':
        return Grade::kM;
      case 's':
        return Grade::kS;
      case 'r':
        return Grade::kR;
      default:
        return std::nullopt;
    }
  }
  // The Chinese names, with or without 客服 before or after them.
  std::string_view name = text;
  constexpr std::string_view kAgent = "客服";
  if (name.starts_with("新客服")) name.remove_prefix(std::string_view("新客服").size());
  if (name.starts_with(kAgent)) name.remove_prefix(kAgent.size());
  if (name.ends_with(kAgent)) name.remove_suffix(kAgent.size());
  if (name == "试用" || name == "(试用)" || name == "（试用）") return Grade::kP;
  if (name == "初级") return Grade::kJ;
  if (name == "中级") return Grade::kM;
  if (name == "高级") return Grade::kS;
  if (name == "储备主管" || name == "储备") return Grade::kR;
  return std::nullopt;
}

std::optional<QuarterGrade> ParseQuarterGrade(std::string_view text) {
  if (text.size() != 1) return std::nullopt;
  switch (text[0]) {
    case 'A':
    case 'a':
      return QuarterGrade::kA;
    case 'B':
    case 'b':
      return QuarterGrade::kB;
    case 'C':
    case 'c':
      return QuarterGrade::kC;
    case 'D':
    case 'd':
      return QuarterGrade::kD;
    default:
      return std::nullopt;
  }
}

bool IsSafeEmployeeId(std::string_view text) {
  if (text.empty() || text.size() > 32) return false;
  for (char c : text) {
    bool ok =
        IsDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '_';
    if (!ok) return false;
  }
  return true;
}

bool IsCleanText(std::string_view text) {
  // Eight bytes at a time: a word with no byte below 0x20 and none equal to 0x7F is clean
  // (bytes of 0x80 and above, UTF-8's, never look like either).
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  constexpr uint64_t kHighs = 0x8080808080808080ULL;
  size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    uint64_t x;
    std::memcpy(&x, text.data() + i, 8);
    uint64_t below_space = (x - kOnes * 0x20) & ~x & kHighs;
    uint64_t y = x ^ (kOnes * 0x7F);
    uint64_t is_del = (y - kOnes) & ~y & kHighs;
    if (below_space | is_del) break;
  }
  for (; i < text.size(); ++i) {
    auto u = static_cast<unsigned char>(text[i]);
    if (u < 0x20 && u != '\t' && u != '\r' && u != '\n') return false;
    if (u == 0x7F) return false;
  }
  return true;
}

bool IsRestDayCode(std::string_view text) {
  return text == "休" || EqualsIgnoreAsciiCase(text, "OFF");
}

}  // namespace kefu
