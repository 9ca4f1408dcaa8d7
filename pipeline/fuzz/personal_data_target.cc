#include <string>

#include "fuzz/fuzz_targets.h"
#include "ingest/personal_data.h"

namespace kefu::fuzz {
namespace {

// The longest run of digits (single spaces or dashes between them) in `text`.
size_t LongestDigitRun(std::string_view text) {
  size_t longest = 0;
  size_t digits = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c >= '0' && c <= '9') {
      longest = std::max(longest, ++digits);
    } else if (!((c == ' ' || c == '-') && digits > 0 && i + 1 < text.size() &&
                 text[i + 1] >= '0' && text[i + 1] <= '9')) {
      digits = 0;
    }
  }
  return longest;
}

}  // namespace

void FuzzPersonalData(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  IdNumberCheck check = CheckIdNumber(text);
  if (check == IdNumberCheck::kValid) {
    Require(text.size() == 15 || text.size() == 18, "a valid ID number has 15 or 18 characters");
  }
  // The masks keep at most 6 digits together (an ID number's region code), never the number.
  std::string id = MaskIdNumber(text);
  Require(LongestDigitRun(id) <= 6, "MaskIdNumber keeps at most 6 digits together");
  Require(!id.empty(), "MaskIdNumber returns something");
  std::string phone = MaskPhone(text);
  Require(LongestDigitRun(phone) <= 4, "MaskPhone keeps at most 4 digits together");
  std::string card = MaskBankCard(text);
  Require(LongestDigitRun(card) <= 4, "MaskBankCard keeps at most 4 digits together");
  std::string all = MaskEntirely(text);
  Require(all.find_first_not_of('*') == std::string::npos && !all.empty() && all.size() <= 8,
          "MaskEntirely is 1 to 8 stars");
  std::string runs = MaskDigitRuns(text);
  Require(runs.size() == text.size(), "MaskDigitRuns keeps the length");
  Require(LongestDigitRun(runs) < 11, "MaskDigitRuns leaves no run of 11 digits");
  Require(MaskDigitRuns(runs) == runs, "MaskDigitRuns is idempotent");
  for (size_t i = 0; i < text.size(); ++i) {
    Require(runs[i] == text[i] || (runs[i] == '*' && text[i] >= '0' && text[i] <= '9'),
            "MaskDigitRuns changes digits only");
  }
}

}  // namespace kefu::fuzz
