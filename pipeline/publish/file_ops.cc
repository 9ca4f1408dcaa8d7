#include "publish/file_ops.h"

#include <dirent.h>
#include <fcntl.h>
#include <fmt/format.h>
#include <stdio.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "base/sha256.h"

namespace kefu {
namespace {

bool AllDigits(std::string_view s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

constexpr std::string_view kStagingPrefix = ".kefu-staging-";
constexpr std::string_view kSuperseded = ".superseded-";

// Splits a file name at its extension: "a.b.xlsx" → ("a.b", ".xlsx"); "notes" → ("notes", "").
// A leading dot is part of the stem.
std::pair<std::string_view, std::string_view> SplitExtension(std::string_view name) {
  size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return {name, ""};
  return {name.substr(0, dot), name.substr(dot)};
}

}  // namespace

void Fd::Reset() {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
}

std::string SystemError(int error_number) {
  char buffer[256] = {};
  // The GNU strerror_r returns the message, which may or may not be in `buffer`.
  return ::strerror_r(error_number, buffer, sizeof(buffer));
}

Fd OpenFolderAt(int dir, const std::string& name) {
  return Fd(::openat(dir, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
}

bool IdAt(int dir, const std::string& name, FileId* id) {
  struct stat st {};
  if (::fstatat(dir, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) return false;
  *id = {st.st_dev, st.st_ino};
  return true;
}

FileId IdOf(int fd) {
  struct stat st {};
  if (::fstat(fd, &st) != 0) return {};
  return {st.st_dev, st.st_ino};
}

bool IsStagingName(std::string_view name) {
  // .kefu-staging-PID-XXXXXX
  if (!name.starts_with(kStagingPrefix)) return false;
  std::string_view rest = name.substr(kStagingPrefix.size());
  size_t dash = rest.find('-');
  if (dash == std::string_view::npos || !AllDigits(rest.substr(0, dash))) return false;
  std::string_view random = rest.substr(dash + 1);
  return random.size() == 6 && std::all_of(random.begin(), random.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
         });
}

std::string NewStagingName() {
  static constexpr char kChars[] = "abcdefghijklmnopqrstuvwxyz0123456789";
  unsigned char random[6] = {};
  if (::getrandom(random, sizeof random, 0) != static_cast<ssize_t>(sizeof random)) {
    // No entropy to be had: the time and an address still differ between attempts, and the
    // folder is created with mkdir, which never takes over an existing one.
    uint64_t seed = static_cast<uint64_t>(::time(nullptr)) ^ reinterpret_cast<uintptr_t>(&seed);
    for (unsigned char& r : random) r = static_cast<unsigned char>(seed >>= 5);
  }
  std::string name = fmt::format("{}{}-", kStagingPrefix, ::getpid());
  for (unsigned char r : random) name += kChars[r % (sizeof kChars - 1)];
  return name;
}

long PidInName(std::string_view name) {
  size_t at;
  if (name.starts_with(kStagingPrefix)) {
    at = kStagingPrefix.size();
  } else if (size_t tmp = name.rfind(".tmp-"); tmp != std::string_view::npos) {
    at = tmp + 5;
  } else {
    return 0;
  }
  long pid = 0;
  for (; at < name.size() && name[at] >= '0' && name[at] <= '9' && pid < 1'000'000'000; ++at) {
    pid = pid * 10 + (name[at] - '0');
  }
  return pid;
}

bool IsTempName(std::string_view name) {
  // .NAME.tmp-PID-N
  if (name.size() < 2 || name.front() != '.') return false;
  size_t tmp = name.rfind(".tmp-");
  if (tmp == std::string_view::npos || tmp == 0) return false;
  std::string_view rest = name.substr(tmp + 5);
  size_t dash = rest.find('-');
  if (dash == std::string_view::npos) return false;
  return AllDigits(rest.substr(0, dash)) && AllDigits(rest.substr(dash + 1));
}

bool IsSupersededName(std::string_view file_name) {
  auto [stem, extension] = SplitExtension(file_name);
  // "x.superseded-3" without an extension splits as ("x", ".superseded-3").
  if (extension.starts_with(kSuperseded) && AllDigits(extension.substr(kSuperseded.size()))) {
    return true;
  }
  size_t at = stem.rfind(kSuperseded);
  return at != std::string_view::npos && at > 0 && AllDigits(stem.substr(at + kSuperseded.size()));
}

std::string SupersededName(std::string_view file_name, int n) {
  auto [stem, extension] = SplitExtension(file_name);
  return fmt::format("{}{}{}{}", stem, kSuperseded, n, extension);
}

std::string FreeSupersededName(int dir, std::string_view file_name) {
  for (int n = 1;; ++n) {
    std::string candidate = SupersededName(file_name, n);
    struct stat st {};
    if (::fstatat(dir, candidate.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0 && errno == ENOENT) {
      return candidate;
    }
  }
}

bool WriteAllAndSync(int fd, std::string_view bytes, std::string* error) {
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::pwrite(fd, bytes.data() + done, bytes.size() - done, static_cast<off_t>(done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      *error = SystemError(n < 0 ? errno : EIO);
      return false;
    }
    done += static_cast<size_t>(n);
  }
  if (::ftruncate(fd, static_cast<off_t>(bytes.size())) != 0 || ::fsync(fd) != 0) {
    *error = SystemError(errno);
    return false;
  }
  return true;
}

FileHash HashFileAt(int dir, const std::string& name) {
  FileHash result;
  Fd fd(::openat(dir, name.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
  if (!fd.ok()) {
    if (errno == ENOENT) {
      result.missing = true;
    } else {
      result.error = SystemError(errno);
    }
    return result;
  }
  return HashFd(fd.get());
}

FileHash HashFd(int fd) {
  FileHash result;
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    result.error = SystemError(errno);
    return result;
  }
  if (!S_ISREG(st.st_mode)) {
    result.error = SystemError(S_ISDIR(st.st_mode) ? EISDIR : EINVAL);
    return result;
  }
  std::string bytes(static_cast<size_t>(st.st_size), '\0');
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::pread(fd, bytes.data() + done, bytes.size() - done, static_cast<off_t>(done));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      result.error = SystemError(errno);
      return result;
    }
    if (n == 0) break;
    done += static_cast<size_t>(n);
  }
  bytes.resize(done);
  result.size = bytes.size();
  result.sha256 = Sha256Hex(bytes);
  return result;
}

bool SyncFd(int fd, std::string* error) {
  if (::fsync(fd) == 0) return true;
  *error = SystemError(errno);
  return false;
}

bool RenameAt(int from_dir, const std::string& from, int to_dir, const std::string& to,
              unsigned flags, std::string* error) {
  if (::renameat2(from_dir, from.c_str(), to_dir, to.c_str(), flags) == 0) return true;
  if (flags == RENAME_NOREPLACE && (errno == EINVAL || errno == ENOSYS)) {
    // A file system without RENAME_NOREPLACE: check, then rename. Not atomic, but the output
    // root is locked, so no other kefu is renaming here.
    struct stat st {};
    if (::fstatat(to_dir, to.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0) {
      *error = SystemError(EEXIST);
      return false;
    }
    if (::renameat(from_dir, from.c_str(), to_dir, to.c_str()) == 0) return true;
  }
  *error = SystemError(errno);
  return false;
}

bool RemoveTreeAt(int dir, const std::string& name, FileId id) {
  FileId now;
  if (!IdAt(dir, name, &now)) return errno == ENOENT;
  if (now != id) return false;  // not ours any more: leave it
  Fd folder = OpenFolderAt(dir, name);
  if (!folder.ok() || IdOf(folder.get()) != id) return false;
  bool ok = true;
  DIR* listing = ::fdopendir(::dup(folder.get()));
  if (!listing) return false;
  ::rewinddir(listing);  // a duplicate shares the position of the descriptor it copies
  std::vector<std::pair<std::string, bool>> children;  // name, is a folder
  while (dirent* e = ::readdir(listing)) {
    std::string child = e->d_name;
    if (child == "." || child == "..") continue;
    struct stat st {};
    if (::fstatat(folder.get(), child.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) continue;
    children.emplace_back(child, S_ISDIR(st.st_mode));
  }
  ::closedir(listing);
  for (const auto& [child, is_folder] : children) {
    if (is_folder) {
      FileId child_id;
      ok =
          IdAt(folder.get(), child, &child_id) && RemoveTreeAt(folder.get(), child, child_id) && ok;
    } else if (::unlinkat(folder.get(), child.c_str(), 0) != 0 && errno != ENOENT) {
      ok = false;
    }
  }
  if (!IdAt(dir, name, &now) || now != id) return false;
  return ::unlinkat(dir, name.c_str(), AT_REMOVEDIR) == 0 && ok;
}

namespace {

bool ListInto(int dir, const std::string& prefix, const std::vector<std::string>& skip,
              bool recursive, std::vector<TreeEntry>* entries, std::string* error) {
  DIR* listing = ::fdopendir(::dup(dir));
  if (!listing) {
    *error = fmt::format("{}: {}", prefix.empty() ? "." : prefix, SystemError(errno));
    return false;
  }
  ::rewinddir(listing);  // a duplicate shares the position of the descriptor it copies
  std::vector<std::string> names;
  while (dirent* e = ::readdir(listing)) {
    std::string name = e->d_name;
    if (name == "." || name == "..") continue;
    if (prefix.empty() && std::find(skip.begin(), skip.end(), name) != skip.end()) continue;
    names.push_back(std::move(name));
  }
  ::closedir(listing);
  std::sort(names.begin(), names.end());
  for (const std::string& name : names) {
    struct stat st {};
    if (::fstatat(dir, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) continue;  // gone meanwhile
    TreeEntry entry;
    entry.path = prefix.empty() ? name : prefix + "/" + name;
    entry.id = {st.st_dev, st.st_ino};
    entry.type = S_ISREG(st.st_mode)   ? TreeEntry::Type::kFile
                 : S_ISDIR(st.st_mode) ? TreeEntry::Type::kFolder
                 : S_ISLNK(st.st_mode) ? TreeEntry::Type::kLink
                                       : TreeEntry::Type::kOther;
    entries->push_back(entry);
    if (!recursive || entry.type != TreeEntry::Type::kFolder) continue;
    Fd sub = OpenFolderAt(dir, name);
    if (!sub.ok()) {
      *error = fmt::format("{}: {}", entry.path, SystemError(errno));
      return false;
    }
    if (!ListInto(sub.get(), entry.path, skip, true, entries, error)) return false;
  }
  return true;
}

}  // namespace

bool ListTree(int dir, const std::vector<std::string>& skip, std::vector<TreeEntry>* entries,
              std::string* error) {
  entries->clear();
  return ListInto(dir, "", skip, true, entries, error);
}

bool ListFolder(int dir, std::vector<TreeEntry>* entries, std::string* error) {
  entries->clear();
  return ListInto(dir, "", {}, false, entries, error);
}

}  // namespace kefu
