#include "ingest/personal_data_scanner.h"

#include <string>
#include <vector>

#include "ingest/personal_data.h"

namespace kefu {
namespace {

// The longest number the scanner recognises: 0086 + 11, 18, or a card of 19 digits.
constexpr size_t kMaxDigits = 19;
// Separators allowed between two digit groups of one number (`133  1234  5678` has two).
constexpr int kMaxSeparators = 3;

// A maximal sequence of digits (ASCII or full-width).
struct Group {
  size_t begin = 0;          // byte offset of the first digit
  size_t end = 0;            // one past the last digit
  size_t x_end = 0;          // one past a trailing X that may end an ID number; 0 when none
  std::string digits;        // ASCII
  bool plus_before = false;  // directly after + or ＋ (the 86 of +86)
};

bool IsAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

int Number(std::string_view digits, size_t at, size_t count) {
  int value = 0;
  for (size_t i = 0; i < count; ++i) value = value * 10 + (digits[at + i] - '0');
  return value;
}

bool IsRealDate(int year, int month, int day) {
  return year >= 1900 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 &&
         day <= DaysInMonth(year, month);
}

// An ID number's birth date: YYYYMMDD from the 7th character (18), YYMMDD of 19YY (15).
bool HasBirthDate(std::string_view digits) {
  if (digits[0] == '0') return false;  // region codes start with 1–9
  if (digits.size() == 15) {
    return IsRealDate(1900 + Number(digits, 6, 2), Number(digits, 8, 2), Number(digits, 10, 2));
  }
  return IsRealDate(Number(digits, 6, 4), Number(digits, 10, 2), Number(digits, 12, 2));
}

// 202409260801…: a date and time written without separators (a log's timestamp), not a card.
bool IsCompactDateTime(std::string_view digits) {
  return IsRealDate(Number(digits, 0, 4), Number(digits, 4, 2), Number(digits, 6, 2)) &&
         Number(digits, 8, 2) <= 23 && Number(digits, 10, 2) <= 59;
}

bool PassesLuhn(std::string_view digits) {
  int sum = 0;
  bool twice = false;
  for (size_t i = digits.size(); i-- > 0;) {
    int d = digits[i] - '0';
    if (twice) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
    twice = !twice;
  }
  return sum % 10 == 0;
}

bool IsMobile(std::string_view digits, size_t at) {
  return digits.size() == at + 11 && digits[at] == '1' && digits[at + 1] >= '3' &&
         digits[at + 1] <= '9';
}

enum class Kind : uint8_t { kNone, kPhone, kIdNumber, kIdNumberX, kBankCard };

struct Match {
  Kind kind = Kind::kNone;
  size_t prefix = 0;  // digits of +86 / 0086 before a mobile number
};

// What a run of digits is, if anything. `x` means the run ends with an X.
Match Classify(std::string_view digits, bool x) {
  const size_t n = digits.size();
  if (x)
    return n == 17 && HasBirthDate(std::string(digits) + "0") ? Match{Kind::kIdNumberX, 0}
                                                              : Match{};
  if (IsMobile(digits, 0)) return {Kind::kPhone, 0};
  if (n == 13 && digits.starts_with("86") && IsMobile(digits, 2)) return {Kind::kPhone, 2};
  if (n == 15 && digits.starts_with("0086") && IsMobile(digits, 4)) return {Kind::kPhone, 4};
  if ((n == 15 || n == 18) && HasBirthDate(digits)) return {Kind::kIdNumber, 0};
  if (n >= 16 && n <= 19 && PassesLuhn(digits) && !IsCompactDateTime(digits)) {
    return {Kind::kBankCard, 0};
  }
  return {};
}

// A quick look before the real scan, in one pass and without allocating: every number the
// scanner finds lies in a run of at least 11 digits made of groups of three or more joined by
// separators (a +86 or 0086 glued to the number is part of such a group), and every e-mail
// address holds an '@'. Dates, times, scores and plain words never get past it.
bool MayHoldPersonalData(std::string_view text) {
  size_t run = 0;    // digits of the current run of joined groups
  size_t group = 0;  // digits of the current group
  int gap = -1;      // separators since the last group; -1: nothing joins it
  auto end_group = [&] {
    if (group >= 3) {
      run = gap >= 1 && gap <= kMaxSeparators ? run + group : group;
    } else {
      run = 0;
    }
    group = 0;
    gap = 0;
    return run >= 11;
  };
  size_t at = 0;
  while (at < text.size()) {
    const auto c = static_cast<unsigned char>(text[at]);
    NumberCharKind kind = NumberCharKind::kOther;
    size_t bytes = 1;
    if (c >= '0' && c <= '9') {
      kind = NumberCharKind::kDigit;
    } else if (c == ' ' || c == '-' || c == '.' || c == '\t' || c == '\n' || c == '\r') {
      kind = NumberCharKind::kSeparator;
    } else if (c == '@') {
      return true;
    } else if (c >= 0x80) {
      NumberChar n = ReadNumberChar(text, at);
      kind = n.kind;
      bytes = n.bytes;
    }
    at += bytes;
    if (kind == NumberCharKind::kDigit) {
      ++group;
      continue;
    }
    if (group > 0 && end_group()) return true;
    if (kind == NumberCharKind::kSeparator) {
      if (gap >= 0) ++gap;
    } else {
      run = 0;
      gap = -1;
    }
  }
  return group > 0 && end_group();
}

std::vector<Group> FindGroups(std::string_view text) {
  std::vector<Group> groups;
  size_t at = 0;
  NumberCharKind previous = NumberCharKind::kOther;
  while (at < text.size()) {
    NumberChar c = ReadNumberChar(text, at);
    if (c.kind != NumberCharKind::kDigit) {
      previous = c.kind;
      at += c.bytes;
      continue;
    }
    Group g;
    g.begin = at;
    g.plus_before = previous == NumberCharKind::kPlus;
    while (at < text.size()) {
      c = ReadNumberChar(text, at);
      if (c.kind != NumberCharKind::kDigit) break;
      g.digits.push_back(c.digit);
      at += c.bytes;
    }
    g.end = at;
    if (at < text.size()) {
      if (c.kind == NumberCharKind::kX) {
        // An X ends an ID number only where no letter or digit follows it.
        size_t next = at + c.bytes;
        NumberChar after = next < text.size() ? ReadNumberChar(text, next) : NumberChar{};
        bool word_follows = next < text.size() &&
                            (IsAsciiAlnum(text[next]) || after.kind == NumberCharKind::kDigit ||
                             after.kind == NumberCharKind::kX);
        if (!word_follows) g.x_end = next;
      }
    }
    previous = NumberCharKind::kDigit;
    groups.push_back(std::move(g));
  }
  return groups;
}

// True when only 1 to kMaxSeparators separators stand between groups a and b.
bool Joined(std::string_view text, const Group& a, const Group& b) {
  if (a.x_end != 0) return false;
  size_t at = a.end;
  int separators = 0;
  while (at < b.begin) {
    NumberChar c = ReadNumberChar(text, at);
    if (c.kind != NumberCharKind::kSeparator || ++separators > kMaxSeparators) return false;
    at += c.bytes;
  }
  return true;
}

struct Replacement {
  size_t begin = 0;
  size_t end = 0;
  std::string text;
};

// The byte offset of the `count`-th digit from `from` (the first of the mobile number after its
// prefix).
size_t OffsetOfDigit(std::string_view text, size_t from, size_t count) {
  size_t at = from;
  while (at < text.size()) {
    NumberChar c = ReadNumberChar(text, at);
    if (c.kind == NumberCharKind::kDigit && count-- == 0) return at;
    at += c.bytes;
  }
  return at;
}

// Finds the numbers of one run of joined groups: from each group on, the longest run of whole
// groups that is a number; its groups are then used up.
void ScanRun(std::string_view text, const std::vector<Group>& groups, size_t first, size_t last,
             std::vector<Replacement>& out) {
  size_t i = first;
  while (i <= last) {
    Match best;
    size_t best_j = i;
    std::string digits;
    for (size_t j = i; j <= last; ++j) {
      digits += groups[j].digits;
      if (digits.size() > kMaxDigits) break;
      Match m = Classify(digits, false);
      if (j == last && groups[j].x_end != 0) {
        Match with_x = Classify(digits, true);
        if (with_x.kind != Kind::kNone) m = with_x;
      }
      if (m.kind != Kind::kNone) {
        best = m;
        best_j = j;
      }
    }
    if (best.kind == Kind::kNone) {
      ++i;
      continue;
    }
    digits.clear();
    for (size_t j = i; j <= best_j; ++j) digits += groups[j].digits;
    Replacement r;
    r.begin = groups[i].begin;
    r.end = groups[best_j].end;
    switch (best.kind) {
      case Kind::kPhone: {
        // The prefix stays as written (+86 138****5678).
        size_t number = OffsetOfDigit(text, r.begin, best.prefix);
        r.text = std::string(text.substr(r.begin, number - r.begin)) +
                 PhoneMask(std::string_view(digits).substr(best.prefix));
        break;
      }
      case Kind::kIdNumber:
        r.text = IdNumberMask(digits);
        break;
      case Kind::kIdNumberX:
        r.text = IdNumberMask(digits + "X");
        r.end = groups[best_j].x_end;
        break;
      case Kind::kBankCard:
        r.text = BankCardMask(digits);
        break;
      case Kind::kNone:
        break;
    }
    out.push_back(std::move(r));
    i = best_j + 1;
  }
}

// A group that may start a number: three digits or more, or the 86 of +86.
bool MayStart(const Group& g) {
  return g.digits.size() >= 3 || (g.plus_before && g.digits == "86");
}

std::string Apply(std::string_view text, const std::vector<Replacement>& replacements) {
  std::string out;
  out.reserve(text.size());
  size_t copied = 0;
  for (const Replacement& r : replacements) {
    out.append(text.substr(copied, r.begin - copied)).append(r.text);
    copied = r.end;
  }
  out.append(text.substr(copied));
  return out;
}

bool MaskNumbers(std::string_view text, std::string* masked) {
  std::vector<Group> groups = FindGroups(text);
  std::vector<Replacement> replacements;
  size_t k = 0;
  while (k < groups.size()) {
    if (!MayStart(groups[k])) {
      ++k;
      continue;
    }
    size_t last = k;
    while (last + 1 < groups.size() && groups[last + 1].digits.size() >= 3 &&
           Joined(text, groups[last], groups[last + 1])) {
      ++last;
    }
    ScanRun(text, groups, k, last, replacements);
    k = last + 1;
  }
  if (replacements.empty()) return false;
  *masked = Apply(text, replacements);
  return true;
}

bool IsLocalChar(char c) {
  return IsAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

bool IsDomainChar(char c) { return IsAsciiAlnum(c) || c == '.' || c == '-'; }

// The length of the domain at the start of `text` (labels of letters, digits and dashes, at
// least two, the last of two letters or more), or 0.
size_t DomainLength(std::string_view text) {
  size_t n = 0;
  while (n < text.size() && IsDomainChar(text[n])) ++n;
  while (n > 0 && (text[n - 1] == '.' || text[n - 1] == '-')) --n;
  std::string_view domain = text.substr(0, n);
  size_t last_dot = domain.rfind('.');
  if (last_dot == std::string_view::npos || domain.empty() || domain[0] == '.' ||
      domain.find("..") != std::string_view::npos) {
    return 0;
  }
  std::string_view tld = domain.substr(last_dot + 1);
  if (tld.size() < 2) return 0;
  for (char c : tld) {
    if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) return 0;
  }
  return n;
}

// z***@example.com: the local part keeps its first character.
bool MaskEmails(std::string_view text, std::string* masked) {
  std::vector<Replacement> replacements;
  size_t copied = 0;  // e-mails do not overlap: a local part starts after the previous domain
  for (size_t at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
    size_t begin = at;
    while (begin > copied && IsLocalChar(text[begin - 1])) --begin;
    // No local part, or one that is the domain of the address before (a@b.com@c.com).
    if (begin == at || (begin > 0 && text[begin - 1] == '@')) continue;
    size_t domain = DomainLength(text.substr(at + 1));
    if (domain == 0) continue;
    replacements.push_back({begin + 1, at, "***"});
    copied = at + 1 + domain;
  }
  if (replacements.empty()) return false;
  *masked = Apply(text, replacements);
  return true;
}

// One pass: numbers, then e-mail addresses.
bool MaskOnce(std::string_view text, std::string* masked) {
  std::string numbers;
  bool found = MaskNumbers(text, &numbers);
  std::string_view current = found ? std::string_view(numbers) : text;
  if (current.find('@') != std::string_view::npos) {
    std::string emails;
    if (MaskEmails(current, &emails)) {
      *masked = std::move(emails);
      return true;
    }
  }
  if (found) *masked = std::move(numbers);
  return found;
}

}  // namespace

bool FindPersonalData(std::string_view text, std::string* masked) {
  if (!MayHoldPersonalData(text)) return false;  // nearly every value ends here
  std::string current;
  if (!MaskOnce(text, &current)) return false;
  // The kept digits of a mask may meet the digits around it (**** 3456-7890-123…): the text is
  // scanned again until nothing more is found, so that scanning masked text changes nothing.
  // Every further pass masks digits (or an address not yet masked), so this ends; in practice
  // the second pass finds nothing.
  std::string next;
  while (MaskOnce(current, &next)) current.swap(next);
  *masked = std::move(current);
  return true;
}

std::string MaskPersonalData(std::string_view text) {
  std::string masked;
  return FindPersonalData(text, &masked) ? masked : std::string(text);
}

}  // namespace kefu
