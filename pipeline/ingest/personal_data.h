// Personal data (rule R-C1, 篇1 三.2, 二.4): the masks of the rule, and the check of an ID
// number's form. Every mask kefu writes comes from here: the fields that hold personal data by
// definition (an employee's id_number, phone, bank_card) are masked whole with the functions
// below, and free text is scanned for personal numbers and e-mail addresses by
// ingest/personal_data_scanner.h, which masks what it finds with the same shapes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace kefu {

// How personal numbers are read, character by character (one home for the field masks and the
// scanner): ASCII and full-width digits (０–９) are digits; spaces (also U+3000 and no-break),
// tabs, line ends, dashes (- － ‐ ‑ ‒ – — ―) and dots (. ．) may stand between digit groups; a plus
// (+ ＋) may start +86; X (x Ｘ ｘ) may end an ID number.
enum class NumberCharKind : uint8_t { kDigit, kSeparator, kPlus, kX, kStar, kOther };
struct NumberChar {
  NumberCharKind kind = NumberCharKind::kOther;
  char digit = 0;    // '0'…'9' for a digit
  size_t bytes = 1;  // the character's length in UTF-8 (1 for a byte that is not UTF-8)
};
NumberChar ReadNumberChar(std::string_view text, size_t at);

// The shapes of R-C1, from the bare ASCII digits of a number already recognised:
// 138****5678 (first 3, last 4) from 11 digits.
std::string PhoneMask(std::string_view digits);
// 110105********1234 (first 6, last 4) from 18 characters (the last may be X) or 15 digits.
std::string IdNumberMask(std::string_view characters);
// **** 1234 (last 4).
std::string BankCardMask(std::string_view digits);

// A field that holds an ID number, a phone or a bank card, masked whole. The value may be written
// with spaces, dashes or dots between digit groups, with full-width digits, and (a phone) with
// +86 or 0086; a value that cannot be masked the rule's way is masked entirely.
std::string MaskIdNumber(std::string_view id_number);
std::string MaskPhone(std::string_view phone);
std::string MaskBankCard(std::string_view card);
// Any text that must not be shown: every character becomes '*' (at most 8 of them).
std::string MaskEntirely(std::string_view text);

enum class IdNumberCheck {
  kValid,
  kENotation,    // 1.10105E+17: Excel turned it into a number and destroyed the last digits
  kBadChecksum,  // GB 11643 mod 11-2 check digit does not match
  kBadFormat,    // not 18 characters of 17 digits and a digit or X (nor a 15-digit old number)
};

IdNumberCheck CheckIdNumber(std::string_view id_number);

}  // namespace kefu
