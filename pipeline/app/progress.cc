#include "app/progress.h"

#include <fmt/format.h>
#include <unistd.h>

#include <ostream>

namespace kefu {

Progress::Progress(std::ostream& err, const Labels& labels, bool quiet, bool terminal)
    : err_(err), labels_(labels), quiet_(quiet), terminal_(terminal) {}

Progress::~Progress() { Finish(); }

bool Progress::StderrIsTerminal() { return ::isatty(2) == 1; }

void Progress::Step(const std::string& what, size_t index, size_t count) {
  if (quiet_) return;
  std::lock_guard<std::mutex> lock(mutex_);
  std::string message = labels_.Fmt("progress.reading", what);
  if (!terminal_) {
    err_ << fmt::format("[{}/{}] {}\n", index + 1, count, message);
    return;
  }
  constexpr size_t kWidth = 30;
  size_t filled = count == 0 ? kWidth : (index + 1) * kWidth / count;
  err_ << fmt::format("\r\x1b[2K[{}{}] {}/{} {}", std::string(filled, '#'),
                      std::string(kWidth - filled, ' '), index + 1, count, message)
       << std::flush;
  bar_open_ = true;
}

void Progress::Note(const std::string& message) {
  if (quiet_) return;
  std::lock_guard<std::mutex> lock(mutex_);
  if (bar_open_) err_ << "\r\x1b[2K";
  bar_open_ = false;
  err_ << message << "\n";
}

void Progress::Finish() {
  if (quiet_) return;
  std::lock_guard<std::mutex> lock(mutex_);
  if (bar_open_) err_ << "\r\x1b[2K" << std::flush;
  bar_open_ = false;
}

}  // namespace kefu
