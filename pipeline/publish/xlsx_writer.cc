#include "publish/xlsx_writer.h"

#include <fmt/format.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <mutex>
#include <set>
#include <utility>
#include <vector>

#include "base/utf8.h"
#include "report/common/sheet_name.h"

namespace kefu {
namespace {

constexpr size_t kMaxCellText = 32767;
constexpr uint32_t kMaxRows = 1048576;
constexpr uint32_t kMaxCols = 16384;
constexpr uint8_t kPaperA4 = 9;
constexpr const char* kDefaultDateFormat = "yyyy-mm-dd";

// Owns the lxw_workbook: freed without writing anything unless Close() is called.
class LxwWorkbook {
 public:
  LxwWorkbook(const std::string& path, bool constant_memory, const std::string& tmpdir)
      : tmpdir_(tmpdir) {
    lxw_workbook_options options = {};
    options.constant_memory = constant_memory ? LXW_TRUE : LXW_FALSE;
    options.tmpdir = tmpdir_.empty() ? nullptr : tmpdir_.data();
    options.use_zip64 = LXW_FALSE;
    workbook_ = workbook_new_opt(path.c_str(), &options);
  }
  ~LxwWorkbook() {
    if (!workbook_) return;
    // lxw_workbook_free leaves the temporary files of constant_memory worksheets open.
    lxw_worksheet* sheet;
    LXW_FOREACH_WORKSHEET(sheet, workbook_) {
      if (sheet->optimize_tmpfile) std::fclose(sheet->optimize_tmpfile);
      sheet->optimize_tmpfile = nullptr;
      sheet->file = nullptr;
    }
    lxw_workbook_free(workbook_);
  }
  LxwWorkbook(const LxwWorkbook&) = delete;
  LxwWorkbook& operator=(const LxwWorkbook&) = delete;

  lxw_workbook* get() const { return workbook_; }
  // Writes the file and frees the workbook (libxlsxwriter frees it even when writing fails).
  // workbook_close formats the creation time with gmtime(), whose result lives in a buffer
  // shared by all threads: two workbooks with different creation times closed at once could
  // swap dates. Workbooks with the same creation time (every dossier of one evaluation) may
  // close together, since whatever the buffer holds is then right for both.
  lxw_error Close(time_t created) {
    static std::mutex mutex;
    static std::condition_variable released;
    static int closing = 0;
    static time_t closing_time = 0;
    {
      std::unique_lock<std::mutex> lock(mutex);
      released.wait(lock, [&] { return closing == 0 || closing_time == created; });
      ++closing;
      closing_time = created;
    }
    lxw_error error = workbook_close(workbook_);
    workbook_ = nullptr;
    {
      std::lock_guard<std::mutex> lock(mutex);
      --closing;
    }
    released.notify_all();
    return error;
  }

 private:
  std::string tmpdir_;  // libxlsxwriter keeps the pointer
  lxw_workbook* workbook_ = nullptr;
};

// Replaces a string that libxlsxwriter owns (and frees with free()).
bool ReplaceText(char** owned, const std::string& text) {
  char* copy = ::strdup(text.c_str());
  if (!copy) return false;
  std::free(*owned);
  *owned = copy;
  return true;
}

std::string CellName(uint32_t row, uint32_t col) {
  char name[LXW_MAX_CELL_NAME_LENGTH + 1] = {};
  lxw_rowcol_to_cell(name, row, static_cast<lxw_col_t>(col));
  return name;
}

bool RangeFits(const CellRange& r) {
  return r.first_row <= r.last_row && r.first_col <= r.last_col && r.last_row < kMaxRows &&
         r.last_col < kMaxCols;
}

bool Contains(const CellRange& r, uint32_t row, uint32_t col) {
  return row >= r.first_row && row <= r.last_row && col >= r.first_col && col <= r.last_col;
}

bool Overlap(const CellRange& a, const CellRange& b) {
  return a.first_row <= b.last_row && b.first_row <= a.last_row && a.first_col <= b.last_col &&
         b.first_col <= a.last_col;
}

bool HasValue(const Cell& cell) {
  return cell.kind == CellKind::kNumber || cell.kind == CellKind::kDate ||
         (cell.kind == CellKind::kText && !cell.text.empty());
}

// Writes one workbook model; the first error stops it.
class Writer {
 public:
  Writer(const Workbook& model, const std::string& path) : model_(model), path_(path) {}

  std::optional<PublishError> Write(const std::string& tmpdir) {
    if (!CheckModel()) return error_;
    LxwWorkbook workbook(path_, model_.constant_memory, tmpdir);
    if (!workbook.get()) {
      return Error(PublishError::Kind::kWriteFailed, "workbook_new_opt failed");
    }
    wb_ = workbook.get();
    if (!WriteProperties()) return error_;
    for (const Sheet& sheet : model_.sheets) {
      if (!WriteSheet(sheet)) return error_;
    }
    lxw_error closed = workbook.Close(created_);
    wb_ = nullptr;
    if (closed != LXW_NO_ERROR) {
      return Error(PublishError::Kind::kWriteFailed, lxw_strerror(closed));
    }
    return std::nullopt;
  }

 private:
  PublishError Error(PublishError::Kind kind, std::string detail) {
    error_ = PublishError{kind, path_, std::move(detail)};
    return *error_;
  }
  bool Fail(PublishError::Kind kind, std::string detail) {
    Error(kind, std::move(detail));
    return false;
  }
  bool Check(lxw_error error, std::string_view where) {
    if (error == LXW_NO_ERROR) return true;
    return Fail(PublishError::Kind::kWriteFailed,
                fmt::format("{}: {}", where, lxw_strerror(error)));
  }
  // Texts other than cell values: valid UTF-8, not taken for a formula where libxlsxwriter
  // would take a leading '=' for one.
  bool CheckText(std::string_view text, std::string_view where, bool formula_prefix_matters) {
    if (!IsValidUtf8(text)) return Fail(PublishError::Kind::kBadText, std::string(where));
    if (formula_prefix_matters && text.starts_with('=')) {
      return Fail(PublishError::Kind::kBadModel, fmt::format("{}: begins with '='", where));
    }
    return true;
  }

  // Everything that can be checked before libxlsxwriter is involved.
  bool CheckModel() {
    const DocumentProperties& p = model_.properties;
    if (!p.created.is_valid() || p.created.days() <= 0 || p.created.year() > 9999) {
      return Fail(PublishError::Kind::kBadModel, "properties.created is not a date after 1970");
    }
    for (const std::string* text : {&p.title, &p.subject, &p.author, &p.company}) {
      if (!CheckText(*text, "properties", false)) return false;
    }
    for (size_t i = 0; i < model_.styles.size(); ++i) {
      if (!CheckText(model_.styles[i].number_format, fmt::format("style {}", i), false)) {
        return false;
      }
    }
    std::set<std::string> keys;
    for (const Sheet& sheet : model_.sheets) {
      if (!IsValidSheetName(sheet.name)) {
        return Fail(PublishError::Kind::kBadSheetName, sheet.name);
      }
      if (!keys.insert(SheetNameKey(sheet.name)).second) {
        return Fail(PublishError::Kind::kBadSheetName, sheet.name);
      }
    }
    for (const Sheet& sheet : model_.sheets) {
      if (!CheckSheetLayout(sheet) || !CheckCells(sheet)) return false;
    }
    return true;
  }

  bool CheckCell(const Sheet& sheet, uint32_t row, size_t col, const Cell& cell) {
    auto where = [&] { return fmt::format("{}!{}", sheet.name, CellName(row, col)); };
    if (col >= kMaxCols) {
      return Fail(PublishError::Kind::kBadModel,
                  fmt::format("{}: row {} has too many cells", sheet.name, row + 1));
    }
    if (cell.style >= model_.styles.size()) {
      return Fail(PublishError::Kind::kBadModel, where() + ": no such style");
    }
    switch (cell.kind) {
      case CellKind::kEmpty:
        return true;
      case CellKind::kText:
        if (!IsValidUtf8(cell.text)) return Fail(PublishError::Kind::kBadText, where());
        if (CodePointCount(cell.text) > kMaxCellText) {
          return Fail(PublishError::Kind::kTextTooLong, where());
        }
        return true;
      case CellKind::kNumber:
        if (std::isfinite(cell.number)) return true;
        return Fail(PublishError::Kind::kBadModel, where() + ": not a finite number");
      case CellKind::kDate:
        if (cell.date.is_valid() && cell.date.year() >= 1900 && cell.date.year() <= 9999) {
          return true;
        }
        return Fail(PublishError::Kind::kBadModel, where() + ": date out of Excel's range");
    }
    return true;
  }

  bool CheckCells(const Sheet& sheet) {
    for (size_t r = 0; r < sheet.rows.size(); ++r) {
      const std::vector<Cell>& cells = sheet.rows[r].cells;
      for (size_t c = 0; c < cells.size(); ++c) {
        if (!CheckCell(sheet, static_cast<uint32_t>(r), c, cells[c])) return false;
      }
    }
    for (size_t i = 0; i < sheet.columns.size(); ++i) {
      if (sheet.columns[i].style >= model_.styles.size()) {
        return Fail(PublishError::Kind::kBadModel,
                    fmt::format("{}: column {}: no such style", sheet.name, i + 1));
      }
    }
    // Inside a merge only the top-left cell may have a value, and only when the merge has no
    // text of its own.
    for (const Merge& merge : sheet.merges) {
      const CellRange& m = merge.range;
      if (merge.style >= model_.styles.size()) {
        return Fail(PublishError::Kind::kBadModel, sheet.name + ": merge: no such style");
      }
      for (uint32_t r = m.first_row; r <= m.last_row && r < sheet.rows.size(); ++r) {
        const std::vector<Cell>& cells = sheet.rows[r].cells;
        for (uint32_t c = m.first_col; c <= m.last_col && c < cells.size(); ++c) {
          bool top_left = r == m.first_row && c == m.first_col;
          if (HasValue(cells[c]) && (!top_left || !merge.text.empty())) {
            return Fail(PublishError::Kind::kBadModel,
                        fmt::format("{}!{}: a value inside a merge", sheet.name, CellName(r, c)));
          }
        }
      }
    }
    return true;
  }

  bool CheckSheetLayout(const Sheet& sheet) {
    const std::string& name = sheet.name;
    if (sheet.rows.size() > kMaxRows || sheet.columns.size() > kMaxCols) {
      return Fail(PublishError::Kind::kBadModel, fmt::format("{}: too many rows or columns", name));
    }
    for (size_t m = 0; m < sheet.merges.size(); ++m) {
      const CellRange& r = sheet.merges[m].range;
      if (!RangeFits(r) || (r.first_row == r.last_row && r.first_col == r.last_col)) {
        return Fail(PublishError::Kind::kBadModel, fmt::format("{}: bad merge {}", name, m));
      }
      for (size_t k = 0; k < m; ++k) {
        if (Overlap(r, sheet.merges[k].range)) {
          return Fail(PublishError::Kind::kBadModel,
                      fmt::format("{}: merges {} and {} overlap", name, k, m));
        }
      }
      if (!CheckText(sheet.merges[m].text,
                     fmt::format("{}!{}", name, CellName(r.first_row, r.first_col)), false)) {
        return false;
      }
    }
    if (sheet.autofilter && !RangeFits(*sheet.autofilter)) {
      return Fail(PublishError::Kind::kBadModel, fmt::format("{}: bad autofilter", name));
    }
    if (sheet.freeze_rows >= kMaxRows || sheet.freeze_cols >= kMaxCols) {
      return Fail(PublishError::Kind::kBadModel, fmt::format("{}: bad freeze panes", name));
    }
    const PrintSetup& print = sheet.print;
    if (print.repeat_rows_first >= static_cast<int>(kMaxRows) ||
        print.repeat_rows_last >= static_cast<int>(kMaxRows)) {
      return Fail(PublishError::Kind::kBadModel, fmt::format("{}: bad repeat rows", name));
    }
    if (!CheckText(print.header, name + " header", false) ||
        !CheckText(print.footer, name + " footer", false)) {
      return false;
    }
    for (const Chart& chart : sheet.charts) {
      std::string where = name + " chart";
      if (chart.series.empty()) {
        return Fail(PublishError::Kind::kBadModel, where + ": no series");
      }
      if (chart.anchor_row >= kMaxRows || chart.anchor_col >= kMaxCols ||
          !(chart.width_scale > 0) || !(chart.height_scale > 0)) {
        return Fail(PublishError::Kind::kBadModel, where + ": bad anchor or scale");
      }
      for (const std::string* text : {&chart.title, &chart.x_title, &chart.y_title}) {
        if (!CheckText(*text, where, true)) return false;
      }
      for (const ChartSeries& s : chart.series) {
        if (!CheckText(s.name, where, true)) return false;
        bool known = std::any_of(model_.sheets.begin(), model_.sheets.end(),
                                 [&](const Sheet& other) { return other.name == s.data_sheet; });
        if (!known) {
          return Fail(PublishError::Kind::kBadModel,
                      fmt::format("{}: no sheet '{}'", where, s.data_sheet));
        }
        if (!RangeFits(s.values) || (s.categories && !RangeFits(*s.categories))) {
          return Fail(PublishError::Kind::kBadModel, where + ": bad range");
        }
      }
    }
    return true;
  }

  time_t created_ = 0;

  bool WriteProperties() {
    const DocumentProperties& p = model_.properties;
    // libxlsxwriter keeps char* (not const) pointers; these copies outlive the close.
    title_ = p.title, subject_ = p.subject, author_ = p.author, company_ = p.company;
    lxw_doc_properties props = {};
    auto text = [](std::string& s) { return s.empty() ? nullptr : s.data(); };
    props.title = text(title_);
    props.subject = text(subject_);
    props.author = text(author_);
    props.company = text(company_);
    // 00:00 UTC of the creation day; timegm, not mktime, so that TZ does not matter.
    std::tm tm = {};
    tm.tm_year = p.created.year() - 1900;
    tm.tm_mon = p.created.month() - 1;
    tm.tm_mday = p.created.day();
    props.created = timegm(&tm);
    created_ = props.created;
    return Check(workbook_set_properties(wb_, &props), "properties");
  }

  // The lxw_format of a style, created on first use and shared by equal styles; nullptr for the
  // default style.
  bool Format(StyleId id, bool date, lxw_format** format) {
    CellStyle style = model_.styles[id];
    if (date && style.number_format.empty()) style.number_format = kDefaultDateFormat;
    if (style == CellStyle{}) {
      *format = nullptr;
      return true;
    }
    for (const auto& [known, f] : formats_) {
      if (known == style) {
        *format = f;
        return true;
      }
    }
    lxw_format* f = workbook_add_format(wb_);
    if (!f) return Fail(PublishError::Kind::kWriteFailed, "workbook_add_format failed");
    if (style.bold) format_set_bold(f);
    if (style.italic) format_set_italic(f);
    if (style.font_size > 0) format_set_font_size(f, style.font_size);
    if (style.font_color) format_set_font_color(f, style.font_color);
    if (style.fill_color) {
      format_set_pattern(f, LXW_PATTERN_SOLID);
      format_set_bg_color(f, style.fill_color);
    }
    switch (style.align) {
      case HAlign::kGeneral:
        break;
      case HAlign::kLeft:
        format_set_align(f, LXW_ALIGN_LEFT);
        break;
      case HAlign::kCenter:
        format_set_align(f, LXW_ALIGN_CENTER);
        break;
      case HAlign::kRight:
        format_set_align(f, LXW_ALIGN_RIGHT);
        break;
    }
    if (style.vcenter) format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    if (style.wrap) format_set_text_wrap(f);
    if (style.border) format_set_border(f, LXW_BORDER_THIN);
    if (!style.number_format.empty()) format_set_num_format(f, style.number_format.c_str());
    formats_.emplace_back(style, f);
    *format = f;
    return true;
  }

  // Writes one cell, already checked by CheckCells.
  bool WriteCell(lxw_worksheet* ws, const Sheet& sheet, uint32_t row, uint32_t col,
                 const Cell& cell) {
    lxw_format* format = nullptr;
    if (!Format(cell.style, cell.kind == CellKind::kDate, &format)) return false;
    lxw_col_t c = static_cast<lxw_col_t>(col);
    lxw_error error = LXW_NO_ERROR;
    switch (cell.kind) {
      case CellKind::kText:
        if (!cell.text.empty()) {
          error = worksheet_write_string(ws, row, c, cell.text.c_str(), format);
          break;
        }
        [[fallthrough]];
      case CellKind::kEmpty:
        if (format) error = worksheet_write_blank(ws, row, c, format);
        break;
      case CellKind::kNumber:
        error = worksheet_write_number(ws, row, c, cell.number, format);
        break;
      case CellKind::kDate: {
        lxw_datetime dt = {cell.date.year(), cell.date.month(), cell.date.day(), 0, 0, 0.0};
        error = worksheet_write_datetime(ws, row, c, &dt, format);
        break;
      }
    }
    // The cell's name is formatted only for the message of a failure (this runs per cell).
    if (error == LXW_NO_ERROR) return true;
    return Check(error, fmt::format("{}!{}", sheet.name, CellName(row, col)));
  }

  // The cell that a merge puts at (row, col), given what the sheet's rows hold there (checked
  // by CheckCells: a value only at the top left of a merge without text).
  static Cell MergedCell(const Merge& merge, uint32_t row, uint32_t col, const Cell* given) {
    bool top_left = row == merge.range.first_row && col == merge.range.first_col;
    if (top_left && !merge.text.empty()) return Cell::Text(merge.text, merge.style);
    if (top_left && given && HasValue(*given)) {
      Cell cell = *given;
      cell.style = merge.style;
      return cell;
    }
    return Cell::Empty(merge.style);
  }

  bool WriteRows(lxw_worksheet* ws, const Sheet& sheet) {
    std::vector<const Merge*> pending;
    for (const Merge& m : sheet.merges) pending.push_back(&m);
    std::sort(pending.begin(), pending.end(), [](const Merge* a, const Merge* b) {
      return std::pair(a->range.first_row, a->range.first_col) <
             std::pair(b->range.first_row, b->range.first_col);
    });
    uint32_t end = static_cast<uint32_t>(sheet.rows.size());
    for (const Merge* m : pending) end = std::max(end, m->range.last_row + 1);

    std::vector<const Merge*> active;
    size_t next = 0;
    for (uint32_t row = 0; row < end; ++row) {
      std::erase_if(active, [&](const Merge* m) { return m->range.last_row < row; });
      for (; next < pending.size() && pending[next]->range.first_row == row; ++next) {
        const CellRange& r = pending[next]->range;
        // No text and no format: libxlsxwriter only records the range, and the cells are
        // written below in row order (which constant_memory mode needs).
        if (!Check(worksheet_merge_range(ws, r.first_row, static_cast<lxw_col_t>(r.first_col),
                                         r.last_row, static_cast<lxw_col_t>(r.last_col), nullptr,
                                         nullptr),
                   sheet.name + " merge")) {
          return false;
        }
        active.push_back(pending[next]);
      }
      const SheetRow* given = row < sheet.rows.size() ? &sheet.rows[row] : nullptr;
      if (given && given->height > 0 &&
          !Check(worksheet_set_row(ws, row, given->height, nullptr), sheet.name + " row")) {
        return false;
      }
      auto merge_at = [&](uint32_t col) -> const Merge* {
        for (const Merge* m : active) {
          if (Contains(m->range, row, col)) return m;
        }
        return nullptr;
      };
      if (given) {
        for (size_t col = 0; col < given->cells.size(); ++col) {
          if (merge_at(static_cast<uint32_t>(col))) continue;
          if (!WriteCell(ws, sheet, row, static_cast<uint32_t>(col), given->cells[col])) {
            return false;
          }
        }
      }
      for (const Merge* m : active) {
        for (uint32_t col = m->range.first_col; col <= m->range.last_col; ++col) {
          const Cell* cell = given && col < given->cells.size() ? &given->cells[col] : nullptr;
          if (!WriteCell(ws, sheet, row, col, MergedCell(*m, row, col, cell))) return false;
        }
      }
    }
    return true;
  }

  bool WriteLayout(lxw_worksheet* ws, const Sheet& sheet) {
    for (size_t i = 0; i < sheet.columns.size(); ++i) {
      lxw_format* format = nullptr;
      if (!Format(sheet.columns[i].style, false, &format)) return false;
      lxw_col_t c = static_cast<lxw_col_t>(i);
      if (!Check(worksheet_set_column(ws, c, c, sheet.columns[i].width, format),
                 sheet.name + " column")) {
        return false;
      }
    }
    if (sheet.freeze_rows || sheet.freeze_cols) {
      worksheet_freeze_panes(ws, sheet.freeze_rows, static_cast<lxw_col_t>(sheet.freeze_cols));
    }
    if (sheet.autofilter) {
      const CellRange& r = *sheet.autofilter;
      if (!Check(worksheet_autofilter(ws, r.first_row, static_cast<lxw_col_t>(r.first_col),
                                      r.last_row, static_cast<lxw_col_t>(r.last_col)),
                 sheet.name + " autofilter")) {
        return false;
      }
    }
    const PrintSetup& print = sheet.print;
    worksheet_set_paper(ws, kPaperA4);
    if (print.landscape)
      worksheet_set_landscape(ws);
    else
      worksheet_set_portrait(ws);
    if (print.fit_to_width) worksheet_fit_to_pages(ws, 1, 0);
    if (print.repeat_rows_first >= 0) {
      int last = std::max(print.repeat_rows_first, print.repeat_rows_last);
      if (!Check(worksheet_repeat_rows(ws, static_cast<lxw_row_t>(print.repeat_rows_first),
                                       static_cast<lxw_row_t>(last)),
                 sheet.name + " repeat rows")) {
        return false;
      }
    }
    if (!print.header.empty() &&
        !Check(worksheet_set_header(ws, print.header.c_str()), sheet.name + " header")) {
      return false;
    }
    if (!print.footer.empty() &&
        !Check(worksheet_set_footer(ws, print.footer.c_str()), sheet.name + " footer")) {
      return false;
    }
    if (sheet.tab_color) worksheet_set_tab_color(ws, sheet.tab_color);
    return true;
  }

  bool WriteChart(lxw_worksheet* ws, const Sheet& sheet, const Chart& model) {
    uint8_t type = LXW_CHART_COLUMN;
    if (model.type == ChartType::kLine) type = LXW_CHART_LINE;
    if (model.type == ChartType::kBar) type = LXW_CHART_BAR;
    lxw_chart* chart = workbook_add_chart(wb_, type);
    if (!chart) return Fail(PublishError::Kind::kWriteFailed, "workbook_add_chart failed");
    if (!model.title.empty()) chart_title_set_name(chart, model.title.c_str());
    if (!model.x_title.empty()) chart_axis_set_name(chart->x_axis, model.x_title.c_str());
    if (!model.y_title.empty()) chart_axis_set_name(chart->y_axis, model.y_title.c_str());
    for (const ChartSeries& s : model.series) {
      lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
      if (!series) return Fail(PublishError::Kind::kWriteFailed, "chart_add_series failed");
      const CellRange& v = s.values;
      chart_series_set_values(series, s.data_sheet.c_str(), v.first_row,
                              static_cast<lxw_col_t>(v.first_col), v.last_row,
                              static_cast<lxw_col_t>(v.last_col));
      if (s.categories) {
        const CellRange& c = *s.categories;
        chart_series_set_categories(series, s.data_sheet.c_str(), c.first_row,
                                    static_cast<lxw_col_t>(c.first_col), c.last_row,
                                    static_cast<lxw_col_t>(c.last_col));
      }
      if (!s.name.empty()) chart_series_set_name(series, s.name.c_str());
      // The ranges' formulas name the data sheet quoted by Excel's rules, as above.
      for (lxw_series_range* range : {series->values, series->categories}) {
        if (!range || !range->formula) continue;
        std::string_view formula = range->formula;
        size_t bang = formula.rfind('!');
        if (bang == std::string_view::npos ||
            !ReplaceText(&range->formula,
                         QuotedSheetName(s.data_sheet) + std::string(formula.substr(bang)))) {
          return Fail(PublishError::Kind::kWriteFailed, sheet.name + " chart: bad series range");
        }
      }
    }
    lxw_chart_options options = {};
    options.x_scale = model.width_scale;
    options.y_scale = model.height_scale;
    return Check(
        worksheet_insert_chart_opt(ws, model.anchor_row, static_cast<lxw_col_t>(model.anchor_col),
                                   chart, &options),
        sheet.name + " chart");
  }

  bool WriteSheet(const Sheet& sheet) {
    lxw_worksheet* ws = workbook_add_worksheet(wb_, sheet.name.c_str());
    if (!ws)
      return Fail(PublishError::Kind::kWriteFailed, sheet.name + ": workbook_add_worksheet failed");
    // The name libxlsxwriter writes into the defined names of print titles, print area and
    // autofilter: quoted by Excel's rules (report/sheet_name.h), not only when it holds a
    // character other than a letter, digit, '_' or '.' (a team named 1 printed as 1!$4:$6).
    if (!ReplaceText(&ws->quoted_name, QuotedSheetName(sheet.name))) {
      return Fail(PublishError::Kind::kWriteFailed, sheet.name + ": out of memory");
    }
    if (!WriteLayout(ws, sheet) || !WriteRows(ws, sheet)) return false;
    for (const Chart& chart : sheet.charts) {
      if (!WriteChart(ws, sheet, chart)) return false;
    }
    return true;
  }

  const Workbook& model_;
  const std::string& path_;
  lxw_workbook* wb_ = nullptr;
  std::vector<std::pair<CellStyle, lxw_format*>> formats_;
  std::string title_, subject_, author_, company_;
  std::optional<PublishError> error_;
};

}  // namespace

std::optional<PublishError> WriteXlsx(const Workbook& workbook, const std::string& path,
                                      const std::string& tmpdir) {
  return Writer(workbook, path).Write(tmpdir);
}

}  // namespace kefu
