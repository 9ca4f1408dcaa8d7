// An RFC 4180 reader over text already decoded to UTF-8: quoted fields, doubled quotes, newlines
// inside quotes, CRLF or LF line ends.
//
// Fields are views into the text where they need no unescaping, and into the record's own
// buffer where they do, so reading a row allocates nothing once the buffers have grown.
//
// A record keeps at most kMaxCsvFields fields (Excel's column limit): the rest of a longer one
// is still read to find where the record ends, but is kept only as one view of its raw text, so
// that a line of fifty million commas costs no more memory than the line itself.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kefu {

inline constexpr size_t kMaxCsvFields = 16384;

struct CsvRecord {
  uint32_t line = 0;  // 1-based line where the record starts
  std::vector<std::string_view> fields;
  std::string_view raw;  // the record's text without its line end
  // A quote inside an unquoted field or text after a closing quote: the fields are a best guess.
  bool malformed_quotes = false;
  // The raw text of the fields beyond kMaxCsvFields (from the first of them to the record's
  // end, quotes and commas included); empty when there are none.
  std::string_view overflow;

  // True for a blank line: every field empty after TrimField (`,,,`, `   `, `"",,` — what Excel
  // writes for a row that was cleared but not deleted), and nothing malformed or beyond the
  // field limit that could hold more.
  bool IsBlank() const;
};

class CsvReader {
 public:
  explicit CsvReader(std::string_view text) : text_(text) {}

  // Reads the next record. Returns false at the end of the text, or when a quoted field runs to
  // the end of the text without its closing quote (then unterminated() is true and
  // unterminated_line() names the line where that field started).
  bool Next(CsvRecord* record);

  bool unterminated() const { return unterminated_; }
  uint32_t unterminated_line() const { return unterminated_line_; }

 private:
  std::string_view text_;
  size_t pos_ = 0;
  uint32_t line_ = 1;
  bool unterminated_ = false;
  uint32_t unterminated_line_ = 0;
  struct PendingField {
    size_t field;
    size_t offset;
    size_t length;
  };
  std::string unescaped_;  // backing store of the current record's unescaped fields
  std::vector<PendingField> pending_;
};

}  // namespace kefu
