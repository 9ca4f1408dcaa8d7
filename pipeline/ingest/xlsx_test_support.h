// Shared by the workbook reader's tests: fixture bytes, collected diagnostics rendered as kefu
// prints them, and workbooks written at test time with libxlsxwriter.
#pragma once

#include <Poco/DateTime.h>
#include <Poco/Path.h>
#include <Poco/Zip/Compress.h>
#include <gtest/gtest.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "ingest/source_diagnostics.h"
#include "report/common/labels.h"

namespace kefu::testing {

inline std::string ReadBytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// tests/fixtures/xlsx/<name>
inline std::string Fixture(const std::string& name) {
  std::filesystem::path path =
      std::filesystem::path(KEFU_SOURCE_DIR) / "tests" / "fixtures" / "xlsx" / name;
  std::string bytes = ReadBytes(path);
  EXPECT_FALSE(bytes.empty()) << path;
  return bytes;
}

// Diagnostics of one file, rendered in English as kefu prints them.
struct Collected {
  explicit Collected(std::string path = "punches/in.xlsx")
      : diagnostics(std::move(path), RecordType::kPunches, list) {}
  std::vector<std::string> Lines() const {
    std::vector<std::string> lines;
    for (const Diagnostic& d : list) lines.push_back(Labels::For(Language::kEn).DiagnosticLine(d));
    return lines;
  }
  std::vector<Diagnostic> list;
  SourceDiagnostics diagnostics;
};

// A workbook written by libxlsxwriter into a scratch file by `fill`; returns its bytes.
inline std::string WriteWithLibxlsxwriter(const std::function<void(lxw_workbook*)>& fill,
                                          bool constant_memory = false) {
  static int counter = 0;
  std::filesystem::path path =
      std::filesystem::temp_directory_path() /
      ("kefu-xlsx-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + ".xlsx");
  lxw_workbook_options options = {};
  options.constant_memory = constant_memory ? LXW_TRUE : LXW_FALSE;
  lxw_workbook* workbook = workbook_new_opt(path.c_str(), &options);
  fill(workbook);
  EXPECT_EQ(workbook_close(workbook), LXW_NO_ERROR);
  std::string bytes = ReadBytes(path);
  std::filesystem::remove(path);
  return bytes;
}

// A zip package of the given parts (name → bytes), for the reader's error paths: parts crafted
// to hold exactly one fault each. Real producers' files are in tests/fixtures/xlsx/.
inline std::string ZipParts(const std::map<std::string, std::string>& parts) {
  std::ostringstream out;
  Poco::Zip::Compress zip(out, true);
  for (const auto& [name, bytes] : parts) {
    std::istringstream in(bytes);
    zip.addFile(in, Poco::DateTime(2024, 9, 2), Poco::Path(name, Poco::Path::PATH_UNIX));
  }
  zip.close();
  return out.str();
}

// The parts of a one-sheet workbook (sheet 打卡 at `sheet_part`), its sheet being `sheet_xml`,
// plus `extra` parts.
inline std::map<std::string, std::string> WorkbookParts(
    const std::string& sheet_xml, std::map<std::string, std::string> extra = {},
    const std::string& sheet_target = "worksheets/sheet1.xml",
    const std::string& sheet_part = "xl/worksheets/sheet1.xml") {
  const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  std::map<std::string, std::string> parts = {
      {"[Content_Types].xml",
       "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
       "content-types\"/>"},
      {"_rels/.rels", "<Relationships><Relationship Id=\"rId1\" Type=\"" + rel +
                          "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
      {"xl/workbook.xml", "<workbook xmlns:r=\"" + rel +
                              "\"><sheets><sheet name=\"打卡\" sheetId=\"1\" r:id=\"rId1\"/>"
                              "</sheets></workbook>"},
      {"xl/_rels/workbook.xml.rels",
       "<Relationships><Relationship Id=\"rId1\" Type=\"" + rel + "/worksheet\" Target=\"" +
           sheet_target + "\"/><Relationship Id=\"rId2\" Type=\"" + rel +
           "/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>"},
      {sheet_part, sheet_xml}};
  for (auto& [name, bytes] : extra) parts[name] = std::move(bytes);
  return parts;
}

}  // namespace kefu::testing
