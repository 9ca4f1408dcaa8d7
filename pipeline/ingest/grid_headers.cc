#include "ingest/grid_headers.h"

#include <array>

#include "base/ascii.h"
#include "ingest/field_parsers.h"

namespace kefu {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Reads 1 or 2 digits at `at` (no more: "2024年123月" is no month).
std::optional<int> SmallNumber(std::string_view text, size_t at, size_t* end) {
  size_t i = at;
  int value = 0;
  while (i < text.size() && IsDigit(text[i]) && i - at < 3) value = value * 10 + (text[i++] - '0');
  if (i == at || i - at > 2) return std::nullopt;
  *end = i;
  return value;
}

}  // namespace

bool IsWeekdayName(std::string_view text) {
  text = TrimField(text);
  for (std::string_view prefix : {"星期", "礼拜", "周"}) {
    if (text.starts_with(prefix)) {
      text.remove_prefix(prefix.size());
      break;
    }
  }
  for (std::string_view day : {"一", "二", "三", "四", "五", "六", "日", "天"}) {
    if (text == day) return true;
  }
  static constexpr std::array<std::string_view, 17> kEnglish = {
      "mon", "tue",    "tues",    "wed",       "thu",      "thur",   "thurs",    "fri",   "sat",
      "sun", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  std::string lower = AsciiLower(text);
  if (!lower.empty() && lower.back() == '.') lower.pop_back();
  for (std::string_view name : kEnglish) {
    if (lower == name) return true;
  }
  return false;
}

std::optional<int> DayNumberHeader(std::string_view text) {
  text = TrimField(text);
  for (std::string_view suffix : {"日", "号"}) {
    if (text.ends_with(suffix)) {
      text.remove_suffix(suffix.size());
      break;
    }
  }
  size_t end = 0;
  std::optional<int> day = SmallNumber(text, 0, &end);
  if (!day || end != text.size() || *day < 1 || *day > 31) return std::nullopt;
  return day;
}

std::optional<Month> MonthInTitle(std::string_view text) {
  for (size_t i = 0; i + 4 <= text.size(); ++i) {
    if (!IsDigit(text[i]) || (i > 0 && IsDigit(text[i - 1]))) continue;
    size_t j = i;
    int year = 0;
    while (j < text.size() && IsDigit(text[j]) && j - i < 5) year = year * 10 + (text[j++] - '0');
    if (j - i != 4 || year < 1900 || year > 2099) continue;
    std::string_view rest = text.substr(j);
    size_t skip = 0;
    if (rest.starts_with("年")) {
      skip = std::string_view("年").size();
    } else if (!rest.empty() && (rest[0] == '-' || rest[0] == '/' || rest[0] == '.')) {
      skip = 1;
    } else {
      continue;
    }
    size_t end = 0;
    std::optional<int> month = SmallNumber(text, j + skip, &end);
    if (!month || *month < 1 || *month > 12) continue;
    return Month::FromYm(year, *month);
  }
  return std::nullopt;
}

}  // namespace kefu
