// Reading an .xlsx workbook: its sheets by name, and a sheet as rows of typed cells with their
// A1 references. The workbook is opened with Poco's zip reader (ingest/xlsx_package.h) and its
// XML parts are parsed with pugixml after the checks xml_records.cc makes on an XML file (UTF-8,
// no control characters, no DOCTYPE, no undefined entities).
//
// A sheet is read a row at a time. Its part's text is held whole (at most
// XlsxLimits::max_part_bytes), and pugixml parses it a slice of about a megabyte of rows at a
// time (ingest/xml_slices.h): reading a sheet takes about its part's size plus ten megabytes,
// however many rows it has. The shared strings are loaded once, when a sheet first refers to
// them, into one text with an offset per string.
//
// The reader knows nothing of record types: what a cell means is for the table view
// (ingest/sheet_table.h) and the record parsers.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/source_diagnostics.h"
#include "ingest/xlsx_number_format.h"
#include "ingest/xlsx_package.h"
#include "ingest/xml_slices.h"

namespace kefu {

// Excel's limits: rows 1 … 1,048,576, columns A … XFD (16,384).
inline constexpr uint32_t kXlsxMaxRows = 1048576;
inline constexpr uint32_t kXlsxMaxColumns = 16384;

// "A" for 1, "Z" for 26, "AA" for 27, "XFD" for 16384.
std::string ColumnName(uint32_t column);
// "Sheet!B7": how every message names a cell.
std::string CellLocation(std::string_view sheet, uint32_t row, uint32_t column);
// "Sheet!7:7": a whole row, as Excel names it.
std::string RowLocation(std::string_view sheet, uint32_t row);
// Parses "B7" (letters then digits, no $). Returns false when it is not a reference; the
// column and row may then be beyond Excel's limits, which the caller checks.
bool ParseCellReference(std::string_view text, uint32_t* row, uint32_t* column);
// Decodes the _xHHHH_ escapes of OOXML strings (ST_Xstring: Excel writes a tab-less control
// character as _x0007_, and a literal "_x" as _x005F_x): returns `text` itself when it has
// none, else the decoded text in `scratch`.
std::string_view DecodeXmlString(std::string_view text, std::string* scratch);

enum class XlsxCellType : uint8_t {
  kEmpty,   // a formula whose value was never saved
  kNumber,  // numbers, and dates and times as serials
  kString,  // shared, inline and formula strings; ISO dates of t="d" cells as written
  kBoolean,
  kError,  // #N/A, #DIV/0! … (the text)
};

struct XlsxCell {
  uint32_t column = 0;  // 1-based: A is 1
  XlsxCellType type = XlsxCellType::kEmpty;
  bool formula = false;  // the value is a formula's saved result
  // How the cell's style shows a number: a date, a time … (only meaningful for kNumber).
  NumberFormatKind format = NumberFormatKind::kNumber;
  double number = 0;      // kNumber; kBoolean as 0 or 1
  std::string_view text;  // kString, kError; kNumber and kBoolean: the value as written
};

// One row. Cells without a value or formula (a styled empty cell) are left out. The views
// stay valid until the reader's next Next().
struct XlsxRow {
  uint32_t row = 0;             // 1-based
  std::vector<XlsxCell> cells;  // in column order
};

struct XlsxMergedRange {
  uint32_t first_row = 0;
  uint32_t first_column = 0;
  uint32_t last_row = 0;
  uint32_t last_column = 0;

  bool Contains(uint32_t row, uint32_t column) const {
    return row >= first_row && row <= last_row && column >= first_column && column <= last_column;
  }
};

struct XlsxSheetInfo {
  std::string name;
  std::string part;       // "xl/worksheets/sheet1.xml"; "" when the part is missing
  std::string target;     // the part its relationship names; "" when it has none
  bool worksheet = true;  // false for a chart sheet, dialog sheet or macro sheet
  bool hidden = false;    // state="hidden" or "veryHidden"
};

// Which sheet to read (inputs.md): the worksheet named by one of `names` (a record type's
// English key or Chinese name; ASCII case and surrounding spaces ignored), else the first
// visible worksheet, else none.
std::optional<size_t> PickSheet(const std::vector<XlsxSheetInfo>& sheets,
                                const std::vector<std::string_view>& names);

class XlsxWorkbook;

class XlsxSheetReader {
 public:
  // The next row that has any cell. Returns false at the end of the sheet, or after a fatal
  // diagnostic (then failed() is true).
  bool Next(XlsxRow* row);
  bool failed() const { return failed_; }

  const std::string& name() const { return name_; }
  // Merged ranges, as the sheet lists them.
  const std::vector<XlsxMergedRange>& merged() const { return merged_; }
  DateSystem date_system() const;
  // "Sheet!B7" in this sheet.
  std::string Location(uint32_t row, uint32_t column) const {
    return CellLocation(name_, row, column);
  }

 private:
  friend class XlsxWorkbook;
  XlsxSheetReader(XlsxWorkbook& workbook, std::string name, std::string part,
                  SourceDiagnostics& diagnostics)
      : workbook_(workbook),
        name_(std::move(name)),
        part_(std::move(part)),
        diagnostics_(diagnostics) {}
  bool Load();
  bool NextRowElement();
  bool ReadRow(pugi::xml_node element, XlsxRow* row);
  bool ReadCell(pugi::xml_node element, uint32_t row, XlsxCell* cell);
  // The cell's text: a view into the slice's tree when it needs no decoding, else a copy in
  // the row's arena, whose view is set once the row is complete (the arena may move).
  void SetText(std::string_view raw, XlsxCell* cell);
  void StoreText(std::string_view text);
  bool Fail(Reason reason, SourcePlace place, std::vector<std::string> args = {});
  bool FailAt(Reason reason, uint32_t row, uint32_t column, std::vector<std::string> args = {});
  bool FailAtOffset(Reason reason, size_t offset, std::vector<std::string> args = {});

  XlsxWorkbook& workbook_;
  std::string name_;
  std::string part_;
  SourceDiagnostics& diagnostics_;
  std::string text_;  // the part
  XmlSplit split_;
  size_t next_slice_ = 0;
  pugi::xml_document slice_;
  pugi::xml_node next_row_;  // the next <row> element of the current slice, if any
  size_t slice_offset_ = 0;  // where the current slice starts in text_
  std::vector<XlsxMergedRange> merged_;
  uint32_t last_row_ = 0;
  std::string arena_;  // decoded inline strings of the current row
  struct PendingText {
    size_t cell;
    size_t offset;
    size_t length;
  };
  std::vector<PendingText> pending_;
  bool has_pending_ = false;  // the cell being read has its text in the arena
  size_t pending_offset_ = 0;
  size_t pending_length_ = 0;
  std::string scratch_;
  bool failed_ = false;
};

class XlsxWorkbook {
 public:
  // Opens a workbook from its bytes: the container, the workbook part, its relationships, its
  // styles. Returns null after a fatal diagnostic.
  static std::unique_ptr<XlsxWorkbook> Open(std::string bytes, SourceDiagnostics& diagnostics,
                                            const XlsxLimits& limits = {});

  // Every sheet of the workbook, in the workbook's order (worksheets or not, hidden or not).
  const std::vector<XlsxSheetInfo>& sheets() const { return sheets_; }
  DateSystem date_system() const { return date_system_; }

  // A reader of sheet `index`; null after a fatal diagnostic (the part is missing, too large,
  // not well-formed …). The workbook must outlive the reader.
  std::unique_ptr<XlsxSheetReader> OpenSheet(size_t index, SourceDiagnostics& diagnostics);

 private:
  friend class XlsxSheetReader;
  XlsxWorkbook() = default;
  bool LoadStyles(const std::string& part, SourceDiagnostics& diagnostics);
  // Loads the shared strings on first use; false after a fatal diagnostic at `where`.
  bool EnsureSharedStrings(SourceDiagnostics& diagnostics, SourcePlace where);
  NumberFormatKind StyleFormat(uint32_t style) const {
    return style < style_formats_.size() ? style_formats_[style] : NumberFormatKind::kNumber;
  }
  std::string_view SharedString(size_t index) const {
    return std::string_view(shared_text_)
        .substr(shared_offsets_[index], shared_offsets_[index + 1] - shared_offsets_[index]);
  }
  size_t shared_count() const { return shared_offsets_.empty() ? 0 : shared_offsets_.size() - 1; }

  std::string bytes_;
  std::unique_ptr<XlsxPackage> package_;
  std::vector<XlsxSheetInfo> sheets_;
  DateSystem date_system_ = DateSystem::k1900;
  std::vector<NumberFormatKind> style_formats_;  // per cellXfs entry
  std::string shared_part_;                      // "" when the workbook has none
  bool shared_loaded_ = false;
  bool shared_failed_ = false;
  std::string shared_text_;
  std::vector<size_t> shared_offsets_;  // count + 1
};

}  // namespace kefu
