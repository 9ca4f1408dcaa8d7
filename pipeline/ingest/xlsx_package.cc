#include "ingest/xlsx_package.h"

#include <Poco/Exception.h>
#include <Poco/Zip/ZipStream.h>
#include <fmt/format.h>

#include <algorithm>

#include "base/ascii.h"

namespace kefu {
namespace {

constexpr std::string_view kOleMagic = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
constexpr std::string_view kZipLocalHeader = "PK\x03\x04";

// An OLE directory entry's name is UTF-16LE.
std::string Utf16Le(std::string_view ascii) {
  std::string out;
  for (char c : ascii) {
    out.push_back(c);
    out.push_back('\0');
  }
  return out;
}

// A library's message as a diagnostic argument: printable ASCII only, at most 200 bytes.
std::string Printable(std::string_view text) {
  std::string out(text.substr(0, 200));
  for (char& c : out) {
    if (c < 0x20 || c > 0x7E) c = '?';
  }
  return out;
}

SourcePlace PartPlace(const std::string& part) { return {0, part}; }

uint64_t LittleEndian(std::string_view bytes, size_t at, size_t width) {
  uint64_t value = 0;
  for (size_t i = width; i-- > 0;) value = value << 8 | static_cast<unsigned char>(bytes[at + i]);
  return value;
}

// Poco 1.11 reads a ZIP64 end-of-central-directory record's "extensible data" into a string as
// long as the record's 64-bit size field says, whatever the file holds: a file of a hundred
// bytes can make it allocate and fill gigabytes (found by the xlsx_reader fuzzer). Such a record is
// looked for where Poco's walk through the file can meet one — at the start, after a local entry's
// data or data descriptor, after a central directory entry — and refused when it claims more bytes
// than follow it. (A workbook under kefu's caps never needs ZIP64; this only keeps a forged one
// from exhausting memory.)
bool HasOversizedZip64Record(std::string_view bytes) {
  constexpr std::string_view kRecord = "PK\x06\x06";
  auto oversized = [&](uint64_t at) {
    if (at + 12 > bytes.size() || bytes.substr(at, 4) != kRecord) return false;
    return LittleEndian(bytes, at + 4, 8) > bytes.size() - (at + 12);
  };
  if (oversized(0)) return true;
  auto after_each = [&](std::string_view signature, auto end_of) {
    for (size_t at = bytes.find(signature); at != std::string_view::npos;
         at = bytes.find(signature, at + 4)) {
      if (oversized(end_of(at))) return true;
    }
    return false;
  };
  auto field = [&](size_t at, size_t width) {
    return at + width <= bytes.size() ? LittleEndian(bytes, at, width) : 0;
  };
  return after_each("PK\x03\x04",
                    [&](size_t at) {
                      return at + 30 + field(at + 26, 2) + field(at + 28, 2) + field(at + 18, 4);
                    }) ||
         after_each(
             "PK\x07\x08",
             [&](size_t at) -> uint64_t { return oversized(at + 16) ? at + 16 : at + 24; }) ||
         after_each("PK\x01\x02", [&](size_t at) {
           return at + 46 + field(at + 28, 2) + field(at + 30, 2) + field(at + 32, 2);
         });
}

}  // namespace

WorkbookContainer SniffWorkbookContainer(std::string_view bytes) {
  if (bytes.starts_with(kZipLocalHeader) || bytes.starts_with("PK\x05\x06")) {
    return WorkbookContainer::kZip;
  }
  if (bytes.starts_with(kOleMagic)) {
    // An encrypted OOXML workbook (ECMA-376 Part 2 / MS-OFFCRYPTO) is an OLE file whose
    // directory names the streams EncryptionInfo and EncryptedPackage. The names are looked
    // for anywhere in the file rather than by walking the directory's sector chain: an .xls
    // whose cells held both names as UTF-16 would be misnamed encrypted, and still refused.
    static const std::string kInfo = Utf16Le("EncryptionInfo");
    static const std::string kPackage = Utf16Le("EncryptedPackage");
    if (bytes.find(kInfo) != std::string_view::npos &&
        bytes.find(kPackage) != std::string_view::npos) {
      return WorkbookContainer::kEncryptedOoxml;
    }
    return WorkbookContainer::kLegacyXls;
  }
  return WorkbookContainer::kUnknown;
}

XlsxPackage::XlsxPackage(std::string_view bytes, const XlsxLimits& limits)
    : limits_(limits), stream_(bytes.data(), static_cast<std::streamsize>(bytes.size())) {}

std::unique_ptr<XlsxPackage> XlsxPackage::Open(std::string_view bytes, const XlsxLimits& limits,
                                               SourceDiagnostics& diagnostics) {
  switch (SniffWorkbookContainer(bytes)) {
    case WorkbookContainer::kZip:
      break;
    case WorkbookContainer::kEncryptedOoxml:
      diagnostics.Fatal(Reason::kXlsxEncrypted, {});
      return nullptr;
    case WorkbookContainer::kLegacyXls:
      diagnostics.Fatal(Reason::kXlsxLegacyXls, {});
      return nullptr;
    case WorkbookContainer::kUnknown:
      diagnostics.Fatal(Reason::kXlsxNotWorkbook, {});
      return nullptr;
  }
  // Poco keeps every entry in memory: a file of a million empty entries is refused before
  // Poco sees it. (The count of local-header signatures can only overstate the entries.)
  size_t entries = 0;
  for (size_t at = bytes.find(kZipLocalHeader); at != std::string_view::npos;
       at = bytes.find(kZipLocalHeader, at + kZipLocalHeader.size())) {
    if (++entries > limits.max_parts) {
      diagnostics.Fatal(Reason::kXlsxTooManyParts, {}, {fmt::format("{}", limits.max_parts)});
      return nullptr;
    }
  }
  if (HasOversizedZip64Record(bytes)) {
    diagnostics.Fatal(Reason::kXlsxBadZip, {}, {"ZIP64"});
    return nullptr;
  }
  std::unique_ptr<XlsxPackage> package(new XlsxPackage(bytes, limits));
  try {
    package->archive_ = std::make_unique<Poco::Zip::ZipArchive>(package->stream_);
  } catch (const Poco::Exception& e) {
    diagnostics.Fatal(Reason::kXlsxBadZip, {}, {Printable(e.displayText())});
    return nullptr;
  } catch (const std::exception& e) {
    diagnostics.Fatal(Reason::kXlsxBadZip, {}, {Printable(e.what())});
    return nullptr;
  }
  return package;
}

std::string XlsxPackage::Find(std::string_view name) const {
  if (archive_->findHeader(std::string(name)) != archive_->headerEnd()) return std::string(name);
  for (auto it = archive_->headerBegin(); it != archive_->headerEnd(); ++it) {
    if (EqualsIgnoreAsciiCase(it->first, name)) return it->first;
  }
  return "";
}

bool XlsxPackage::Read(const std::string& name, uint64_t cap, std::string* out,
                       SourceDiagnostics& diagnostics) {
  out->clear();
  auto header = archive_->findHeader(name);
  if (header == archive_->headerEnd()) {
    diagnostics.Fatal(Reason::kXlsxMissingPart, {}, {name});
    return false;
  }
  // The central directory's entry: its sizes are the declared ones (a local header written
  // while streaming carries zeros and puts the sizes after the data).
  auto info = std::find_if(archive_->fileInfoBegin(), archive_->fileInfoEnd(),
                           [&](const auto& entry) { return entry.first == name; });
  if (info == archive_->fileInfoEnd()) {
    // A local entry the central directory does not list: the package is cut or patched.
    diagnostics.Fatal(Reason::kXlsxBadZip, PartPlace(name), {name});
    return false;
  }
  if (header->second.isEncrypted() || info->second.isEncrypted()) {
    diagnostics.Fatal(Reason::kXlsxEncrypted, PartPlace(name));
    return false;
  }
  uint64_t declared = info->second.getUncompressedSize();
  if (!header->second.searchCRCAndSizesAfterData()) {
    declared = std::max<uint64_t>(declared, header->second.getUncompressedSize());
  }
  if (declared > cap) {
    diagnostics.Fatal(Reason::kXlsxPartTooLarge, PartPlace(name),
                      {fmt::format("{}", declared), fmt::format("{}", cap)});
    return false;
  }
  const uint64_t compressed = std::max<uint64_t>(info->second.getCompressedSize(), 1);
  if (declared > limits_.ratio_floor_bytes &&
      declared / compressed > limits_.max_compression_ratio) {
    diagnostics.Fatal(Reason::kXlsxCompressionRatio, PartPlace(name),
                      {fmt::format("{}", declared / compressed),
                       fmt::format("{}", limits_.max_compression_ratio)});
    return false;
  }
  try {
    stream_.clear();
    Poco::Zip::ZipInputStream part(stream_, header->second, true);
    out->reserve(static_cast<size_t>(declared));
    constexpr size_t kBlock = size_t{1} << 16;
    // One byte past the declared size is enough to know it lied.
    while (out->size() <= declared) {
      const size_t old = out->size();
      const size_t want = std::min<uint64_t>(kBlock, declared + 1 - old);
      out->resize(old + want);
      part.read(out->data() + old, static_cast<std::streamsize>(want));
      const size_t got = static_cast<size_t>(part.gcount());
      out->resize(old + got);
      if (got == 0) break;
    }
  } catch (const Poco::Exception& e) {
    out->clear();
    diagnostics.Fatal(Reason::kXlsxBadZip, PartPlace(name), {Printable(e.displayText())});
    return false;
  } catch (const std::exception& e) {
    out->clear();
    diagnostics.Fatal(Reason::kXlsxBadZip, PartPlace(name), {Printable(e.what())});
    return false;
  }
  if (out->size() != declared) {
    out->clear();
    diagnostics.Fatal(Reason::kXlsxPartSizeMismatch, PartPlace(name),
                      {fmt::format("{}", declared)});
    return false;
  }
  return true;
}

}  // namespace kefu
