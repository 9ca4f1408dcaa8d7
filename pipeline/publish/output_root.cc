#include "publish/output_root.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <thread>

namespace kefu {
namespace {

// Reads the holder's line of a lock file: "kefu pid N started T" (T: seconds since the epoch).
LockHolder ReadHolder(int fd) {
  char buffer[128] = {};
  ssize_t n = ::pread(fd, buffer, sizeof buffer - 1, 0);
  LockHolder holder;
  long pid = 0;
  long long started = 0;
  if (n > 0 && std::sscanf(buffer, "kefu pid %ld started %lld", &pid, &started) == 2) {
    holder.pid = pid;
    time_t t = static_cast<time_t>(started);
    struct tm local {};
    if (::localtime_r(&t, &local))
      holder.started = fmt::format("{:02}:{:02}", local.tm_hour, local.tm_min);
  }
  return holder;
}

// A whole number of seconds from the environment, or `fallback`.
long EnvSeconds(const char* name, long fallback) {
  const char* text = std::getenv(name);
  if (!text || !*text) return fallback;
  char* end = nullptr;
  long value = std::strtol(text, &end, 10);
  return (*end == '\0' && value >= 0) ? value : fallback;
}

}  // namespace

OutputRoot::OutputRoot(std::string path, Events events)
    : path_(std::move(path)), events_(std::move(events)) {
  while (path_.size() > 1 && path_.back() == '/') path_.pop_back();
  if (path_.empty()) path_ = ".";
}

OutputRoot::~OutputRoot() { Release(); }

void OutputRoot::Release() {
  std::lock_guard<std::mutex> lock(mutex_);
  if (acquired_) {
    // Removed while still held: a waiter that then gets the lock on this file finds it gone
    // and takes the lock again on a new one.
    ::unlinkat(root_.get(), kLockFileName, 0);
    lock_.Reset();
  }
  root_.Reset();
  for (auto it = created_.rbegin(); it != created_.rend(); ++it) ::rmdir(it->c_str());
  created_.clear();
  tried_ = false;
  acquired_ = false;
}

std::chrono::milliseconds OutputRoot::LockTimeout() {
  return std::chrono::seconds(EnvSeconds("KEFU_LOCK_TIMEOUT", 600));
}

bool OutputRoot::Acquire(PublishError* error) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (!tried_) {
    tried_ = true;
    acquired_ = AcquireOnce(&failure_);
  }
  if (!acquired_) *error = failure_;
  return acquired_;
}

bool OutputRoot::AcquireOnce(PublishError* error) {
  auto fail = [&](int error_number, const std::string& where) {
    *error = {PublishError::Kind::kWriteFailed, where, SystemError(error_number)};
    return false;
  };
  // The root and its missing parents (the user's path: links in it are the user's to make).
  std::filesystem::path current;
  for (const std::filesystem::path& part : std::filesystem::path(path_)) {
    current /= part;
    if (part.empty()) continue;
    if (::mkdir(current.c_str(), 0777) == 0) {
      if (!PublicationStep()) return fail(EIO, current.string());
      created_.push_back(current.string());
    } else if (errno != EEXIST) {
      return fail(errno, current.string());
    }
  }
  root_ = Fd(::open(path_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (!root_.ok()) return fail(errno, path_);

  const time_t started = ::time(nullptr);
  const auto deadline = std::chrono::steady_clock::now() + LockTimeout();
  // Polled, not blocked on, so that the wait can end; short pauses hand the lock on quickly.
  auto pause = std::chrono::milliseconds(1);
  long announced = -1;
  LockHolder holder;
  while (true) {
    Fd fd(::openat(root_.get(), kLockFileName, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0644));
    if (!fd.ok() && errno == EACCES) {
      // Another user's lock file: a read-only descriptor locks as well (flock), it only cannot
      // say who holds it.
      fd = Fd(::openat(root_.get(), kLockFileName, O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
    }
    if (!fd.ok()) return fail(errno, path_ + "/" + kLockFileName);
    if (::flock(fd.get(), LOCK_EX | LOCK_NB) == 0) {
      // The lock counts only on the file that is there now (its holder may have removed it).
      FileId there;
      if (IdAt(root_.get(), kLockFileName, &there) && there == IdOf(fd.get())) {
        std::string line =
            fmt::format("kefu pid {} started {}\n", ::getpid(), static_cast<long long>(started));
        std::string ignored;
        WriteAllAndSync(fd.get(), line, &ignored);  // only informs waiters
        lock_ = std::move(fd);
        break;
      }
      continue;
    }
    if (errno != EWOULDBLOCK && errno != EINTR) return fail(errno, path_ + "/" + kLockFileName);
    holder = ReadHolder(fd.get());
    if (holder.pid != announced && events_.waiting) {
      announced = holder.pid;
      events_.waiting(holder);
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      auto waited = std::chrono::duration_cast<std::chrono::seconds>(LockTimeout()).count();
      *error = {PublishError::Kind::kLockTimeout,
                path_,
                "",
                {std::to_string(waited), holder.pid ? std::to_string(holder.pid) : "?",
                 holder.started.empty() ? "?" : holder.started}};
      return false;
    }
    std::this_thread::sleep_for(pause);
    pause = std::min(pause * 2, std::chrono::milliseconds(10));
  }
  Recover(root_.get(), "", 0);
  return true;
}

namespace {

// True when `name` was made by a kefu that is still running (another process: this one has
// made nothing yet). Under this root's lock no kefu stages here, but one writing to another root
// nested inside this one (--output output/x) might: its folders are left alone.
bool MadeByALiveProcess(std::string_view name) {
  long pid = PidInName(name);
  if (pid <= 0 || pid == ::getpid()) return false;
  return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

}  // namespace

// Report folders lie two levels down (attendance/2024-09, dossier), their dossiers one more.
void OutputRoot::Recover(int dir, const std::string& relative, int depth) {
  std::vector<TreeEntry> entries;
  std::string ignored;
  if (!ListFolder(dir, &entries, &ignored)) return;
  for (const TreeEntry& entry : entries) {
    const std::string path = relative.empty() ? entry.path : relative + "/" + entry.path;
    if ((IsStagingName(entry.path) || IsTempName(entry.path)) && MadeByALiveProcess(entry.path)) {
      continue;
    }
    if (entry.type == TreeEntry::Type::kFolder && IsStagingName(entry.path)) {
      if (PublicationStep() && RemoveTreeAt(dir, entry.path, entry.id) && events_.recovered) {
        events_.recovered(path);
      }
    } else if (entry.type == TreeEntry::Type::kFile && IsTempName(entry.path)) {
      FileId now;
      if (IdAt(dir, entry.path, &now) && now == entry.id && PublicationStep() &&
          ::unlinkat(dir, entry.path.c_str(), 0) == 0 && events_.recovered) {
        events_.recovered(path);
      }
    } else if (entry.type == TreeEntry::Type::kFolder && depth < 3) {
      Fd sub = OpenFolderAt(dir, entry.path);
      if (sub.ok()) Recover(sub.get(), path, depth + 1);
    }
  }
}

bool PublicationStep() {
  static const long crash_at = EnvSeconds("KEFU_TEST_CRASH_AT", 0);
  static const long fail_at = EnvSeconds("KEFU_TEST_FAIL_AT", 0);
  static std::atomic<long> steps{0};
  if (crash_at == 0 && fail_at == 0) return true;
  long step = ++steps;
  if (step == crash_at) ::_exit(70);
  return step != fail_at;
}

}  // namespace kefu
