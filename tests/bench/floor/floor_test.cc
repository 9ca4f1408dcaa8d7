// The floor program's inventory (inventory.h) of workbooks whose content is known, the floor's
// copy of them (floor_write.h), and the program itself on the sample department's attendance
// report — so that the benchmark's yardstick cannot rot unnoticed.
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <xlsxwriter.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <regex>

#include "floor_write.h"
#include "ingest/source_diagnostics.h"
#include "ingest/xlsx_workbook.h"
#include "inventory.h"
#include "support/files.h"
#include "support/run_kefu.h"

namespace kefu::bench {
namespace {

namespace fs = std::filesystem;
using kefu::testing::ProcessResult;
using kefu::testing::RunKefu;
using kefu::testing::RunProgram;
using kefu::testing::TempDir;

#define LXW_OK(call) ASSERT_EQ((call), LXW_NO_ERROR) << #call

// Writes the known workbook: three sheets, their cells listed below by type.
//
// 汇总 (like a report sheet):
//   A1:C1 merged title (string A1, blanks B1 C1 in the title format)
//   row 2: three header strings
//   row 3: KF000001 | 张三 | 22 (format "0")
//   row 4: KF000002 | "a" BEL "b" (written as a_x0007_b) | 20.5 (format "0.0")
//   row 5: 2024-12-25 (a date: a number) | blank (centred format) | TRUE
//   row 6: =SUM(C3:C4) saved as 42.5
//   → 8 strings, 3 numbers, 1 boolean, 1 formula, 3 blanks.
// 隐藏 (hidden): one number. 空: no cells.
void WriteKnownWorkbook(const std::string& path, bool constant_memory) {
  lxw_workbook_options options = {};
  options.constant_memory = constant_memory ? LXW_TRUE : LXW_FALSE;
  lxw_workbook* wb = workbook_new_opt(path.c_str(), &options);
  ASSERT_NE(wb, nullptr);
  lxw_format* title = workbook_add_format(wb);
  format_set_bold(title);
  format_set_font_size(title, 14);
  lxw_format* header = workbook_add_format(wb);
  format_set_bold(header);
  format_set_pattern(header, LXW_PATTERN_SOLID);
  format_set_bg_color(header, 0xD9E1F2);
  format_set_border(header, LXW_BORDER_THIN);
  format_set_align(header, LXW_ALIGN_CENTER);
  format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
  format_set_text_wrap(header);
  lxw_format* integer = workbook_add_format(wb);
  format_set_num_format(integer, "0");
  format_set_border(integer, LXW_BORDER_THIN);
  lxw_format* decimal = workbook_add_format(wb);
  format_set_num_format(decimal, "0.0");
  lxw_format* date = workbook_add_format(wb);
  format_set_num_format(date, "yyyy-mm-dd");
  lxw_format* center = workbook_add_format(wb);
  format_set_align(center, LXW_ALIGN_CENTER);
  format_set_italic(center);
  format_set_font_color(center, 0x9C0006);

  lxw_worksheet* ws = workbook_add_worksheet(wb, "汇总");
  ASSERT_NE(ws, nullptr);
  LXW_OK(worksheet_set_column(ws, 0, 0, 12, nullptr));
  LXW_OK(worksheet_set_column(ws, 1, 2, 4.5, center));
  worksheet_freeze_panes(ws, 2, 1);
  LXW_OK(worksheet_autofilter(ws, 1, 0, 3, 2));
  worksheet_set_paper(ws, 9);
  worksheet_set_landscape(ws);
  worksheet_fit_to_pages(ws, 1, 0);
  LXW_OK(worksheet_repeat_rows(ws, 0, 1));
  LXW_OK(worksheet_set_footer(ws, "&C第 &P 页"));
  worksheet_set_tab_color(ws, 0xFF0000);
  LXW_OK(worksheet_merge_range(ws, 0, 0, 0, 2, nullptr, nullptr));
  LXW_OK(worksheet_set_row(ws, 0, 24, nullptr));
  LXW_OK(worksheet_write_string(ws, 0, 0, "标题", title));
  LXW_OK(worksheet_write_blank(ws, 0, 1, title));
  LXW_OK(worksheet_write_blank(ws, 0, 2, title));
  LXW_OK(worksheet_write_string(ws, 1, 0, "工号", header));
  LXW_OK(worksheet_write_string(ws, 1, 1, "姓名", header));
  LXW_OK(worksheet_write_string(ws, 1, 2, "天数", header));
  LXW_OK(worksheet_write_string(ws, 2, 0, "KF000001", nullptr));
  LXW_OK(worksheet_write_string(ws, 2, 1, "张三", nullptr));
  LXW_OK(worksheet_write_number(ws, 2, 2, 22, integer));
  LXW_OK(worksheet_write_string(ws, 3, 0, "KF000002", nullptr));
  LXW_OK(worksheet_write_string(ws, 3, 1,
                                "a\x07"
                                "b",
                                nullptr));
  LXW_OK(worksheet_write_number(ws, 3, 2, 20.5, decimal));
  lxw_datetime christmas = {2024, 12, 25, 0, 0, 0};
  LXW_OK(worksheet_write_datetime(ws, 4, 0, &christmas, date));
  LXW_OK(worksheet_write_blank(ws, 4, 1, center));
  LXW_OK(worksheet_write_boolean(ws, 4, 2, 1, nullptr));
  LXW_OK(worksheet_write_formula_num(ws, 5, 0, "=SUM(C3:C4)", nullptr, 42.5));

  lxw_worksheet* hidden = workbook_add_worksheet(wb, "隐藏");
  ASSERT_NE(hidden, nullptr);
  LXW_OK(worksheet_write_number(hidden, 0, 0, 7, nullptr));
  worksheet_hide(hidden);
  ASSERT_NE(workbook_add_worksheet(wb, "空"), nullptr);
  LXW_OK(workbook_close(wb));
}

const InventoryCell* CellAt(const SheetInventory& sheet, uint32_t row, uint16_t col) {
  for (const InventoryCell& cell : sheet.cells) {
    if (cell.row == row && cell.col == col) return &cell;
  }
  return nullptr;
}

class KnownWorkbook : public ::testing::TestWithParam<bool> {
 protected:
  void SetUp() override {
    path_ = dir_.path() + "/known.xlsx";
    ASSERT_NO_FATAL_FAILURE(WriteKnownWorkbook(path_, GetParam()));
    std::string error;
    ASSERT_TRUE(ReadInventory(path_, &inventory_, &error)) << error;
  }

  TempDir dir_{"floor-known"};
  std::string path_;
  Inventory inventory_;
};

TEST_P(KnownWorkbook, CountsCellsByTypePerSheet) {
  ASSERT_EQ(inventory_.sheets.size(), 3u);
  EXPECT_EQ(inventory_.sheets[0].name, "汇总");
  EXPECT_EQ(inventory_.sheets[1].name, "隐藏");
  EXPECT_EQ(inventory_.sheets[2].name, "空");
  EXPECT_EQ(inventory_.sheets[0].Counts(), (CellCounts{8, 3, 1, 1, 3}));
  EXPECT_EQ(inventory_.sheets[1].Counts(), (CellCounts{0, 1, 0, 0, 0}));
  EXPECT_EQ(inventory_.sheets[2].Counts(), (CellCounts{0, 0, 0, 0, 0}));
  EXPECT_EQ(inventory_.CellCount(), 17u);
  EXPECT_FALSE(inventory_.sheets[0].hidden);
  EXPECT_TRUE(inventory_.sheets[1].hidden);
}

TEST_P(KnownWorkbook, KeepsValuesAndFormats) {
  const SheetInventory& sheet = inventory_.sheets[0];
  // Six formats were used, and the default.
  EXPECT_EQ(inventory_.formats.size(), 7u);
  const InventoryCell* a1 = CellAt(sheet, 0, 0);
  ASSERT_NE(a1, nullptr);
  EXPECT_STREQ(inventory_.Text(*a1), "标题");
  EXPECT_TRUE(inventory_.formats[a1->format].bold);
  EXPECT_EQ(inventory_.formats[a1->format].font_size, 14);

  const InventoryCell* b2 = CellAt(sheet, 1, 1);
  ASSERT_NE(b2, nullptr);
  const FormatInfo& head = inventory_.formats[b2->format];
  EXPECT_TRUE(head.bold);
  EXPECT_EQ(head.pattern, LXW_PATTERN_SOLID);
  EXPECT_EQ(head.fill_fg, 0xD9E1F2u);
  EXPECT_EQ(head.border_left, LXW_BORDER_THIN);
  EXPECT_EQ(head.border_bottom, LXW_BORDER_THIN);
  EXPECT_EQ(head.align, LXW_ALIGN_CENTER);
  EXPECT_EQ(head.valign, LXW_ALIGN_VERTICAL_CENTER);
  EXPECT_TRUE(head.wrap);

  const InventoryCell* c3 = CellAt(sheet, 2, 2);
  ASSERT_NE(c3, nullptr);
  EXPECT_EQ(c3->type, CellType::kNumber);
  EXPECT_EQ(c3->number, 22);
  EXPECT_EQ(inventory_.formats[c3->format].num_format, "0");

  const InventoryCell* b4 = CellAt(sheet, 3, 1);  // _x0007_ decoded
  ASSERT_NE(b4, nullptr);
  EXPECT_EQ(std::string(inventory_.Text(*b4)),
            "a\x07"
            "b");

  const InventoryCell* a5 = CellAt(sheet, 4, 0);  // 2024-12-25: day 45651 after 1899-12-30
  ASSERT_NE(a5, nullptr);
  EXPECT_EQ(a5->type, CellType::kNumber);
  EXPECT_EQ(a5->number, 45651);
  EXPECT_EQ(inventory_.formats[a5->format].num_format, "yyyy-mm-dd");

  const InventoryCell* b5 = CellAt(sheet, 4, 1);
  ASSERT_NE(b5, nullptr);
  EXPECT_EQ(b5->type, CellType::kBlank);
  EXPECT_TRUE(inventory_.formats[b5->format].italic);
  EXPECT_EQ(inventory_.formats[b5->format].font_color, 0x9C0006u);

  const InventoryCell* c5 = CellAt(sheet, 4, 2);
  ASSERT_NE(c5, nullptr);
  EXPECT_EQ(c5->type, CellType::kBoolean);
  EXPECT_EQ(c5->number, 1);

  const InventoryCell* a6 = CellAt(sheet, 5, 0);
  ASSERT_NE(a6, nullptr);
  EXPECT_EQ(a6->type, CellType::kFormula);
  EXPECT_STREQ(inventory_.Text(*a6), "SUM(C3:C4)");
  EXPECT_EQ(a6->number, 42.5);
}

TEST_P(KnownWorkbook, KeepsLayout) {
  const SheetInventory& sheet = inventory_.sheets[0];
  ASSERT_EQ(sheet.columns.size(), 2u);
  EXPECT_EQ(sheet.columns[0].first, 0);
  EXPECT_EQ(sheet.columns[0].last, 0);
  EXPECT_EQ(sheet.columns[0].width, 12);
  EXPECT_EQ(sheet.columns[0].format, 0);
  EXPECT_EQ(sheet.columns[1].first, 1);
  EXPECT_EQ(sheet.columns[1].last, 2);
  // libxlsxwriter keeps whole pixels, 7 to a character: 4.5 characters are 32 pixels.
  EXPECT_DOUBLE_EQ(sheet.columns[1].width, 32.0 / 7);
  EXPECT_TRUE(inventory_.formats[sheet.columns[1].format].italic);
  ASSERT_EQ(sheet.rows.size(), 1u);
  EXPECT_EQ(sheet.rows[0], (RowInfo{0, 24, 0, false}));
  EXPECT_EQ(sheet.merges, (std::vector<Range>{{0, 0, 0, 2}}));
  ASSERT_TRUE(sheet.autofilter.has_value());
  EXPECT_EQ(*sheet.autofilter, (Range{1, 0, 3, 2}));
  EXPECT_EQ(sheet.freeze_rows, 2u);
  EXPECT_EQ(sheet.freeze_cols, 1);
  EXPECT_TRUE(sheet.page.landscape);
  EXPECT_EQ(sheet.page.paper, 9);
  EXPECT_TRUE(sheet.page.fit_to_page);
  EXPECT_EQ(sheet.page.fit_width, 1);
  EXPECT_EQ(sheet.page.fit_height, 0);
  EXPECT_EQ(sheet.page.repeat_first, 0);
  EXPECT_EQ(sheet.page.repeat_last, 1);
  EXPECT_EQ(sheet.page.footer, "&C第 &P 页");
  EXPECT_EQ(sheet.page.header, "");
  EXPECT_EQ(sheet.tab_color, 0xFF0000u);
  EXPECT_TRUE(sheet.not_reproduced.empty());
  EXPECT_EQ(inventory_.sheets[1].page.repeat_first, -1);
}

// The floor writes back exactly what it took stock of.
TEST_P(KnownWorkbook, FloorCopyHasTheSameInventory) {
  std::string copy = dir_.path() + "/copy.xlsx";
  std::string error;
  ASSERT_TRUE(WriteFloorWorkbook(inventory_, copy, dir_.path(), &error)) << error;
  Inventory again;
  ASSERT_TRUE(ReadInventory(copy, &again, &error)) << error;
  EXPECT_EQ(CompareInventories(inventory_, again), "");
}

TEST_P(KnownWorkbook, ComparisonFindsADifferentCell) {
  Inventory changed = inventory_;
  // Cells 0–2 are row 1 (A1:C1), 3–5 the header row.
  changed.sheets[0].cells[4].type = CellType::kBlank;
  EXPECT_EQ(CompareInventories(inventory_, changed), "汇总!B2: string cell differs");
  // The header format: A2 is its first cell.
  changed = inventory_;
  changed.formats[changed.sheets[0].cells[4].format].bold = false;
  EXPECT_EQ(CompareInventories(inventory_, changed), "汇总!A2: string cell differs");
  changed = inventory_;
  changed.sheets[0].merges.clear();
  EXPECT_EQ(CompareInventories(inventory_, changed), "sheet 1 '汇总': merges differ");
  changed = inventory_;
  changed.sheets[0].columns[1].width = 5;
  EXPECT_EQ(CompareInventories(inventory_, changed), "sheet 1 '汇总': columns differ");
  changed = inventory_;
  changed.sheets[0].columns[1].format = 0;  // the default format instead of the centred one
  EXPECT_EQ(CompareInventories(inventory_, changed), "sheet 1 '汇总': columns differ");
}

INSTANTIATE_TEST_SUITE_P(SharedAndInlineStrings, KnownWorkbook, ::testing::Bool(),
                         [](const ::testing::TestParamInfo<bool>& param) {
                           return param.param ? "ConstantMemory" : "Normal";
                         });

TEST(Inventory, NamesWhatItCannotRead) {
  TempDir dir("floor-bad");
  std::string path = dir.path() + "/not.xlsx";
  std::ofstream(path) << "employee_id,name\n";
  Inventory inventory;
  std::string error;
  EXPECT_FALSE(ReadInventory(path, &inventory, &error));
  EXPECT_EQ(error, path + ": xlsx_not_workbook");
  EXPECT_FALSE(ReadInventory(dir.path() + "/none.xlsx", &inventory, &error));
  EXPECT_EQ(error, dir.path() + "/none.xlsx: no such file");
}

// What the floor does not write is named, so that a report gaining it is noticed.
TEST(Inventory, NamesPartsTheFloorDoesNotWrite) {
  TempDir dir("floor-validation");
  std::string path = dir.path() + "/validation.xlsx";
  lxw_workbook* wb = workbook_new(path.c_str());
  ASSERT_NE(wb, nullptr);
  lxw_worksheet* plain = workbook_add_worksheet(wb, "plain");
  lxw_worksheet* checked = workbook_add_worksheet(wb, "checked");
  ASSERT_TRUE(plain && checked);
  LXW_OK(worksheet_write_number(plain, 0, 0, 1, nullptr));
  lxw_data_validation validation = {};
  validation.validate = LXW_VALIDATION_TYPE_INTEGER;
  validation.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
  validation.minimum_number = 1;
  validation.maximum_number = 10;
  LXW_OK(worksheet_data_validation_cell(checked, 0, 0, &validation));
  LXW_OK(workbook_close(wb));
  Inventory inventory;
  std::string error;
  ASSERT_TRUE(ReadInventory(path, &inventory, &error)) << error;
  ASSERT_EQ(inventory.sheets.size(), 2u);
  EXPECT_TRUE(inventory.sheets[0].not_reproduced.empty());
  EXPECT_EQ(inventory.sheets[1].not_reproduced, std::vector<std::string>{"dataValidations"});
}

// The sample department's attendance report for 2024-09, written once for the tests below.
// They assume nothing of its layout (issue 15 changes it): the floor must follow any.
class SampleReport : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    out_ = new TempDir("floor-sample");
    ProcessResult run =
        RunKefu({"attendance", "--month", "2024-09", "--output", out_->path(), "--quiet"});
    ASSERT_EQ(run.exit_code, 3) << run.err;  // the sample's deliberate bad rows
  }
  static void TearDownTestSuite() {
    delete out_;
    out_ = nullptr;
  }
  static std::string Folder() { return out_->path() + "/attendance/2024-09"; }
  static std::string Workbook() { return Folder() + "/attendance-2024-09.xlsx"; }

  static TempDir* out_;
};
TempDir* SampleReport::out_ = nullptr;

TEST_F(SampleReport, FloorCopyHasTheSameInventory) {
  Inventory inventory;
  std::string error;
  ASSERT_TRUE(ReadInventory(Workbook(), &inventory, &error)) << error;
  // Whatever the report's layout: the sheets kefu's reader lists, none with anything the floor
  // leaves out.
  std::vector<Diagnostic> diagnostics;
  SourceDiagnostics sink(Workbook(), RecordType::kEmployees, diagnostics);
  std::unique_ptr<XlsxWorkbook> book =
      XlsxWorkbook::Open(kefu::testing::ReadFile(Workbook()), sink);
  ASSERT_NE(book, nullptr);
  ASSERT_EQ(inventory.sheets.size(), book->sheets().size());
  for (size_t i = 0; i < inventory.sheets.size(); ++i) {
    EXPECT_EQ(inventory.sheets[i].name, book->sheets()[i].name);
    EXPECT_TRUE(inventory.sheets[i].not_reproduced.empty()) << inventory.sheets[i].name;
  }
  EXPECT_GT(inventory.CellCount(), 0u);
  TempDir copy_dir("floor-sample-copy");
  std::string copy = copy_dir.path() + "/floor.xlsx";
  ASSERT_TRUE(WriteFloorWorkbook(inventory, copy, copy_dir.path(), &error)) << error;
  Inventory again;
  ASSERT_TRUE(ReadInventory(copy, &again, &error)) << error;
  EXPECT_EQ(CompareInventories(inventory, again), "");
}

TEST_F(SampleReport, ProgramReadsTheManifestsInputsPrintsItsTimesAndVerifiesItsCopy) {
  // What the manifest lists, and those files' sizes.
  std::ifstream manifest(Folder() + "/manifest.json");
  Poco::JSON::Array::Ptr inputs =
      Poco::JSON::Parser().parse(manifest).extract<Poco::JSON::Object::Ptr>()->getArray("inputs");
  uint64_t bytes = 0;
  for (size_t i = 0; i < inputs->size(); ++i) {
    bytes +=
        fs::file_size(std::string(KEFU_SOURCE_DIR) + "/input/" +
                      inputs->getObject(static_cast<unsigned>(i))->getValue<std::string>("path"));
  }
  Inventory inventory;
  std::string error;
  ASSERT_TRUE(ReadInventory(Workbook(), &inventory, &error)) << error;

  TempDir out("floor-program");
  std::string copy = out.path() + "/floor.xlsx";
  ProcessResult run =
      RunProgram(KEFU_FLOOR_BINARY, {"--workbook", Workbook(), "--input", "input", "--month",
                                     "2024-09", "--out", copy, "--verify"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  std::smatch m;
  ASSERT_TRUE(std::regex_match(
      run.out, m,
      std::regex("kefu_floor wall_s=[0-9.]+ cpu_s=[0-9.]+ read_wall_s=[0-9.]+ read_cpu_s=[0-9.]+ "
                 "write_wall_s=[0-9.]+ write_cpu_s=[0-9.]+ input_files=([0-9]+) "
                 "input_bytes=([0-9]+) sheets=([0-9]+) cells=([0-9]+) formats=([0-9]+) "
                 "output_bytes=([1-9][0-9]*)\n")))
      << run.out;
  EXPECT_EQ(std::stoul(m[1]), inputs->size());
  EXPECT_EQ(std::stoull(m[2]), bytes);
  EXPECT_EQ(std::stoull(m[3]), inventory.sheets.size());
  EXPECT_EQ(std::stoull(m[4]), inventory.CellCount());
  EXPECT_EQ(std::stoull(m[5]), inventory.formats.size());
  // Every sheet's counts on stderr.
  for (const SheetInventory& sheet : inventory.sheets) {
    CellCounts n = sheet.Counts();
    EXPECT_NE(
        run.err.find(fmt::format("sheet '{}': {} cells: {} strings, {} numbers, {} "
                                 "booleans, {} formulas, {} blanks; {} merges, {} columns\n",
                                 sheet.name, n.total(), n.strings, n.numbers, n.booleans,
                                 n.formulas, n.blanks, sheet.merges.size(), sheet.columns.size())),
        std::string::npos)
        << run.err;
  }
  EXPECT_NE(run.err.find("kefu_floor: --verify: " + copy + " holds the same cells and layout\n"),
            std::string::npos)
      << run.err;
}

TEST_F(SampleReport, ProgramRefusesAnotherMonthsManifest) {
  TempDir out("floor-program-month");
  ProcessResult run =
      RunProgram(KEFU_FLOOR_BINARY, {"--workbook", Workbook(), "--input", "input", "--month",
                                     "2024-10", "--out", out.path() + "/floor.xlsx"});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err, "kefu_floor: " + Folder() +
                         "/manifest.json: the manifest of 'attendance --month 2024-09', not of "
                         "attendance --month 2024-10\n");
  EXPECT_EQ(run.out, "");
}

TEST(FloorProgram, UsageError) {
  ProcessResult run = RunProgram(KEFU_FLOOR_BINARY, {"--workbook", "x.xlsx"});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_EQ(run.out, "");
  // Poco's message for the first missing option, then the usage.
  EXPECT_EQ(run.err.substr(0, run.err.find('\n', run.err.find('\n') + 1) + 1),
            "kefu_floor: Required option not specified: input\n"
            "usage: kefu_floor --workbook FILE --input DIR --month YYYY-MM --out FILE "
            "[--verify]\n");
}

}  // namespace
}  // namespace kefu::bench
