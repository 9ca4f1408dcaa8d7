// The kefu application: Poco::Util parses the options, the command table dispatches.
#pragma once

#include <iosfwd>

namespace kefu {

// Runs kefu as a process would; returns the exit status. `out` and `err` stand for stdout and
// stderr (tests pass string streams).
int RunKefu(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

}  // namespace kefu
