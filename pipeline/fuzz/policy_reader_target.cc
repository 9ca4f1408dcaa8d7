#include <string>

#include "base/utf8.h"
#include "fuzz/fuzz_targets.h"
#include "ingest/policy_reader.h"

namespace kefu::fuzz {

void FuzzPolicyReader(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  // ReadPolicy refuses a file that is not UTF-8 before parsing it.
  if (!IsValidUtf8(text)) return;
  PolicyResult result = ParsePolicy(text, "policy.xml");
  for (const Diagnostic& d : result.diagnostics) {
    Require(d.severity == Severity::kFatal, "policy problems are fatal");
    Require(IsValidUtf8(d.original), "a policy diagnostic quotes invalid UTF-8");
    for (const std::string& arg : d.args) Require(IsValidUtf8(arg), "policy argument UTF-8");
  }
  if (!result.diagnostics.empty()) return;
  const Policy& p = result.policy;
  Require(p.rating_excellent_tenths >= p.rating_good_tenths &&
              p.rating_good_tenths >= p.rating_pass_tenths,
          "rating bands ordered");
  Require(p.rating_pass_tenths >= 0 && p.rating_excellent_tenths <= 1000, "rating range");
  Require(p.top_n >= 1 && p.top_n <= 1000, "top_n range");
  Require(p.cutoff_day >= 0 && p.cutoff_day <= 28, "cutoff day range");
  Require(!p.title.empty(), "a title");
  for (const std::string& festival : p.holiday_roster_festivals) {
    Require(IsValidUtf8(festival) && !festival.empty(), "festival names");
  }
}

}  // namespace kefu::fuzz
