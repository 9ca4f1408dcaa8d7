// Personal data (rule R-C1, 篇1 三.2, 二.4): ID numbers, phones and bank cards are masked the
// moment they are read, so no later stage can print them in full. A value that is too short or
// malformed to mask the rule's way is masked entirely.
#pragma once

#include <string>
#include <string_view>

namespace kefu {

// 110105********1234: first 6, last 4.
std::string MaskIdNumber(std::string_view id_number);
// 138****5678: first 3, last 4.
std::string MaskPhone(std::string_view phone);
// **** 1234: last 4.
std::string MaskBankCard(std::string_view card);
// Any text that must not be shown: every character becomes '*' (at most 8 of them).
std::string MaskEntirely(std::string_view text);

// Masks what may be a personal number inside free text: in every run of digits joined by
// single spaces or dashes that holds at least 11 digits (a phone, an ID or bank card number;
// no date, time or score comes near), every digit but the run's last four becomes '*'. Used on
// the text a diagnostic quotes, where a personal number may have landed in another column.
std::string MaskDigitRuns(std::string_view text);

enum class IdNumberCheck {
  kValid,
  kENotation,    // 1.10105E+17: Excel turned it into a number and destroyed the last digits
  kBadChecksum,  // GB 11643 mod 11-2 check digit does not match
  kBadFormat,    // not 18 characters of 17 digits and a digit or X (nor a 15-digit old number)
};

IdNumberCheck CheckIdNumber(std::string_view id_number);

}  // namespace kefu
