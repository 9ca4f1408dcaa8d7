// Progress on stderr (outputs.md): a bar when stderr is a terminal, plain lines otherwise,
// nothing with --quiet. Safe to call from the reader threads.
#pragma once

#include <iosfwd>
#include <mutex>
#include <string>

#include "report/common/labels.h"

namespace kefu {

class Progress {
 public:
  // `terminal`: draw a bar that rewrites its line instead of printing lines.
  Progress(std::ostream& err, const Labels& labels, bool quiet, bool terminal);
  ~Progress();

  // Step `index` (0-based) of `count`: `what` is being done.
  void Step(const std::string& what, size_t index, size_t count);
  // A stage message on its own line (e.g. "writing output/attendance/...").
  void Note(const std::string& message);
  void Finish();

  // Whether stderr (fd 2) is a terminal.
  static bool StderrIsTerminal();

 private:
  std::ostream& err_;
  const Labels& labels_;
  bool quiet_;
  bool terminal_;
  bool bar_open_ = false;
  std::mutex mutex_;
};

}  // namespace kefu
