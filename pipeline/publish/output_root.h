// The output root of a run (--output, `output/` by default): one writer at a time, and the
// remains of interrupted runs cleared away.
//
// One writer per root: kefu takes an advisory lock (flock) on `.kefu.lock` in the root before it
// stages its first file and holds it until its last rename, so two runs on the same archive
// (two clerks, a nightly job) never rename or roll back each other's files. A second kefu waits
// and says so, naming the holder's pid and start time (written in the lock file), and gives up
// after KEFU_LOCK_TIMEOUT seconds (default 600: ten minutes). `check` and `verify` write nothing
// and take no lock. The lock file is removed by its holder on the way out; a waiter that gets the
// lock on a removed file sees that and takes it again on the new one.
//
// Recovery: with the lock held, nothing can be mid-publication in the root, so every staging
// folder (.kefu-staging-PID-XXXXXX, publish/output_folder.h) or temporary file of an older kefu
// (.NAME.tmp-PID-N) in the report folders is what a dead run left: it is removed (never following
// a link) and reported — unless the PID in its name still runs (a kefu writing to another root
// nested in this one). Nothing else is touched.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <vector>

#include "publish/file_ops.h"
#include "publish/publish_error.h"

namespace kefu {

inline constexpr const char* kLockFileName = ".kefu.lock";

// Who holds the lock, as its lock file says.
struct LockHolder {
  long pid = 0;         // 0: not known (yet)
  std::string started;  // its start time, local HH:MM ("" when not known)
};

class OutputRoot {
 public:
  struct Events {
    // Another kefu holds the lock: called once for each holder while waiting.
    std::function<void(const LockHolder&)> waiting;
    // What a dead run left was removed (its path relative to the root).
    std::function<void(const std::string&)> recovered;
  };

  explicit OutputRoot(std::string path, Events events = {});
  // Releases the lock, removes the lock file, and removes the root's folders that this object
  // created when they are empty.
  ~OutputRoot();
  OutputRoot(const OutputRoot&) = delete;
  OutputRoot& operator=(const OutputRoot&) = delete;

  // Takes the lock (once; later calls return the first result): creates the root when missing,
  // waits while another kefu holds the lock, then recovers. Thread-safe. False with `error`:
  // kLockTimeout (args: seconds waited, pid, start time) or kWriteFailed.
  bool Acquire(PublishError* error);
  // Gives the lock up (as the destructor does); a later Acquire takes it again.
  void Release();

  const std::string& path() const { return path_; }
  // The root folder, once acquired.
  int fd() const { return root_.get(); }

  // How long a second kefu waits: KEFU_LOCK_TIMEOUT (whole seconds, 0 = not at all), else 600 s.
  static std::chrono::milliseconds LockTimeout();

 private:
  bool AcquireOnce(PublishError* error);
  void Recover(int dir, const std::string& relative, int depth);

  std::string path_;
  Events events_;
  std::mutex mutex_;
  bool tried_ = false;
  bool acquired_ = false;
  PublishError failure_;
  Fd root_;
  Fd lock_;
  std::vector<std::string> created_;  // folders created for the root, outermost first
};

// The publication steps as a test hook: every change kefu makes to an output folder (a folder
// created, a file staged, a rename, the manifest, the clean-up) calls this first. With
// KEFU_TEST_CRASH_AT=N in the environment the process ends at the N-th step (_exit(70), as a
// kill would end it); with KEFU_TEST_FAIL_AT=N the N-th step fails as an I/O error would (false).
// Neither is meant for anything but tests (tests/publication_test.cc).
bool PublicationStep();

}  // namespace kefu
