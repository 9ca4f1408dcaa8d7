// Ingest as a whole: every file of every record type of an input folder, plus the policy, into
// one typed Dataset and the list of diagnostics.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "model/dataset.h"
#include "model/diagnostic.h"

namespace kefu {

struct LoadOptions {
  std::string input_dir = "input";
  // When set, the dated records of the high-volume types (schedule, punches, logins, handovers,
  // security handovers) outside this range are only counted: a report reads its own period in
  // full and pays little for the rest of the history. Unset (kefu check): everything is read.
  std::optional<DateRange> focus;
  // When set, the focus is computed from the policy once it is read (the attendance period
  // depends on the policy's cutoff day); it replaces `focus`.
  std::function<std::optional<DateRange>(const Policy&)> focus_for_policy;
  // When set, only files of these record types are read (employees, shifts and the calendar
  // always are); a report that needs no punches does not pay for reading them, and its manifest
  // lists only what it was made from.
  std::optional<std::vector<RecordType>> only_types;
  int jobs = 1;
  // Called once per input file before it is read (progress display).
  std::function<void(const std::string& path, size_t index, size_t count)> on_file;
};

struct LoadResult {
  Dataset dataset;
  std::vector<Diagnostic> diagnostics;  // in file order, then line order

  bool HasFatal() const;
  size_t CountOf(Severity severity) const;
};

LoadResult LoadInput(const LoadOptions& options);

// The input files of a folder: for each record type `<type>.csv`, `<type>.xml` and every .csv
// or .xml file under `<type>/`, in name order, symbolic links followed. Paths are relative,
// with '/' separators.
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
  std::vector<std::string> ignored;   // .csv/.xml files that belong to no record type, etc.
  std::vector<DiscoveryProblem> problems;
};
Discovery DiscoverInputFiles(const std::string& input_dir);

}  // namespace kefu
