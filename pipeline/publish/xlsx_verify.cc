#include "publish/xlsx_verify.h"

#include <Poco/Exception.h>
#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipStream.h>
#include <fmt/format.h>

#include <fstream>
#include <iterator>
#include <pugixml.hpp>

namespace kefu {
namespace {

// The parts without which Excel does not open a workbook at all.
constexpr const char* kRequiredParts[] = {"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml"};

bool EndsWith(const std::string& text, std::string_view suffix) {
  return text.size() >= suffix.size() &&
         text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

std::optional<PublishError> VerifyXlsx(const std::string& path) {
  auto fail = [&](const std::string& part, const std::string& why) {
    return PublishError{PublishError::Kind::kVerifyFailed, path, fmt::format("{}: {}", part, why)};
  };
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail("(file)", "cannot be opened");
  std::string current = "(zip directory)";
  try {
    Poco::Zip::ZipArchive archive(in);
    for (const char* required : kRequiredParts) {
      if (archive.findHeader(required) == archive.headerEnd()) return fail(required, "missing");
    }
    for (auto it = archive.headerBegin(); it != archive.headerEnd(); ++it) {
      const Poco::Zip::ZipLocalFileHeader& header = it->second;
      current = it->first;
      if (header.isDirectory()) continue;
      in.clear();
      Poco::Zip::ZipInputStream part(in, header, true);
      std::string bytes{std::istreambuf_iterator<char>(part), std::istreambuf_iterator<char>()};
      if (bytes.size() != header.getUncompressedSize()) {
        return fail(current, fmt::format("{} bytes instead of {}", bytes.size(),
                                         header.getUncompressedSize()));
      }
      if (!part.crcValid()) return fail(current, "CRC mismatch");
      if (!EndsWith(current, ".xml") && !EndsWith(current, ".rels")) continue;
      pugi::xml_document document;
      pugi::xml_parse_result parsed = document.load_buffer(bytes.data(), bytes.size());
      if (!parsed) {
        return fail(current, fmt::format("{} at byte {}", parsed.description(), parsed.offset));
      }
      if (!document.document_element()) return fail(current, "no root element");
    }
  } catch (const Poco::Exception& e) {
    return fail(current, e.displayText());
  } catch (const std::exception& e) {
    return fail(current, e.what());
  }
  return std::nullopt;
}

}  // namespace kefu
