#include <string>

#include "fuzz/fuzz_targets.h"
#include "ingest/field_parsers.h"

namespace kefu::fuzz {

void FuzzFieldParsers(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);

  std::string_view trimmed = TrimField(text);
  Require(
      trimmed.data() >= text.data() && trimmed.data() + trimmed.size() <= text.data() + text.size(),
      "TrimField returns a part of its text");
  Require(TrimField(trimmed) == trimmed, "TrimField is idempotent");

  std::optional<Date> date = ParseDate(text);
  Require(date.has_value() == (WhyNotDate(text) == TimeTextError::kNone), "ParseDate/WhyNotDate");
  if (date) {
    Require(date->is_valid() && date->year() >= 1900 && date->year() <= 2099, "date range");
    Require(ParseDate(date->Iso()) == date, "a date prints back to itself");
  }

  std::optional<DateTime> time = ParseDateTime(text);
  Require(time.has_value() == (WhyNotDateTime(text) == TimeTextError::kNone),
          "ParseDateTime/WhyNotDateTime");
  if (time) Require(ParseDateTime(time->Iso()) == time, "a date-time prints back to itself");

  std::optional<ClockTime> clock = ParseClock(text);
  Require(clock.has_value() == (WhyNotClock(text) == TimeTextError::kNone),
          "ParseClock/WhyNotClock");
  if (clock) {
    Require(clock->minutes() >= 0 && clock->minutes() < 24 * 60, "clock range");
    Require(ParseClock(clock->Hhmm()) == clock, "a clock time prints back to itself");
  }
  if (std::optional<int> seconds = ParseClockSeconds(text)) {
    Require(*seconds >= 0 && *seconds < 86400, "seconds of the day");
  }

  if (std::optional<Month> month = ParseMonth(text)) {
    Require(ParseMonth(month->Iso()) == month, "a month prints back to itself");
  }
  if (std::optional<Quarter> quarter = ParseQuarter(text)) {
    Require(ParseQuarter(quarter->Iso()) == quarter, "a quarter prints back to itself");
  }
  if (std::optional<int> tenths = ParseTenths(text)) {
    Require(*tenths >= -9999999 && *tenths <= 9999999, "tenths range");
  }
  if (std::optional<int64_t> count = ParseCount(text)) Require(*count >= 0, "a count is >= 0");
  if (std::optional<bool> value = ParseBool(text); value && IsFalseWord(text)) {
    Require(!*value, "a false word is false");
  }
  ParseGrade(text);
  ParseQuarterGrade(text);
  if (IsSafeEmployeeId(text)) {
    Require(text.size() <= 32 && text.find_first_of("./\\ \0") == std::string_view::npos,
            "a safe employee id is a safe file name");
  }
  IsCleanText(text);
}

}  // namespace kefu::fuzz
