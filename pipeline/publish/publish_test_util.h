// Helpers for the tests of publish/: a temporary folder, reading files back, running the real
// reader (openpyxl, Debian's python3-openpyxl) on a workbook, and a workbook model that uses
// every feature of report/sheet_model.h. Header-only; used by *_test.cc only.
#pragma once

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>
#include <stdio.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "report/common/sheet_model.h"

namespace kefu::testing {

// A fresh folder under the system's temporary folder, removed with everything in it.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "kefu-test-XXXXXX").string();
    path_ = ::mkdtemp(pattern.data());
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  std::string operator/(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

inline std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

inline void WriteAll(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

// Every entry under `folder` (relative paths, folders with a trailing '/') with its bytes.
inline std::map<std::string, std::string> Snapshot(const std::string& folder) {
  std::map<std::string, std::string> entries;
  if (!std::filesystem::exists(folder)) return entries;
  for (const auto& e : std::filesystem::recursive_directory_iterator(folder)) {
    std::string rel = e.path().lexically_relative(folder).generic_string();
    if (e.is_directory())
      entries[rel + "/"] = "";
    else
      entries[rel] = ReadAll(e.path().string());
  }
  return entries;
}

// Runs `script` with /usr/bin/python3 (not a python3 found on PATH) and `argument` as sys.argv[1];
// returns its standard output. The script prints JSON.
inline Poco::JSON::Object::Ptr RunPython(const std::string& script, const std::string& argument) {
  TempDir dir;
  std::string script_path = dir / "read.py";
  WriteAll(script_path, script);
  std::string command = "/usr/bin/python3 '" + script_path + "' '" + argument + "' 2>&1";
  FILE* pipe = ::popen(command.c_str(), "r");
  EXPECT_NE(pipe, nullptr);
  if (!pipe) return nullptr;
  std::string output;
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) output.append(buffer, n);
  int status = ::pclose(pipe);
  EXPECT_EQ(status, 0) << "python failed (is python3-openpyxl installed?):\n" << output;
  if (status != 0) return nullptr;
  try {
    Poco::JSON::Parser parser;
    return parser.parse(output).extract<Poco::JSON::Object::Ptr>();
  } catch (const std::exception& e) {
    ADD_FAILURE() << "not JSON: " << output;
    return nullptr;
  }
}

// A small workbook that uses every feature of the model.
inline Workbook FeatureWorkbook() {
  Workbook wb;
  StyleId title = wb.AddStyle({.bold = true,
                               .font_size = 14,
                               .align = HAlign::kCenter,
                               .vcenter = true,
                               .number_format = {}});
  StyleId header = wb.AddStyle({.bold = true,
                                .fill_color = 0xDDEBF7,
                                .align = HAlign::kCenter,
                                .wrap = true,
                                .border = true,
                                .number_format = {}});
  StyleId one_decimal = wb.AddStyle({.border = true, .number_format = "0.0"});
  StyleId date = wb.AddStyle({.number_format = "yyyy-mm-dd"});
  StyleId shaded = wb.AddStyle(
      {.italic = true, .font_color = 0xC00000, .fill_color = 0xFCE4D6, .number_format = {}});
  StyleId signature = wb.AddStyle({.border = true, .number_format = {}});

  Sheet summary;
  summary.name = "考勤汇总";
  summary.columns = {{12, 0}, {20, 0}, {10, one_decimal}, {12, date}};
  summary.rows.push_back({{Cell::Empty()}, 24});  // the title row: the merge gives its text
  summary.merges.push_back({{0, 0, 0, 3}, "2023年6月考勤汇总", title});
  summary.rows.push_back({{Cell::Text("employee_id", header), Cell::Text("name", header),
                           Cell::Text("hours", header), Cell::Text("date", header)}});
  summary.rows.push_back(
      {{Cell::Text("E001"), Cell::Text("=SUM(A1:A2)"), Cell::Number(-0.5, one_decimal),
        Cell::Day(Date::FromYmd(2023, 6, 30), date)}});
  summary.rows.push_back({{Cell::Text("E002"), Cell::Text("-3"), Cell::Number(12.25, one_decimal),
                           Cell::Day(Date::FromYmd(2023, 6, 1))}});
  summary.rows.push_back({{Cell::Text("E003"),
                           Cell::Text("a\x01"
                                      "b"),
                           Cell::Number(7), Cell::Text("", shaded)}});
  // A signature block: two rows merged, written after the data.
  summary.rows.push_back({{Cell::Text("制表人"), Cell::Empty()}});
  summary.merges.push_back({{5, 1, 6, 2}, "", signature});
  summary.freeze_rows = 2;
  summary.freeze_cols = 1;
  summary.autofilter = CellRange{1, 0, 4, 3};
  summary.print = {.landscape = true,
                   .fit_to_width = true,
                   .repeat_rows_first = 0,
                   .repeat_rows_last = 1,
                   .header = "&C第 &P 页，共 &N 页",
                   .footer = "&L制表人：&C审核人：&R日期："};
  summary.tab_color = 0x70AD47;

  Sheet chart_sheet;
  chart_sheet.name = "it's data";
  chart_sheet.rows.push_back({{Cell::Text("month"), Cell::Text("score")}});
  for (int m = 1; m <= 3; ++m) {
    chart_sheet.rows.push_back({{Cell::Text("2023-0" + std::to_string(m)), Cell::Number(80 + m)}});
  }
  chart_sheet.print.landscape = false;
  Chart chart;
  chart.type = ChartType::kLine;
  chart.title = "月度分数";
  chart.x_title = "month";
  chart.y_title = "score";
  chart.series.push_back({"E001", "it's data", {1, 1, 3, 1}, CellRange{1, 0, 3, 0}});
  chart.anchor_row = 5;
  chart_sheet.charts.push_back(chart);
  for (ChartType type : {ChartType::kColumn, ChartType::kBar}) {
    Chart more = chart;
    more.type = type;
    more.anchor_row += 20 * static_cast<uint32_t>(chart_sheet.charts.size());
    chart_sheet.charts.push_back(more);
  }

  wb.sheets = {summary, chart_sheet};
  wb.properties = {"考勤报表", "2023-06", "kefu", "客服部", Date::FromYmd(2023, 6, 30)};
  return wb;
}

}  // namespace kefu::testing
