// The table of hostile inputs (tests/hostile/README.md): every folder tests/hostile/cases/<case>/
// holds files laid over the small valid folder tests/hostile/base/ (`input/`), the command
// (`args`, run with --lang en --quiet --input … --output …), the exit status (`exit_code`) and
// the exact diagnostic lines (`expected.txt`, paths relative to the input folder): for `check`
// the lines it prints before its count table, for a report command what it prints on stderr.
// `expected_properties` adds lines that must appear somewhere: `stdout TEXT`, or
// `output PATH TEXT` for a file of the output folder.
//
// Inputs too big to commit (a 50 MB line, 10,001 bad rows, 16,385 columns) are made here, in
// the scratch folder, by the tests at the end of this file.
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "run_kefu.h"

namespace kefu::testing {
namespace {

namespace fs = std::filesystem;

const fs::path kHostile = fs::path(KEFU_SOURCE_DIR) / "tests" / "hostile";

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

std::vector<std::string> Words(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

// An input folder: the base folder, then `overlay` (if any) copied over it.
void MakeInput(const fs::path& input, const fs::path& overlay) {
  fs::create_directories(input);
  fs::copy(kHostile / "base", input, fs::copy_options::recursive);
  if (!overlay.empty() && fs::exists(overlay)) {
    fs::copy(overlay, input, fs::copy_options::recursive | fs::copy_options::overwrite_existing);
  }
}

void WriteFile(const fs::path& path, const std::string& bytes) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
}

struct KefuRun {
  ProcessResult process;
  std::vector<std::string> diagnostics;  // paths relative to the input folder
};

// Runs kefu on `input` and collects its diagnostic lines: for `check`, those before the blank
// line that precedes the count table (none when there is no blank line); otherwise stderr.
// kefu runs under timeout(1): a hang fails the test (exit 124) instead of stalling the suite.
KefuRun RunOn(const fs::path& input, const fs::path& output, const std::vector<std::string>& args) {
  std::vector<std::string> all = {"120",     KEFU_BINARY,    "--lang",   "en",           "--quiet",
                                  "--input", input.string(), "--output", output.string()};
  all.insert(all.end(), args.begin(), args.end());
  KefuRun run;
  run.process = RunProgram("/usr/bin/timeout", all);
  std::string text = run.process.err;
  if (!args.empty() && args[0] == "check") {
    size_t blank = run.process.out.find("\n\n");
    text = blank == std::string::npos ? "" : run.process.out.substr(0, blank);
  }
  const std::string prefix = input.string() + "/";
  for (std::string line : Lines(text)) {
    if (line.rfind(prefix, 0) == 0) line.erase(0, prefix.size());
    run.diagnostics.push_back(line);
  }
  return run;
}

std::vector<std::string> Cases() {
  std::vector<std::string> cases;
  for (const auto& entry : fs::directory_iterator(kHostile / "cases")) {
    if (fs::exists(entry.path() / "args")) cases.push_back(entry.path().filename().string());
  }
  std::sort(cases.begin(), cases.end());
  return cases;
}

class HostileTable : public ::testing::TestWithParam<std::string> {};

TEST_P(HostileTable, ExitStatusAndExactDiagnostics) {
  const fs::path dir = kHostile / "cases" / GetParam();
  ScratchDir scratch("hostile-" + GetParam());
  const fs::path input = fs::path(scratch.path()) / "input";
  const fs::path output = fs::path(scratch.path()) / "output";
  MakeInput(input, dir / "input");
  KefuRun run = RunOn(input, output, Words(ReadFile((dir / "args").string())));

  EXPECT_EQ(run.process.exit_code, std::stoi(ReadFile((dir / "exit_code").string())))
      << run.process.out << run.process.err;
  EXPECT_EQ(run.diagnostics, Lines(ReadFile((dir / "expected.txt").string())))
      << run.process.out << run.process.err;
  if (!fs::exists(dir / "expected_properties")) return;
  for (const std::string& line : Lines(ReadFile((dir / "expected_properties").string()))) {
    size_t space = line.find(' ');
    std::string where = line.substr(0, space);
    std::string text = line.substr(space + 1);
    if (where == "stdout") {
      EXPECT_NE(run.process.out.find(text), std::string::npos) << text << "\n" << run.process.out;
    } else {
      ASSERT_EQ(where, "output") << line;
      size_t path_end = text.find(' ');
      std::string content = ReadFile((output / text.substr(0, path_end)).string());
      EXPECT_NE(content.find(text.substr(path_end + 1)), std::string::npos) << line;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Cases, HostileTable, ::testing::ValuesIn(Cases()),
                         [](const ::testing::TestParamInfo<std::string>& param) {
                           return param.param;
                         });

// The generated cases. The base folder's punches.csv header is `employee_id,time,device`.
class Generated : public ::testing::Test {
 protected:
  Generated() : scratch_(::testing::UnitTest::GetInstance()->current_test_info()->name()) {
    MakeInput(input(), {});
  }
  fs::path input() const { return fs::path(scratch_.path()) / "input"; }
  fs::path output() const { return fs::path(scratch_.path()) / "output"; }

  // Runs `kefu check` and measures it: wall time, and the peak memory of the child (each
  // test runs in a process of its own under ctest, and kefu is its largest child).
  KefuRun Check() {
    auto start = std::chrono::steady_clock::now();
    KefuRun run = RunOn(input(), output(), {"check"});
    seconds_ = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    struct rusage usage {};
    ::getrusage(RUSAGE_CHILDREN, &usage);
    peak_mb_ = static_cast<double>(usage.ru_maxrss) / 1024.0;
    return run;
  }

  // What a 50 MB file may cost: a few copies of itself (the bytes, the decoded text, the line
  // index), not one string view per field. Sanitizers keep shadow memory and quarantine.
  static double MemoryLimitMb() {
#if defined(__SANITIZE_ADDRESS__)
    return 1500;
#else
    return 400;
#endif
  }
  static double TimeLimitSeconds() {
#if defined(__SANITIZE_ADDRESS__)
    return 60;
#else
    return 15;
#endif
  }

  ScratchDir scratch_;
  double seconds_ = 0;
  double peak_mb_ = 0;
};

constexpr size_t kFiftyMb = 50u << 20;

TEST_F(Generated, FiftyMegabyteFieldOnOneLine) {
  WriteFile(input() / "punches.csv",
            "employee_id,time,device\nE001,2024-09-02 07:58," + std::string(kFiftyMb, 'A') + "\n");
  KefuRun run = Check();
  EXPECT_EQ(run.process.exit_code, 3);
  ASSERT_EQ(run.diagnostics.size(), 1u);
  EXPECT_EQ(run.diagnostics[0], "punches.csv:2: device: rejected: longer than 1000 bytes: \"" +
                                    std::string(200, 'A') + "…\"");
  EXPECT_LT(seconds_, TimeLimitSeconds());
  EXPECT_LT(peak_mb_, MemoryLimitMb());
}

TEST_F(Generated, FiftyMegabytesOfFieldsOnOneLine) {
  std::string line;
  line.reserve(kFiftyMb);
  while (line.size() < kFiftyMb) line += "a,";
  WriteFile(input() / "punches.csv", "employee_id,time,device\n" + line + "\n");
  KefuRun run = Check();
  EXPECT_EQ(run.process.exit_code, 3);
  ASSERT_EQ(run.diagnostics.size(), 1u);
  std::string quoted;
  while (quoted.size() < 200) quoted += "a,";
  EXPECT_EQ(
      run.diagnostics[0],
      "punches.csv:2: rejected: more fields than the header has columns: \"" + quoted + "…\"");
  EXPECT_LT(seconds_, TimeLimitSeconds());
  EXPECT_LT(peak_mb_, MemoryLimitMb());
}

TEST_F(Generated, FiftyMegabyteHeaderWithoutLineEnd) {
  std::string line;
  line.reserve(kFiftyMb);
  while (line.size() < kFiftyMb) line += "x,";
  WriteFile(input() / "punches.csv", line);
  KefuRun run = Check();
  EXPECT_EQ(run.process.exit_code, 2);
  EXPECT_EQ(run.diagnostics, std::vector<std::string>{
                                 "punches.csv:1: error: more than 16384 columns (Excel's limit): "
                                 "not a table export"});
  EXPECT_LT(seconds_, TimeLimitSeconds());
  EXPECT_LT(peak_mb_, MemoryLimitMb());
}

TEST_F(Generated, FiftyMegabyteQuotedFieldOfDoubledQuotes) {
  std::string field(kFiftyMb, '"');
  WriteFile(input() / "punches.csv",
            "employee_id,time,device\nE001,2024-09-02 07:58,\"" + field + "\"\n");
  KefuRun run = Check();
  EXPECT_EQ(run.process.exit_code, 3);
  ASSERT_EQ(run.diagnostics.size(), 1u);
  EXPECT_EQ(run.diagnostics[0], "punches.csv:2: device: rejected: longer than 1000 bytes: \"" +
                                    std::string(200, '"') + "…\"");
  EXPECT_LT(seconds_, TimeLimitSeconds());
  EXPECT_LT(peak_mb_, MemoryLimitMb());
}

TEST_F(Generated, FiftyMegabyteXmlAttribute) {
  WriteFile(input() / "punches" / "big.xml",
            "<punches><punch employee_id=\"E001\" time=\"2024-09-03 07:58\" device=\"" +
                std::string(kFiftyMb, 'B') + "\"/></punches>");
  KefuRun run = Check();
  EXPECT_EQ(run.process.exit_code, 3);
  ASSERT_EQ(run.diagnostics.size(), 1u);
  EXPECT_EQ(run.diagnostics[0], "punches/big.xml:1: device: rejected: longer than 1000 bytes: \"" +
                                    std::string(200, 'B') + "…\"");
  EXPECT_LT(seconds_, TimeLimitSeconds());
  EXPECT_LT(peak_mb_, MemoryLimitMb());
}

TEST_F(Generated, TenThousandRejectedRowsStopTheFile) {
  std::string text = "employee_id,time,device\n";
  for (int i = 0; i < 10001; ++i) text += "E001,not a time,门禁1\n";
  WriteFile(input() / "punches.csv", text);
  KefuRun run = Check();
  EXPECT_EQ(run.process.exit_code, 2);
  ASSERT_EQ(run.diagnostics.size(), 10001u);
  EXPECT_EQ(run.diagnostics[0],
            "punches.csv:2: time: rejected: not a date and time (2023-06-05 08:01 or 08:01:30): "
            "\"not a time\"");
  EXPECT_EQ(run.diagnostics[9999],
            "punches.csv:10001: time: rejected: not a date and time (2023-06-05 08:01 or "
            "08:01:30): \"not a time\"");
  EXPECT_EQ(run.diagnostics[10000],
            "punches.csv:10001: error: 10000 rows of this file were rejected; reading stopped (is "
            "it the right file?)");
}

TEST_F(Generated, HeaderBeyondExcelsColumnLimit) {
  std::string header = "employee_id,time";
  for (int i = 2; i < 16385; ++i) header += ",c" + std::to_string(i);
  WriteFile(input() / "punches.csv", header + "\nE001,2024-09-02 07:58\n");
  KefuRun run = Check();
  EXPECT_EQ(run.process.exit_code, 2);
  EXPECT_EQ(run.diagnostics, std::vector<std::string>{
                                 "punches.csv:1: error: more than 16384 columns (Excel's limit): "
                                 "not a table export"});
}

TEST_F(Generated, ExactlyExcelsColumnLimitIsAccepted) {
  std::string header = "employee_id,time";
  for (int i = 2; i < 16384; ++i) header += ",c" + std::to_string(i);
  // Trailing empty fields beyond the limit are what Excel writes for empty columns: harmless.
  WriteFile(input() / "punches.csv",
            header + "\nE001,2024-09-02 07:58" + std::string(20000, ',') + "\n");
  KefuRun run = Check();
  EXPECT_EQ(run.process.exit_code, 0) << run.process.out;
  ASSERT_EQ(run.diagnostics.size(), 1u);
  EXPECT_EQ(
      run.diagnostics[0].rfind("punches.csv:1: warning: unknown columns ignored: c2, c3, c4,", 0),
      0u)
      << run.diagnostics[0];
}

// Things an input folder may hold besides files. Reading a named pipe would wait for a writer
// forever; a pipe or a dangling link used to be skipped without a word.
TEST_F(Generated, NamedPipeAsPolicyIsAnErrorNotAHang) {
  ASSERT_EQ(::mkfifo((input() / "policy.xml").c_str(), 0600), 0);
  KefuRun run = Check();
  EXPECT_EQ(run.process.exit_code, 2);
  EXPECT_EQ(run.diagnostics, std::vector<std::string>{
                                 "policy.xml: error: not a regular file (a folder, a device or a "
                                 "pipe), so it is not read"});
}

TEST_F(Generated, NamedPipeAndDanglingLinkAmongPunchFiles) {
  fs::create_directories(input() / "punches");
  ASSERT_EQ(::mkfifo((input() / "punches" / "pipe.csv").c_str(), 0600), 0);
  fs::create_symlink(input() / "punches" / "no-such-file.csv", input() / "punches" / "link.csv");
  KefuRun run = Check();
  EXPECT_EQ(run.process.exit_code, 2);
  EXPECT_EQ(run.diagnostics,
            (std::vector<std::string>{
                "punches/link.csv: error: a symbolic link to " +
                    (input() / "punches" / "no-such-file.csv").string() + ", which does not exist",
                "punches/pipe.csv: error: not a regular file (a folder, a device or a pipe), so it "
                "is not read"}));
}

// Issue 11: symbolic links inside the input folder are followed like the files and folders they
// point to (a shared folder linked in as a month's punches used to be skipped without a word,
// and the report showed every shift absent); a loop, a link to nothing and anything else that
// is not read are named.
TEST_F(Generated, ALinkedFolderOfPunchesIsReadLikeAFolder) {
  const fs::path share = fs::path(scratch_.path()) / "share" / "punches-2024-09";
  fs::create_directories(share);
  fs::rename(input() / "punches.csv", share / "2024-09.csv");
  fs::create_directories(input() / "punches");
  fs::create_directory_symlink(share, input() / "punches" / "2024-09");
  KefuRun run = RunOn(input(), output(), {"attendance", "--month", "2024-09"});
  EXPECT_EQ(run.process.exit_code, 0) << run.process.err;
  EXPECT_TRUE(run.diagnostics.empty()) << run.process.err;
  // scheduled 1, worked 1, nothing late, early, absent or missing.
  std::string csv = ReadFile((output() / "attendance/2024-09/attendance-2024-09.csv").string());
  EXPECT_NE(csv.find("\r\nE001,张三,T1,J,1,1,0,0,0,0,0,0,"), std::string::npos) << csv;
  EXPECT_NE(csv.find("\r\nE002,李四,T1,M,1,1,0,0,0,0,0,0,"), std::string::npos) << csv;
  std::string manifest = ReadFile((output() / "attendance/2024-09/manifest.json").string());
  EXPECT_NE(manifest.find("\"path\": \"punches/2024-09/2024-09.csv\""), std::string::npos)
      << manifest;
}

TEST_F(Generated, ALinkLoopAndALinkToNothingAreFatalAndNamed) {
  fs::create_directories(input() / "punches" / "2024-08");
  fs::create_directory_symlink("..", input() / "punches" / "2024-08" / "again");
  fs::create_directory_symlink("/nonexistent/share/2024-10", input() / "punches" / "2024-10");
  KefuRun run = Check();
  EXPECT_EQ(run.process.exit_code, 2) << run.process.out;
  EXPECT_EQ(run.diagnostics,
            (std::vector<std::string>{
                "punches/2024-08/again: error: a symbolic link to a folder that contains it (a "
                "loop), so it is not read",
                "punches/2024-10: error: a symbolic link to /nonexistent/share/2024-10, which "
                "does not exist"}));
}

TEST_F(Generated, NothingInATypeFolderIsSkippedWithoutAMessage) {
  WriteFile(input() / "punches" / ".DS_Store", "x");
  WriteFile(input() / "punches" / "notes.txt", "x");
  fs::create_directories(input() / "punch");  // a typo of a type's folder
  KefuRun run = Check();
  EXPECT_EQ(run.process.exit_code, 0) << run.process.out;
  EXPECT_EQ(run.diagnostics,
            (std::vector<std::string>{
                "punch: warning: not read: not a record type of the input folder",
                "punches/.DS_Store: warning: not read: not a record type of the input folder",
                "punches/notes.txt: warning: not read: not a record type of the input folder"}));
}

// A file name is bytes: one that is not UTF-8 (GBK out of a Windows zip) is shown with U+FFFD in
// the report and its manifest, and its rows are read like any others; it used to stop the whole
// report at publication (the data-issues sheet quoted the name's bytes).
TEST_F(Generated, AFileNameThatIsNotUtf8IsShownNotFatal) {
  WriteFile(input() / "punches" / "\xBF\xBC\xC7\xDA.csv",  // 考勤 in GBK
            "employee_id,time,device\nE001,2024-09-02 xx,门禁1\n");
  KefuRun run = RunOn(input(), output(), {"attendance", "--month", "2024-09"});
  EXPECT_EQ(run.process.exit_code, 3) << run.process.err;
  std::string rejects = ReadFile((output() / "attendance/2024-09/rejects.csv").string());
  EXPECT_NE(rejects.find("punches/\uFFFD\uFFFD\uFFFD\uFFFD.csv,2,punches,time,rejected,"),
            std::string::npos)
      << rejects;
  std::string manifest = ReadFile((output() / "attendance/2024-09/manifest.json").string());
  EXPECT_NE(manifest.find("\"path\": \"punches/\uFFFD\uFFFD\uFFFD\uFFFD.csv\""), std::string::npos)
      << manifest;
}

}  // namespace
}  // namespace kefu::testing
