// Shared by the workbook reader's tests: fixture bytes, collected diagnostics rendered as kefu
// prints them, and workbooks written at test time with libxlsxwriter.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <string>
#include <vector>

#include "ingest/source_diagnostics.h"
#include "report/labels.h"

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

}  // namespace kefu::testing
