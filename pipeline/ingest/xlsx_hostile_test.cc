// Hostile workbooks (tests/fixtures/xlsx/hostile/, made by make_fixtures.py; the largest made
// here): each is refused or rejected with the exact message kefu prints, in bounded time and,
// for the million-row sheet, bounded memory.
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <regex>

#include "ingest/sheet_table.h"
#include "ingest/xlsx_workbook.h"
#include "support/xlsx_fixtures.h"

namespace kefu {
namespace {

using testing::Collected;
using testing::Fixture;
using testing::WriteWithLibxlsxwriter;

// Opens the workbook and reads its first sheet to the end; returns the diagnostics.
std::vector<std::string> ReadFirstSheet(const std::string& name,
                                        const std::string& display = "punches/in.xlsx") {
  Collected out(display);
  const auto start = std::chrono::steady_clock::now();
  auto book = XlsxWorkbook::Open(Fixture(name), out.diagnostics);
  if (book) {
    auto sheet = book->OpenSheet(0, out.diagnostics);
    XlsxRow row;
    while (sheet && sheet->Next(&row)) {
    }
  }
  // Every refusal comes before any work proportional to what the file claims.
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5)) << name;
  return out.Lines();
}

using Lines = std::vector<std::string>;

TEST(XlsxHostile, ZipBombDeclaringMoreThanTheCapIsRefusedBeforeInflating) {
  EXPECT_EQ(ReadFirstSheet("hostile/bomb_too_large.xlsx"),
            Lines{"punches/in.xlsx:xl/worksheets/sheet1.xml: error: the part declares 314572800 "
                  "bytes uncompressed, more than the 268435456 kefu reads: refused before "
                  "inflating"});
}

TEST(XlsxHostile, ZipBombOfImplausibleRatioIsRefusedBeforeInflating) {
  Lines lines = ReadFirstSheet("hostile/bomb_ratio.xlsx");
  ASSERT_EQ(lines.size(), 1u);
  std::smatch match;
  ASSERT_TRUE(std::regex_match(
      lines[0], match,
      std::regex("punches/in\\.xlsx:xl/worksheets/sheet1\\.xml: error: the part would inflate to "
                 "([0-9]+) times its compressed size \\(at most 250 is plausible for a sheet\\): "
                 "refused as a zip bomb before inflating")))
      << lines[0];
  // 64 MiB of one repeated tag deflate about a thousandfold.
  EXPECT_GT(std::stoi(match[1]), 900);
}

TEST(XlsxHostile, ZipBombDeclaringLessThanItInflatesToStopsAtTheDeclaredSize) {
  EXPECT_EQ(ReadFirstSheet("hostile/bomb_lying.xlsx"),
            Lines{"punches/in.xlsx:xl/worksheets/sheet1.xml: error: the part inflates to other "
                  "than the 1000 bytes its zip entry declares (a damaged package or a zip bomb); "
                  "inflating stopped"});
}

TEST(XlsxHostile, SheetWithDoctypeIsRefused) {
  EXPECT_EQ(ReadFirstSheet("hostile/doctype.xlsx"),
            Lines{"punches/in.xlsx:xl/worksheets/sheet1.xml:1: error: a DOCTYPE is not allowed "
                  "(entities could be expanded or fetched)"});
}

TEST(XlsxHostile, MissingSharedStringsIsFatalAtTheFirstCellThatNeedsThem) {
  EXPECT_EQ(ReadFirstSheet("hostile/no_shared_strings.xlsx"),
            Lines{"punches/in.xlsx:lo_punches!A1: error: the cell refers to the workbook's shared "
                  "strings, but the workbook has no shared-strings part"});
}

TEST(XlsxHostile, RowBeyondExcelsLastRow) {
  EXPECT_EQ(ReadFirstSheet("hostile/beyond_last_row.xlsx"),
            Lines{"punches/in.xlsx:打卡!1048577:1048577: error: a row beyond Excel's last row "
                  "1048576"});
}

TEST(XlsxHostile, EncryptedWorkbook) {
  EXPECT_EQ(ReadFirstSheet("hostile/encrypted.xlsx"),
            Lines{"punches/in.xlsx: error: the workbook is encrypted with a password: open it, "
                  "remove the password (Excel: File > Info > Protect Workbook > Encrypt with "
                  "Password) and save it again as .xlsx"});
}

TEST(XlsxHostile, LegacyXlsFromLibreOffice) {
  EXPECT_EQ(ReadFirstSheet("hostile/legacy.xls", "punches/legacy.xls"),
            Lines{"punches/legacy.xls: error: a legacy Excel 97-2003 workbook (.xls), which kefu "
                  "does not read: open it in Excel or LibreOffice and save it as .xlsx"});
}

TEST(XlsxHostile, CsvNamedXlsx) {
  EXPECT_EQ(ReadFirstSheet("hostile/not_a_workbook.xlsx"),
            Lines{"punches/in.xlsx: error: not an Excel workbook (an .xlsx file is a zip "
                  "package)"});
}

TEST(XlsxHostile, CellOfExcelsLimitOf32767CharactersRejectsItsRow) {
  Collected out;
  auto book = XlsxWorkbook::Open(Fixture("hostile/long_cell.xlsx"), out.diagnostics);
  ASSERT_TRUE(book);
  auto sheet = book->OpenSheet(0, out.diagnostics);
  ASSERT_TRUE(sheet);
  TableHeaderSpec spec;
  spec.field_of = [](std::string_view text) {
    return text == "工号" ? 0 : text == "打卡时间" ? 1 : text == "设备" ? 2 : -1;
  };
  spec.required = {0, 1};
  spec.field_names = {"employee_id", "time", "device"};
  auto table = SheetTable::Open(*sheet, spec, {}, out.diagnostics);
  ASSERT_TRUE(table);
  TableRow row;
  std::vector<std::pair<uint32_t, bool>> rows;
  while (table->Next(&row)) rows.emplace_back(row.row, row.rejected);
  EXPECT_EQ(rows, (std::vector<std::pair<uint32_t, bool>>{{2, true}, {3, false}}));
  // 门 is three bytes: the quote is cut at 198 bytes, a character boundary.
  std::string quoted;
  for (int i = 0; i < 66; ++i) quoted += "门";
  EXPECT_EQ(out.Lines(), Lines{"punches/in.xlsx:打卡!C2: device: rejected: longer than 1000 "
                               "bytes: \"" +
                               quoted + "…\""});
}

// Runs `task` in a child process; returns its exit status and its peak memory in megabytes.
std::pair<int, double> InChild(const std::function<int()>& task) {
  pid_t pid = ::fork();
  if (pid == 0) ::_exit(task());
  int status = 0;
  ::waitpid(pid, &status, 0);
  struct rusage usage {};
  ::getrusage(RUSAGE_CHILDREN, &usage);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1,
          static_cast<double>(usage.ru_maxrss) / 1024};
}

#if defined(__SANITIZE_ADDRESS__)
constexpr double kMillionRowMemoryMb = 1500;
#else
constexpr double kMillionRowMemoryMb = 250;
#endif

TEST(XlsxHostile, MillionRowSheetIsReadInBoundedMemory) {
  // Excel's last row: 1,048,576 rows of one number each, written by libxlsxwriter in
  // constant-memory mode. The sheet's part is about 40 MB; read a slice at a time, the reader
  // holds that text and about ten megabytes besides.
  std::string bytes = WriteWithLibxlsxwriter(
      [](lxw_workbook* wb) {
        lxw_worksheet* ws = workbook_add_worksheet(wb, "打卡");
        for (lxw_row_t r = 0; r < kXlsxMaxRows; ++r)
          worksheet_write_number(ws, r, 0, r + 1, nullptr);
      },
      true);
  auto [status, peak_mb] = InChild([&] {
    Collected out;
    auto book = XlsxWorkbook::Open(std::move(bytes), out.diagnostics);
    if (!book) return 10;
    auto sheet = book->OpenSheet(0, out.diagnostics);
    if (!sheet) return 11;
    XlsxRow row;
    uint32_t rows = 0;
    bool in_order = true;
    while (sheet->Next(&row)) {
      ++rows;
      in_order &= row.row == rows && row.cells.size() == 1 && row.cells[0].number == rows;
    }
    if (sheet->failed() || !out.list.empty()) return 12;
    return rows == kXlsxMaxRows && in_order ? 0 : 13;
  });
  EXPECT_EQ(status, 0);
  EXPECT_LT(peak_mb, kMillionRowMemoryMb);
  RecordProperty("peak_mb", static_cast<int>(peak_mb));
}

}  // namespace
}  // namespace kefu
