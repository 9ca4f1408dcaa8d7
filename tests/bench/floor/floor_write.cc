#include "floor_write.h"

#include <fmt/format.h>
#include <xlsxwriter.h>

#include <vector>

namespace kefu::bench {
namespace {

lxw_format* MakeFormat(lxw_workbook* workbook, const FormatInfo& f) {
  lxw_format* format = workbook_add_format(workbook);
  if (!format) return nullptr;
  if (!f.font_name.empty()) format_set_font_name(format, f.font_name.c_str());
  if (f.font_size != 11) format_set_font_size(format, f.font_size);
  if (f.bold) format_set_bold(format);
  if (f.italic) format_set_italic(format);
  if (f.strikeout) format_set_font_strikeout(format);
  if (f.underline) format_set_underline(format, f.underline);
  if (f.font_color != kNoColor) format_set_font_color(format, f.font_color);
  if (f.pattern) format_set_pattern(format, f.pattern);
  if (f.fill_fg != kNoColor) format_set_fg_color(format, f.fill_fg);
  if (f.fill_bg != kNoColor) format_set_bg_color(format, f.fill_bg);
  if (f.border_left) format_set_left(format, f.border_left);
  if (f.border_right) format_set_right(format, f.border_right);
  if (f.border_top) format_set_top(format, f.border_top);
  if (f.border_bottom) format_set_bottom(format, f.border_bottom);
  if (f.align) format_set_align(format, f.align);
  if (f.valign) format_set_align(format, f.valign);
  if (f.wrap) format_set_text_wrap(format);
  if (f.indent) format_set_indent(format, f.indent);
  if (f.shrink) format_set_shrink(format);
  // OOXML: 1–90 up, 91–180 down by value − 90, 255 stacked.
  if (f.rotation) {
    format_set_rotation(format, static_cast<int16_t>(f.rotation == 255 ? 270
                                                     : f.rotation > 90 ? 90 - f.rotation
                                                                       : f.rotation));
  }
  if (!f.num_format.empty()) {
    format_set_num_format(format, f.num_format.c_str());
  } else if (f.num_format_id) {
    format_set_num_format_index(format, static_cast<uint8_t>(f.num_format_id));
  }
  return format;
}

class Writer {
 public:
  Writer(const Inventory& inventory, std::string* error) : inventory_(inventory), error_(*error) {}

  bool Write(const std::string& path, const std::string& tmpdir) {
    tmpdir_ = tmpdir;  // libxlsxwriter keeps the pointer
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = tmpdir_.data();
    options.use_zip64 = LXW_FALSE;
    workbook_ = workbook_new_opt(path.c_str(), &options);
    if (!workbook_) return Fail(fmt::format("{}: workbook_new_opt failed", path));
    formats_.assign(inventory_.formats.size(), nullptr);  // format 0 is the default
    for (size_t i = 1; i < formats_.size(); ++i) {
      formats_[i] = MakeFormat(workbook_, inventory_.formats[i]);
      if (!formats_[i]) return Abandon("workbook_add_format failed");
    }
    for (const SheetInventory& sheet : inventory_.sheets) {
      if (!WriteSheet(sheet)) return Abandon(error_);
    }
    lxw_error closed = workbook_close(workbook_);
    workbook_ = nullptr;
    if (closed != LXW_NO_ERROR) return Fail(fmt::format("{}: {}", path, lxw_strerror(closed)));
    return true;
  }

 private:
  bool Fail(std::string what) {
    error_ = std::move(what);
    return false;
  }
  bool Abandon(std::string what) {
    lxw_workbook_free(workbook_);
    workbook_ = nullptr;
    return Fail(std::move(what));
  }
  bool Check(lxw_error error, const SheetInventory& sheet, std::string_view what) {
    if (error == LXW_NO_ERROR) return true;
    return Fail(fmt::format("sheet '{}': {}: {}", sheet.name, what, lxw_strerror(error)));
  }

  bool WriteLayout(lxw_worksheet* ws, const SheetInventory& sheet) {
    for (const ColumnInfo& c : sheet.columns) {
      lxw_row_col_options hidden = {};
      hidden.hidden = c.hidden ? LXW_TRUE : LXW_FALSE;
      if (!Check(worksheet_set_column_opt(ws, c.first, c.last,
                                          c.width > 0 ? c.width : LXW_DEF_COL_WIDTH,
                                          formats_[c.format], &hidden),
                 sheet, "column")) {
        return false;
      }
    }
    if (sheet.freeze_rows || sheet.freeze_cols) {
      worksheet_freeze_panes(ws, sheet.freeze_rows, sheet.freeze_cols);
    }
    if (const auto& r = sheet.autofilter;
        r && !Check(worksheet_autofilter(ws, r->first_row, r->first_col, r->last_row, r->last_col),
                    sheet, "autofilter")) {
      return false;
    }
    for (const Range& m : sheet.merges) {
      // No text and no format: libxlsxwriter records the range; its cells are in sheet.cells.
      if (!Check(worksheet_merge_range(ws, m.first_row, m.first_col, m.last_row, m.last_col,
                                       nullptr, nullptr),
                 sheet, "merge")) {
        return false;
      }
    }
    const PageSetup& page = sheet.page;
    if (page.paper) worksheet_set_paper(ws, page.paper);
    if (page.landscape) worksheet_set_landscape(ws);
    if (page.fit_to_page) worksheet_fit_to_pages(ws, page.fit_width, page.fit_height);
    if (page.repeat_first >= 0 &&
        !Check(worksheet_repeat_rows(ws, static_cast<lxw_row_t>(page.repeat_first),
                                     static_cast<lxw_row_t>(page.repeat_last)),
               sheet, "repeat rows")) {
      return false;
    }
    if (!page.header.empty() &&
        !Check(worksheet_set_header(ws, page.header.c_str()), sheet, "header")) {
      return false;
    }
    if (!page.footer.empty() &&
        !Check(worksheet_set_footer(ws, page.footer.c_str()), sheet, "footer")) {
      return false;
    }
    if (sheet.tab_color != kNoColor) worksheet_set_tab_color(ws, sheet.tab_color);
    if (sheet.hidden) worksheet_hide(ws);
    return true;
  }

  bool WriteRowInfo(lxw_worksheet* ws, const SheetInventory& sheet, const RowInfo& row) {
    lxw_row_col_options hidden = {};
    hidden.hidden = row.hidden ? LXW_TRUE : LXW_FALSE;
    return Check(
        worksheet_set_row_opt(ws, row.row, row.height > 0 ? row.height : LXW_DEF_ROW_HEIGHT,
                              formats_[row.format], &hidden),
        sheet, "row");
  }

  bool WriteCell(lxw_worksheet* ws, const InventoryCell& cell) {
    lxw_format* format = formats_[cell.format];
    switch (cell.type) {
      case CellType::kString:
        return worksheet_write_string(ws, cell.row, cell.col, inventory_.Text(cell), format) ==
               LXW_NO_ERROR;
      case CellType::kNumber:
        return worksheet_write_number(ws, cell.row, cell.col, cell.number, format) == LXW_NO_ERROR;
      case CellType::kBoolean:
        return worksheet_write_boolean(ws, cell.row, cell.col, cell.number != 0, format) ==
               LXW_NO_ERROR;
      case CellType::kFormula:
        return worksheet_write_formula_num(ws, cell.row, cell.col, inventory_.Text(cell), format,
                                           cell.number) == LXW_NO_ERROR;
      case CellType::kBlank:
        return worksheet_write_blank(ws, cell.row, cell.col, format) == LXW_NO_ERROR;
    }
    return false;
  }

  // Rows strictly in order (constant_memory flushes a row when the next one begins): a row's
  // height and format before its cells.
  bool WriteSheet(const SheetInventory& sheet) {
    lxw_worksheet* ws = workbook_add_worksheet(workbook_, sheet.name.c_str());
    if (!ws) return Fail(fmt::format("sheet '{}': workbook_add_worksheet failed", sheet.name));
    if (!WriteLayout(ws, sheet)) return false;
    size_t next_row = 0;
    for (const InventoryCell& cell : sheet.cells) {
      for (; next_row < sheet.rows.size() && sheet.rows[next_row].row <= cell.row; ++next_row) {
        if (!WriteRowInfo(ws, sheet, sheet.rows[next_row])) return false;
      }
      if (!WriteCell(ws, cell)) {
        return Fail(
            fmt::format("sheet '{}': cell {}:{} refused", sheet.name, cell.row + 1, cell.col + 1));
      }
    }
    for (; next_row < sheet.rows.size(); ++next_row) {
      if (!WriteRowInfo(ws, sheet, sheet.rows[next_row])) return false;
    }
    return true;
  }

  const Inventory& inventory_;
  std::string& error_;
  std::string tmpdir_;
  lxw_workbook* workbook_ = nullptr;
  std::vector<lxw_format*> formats_;
};

}  // namespace

bool WriteFloorWorkbook(const Inventory& inventory, const std::string& path,
                        const std::string& tmpdir, std::string* error) {
  return Writer(inventory, error).Write(path, tmpdir);
}

}  // namespace kefu::bench
