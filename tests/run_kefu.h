// Running the kefu binary from a test, as a user would, in a scratch folder.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace kefu::testing {

struct ProcessResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs KEFU_BINARY with `args` (environment: TZ and LANG as given, if not empty).
ProcessResult RunKefu(const std::vector<std::string>& args, const std::string& tz = "");

// Runs any program with `args` and these environment variables added to the test's own.
ProcessResult RunProgram(const std::string& program, const std::vector<std::string>& args,
                         const std::map<std::string, std::string>& env = {});

// A fresh empty folder under the system's temporary folder, removed when the object dies.
class ScratchDir {
 public:
  explicit ScratchDir(const std::string& name);
  ~ScratchDir();
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// The whole content of a file ("" when it cannot be read).
std::string ReadFile(const std::string& path);

// Every file under `dir` (relative path with '/' → lower-case hex SHA-256 of its bytes).
std::map<std::string, std::string> HashTree(const std::string& dir);

}  // namespace kefu::testing
