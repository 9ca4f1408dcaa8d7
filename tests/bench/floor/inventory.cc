#include "inventory.h"

#include <fmt/format.h>

#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>
#include <memory>
#include <pugixml.hpp>
#include <set>
#include <string_view>
#include <tuple>

#include "base/file_bytes.h"
#include "ingest/source_diagnostics.h"
#include "ingest/xlsx_package.h"
#include "ingest/xlsx_workbook.h"
#include "ingest/xml_slices.h"

namespace kefu::bench {
namespace {

// Parts larger than kefu's reader takes from its inputs: the floor reads kefu's own workbooks,
// whose daily grid at 50,000 staff is a few hundred megabytes of XML.
constexpr uint64_t kMaxPartBytes = uint64_t{4} << 30;
// The size of the slices of rows that pugixml parses at a time.
constexpr size_t kSliceBytes = size_t{4} << 20;
constexpr unsigned kParseOptions = pugi::parse_default | pugi::parse_ws_pcdata_single;

constexpr std::array<std::string_view, 2> kSheetDataPath = {"worksheet", "sheetData"};
constexpr std::array<std::string_view, 1> kSharedStringsPath = {"sst"};

// Children of <worksheet> that the floor either writes or that cost the writer nothing it can
// choose (the dimension, the default row height and the page margins are always written).
const std::set<std::string_view> kReproduced = {
    "sheetPr",    "dimension",  "sheetViews",  "sheetFormatPr", "cols",        "sheetData",
    "mergeCells", "autoFilter", "pageMargins", "pageSetup",     "headerFooter"};

// OOXML's names for libxlsxwriter's enums, in the order of their values.
constexpr std::array<std::string_view, 19> kPatterns = {
    "none",           "solid",           "mediumGray",    "darkGray",  "lightGray",
    "darkHorizontal", "darkVertical",    "darkDown",      "darkUp",    "darkGrid",
    "darkTrellis",    "lightHorizontal", "lightVertical", "lightDown", "lightUp",
    "lightGrid",      "lightTrellis",    "gray125",       "gray0625"};
constexpr std::array<std::string_view, 14> kBorders = {"none",
                                                       "thin",
                                                       "medium",
                                                       "dashed",
                                                       "dotted",
                                                       "thick",
                                                       "double",
                                                       "hair",
                                                       "mediumDashed",
                                                       "dashDot",
                                                       "mediumDashDot",
                                                       "dashDotDot",
                                                       "mediumDashDotDot",
                                                       "slantDashDot"};
// LXW_ALIGN_LEFT … LXW_ALIGN_DISTRIBUTED are 1 … 7.
constexpr std::array<std::string_view, 8> kHorizontal = {
    "general", "left", "center", "right", "fill", "justify", "centerContinuous", "distributed"};
// LXW_ALIGN_VERTICAL_TOP … LXW_ALIGN_VERTICAL_DISTRIBUTED are 8 … 12.
constexpr std::array<std::string_view, 5> kVertical = {"top", "bottom", "center", "justify",
                                                       "distributed"};
constexpr std::array<std::string_view, 5> kUnderlines = {"none", "single", "double",
                                                         "singleAccounting", "doubleAccounting"};

template <size_t N>
uint8_t IndexOf(const std::array<std::string_view, N>& names, std::string_view name) {
  for (size_t i = 0; i < N; ++i) {
    if (names[i] == name) return static_cast<uint8_t>(i);
  }
  return 0;
}

bool IsTrue(const pugi::xml_attribute& attr) {
  std::string_view v = attr.value();
  return v == "1" || v == "true";
}

bool ParseNumber(std::string_view text, double* value) {
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, *value);
  return ec == std::errc() && ptr == end;
}

uint64_t ParseCount(std::string_view text) {
  uint64_t value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

// "FF9C0006" → 0x9C0006; a theme or indexed colour → kNoColor.
Color ColorOf(pugi::xml_node color) {
  std::string_view rgb = color.attribute("rgb").value();
  if (rgb.size() != 8) return kNoColor;
  uint32_t value = 0;
  auto [ptr, ec] = std::from_chars(rgb.data() + 2, rgb.data() + 8, value, 16);
  return ec == std::errc() && ptr == rgb.data() + 8 ? value : kNoColor;
}

// libxlsxwriter stores a column width w as ((int)(w * 7 + 0.5) + 5) / 7 (w < 1: (int)(w * 12 +
// 0.5) / 7), cut to 1/256. The width that gives the stored one back when written again.
double UserWidth(double stored) {
  double pixels = std::round(stored * 7);
  return pixels >= 12 ? (pixels - 5) / 7 : pixels / 12;
}

// The text of a string item (<si>, <is>): its <t>, or the <t> of each rich-text run (phonetic
// runs are not part of the text), with the _xHHHH_ escapes decoded.
std::string ItemText(pugi::xml_node item) {
  std::string raw;
  for (pugi::xml_node child : item.children()) {
    std::string_view name = child.name();
    if (name == "t") raw += child.child_value();
    if (name == "r") raw += child.child("t").child_value();
  }
  std::string scratch;
  return std::string(DecodeXmlString(raw, &scratch));
}

class Reader {
 public:
  Reader(const std::string& path, Inventory* inventory, std::string* error)
      : path_(path),
        inventory_(*inventory),
        error_(*error),
        sink_(path, RecordType::kEmployees, diagnostics_) {}

  bool Read() {
    FileBytes file = ReadFileBytes(path_);
    if (file.missing) return Fail("no such file");
    if (!file.error.empty()) return Fail(file.error);
    bytes_ = std::move(file.bytes);
    XlsxLimits limits;
    limits.max_part_bytes = kMaxPartBytes;
    limits.max_small_part_bytes = kMaxPartBytes;
    // The sheets as kefu's reader finds them (names, parts, visibility); the parts are read
    // from a second package over the same bytes, since the reader keeps its own private.
    std::unique_ptr<XlsxWorkbook> book = XlsxWorkbook::Open(bytes_, sink_, limits);
    if (!book) return FailDiagnostic();
    package_ = XlsxPackage::Open(bytes_, limits, sink_);
    if (!package_) return FailDiagnostic();
    if (!ReadStyles() || !ReadSharedStrings() || !ReadPrintTitles(book->sheets().size())) {
      return false;
    }
    for (size_t i = 0; i < book->sheets().size(); ++i) {
      const XlsxSheetInfo& info = book->sheets()[i];
      if (!info.worksheet) return Fail(fmt::format("sheet '{}' is not a worksheet", info.name));
      SheetInventory sheet;
      sheet.name = info.name;
      sheet.hidden = info.hidden;
      if (print_titles_.count(i)) {
        std::tie(sheet.page.repeat_first, sheet.page.repeat_last) = print_titles_[i];
      }
      if (!ReadSheet(info.part, &sheet)) return false;
      inventory_.sheets.push_back(std::move(sheet));
    }
    return true;
  }

 private:
  bool Fail(std::string what) {
    error_ = fmt::format("{}: {}", path_, what);
    return false;
  }
  bool FailDiagnostic() {
    if (diagnostics_.empty()) return Fail("not a workbook");
    const Diagnostic& d = diagnostics_.back();
    std::string args;
    for (const std::string& a : d.args) args += " " + a;
    return Fail(
        fmt::format("{}{}{}", ReasonKey(d.reason), d.location.empty() ? "" : " at ", d.location) +
        args);
  }

  bool ReadPart(const std::string& name, std::string* text) {
    std::string found = package_->Find(name);
    if (found.empty()) return Fail(fmt::format("no part {}", name));
    if (!package_->Read(found, kMaxPartBytes, text, sink_)) return FailDiagnostic();
    return true;
  }
  bool LoadPart(const std::string& name, pugi::xml_document* doc) {
    std::string text;
    if (!ReadPart(name, &text)) return false;
    pugi::xml_parse_result parsed = doc->load_buffer(text.data(), text.size(), kParseOptions);
    if (!parsed) return Fail(fmt::format("{}: {}", name, parsed.description()));
    return true;
  }

  bool ReadStyles() {
    pugi::xml_document doc;
    if (!LoadPart("xl/styles.xml", &doc)) return false;
    pugi::xml_node root = doc.child("styleSheet");
    std::map<uint64_t, std::string> codes;
    for (pugi::xml_node f : root.child("numFmts").children("numFmt")) {
      codes[ParseCount(f.attribute("numFmtId").value())] = f.attribute("formatCode").value();
    }
    std::vector<pugi::xml_node> fonts, fills, borders;
    for (pugi::xml_node n : root.child("fonts").children("font")) fonts.push_back(n);
    for (pugi::xml_node n : root.child("fills").children("fill")) fills.push_back(n);
    for (pugi::xml_node n : root.child("borders").children("border")) borders.push_back(n);
    auto at = [](const std::vector<pugi::xml_node>& nodes, pugi::xml_attribute index) {
      uint64_t i = ParseCount(index.value());
      return i < nodes.size() ? nodes[i] : pugi::xml_node();
    };
    for (pugi::xml_node xf : root.child("cellXfs").children("xf")) {
      FormatInfo f;
      uint64_t num_format = ParseCount(xf.attribute("numFmtId").value());
      if (codes.count(num_format)) {
        f.num_format = codes[num_format];
      } else {
        f.num_format_id = static_cast<uint16_t>(num_format);
      }
      pugi::xml_node font = at(fonts, xf.attribute("fontId"));
      if (std::string_view name = font.child("name").attribute("val").value(); name != "Calibri") {
        f.font_name = name;
      }
      if (font.child("sz")) f.font_size = font.child("sz").attribute("val").as_double();
      f.bold = !font.child("b").empty();
      f.italic = !font.child("i").empty();
      f.strikeout = !font.child("strike").empty();
      if (pugi::xml_node u = font.child("u")) {
        f.underline = u.attribute("val") ? IndexOf(kUnderlines, u.attribute("val").value()) : 1;
      }
      f.font_color = ColorOf(font.child("color"));
      pugi::xml_node pattern = at(fills, xf.attribute("fillId")).child("patternFill");
      f.pattern = IndexOf(kPatterns, pattern.attribute("patternType").value());
      f.fill_fg = ColorOf(pattern.child("fgColor"));
      f.fill_bg = ColorOf(pattern.child("bgColor"));
      pugi::xml_node border = at(borders, xf.attribute("borderId"));
      f.border_left = IndexOf(kBorders, border.child("left").attribute("style").value());
      f.border_right = IndexOf(kBorders, border.child("right").attribute("style").value());
      f.border_top = IndexOf(kBorders, border.child("top").attribute("style").value());
      f.border_bottom = IndexOf(kBorders, border.child("bottom").attribute("style").value());
      pugi::xml_node align = xf.child("alignment");
      f.align = IndexOf(kHorizontal, align.attribute("horizontal").value());
      if (align.attribute("vertical")) {
        f.valign = 8 + IndexOf(kVertical, align.attribute("vertical").value());
      }
      f.wrap = IsTrue(align.attribute("wrapText"));
      f.indent = static_cast<uint8_t>(align.attribute("indent").as_uint());
      f.shrink = IsTrue(align.attribute("shrinkToFit"));
      f.rotation = static_cast<int16_t>(align.attribute("textRotation").as_int());
      inventory_.formats.push_back(std::move(f));
    }
    if (inventory_.formats.empty()) inventory_.formats.emplace_back();
    return true;
  }

  // Parses the slices of a large part's container one at a time, calling `each` with every
  // child element of the container.
  template <typename Each>
  bool ForEachInContainer(const std::string& part, const std::string& text, const XmlSplit& split,
                          Each each) {
    for (const auto& [begin, end] : split.slices) {
      pugi::xml_document slice;
      pugi::xml_parse_result parsed =
          slice.load_buffer(text.data() + begin, end - begin, kParseOptions | pugi::parse_fragment);
      if (!parsed) return Fail(fmt::format("{}: {}", part, parsed.description()));
      for (pugi::xml_node child : slice.children()) {
        if (child.type() == pugi::node_element && !each(child)) return false;
      }
    }
    return true;
  }

  bool ReadSharedStrings() {
    const std::string part = "xl/sharedStrings.xml";
    if (package_->Find(part).empty()) return true;  // constant_memory writes inline strings
    std::string text;
    if (!ReadPart(part, &text)) return false;
    XmlSplit split = SplitContainer(text, kSharedStringsPath, kSliceBytes);
    return ForEachInContainer(part, text, split, [&](pugi::xml_node si) {
      shared_.push_back(ItemText(si));
      return true;
    });
  }

  // The rows each sheet repeats on every page: `'Sheet'!$1:$2` in workbook.xml's defined names.
  bool ReadPrintTitles(size_t sheet_count) {
    pugi::xml_document doc;
    if (!LoadPart("xl/workbook.xml", &doc)) return false;
    for (pugi::xml_node name : doc.child("workbook").child("definedNames").children()) {
      if (std::string_view(name.attribute("name").value()) != "_xlnm.Print_Titles") continue;
      size_t sheet = name.attribute("localSheetId").as_uint();
      std::string_view ref = name.child_value();
      ref = ref.substr(ref.rfind('!') + 1);
      // Rows as $1:$2; repeated columns ($A:$B) are not written by kefu.
      unsigned first = 0, last = 0;
      if (sheet >= sheet_count ||
          std::sscanf(std::string(ref).c_str(), "$%u:$%u", &first, &last) != 2 || first == 0 ||
          last < first) {
        return Fail(fmt::format("xl/workbook.xml: print titles '{}' not understood", ref));
      }
      print_titles_[sheet] = {static_cast<int>(first - 1), static_cast<int>(last - 1)};
    }
    return true;
  }

  bool ParseRange(std::string_view ref, Range* range) {
    size_t colon = ref.find(':');
    std::string_view first = ref.substr(0, colon);
    std::string_view last = colon == std::string_view::npos ? first : ref.substr(colon + 1);
    uint32_t r1, c1, r2, c2;
    if (!ParseCellReference(first, &r1, &c1) || !ParseCellReference(last, &r2, &c2) || r1 == 0 ||
        c1 == 0 || r2 < r1 || c2 < c1 || c2 > kXlsxMaxColumns) {
      return Fail(fmt::format("bad range '{}'", ref));
    }
    *range = {r1 - 1, static_cast<uint16_t>(c1 - 1), r2 - 1, static_cast<uint16_t>(c2 - 1)};
    return true;
  }

  uint16_t FormatIndex(pugi::xml_attribute s) {
    uint64_t i = ParseCount(s.value());
    return i < inventory_.formats.size() ? static_cast<uint16_t>(i) : 0;
  }

  uint32_t AddText(std::string_view text) {
    uint32_t at = static_cast<uint32_t>(inventory_.text.size());
    inventory_.text.append(text);
    inventory_.text.push_back('\0');
    return at;
  }

  // The sheet without its rows: columns, merges, panes, filter, print setup.
  bool ReadShell(const std::string& part, const std::string& shell_text, SheetInventory* sheet) {
    pugi::xml_document doc;
    pugi::xml_parse_result parsed =
        doc.load_buffer(shell_text.data(), shell_text.size(), kParseOptions);
    if (!parsed) return Fail(fmt::format("{}: {}", part, parsed.description()));
    pugi::xml_node ws = doc.child("worksheet");
    for (pugi::xml_node child : ws.children()) {
      if (child.type() == pugi::node_element && !kReproduced.count(child.name())) {
        sheet->not_reproduced.push_back(child.name());
      }
    }
    pugi::xml_node pr = ws.child("sheetPr");
    sheet->tab_color = ColorOf(pr.child("tabColor"));
    sheet->page.fit_to_page = IsTrue(pr.child("pageSetUpPr").attribute("fitToPage"));
    for (pugi::xml_node view : ws.child("sheetViews").children("sheetView")) {
      pugi::xml_node pane = view.child("pane");
      if (std::string_view(pane.attribute("state").value()) == "frozen") {
        sheet->freeze_rows = pane.attribute("ySplit").as_uint();
        sheet->freeze_cols = static_cast<uint16_t>(pane.attribute("xSplit").as_uint());
      }
    }
    for (pugi::xml_node col : ws.child("cols").children("col")) {
      ColumnInfo c;
      c.first = static_cast<uint16_t>(col.attribute("min").as_uint() - 1);
      c.last = static_cast<uint16_t>(col.attribute("max").as_uint() - 1);
      c.width = col.attribute("width") ? UserWidth(col.attribute("width").as_double()) : 0;
      c.format = FormatIndex(col.attribute("style"));
      c.hidden = IsTrue(col.attribute("hidden"));
      sheet->columns.push_back(c);
    }
    for (pugi::xml_node merge : ws.child("mergeCells").children("mergeCell")) {
      Range range;
      if (!ParseRange(merge.attribute("ref").value(), &range)) return false;
      sheet->merges.push_back(range);
    }
    if (pugi::xml_node filter = ws.child("autoFilter")) {
      Range range;
      if (!ParseRange(filter.attribute("ref").value(), &range)) return false;
      sheet->autofilter = range;
    }
    pugi::xml_node setup = ws.child("pageSetup");
    sheet->page.landscape = std::string_view(setup.attribute("orientation").value()) == "landscape";
    sheet->page.paper = static_cast<uint8_t>(setup.attribute("paperSize").as_uint());
    sheet->page.fit_width = static_cast<uint16_t>(setup.attribute("fitToWidth").as_uint(1));
    sheet->page.fit_height = static_cast<uint16_t>(setup.attribute("fitToHeight").as_uint(1));
    sheet->page.header = ws.child("headerFooter").child_value("oddHeader");
    sheet->page.footer = ws.child("headerFooter").child_value("oddFooter");
    return true;
  }

  bool ReadCell(const std::string& sheet_name, pugi::xml_node c, SheetInventory* sheet) {
    InventoryCell cell;
    std::string_view ref = c.attribute("r").value();
    uint32_t row = 0, col = 0;
    if (!ParseCellReference(ref, &row, &col) || row == 0 || col == 0 || col > kXlsxMaxColumns) {
      return Fail(
          fmt::format("sheet '{}': a cell without a usable reference '{}'", sheet_name, ref));
    }
    cell.row = row - 1;
    cell.col = static_cast<uint16_t>(col - 1);
    cell.format = FormatIndex(c.attribute("s"));
    std::string_view type = c.attribute("t").value();
    pugi::xml_node value = c.child("v");
    std::string_view v = value.child_value();
    if (pugi::xml_node f = c.child("f")) {
      cell.type = CellType::kFormula;
      cell.text = AddText(f.child_value());
      if (!ParseNumber(v, &cell.number)) cell.number = 0;  // a text result is not kept
    } else if (type == "s") {
      uint64_t index = ParseCount(v);
      if (index >= shared_.size()) {
        return Fail(fmt::format("{}!{}: no shared string {}", sheet_name, ref, v));
      }
      cell.type = CellType::kString;
      cell.text = AddText(shared_[index]);
    } else if (type == "inlineStr" || type == "str") {
      cell.type = CellType::kString;
      cell.text = AddText(type == "str" ? std::string(v) : ItemText(c.child("is")));
    } else if (type == "b") {
      cell.type = CellType::kBoolean;
      cell.number = v == "1" ? 1 : 0;
    } else if (type.empty() || type == "n") {
      if (!value) {
        cell.type = CellType::kBlank;
      } else {
        cell.type = CellType::kNumber;
        if (!ParseNumber(v, &cell.number)) {
          return Fail(fmt::format("{}!{}: not a number '{}'", sheet_name, ref, v));
        }
      }
    } else {
      return Fail(fmt::format("{}!{}: cell type '{}' is not supported", sheet_name, ref, type));
    }
    sheet->cells.push_back(cell);
    return true;
  }

  bool ReadSheet(const std::string& part, SheetInventory* sheet) {
    if (part.empty()) return Fail(fmt::format("sheet '{}' has no part", sheet->name));
    std::string text;
    if (!ReadPart(part, &text)) return false;
    XmlSplit split = SplitContainer(text, kSheetDataPath, kSliceBytes);
    if (split.unterminated) return Fail(fmt::format("{}: unterminated sheetData", part));
    if (!ReadShell(part, split.Shell(text), sheet)) return false;
    return ForEachInContainer(part, text, split, [&](pugi::xml_node row) {
      if (std::string_view(row.name()) != "row") return true;
      uint32_t r = row.attribute("r").as_uint();
      if (r == 0) return Fail(fmt::format("{}: a row without its number", part));
      RowInfo info;
      info.row = r - 1;
      if (IsTrue(row.attribute("customHeight"))) info.height = row.attribute("ht").as_double();
      if (IsTrue(row.attribute("customFormat"))) info.format = FormatIndex(row.attribute("s"));
      info.hidden = IsTrue(row.attribute("hidden"));
      if (info.height > 0 || info.format || info.hidden) sheet->rows.push_back(info);
      for (pugi::xml_node c : row.children("c")) {
        if (!ReadCell(sheet->name, c, sheet)) return false;
      }
      return true;
    });
  }

  const std::string& path_;
  Inventory& inventory_;
  std::string& error_;
  std::vector<Diagnostic> diagnostics_;
  SourceDiagnostics sink_;
  std::string bytes_;
  std::unique_ptr<XlsxPackage> package_;
  std::vector<std::string> shared_;
  std::map<size_t, std::pair<int, int>> print_titles_;
};

const char* TypeName(CellType type) {
  switch (type) {
    case CellType::kString:
      return "string";
    case CellType::kNumber:
      return "number";
    case CellType::kBoolean:
      return "boolean";
    case CellType::kFormula:
      return "formula";
    case CellType::kBlank:
      return "blank";
  }
  return "?";
}

}  // namespace

CellCounts SheetInventory::Counts() const {
  CellCounts counts;
  for (const InventoryCell& cell : cells) {
    switch (cell.type) {
      case CellType::kString:
        ++counts.strings;
        break;
      case CellType::kNumber:
        ++counts.numbers;
        break;
      case CellType::kBoolean:
        ++counts.booleans;
        break;
      case CellType::kFormula:
        ++counts.formulas;
        break;
      case CellType::kBlank:
        ++counts.blanks;
        break;
    }
  }
  return counts;
}

uint64_t Inventory::CellCount() const {
  uint64_t count = 0;
  for (const SheetInventory& sheet : sheets) count += sheet.cells.size();
  return count;
}

bool ReadInventory(const std::string& path, Inventory* inventory, std::string* error) {
  *inventory = {};
  return Reader(path, inventory, error).Read();
}

std::string CompareInventories(const Inventory& a, const Inventory& b) {
  if (a.formats.size() != b.formats.size()) {
    return fmt::format("{} formats against {}", a.formats.size(), b.formats.size());
  }
  if (a.sheets.size() != b.sheets.size()) {
    return fmt::format("{} sheets against {}", a.sheets.size(), b.sheets.size());
  }
  auto same_format = [&](uint16_t x, uint16_t y) { return a.formats[x] == b.formats[y]; };
  for (size_t s = 0; s < a.sheets.size(); ++s) {
    const SheetInventory& x = a.sheets[s];
    const SheetInventory& y = b.sheets[s];
    auto differ = [&](std::string_view what) {
      return fmt::format("sheet {} '{}': {} differ", s + 1, x.name, what);
    };
    if (x.name != y.name || x.hidden != y.hidden) return differ("name or visibility");
    if (x.cells.size() != y.cells.size()) {
      return fmt::format("sheet '{}': {} cells against {}", x.name, x.cells.size(), y.cells.size());
    }
    for (size_t i = 0; i < x.cells.size(); ++i) {
      const InventoryCell& p = x.cells[i];
      const InventoryCell& q = y.cells[i];
      bool texts = p.type != CellType::kString && p.type != CellType::kFormula
                       ? true
                       : std::string_view(a.Text(p)) == b.Text(q);
      if (p.row != q.row || p.col != q.col || p.type != q.type || p.number != q.number || !texts ||
          !same_format(p.format, q.format)) {
        return fmt::format("{}!{}{}: {} cell differs", x.name, ColumnName(p.col + 1u), p.row + 1,
                           TypeName(p.type));
      }
    }
    // Columns and rows: equal but for their formats' indexes, and formats with equal properties.
    auto same_entries = [&](const auto& xs, const auto& ys) {
      if (xs.size() != ys.size()) return false;
      for (size_t i = 0; i < xs.size(); ++i) {
        auto p = xs[i], q = ys[i];
        if (!same_format(p.format, q.format)) return false;
        p.format = q.format = 0;
        if (!(p == q)) return false;
      }
      return true;
    };
    if (!same_entries(x.columns, y.columns)) return differ("columns");
    if (!same_entries(x.rows, y.rows)) return differ("rows");
    if (x.merges != y.merges) return differ("merges");
    if (x.autofilter != y.autofilter) return differ("autofilters");
    if (x.freeze_rows != y.freeze_rows || x.freeze_cols != y.freeze_cols) return differ("panes");
    if (!(x.page == y.page)) return differ("print setups");
    if (x.tab_color != y.tab_color) return differ("tab colours");
    if (x.not_reproduced != y.not_reproduced) return differ("unreproduced parts");
  }
  return "";
}

}  // namespace kefu::bench
