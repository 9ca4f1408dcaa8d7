#include "publish/file_ops.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>

namespace kefu {
namespace {

std::atomic<uint64_t> temp_counter{0};

bool Exists(const std::string& path) {
  struct stat st {};
  return ::lstat(path.c_str(), &st) == 0;
}

}  // namespace

std::string SystemError(int error_number) {
  char buffer[256] = {};
  // The GNU strerror_r returns the message, which may or may not be in `buffer`.
  return ::strerror_r(error_number, buffer, sizeof(buffer));
}

std::string CreateTempFile(const std::string& path, std::string* error) {
  std::filesystem::path target(path);
  std::string folder = target.parent_path().string();
  std::string name = target.filename().string();
  for (int attempt = 0; attempt < 100; ++attempt) {
    std::string temp = fmt::format("{}{}.{}.tmp-{}-{}", folder, folder.empty() ? "" : "/", name,
                                   ::getpid(), temp_counter.fetch_add(1));
    int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd >= 0) {
      ::close(fd);
      return temp;
    }
    if (errno != EEXIST) {
      *error = SystemError(errno);
      return "";
    }
  }
  *error = SystemError(EEXIST);
  return "";
}

bool IsTempName(std::string_view name) {
  // .NAME.tmp-PID-N
  if (name.size() < 2 || name.front() != '.') return false;
  size_t tmp = name.rfind(".tmp-");
  if (tmp == std::string_view::npos || tmp == 0) return false;
  std::string_view rest = name.substr(tmp + 5);
  size_t dash = rest.find('-');
  if (dash == std::string_view::npos || dash == 0 || dash + 1 == rest.size()) return false;
  auto digits = [](std::string_view s) {
    return s.find_first_not_of("0123456789") == std::string_view::npos;
  };
  return digits(rest.substr(0, dash)) && digits(rest.substr(dash + 1));
}

bool WriteFileDurably(const std::string& path, std::string_view bytes, std::string* error) {
  int fd = ::open(path.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
  if (fd < 0) {
    *error = SystemError(errno);
    return false;
  }
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      *error = SystemError(n < 0 ? errno : EIO);
      ::close(fd);
      return false;
    }
    done += static_cast<size_t>(n);
  }
  if (::fsync(fd) != 0) {
    *error = SystemError(errno);
    ::close(fd);
    return false;
  }
  if (::close(fd) != 0) {
    *error = SystemError(errno);
    return false;
  }
  return true;
}

bool SyncPath(const std::string& path, std::string* error) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    *error = SystemError(errno);
    return false;
  }
  bool ok = ::fsync(fd) == 0;
  if (!ok) *error = SystemError(errno);
  ::close(fd);
  return ok;
}

bool RenameNoReplace(const std::string& from, const std::string& to, std::string* error) {
  if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0) {
    return true;
  }
  if (errno == EINVAL || errno == ENOSYS) {
    // A file system without RENAME_NOREPLACE: check, then rename (not atomic, but the folder
    // belongs to this run).
    if (Exists(to)) {
      *error = SystemError(EEXIST);
      return false;
    }
    if (::rename(from.c_str(), to.c_str()) == 0) return true;
  }
  *error = SystemError(errno);
  return false;
}

std::string FreeSupersededName(const std::string& path) {
  std::filesystem::path p(path);
  std::string stem = (p.parent_path() / p.stem()).string();
  std::string extension = p.extension().string();
  for (int n = 1;; ++n) {
    std::string candidate = fmt::format("{}.superseded-{}{}", stem, n, extension);
    if (!Exists(candidate)) return candidate;
  }
}

}  // namespace kefu
