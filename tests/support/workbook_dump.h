// A workbook as the real reader sees it (tests/support/dump_xlsx.py json, openpyxl): sheets of
// cells with their values and styles, merges, row heights, freeze pane, autofilter and print
// setup, for tests that check what kefu wrote cell by cell.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace kefu::testing {

struct CellDump {
  bool present = false;
  std::string value;  // numbers as written by openpyxl (integers without a decimal point)
  bool is_number = false;
  std::string type;  // openpyxl's data type: s n f d b e
  bool italic = false;
  bool bold = false;
  std::string fill;  // RRGGBB or empty
  std::string font;  // RRGGBB or empty
};

struct SheetDump {
  std::string name;
  std::map<std::string, CellDump> cells;  // by A1 reference
  std::vector<std::string> merges;
  std::map<int, double> row_heights;  // 1-based rows with their own height
  std::string freeze;
  std::string autofilter;
  bool landscape = false;
  int paper = 0;
  bool fit_to_page = false;
  std::string title_rows;
  std::string footer;

  // "C5" for row 5 (1-based), column 2 (0-based).
  static std::string Ref(int row, int col);
  CellDump At(int row, int col) const;
  std::string Text(int row, int col) const { return At(row, col).value; }
  // The last row that holds a cell (0 for an empty sheet).
  int LastRow() const;
  // The first row at or after `from` whose column A reads `text` (or starts with `prefix`);
  // 0 when none.
  int RowOf(const std::string& text, int from = 1) const;
  int RowStartingWith(const std::string& prefix, int from = 1) const;
};

struct WorkbookDump {
  std::vector<SheetDump> sheets;
  std::vector<std::string> SheetNames() const;
  // The sheet named `name`; fails the test (and returns an empty sheet) when there is none.
  const SheetDump& Sheet(const std::string& name) const;
};

// Dumps `xlsx` with dump_xlsx.py json; an empty dump after failing the test.
WorkbookDump ReadWorkbook(const std::string& xlsx);
// The same from the JSON text.
WorkbookDump ParseWorkbookDump(const std::string& json);

}  // namespace kefu::testing
