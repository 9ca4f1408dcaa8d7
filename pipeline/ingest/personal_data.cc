#include "ingest/personal_data.h"

#include <algorithm>

namespace kefu {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool IsENotation(std::string_view text) {
  // d(.ddd)E(+)dd
  size_t i = 0;
  if (i >= text.size() || !IsDigit(text[i])) return false;
  while (i < text.size() && IsDigit(text[i])) ++i;
  if (i < text.size() && text[i] == '.') {
    ++i;
    while (i < text.size() && IsDigit(text[i])) ++i;
  }
  if (i >= text.size() || (text[i] != 'E' && text[i] != 'e')) return false;
  ++i;
  if (i < text.size() && text[i] == '+') ++i;
  size_t exponent_start = i;
  while (i < text.size() && IsDigit(text[i])) ++i;
  return i == text.size() && i > exponent_start;
}

// The characters of a value that holds one number: its digits (ASCII), and 'X' for an X, when
// the value is only digits, separators and (where allowed) a leading plus or a trailing X.
// Empty when anything else is in it.
std::string NumberCharacters(std::string_view value, bool plus_allowed, bool x_allowed) {
  std::string out;
  size_t at = 0;
  bool x_seen = false;
  while (at < value.size()) {
    NumberChar c = ReadNumberChar(value, at);
    at += c.bytes;
    if (x_seen && c.kind != NumberCharKind::kSeparator) return "";
    switch (c.kind) {
      case NumberCharKind::kDigit:
        out.push_back(c.digit);
        break;
      case NumberCharKind::kSeparator:
        break;
      case NumberCharKind::kPlus:
        if (!plus_allowed || !out.empty()) return "";
        break;
      case NumberCharKind::kX:
        if (!x_allowed) return "";
        out.push_back('X');
        x_seen = true;
        break;
      case NumberCharKind::kStar:
      case NumberCharKind::kOther:
        return "";
    }
  }
  return out;
}

}  // namespace

NumberChar ReadNumberChar(std::string_view text, size_t at) {
  auto byte = [&](size_t i) { return i < text.size() ? static_cast<unsigned char>(text[i]) : 0u; };
  const unsigned char b0 = byte(at);
  NumberChar c;
  if (b0 < 0x80) {
    if (IsDigit(static_cast<char>(b0))) {
      c.kind = NumberCharKind::kDigit;
      c.digit = static_cast<char>(b0);
    } else if (b0 == ' ' || b0 == '\t' || b0 == '\n' || b0 == '\r' || b0 == '-' || b0 == '.') {
      c.kind = NumberCharKind::kSeparator;
    } else if (b0 == '+') {
      c.kind = NumberCharKind::kPlus;
    } else if (b0 == 'X' || b0 == 'x') {
      c.kind = NumberCharKind::kX;
    } else if (b0 == '*') {
      c.kind = NumberCharKind::kStar;
    }
    return c;
  }
  const unsigned char b1 = byte(at + 1);
  const unsigned char b2 = byte(at + 2);
  if (b0 == 0xC2 && b1 == 0xA0) {  // U+00A0 no-break space
    c.kind = NumberCharKind::kSeparator;
    c.bytes = 2;
  } else if (b0 == 0xE3 && b1 == 0x80 && b2 == 0x80) {  // U+3000 ideographic space
    c.kind = NumberCharKind::kSeparator;
    c.bytes = 3;
  } else if (b0 == 0xE2 && b1 == 0x80 && b2 >= 0x90 && b2 <= 0x95) {  // U+2010–2015 dashes
    c.kind = NumberCharKind::kSeparator;
    c.bytes = 3;
  } else if (b0 == 0xEF && b1 == 0xBC && b2 >= 0x90 && b2 <= 0x99) {  // ０–９
    c.kind = NumberCharKind::kDigit;
    c.digit = static_cast<char>('0' + (b2 - 0x90));
    c.bytes = 3;
  } else if (b0 == 0xEF && b1 == 0xBC && (b2 == 0x8D || b2 == 0x8E)) {  // － ．
    c.kind = NumberCharKind::kSeparator;
    c.bytes = 3;
  } else if (b0 == 0xEF && b1 == 0xBC && b2 == 0x8B) {  // ＋
    c.kind = NumberCharKind::kPlus;
    c.bytes = 3;
  } else if ((b0 == 0xEF && b1 == 0xBC && b2 == 0xB8) || (b0 == 0xEF && b1 == 0xBD && b2 == 0x98)) {
    c.kind = NumberCharKind::kX;  // Ｘ ｘ
    c.bytes = 3;
  } else {
    // Any other character: its whole UTF-8 sequence (a stray byte counts alone).
    size_t length = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 1;
    for (size_t i = 1; i < length; ++i) {
      if ((byte(at + i) & 0xC0) != 0x80) {
        length = i;
        break;
      }
    }
    c.bytes = length;
  }
  return c;
}

std::string PhoneMask(std::string_view digits) {
  return std::string(digits.substr(0, 3)) + "****" + std::string(digits.substr(digits.size() - 4));
}

std::string IdNumberMask(std::string_view characters) {
  return std::string(characters.substr(0, 6)) + std::string(characters.size() - 10, '*') +
         std::string(characters.substr(characters.size() - 4));
}

std::string BankCardMask(std::string_view digits) {
  return "**** " + std::string(digits.substr(digits.size() - 4));
}

std::string MaskEntirely(std::string_view text) {
  return std::string(std::min<size_t>(std::max<size_t>(text.size(), 1), 8), '*');
}

std::string MaskIdNumber(std::string_view id_number) {
  std::string chars = NumberCharacters(id_number, false, true);
  bool x_last_only = chars.find('X') == std::string::npos || chars.find('X') == 17;
  if ((chars.size() == 18 && x_last_only) ||
      (chars.size() == 15 && chars.find('X') == std::string::npos)) {
    return IdNumberMask(chars);
  }
  return MaskEntirely(id_number);
}

std::string MaskPhone(std::string_view phone) {
  std::string digits = NumberCharacters(phone, true, false);
  if (digits.size() == 13 && digits.starts_with("86")) digits.erase(0, 2);
  if (digits.size() == 15 && digits.starts_with("0086")) digits.erase(0, 4);
  if (digits.size() == 11 && digits[0] == '1') return PhoneMask(digits);
  return MaskEntirely(phone);
}

std::string MaskBankCard(std::string_view card) {
  std::string digits = NumberCharacters(card, false, false);
  if (digits.size() >= 12 && digits.size() <= 19) return BankCardMask(digits);
  return MaskEntirely(card);
}

IdNumberCheck CheckIdNumber(std::string_view id) {
  if (IsENotation(id)) return IdNumberCheck::kENotation;
  if (id.size() == 15 && std::all_of(id.begin(), id.end(), IsDigit)) return IdNumberCheck::kValid;
  if (id.size() != 18 || !std::all_of(id.begin(), id.begin() + 17, IsDigit)) {
    return IdNumberCheck::kBadFormat;
  }
  static constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  static constexpr char kCheck[11] = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
  int sum = 0;
  for (int i = 0; i < 17; ++i) sum += (id[i] - '0') * kWeights[i];
  char last = id[17] == 'x' ? 'X' : id[17];
  if (!IsDigit(last) && last != 'X') return IdNumberCheck::kBadFormat;
  return kCheck[sum % 11] == last ? IdNumberCheck::kValid : IdNumberCheck::kBadChecksum;
}

}  // namespace kefu
