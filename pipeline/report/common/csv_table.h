// A CSV companion before it is written: the English-key header and one row of text per
// employee (or issue). publish/csv_writer.h renders it (RFC 4180, CRLF, UTF-8 with BOM,
// formula-looking text prefixed with ').
#pragma once

#include <string>
#include <vector>

namespace kefu {

struct CsvTable {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
};

}  // namespace kefu
