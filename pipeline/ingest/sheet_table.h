// A sheet read as a table, the way inputs.md ("Exports that people already have") says people
// keep them: title rows above the header are skipped (the header is the first row that holds
// every required column, by any alias), and so are empty rows, a band row of one merged title
// cell, a second header row of weekday names under day numbers, and a totals row at the end
// (合计 / 总计). A cell merged down over several rows gives its value to each of them. Rows
// come out as (location, cells) with each cell's text as the field parsers read it.
//
// The view knows no record type: the caller says how a header text maps to a field
// (TableHeaderSpec, which the record schema fills in) and which fields the header must hold.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/source_diagnostics.h"
#include "ingest/xlsx_workbook.h"

namespace kefu {

struct TableHeaderSpec {
  // The field a header text names (by any alias), or -1 for none. The text is trimmed.
  std::function<int(std::string_view)> field_of;
  // The fields the header row must hold.
  std::vector<int> required;
  // Each field's name for the diagnostic that lists missing columns, by field index.
  std::vector<std::string> field_names;
};

struct TableOptions {
  // A cell of a field's column longer than this rejects its row (as a CSV field does).
  size_t max_cell_bytes = 1000;
  // How many non-empty rows are looked at for the header before giving up.
  uint32_t max_header_search_rows = 30;
};

struct TableColumn {
  uint32_t column = 0;    // 1-based sheet column
  std::string header;     // the header cell's text, trimmed
  int field = -1;         // the field it names, or -1 (unknown, or named by an earlier column)
  bool repeated = false;  // names a field an earlier column already named
};

// A cell as a field parser reads it.
struct TableCell {
  uint32_t column = 0;
  // The text: strings trimmed (ASCII white space and U+3000); numbers to Excel's 15
  // significant digits (85, 85.5, 13800138000; AppendNumberText); a number in a date or time
  // format as 2023-09-01, 08:30:00 or 2023-09-01 08:30:00 (ingest/xlsx_number_format.h);
  // booleans TRUE / FALSE; errors as written (#N/A); "" for an empty cell.
  std::string_view text;
  XlsxCellType type = XlsxCellType::kEmpty;
  NumberFormatKind format = NumberFormatKind::kNumber;
  // A number cell, or a text cell that holds a plain decimal number ("85", " 85.5 ", "-3"):
  // numbers stored as text are numbers too. The text stays as written ("007" keeps its zeros).
  bool has_number = false;
  double number = 0;
  bool formula_without_value = false;
};

struct TableRow {
  uint32_t row = 0;  // the sheet's row number
  // One per header column (SheetTable::columns()), in the same order.
  std::vector<TableCell> cells;
  // Non-empty cells in columns without a header, in column order.
  std::vector<TableCell> extras;
  // A cell of a field's column has control characters, is too long or is a formula without a
  // saved value: the row's rejection is already among the diagnostics, and the row is not to
  // be parsed (only counted).
  bool rejected = false;
  std::string arena;  // backing store of the texts
};

class SheetTable {
 public:
  // Reads rows up to the header. Returns null after a fatal diagnostic: no header row among the
  // first rows (naming the required columns the best candidate lacks), or the sheet's own.
  static std::unique_ptr<SheetTable> Open(XlsxSheetReader& sheet, TableHeaderSpec spec,
                                          TableOptions options, SourceDiagnostics& diagnostics);

  // The next data row. Returns false at the end of the table or when the sheet failed (then
  // failed() is true). The views of `row` stay valid until the next call.
  bool Next(TableRow* row);
  bool failed() const { return sheet_.failed(); }

  uint32_t header_row() const { return header_row_; }
  const std::vector<TableColumn>& columns() const { return columns_; }
  // The rows skipped as titles: above the header, and band rows of one merged cell within the
  // table; each as its cells' texts joined by a space.
  struct TitleRow {
    uint32_t row = 0;
    std::string text;
  };
  const std::vector<TitleRow>& titles() const { return titles_; }
  // The weekday row under the header that was skipped, or 0.
  uint32_t weekday_row() const { return weekday_row_; }
  // The totals row at the end that was skipped, or 0 (known once Next returned false).
  uint32_t totals_row() const { return totals_row_; }

  std::string Location(uint32_t row, uint32_t column) const { return sheet_.Location(row, column); }

 private:
  // A row as read: cells with their texts in `arena`.
  struct Buffered {
    struct Cell {
      uint32_t column = 0;
      size_t offset = 0;
      size_t length = 0;
      XlsxCellType type = XlsxCellType::kEmpty;
      NumberFormatKind format = NumberFormatKind::kNumber;
      bool has_number = false;
      double number = 0;
      bool formula_without_value = false;
    };
    uint32_t row = 0;
    std::string arena;
    std::vector<Cell> cells;  // non-empty cells, in column order
    std::string_view Text(const Cell& c) const {
      return std::string_view(arena).substr(c.offset, c.length);
    }
  };

  SheetTable(XlsxSheetReader& sheet, TableHeaderSpec spec, TableOptions options,
             SourceDiagnostics& diagnostics)
      : sheet_(sheet), spec_(std::move(spec)), options_(options), diagnostics_(diagnostics) {}
  // Reads the next non-empty row into `out`; false at the end.
  bool ReadRow(Buffered* out);
  bool FindHeader();
  bool IsWeekdayRow(const Buffered& row) const;
  bool IsBandRow(const Buffered& row) const;
  bool IsTotalsRow(const Buffered& row) const;
  void Emit(const Buffered& from, TableRow* row);
  std::string JoinTexts(const Buffered& row) const;

  XlsxSheetReader& sheet_;
  TableHeaderSpec spec_;
  TableOptions options_;
  SourceDiagnostics& diagnostics_;
  XlsxRow raw_;
  uint32_t header_row_ = 0;
  uint32_t weekday_row_ = 0;
  uint32_t totals_row_ = 0;
  std::vector<TableColumn> columns_;
  std::vector<TitleRow> titles_;
  // Ranges merged down over body rows (anchored below the header), with the anchor's text once
  // its row has been read.
  struct Fill {
    XlsxMergedRange range;
    std::string text;
    bool seen = false;
  };
  std::vector<Fill> fills_;
  // Two rows: the one to hand out next and the one after it (to know the last row).
  Buffered rows_[2];
  int current_ = -1;  // index into rows_ of the row to hand out next, or -1
  bool ended_ = false;
};

// The text of a cell as TableCell::text describes it, appended to `out`.
void AppendCellText(const XlsxCell& cell, DateSystem system, std::string* out);

// A plain decimal number: optional sign, digits, optional fraction ("85", "-3", "85.50").
bool ParsePlainNumber(std::string_view text, double* value);

}  // namespace kefu
