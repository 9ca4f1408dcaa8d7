// One run of kefu: the command, its arguments and every option, already validated.
#pragma once

#include <iosfwd>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "model/date.h"
#include "publish/output_root.h"
#include "report/common/labels.h"

namespace kefu {

// Exit status (outputs.md "The command").
enum ExitCode : int {
  kExitDone = 0,
  kExitUsage = 1,
  kExitFatalInput = 2,
  kExitRejectedRows = 3,
  kExitArchived = 4,
};

struct Invocation {
  std::string command;
  std::vector<std::string> arguments;  // positional arguments after the command
  std::set<std::string> given;         // long names of the options given

  std::string input_dir = "input";
  std::string output_dir = "output";
  Language language = Language::kZh;
  bool strict = false;
  bool force = false;
  bool quiet = false;
  int jobs = 1;
  std::optional<Month> month;
  std::optional<Quarter> quarter;
  std::string employee;
  std::optional<Date> as_of;

  std::ostream* out = nullptr;  // reports of the command (check's listing)
  std::ostream* err = nullptr;  // progress and errors

  const Labels& labels() const { return Labels::For(language); }

  // The output root (--output) that every report of the run publishes into: made on first use,
  // its lock taken at the first staging and held until the run ends (publish/output_root.h).
  // Waiting for another kefu and what an interrupted run left are reported on `err`.
  OutputRoot& output_root();

 private:
  std::unique_ptr<OutputRoot> root_;
};

}  // namespace kefu
