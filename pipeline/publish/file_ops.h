// The file-system steps of an atomic publication: temporary names in the target folder, durable
// writes (fsync of the file and of its folder), renames that never overwrite, and the first free
// NAME.superseded-N.ext. Errors are returned as the system's message.
#pragma once

#include <string>
#include <string_view>

namespace kefu {

// A new, unique temporary file beside `path` — DIR/.NAME.tmp-PID-N — created empty (O_EXCL) so
// that nobody else takes the name. Empty on failure, with the reason in `error`.
std::string CreateTempFile(const std::string& path, std::string* error);

// True for a file name (no folder) of the form CreateTempFile makes: .NAME.tmp-PID-N.
bool IsTempName(std::string_view file_name);

// Writes `bytes` to the existing file `path` (truncating it), then fsyncs it.
bool WriteFileDurably(const std::string& path, std::string_view bytes, std::string* error);

// fsync of a file or of a folder.
bool SyncPath(const std::string& path, std::string* error);

// Renames `from` to `to`, failing (EEXIST) rather than replacing an existing `to`.
bool RenameNoReplace(const std::string& from, const std::string& to, std::string* error);

// `path` with ".superseded-N" before its extension, for the first N ≥ 1 that is not taken:
// out/a-2023-06.xlsx → out/a-2023-06.superseded-1.xlsx.
std::string FreeSupersededName(const std::string& path);

// strerror(errno) of the calling thread's errno, thread-safe.
std::string SystemError(int error_number);

}  // namespace kefu
