// The file-system steps of a publication, relative to folder descriptors: a folder is opened
// once (O_DIRECTORY|O_NOFOLLOW, so a symbolic link on the way is refused rather than followed)
// and every file in it is created, read, renamed and removed relative to it, never through a
// path that someone could swap for a link meanwhile. Errors are returned as the system's
// message.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kefu {

// An open file or folder descriptor, closed with the object.
class Fd {
 public:
  Fd() = default;
  explicit Fd(int fd) : fd_(fd) {}
  ~Fd() { Reset(); }
  Fd(Fd&& other) noexcept : fd_(other.Release()) {}
  Fd& operator=(Fd&& other) noexcept {
    if (this != &other) {
      Reset();
      fd_ = other.Release();
    }
    return *this;
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;

  int get() const { return fd_; }
  bool ok() const { return fd_ >= 0; }
  int Release() {
    int fd = fd_;
    fd_ = -1;
    return fd;
  }
  void Reset();

 private:
  int fd_ = -1;
};

// What a file-system object is: its device and inode. Before kefu removes or renames anything it
// created, it checks that the name still holds this object.
struct FileId {
  dev_t dev = 0;
  ino_t ino = 0;
  bool operator==(const FileId&) const = default;
  auto operator<=>(const FileId&) const = default;
};

// strerror of `error_number`, thread-safe.
std::string SystemError(int error_number);

// The folder `name` inside the folder `dir` (AT_FDCWD: a path), opened without following a
// link at `name`. An invalid Fd (errno set) on failure: ENOTDIR (or ELOOP) when `name` is a
// link or not a folder.
Fd OpenFolderAt(int dir, const std::string& name);

// The identity of `name` in `dir`, without following a link; false (errno set) when missing.
bool IdAt(int dir, const std::string& name, FileId* id);
FileId IdOf(int fd);

// True for a name of the form the staging folders have: .kefu-staging-PID-XXXXXX.
bool IsStagingName(std::string_view name);
// A new staging folder name for this process: .kefu-staging-PID-XXXXXX (random).
std::string NewStagingName();
// The PID in a staging folder's or an old-style temporary file's name (0 when there is none).
long PidInName(std::string_view name);

// True for the temporary files of kefu before issue 11 (.NAME.tmp-PID-N), which a run killed
// at the wrong moment could leave behind.
bool IsTempName(std::string_view file_name);

// NAME.superseded-N.ext (N ≥ 1) — a report kept aside by --force.
bool IsSupersededName(std::string_view file_name);
// `file_name` with ".superseded-N" before its extension: a-2023-06.xlsx →
// a-2023-06.superseded-1.xlsx.
std::string SupersededName(std::string_view file_name, int n);
// The first such name (N = 1, 2, …) that is free in `dir`.
std::string FreeSupersededName(int dir, std::string_view file_name);

// Writes `bytes` to the open file `fd` from its start, then fsyncs it.
bool WriteAllAndSync(int fd, std::string_view bytes, std::string* error);

// The bytes and SHA-256 of the regular file `name` in `dir` (not following a link).
struct FileHash {
  std::string sha256;
  uint64_t size = 0;
  bool missing = false;
  std::string error;  // cannot be read, or not a regular file
};
FileHash HashFileAt(int dir, const std::string& name);
// The same for an open file (error when it is not a regular file).
FileHash HashFd(int fd);

// fsync of an open file or folder.
bool SyncFd(int fd, std::string* error);

// renameat2: RENAME_NOREPLACE (fails with EEXIST rather than replace `to`), RENAME_EXCHANGE
// (swaps two existing names), or 0 (replaces `to`, whatever it is, without following it).
bool RenameAt(int from_dir, const std::string& from, int to_dir, const std::string& to,
              unsigned flags, std::string* error);

// Removes the folder `name` of `dir` and everything in it, never following a link (a link in
// it is removed, not what it points to); only if `name` is still the folder `id`. False when
// anything could not be removed.
bool RemoveTreeAt(int dir, const std::string& name, FileId id);

// One entry of a folder tree, listed without following links.
struct TreeEntry {
  enum class Type { kFile, kFolder, kLink, kOther };
  std::string path;  // relative to the listed folder, '/'-separated
  Type type = Type::kFile;
  FileId id;
};
// The entries of the folder `dir` itself, in name order.
bool ListFolder(int dir, std::vector<TreeEntry>* entries, std::string* error);
// Every entry under the folder `dir`, in name order, descending into folders (not links), but
// not into the folders named `skip` at the top. False with `error` when a folder cannot be read.
bool ListTree(int dir, const std::vector<std::string>& skip, std::vector<TreeEntry>* entries,
              std::string* error);

}  // namespace kefu
