// The inventory of a workbook written by libxlsxwriter: what the floor program (floor_main.cc)
// must write again to do the same work as the writer, and nothing more. Every sheet with every
// cell (its type, its text or number, its format), the formats' properties, column widths, row
// heights, merges, freeze panes, autofilter and print setup.
//
// The inventory knows nothing of kefu's reports: it reads whatever sheets, columns and formats
// the workbook has, so the floor needs no change when a report's layout does. What it does not
// reproduce (charts, data validations, conditional formats, hyperlinks …) it names, per sheet,
// in SheetInventory::not_reproduced.
//
// The container is opened with kefu's workbook reader (ingest/xlsx_workbook.h: the sheets, their
// parts; ingest/xlsx_package.h: the parts' bytes), and large parts are parsed by pugixml a slice
// of rows at a time (ingest/xml_slices.h), so that a sheet of a million cells does not need a
// tree of its whole text.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kefu::bench {

// 0xRRGGBB; kNoColor when the workbook gives none (or a theme colour).
using Color = uint32_t;
inline constexpr Color kNoColor = 0xFFFFFFFF;

// The properties of one cell format (a cellXfs entry) that libxlsxwriter's lxw_format carries
// and kefu's writer sets. Format 0 is the workbook's default.
struct FormatInfo {
  std::string font_name;  // "" when it is the default (Calibri)
  double font_size = 11;
  bool bold = false;
  bool italic = false;
  bool strikeout = false;
  uint8_t underline = 0;  // LXW_UNDERLINE_*
  Color font_color = kNoColor;
  uint8_t pattern = 0;  // LXW_PATTERN_*
  Color fill_fg = kNoColor;
  Color fill_bg = kNoColor;
  uint8_t border_left = 0;  // LXW_BORDER_*
  uint8_t border_right = 0;
  uint8_t border_top = 0;
  uint8_t border_bottom = 0;
  uint8_t align = 0;   // LXW_ALIGN_* (horizontal), 0: general
  uint8_t valign = 0;  // LXW_ALIGN_VERTICAL_*, 0: bottom (the default)
  bool wrap = false;
  uint8_t indent = 0;
  bool shrink = false;
  int16_t rotation = 0;
  uint16_t num_format_id = 0;  // a built-in format when < 164 and num_format is empty
  std::string num_format;      // the code of a custom number format

  bool operator==(const FormatInfo&) const = default;
};

enum class CellType : uint8_t {
  kString,   // shared or inline string
  kNumber,   // numbers, and dates as serials with a date format
  kBoolean,  // number is 0 or 1
  kFormula,  // text is the formula, number its saved result
  kBlank,    // no value, only a format
};

struct InventoryCell {
  uint32_t row = 0;  // 0-based, as libxlsxwriter counts
  uint16_t col = 0;
  CellType type = CellType::kBlank;
  uint16_t format = 0;  // index into Inventory::formats
  uint32_t text = 0;    // kString, kFormula: offset of a NUL-terminated text in Inventory::text
  double number = 0;    // kNumber, kBoolean, kFormula

  bool operator==(const InventoryCell&) const = default;
};

// A rectangle of cells, 0-based and inclusive.
struct Range {
  uint32_t first_row = 0;
  uint16_t first_col = 0;
  uint32_t last_row = 0;
  uint16_t last_col = 0;

  bool operator==(const Range&) const = default;
};

struct ColumnInfo {
  uint16_t first = 0;  // 0-based, inclusive
  uint16_t last = 0;
  double width = 0;  // as given to worksheet_set_column (character units, before padding)
  uint16_t format = 0;
  bool hidden = false;

  bool operator==(const ColumnInfo&) const = default;
};

// A row with its own height, format or visibility (rows that only hold cells are not listed).
struct RowInfo {
  uint32_t row = 0;
  double height = 0;  // points; 0: the default
  uint16_t format = 0;
  bool hidden = false;

  bool operator==(const RowInfo&) const = default;
};

struct PageSetup {
  bool landscape = false;
  uint8_t paper = 0;  // 0: the printer's default
  bool fit_to_page = false;
  uint16_t fit_width = 1;
  uint16_t fit_height = 1;
  std::string header;
  std::string footer;
  int repeat_first = -1;  // rows repeated at the top of each page, or -1
  int repeat_last = -1;

  bool operator==(const PageSetup&) const = default;
};

struct CellCounts {
  uint64_t strings = 0;
  uint64_t numbers = 0;
  uint64_t booleans = 0;
  uint64_t formulas = 0;
  uint64_t blanks = 0;

  uint64_t total() const { return strings + numbers + booleans + formulas + blanks; }
  bool operator==(const CellCounts&) const = default;
};

struct SheetInventory {
  std::string name;
  bool hidden = false;
  std::vector<ColumnInfo> columns;
  std::vector<RowInfo> rows;
  std::vector<InventoryCell> cells;  // in row order, then column order
  std::vector<Range> merges;
  std::optional<Range> autofilter;
  uint32_t freeze_rows = 0;
  uint16_t freeze_cols = 0;
  PageSetup page;
  Color tab_color = kNoColor;
  // Child elements of the sheet that the floor does not write ("drawing", "dataValidations" …).
  std::vector<std::string> not_reproduced;

  CellCounts Counts() const;
  bool operator==(const SheetInventory&) const = default;
};

struct Inventory {
  std::vector<FormatInfo> formats;  // the workbook's cellXfs, in order
  std::vector<SheetInventory> sheets;
  std::string text;  // the cells' texts, each NUL-terminated

  const char* Text(const InventoryCell& cell) const { return text.data() + cell.text; }
  uint64_t CellCount() const;
};

// Reads the inventory of the .xlsx at `path`. Returns false with `error` ("path: what") when
// the file cannot be read or is not a workbook this program understands.
bool ReadInventory(const std::string& path, Inventory* inventory, std::string* error);

// Two inventories hold the same sheets, cells (types, texts, numbers, format properties),
// columns, rows, merges and layout; formats are compared by their properties, not their index.
// Returns "" when they do, else the first difference.
std::string CompareInventories(const Inventory& a, const Inventory& b);

}  // namespace kefu::bench
