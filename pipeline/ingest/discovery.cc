// Finding the input files of a folder (inputs.md): `<type>.csv`, `<type>.xml` and every .csv or
// .xml file under `<type>/`.
//
// Symbolic links are followed like the files and folders they point to: people link a shared
// folder into the input folder (`punches/2024-09 -> /mnt/share/…`). A link that points nowhere,
// a link back to a folder that contains it (a loop) and a folder that cannot be read are fatal
// problems naming the entry: the report would otherwise be made without those records and show,
// say, every shift absent. Nothing under a record type's folder is skipped without a message:
// what is not a .csv or .xml file (hidden files included) is listed as not read.
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <set>
#include <system_error>
#include <utility>

#include "base/ascii.h"
#include "ingest/loader.h"
#include "ingest/record_schema.h"

namespace kefu {
namespace {

namespace fs = std::filesystem;

using FolderId = std::pair<dev_t, ino_t>;

std::string LowerExtension(const fs::path& path) { return AsciiLower(path.extension().string()); }

bool IsRecordFile(const fs::path& path) {
  std::string ext = LowerExtension(path);
  return ext == ".csv" || ext == ".xml";
}

std::string SystemMessage(int error) {
  return std::error_code(error, std::generic_category()).message();
}

// What an entry of the input folder is, links followed.
struct Entry {
  enum class Kind { kFile, kFolder, kProblem };
  Kind kind = Kind::kFile;
  FolderId id{};
  DiscoveryProblem problem;
};

// `path` (shown as `relative`): a folder, a file (anything else that exists: a pipe or a device
// is refused by the reader with its own message), or a problem.
Entry Inspect(const fs::path& path, const std::string& relative) {
  Entry entry;
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0) {
    entry.kind = S_ISDIR(st.st_mode) ? Entry::Kind::kFolder : Entry::Kind::kFile;
    entry.id = {st.st_dev, st.st_ino};
    return entry;
  }
  const int error = errno;
  entry.kind = Entry::Kind::kProblem;
  entry.problem.path = relative;
  struct stat link {};
  if (::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
    if (error == ELOOP) {
      entry.problem.reason = Reason::kLinkLoop;
      return entry;
    }
    if (error == ENOENT || error == ENOTDIR) {
      std::error_code ec;
      entry.problem.reason = Reason::kDanglingLink;
      entry.problem.arg = fs::read_symlink(path, ec).string();
      return entry;
    }
  }
  entry.problem.reason = Reason::kFileUnreadable;
  entry.problem.arg = SystemMessage(error);
  return entry;
}

class Walker {
 public:
  Walker(const fs::path& root, Discovery& result) : root_(root), result_(result) {}

  // Every record file under the folder `relative` (whose identity is `id`), in any order.
  void Walk(const std::string& relative, FolderId id, std::vector<std::string>& files) {
    std::error_code ec;
    fs::directory_iterator it(root_ / relative, ec);
    if (ec) {
      result_.problems.push_back({relative, Reason::kFolderUnreadable, ec.message()});
      return;
    }
    ancestors_.insert(id);
    std::vector<std::string> names;
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
      names.push_back(it->path().filename().string());
    }
    if (ec) result_.problems.push_back({relative, Reason::kFolderUnreadable, ec.message()});
    std::sort(names.begin(), names.end());
    for (const std::string& name : names) {
      const std::string path = relative + "/" + name;
      Entry entry = Inspect(root_ / path, path);
      switch (entry.kind) {
        case Entry::Kind::kProblem:
          result_.problems.push_back(entry.problem);
          break;
        case Entry::Kind::kFolder:
          if (ancestors_.count(entry.id)) {
            result_.problems.push_back({path, Reason::kLinkLoop, ""});
          } else {
            Walk(path, entry.id, files);
          }
          break;
        case Entry::Kind::kFile:
          if (IsRecordFile(name)) {
            files.push_back(path);
          } else {
            result_.ignored.push_back(path);
          }
          break;
      }
    }
    ancestors_.erase(id);
  }

  void AddAncestor(FolderId id) { ancestors_.insert(id); }

 private:
  const fs::path& root_;
  Discovery& result_;
  std::set<FolderId> ancestors_;  // the folders from the root down to the one being read
};

}  // namespace

Discovery DiscoverInputFiles(const std::string& input_dir) {
  Discovery result;
  const fs::path root(input_dir);
  struct stat root_st {};
  if (::stat(root.c_str(), &root_st) != 0) return result;  // the loader reports the folder
  Walker walker(root, result);
  walker.AddAncestor({root_st.st_dev, root_st.st_ino});

  // The top of the folder: the record files and folders of each type by name (the extension
  // in any case, as Excel on Windows may save PUNCHES.CSV as punches.CSV; the type's name as
  // written). Other files at the top (a README) are not input and pass without a word.
  std::error_code ec;
  std::vector<std::string> top;
  for (auto it = fs::directory_iterator(root, ec); !ec && it != fs::directory_iterator();
       it.increment(ec)) {
    top.push_back(it->path().filename().string());
  }
  if (ec) result.problems.push_back({".", Reason::kFolderUnreadable, ec.message()});
  std::sort(top.begin(), top.end());
  std::set<std::string> used;
  for (RecordType type : AllRecordTypes()) {
    const std::string name = RecordTypeName(type);
    std::vector<std::string> paths;
    for (const std::string& file : top) {
      bool folder = file == name;
      bool record_file = !folder && IsRecordFile(file) && fs::path(file).stem().string() == name;
      if (!folder && !record_file) continue;
      used.insert(file);
      Entry entry = Inspect(root / file, file);
      if (entry.kind == Entry::Kind::kProblem) {
        result.problems.push_back(entry.problem);
      } else if (entry.kind == Entry::Kind::kFolder) {
        walker.Walk(file, entry.id, paths);
      } else if (record_file) {
        paths.push_back(file);
      } else {
        // A file named like a type's folder (`punches`, no extension).
        result.ignored.push_back(file);
      }
    }
    std::sort(paths.begin(), paths.end());
    for (std::string& p : paths) result.files.push_back({std::move(p), type});
  }
  // A .csv or .xml at the top that names no record type (a typo such as punch.csv), and a
  // folder that is not a record type's (punch/, 2024-09/), would otherwise be lost silently.
  for (const std::string& file : top) {
    if (used.count(file) || file == "policy.xml") continue;
    if (IsRecordFile(file)) {
      result.ignored.push_back(file);
      continue;
    }
    std::error_code dir_ec;
    if (fs::is_directory(root / file, dir_ec)) result.ignored.push_back(file);
  }
  std::sort(result.ignored.begin(), result.ignored.end());
  return result;
}

}  // namespace kefu
