#include "ingest/personal_data.h"

#include <algorithm>

namespace kefu {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

std::string DigitsOnly(std::string_view text) {
  std::string digits;
  for (char c : text) {
    if (IsDigit(c)) digits.push_back(c);
  }
  return digits;
}

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

}  // namespace

std::string MaskEntirely(std::string_view text) {
  return std::string(std::min<size_t>(std::max<size_t>(text.size(), 1), 8), '*');
}

std::string MaskIdNumber(std::string_view id_number) {
  bool well_formed = (id_number.size() == 18 || id_number.size() == 15) &&
                     std::all_of(id_number.begin(), id_number.end() - 1, IsDigit) &&
                     (IsDigit(id_number.back()) || id_number.back() == 'X' ||
                      id_number.back() == 'x');
  if (!well_formed) return MaskEntirely(id_number);
  return std::string(id_number.substr(0, 6)) + std::string(id_number.size() - 10, '*') +
         std::string(id_number.substr(id_number.size() - 4));
}

std::string MaskPhone(std::string_view phone) {
  std::string digits = DigitsOnly(phone);
  if (digits.size() == 13 && digits.starts_with("86")) digits.erase(0, 2);
  bool well_formed = digits.size() == 11 && digits[0] == '1' &&
                     std::all_of(phone.begin(), phone.end(), [](char c) {
                       return IsDigit(c) || c == ' ' || c == '-' || c == '+';
                     });
  if (!well_formed) return MaskEntirely(phone);
  return digits.substr(0, 3) + "****" + digits.substr(7);
}

std::string MaskBankCard(std::string_view card) {
  std::string digits = DigitsOnly(card);
  bool well_formed = digits.size() >= 12 && digits.size() <= 19 &&
                     std::all_of(card.begin(), card.end(),
                                 [](char c) { return IsDigit(c) || c == ' ' || c == '-'; });
  if (!well_formed) return MaskEntirely(card);
  return "**** " + digits.substr(digits.size() - 4);
}

std::string MaskDigitRuns(std::string_view text) {
  std::string out(text);
  size_t i = 0;
  while (i < out.size()) {
    if (!IsDigit(out[i])) {
      ++i;
      continue;
    }
    // A run: digits, with single spaces or dashes between them.
    size_t start = i;
    size_t end = i;  // one past the run's last digit
    size_t digits = 0;
    while (i < out.size()) {
      if (IsDigit(out[i])) {
        ++digits;
        end = ++i;
      } else if ((out[i] == ' ' || out[i] == '-') && i + 1 < out.size() && IsDigit(out[i + 1])) {
        ++i;
      } else {
        break;
      }
    }
    if (digits < 11) continue;
    size_t keep = 4;
    for (size_t k = end; k-- > start;) {
      if (!IsDigit(out[k])) continue;
      if (keep > 0) {
        --keep;
      } else {
        out[k] = '*';
      }
    }
  }
  return out;
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
