#include "support/workbook_dump.h"

#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include <sstream>

#include "support/run_kefu.h"

namespace kefu::testing {

std::string SheetDump::Ref(int row, int col) {
  std::string letters;
  for (int c = col + 1; c > 0; c = (c - 1) / 26) {
    letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
  }
  return letters + std::to_string(row);
}

CellDump SheetDump::At(int row, int col) const {
  auto it = cells.find(Ref(row, col));
  return it == cells.end() ? CellDump{} : it->second;
}

int SheetDump::LastRow() const {
  int last = 0;
  for (const auto& [ref, cell] : cells) {
    size_t digit = ref.find_first_of("0123456789");
    last = std::max(last, std::stoi(ref.substr(digit)));
  }
  return last;
}

int SheetDump::RowOf(const std::string& text, int from) const {
  for (int r = from, last = LastRow(); r <= last; ++r) {
    if (Text(r, 0) == text) return r;
  }
  return 0;
}

int SheetDump::RowStartingWith(const std::string& prefix, int from) const {
  for (int r = from, last = LastRow(); r <= last; ++r) {
    if (Text(r, 0).starts_with(prefix)) return r;
  }
  return 0;
}

std::vector<std::string> WorkbookDump::SheetNames() const {
  std::vector<std::string> names;
  for (const SheetDump& s : sheets) names.push_back(s.name);
  return names;
}

const SheetDump& WorkbookDump::Sheet(const std::string& name) const {
  for (const SheetDump& s : sheets) {
    if (s.name == name) return s;
  }
  static const SheetDump kNone;
  ADD_FAILURE() << "no sheet " << name;
  return kNone;
}

WorkbookDump ParseWorkbookDump(const std::string& json) {
  WorkbookDump dump;
  Poco::JSON::Parser parser;
  auto root = parser.parse(json).extract<Poco::JSON::Object::Ptr>();
  auto sheets = root->getArray("sheets");
  for (size_t i = 0; i < sheets->size(); ++i) {
    auto s = sheets->getObject(static_cast<unsigned>(i));
    SheetDump sheet;
    sheet.name = s->getValue<std::string>("name");
    auto cells = s->getObject("cells");
    for (const auto& [ref, value] : *cells) {
      auto c = value.extract<Poco::JSON::Object::Ptr>();
      CellDump cell;
      cell.present = true;
      Poco::Dynamic::Var v = c->get("v");
      if (!v.isEmpty()) {
        cell.is_number = v.isNumeric();
        if (v.isNumeric() && !v.isInteger()) {
          std::ostringstream text;
          text << v.convert<double>();
          cell.value = text.str();
        } else {
          cell.value = v.convert<std::string>();
        }
      }
      cell.type = c->getValue<std::string>("t");
      cell.italic = c->getValue<bool>("i");
      cell.bold = c->getValue<bool>("b");
      cell.fill = c->getValue<std::string>("fill");
      cell.font = c->getValue<std::string>("font");
      sheet.cells[ref] = cell;
    }
    auto merges = s->getArray("merges");
    for (size_t m = 0; m < merges->size(); ++m) {
      sheet.merges.push_back(merges->getElement<std::string>(static_cast<unsigned>(m)));
    }
    auto heights = s->getObject("row_heights");
    for (const auto& [row, height] : *heights) sheet.row_heights[std::stoi(row)] = height;
    sheet.freeze = s->getValue<std::string>("freeze");
    sheet.autofilter = s->getValue<std::string>("autofilter");
    sheet.landscape = s->getValue<bool>("landscape");
    sheet.paper = s->getValue<int>("paper");
    sheet.fit_to_page = s->getValue<bool>("fit_to_page");
    sheet.title_rows = s->getValue<std::string>("title_rows");
    sheet.footer = s->getValue<std::string>("footer");
    dump.sheets.push_back(std::move(sheet));
  }
  return dump;
}

WorkbookDump ReadWorkbook(const std::string& xlsx) {
  std::string json = DumpXlsx("json", xlsx);
  if (json.empty()) return {};
  return ParseWorkbookDump(json);
}

}  // namespace kefu::testing
