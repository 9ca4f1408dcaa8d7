// Time-clock logs: the tab-separated USB export of ZKTeco-type clocks (`1_attlog.dat`), one
// punch a line:
//
//         7	2024-09-02 07:58:12	1	0	0	0
//
// the user's clock number right-aligned (padded with spaces), the date and time, then the
// verify mode (0 password, 1 fingerprint, 2 card, 15 face …), the in/out state, the work code
// and a reserved field. Lines may end in CRLF and carry trailing tabs; firmware that writes
// fewer trailing fields, or more, is read too. The state is kept as information only: the
// punch-window rules decide what is a clock-in and what a clock-out (inputs.md).
//
// Mapping clock numbers to employees (employees.device_pin) is the caller's; the helpers at the
// end group the numbers that map to nobody, for one diagnostic per number.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/source_diagnostics.h"
#include "model/date.h"

namespace kefu {

enum class ClockState : int8_t {
  kUnknown = -1,  // absent, or not one of 0–5
  kCheckIn = 0,
  kCheckOut = 1,
  kBreakOut = 2,
  kBreakIn = 3,
  kOvertimeIn = 4,
  kOvertimeOut = 5,
};

struct ClockPunch {
  uint32_t line = 0;
  std::string_view clock_number;  // as written, without its padding ("7", "0012", "A17")
  DateTime time;
  int verify_mode = -1;  // -1 when absent
  ClockState state = ClockState::kUnknown;
  int work_code = -1;  // -1 when absent
};

struct ClockLogCounts {
  uint64_t lines = 0;     // non-blank lines
  uint64_t rejected = 0;  // lines that are no punch
  uint64_t warned = 0;    // punches with an unknown state
};

// Reads a log's text (ASCII; a UTF-8 BOM is skipped): each punch goes to `on_punch`, each line
// that is no punch becomes a rejected row naming its line, with the line quoted. An in/out
// state outside 0–5 is a warning, and the punch is used with an unknown state. After
// kMaxRejectsPerFile rejected lines the file is given up (fatal), as a CSV file is.
ClockLogCounts ReadClockLog(std::string_view text, SourceDiagnostics& diagnostics,
                            const std::function<void(const ClockPunch&)>& on_punch);

// The number as matched against employees.device_pin: leading zeros dropped from an
// all-digit number ("0007" and "7" are the same user on the clock; "0" stays "0").
std::string_view CanonicalClockNumber(std::string_view number);

// The clock's own number from the log's file name ("1_attlog.dat" → "1", "KQ2_attlog.dat" →
// "KQ2"), the device of its punches; "" when the name has no prefix ("attlog.dat"). Two USB
// exports of one clock name it alike, so a punch exported twice is the same record.
std::string ClockDeviceFromFileName(std::string_view file_name);

// Clock numbers that map to no employee, each with how many punches carry it and the line of
// the first. Numbers are compared as given: add them canonical (CanonicalClockNumber).
class UnknownClockNumbers {
 public:
  void Add(std::string_view number, uint32_t line);

  struct Entry {
    std::string number;
    uint64_t punches = 0;
    uint32_t first_line = 0;
  };
  // In numeric order for all-digit numbers (2 before 10), then the others by text.
  std::vector<Entry> List() const;

  // One rejected row per number at its first line: "clock number 9 belongs to no employee
  // (…); punches not used: 3".
  void Report(SourceDiagnostics& diagnostics) const;

 private:
  std::map<std::string, Entry, std::less<>> entries_;
};

}  // namespace kefu
