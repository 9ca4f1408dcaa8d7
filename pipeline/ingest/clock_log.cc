#include "ingest/clock_log.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

#include "base/ascii.h"
#include "ingest/field_parsers.h"
#include "ingest/row_context.h"

namespace kefu {
namespace {

constexpr size_t kMaxClockNumberLength = 24;

bool IsAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool AllDigits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string_view TrimSpaces(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return text;
}

// A small non-negative integer field ("1", "15"), or nullopt.
std::optional<int> SmallInteger(std::string_view text) {
  text = TrimSpaces(text);
  if (!AllDigits(text) || text.size() > 6) return std::nullopt;
  int value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

struct LineProblem {
  Reason reason;
  std::vector<std::string> args;
};

// Parses one line (without its line end). Returns the problem, if any; a bad state is not one
// (the punch comes back with state kUnknown and `bad_state` set).
std::optional<LineProblem> ParseLine(std::string_view line, ClockPunch* punch,
                                     std::string_view* bad_state) {
  for (char c : line) {
    auto u = static_cast<unsigned char>(c);
    if ((u < 0x20 && c != '\t') || u >= 0x7F) return LineProblem{Reason::kClockLogBadLine, {}};
  }
  std::string_view fields[6];
  size_t count = 0;
  std::string_view rest = line;
  // Trailing tabs (and spaces) carry nothing.
  while (!rest.empty() && (rest.back() == '\t' || rest.back() == ' ')) rest.remove_suffix(1);
  while (!rest.empty() && count < 6) {
    size_t tab = rest.find('\t');
    fields[count++] = rest.substr(0, tab);
    rest = tab == std::string_view::npos ? std::string_view() : rest.substr(tab + 1);
  }
  if (count < 2) return LineProblem{Reason::kClockLogBadLine, {}};
  std::string_view number = TrimSpaces(fields[0]);
  if (number.empty() || number.size() > kMaxClockNumberLength ||
      !std::all_of(number.begin(), number.end(), IsAlnum)) {
    return LineProblem{Reason::kClockLogBadNumber, {}};
  }
  punch->clock_number = number;
  std::string_view when = TrimSpaces(fields[1]);
  std::optional<DateTime> time = ParseDateTime(when);
  if (!time) return LineProblem{DateTimeReason(when), {}};
  punch->time = *time;
  std::optional<int> values[4];
  for (size_t k = 2; k < count; ++k) {
    if (TrimSpaces(fields[k]).empty()) continue;
    values[k - 2] = SmallInteger(fields[k]);
    if (!values[k - 2]) return LineProblem{Reason::kClockLogBadLine, {}};
  }
  punch->verify_mode = values[0].value_or(-1);
  punch->work_code = values[2].value_or(-1);
  punch->state = ClockState::kUnknown;
  if (values[1]) {
    if (*values[1] <= 5) {
      punch->state = static_cast<ClockState>(*values[1]);
    } else {
      *bad_state = TrimSpaces(fields[3]);
    }
  }
  return std::nullopt;
}

}  // namespace

ClockLogCounts ReadClockLog(std::string_view text, SourceDiagnostics& diagnostics,
                            const std::function<void(const ClockPunch&)>& on_punch) {
  ClockLogCounts counts;
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  uint32_t line_number = 0;
  while (!text.empty()) {
    ++line_number;
    size_t newline = text.find('\n');
    std::string_view line = text.substr(0, newline);
    text = newline == std::string_view::npos ? std::string_view() : text.substr(newline + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    ++counts.lines;
    ClockPunch punch;
    punch.line = line_number;
    std::string_view bad_state;
    if (std::optional<LineProblem> problem = ParseLine(line, &punch, &bad_state)) {
      diagnostics.Reject(problem->reason, {line_number, ""}, line, std::move(problem->args));
      if (++counts.rejected == kMaxRejectsPerFile) {
        diagnostics.Fatal(Reason::kTooManyRejects, {line_number, ""},
                          {fmt::format("{}", kMaxRejectsPerFile)});
        return counts;
      }
      continue;
    }
    if (!bad_state.empty()) {
      diagnostics.Warn(Reason::kClockLogBadState, {line_number, ""}, line,
                       {std::string(bad_state)});
      ++counts.warned;
    }
    on_punch(punch);
  }
  return counts;
}

std::string_view CanonicalClockNumber(std::string_view number) {
  if (!AllDigits(number)) return number;
  size_t first = number.find_first_not_of('0');
  return first == std::string_view::npos ? number.substr(number.size() - 1) : number.substr(first);
}

std::string ClockDeviceFromFileName(std::string_view file_name) {
  size_t slash = file_name.find_last_of("/\\");
  if (slash != std::string_view::npos) file_name.remove_prefix(slash + 1);
  std::string lower = AsciiLower(file_name);
  size_t at = lower.find("_attlog");
  if (at == std::string::npos || at == 0) return "";
  return std::string(file_name.substr(0, at));
}

void UnknownClockNumbers::Add(std::string_view number, uint32_t line) {
  auto it = entries_.find(number);
  if (it == entries_.end()) {
    it = entries_.emplace(std::string(number), Entry{std::string(number), 0, line}).first;
  }
  ++it->second.punches;
  it->second.first_line = std::min(it->second.first_line, line);
}

std::vector<UnknownClockNumbers::Entry> UnknownClockNumbers::List() const {
  std::vector<Entry> list;
  for (const auto& [number, entry] : entries_) list.push_back(entry);
  std::stable_sort(list.begin(), list.end(), [](const Entry& a, const Entry& b) {
    const bool a_digits = AllDigits(a.number);
    const bool b_digits = AllDigits(b.number);
    if (a_digits != b_digits) return a_digits;
    if (a_digits && a.number.size() != b.number.size()) return a.number.size() < b.number.size();
    return a.number < b.number;
  });
  return list;
}

void UnknownClockNumbers::Report(SourceDiagnostics& diagnostics) const {
  for (const Entry& entry : List()) {
    diagnostics.Reject(Reason::kClockLogUnknownNumber, {entry.first_line, ""}, "",
                       {entry.number, fmt::format("{}", entry.punches)});
  }
}

}  // namespace kefu
