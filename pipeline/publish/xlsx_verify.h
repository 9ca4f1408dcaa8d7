// Reading back a written workbook before it is published. libxlsxwriter 1.1.4 writes each XML
// part to a temporary file and zips it; when such a write is cut short (a full disk, or
// RLIMIT_FSIZE) it can still report success, leaving a workbook whose XML is truncated. So every
// workbook is re-opened with Poco::Zip, every entry is read in full (checking its size and CRC),
// and every .xml / .rels part is parsed with pugixml.
#pragma once

#include <optional>
#include <string>

#include "publish/publish_error.h"

namespace kefu {

// nullopt when the file at `path` is a readable .xlsx package; otherwise a kVerifyFailed error
// with `path` as its path and, as detail, the part concerned and what is wrong with it.
std::optional<PublishError> VerifyXlsx(const std::string& path);

}  // namespace kefu
