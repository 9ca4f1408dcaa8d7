#include <algorithm>
#include <filesystem>
#include <system_error>

#include "base/ascii.h"
#include "ingest/loader.h"
#include "ingest/record_schema.h"

namespace kefu {
namespace {

namespace fs = std::filesystem;

std::string LowerExtension(const fs::path& path) {
  return AsciiLower(path.extension().string());
}

// Anything but a folder counts as a file here — a pipe, a device, a broken link — so that the
// reader reports it (ReadFileBytes) instead of it being skipped unseen. Its own error codes: the
// iteration's must not be cut short by one odd entry.
bool IsFileEntry(const fs::path& path) {
  std::error_code ec;
  fs::file_status link = fs::symlink_status(path, ec);
  if (ec || !fs::exists(link)) return false;
  return !fs::is_directory(path, ec);
}

bool IsRecordFile(const fs::path& path) {
  std::string ext = LowerExtension(path);
  return ext == ".csv" || ext == ".xml";
}

// The record files at the top of the folder (policy.xml included), by file name.
std::vector<std::string> TopLevelRecordFiles(const fs::path& root) {
  std::vector<std::string> files;
  std::error_code ec;
  for (auto it = fs::directory_iterator(root, ec); !ec && it != fs::directory_iterator();
       it.increment(ec)) {
    if (IsFileEntry(it->path()) && IsRecordFile(it->path())) {
      files.push_back(it->path().filename().string());
    }
  }
  return files;
}

}  // namespace

Discovery DiscoverInputFiles(const std::string& input_dir) {
  Discovery result;
  const fs::path root(input_dir);
  std::error_code ec;
  const std::vector<std::string> top = TopLevelRecordFiles(root);
  for (RecordType type : AllRecordTypes()) {
    std::string name = RecordTypeName(type);
    std::vector<std::string> paths;
    // The extension in any case, as inside a type folder (Excel on Windows may save PUNCHES.CSV
    // as punches.CSV); the type's name as written.
    for (const std::string& file : top) {
      if (fs::path(file).stem().string() == name) paths.push_back(file);
    }
    fs::path folder = root / name;
    if (fs::is_directory(folder, ec)) {
      for (auto it = fs::recursive_directory_iterator(folder, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (!IsFileEntry(it->path())) continue;
        std::string relative = fs::relative(it->path(), root, ec).generic_string();
        if (IsRecordFile(it->path())) {
          paths.push_back(relative);
        } else if (it->path().filename().string().front() != '.') {
          result.ignored.push_back(relative);
        }
      }
    }
    std::sort(paths.begin(), paths.end());
    for (std::string& p : paths) result.files.push_back({std::move(p), type});
  }
  // A .csv or .xml at the top that names no record type (a typo such as punch.csv) would
  // otherwise be lost silently.
  for (const std::string& file : top) {
    if (file == "policy.xml") continue;
    bool known = std::any_of(result.files.begin(), result.files.end(),
                             [&](const DiscoveredFile& f) { return f.path == file; });
    if (!known) result.ignored.push_back(file);
  }
  std::sort(result.ignored.begin(), result.ignored.end());
  return result;
}

}  // namespace kefu
