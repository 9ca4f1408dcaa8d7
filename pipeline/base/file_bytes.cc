#include "base/file_bytes.h"

#include "base/sha256.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace kefu {

FileBytes ReadFileBytes(const std::string& path) {
  FileBytes result;
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT) result.missing = true;
    else result.error = std::strerror(errno);
    return result;
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    result.error = S_ISDIR(st.st_mode) ? std::strerror(EISDIR) : std::strerror(errno);
    ::close(fd);
    return result;
  }
  result.bytes.resize(static_cast<size_t>(st.st_size));
  size_t done = 0;
  while (done < result.bytes.size()) {
    ssize_t n = ::read(fd, result.bytes.data() + done, result.bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      result.error = std::strerror(errno);
      ::close(fd);
      return result;
    }
    if (n == 0) break;
    done += static_cast<size_t>(n);
  }
  result.bytes.resize(done);
  ::close(fd);
  result.sha256 = Sha256Hex(result.bytes);
  return result;
}

}  // namespace kefu
