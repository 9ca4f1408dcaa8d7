#include "publish/xlsx_writer.h"

#include <gtest/gtest.h>
#include <stdlib.h>
#include <time.h>

#include <cmath>
#include <filesystem>
#include <limits>

#include "base/file_bytes.h"
#include "publish/xlsx_verify.h"
#include "support/feature_workbook.h"
#include "support/files.h"
#include "support/run_kefu.h"

namespace kefu {
namespace {

using testing::FeatureWorkbook;
using testing::RunPython;
using testing::TempDir;

// Reads a workbook with openpyxl and prints what the tests look at as JSON.
constexpr const char* kReadWorkbook = R"PY(
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": wb.sheetnames, "title": wb.properties.title,
       "created": wb.properties.created.isoformat()}
for ws in wb.worksheets:
    cells = {}
    for row in ws.iter_rows():
        for c in row:
            if c.value is None and not c.has_style:
                continue
            value = c.value.isoformat() if hasattr(c.value, "isoformat") else c.value
            cells[c.coordinate] = [c.data_type, value, c.number_format]
    pr = ws.sheet_properties.pageSetUpPr
    out["sheet:" + ws.title] = {
        "cells": cells,
        "merged": sorted(str(r) for r in ws.merged_cells.ranges),
        "freeze": ws.freeze_panes,
        "filter": ws.auto_filter.ref,
        "orientation": ws.page_setup.orientation,
        "paper": str(ws.page_setup.paperSize),
        "fit_width": str(ws.page_setup.fitToWidth),
        "fit_height": str(ws.page_setup.fitToHeight),
        "fit_page": bool(pr.fitToPage) if pr is not None else False,
        "title_rows": ws.print_title_rows,
        "header": ws.oddHeader.center.text,
        "footer_left": ws.oddFooter.left.text,
        "charts": [type(c).__name__ for c in ws._charts],
        "tab": ws.sheet_properties.tabColor.rgb if ws.sheet_properties.tabColor else None,
        "width_b": ws.column_dimensions["B"].width,
    }
print(json.dumps(out))
)PY";

std::string Sha256OfFile(const std::string& path) { return ReadFileBytes(path).sha256; }

std::optional<PublishError> Write(const Workbook& wb, const std::string& path) {
  return WriteXlsx(wb, path, std::filesystem::path(path).parent_path().string());
}

std::vector<std::string> Strings(const Poco::JSON::Array::Ptr& array) {
  std::vector<std::string> out;
  for (size_t i = 0; array && i < array->size(); ++i)
    out.push_back(array->getElement<std::string>(i));
  return out;
}

// [data type, value as text, number format] of a cell, as openpyxl reads it.
std::vector<std::string> CellOf(const Poco::JSON::Object::Ptr& sheet, const std::string& ref) {
  Poco::JSON::Array::Ptr cell = sheet->getObject("cells")->getArray(ref);
  if (!cell) return {};
  Poco::Dynamic::Var value = cell->get(1);
  return {cell->getElement<std::string>(0), value.isEmpty() ? "" : value.toString(),
          cell->getElement<std::string>(2)};
}

TEST(XlsxWriter, EveryFeatureReadsBackWithOpenpyxl) {
  TempDir dir;
  std::string path = dir / "features.xlsx";
  ASSERT_EQ(Write(FeatureWorkbook(), path), std::nullopt);
  EXPECT_EQ(VerifyXlsx(path), std::nullopt);

  Poco::JSON::Object::Ptr book = RunPython(kReadWorkbook, path);
  ASSERT_TRUE(book);
  EXPECT_EQ(Strings(book->getArray("sheets")), (std::vector<std::string>{"考勤汇总", "it's data"}));
  EXPECT_EQ(book->getValue<std::string>("title"), "考勤报表");
  EXPECT_EQ(book->getValue<std::string>("created"), "2023-06-30T00:00:00");

  Poco::JSON::Object::Ptr summary = book->getObject("sheet:考勤汇总");
  ASSERT_TRUE(summary);
  EXPECT_EQ(CellOf(summary, "A1"), (std::vector<std::string>{"s", "2023年6月考勤汇总", "General"}));
  EXPECT_EQ(CellOf(summary, "A2")[1], "employee_id");
  // Text that looks like a formula or a number stays text.
  EXPECT_EQ(CellOf(summary, "B3"), (std::vector<std::string>{"s", "=SUM(A1:A2)", "General"}));
  EXPECT_EQ(CellOf(summary, "B4"), (std::vector<std::string>{"s", "-3", "General"}));
  EXPECT_EQ(CellOf(summary, "C3"), (std::vector<std::string>{"n", "-0.5", "0.0"}));
  EXPECT_EQ(CellOf(summary, "C4"), (std::vector<std::string>{"n", "12.25", "0.0"}));
  EXPECT_EQ(CellOf(summary, "D3"),
            (std::vector<std::string>{"d", "2023-06-30T00:00:00", "yyyy-mm-dd"}));
  // A date whose style has no number format still shows as a date.
  EXPECT_EQ(CellOf(summary, "D4"),
            (std::vector<std::string>{"d", "2023-06-01T00:00:00", "yyyy-mm-dd"}));
  // A control character is escaped by libxlsxwriter as OOXML's _xHHHH_ (which Excel decodes;
  // openpyxl shows the escape), so the XML stays well-formed.
  EXPECT_EQ(CellOf(summary, "B5")[1], "a_x0001_b");
  // An empty text with a style is a styled blank cell.
  EXPECT_EQ(CellOf(summary, "D5")[0], "n");
  EXPECT_EQ(CellOf(summary, "D5")[1], "");
  EXPECT_EQ(CellOf(summary, "A6")[1], "制表人");

  EXPECT_EQ(Strings(summary->getArray("merged")), (std::vector<std::string>{"A1:D1", "B6:C7"}));
  EXPECT_EQ(summary->getValue<std::string>("freeze"), "B3");
  EXPECT_EQ(summary->getValue<std::string>("filter"), "A2:D5");
  EXPECT_EQ(summary->getValue<std::string>("orientation"), "landscape");
  EXPECT_EQ(summary->getValue<std::string>("paper"), "9");
  // libxlsxwriter leaves out fitToWidth="1", OOXML's default, so openpyxl shows None.
  EXPECT_TRUE(summary->getValue<std::string>("fit_width") == "None" ||
              summary->getValue<std::string>("fit_width") == "1");
  EXPECT_EQ(summary->getValue<std::string>("fit_height"), "0");
  EXPECT_TRUE(summary->getValue<bool>("fit_page"));
  EXPECT_EQ(summary->getValue<std::string>("title_rows"), "$1:$2");
  EXPECT_EQ(summary->getValue<std::string>("header"), "第 &P 页，共 &N 页");
  EXPECT_EQ(summary->getValue<std::string>("footer_left"), "制表人：");
  EXPECT_EQ(summary->getValue<std::string>("tab"), "FF70AD47");
  EXPECT_NEAR(summary->getValue<double>("width_b"), 20.7, 0.5);

  Poco::JSON::Object::Ptr data = book->getObject("sheet:it's data");
  ASSERT_TRUE(data);
  EXPECT_EQ(data->getValue<std::string>("orientation"), "portrait");
  EXPECT_EQ(Strings(data->getArray("charts")),
            (std::vector<std::string>{"LineChart", "BarChart", "BarChart"}));
  EXPECT_EQ(CellOf(data, "B4"), (std::vector<std::string>{"n", "83", "General"}));
}

TEST(XlsxWriter, ConstantMemoryModeWritesTheSameCells) {
  TempDir dir;
  Workbook normal = FeatureWorkbook();
  Workbook streamed = normal;
  streamed.constant_memory = true;
  ASSERT_EQ(Write(normal, dir / "normal.xlsx"), std::nullopt);
  ASSERT_EQ(Write(streamed, dir / "streamed.xlsx"), std::nullopt);
  EXPECT_EQ(VerifyXlsx(dir / "streamed.xlsx"), std::nullopt);
  // libxlsxwriter's temporary files are gone.
  EXPECT_EQ(testing::Snapshot(dir.path()).size(), 2u);

  Poco::JSON::Object::Ptr a = RunPython(kReadWorkbook, dir / "normal.xlsx");
  Poco::JSON::Object::Ptr b = RunPython(kReadWorkbook, dir / "streamed.xlsx");
  ASSERT_TRUE(a && b);
  for (const char* sheet : {"sheet:考勤汇总", "sheet:it's data"}) {
    std::ostringstream ca, cb, ma, mb;
    a->getObject(sheet)->getObject("cells")->stringify(ca);
    b->getObject(sheet)->getObject("cells")->stringify(cb);
    EXPECT_EQ(ca.str(), cb.str()) << sheet;
    a->getObject(sheet)->getArray("merged")->stringify(ma);
    b->getObject(sheet)->getArray("merged")->stringify(mb);
    EXPECT_EQ(ma.str(), mb.str()) << sheet;
  }
}

// Sets TZ for the scope of the object.
class ScopedTimeZone {
 public:
  explicit ScopedTimeZone(const char* zone) {
    const char* old = ::getenv("TZ");
    if (old) old_ = old;
    had_ = old != nullptr;
    ::setenv("TZ", zone, 1);
    ::tzset();
  }
  ~ScopedTimeZone() {
    if (had_)
      ::setenv("TZ", old_.c_str(), 1);
    else
      ::unsetenv("TZ");
    ::tzset();
  }

 private:
  bool had_ = false;
  std::string old_;
};

TEST(XlsxWriter, SameModelGivesSameBytesInAnyTimeZone) {
  TempDir dir;
  Workbook wb = FeatureWorkbook();
  ASSERT_EQ(Write(wb, dir / "a.xlsx"), std::nullopt);
  ASSERT_EQ(Write(wb, dir / "b.xlsx"), std::nullopt);
  {
    ScopedTimeZone zone("Asia/Shanghai");
    ASSERT_EQ(Write(wb, dir / "shanghai.xlsx"), std::nullopt);
  }
  {
    ScopedTimeZone zone("UTC");
    ASSERT_EQ(Write(wb, dir / "utc.xlsx"), std::nullopt);
  }
  std::string hash = Sha256OfFile(dir / "a.xlsx");
  EXPECT_EQ(Sha256OfFile(dir / "b.xlsx"), hash);
  EXPECT_EQ(Sha256OfFile(dir / "shanghai.xlsx"), hash);
  EXPECT_EQ(Sha256OfFile(dir / "utc.xlsx"), hash);
  wb.constant_memory = true;
  ASSERT_EQ(Write(wb, dir / "c1.xlsx"), std::nullopt);
  ASSERT_EQ(Write(wb, dir / "c2.xlsx"), std::nullopt);
  EXPECT_EQ(Sha256OfFile(dir / "c1.xlsx"), Sha256OfFile(dir / "c2.xlsx"));
}

Workbook OneSheet(std::string name, Cell cell = Cell::Text("x")) {
  Workbook wb;
  Sheet sheet;
  sheet.name = std::move(name);
  sheet.rows.push_back({{std::move(cell)}});
  wb.sheets.push_back(sheet);
  wb.properties.created = Date::FromYmd(2023, 6, 30);
  return wb;
}

TEST(XlsxWriter, RefusesSheetNamesExcelWouldRefuse) {
  TempDir dir;
  std::string path = dir / "bad.xlsx";
  std::vector<std::string> bad = {"",      std::string(32, 'a'),
                                  "a[b",   "a]b",
                                  "a:b",   "a*b",
                                  "a?b",   "a/b",
                                  "a\\b",  "'a",
                                  "a'",    "History",
                                  "tab\t", "\xff\xfe",
                                  "a\x01"};
  for (const std::string& name : bad) {
    std::optional<PublishError> error = Write(OneSheet(name), path);
    ASSERT_TRUE(error) << name;
    EXPECT_EQ(error->kind, PublishError::Kind::kBadSheetName) << name;
    EXPECT_EQ(error->detail, name);
    EXPECT_FALSE(std::filesystem::exists(path)) << name;
  }
  // 31 Chinese characters are 93 bytes but a valid name; two names differing in case clash.
  std::string long_chinese;
  for (int i = 0; i < 31; ++i) long_chinese += "考";
  EXPECT_EQ(Write(OneSheet(long_chinese), path), std::nullopt);
  Workbook twice = OneSheet("Team A");
  twice.sheets.push_back(twice.sheets[0]);
  twice.sheets[1].name = "team a";
  std::optional<PublishError> error = Write(twice, dir / "twice.xlsx");
  ASSERT_TRUE(error);
  EXPECT_EQ(error->kind, PublishError::Kind::kBadSheetName);
  EXPECT_EQ(error->detail, "team a");
  EXPECT_FALSE(std::filesystem::exists(dir / "twice.xlsx"));
}

TEST(XlsxWriter, RefusesInvalidUtf8AndTooLongText) {
  TempDir dir;
  std::string path = dir / "bad.xlsx";
  Workbook wb = OneSheet("S");
  wb.sheets[0].rows.push_back({{Cell::Empty(), Cell::Text("ok\xc3(")}});
  std::optional<PublishError> error = Write(wb, path);
  ASSERT_TRUE(error);
  EXPECT_EQ(error->kind, PublishError::Kind::kBadText);
  EXPECT_EQ(error->detail, "S!B2");
  EXPECT_FALSE(std::filesystem::exists(path));

  std::string longest;
  for (int i = 0; i < 32767; ++i) longest += "字";
  EXPECT_EQ(Write(OneSheet("S", Cell::Text(longest)), path), std::nullopt);
  error = Write(OneSheet("S", Cell::Text(longest + "x")), dir / "long.xlsx");
  ASSERT_TRUE(error);
  EXPECT_EQ(error->kind, PublishError::Kind::kTextTooLong);
  EXPECT_EQ(error->detail, "S!A1");
  EXPECT_FALSE(std::filesystem::exists(dir / "long.xlsx"));

  Workbook bad_merge = OneSheet("S");
  bad_merge.sheets[0].merges.push_back({{3, 0, 3, 2}, "\xe4\xb8", 0});
  error = Write(bad_merge, path);
  ASSERT_TRUE(error);
  EXPECT_EQ(error->kind, PublishError::Kind::kBadText);

  Workbook bad_header = OneSheet("S");
  bad_header.sheets[0].print.header = "\x80";
  error = Write(bad_header, path);
  ASSERT_TRUE(error);
  EXPECT_EQ(error->kind, PublishError::Kind::kBadText);
}

TEST(XlsxWriter, RefusesInconsistentModels) {
  TempDir dir;
  std::string path = dir / "bad.xlsx";
  auto expect_bad_model = [&](const Workbook& wb, const char* what) {
    std::optional<PublishError> error = Write(wb, path);
    ASSERT_TRUE(error) << what;
    EXPECT_EQ(error->kind, PublishError::Kind::kBadModel) << what;
    EXPECT_FALSE(std::filesystem::exists(path)) << what;
  };

  Workbook no_date = OneSheet("S");
  no_date.properties.created = Date();
  expect_bad_model(no_date, "no creation date");

  Workbook overlap = OneSheet("S");
  overlap.sheets[0].merges = {{{0, 0, 1, 1}, "a", 0}, {{1, 1, 2, 2}, "b", 0}};
  expect_bad_model(overlap, "overlapping merges");

  Workbook single = OneSheet("S");
  single.sheets[0].merges = {{{2, 2, 2, 2}, "a", 0}};
  expect_bad_model(single, "single-cell merge");

  Workbook value_in_merge = OneSheet("S");
  value_in_merge.sheets[0].rows.push_back({{Cell::Empty(), Cell::Number(3)}});
  value_in_merge.sheets[0].merges = {{{1, 0, 1, 2}, "title", 0}};
  expect_bad_model(value_in_merge, "a value inside a merge");

  Workbook nan = OneSheet("S", Cell::Number(std::nan("")));
  expect_bad_model(nan, "NaN");
  Workbook inf = OneSheet("S", Cell::Number(std::numeric_limits<double>::infinity()));
  expect_bad_model(inf, "infinity");
  Workbook old = OneSheet("S", Cell::Day(Date::FromYmd(1899, 12, 31)));
  expect_bad_model(old, "a date before 1900");
  Workbook no_style = OneSheet("S", Cell::Text("x", 7));
  expect_bad_model(no_style, "unknown style");

  Workbook chart = OneSheet("S");
  Chart c;
  c.series.push_back({"s", "Nowhere", {0, 0, 0, 0}, std::nullopt});
  chart.sheets[0].charts.push_back(c);
  expect_bad_model(chart, "chart on an unknown sheet");
  chart.sheets[0].charts[0].series[0].data_sheet = "S";
  chart.sheets[0].charts[0].title = "=A1";
  expect_bad_model(chart, "chart title that libxlsxwriter would take for a reference");
  chart.sheets[0].charts[0].title = "ok";
  chart.sheets[0].charts[0].series.clear();
  expect_bad_model(chart, "chart without series");
  EXPECT_EQ(Write(OneSheet("S"), path), std::nullopt);  // the same sheet, as it should be
}

int OpenFileDescriptors() {
  int n = 0;
  for (const auto& entry : std::filesystem::directory_iterator("/proc/self/fd")) {
    (void)entry;
    ++n;
  }
  return n;
}

TEST(XlsxWriter, AFailedWriteLeavesNoFileOpenOrBehind) {
  TempDir dir;
  std::string path = dir / "failed.xlsx";
  Workbook bad_cell = OneSheet("S");
  bad_cell.sheets.push_back(bad_cell.sheets[0]);
  bad_cell.sheets[1].name = "T";
  bad_cell.sheets[1].rows.push_back({{Cell::Text("\xff")}});
  // libxlsxwriter itself refuses a header over 255 characters, after the sheets exist.
  Workbook long_header = bad_cell;
  long_header.sheets[1].rows.pop_back();
  long_header.sheets[1].print.header = std::string(300, 'h');
  for (bool constant_memory : {false, true}) {
    bad_cell.constant_memory = long_header.constant_memory = constant_memory;
    int before = OpenFileDescriptors();
    for (int i = 0; i < 3; ++i) {
      std::optional<PublishError> error = Write(bad_cell, path);
      ASSERT_TRUE(error);
      EXPECT_EQ(error->kind, PublishError::Kind::kBadText);
      error = Write(long_header, path);
      ASSERT_TRUE(error);
      EXPECT_EQ(error->kind, PublishError::Kind::kWriteFailed);
      EXPECT_TRUE(error->detail.starts_with("T header: ")) << error->detail;
    }
    EXPECT_EQ(OpenFileDescriptors(), before) << "constant_memory " << constant_memory;
    EXPECT_TRUE(testing::Snapshot(dir.path()).empty());
  }
}

TEST(XlsxWriter, MergeTopLeftCanTakeTheRowsValue) {
  TempDir dir;
  std::string path = dir / "merge.xlsx";
  Workbook wb = OneSheet("S", Cell::Number(42));
  StyleId boxed = wb.AddStyle({.border = true, .number_format = {}});
  wb.sheets[0].merges = {{{0, 0, 1, 1}, "", boxed}};
  ASSERT_EQ(Write(wb, path), std::nullopt);
  Poco::JSON::Object::Ptr book = RunPython(kReadWorkbook, path);
  ASSERT_TRUE(book);
  Poco::JSON::Object::Ptr sheet = book->getObject("sheet:S");
  EXPECT_EQ(CellOf(sheet, "A1"), (std::vector<std::string>{"n", "42", "General"}));
  EXPECT_EQ(Strings(sheet->getArray("merged")), (std::vector<std::string>{"A1:B2"}));
}

}  // namespace
}  // namespace kefu
