// Formula-looking text end to end (tests/hostile/README.md, "formula text"): names, a team and
// punch devices beginning with = + - @ are data. `kefu attendance` accepts them, writes them to
// the CSV companions behind an apostrophe, and to the workbook as plain text cells, never as
// formulas; the workbook is read back with openpyxl (tests/hostile/xlsx_cells.py).
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <sstream>

#include "run_kefu.h"

namespace kefu::testing {
namespace {

const std::string kFolder = std::string(KEFU_SOURCE_DIR) + "/tests/hostile/formula";

struct XlsxCell {
  std::string sheet, cell, type, value;
};

std::string Unescape(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\\' || i + 1 == text.size()) {
      out += text[i];
      continue;
    }
    char c = text[++i];
    out += c == 'n' ? '\n' : c == 't' ? '\t' : c == 'r' ? '\r' : c;
  }
  return out;
}

std::vector<XlsxCell> ReadCells(const std::string& xlsx) {
  ProcessResult r = RunProgram(
      "/usr/bin/python3", {std::string(KEFU_SOURCE_DIR) + "/tests/hostile/xlsx_cells.py", xlsx});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::vector<XlsxCell> cells;
  std::istringstream in(r.out);
  for (std::string line; std::getline(in, line);) {
    std::vector<std::string> parts;
    std::istringstream fields(line);
    for (std::string part; std::getline(fields, part, '\t');) parts.push_back(Unescape(part));
    if (parts.size() == 3) parts.emplace_back();
    EXPECT_EQ(parts.size(), 4u) << line;
    if (parts.size() == 4) cells.push_back({parts[0], parts[1], parts[2], parts[3]});
  }
  return cells;
}

TEST(FormulaText, AcceptedAsDataPrefixedInCsvPlainTextInTheWorkbook) {
  ScratchDir out("formula-text");
  ProcessResult run = RunKefu({"--lang", "en", "--quiet", "--input", kFolder + "/input", "--output",
                               out.path(), "attendance", "--month", "2024-09"});
  // One row is rejected on purpose (a formula in a column the header does not have); every
  // formula-looking name, team and device is accepted.
  EXPECT_EQ(run.exit_code, 3) << run.err;
  EXPECT_EQ(run.err, kFolder +
                         "/input/punches.csv:6: rejected: more fields than the header has "
                         "columns: \"=HYPERLINK(\"http://evil.example/x\")\"\n");
  const std::string dir = out.path() + "/attendance/2024-09/";

  // CSV companions: the apostrophe, then RFC 4180 quoting where needed.
  std::string csv = ReadFile(dir + "attendance-2024-09.csv");
  for (const char* field :
       {"\nE001,\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"点我\"\")\",'=1+1,J,",
        "\nE002,'+86 138,T1,M,", "\nE003,'-A1,T1,J,", "\nE004,'@SUM(1),T1,J,"}) {
    EXPECT_NE(csv.find(field), std::string::npos) << field << "\n" << csv;
  }
  std::string rejects = ReadFile(dir + "rejects.csv");
  EXPECT_NE(rejects.find(",\"'=HYPERLINK(\"\"http://evil.example/x\"\")\"\r\n"), std::string::npos)
      << rejects;

  // The workbook: every such text is a string cell holding exactly the text, and no cell at
  // all is a formula.
  std::vector<XlsxCell> cells = ReadCells(dir + "attendance-2024-09.xlsx");
  ASSERT_FALSE(cells.empty());
  std::map<std::string, int> seen;
  const std::set<std::string> texts = {
      "=HYPERLINK(\"http://evil.example/\",\"点我\")", "=1+1", "+86 138", "-A1", "@SUM(1)",
      "=HYPERLINK(\"http://evil.example/x\")"};
  for (const XlsxCell& c : cells) {
    EXPECT_NE(c.type, "f") << c.sheet << "!" << c.cell << " is a formula: " << c.value;
    if (texts.count(c.value)) {
      EXPECT_EQ(c.type, "s") << c.sheet << "!" << c.cell;
      ++seen[c.value];
    }
  }
  for (const std::string& text : texts)
    EXPECT_GT(seen[text], 0) << text << " is not in the workbook";
  // The names are on the summary and the daily grid; the rejected row's text on data issues.
  EXPECT_GE(seen["=HYPERLINK(\"http://evil.example/\",\"点我\")"], 2);
}

}  // namespace
}  // namespace kefu::testing
