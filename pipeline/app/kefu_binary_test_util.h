// Running the real kefu binary from tests (header only, used by *_test.cc): the test binary
// knows its path as KEFU_BINARY and the source tree as KEFU_SOURCE_DIR.
#pragma once

#include <stdio.h>
#include <sys/wait.h>

#include <string>
#include <vector>

namespace kefu::testing {

struct BinaryRun {
  int exit_code = -1;
  std::string output;  // stdout and stderr together
};

// Runs KEFU_BINARY with `arguments` (each single-quoted for the shell).
inline BinaryRun RunKefuBinary(const std::vector<std::string>& arguments) {
  std::string command = "'" KEFU_BINARY "'";
  for (const std::string& a : arguments) {
    std::string quoted;
    for (char c : a) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    command += " '" + quoted + "'";
  }
  command += " 2>&1";
  BinaryRun run;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (!pipe) return run;
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) run.output.append(buffer, n);
  int status = ::pclose(pipe);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

inline std::string SourcePath(const std::string& relative) {
  return std::string(KEFU_SOURCE_DIR) + "/" + relative;
}

}  // namespace kefu::testing
