// The model of a workbook that reports build and publish/xlsx_writer.h turns into a file:
// sheets of typed cells with styles, merges, column widths, freeze panes, autofilter, print
// setup and charts. Reports are tested on this model without writing a file.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/date.h"

namespace kefu {

// Colours as 0xRRGGBB; 0 means "none / default".
using Rgb = uint32_t;

enum class HAlign : uint8_t { kGeneral, kLeft, kCenter, kRight };

struct CellStyle {
  bool bold = false;
  bool italic = false;
  double font_size = 0;  // 0: the workbook default
  Rgb font_color = 0;
  Rgb fill_color = 0;
  HAlign align = HAlign::kGeneral;
  bool vcenter = false;
  bool wrap = false;
  bool border = false;        // thin border on all four sides
  std::string number_format;  // e.g. "0.0", "0.00", "yyyy-mm-dd"; empty: general

  bool operator==(const CellStyle&) const = default;
};

// An index into Workbook::styles; 0 is the default style.
using StyleId = uint16_t;

enum class CellKind : uint8_t { kEmpty, kText, kNumber, kDate };

// One cell. Text is always written as a string (never a formula or URL), whatever it starts
// with; the writer refuses invalid UTF-8 and never passes an empty string to libxlsxwriter.
struct Cell {
  CellKind kind = CellKind::kEmpty;
  StyleId style = 0;
  std::string text;
  double number = 0;
  Date date;

  static Cell Empty(StyleId style = 0) { return Cell{CellKind::kEmpty, style, {}, 0, {}}; }
  static Cell Text(std::string text, StyleId style = 0) {
    return Cell{CellKind::kText, style, std::move(text), 0, {}};
  }
  static Cell Number(double value, StyleId style = 0) {
    return Cell{CellKind::kNumber, style, {}, value, {}};
  }
  static Cell Day(Date date, StyleId style = 0) {
    return Cell{CellKind::kDate, style, {}, 0, date};
  }
};

struct SheetRow {
  std::vector<Cell> cells;
  double height = 0;  // points; 0: default
};

// A rectangle of cells, 0-based and inclusive.
struct CellRange {
  uint32_t first_row = 0;
  uint16_t first_col = 0;
  uint32_t last_row = 0;
  uint16_t last_col = 0;
};

// Merged cells show `text` in `style`; the sheet's rows leave every cell of the range empty
// (or absent).
struct Merge {
  CellRange range;
  std::string text;
  StyleId style = 0;
};

struct Column {
  double width = 10;  // in Excel's character units
  StyleId style = 0;
};

struct PrintSetup {
  bool landscape = false;
  bool fit_to_width = true;    // fit to one page wide, as many pages tall as needed
  int repeat_rows_first = -1;  // rows repeated at the top of each page, or -1
  int repeat_rows_last = -1;
  std::string header;  // Excel header/footer codes, e.g. "&C第 &P 页，共 &N 页"
  std::string footer;
};

enum class ChartType : uint8_t { kLine, kColumn, kBar };

struct ChartSeries {
  std::string name;
  // Values and categories are ranges of the same sheet as the chart's data sheet.
  std::string data_sheet;
  CellRange values;
  std::optional<CellRange> categories;
};

struct Chart {
  ChartType type = ChartType::kColumn;
  std::string title;
  std::string x_title;
  std::string y_title;
  std::vector<ChartSeries> series;
  uint32_t anchor_row = 0;  // where the chart's top-left corner is placed
  uint16_t anchor_col = 0;
  double width_scale = 1.5;
  double height_scale = 1.5;
};

struct Sheet {
  std::string name;  // validated by the writer: 1–31 characters, none of []:*?/\, unique
  std::vector<Column> columns;
  std::vector<SheetRow> rows;
  std::vector<Merge> merges;
  uint32_t freeze_rows = 0;
  uint16_t freeze_cols = 0;
  std::optional<CellRange> autofilter;
  PrintSetup print;
  std::vector<Chart> charts;
  Rgb tab_color = 0;
};

struct DocumentProperties {
  std::string title;
  std::string subject;
  std::string author;
  std::string company;
  // The workbook's creation time: the period's last day at 00:00, never the clock, so the same
  // inputs always give the same bytes.
  Date created;
};

struct Workbook {
  std::vector<CellStyle> styles = {CellStyle{}};
  std::vector<Sheet> sheets;
  DocumentProperties properties;
  // Write rows as they come and keep little in memory (libxlsxwriter's constant_memory); set by
  // the builders of large workbooks.
  bool constant_memory = false;

  // The id of `style`, adding it on first use.
  StyleId AddStyle(const CellStyle& style) {
    for (size_t i = 0; i < styles.size(); ++i) {
      if (styles[i] == style) return static_cast<StyleId>(i);
    }
    styles.push_back(style);
    return static_cast<StyleId>(styles.size() - 1);
  }
};

}  // namespace kefu
