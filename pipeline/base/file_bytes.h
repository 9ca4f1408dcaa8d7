// Reading an input file whole, with its SHA-256 for the manifest.
#pragma once

#include <string>
#include <string_view>

namespace kefu {

struct FileBytes {
  std::string bytes;
  std::string sha256;  // lower-case hex
  bool missing = false;
  // Not a regular file: a folder, a device, a pipe (then `error` is set too). A pipe is never
  // waited on: opening one does not block, and nothing is read from it.
  bool not_regular = false;
  std::string error;  // the system's message when the file exists but cannot be read
};

// `buffer`'s memory is reused for the bytes when it is large enough (a reader thread keeps one
// buffer for all its files instead of faulting in fresh pages for each).
FileBytes ReadFileBytes(const std::string& path, std::string buffer = {});

}  // namespace kefu
