// kefu check: read and validate every input, print every problem, write nothing.
#include <fmt/format.h>

#include <ostream>

#include "app/commands.h"
#include "app/progress.h"
#include "app/text_table.h"
#include "ingest/loader.h"
#include "ingest/record_schema.h"

namespace kefu {
namespace {

std::vector<std::vector<std::string>> CountTable(const LoadResult& loaded, const Labels& labels) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> header;
  std::string spec = labels.Get("check.table_header");
  for (size_t start = 0;;) {
    size_t bar = spec.find('|', start);
    header.push_back(spec.substr(start, bar == std::string::npos ? bar : bar - start));
    if (bar == std::string::npos) break;
    start = bar + 1;
  }
  rows.push_back(header);
  uint64_t totals[5] = {};
  for (RecordType type : AllRecordTypes()) {
    uint64_t counts[5] = {};
    for (const InputFile& f : loaded.dataset.files) {
      if (f.type != type) continue;
      counts[0] += 1;
      counts[1] += f.rows_read;
      counts[2] += f.rejected;
      counts[3] += f.warned;
      counts[4] += f.duplicates;
    }
    std::vector<std::string> row = {RecordTypeName(type)};
    for (int i = 0; i < 5; ++i) {
      row.push_back(fmt::format("{}", counts[i]));
      totals[i] += counts[i];
    }
    rows.push_back(row);
  }
  std::vector<std::string> total = {labels.Get("check.total")};
  for (uint64_t t : totals) total.push_back(fmt::format("{}", t));
  rows.push_back(total);
  return rows;
}

}  // namespace

int RunCheck(Invocation& inv) {
  const Labels& labels = inv.labels();
  Progress progress(*inv.err, labels, inv.quiet, Progress::StderrIsTerminal());
  LoadOptions options;
  options.input_dir = inv.input_dir;
  options.jobs = inv.jobs;
  options.on_file = [&](const std::string& path, size_t index, size_t count) {
    progress.Step(path, index, count);
  };
  LoadResult loaded = LoadInput(options, ReadInputPolicy(inv.input_dir));
  progress.Finish();

  std::ostream& out = *inv.out;
  for (const Diagnostic& d : loaded.diagnostics) out << inv.DiagnosticLine(d) << "\n";
  if (!loaded.diagnostics.empty()) out << "\n";
  out << RenderTable(CountTable(loaded, labels));
  out << (loaded.dataset.policy_sha256.empty()
              ? labels.Get("check.policy_default")
              : labels.Fmt("check.policy_file", inv.input_dir + "/policy.xml"))
      << "\n";
  size_t fatal = loaded.CountOf(Severity::kFatal);
  size_t rejected = loaded.CountOf(Severity::kReject);
  out << labels.Fmt("check.summary", fatal, rejected, loaded.CountOf(Severity::kWarning)) << "\n";
  if (fatal > 0 || (inv.strict && rejected > 0)) return kExitFatalInput;
  return rejected > 0 ? kExitRejectedRows : kExitDone;
}

}  // namespace kefu
