#include "publish/csv_writer.h"

#include <xlsxwriter/utility.h>

#include <algorithm>

#include "base/utf8.h"

namespace kefu {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kLineEnd = "\r\n";

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool LooksLikeFormula(std::string_view text) {
  if (text.empty()) return false;
  switch (text.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
      return !IsPlainNumber(text);
    default:
      return false;
  }
}

}  // namespace

bool IsPlainNumber(std::string_view text) {
  if (text.starts_with('-')) text.remove_prefix(1);
  size_t digits = 0;
  while (digits < text.size() && IsDigit(text[digits])) ++digits;
  if (digits == 0) return false;
  text.remove_prefix(digits);
  if (text.empty()) return true;
  if (text.front() != '.') return false;
  text.remove_prefix(1);
  return !text.empty() && std::all_of(text.begin(), text.end(), IsDigit);
}

std::string CsvField(std::string_view text) {
  std::string field;
  if (LooksLikeFormula(text)) field += '\'';
  field += text;
  if (field.find_first_of(",\"\r\n") == std::string::npos) return field;
  std::string quoted = "\"";
  for (char c : field) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  quoted += '"';
  return quoted;
}

CsvOutput RenderCsv(const CsvTable& table) {
  CsvOutput out;
  out.bytes = kBom;
  size_t row_number = 0;
  auto add = [&](const std::vector<std::string>& record) {
    ++row_number;
    for (size_t i = 0; i < record.size(); ++i) {
      if (!IsValidUtf8(record[i])) {
        char cell[LXW_MAX_CELL_NAME_LENGTH + 1] = {};
        lxw_rowcol_to_cell(cell, static_cast<lxw_row_t>(row_number - 1), static_cast<lxw_col_t>(i));
        out.bad_field = cell;
        return false;
      }
      if (i > 0) out.bytes += ',';
      out.bytes += CsvField(record[i]);
    }
    out.bytes += kLineEnd;
    return true;
  };
  if (!add(table.header)) return out;
  for (const std::vector<std::string>& row : table.rows) {
    if (!add(row)) return out;
  }
  return out;
}

}  // namespace kefu
