#include "ingest/sheet_table.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

#include "base/ascii.h"
#include "ingest/field_parsers.h"
#include "ingest/grid_headers.h"

namespace kefu {
namespace {

// The text without ASCII spaces and U+3000 ("合　计" is how a wide label is typed).
std::string WithoutSpaces(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ' ' || text[i] == '\t') continue;
    if (text.substr(i).starts_with("\u3000")) {
      i += 2;
      continue;
    }
    out.push_back(text[i]);
  }
  return out;
}

}  // namespace

bool ParsePlainNumber(std::string_view text, double* value) {
  text = TrimField(text);
  size_t i = 0;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) ++i;
  const size_t digits = i;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
  if (i == digits) return false;
  if (i < text.size() && text[i] == '.') {
    const size_t fraction = ++i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
    if (i == fraction) return false;
  }
  if (i != text.size()) return false;
  // from_chars takes no '+'.
  const char* begin = text.data() + (text[0] == '+' ? 1 : 0);
  auto [end, ec] = std::from_chars(begin, text.data() + text.size(), *value);
  return ec == std::errc() && end == text.data() + text.size();
}

void AppendCellText(const XlsxCell& cell, DateSystem system, std::string* out) {
  switch (cell.type) {
    case XlsxCellType::kString:
    case XlsxCellType::kError:
      out->append(cell.text);
      return;
    case XlsxCellType::kNumber:
      if (!AppendSerialText(cell.number, cell.format, system, out)) {
        AppendNumberText(cell.number, out);
      }
      return;
    case XlsxCellType::kBoolean:
      out->append(cell.number != 0 ? "TRUE" : "FALSE");
      return;
    case XlsxCellType::kEmpty:
      return;
  }
}

std::unique_ptr<SheetTable> SheetTable::Open(XlsxSheetReader& sheet, TableHeaderSpec spec,
                                             TableOptions options, SourceDiagnostics& diagnostics) {
  std::unique_ptr<SheetTable> table(new SheetTable(sheet, std::move(spec), options, diagnostics));
  if (!table->FindHeader()) return nullptr;
  return table;
}

bool SheetTable::ReadRow(Buffered* out) {
  while (sheet_.Next(&raw_)) {
    out->row = raw_.row;
    out->arena.clear();
    out->cells.clear();
    for (const XlsxCell& cell : raw_.cells) {
      Buffered::Cell c;
      c.column = cell.column;
      c.type = cell.type;
      c.format = cell.format;
      c.formula_without_value = cell.formula && cell.type == XlsxCellType::kEmpty;
      const size_t start = out->arena.size();
      AppendCellText(cell, sheet_.date_system(), &out->arena);
      std::string_view appended = std::string_view(out->arena).substr(start);
      std::string_view trimmed = TrimField(appended);
      if (trimmed.empty() && !c.formula_without_value) {
        out->arena.resize(start);
        continue;
      }
      c.offset = start + static_cast<size_t>(trimmed.data() - appended.data());
      c.length = trimmed.size();
      if (cell.type == XlsxCellType::kNumber) {
        c.has_number = true;
        c.number = cell.number;
      } else if (cell.type == XlsxCellType::kString) {
        c.has_number = ParsePlainNumber(trimmed, &c.number);
      }
      out->cells.push_back(c);
    }
    // A cell merged down over body rows gives its text to each of them. Ranges above this
    // row are done with (rows come in order).
    std::erase_if(fills_, [&](const Fill& fill) { return fill.range.last_row < out->row; });
    for (Fill& fill : fills_) {
      const XlsxMergedRange& range = fill.range;
      if (out->row == range.first_row) {
        auto anchor =
            std::find_if(out->cells.begin(), out->cells.end(),
                         [&](const Buffered::Cell& c) { return c.column == range.first_column; });
        fill.seen = anchor != out->cells.end();
        if (fill.seen) fill.text = std::string(out->Text(*anchor));
        continue;
      }
      if (!fill.seen || out->row < range.first_row || out->row > range.last_row) continue;
      auto at = std::lower_bound(
          out->cells.begin(), out->cells.end(), range.first_column,
          [](const Buffered::Cell& c, uint32_t column) { return c.column < column; });
      if (at != out->cells.end() && at->column == range.first_column) continue;
      Buffered::Cell c;
      c.column = range.first_column;
      c.type = XlsxCellType::kString;
      c.offset = out->arena.size();
      c.length = fill.text.size();
      c.has_number = ParsePlainNumber(fill.text, &c.number);
      out->arena.append(fill.text);
      out->cells.insert(at, c);
    }
    if (!out->cells.empty()) return true;
  }
  return false;
}

std::string SheetTable::JoinTexts(const Buffered& row) const {
  std::string text;
  for (const Buffered::Cell& c : row.cells) {
    if (!text.empty()) text += ' ';
    text.append(row.Text(c));
  }
  return text;
}

bool SheetTable::FindHeader() {
  Buffered& row = rows_[0];
  struct Candidate {
    uint32_t found = 0;
    std::string missing;
  } best;
  bool have_best = false;
  for (uint32_t seen = 0; seen < options_.max_header_search_rows && ReadRow(&row); ++seen) {
    std::vector<bool> present(spec_.field_names.size(), false);
    for (const Buffered::Cell& c : row.cells) {
      int field = spec_.field_of(row.Text(c));
      if (field >= 0 && static_cast<size_t>(field) < present.size()) present[field] = true;
    }
    Candidate candidate;
    for (int field : spec_.required) {
      if (present[field]) {
        ++candidate.found;
      } else {
        candidate.missing.append(candidate.missing.empty() ? "" : ", ")
            .append(spec_.field_names[field]);
      }
    }
    if (candidate.missing.empty()) {
      header_row_ = row.row;
      std::vector<bool> named(spec_.field_names.size(), false);
      for (const Buffered::Cell& c : row.cells) {
        if (c.length == 0) continue;  // a formula without a value names no column
        TableColumn column;
        column.column = c.column;
        column.header = std::string(row.Text(c));
        int field = spec_.field_of(column.header);
        if (field >= 0 && static_cast<size_t>(field) < named.size()) {
          column.repeated = named[field];
          if (!named[field]) column.field = field;
          named[field] = true;
        }
        columns_.push_back(std::move(column));
      }
      break;
    }
    titles_.push_back({row.row, JoinTexts(row)});
    if (!have_best || candidate.found > best.found) best = std::move(candidate);
    have_best = true;
  }
  if (sheet_.failed()) return false;
  if (header_row_ == 0) {
    if (!have_best) {
      for (int field : spec_.required) {
        best.missing.append(best.missing.empty() ? "" : ", ").append(spec_.field_names[field]);
      }
    }
    diagnostics_.Fatal(Reason::kNoHeader, {0, sheet_.name()}, {best.missing});
    return false;
  }
  for (const XlsxMergedRange& range : sheet_.merged()) {
    if (range.first_row > header_row_ && range.last_row > range.first_row) {
      fills_.push_back({range, "", false});
    }
  }
  if (!ReadRow(&rows_[0])) {
    ended_ = true;
    return !sheet_.failed();
  }
  if (IsWeekdayRow(rows_[0])) {
    weekday_row_ = rows_[0].row;
    if (!ReadRow(&rows_[0])) {
      ended_ = true;
      return !sheet_.failed();
    }
  }
  current_ = 0;
  return true;
}

bool SheetTable::IsWeekdayRow(const Buffered& row) const {
  bool any = false;
  for (const Buffered::Cell& c : row.cells) {
    // A header cell merged down into this row (工号 over two header rows) is no weekday.
    bool from_header =
        std::any_of(sheet_.merged().begin(), sheet_.merged().end(), [&](const XlsxMergedRange& r) {
          return r.first_row == header_row_ && r.Contains(row.row, c.column);
        });
    if (from_header) continue;
    if (!IsWeekdayName(row.Text(c))) return false;
    any = true;
  }
  return any;
}

bool SheetTable::IsBandRow(const Buffered& row) const {
  if (row.cells.size() != 1) return false;
  const uint32_t column = row.cells[0].column;
  for (const XlsxMergedRange& range : sheet_.merged()) {
    if (range.first_row != row.row || range.first_column != column ||
        range.last_column == range.first_column) {
      continue;
    }
    size_t covered = std::count_if(columns_.begin(), columns_.end(), [&](const TableColumn& c) {
      return c.column >= range.first_column && c.column <= range.last_column;
    });
    return covered * 2 >= columns_.size();
  }
  return false;
}

bool SheetTable::IsTotalsRow(const Buffered& row) const {
  for (const Buffered::Cell& c : row.cells) {
    if (c.type != XlsxCellType::kString) continue;
    std::string text = WithoutSpaces(row.Text(c));
    if (text.starts_with("合计") || text.starts_with("总计") ||
        EqualsIgnoreAsciiCase(text, "total") || EqualsIgnoreAsciiCase(text, "totals")) {
      return true;
    }
  }
  return false;
}

void SheetTable::Emit(const Buffered& from, TableRow* row) {
  row->row = from.row;
  row->arena = from.arena;
  row->rejected = false;
  row->extras.clear();
  row->cells.assign(columns_.size(), TableCell());
  for (size_t i = 0; i < columns_.size(); ++i) row->cells[i].column = columns_[i].column;
  const std::string_view arena = row->arena;
  for (const Buffered::Cell& c : from.cells) {
    TableCell cell;
    cell.column = c.column;
    cell.text = arena.substr(c.offset, c.length);
    cell.type = c.type;
    cell.format = c.format;
    cell.has_number = c.has_number;
    cell.number = c.number;
    cell.formula_without_value = c.formula_without_value;
    auto at =
        std::lower_bound(columns_.begin(), columns_.end(), c.column,
                         [](const TableColumn& t, uint32_t column) { return t.column < column; });
    if (at != columns_.end() && at->column == c.column) {
      row->cells[static_cast<size_t>(at - columns_.begin())] = cell;
    } else {
      row->extras.push_back(cell);
    }
  }
  // The checks a CSV row's fields get (RowContext::BeginRow), for the columns that name a
  // field; the first failure rejects the row.
  for (size_t i = 0; i < columns_.size() && !row->rejected; ++i) {
    if (columns_[i].field < 0) continue;
    const TableCell& cell = row->cells[i];
    // The place is made only for a row that is rejected (most rows are not).
    auto place = [&] {
      return SourcePlace{row->row, Location(row->row, cell.column),
                         spec_.field_names[static_cast<size_t>(columns_[i].field)]};
    };
    if (cell.formula_without_value) {
      diagnostics_.Reject(Reason::kXlsxFormulaWithoutValue, place(), "");
      row->rejected = true;
    } else if (!IsCleanText(cell.text)) {
      diagnostics_.Reject(Reason::kBadText, place(), cell.text);
      row->rejected = true;
    } else if (cell.text.size() > options_.max_cell_bytes) {
      diagnostics_.Reject(Reason::kTextTooLong, place(), cell.text,
                          {fmt::format("{}", options_.max_cell_bytes)});
      row->rejected = true;
    }
  }
}

bool SheetTable::Next(TableRow* row) {
  while (current_ >= 0) {
    Buffered& now = rows_[current_];
    Buffered& after = rows_[1 - current_];
    const bool more = !ended_ && ReadRow(&after);
    if (sheet_.failed()) return false;
    if (!more) ended_ = true;
    const int next = more ? 1 - current_ : -1;
    if (!more && IsTotalsRow(now)) {
      totals_row_ = now.row;
      current_ = -1;
      return false;
    }
    if (IsBandRow(now)) {
      titles_.push_back({now.row, JoinTexts(now)});
      current_ = next;
      continue;
    }
    Emit(now, row);
    current_ = next;
    return true;
  }
  return false;
}

}  // namespace kefu
