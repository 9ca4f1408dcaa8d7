// Table sheets: a sheet whose body is a header row and one row per item (an employee, an
// exception, a login, a finding, a diagnostic). Each column is described once — its header
// label, its width and how an item makes its cell — and the header row, the column widths and
// every data row come from that one list, so a column cannot drift from its header or its width
// the way parallel arrays tied by position can.
//
//   const TableColumns<Diagnostic> columns = {
//       {"issues.file", 36, [&](const Diagnostic& d) { return Cell::Text(d.file, p.text); }},
//       …};
//   sheet.columns = ColumnWidths(columns);
//   AppendTable(sheet, columns, labels, p.header, diagnostics);
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "report/common/labels.h"
#include "report/common/sheet_model.h"

namespace kefu {

template <typename Item>
struct TableColumn {
  // The header label's key in templates/ (ignored when `header` is given).
  std::string label_key;
  double width = 10;
  std::function<Cell(const Item&)> cell;
  // The header text itself, for a label that takes arguments ("2024-07 得分").
  std::string header = {};

  std::string HeaderText(const Labels& labels) const {
    return header.empty() ? labels.Get(label_key) : header;
  }
};

template <typename Item>
using TableColumns = std::vector<TableColumn<Item>>;

// The columns' widths, in order (Sheet::columns).
template <typename Item>
std::vector<Column> ColumnWidths(const TableColumns<Item>& columns) {
  std::vector<Column> widths;
  widths.reserve(columns.size());
  for (const TableColumn<Item>& c : columns) widths.push_back({c.width});
  return widths;
}

// The header texts, in order.
template <typename Item>
std::vector<std::string> HeaderTexts(const TableColumns<Item>& columns, const Labels& labels) {
  std::vector<std::string> texts;
  texts.reserve(columns.size());
  for (const TableColumn<Item>& c : columns) texts.push_back(c.HeaderText(labels));
  return texts;
}

// The header row: each column's label in `style`.
template <typename Item>
SheetRow HeaderRow(const TableColumns<Item>& columns, const Labels& labels, StyleId style,
                   double height = 0) {
  SheetRow row;
  row.height = height;
  row.cells.reserve(columns.size());
  for (const TableColumn<Item>& c : columns)
    row.cells.push_back(Cell::Text(c.HeaderText(labels), style));
  return row;
}

// The row of one item: each column's cell.
template <typename Item>
SheetRow TableRow(const TableColumns<Item>& columns, const Item& item) {
  SheetRow row;
  row.cells.reserve(columns.size());
  for (const TableColumn<Item>& c : columns) row.cells.push_back(c.cell(item));
  return row;
}

// Appends a row per item of `items` to `sheet`. With any item, the autofilter covers the rows
// from `header_row` to the last item over every column. Returns the number of rows appended.
template <typename Item, typename Items>
size_t AppendRows(Sheet& sheet, const TableColumns<Item>& columns, const Items& items,
                  uint32_t header_row) {
  size_t count = 0;
  for (const Item& item : items) {
    sheet.rows.push_back(TableRow(columns, item));
    ++count;
  }
  if (count > 0) {
    sheet.autofilter = CellRange{header_row, 0, static_cast<uint32_t>(header_row + count),
                                 static_cast<uint16_t>(columns.size() - 1)};
  }
  return count;
}

// Appends the header row and a row per item of `items` (AppendRows). Returns the header's row.
template <typename Item, typename Items>
uint32_t AppendTable(Sheet& sheet, const TableColumns<Item>& columns, const Labels& labels,
                     StyleId header_style, const Items& items, double header_height = 0) {
  const uint32_t header_row = static_cast<uint32_t>(sheet.rows.size());
  sheet.rows.push_back(HeaderRow(columns, labels, header_style, header_height));
  AppendRows(sheet, columns, items, header_row);
  return header_row;
}

}  // namespace kefu
