#include <string_view>

#include "fuzz/fuzz_targets.h"
#include "ingest/clock_log.h"

namespace kefu::fuzz {

void FuzzClockLog(const uint8_t* data, size_t size) {
  std::vector<Diagnostic> diagnostics;
  SourceDiagnostics out("1_attlog.dat", RecordType::kPunches, diagnostics);
  std::string_view text(reinterpret_cast<const char*>(data), size);
  uint64_t punches = 0;
  uint32_t last_line = 0;
  ClockLogCounts counts = ReadClockLog(text, out, [&](const ClockPunch& p) {
    ++punches;
    Require(p.line > last_line, "punch lines increase");
    last_line = p.line;
    Require(!p.clock_number.empty() && p.clock_number.size() <= 24, "clock number length");
    for (char c : p.clock_number) {
      Require((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'),
              "clock number is letters and digits");
    }
    Require(CanonicalClockNumber(p.clock_number).size() >= 1, "canonical number is not empty");
  });
  Require(punches + counts.rejected == counts.lines || out.has_fatal(),
          "every line is a punch or rejected");
  for (const Diagnostic& d : diagnostics) {
    Require(d.original.size() <= 210 * 4, "quotes are short");
  }
}

}  // namespace kefu::fuzz
