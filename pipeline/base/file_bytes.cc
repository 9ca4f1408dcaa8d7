#include "base/file_bytes.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "base/sha256.h"

namespace kefu {

namespace {

// Reads the file into result.bytes, whose old contents stay until read() overwrites them:
// resizing from the buffer's current size zero-fills only what it grows by, not the whole file.
void ReadInto(const std::string& path, FileBytes& result) {
  // O_NONBLOCK: a named pipe in the input folder must not hang the run until someone writes.
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    if (errno == ENOENT)
      result.missing = true;
    else
      result.error = std::strerror(errno);
    return;
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    result.error = std::strerror(errno);
    ::close(fd);
    return;
  }
  if (!S_ISREG(st.st_mode)) {
    result.not_regular = true;
    result.error = std::strerror(S_ISDIR(st.st_mode) ? EISDIR : EINVAL);
    ::close(fd);
    return;
  }
  result.bytes.resize(static_cast<size_t>(st.st_size));
  size_t done = 0;
  while (done < result.bytes.size()) {
    ssize_t n = ::read(fd, result.bytes.data() + done, result.bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      result.error = std::strerror(errno);
      ::close(fd);
      return;
    }
    if (n == 0) break;
    done += static_cast<size_t>(n);
  }
  result.bytes.resize(done);
  ::close(fd);
  result.sha256 = Sha256Hex(result.bytes);
}

}  // namespace

FileBytes ReadFileBytes(const std::string& path, std::string buffer) {
  FileBytes result;
  result.bytes = std::move(buffer);
  ReadInto(path, result);
  if (result.missing || !result.error.empty()) result.bytes.clear();
  return result;
}

}  // namespace kefu
