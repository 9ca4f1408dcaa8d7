// The attendance workbook of the sample department read back with a real reader (openpyxl,
// tests/support/dump_xlsx.py): its sheets, a summary row per employee of the CSV with the CSV's
// figures and dates, totals equal to the CSV's sums, and the print setup.
#include <gtest/gtest.h>

#include <cmath>
#include <sstream>

#include "support/files.h"
#include "support/run_kefu.h"
#include "support/workbook_dump.h"

namespace kefu::testing {
namespace {

// The CSV companion as rows of fields (no quoted commas in the sample's figures and names).
std::vector<std::vector<std::string>> CsvRows(std::string text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
  std::vector<std::vector<std::string>> rows;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::vector<std::string> fields;
    std::istringstream cells(line);
    for (std::string f; std::getline(cells, f, ',');) fields.push_back(f);
    if (!line.empty() && line.back() == ',') fields.emplace_back();
    rows.push_back(fields);
  }
  return rows;
}

void CheckWorkbook(const std::string& lang, const std::vector<std::string>& sheets) {
  TempDir out("attendance-xlsx-" + lang);
  ProcessResult run = RunKefu(
      {"--lang", lang, "attendance", "--month", "2024-09", "--output", out.path(), "--quiet"});
  ASSERT_EQ(run.exit_code, 3) << run.err;  // the sample's deliberate bad rows
  const std::string folder = out.path() + "/attendance/2024-09/";
  WorkbookDump book = ReadWorkbook(folder + "attendance-2024-09.xlsx");
  EXPECT_EQ(book.SheetNames(), sheets);
  ASSERT_GE(book.sheets.size(), 2u);

  std::vector<std::vector<std::string>> csv = CsvRows(ReadFile(folder + "attendance-2024-09.csv"));
  ASSERT_GT(csv.size(), 1u);
  const std::vector<std::string>& header = csv[0];
  const size_t employees = csv.size() - 1;
  const SheetDump& summary = book.sheets[0];
  // The summary's columns start with the CSV's, in its order: employee rows from row 3, then the
  // totals row.
  for (size_t c = 0; c < header.size(); ++c) {
    EXPECT_TRUE(summary.At(2, static_cast<int>(c)).present) << "header column " << c;
  }
  const int totals = 3 + static_cast<int>(employees);
  for (size_t c = 4; c < header.size(); ++c) {
    const std::string& key = header[c];
    SCOPED_TRACE(key);
    if (key == "hire_date" || key == "left_date") {
      for (size_t e = 0; e < employees; ++e) {
        EXPECT_EQ(summary.Text(3 + static_cast<int>(e), static_cast<int>(c)), csv[1 + e][c]);
      }
      continue;
    }
    if (key == "bonus_withheld") continue;  // a word in the workbook, 0/1 in the CSV
    double sum = 0;
    for (size_t e = 0; e < employees; ++e) {
      const int row = 3 + static_cast<int>(e);
      EXPECT_EQ(summary.Text(row, 0), csv[1 + e][0]);
      const double want = std::stod(csv[1 + e][c]);
      sum += want;
      EXPECT_NEAR(std::stod(summary.Text(row, static_cast<int>(c))), want, 1e-9) << csv[1 + e][0];
    }
    EXPECT_NEAR(std::stod(summary.Text(totals, static_cast<int>(c))), std::round(sum * 10) / 10,
                1e-9);
  }
  EXPECT_EQ(summary.freeze, "C3");
  EXPECT_FALSE(summary.autofilter.empty());
  for (int s = 0; s < 2; ++s) {
    const SheetDump& sheet = book.sheets[s];
    EXPECT_TRUE(sheet.landscape) << sheet.name;
    EXPECT_TRUE(sheet.fit_to_page) << sheet.name;
    EXPECT_EQ(sheet.paper, 9) << sheet.name << ": A4";
  }
  // The daily grid: a title, three header rows, a row per employee.
  EXPECT_GE(book.sheets[1].LastRow(), 4 + static_cast<int>(employees));
}

TEST(AttendanceWorkbook, ReadsBackInChinese) {
  CheckWorkbook("zh", {"考勤汇总", "考勤明细", "异常明细", "交接班检查", "非值班登录",
                       "疑似共用账号", "数据问题"});
}

TEST(AttendanceWorkbook, ReadsBackInEnglish) {
  CheckWorkbook("en", {"Summary", "Daily grid", "Exceptions", "Handover check", "Off-duty logins",
                       "Shared accounts", "Data issues"});
}

}  // namespace
}  // namespace kefu::testing
