#include <string>

#include "base/utf8.h"
#include "fuzz/fuzz_targets.h"
#include "ingest/personal_data.h"
#include "ingest/personal_data_scanner.h"

namespace kefu::fuzz {
namespace {

// The longest run of ASCII digits in `text`.
size_t LongestDigitRun(std::string_view text) {
  size_t longest = 0;
  size_t digits = 0;
  for (char c : text) {
    digits = c >= '0' && c <= '9' ? digits + 1 : 0;
    longest = std::max(longest, digits);
  }
  return longest;
}

}  // namespace

void FuzzPersonalData(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const bool valid_utf8 = IsValidUtf8(text);

  // The scanner: what it returns holds nothing more to mask, and stays valid UTF-8.
  std::string masked;
  const bool found = FindPersonalData(text, &masked);
  const std::string once = found ? masked : std::string(text);
  Require(!found || masked != text, "a find changes the text");
  Require(MaskPersonalData(text) == once, "MaskPersonalData agrees with FindPersonalData");
  std::string again;
  Require(!FindPersonalData(once, &again), "scanning masked text finds nothing more");
  Require(!valid_utf8 || IsValidUtf8(once), "valid UTF-8 in, valid UTF-8 out");
  // The quick look that lets most text through unscanned misses nothing: behind "@ " (which no
  // number or address can use) the text is always scanned in full, and masks the same.
  Require(MaskPersonalData("@ " + std::string(text)) == "@ " + once,
          "the quick look misses nothing the full scan finds");

  // The field masks: at most the rule's digits together, and nothing the scanner would mask.
  IdNumberCheck check = CheckIdNumber(text);
  if (check == IdNumberCheck::kValid) {
    Require(text.size() == 15 || text.size() == 18, "a valid ID number has 15 or 18 characters");
  }
  for (const std::string& mask : {MaskIdNumber(text), MaskPhone(text), MaskBankCard(text)}) {
    Require(!mask.empty() && LongestDigitRun(mask) <= 6, "a field mask keeps at most 6 digits");
    Require(!FindPersonalData(mask, &again), "a field mask holds nothing to mask");
    Require(IsValidUtf8(mask), "a field mask is valid UTF-8");
  }
  Require(LongestDigitRun(MaskPhone(text)) <= 4, "MaskPhone keeps at most 4 digits together");
  Require(LongestDigitRun(MaskBankCard(text)) <= 4, "MaskBankCard keeps at most 4 digits together");
  std::string all = MaskEntirely(text);
  Require(all.find_first_not_of('*') == std::string::npos && !all.empty() && all.size() <= 8,
          "MaskEntirely is 1 to 8 stars");
}

}  // namespace kefu::fuzz
