// Files and folders in tests: a fresh temporary folder, reading and writing whole files, what a
// folder holds (for "nothing changed" and "the same bytes" checks), and splitting their text.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace kefu::testing {

// A fresh folder under the system's temporary folder (kefu-<name>-XXXXXX), removed with
// everything in it when the object dies.
class TempDir {
 public:
  explicit TempDir(const std::string& name = "test");
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  std::string operator/(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

// The whole content of a file ("" when it cannot be read).
std::string ReadFile(const std::string& path);
void WriteFile(const std::string& path, const std::string& bytes);

// Every entry under `folder` (relative paths, folders with a trailing '/' and "") with its bytes.
std::map<std::string, std::string> Snapshot(const std::string& folder);

// Every file under `dir` (relative path with '/' → lower-case hex SHA-256 of its bytes).
std::map<std::string, std::string> HashTree(const std::string& dir);

// The words of `text` (separated by white space), and the fields of `line` split at
// `separator` (a separator at the end gives an empty last field).
std::vector<std::string> Words(const std::string& text);
std::vector<std::string> Split(const std::string& line, char separator);

// `relative` in the source tree (KEFU_SOURCE_DIR).
std::string SourcePath(const std::string& relative);

}  // namespace kefu::testing
