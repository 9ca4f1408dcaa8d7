// Ingest as a whole: every file of every record type of an input folder into one typed Dataset
// and the list of diagnostics. The app takes the first step itself — it reads the policy
// (ReadInputPolicy), fixes the period from it — and hands both to LoadInput, which then goes the
// data's way: discover the files, read the reference files (employees, shifts, the calendar),
// resolve their duplicates and accounts, read the other files, merge them, resolve duplicates,
// check records against each other, and sort the diagnostics.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "ingest/policy_reader.h"
#include "model/dataset.h"
#include "model/diagnostic.h"

namespace kefu {

// The input folder's policy.xml (the defaults when there is none). When `input_dir` is not a
// folder, the defaults: LoadInput reports the folder.
PolicyResult ReadInputPolicy(const std::string& input_dir);

struct LoadOptions {
  std::string input_dir = "input";
  // When set, the dated records of the high-volume types (schedule, punches, logins, handovers,
  // security handovers) outside this range are only counted: a report reads its own period in
  // full and pays little for the rest of the history. Unset (kefu check): everything is read.
  std::optional<DateRange> focus;
  // When set, only files of these record types are read (employees, shifts and the calendar
  // always are); a report that needs no punches does not pay for reading them, and its manifest
  // lists only what it was made from.
  std::optional<std::vector<RecordType>> only_types;
  int jobs = 1;
  // Called once per input file before it is read (progress display), with its path relative to
  // the input folder.
  std::function<void(const std::string& path, size_t index, size_t count)> on_file;
};

struct LoadResult {
  Dataset dataset;
  // In file order, then line order; files are named relative to the input folder.
  std::vector<Diagnostic> diagnostics;

  bool HasFatal() const;
  size_t CountOf(Severity severity) const;
};

// Loads the input folder with `policy` (ReadInputPolicy's, whose diagnostics come first).
LoadResult LoadInput(const LoadOptions& options, const PolicyResult& policy);

// The input files of a folder: for each record type `<type>.<ext>` and every file with an
// input format's extension (ingest/input_formats.h) under `<type>/`, in name order, symbolic
// links followed. Paths are relative, with '/' separators.
struct DiscoveredFile {
  std::string path;
  RecordType type;
};
// An entry that cannot be followed or read: a link to nothing (arg: where it points), a link
// to a folder that contains it, a folder that cannot be read (arg: why). Each is fatal.
struct DiscoveryProblem {
  std::string path;  // relative to the input folder
  Reason reason = Reason::kFileUnreadable;
  std::string arg;
};
struct Discovery {
  std::vector<DiscoveredFile> files;  // grouped by type in reading order, then by name
  std::vector<std::string> ignored;   // files of no input format, folders of no record type, …
  std::vector<DiscoveryProblem> problems;
};
Discovery DiscoverInputFiles(const std::string& input_dir);

// `relative` (a path in the input folder, or "" for the folder itself) as the user finds it:
// joined with the input folder as given on the command line.
std::string InInputFolder(const std::string& input_dir, const std::string& relative);

}  // namespace kefu
