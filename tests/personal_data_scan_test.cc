// Rule R-C1 end to end: the sample department's full ID numbers, phone numbers and bank card
// numbers (read here from input/employees.csv, in whatever encoding it is saved) appear nowhere
// in what `kefu attendance --month 2024-09` writes — the CSV companions, manifest.json, every XML
// part of the workbook — nor in what it or `kefu check` prints.
#include <Poco/Zip/Decompress.h>
#include <gtest/gtest.h>
#include <iconv.h>

#include <filesystem>
#include <fstream>

#include "run_kefu.h"

namespace kefu::testing {
namespace {

namespace fs = std::filesystem;

// Converts between two encodings with iconv; false when the bytes are not valid in `from`.
bool Convert(const std::string& bytes, const char* from, std::string* out) {
  iconv_t cd = iconv_open("UTF-8", from);
  if (cd == reinterpret_cast<iconv_t>(-1)) return false;
  out->assign(bytes.size() * 4 + 16, '\0');
  char* in_ptr = const_cast<char*>(bytes.data());
  size_t in_left = bytes.size();
  char* out_ptr = out->data();
  size_t out_left = out->size();
  bool ok = iconv(cd, &in_ptr, &in_left, &out_ptr, &out_left) != static_cast<size_t>(-1);
  iconv_close(cd);
  out->resize(out->size() - out_left);
  return ok && in_left == 0;
}

// The text of a CSV export: UTF-8 with or without a BOM, else GB18030 (inputs.md).
std::string DecodeExport(std::string bytes) {
  if (bytes.rfind("\xEF\xBB\xBF", 0) == 0) bytes.erase(0, 3);
  std::string text;
  if (Convert(bytes, "UTF-8", &text)) return text;
  EXPECT_TRUE(Convert(bytes, "GB18030", &text)) << "neither UTF-8 nor GB18030";
  return text;
}

// RFC 4180 records.
std::vector<std::vector<std::string>> ParseCsv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1, std::vector<std::string>(1));
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        rows.back().back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        rows.back().back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().emplace_back();
    } else if (c == '\n') {
      rows.emplace_back(1);
    } else if (c != '\r') {
      rows.back().back() += c;
    }
  }
  if (rows.back().size() == 1 && rows.back()[0].empty()) rows.pop_back();
  return rows;
}

std::string Trim(const std::string& text) {
  size_t first = text.find_first_not_of(" \t");
  if (first == std::string::npos) return "";
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

// The personal numbers of the sample, as written and as bare digits.
std::vector<std::string> PersonalNumbers() {
  std::string text = DecodeExport(ReadFile(std::string(KEFU_SOURCE_DIR) + "/input/employees.csv"));
  std::vector<std::vector<std::string>> rows = ParseCsv(text);
  EXPECT_GT(rows.size(), 1u);
  std::vector<int> columns;
  for (size_t c = 0; c < rows[0].size(); ++c) {
    std::string name = Trim(rows[0][c]);
    if (name == "身份证号" || name == "id_number" || name == "手机" || name == "phone" ||
        name == "银行卡号" || name == "bank_card") {
      columns.push_back(static_cast<int>(c));
    }
  }
  EXPECT_EQ(columns.size(), 3u) << "id_number, phone and bank_card columns";
  std::vector<std::string> numbers;
  for (size_t r = 1; r < rows.size(); ++r) {
    for (int c : columns) {
      if (static_cast<size_t>(c) >= rows[r].size()) continue;
      std::string value = Trim(rows[r][c]);
      if (value.empty()) continue;
      numbers.push_back(value);
      std::string digits;
      for (char ch : value) {
        if (ch >= '0' && ch <= '9') digits += ch;
      }
      // An ID number is found by its 17 digits whatever case its check letter has; a number
      // that Excel destroyed (E-notation) has too few digits left to identify anyone.
      if (digits.size() >= 11 && digits != value) numbers.push_back(digits);
    }
  }
  return numbers;
}

void ExpectNoneIn(const std::string& text, const std::vector<std::string>& numbers,
                  const std::string& where) {
  for (const std::string& n : numbers) {
    EXPECT_EQ(text.find(n), std::string::npos) << where << " holds the personal number " << n;
  }
}

TEST(PersonalDataScan, SampleNumbersAreReadFromTheInput) {
  std::vector<std::string> numbers = PersonalNumbers();
  // 32 staff, each with an ID number, a phone and a bank card.
  EXPECT_GE(numbers.size(), 90u);
}

TEST(PersonalDataScan, NoFullNumberInAttendanceOutputOrMessages) {
  const std::vector<std::string> numbers = PersonalNumbers();
  ASSERT_FALSE(numbers.empty());
  ScratchDir out("personal-data-scan");
  // Not --quiet: the progress lines are scanned too.
  ProcessResult run = RunKefu({"--lang", "en", "--output", out.path() + "/output", "attendance",
                               "--month", "2024-09"});
  ASSERT_EQ(run.exit_code, 3) << run.err;
  ExpectNoneIn(run.out, numbers, "stdout");
  ExpectNoneIn(run.err, numbers, "stderr");

  size_t files = 0;
  size_t parts = 0;
  for (const auto& entry : fs::recursive_directory_iterator(out.path() + "/output")) {
    if (!entry.is_regular_file()) continue;
    ++files;
    const std::string path = entry.path().string();
    ExpectNoneIn(ReadFile(path), numbers, path);
    if (entry.path().extension() != ".xlsx") continue;
    // The workbook's parts are compressed: unzip them and scan each.
    fs::path unzipped = fs::path(out.path()) / "unzipped" / entry.path().filename();
    fs::create_directories(unzipped);
    std::ifstream in(path, std::ios::binary);
    Poco::Zip::Decompress decompress(in, Poco::Path(unzipped.string() + "/"));
    decompress.decompressAllFiles();
    for (const auto& part : fs::recursive_directory_iterator(unzipped)) {
      if (!part.is_regular_file()) continue;
      ++parts;
      ExpectNoneIn(ReadFile(part.path().string()), numbers, path + ":" + part.path().string());
    }
  }
  EXPECT_GE(files, 5u);   // workbook, two CSV companions, rejects.csv, manifest.json
  EXPECT_GE(parts, 10u);  // sheets, shared strings, styles, …
}

TEST(PersonalDataScan, NoFullNumberInWhatCheckPrints) {
  const std::vector<std::string> numbers = PersonalNumbers();
  ProcessResult run = RunKefu({"--lang", "en", "check"});
  EXPECT_EQ(run.exit_code, 3);
  ExpectNoneIn(run.out, numbers, "stdout");
  ExpectNoneIn(run.err, numbers, "stderr");
  // The sample's two ID numbers with a wrong check digit are quoted, masked.
  EXPECT_NE(run.out.find("id_number: warning"), std::string::npos) << run.out;
}

}  // namespace
}  // namespace kefu::testing
