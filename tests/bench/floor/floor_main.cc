// kefu_floor: the least work that kefu's attendance report for a month could cost — reading the
// bytes of the input files it read, and writing the cells of its workbook with libxlsxwriter in
// constant_memory mode. tests/bench/run_bench.sh runs it after each timed `kefu attendance` and
// reports kefu's time as a ratio to it; tests/bench/README.md says what it counts.
//
//   kefu_floor --workbook OUT/attendance/M/attendance-M.xlsx --input DIR --month M --out FILE
//              [--verify]
//
// Untimed: the workbook's inventory (inventory.h) and the list of inputs in the manifest.json
// next to it. Timed: (a) read() of every listed input into one reused buffer, (b) writing the
// inventory to FILE (floor_write.h). One line on stdout:
//
//   kefu_floor wall_s=0.891 cpu_s=0.853 read_wall_s=0.054 read_cpu_s=0.053 write_wall_s=0.837
//     write_cpu_s=0.800 input_files=56 input_bytes=412545344 sheets=7 cells=773681 formats=16
//     output_bytes=3093848
//
// (one line; cpu = user + system of this process). The inventory's counts per sheet go to
// stderr. --verify then takes the inventory of FILE and compares it with the workbook's
// (untimed; a check of the floor itself). Exit status: 0 done, 1 usage error, 2 failure.
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Util/OptionException.h>
#include <Poco/Util/OptionProcessor.h>
#include <Poco/Util/OptionSet.h>
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>
#include <vector>

#include "floor_write.h"
#include "inventory.h"

namespace kefu::bench {
namespace {

namespace fs = std::filesystem;

constexpr const char* kUsage =
    "usage: kefu_floor --workbook FILE --input DIR --month YYYY-MM --out FILE [--verify]\n"
    "  FILE is an attendance workbook written by kefu, with its manifest.json beside it;\n"
    "  DIR and YYYY-MM are the input folder and the month it was made from. --verify checks\n"
    "  that the workbook written to --out holds the same cells and layout (untimed).\n";

struct Stopwatch {
  std::chrono::steady_clock::time_point wall;
  double cpu = 0;

  static Stopwatch Now() {
    rusage usage = {};
    getrusage(RUSAGE_SELF, &usage);
    auto seconds = [](const timeval& t) { return t.tv_sec + t.tv_usec / 1e6; };
    return {std::chrono::steady_clock::now(), seconds(usage.ru_utime) + seconds(usage.ru_stime)};
  }
  // Wall and CPU seconds since `start`.
  std::pair<double, double> Since(const Stopwatch& start) const {
    return {std::chrono::duration<double>(wall - start.wall).count(), cpu - start.cpu};
  }
};

int Usage(const std::string& problem) {
  fmt::print(stderr, "kefu_floor: {}\n{}", problem, kUsage);
  return 1;
}

int Failure(const std::string& problem) {
  fmt::print(stderr, "kefu_floor: {}\n", problem);
  return 2;
}

// The inputs the manifest beside the workbook lists, after checking that it is the manifest of
// the attendance report for `month` (`kefu run` writes the same one in its attendance folder).
bool ManifestInputs(const fs::path& manifest, const std::string& month,
                    std::vector<std::string>* inputs, std::string* error) {
  std::ifstream file(manifest);
  if (!file) {
    *error = fmt::format("{}: {}", manifest.string(), std::strerror(errno));
    return false;
  }
  try {
    Poco::JSON::Object::Ptr root =
        Poco::JSON::Parser().parse(file).extract<Poco::JSON::Object::Ptr>();
    std::string command = root->getValue<std::string>("command");
    std::istringstream words(command);
    std::vector<std::string> args{std::istream_iterator<std::string>(words), {}};
    bool for_month = false;
    for (size_t i = 0; i + 1 < args.size(); ++i)
      for_month |= args[i] == "--month" && args[i + 1] == month;
    if (args.empty() || args[0] != "attendance" || !for_month) {
      *error = fmt::format("{}: the manifest of '{}', not of attendance --month {}",
                           manifest.string(), command, month);
      return false;
    }
    Poco::JSON::Array::Ptr list = root->getArray("inputs");
    for (size_t i = 0; list && i < list->size(); ++i) {
      inputs->push_back(list->getObject(static_cast<unsigned>(i))->getValue<std::string>("path"));
    }
  } catch (const Poco::Exception& e) {
    *error = fmt::format("{}: {}", manifest.string(), e.displayText());
    return false;
  }
  if (inputs->empty()) {
    *error = fmt::format("{}: lists no inputs", manifest.string());
    return false;
  }
  return true;
}

// Reads every file whole into `buffer` (reused, never grown); the bytes are not looked at.
bool ReadAll(const std::vector<std::string>& paths, std::vector<char>& buffer, uint64_t* total,
             std::string* error) {
  for (const std::string& path : paths) {
    int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      *error = fmt::format("{}: {}", path, std::strerror(errno));
      return false;
    }
    ssize_t n;
    while ((n = read(fd, buffer.data(), buffer.size())) > 0) *total += static_cast<uint64_t>(n);
    int read_errno = errno;
    close(fd);
    if (n < 0) {
      *error = fmt::format("{}: {}", path, std::strerror(read_errno));
      return false;
    }
  }
  return true;
}

int Main(int argc, char** argv) {
  Poco::Util::OptionSet options;
  for (const char* name : {"workbook", "input", "month", "out"}) {
    options.addOption(Poco::Util::Option(name, "").required(true).argument("VALUE"));
  }
  options.addOption(Poco::Util::Option("verify", ""));
  std::map<std::string, std::string> given;
  try {
    Poco::Util::OptionProcessor processor(options);
    processor.setUnixStyle(true);
    for (int i = 1; i < argc; ++i) {
      std::string name, value;
      if (!processor.process(argv[i], name, value)) {
        return Usage(fmt::format("unexpected argument '{}'", argv[i]));
      }
      if (!name.empty()) given[name] = value;  // --verify: ""
    }
    processor.checkRequired();
  } catch (const Poco::Util::OptionException& e) {
    return Usage(e.displayText());
  }
  const fs::path workbook = given["workbook"];
  const fs::path input = given["input"];
  const fs::path out = fs::absolute(given["out"]);
  std::error_code ec;
  if (fs::equivalent(workbook, out, ec)) return Usage("--out must not be the workbook itself");

  // Untimed: what to read and what to write.
  std::vector<std::string> inputs;
  std::string error;
  if (!ManifestInputs(workbook.parent_path() / "manifest.json", given["month"], &inputs, &error)) {
    return Failure(error);
  }
  for (std::string& path : inputs) {
    path = (input / path).string();
    if (!fs::is_regular_file(path, ec)) return Failure(fmt::format("{}: not a file", path));
  }
  Inventory inventory;
  if (!ReadInventory(workbook.string(), &inventory, &error)) return Failure(error);
  for (const SheetInventory& sheet : inventory.sheets) {
    CellCounts n = sheet.Counts();
    fmt::print(stderr,
               "sheet '{}': {} cells: {} strings, {} numbers, {} booleans, {} formulas, {} "
               "blanks; {} merges, {} columns\n",
               sheet.name, n.total(), n.strings, n.numbers, n.booleans, n.formulas, n.blanks,
               sheet.merges.size(), sheet.columns.size());
    for (const std::string& part : sheet.not_reproduced) {
      fmt::print(stderr, "kefu_floor: note: sheet '{}' has <{}>, which the floor does not write\n",
                 sheet.name, part);
    }
  }
  std::vector<char> buffer(size_t{1} << 20, 1);  // touched before the clock starts

  // Timed: read, then write.
  Stopwatch start = Stopwatch::Now();
  uint64_t input_bytes = 0;
  if (!ReadAll(inputs, buffer, &input_bytes, &error)) return Failure(error);
  Stopwatch read = Stopwatch::Now();
  if (!WriteFloorWorkbook(inventory, out.string(), out.parent_path().string(), &error)) {
    return Failure(error);
  }
  Stopwatch written = Stopwatch::Now();

  auto [wall, cpu] = written.Since(start);
  auto [read_wall, read_cpu] = read.Since(start);
  auto [write_wall, write_cpu] = written.Since(read);
  fmt::print(
      "kefu_floor wall_s={:.3f} cpu_s={:.3f} read_wall_s={:.3f} read_cpu_s={:.3f} "
      "write_wall_s={:.3f} write_cpu_s={:.3f} input_files={} input_bytes={} sheets={} cells={} "
      "formats={} output_bytes={}\n",
      wall, cpu, read_wall, read_cpu, write_wall, write_cpu, inputs.size(), input_bytes,
      inventory.sheets.size(), inventory.CellCount(), inventory.formats.size(),
      fs::file_size(out, ec));
  if (given.count("verify")) {
    std::fflush(stdout);
    Inventory copy;
    if (!ReadInventory(out.string(), &copy, &error)) return Failure(error);
    std::string difference = CompareInventories(inventory, copy);
    if (!difference.empty()) return Failure(fmt::format("--verify: {}", difference));
    fmt::print(stderr, "kefu_floor: --verify: {} holds the same cells and layout\n", out.string());
  }
  return 0;
}

}  // namespace
}  // namespace kefu::bench

int main(int argc, char** argv) { return kefu::bench::Main(argc, argv); }
