// Issue 11: the output folder is an archive that stays exactly what its manifests say, whatever
// happens — several kefu at once, a kill at any step, a failure at any step, links where reports
// go, a correction published with --force. Each test runs the real binary on the tiny department
// tests/archive/input (three employees, `run --month 2024-06` writes attendance 2024-06, roster
// 2024-07 and evaluation 2024Q2 with J01's promotion dossier) and checks the folder with
// `kefu verify`. The test hooks KEFU_TEST_CRASH_AT / KEFU_TEST_FAIL_AT (publish/output_root.h)
// end the process, or fail the step, at the N-th publication step.
#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/file.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <thread>

#include "run_kefu.h"

namespace kefu::testing {
namespace {

namespace fs = std::filesystem;

const std::string kInput = std::string(KEFU_SOURCE_DIR) + "/tests/archive/input";

// A fresh folder, in memory (/dev/shm) where there is one: these tests make hundreds of
// publications, each of which fsyncs every file and folder it writes.
class Scratch {
 public:
  explicit Scratch(const std::string& name) {
    std::string base = ::access("/dev/shm", W_OK | X_OK) == 0 ? std::string("/dev/shm")
                                                              : fs::temp_directory_path().string();
    path_ = base + "/kefu-test-" + name + "-" + std::to_string(::getpid());
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~Scratch() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};
const std::vector<std::string> kFolders = {"attendance/2024-06", "roster/2024-07",
                                           "evaluation/2024Q2"};

ProcessResult Kefu(std::vector<std::string> args,
                   const std::map<std::string, std::string>& env = {}) {
  args.insert(args.begin(), {"--lang", "en", "--jobs", "1"});
  return RunProgram(KEFU_BINARY, args, env);
}

ProcessResult RunAll(const std::string& out, const std::string& input = kInput,
                     const std::map<std::string, std::string>& env = {}) {
  return Kefu({"--quiet", "--input", input, "--output", out, "run", "--month", "2024-06"}, env);
}

bool Verifies(const std::string& folder) {
  ProcessResult r = Kefu({"verify", folder});
  EXPECT_EQ(r.exit_code, 0) << folder << "\n" << r.out << r.err;
  return r.exit_code == 0;
}

// `kefu verify` on the three report folders of `out`, at once.
bool AllVerify(const std::string& out) {
  std::vector<int> ok(kFolders.size());
  std::vector<std::thread> threads;
  for (size_t i = 0; i < kFolders.size(); ++i) {
    threads.emplace_back([&, i] { ok[i] = Verifies(out + "/" + kFolders[i]); });
  }
  for (std::thread& t : threads) t.join();
  return std::all_of(ok.begin(), ok.end(), [](int v) { return v != 0; });
}

// What a run in progress or interrupted leaves: staging folders, old-style temporary files,
// the lock file.
std::vector<std::string> Leftovers(const std::string& root) {
  std::vector<std::string> found;
  if (!fs::exists(root)) return found;
  for (const auto& e : fs::recursive_directory_iterator(root)) {
    std::string name = e.path().filename().string();
    if (name.starts_with(".kefu-staging-") || name.find(".tmp-") != std::string::npos ||
        name == ".kefu.lock") {
      found.push_back(e.path().string());
    }
  }
  return found;
}

// The files of `dir` with their hashes, those under `under` only.
std::map<std::string, std::string> Files(const std::string& dir, const std::string& under = "") {
  std::map<std::string, std::string> files;
  if (!fs::exists(dir)) return files;
  for (const auto& [path, hash] : HashTree(dir)) {
    if (under.empty() || path.rfind(under, 0) == 0) files[path] = hash;
  }
  return files;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// A copy of the tiny department made in `dir`, without the files `without`, and with one text
// replaced in `file` (none when `file` is empty).
std::string Variant(const std::string& dir, const std::string& file, const std::string& from,
                    const std::string& to, const std::vector<std::string>& without = {}) {
  const std::string input = dir + "/input";
  fs::copy(kInput, input, fs::copy_options::recursive);
  for (const std::string& name : without) fs::remove(input + "/" + name);
  if (file.empty()) return input;
  std::string text = ReadFile(input + "/" + file);
  size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  text.replace(at, from.size(), to);
  std::ofstream(input + "/" + file, std::ios::binary | std::ios::trunc) << text;
  return input;
}

// Four processes at once, fifty times each, on one output folder: two `kefu run` (which must
// never replace an archived report) and two `kefu attendance --force` with two different inputs
// (so that each replaces the other's report). Afterwards every folder verifies, every file any
// process said it wrote is there, every archived report any process replaced is there under the
// name it reported, and nothing else is; nothing of a run in progress is left.
TEST(Publication, FourWritersAtOnceLeaveAFolderThatVerifies) {
  Scratch dir("concurrent");
  const std::string out = dir.path() + "/output";
  // Two inputs without the evaluation's records (`run` then writes attendance and roster: two
  // folders, at half the cost), B with J01 clocking in late on 2024-06-03, so that its
  // attendance report differs from A's.
  const std::vector<std::string> without = {"monthly_scores.csv", "quarterly_grades.csv"};
  Scratch a_dir("concurrent-a"), b_dir("concurrent-b");
  const std::string input_a = Variant(a_dir.path(), "", "", "", without);
  const std::string other =
      Variant(b_dir.path(), "punches.csv", "J01,2024-06-03 08:55", "J01,2024-06-03 09:20", without);
  Scratch ref_dir("concurrent-reference");
  ASSERT_EQ(Kefu({"--quiet", "--input", input_a, "--output", ref_dir.path() + "/a", "attendance",
                  "--month", "2024-06"})
                .exit_code,
            0);
  ASSERT_EQ(Kefu({"--quiet", "--input", other, "--output", ref_dir.path() + "/b", "attendance",
                  "--month", "2024-06"})
                .exit_code,
            0);
  const std::string report = "attendance/2024-06/attendance-2024-06.xlsx";
  const std::map<std::string, std::string> files_a = Files(ref_dir.path() + "/a");
  const std::map<std::string, std::string> files_b = Files(ref_dir.path() + "/b");
  ASSERT_NE(files_a.at(report), files_b.at(report));
  // The name a superseded file had: a-2024-06.superseded-3.xlsx → a-2024-06.xlsx.
  auto original = [](std::string path) {
    return std::regex_replace(path, std::regex("\\.superseded-[0-9]+"), "");
  };

  constexpr int kRounds = 50;
  struct Writer {
    std::vector<std::string> args;
    std::set<int> allowed;
  };
  const std::vector<Writer> writers = {
      {{"--input", input_a, "--output", out, "run", "--month", "2024-06"}, {0, 4}},
      {{"--input", other, "--output", out, "run", "--month", "2024-06"}, {0, 4}},
      {{"--input", input_a, "--output", out, "--force", "attendance", "--month", "2024-06"}, {0}},
      {{"--input", other, "--output", out, "--force", "attendance", "--month", "2024-06"}, {0}},
  };
  std::vector<std::vector<ProcessResult>> results(writers.size());
  std::vector<std::thread> threads;
  for (size_t w = 0; w < writers.size(); ++w) {
    threads.emplace_back([&, w] {
      for (int round = 0; round < kRounds; ++round) results[w].push_back(Kefu(writers[w].args));
    });
  }
  for (std::thread& t : threads) t.join();

  std::set<std::string> wrote, kept;
  const std::regex wrote_line("^wrote (.*)$");
  const std::regex kept_line("^kefu: kept the archived (.*) as (.*)$");
  for (size_t w = 0; w < writers.size(); ++w) {
    for (const ProcessResult& r : results[w]) {
      EXPECT_TRUE(writers[w].allowed.count(r.exit_code)) << r.exit_code << "\n" << r.err;
      for (const std::string& line : Lines(r.err)) {
        std::smatch m;
        if (std::regex_match(line, m, wrote_line)) wrote.insert(m[1]);
        if (std::regex_match(line, m, kept_line)) {
          EXPECT_EQ(original(m[2].str()), m[1].str()) << line;
          EXPECT_TRUE(kept.insert(m[2]).second) << "reported twice: " << line;
        }
        EXPECT_EQ(line.find("NOT as it was"), std::string::npos) << line;
      }
    }
  }
  EXPECT_FALSE(wrote.empty());
  for (const std::string& path : wrote) EXPECT_TRUE(fs::exists(path)) << path;
  // The superseded reports are exactly those reported, each one of the two versions.
  std::set<std::string> superseded;
  for (const auto& [path, hash] : Files(out, "attendance/")) {
    if (path.find(".superseded-") == std::string::npos) continue;
    superseded.insert(out + "/" + path);
    EXPECT_TRUE(hash == files_a.at(original(path)) || hash == files_b.at(original(path))) << path;
  }
  EXPECT_EQ(superseded, kept);
  EXPECT_GE(kept.size(), 2u);
  // The current report is one of the two whole: its workbook and CSV from the same input.
  const std::map<std::string, std::string> now = Files(out, "attendance/");
  const std::string csv = "attendance/2024-06/attendance-2024-06.csv";
  EXPECT_TRUE((now.at(report) == files_a.at(report) && now.at(csv) == files_a.at(csv)) ||
              (now.at(report) == files_b.at(report) && now.at(csv) == files_b.at(csv)));
  EXPECT_TRUE(Verifies(out + "/attendance/2024-06"));
  EXPECT_TRUE(Verifies(out + "/roster/2024-07"));
  EXPECT_EQ(Leftovers(out), std::vector<std::string>{});
}

// A kill at every step of `kefu evaluate` into an empty folder (the hook ends the process as
// SIGKILL would: no clean-up) — the output folder, the report folder, its staging folder, each
// file, dossiers/, each rename, the manifest, the clean-up — then a normal run: exit 0, the
// folder verifies, its files are those of an uninterrupted run, nothing is left over.
TEST(Publication, AKillAtAnyStepIsRecoveredByTheNextRun) {
  Scratch dir("crash");
  auto evaluate = [&](const std::string& out, const std::map<std::string, std::string>& env) {
    return Kefu({"--quiet", "--input", kInput, "--output", out, "evaluate", "--quarter", "2024Q2"},
                env);
  };
  const std::string reference = dir.path() + "/reference";
  ASSERT_EQ(evaluate(reference, {}).exit_code, 0);
  ASSERT_TRUE(Verifies(reference + "/evaluation/2024Q2"));
  const std::map<std::string, std::string> expected = Files(reference);
  int steps = 0;
  for (int n = 1; n < 100; ++n) {
    const std::string out = dir.path() + "/out-" + std::to_string(n);
    ProcessResult crashed = evaluate(out, {{"KEFU_TEST_CRASH_AT", std::to_string(n)}});
    if (crashed.exit_code == 0) break;  // fewer than n steps
    ASSERT_EQ(crashed.exit_code, 70) << "step " << n << "\n" << crashed.err;
    steps = n;
    ProcessResult again = evaluate(out, {});
    EXPECT_EQ(again.exit_code, 0) << "step " << n << "\n" << again.err;
    EXPECT_EQ(Files(out), expected) << "step " << n;
    EXPECT_TRUE(Verifies(out + "/evaluation/2024Q2")) << "step " << n;
    EXPECT_EQ(Leftovers(out), std::vector<std::string>{}) << "step " << n;
    fs::remove_all(out);
  }
  EXPECT_GE(steps, 14);
}

// A kill at every step of `kefu attendance --force` replacing an archived report: the next
// `--force` run recovers, the new report is current, and the old one is kept (never lost).
TEST(Publication, AKillWhileReplacingAnArchivedReportLosesNothing) {
  Scratch dir("crash-force");
  const std::string other =
      Variant(dir.path(), "punches.csv", "J01,2024-06-03 08:55", "J01,2024-06-03 09:20");
  const std::vector<std::string> attendance = {"--quiet", "attendance", "--month", "2024-06"};
  auto args = [&](const std::string& input, const std::string& out, bool force) {
    std::vector<std::string> a = {"--input", input, "--output", out};
    if (force) a.push_back("--force");
    a.insert(a.end(), attendance.begin(), attendance.end());
    return a;
  };
  const std::string old_ref = dir.path() + "/old", new_ref = dir.path() + "/new";
  ASSERT_EQ(Kefu(args(other, old_ref, false)).exit_code, 0);
  ASSERT_EQ(Kefu(args(kInput, new_ref, false)).exit_code, 0);
  const std::string report = "attendance/2024-06/attendance-2024-06.xlsx";
  const std::string old_hash = Files(old_ref).at(report), new_hash = Files(new_ref).at(report);
  int steps = 0;
  for (int n = 1; n < 100; ++n) {
    const std::string out = dir.path() + "/out";
    fs::remove_all(out);
    fs::copy(old_ref, out, fs::copy_options::recursive);
    ProcessResult crashed =
        Kefu(args(kInput, out, true), {{"KEFU_TEST_CRASH_AT", std::to_string(n)}});
    if (crashed.exit_code == 0) break;
    ASSERT_EQ(crashed.exit_code, 70) << "step " << n << "\n" << crashed.err;
    steps = n;
    ProcessResult again = Kefu(args(kInput, out, true));
    EXPECT_EQ(again.exit_code, 0) << "step " << n << "\n" << again.err;
    std::map<std::string, std::string> files = Files(out);
    EXPECT_EQ(files[report], new_hash) << "step " << n;
    bool old_kept = false;
    for (const auto& [path, hash] : files)
      old_kept |= path.find(".superseded-") != std::string::npos && hash == old_hash;
    EXPECT_TRUE(old_kept) << "step " << n;
    EXPECT_TRUE(Verifies(out + "/attendance/2024-06")) << "step " << n;
    EXPECT_EQ(Leftovers(out), std::vector<std::string>{}) << "step " << n;
  }
  EXPECT_GE(steps, 8);
}

// A failure (as an I/O error would cause) at every step of `kefu run`: exit 2, and the message
// says exactly what happened — "nothing was written" and nothing is there, or "published …; not
// published …" and precisely those folders are there, complete and verified.
TEST(Publication, AFailureAtAnyStepIsReportedAsExactlyWhatHappened) {
  Scratch dir("fail");
  // Without the evaluation's records: `run` publishes attendance, then the roster.
  const std::string input =
      Variant(dir.path(), "", "", "", {"monthly_scores.csv", "quarterly_grades.csv"});
  const std::string reference = dir.path() + "/reference";
  ASSERT_EQ(RunAll(reference, input).exit_code, 0);
  ASSERT_TRUE(Verifies(reference + "/attendance/2024-06"));
  ASSERT_TRUE(Verifies(reference + "/roster/2024-07"));
  int steps = 0, partly = 0, done = 0;
  for (int n = 1; n < 200 && done < 2; ++n) {
    const std::string out = dir.path() + "/out-" + std::to_string(n);
    ProcessResult failed = RunAll(out, input, {{"KEFU_TEST_FAIL_AT", std::to_string(n)}});
    if (failed.exit_code == 0) {
      // The clean-up after a folder is published cannot fail the publication (a kill there is
      // tried above); past the last step nothing fails at all. Either way all is published.
      ++done;
      EXPECT_EQ(Files(out), Files(reference)) << "step " << n;
      EXPECT_EQ(Leftovers(out), std::vector<std::string>{}) << "step " << n;
      fs::remove_all(out);
      continue;
    }
    done = 0;
    steps = n;
    ASSERT_EQ(failed.exit_code, 2) << "step " << n << "\n" << failed.err;
    std::set<std::string> published;
    std::smatch m;
    static const std::regex midway("kefu: stopped midway: published (.*); not published (.*)\n");
    if (std::regex_search(failed.err, m, midway)) {
      ++partly;
      std::istringstream list(m[1].str());
      for (std::string folder; std::getline(list, folder, ',');) {
        if (folder.starts_with(" ")) folder.erase(0, 1);
        published.insert(folder);
      }
    } else {
      EXPECT_NE(failed.err.find("kefu: stopped: nothing was written\n"), std::string::npos)
          << "step " << n << "\n"
          << failed.err;
    }
    for (const std::string& folder : kFolders) {
      if (published.count(out + "/" + folder)) {
        // The same bytes, manifest included, as the uninterrupted run's, which verifies.
        EXPECT_EQ(Files(out, folder), Files(reference, folder)) << "step " << n;
      } else {
        EXPECT_EQ(Files(out, folder), (std::map<std::string, std::string>{}))
            << "step " << n << ": " << folder << " is not published\n"
            << failed.err;
      }
    }
    EXPECT_EQ(Leftovers(out), std::vector<std::string>{}) << "step " << n << "\n" << failed.err;
    fs::remove_all(out);
  }
  EXPECT_GE(steps, 15);
  EXPECT_GE(partly, 3);  // failures in the roster's renames and manifest
}

// --force after a correction: J01's grade for 2024Q2 was A and is C (R-P2 needs an A in the
// window), so J01 is no longer promoted and the run makes no dossier for J01. Without --force the
// folder is refused (exit 4) and left as it was; with --force the stale dossier is moved aside,
// said so, and the new manifest lists it as superseded, not as a current file.
TEST(Publication, ForceAfterACorrectionSupersedesTheStaleDossier) {
  Scratch dir("correction");
  const std::string out = dir.path() + "/output";
  const std::string folder = out + "/evaluation/2024Q2";
  const std::vector<std::string> evaluate = {"evaluate", "--quarter", "2024Q2"};
  auto args = [&](const std::string& input, bool force) {
    std::vector<std::string> a = {"--quiet", "--input", input, "--output", out};
    if (force) a.push_back("--force");
    a.insert(a.end(), evaluate.begin(), evaluate.end());
    return a;
  };
  ASSERT_EQ(Kefu(args(kInput, false)).exit_code, 0);
  const std::string dossier = folder + "/dossiers/J01-promote-M.xlsx";
  ASSERT_TRUE(fs::exists(dossier));
  const std::string dossier_bytes = ReadFile(dossier);
  const std::string corrected =
      Variant(dir.path(), "quarterly_grades.csv", "J01,2024Q2,A", "J01,2024Q2,C");

  const auto before = Files(out);
  ProcessResult refused = Kefu(args(corrected, false));
  EXPECT_EQ(refused.exit_code, 4) << refused.err;
  EXPECT_NE(refused.err.find("kefu: " + folder +
                             "/dossiers/J01-promote-M.xlsx: a file this run "
                             "does not produce; nothing was published"),
            std::string::npos)
      << refused.err;
  EXPECT_EQ(Files(out), before);

  ProcessResult forced = Kefu(args(corrected, true));
  EXPECT_EQ(forced.exit_code, 0) << forced.err;
  EXPECT_NE(forced.err.find("kefu: moved " + folder +
                            "/dossiers/J01-promote-M.xlsx, which this "
                            "run no longer produces, aside as " +
                            folder + "/dossiers/J01-promote-M.superseded-1.xlsx\n"),
            std::string::npos)
      << forced.err;
  EXPECT_FALSE(fs::exists(dossier));
  EXPECT_EQ(ReadFile(folder + "/dossiers/J01-promote-M.superseded-1.xlsx"), dossier_bytes);
  std::string decisions = ReadFile(folder + "/decisions-2024Q2.csv");
  EXPECT_NE(decisions.find("\nJ01,甲一,客服部,J,none,"), std::string::npos) << decisions;
  // The manifest vouches for the dossier only as superseded.
  std::string manifest = ReadFile(folder + "/manifest.json");
  size_t outputs = manifest.find("\"outputs\""), superseded = manifest.find("\"superseded\"");
  ASSERT_NE(outputs, std::string::npos);
  ASSERT_NE(superseded, std::string::npos);
  EXPECT_EQ(manifest.substr(outputs, superseded - outputs).find("J01-promote-M"), std::string::npos)
      << manifest;
  EXPECT_NE(manifest.find("\"path\": \"dossiers/J01-promote-M.superseded-1.xlsx\"", superseded),
            std::string::npos)
      << manifest;
  EXPECT_TRUE(Verifies(folder));
  EXPECT_EQ(Leftovers(out), std::vector<std::string>{});
}

// Links inside the output folder where a report goes (issue 11), each with its exact outcome.
// A link is never written through: it is replaced by the real file (or folder) only when it
// points inside the same report folder; otherwise the publication is refused (exit 2), naming
// it, and nothing changes. In every case the manifest describes what `kefu verify` finds.
class Links : public ::testing::Test {
 protected:
  Links() : dir_(::testing::UnitTest::GetInstance()->current_test_info()->name()) {}
  std::string out() const { return dir_.path() + "/output"; }
  std::string folder() const { return out() + "/attendance/2024-06"; }
  std::string evaluation() const { return out() + "/evaluation/2024Q2"; }
  ProcessResult Attendance(bool force = false) {
    std::vector<std::string> a = {"--quiet", "--input", kInput, "--output", out()};
    if (force) a.push_back("--force");
    a.insert(a.end(), {"attendance", "--month", "2024-06"});
    return Kefu(a);
  }
  ProcessResult Evaluate(bool force = false) {
    std::vector<std::string> a = {"--quiet", "--input", kInput, "--output", out()};
    if (force) a.push_back("--force");
    a.insert(a.end(), {"evaluate", "--quarter", "2024Q2"});
    return Kefu(a);
  }
  // Everything under the output folder, links as "-> target".
  std::map<std::string, std::string> Snapshot() const {
    std::map<std::string, std::string> all;
    for (const auto& e : fs::recursive_directory_iterator(out())) {
      std::string rel = fs::relative(e.path(), out()).generic_string();
      all[rel] = e.is_symlink()        ? "-> " + fs::read_symlink(e.path()).string()
                 : e.is_regular_file() ? ReadFile(e.path().string())
                                       : "/";
    }
    return all;
  }
  Scratch dir_;
};

const std::string kXlsx = "attendance-2024-06.xlsx";

TEST_F(Links, AReportLinkedToAnIdenticalCopyOutsideItsFolderIsRefused) {
  ASSERT_EQ(Attendance().exit_code, 0);
  const std::string copy = dir_.path() + "/elsewhere/" + kXlsx;
  fs::create_directories(dir_.path() + "/elsewhere");
  fs::rename(folder() + "/" + kXlsx, copy);
  fs::create_symlink(copy, folder() + "/" + kXlsx);
  const auto before = Snapshot();
  const std::string copy_bytes = ReadFile(copy);
  ProcessResult r = Attendance();
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "kefu: " + folder() + "/" + kXlsx + ": a symbolic link to " + copy +
                       ", outside this report's folder, where kefu writes; kefu never writes "
                       "through a link, so nothing was published (replace the link with the file "
                       "or folder itself, or remove it)\n");
  EXPECT_EQ(Snapshot(), before);
  EXPECT_EQ(ReadFile(copy), copy_bytes);
  // verify agrees that the folder is not what its manifest says.
  EXPECT_EQ(Kefu({"verify", folder()}).exit_code, 2);
}

TEST_F(Links, AReportLinkedToAnIdenticalCopyInItsFolderIsReplacedByTheFile) {
  ASSERT_EQ(Attendance().exit_code, 0);
  const std::string bytes = ReadFile(folder() + "/" + kXlsx);
  const std::string kept = "attendance-2024-06.superseded-1.xlsx";
  fs::rename(folder() + "/" + kXlsx, folder() + "/" + kept);
  fs::create_symlink(kept, folder() + "/" + kXlsx);
  ProcessResult r = Attendance();
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "kefu: replaced the symbolic link " + folder() + "/" + kXlsx +
                       ", which pointed inside its report folder, by a real file or folder of "
                       "that name\n");
  EXPECT_FALSE(fs::is_symlink(folder() + "/" + kXlsx));
  EXPECT_EQ(ReadFile(folder() + "/" + kXlsx), bytes);
  EXPECT_EQ(ReadFile(folder() + "/" + kept), bytes);
  std::string manifest = ReadFile(folder() + "/manifest.json");
  EXPECT_GT(manifest.find("\"path\": \"" + kept + "\""), manifest.find("\"superseded\""));
  EXPECT_TRUE(Verifies(folder()));
}

TEST_F(Links, AReportLinkedToADifferentFileInItsFolderIsAnArchivedChange) {
  ASSERT_EQ(Attendance().exit_code, 0);
  const std::string older = "attendance-2024-06.superseded-1.xlsx";
  std::ofstream(folder() + "/" + older) << "an older report";
  fs::remove(folder() + "/" + kXlsx);
  fs::create_symlink(older, folder() + "/" + kXlsx);
  ProcessResult refused = Attendance();
  EXPECT_EQ(refused.exit_code, 4) << refused.err;
  EXPECT_NE(refused.err.find("kefu: " + folder() + "/" + kXlsx +
                             ": an archived report with "
                             "different content is already there"),
            std::string::npos)
      << refused.err;
  EXPECT_TRUE(fs::is_symlink(folder() + "/" + kXlsx));
  // With --force the link goes (what it points to stays: it is the archived report).
  ProcessResult forced = Attendance(true);
  EXPECT_EQ(forced.exit_code, 0) << forced.err;
  EXPECT_FALSE(fs::is_symlink(folder() + "/" + kXlsx));
  EXPECT_EQ(ReadFile(folder() + "/" + older), "an older report");
  EXPECT_TRUE(Verifies(folder()));
}

TEST_F(Links, DossiersLinkedOutsideTheReportFolderAreRefused) {
  ASSERT_EQ(Evaluate().exit_code, 0);
  const std::string shared = dir_.path() + "/shared-dossiers";
  fs::rename(evaluation() + "/dossiers", shared);
  fs::create_directory_symlink(shared, evaluation() + "/dossiers");
  const auto before = Snapshot();
  ProcessResult r = Evaluate();
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "kefu: " + evaluation() + "/dossiers: a symbolic link to " + shared +
                       ", outside this report's folder, where kefu writes; kefu never writes "
                       "through a link, so nothing was published (replace the link with the file "
                       "or folder itself, or remove it)\n");
  EXPECT_EQ(Snapshot(), before);
}

TEST_F(Links, DossiersLinkedToACopyInTheReportFolderBecomeARealFolder) {
  ASSERT_EQ(Evaluate().exit_code, 0);
  const std::string dossier = "J01-promote-M.xlsx";
  const std::string bytes = ReadFile(evaluation() + "/dossiers/" + dossier);
  fs::rename(evaluation() + "/dossiers", evaluation() + "/dossiers.copy");
  fs::create_directory_symlink("dossiers.copy", evaluation() + "/dossiers");
  // The copy is a file this run does not produce: refused without --force, nothing changed.
  const auto before = Snapshot();
  ProcessResult refused = Evaluate();
  EXPECT_EQ(refused.exit_code, 4) << refused.err;
  EXPECT_EQ(refused.err, "kefu: " + evaluation() + "/dossiers.copy/" + dossier +
                             ": a file this run does not produce; nothing was published (with "
                             "--force it is moved aside as NAME.superseded-N, so that the folder "
                             "holds exactly what this run produces)\n");
  EXPECT_EQ(Snapshot(), before);
  ProcessResult forced = Evaluate(true);
  EXPECT_EQ(forced.exit_code, 0) << forced.err;
  EXPECT_EQ(forced.err,
            "kefu: moved " + evaluation() + "/dossiers.copy/" + dossier +
                ", which this run no longer produces, aside as " + evaluation() +
                "/dossiers.copy/J01-promote-M.superseded-1.xlsx\n"
                "kefu: replaced the symbolic link " +
                evaluation() +
                "/dossiers, which pointed inside its report folder, by a real file or folder of "
                "that name\n");
  EXPECT_FALSE(fs::is_symlink(evaluation() + "/dossiers"));
  EXPECT_EQ(ReadFile(evaluation() + "/dossiers/" + dossier), bytes);
  EXPECT_TRUE(Verifies(evaluation()));
}

TEST_F(Links, ALinkElsewhereInAReportFolderIsRefused) {
  ASSERT_EQ(Attendance().exit_code, 0);
  fs::create_symlink("/etc/hostname", folder() + "/notes.txt");
  ProcessResult r = Attendance();
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err,
            "kefu: " + folder() +
                "/notes.txt: a symbolic link (to /etc/hostname) in a "
                "report folder: a manifest cannot vouch for a link and kefu removes nothing it "
                "did not make, so nothing was published (replace the link with the file itself, "
                "or remove it)\n");
  EXPECT_TRUE(fs::is_symlink(folder() + "/notes.txt"));
}

TEST_F(Links, AReportFolderOrItsParentThatIsALinkIsRefused) {
  const std::string elsewhere = dir_.path() + "/elsewhere";
  fs::create_directories(elsewhere);
  fs::create_directories(out() + "/attendance");
  fs::create_directory_symlink(elsewhere, folder());
  ProcessResult r = Attendance();
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("kefu: " + folder() + ": a symbolic link to " + elsewhere + ", outside"),
            std::string::npos)
      << r.err;
  EXPECT_TRUE(fs::is_empty(elsewhere));
  fs::remove(folder());
  fs::remove(out() + "/attendance");
  fs::create_directory_symlink(elsewhere, out() + "/attendance");
  r = Attendance();
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("kefu: " + out() + "/attendance: a symbolic link to " + elsewhere),
            std::string::npos)
      << r.err;
  EXPECT_TRUE(fs::is_empty(elsewhere));
  EXPECT_EQ(Leftovers(out()), std::vector<std::string>{});
}

// Holds the lock of an output folder as another kefu would, with its holder line (pid 4242,
// started 2024-09-25 06:03 UTC).
class HeldLock {
 public:
  explicit HeldLock(const std::string& root) {
    fd_ = ::open((root + "/.kefu.lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    EXPECT_EQ(::flock(fd_, LOCK_EX), 0);
    const std::string line = "kefu pid 4242 started 1727244180\n";
    EXPECT_EQ(::pwrite(fd_, line.data(), line.size(), 0), static_cast<ssize_t>(line.size()));
  }
  ~HeldLock() { Release(); }
  void Release() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
  }

 private:
  int fd_ = -1;
};

// One writer per output folder: while another kefu holds the lock, a report waits and says so,
// and gives up after KEFU_LOCK_TIMEOUT seconds with exit 2 and nothing written; `check` and
// `verify` take no lock; a report that waits goes on as soon as the lock is free.
TEST(Publication, ASecondWriterWaitsNamesTheHolderAndGivesUp) {
  Scratch dir("lock");
  const std::string out = dir.path() + "/output";
  fs::create_directories(out);
  const std::string waiting =
      "kefu: waiting for kefu pid 4242, started 06:03, which is writing to " + out + "\n";
  const std::vector<std::string> attendance = {"--lang",  "en",       "--quiet", "--input",
                                               kInput,    "--output", out,       "attendance",
                                               "--month", "2024-06"};
  HeldLock lock(out);
  std::vector<std::string> args = attendance;
  ProcessResult gave_up =
      RunProgram(KEFU_BINARY, args, {{"KEFU_LOCK_TIMEOUT", "1"}, {"TZ", "UTC"}});
  EXPECT_EQ(gave_up.exit_code, 2);
  EXPECT_EQ(gave_up.err, waiting + "kefu: " + out +
                             ": gave up after waiting 1 s for kefu pid 4242, started 06:03, which "
                             "is still writing to this folder; nothing was written\n");
  EXPECT_FALSE(fs::exists(out + "/attendance"));
  // Reading and checking need no lock.
  ProcessResult check =
      Kefu({"--quiet", "--input", kInput, "--output", out, "check"}, {{"KEFU_LOCK_TIMEOUT", "0"}});
  EXPECT_EQ(check.exit_code, 0) << check.err;
  EXPECT_EQ(check.err, "");
  ProcessResult verify = Kefu({"verify", out}, {{"KEFU_LOCK_TIMEOUT", "0"}});
  EXPECT_EQ(verify.exit_code, 2);  // no manifest there, said at once
  EXPECT_EQ(verify.err, "");
  // With the default timeout a run waits; once it says so, the holder lets go and it writes.
  Poco::Pipe err_pipe;
  Poco::Process::Env env = {{"TZ", "UTC"}};
  Poco::ProcessHandle waiter =
      Poco::Process::launch(KEFU_BINARY, attendance, ".", nullptr, nullptr, &err_pipe, env);
  Poco::PipeInputStream err(err_pipe);
  std::string first;
  std::getline(err, first);
  EXPECT_EQ(first + "\n", waiting);
  lock.Release();
  std::string rest((std::istreambuf_iterator<char>(err)), std::istreambuf_iterator<char>());
  EXPECT_EQ(waiter.wait(), 0) << rest;
  EXPECT_EQ(rest, "");
  EXPECT_TRUE(Verifies(out + "/attendance/2024-06"));
  EXPECT_EQ(Leftovers(out), std::vector<std::string>{});
}

// What an interrupted run left (a staging folder, an old-style temporary file: their names carry
// the PID of a process that no longer runs, beyond any PID the system gives) is removed by the
// next run that holds the lock, and said; nothing else is touched.
TEST(Publication, WhatAnInterruptedRunLeftIsRemovedAndSaid) {
  Scratch dir("recovery");
  const std::string out = dir.path() + "/output";
  ASSERT_EQ(RunAll(out).exit_code, 0);
  const std::string folder = out + "/attendance/2024-06";
  fs::create_directories(folder + "/.kefu-staging-999999999-abc123");
  std::ofstream(folder + "/.kefu-staging-999999999-abc123/attendance-2024-06.xlsx") << "partial";
  std::ofstream(out + "/roster/2024-07/.roster-2024-07.xlsx.tmp-999999999-0") << "partial";
  std::ofstream(out + "/README.txt") << "the clerk's note";
  fs::create_directories(out + "/.kefu-staging-not-ours");
  ProcessResult r = RunAll(out);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "kefu: removed " + folder +
                       "/.kefu-staging-999999999-abc123, left behind by an interrupted kefu run\n"
                       "kefu: removed " +
                       out +
                       "/roster/2024-07/.roster-2024-07.xlsx.tmp-999999999-0, "
                       "left behind by an interrupted kefu run\n");
  EXPECT_TRUE(AllVerify(out));
  EXPECT_EQ(ReadFile(out + "/README.txt"), "the clerk's note");
  EXPECT_TRUE(fs::exists(out + "/.kefu-staging-not-ours"));
}

}  // namespace
}  // namespace kefu::testing
