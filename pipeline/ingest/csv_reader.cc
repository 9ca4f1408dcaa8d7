#include "ingest/csv_reader.h"

#include <cstring>

#include "ingest/field_parsers.h"

namespace kefu {
namespace {

// The first ',', '\n', '\r' or '"' at or after i (n when none): eight bytes at a time.
size_t FindFieldEnd(const char* s, size_t i, size_t n) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  constexpr uint64_t kHighs = 0x8080808080808080ULL;
  auto has_byte = [](uint64_t x, uint64_t pattern) {
    uint64_t y = x ^ pattern;
    return (y - kOnes) & ~y & kHighs;
  };
  for (; i + 8 <= n; i += 8) {
    uint64_t x;
    std::memcpy(&x, s + i, 8);
    uint64_t hits = has_byte(x, kOnes * ',') | has_byte(x, kOnes * '\n') |
                    has_byte(x, kOnes * '\r') | has_byte(x, kOnes * '"');
    if (hits) break;
  }
  while (i < n && s[i] != ',' && s[i] != '\n' && s[i] != '\r' && s[i] != '"') ++i;
  return i;
}

}  // namespace

bool CsvRecord::IsBlank() const {
  if (malformed_quotes || overflow.find_first_not_of(',') != std::string_view::npos) return false;
  for (std::string_view field : fields) {
    if (!TrimField(field).empty()) return false;
  }
  return true;
}

bool CsvReader::Next(CsvRecord* record) {
  record->fields.clear();
  record->malformed_quotes = false;
  record->overflow = {};
  if (pos_ >= text_.size() || unterminated_) return false;

  record->line = line_;
  const size_t start = pos_;
  const char* s = text_.data();
  const size_t n = text_.size();
  // Unescaped fields are collected in one buffer and turned into views once the record is
  // complete, since the buffer may move while it grows.
  unescaped_.clear();
  pending_.clear();

  size_t i = pos_;
  size_t overflow_start = n;  // where the first field beyond kMaxCsvFields starts
  for (;;) {
    // One field starting at i.
    const bool keep = record->fields.size() < kMaxCsvFields;
    if (!keep && overflow_start == n) overflow_start = i;
    if (i < n && s[i] == '"') {
      const uint32_t field_line = line_;
      ++i;
      size_t chunk_start = i;
      bool needs_copy = false;
      size_t copy_from = 0;
      for (;;) {
        const void* q = std::memchr(s + i, '"', n - i);
        // Count newlines inside the quoted text for line numbers.
        size_t end = q ? static_cast<size_t>(static_cast<const char*>(q) - s) : n;
        for (size_t k = i; k < end; ++k) line_ += s[k] == '\n';
        if (!q) {
          unterminated_ = true;
          unterminated_line_ = field_line;
          pos_ = n;
          return false;
        }
        if (end + 1 < n && s[end + 1] == '"') {
          // A doubled quote: copy what came before it plus one quote.
          if (!keep) {
            i = end + 2;
            continue;
          }
          if (!needs_copy) {
            needs_copy = true;
            copy_from = unescaped_.size();
          }
          unescaped_.append(s + chunk_start, end + 1 - chunk_start);
          i = end + 2;
          chunk_start = i;
          continue;
        }
        // The closing quote.
        if (!keep) {
          // Beyond the limit: nothing is kept.
        } else if (needs_copy) {
          unescaped_.append(s + chunk_start, end - chunk_start);
          pending_.push_back({record->fields.size(), copy_from, unescaped_.size() - copy_from});
          record->fields.emplace_back();
        } else {
          record->fields.emplace_back(s + chunk_start, end - chunk_start);
        }
        i = end + 1;
        break;
      }
      // After a closing quote comes a comma or a line end; anything else is malformed and is
      // skipped up to the next comma or line end.
      if (i < n && s[i] != ',' && s[i] != '\n' && s[i] != '\r') {
        record->malformed_quotes = true;
        while (i < n && s[i] != ',' && s[i] != '\n' && s[i] != '\r') ++i;
      }
    } else {
      size_t field_start = i;
      i = FindFieldEnd(s, i, n);
      while (i < n && s[i] == '"') {
        record->malformed_quotes = true;
        i = FindFieldEnd(s, i + 1, n);
      }
      if (keep) record->fields.emplace_back(s + field_start, i - field_start);
    }
    if (i < n && s[i] == ',') {
      ++i;
      continue;
    }
    // End of record: CRLF, LF, lone CR or end of text.
    size_t record_end = i;
    if (i < n && s[i] == '\r') ++i;
    if (i < n && s[i] == '\n') ++i;
    if (i > record_end) ++line_;
    record->raw = std::string_view(s + start, record_end - start);
    if (overflow_start < record_end) {
      record->overflow = std::string_view(s + overflow_start, record_end - overflow_start);
    }
    for (const PendingField& p : pending_) {
      record->fields[p.field] = std::string_view(unescaped_.data() + p.offset, p.length);
    }
    pos_ = i;
    return true;
  }
}

}  // namespace kefu
