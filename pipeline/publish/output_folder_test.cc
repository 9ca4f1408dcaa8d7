#include "publish/output_folder.h"

#include <Poco/JSON/Parser.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <filesystem>
#include <thread>

#include "base/file_bytes.h"
#include "base/sha256.h"
#include "publish/file_ops.h"
#include "publish/output_root.h"
#include "publish/publish_test_util.h"

namespace kefu {
namespace {

using testing::ReadAll;
using testing::Snapshot;
using testing::TempDir;

ManifestInfo Info() {
  ManifestInfo info;
  info.tool_version = "0.1.0";
  info.command = "attendance --month 2023-06";
  info.period = "2023-05-26..2023-06-25";
  info.policy_sha256 = "ab12";
  InputFile punches;
  punches.path = "punches.csv";
  punches.sha256 = "cd34";
  punches.rows_read = 10;
  punches.rejected = 1;
  InputFile employees;
  employees.path = "employees.csv";
  employees.sha256 = "ef56";
  employees.rows_read = 3;
  employees.warned = 2;
  employees.duplicates = 1;
  info.inputs = {punches, employees};
  return info;
}

CsvTable Csv(const std::string& value) { return CsvTable{{"employee_id", "v"}, {{"E001", value}}}; }

Workbook Book(const std::string& text) {
  Workbook wb;
  Sheet sheet;
  sheet.name = "汇总";
  sheet.rows.push_back({{Cell::Text(text)}});
  wb.sheets.push_back(sheet);
  wb.properties.created = Date::FromYmd(2023, 6, 30);
  return wb;
}

// A staging folder (or an old-style temporary file) anywhere under `folder`.
bool HasTempFiles(const std::string& folder) {
  for (const auto& [path, bytes] : Snapshot(folder)) {
    for (const auto& part : std::filesystem::path(path)) {
      if (IsStagingName(part.string()) || IsTempName(part.string())) return true;
    }
  }
  return false;
}

struct Publication {
  std::unique_ptr<OutputFolder> out;
  bool ok = false;
};

// Publishes a workbook, a CSV and a dossier into `folder`.
Publication Publish(const std::string& folder, const std::string& version, bool force) {
  Publication p{std::make_unique<OutputFolder>(folder, force)};
  bool staged = p.out->StageWorkbook("report-2023-06.xlsx", Book("v" + version)) &&
                p.out->StageCsv("report-2023-06.csv", Csv(version)) &&
                p.out->StageWorkbook("dossiers/E007-promote-M.xlsx", Book("dossier"));
  p.ok = p.out->Commit(Info()) && staged;
  return p;
}

timespec MtimeOf(const std::string& path) {
  struct stat st {};
  ::stat(path.c_str(), &st);
  return st.st_mtim;
}

TEST(OutputFolder, PublishesEveryFileAndTheManifest) {
  TempDir dir;
  std::string folder = dir / "attendance/2023-06";
  Publication p = Publish(folder, "1", false);
  ASSERT_TRUE(p.ok);
  OutputFolder* out = p.out.get();
  EXPECT_TRUE(out->errors().empty());
  EXPECT_EQ(out->published(),
            (std::vector<std::string>{"dossiers/E007-promote-M.xlsx", "report-2023-06.csv",
                                      "report-2023-06.xlsx"}));
  auto files = Snapshot(folder);
  EXPECT_EQ(files.size(), 5u);  // three files, dossiers/, manifest.json
  EXPECT_EQ(files["report-2023-06.csv"],
            "\xEF\xBB\xBF"
            "employee_id,v\r\nE001,1\r\n");
  EXPECT_FALSE(HasTempFiles(folder));

  // Keys in a fixed order.
  const std::string& text = files["manifest.json"];
  size_t at = 0;
  for (const char* key : {"\"tool\"", "\"version\"", "\"command\"", "\"period\"",
                          "\"policy_sha256\"", "\"inputs\"", "\"outputs\""}) {
    size_t found = text.find(key);
    EXPECT_GT(found, at) << key;
    at = found;
  }
  Poco::JSON::Parser parser;
  auto manifest = parser.parse(text).extract<Poco::JSON::Object::Ptr>();
  EXPECT_EQ(manifest->getValue<std::string>("tool"), "kefu");
  EXPECT_EQ(manifest->getValue<std::string>("command"), "attendance --month 2023-06");
  auto inputs = manifest->getArray("inputs");
  ASSERT_EQ(inputs->size(), 2u);
  EXPECT_EQ(inputs->getObject(0)->getValue<std::string>("path"), "employees.csv");
  EXPECT_EQ(inputs->getObject(0)->getValue<int>("duplicates"), 1);
  EXPECT_EQ(inputs->getObject(1)->getValue<int>("rejected"), 1);
  auto outputs = manifest->getArray("outputs");
  ASSERT_EQ(outputs->size(), 3u);
  EXPECT_EQ(outputs->getObject(0)->getValue<std::string>("path"), "dossiers/E007-promote-M.xlsx");
  auto csv = outputs->getObject(1);
  EXPECT_EQ(csv->getValue<std::string>("path"), "report-2023-06.csv");
  EXPECT_EQ(csv->getValue<std::string>("sha256"), Sha256Hex(files["report-2023-06.csv"]));
  EXPECT_EQ(csv->getValue<uint64_t>("size"), files["report-2023-06.csv"].size());
  EXPECT_TRUE(VerifyFolder(folder).ok);
}

TEST(OutputFolder, SameBytesLeaveTheFolderUntouched) {
  TempDir dir;
  std::string folder = dir / "out";
  ASSERT_TRUE(Publish(folder, "1", false).ok);
  // Old times make any rewrite visible, however fast the test runs.
  for (const char* name : {"report-2023-06.xlsx", "report-2023-06.csv", "manifest.json"}) {
    timespec old[2] = {{946684800, 0}, {946684800, 0}};
    ASSERT_EQ(::utimensat(AT_FDCWD, (folder + "/" + name).c_str(), old, 0), 0);
  }
  auto before = Snapshot(folder);
  ASSERT_TRUE(Publish(folder, "1", false).ok);
  EXPECT_EQ(Snapshot(folder), before);
  for (const char* name : {"report-2023-06.xlsx", "report-2023-06.csv", "manifest.json"}) {
    EXPECT_EQ(MtimeOf(folder + "/" + name).tv_sec, 946684800) << name;
  }
}

TEST(OutputFolder, DifferentBytesAreRefusedAndNothingChanges) {
  TempDir dir;
  std::string folder = dir / "out";
  ASSERT_TRUE(Publish(folder, "1", false).ok);
  auto before = Snapshot(folder);
  Publication p = Publish(folder, "2", false);
  EXPECT_FALSE(p.ok);
  OutputFolder* out = p.out.get();
  EXPECT_TRUE(out->refused());
  ASSERT_EQ(out->errors().size(), 2u);
  EXPECT_EQ(out->errors()[0],
            (PublishError{PublishError::Kind::kArchived, "report-2023-06.csv", ""}));
  EXPECT_EQ(out->errors()[1].path, "report-2023-06.xlsx");
  EXPECT_TRUE(out->published().empty());
  EXPECT_EQ(Snapshot(folder), before);
  EXPECT_FALSE(HasTempFiles(folder));
}

TEST(OutputFolder, ForceKeepsTheOldFileAsSuperseded) {
  TempDir dir;
  std::string folder = dir / "out";
  ASSERT_TRUE(Publish(folder, "1", false).ok);
  std::string v1 = ReadAll(folder + "/report-2023-06.csv");
  Publication p = Publish(folder, "2", true);
  ASSERT_TRUE(p.ok);
  OutputFolder* out = p.out.get();
  EXPECT_EQ(out->superseded(), (std::vector<std::string>{"report-2023-06.superseded-1.csv",
                                                         "report-2023-06.superseded-1.xlsx"}));
  EXPECT_EQ(ReadAll(folder + "/report-2023-06.superseded-1.csv"), v1);
  EXPECT_NE(ReadAll(folder + "/report-2023-06.csv").find("E001,2"), std::string::npos);
  ASSERT_TRUE(Publish(folder, "3", true).ok);
  EXPECT_EQ(ReadAll(folder + "/report-2023-06.superseded-1.csv"), v1);
  EXPECT_NE(ReadAll(folder + "/report-2023-06.superseded-2.csv").find("E001,2"), std::string::npos);
  EXPECT_NE(ReadAll(folder + "/report-2023-06.csv").find("E001,3"), std::string::npos);

  std::string manifest = ReadAll(folder + "/manifest.json");
  for (const char* listed : {"report-2023-06.superseded-1.csv", "report-2023-06.superseded-2.xlsx",
                             "dossiers/E007-promote-M.xlsx"}) {
    EXPECT_NE(manifest.find(listed), std::string::npos) << listed;
  }
  EXPECT_TRUE(VerifyFolder(folder).ok);
  EXPECT_FALSE(HasTempFiles(folder));
}

TEST(OutputFolder, AFailedStagingPublishesNothingAndCreatesNothing) {
  TempDir dir;
  std::string folder = dir / "new/deeper";
  {
    OutputFolder out(folder, false);
    EXPECT_TRUE(out.StageCsv("a.csv", Csv("1")));
    Workbook bad = Book("x");
    bad.sheets[0].name = "bad/name";
    EXPECT_FALSE(out.StageWorkbook("b.xlsx", bad));
    EXPECT_FALSE(out.Commit(Info()));
    EXPECT_FALSE(out.refused());
    ASSERT_EQ(out.errors().size(), 1u);
    EXPECT_EQ(out.errors()[0],
              (PublishError{PublishError::Kind::kBadSheetName, "b.xlsx", "bad/name"}));
  }
  EXPECT_FALSE(std::filesystem::exists(dir / "new"));
}

TEST(OutputFolder, RefusesNamesOutsideTheFolder) {
  TempDir dir;
  OutputFolder out(dir / "out", false);
  for (const char* name : {"", "../x.csv", "/etc/x.csv", "a/b/c.csv", ".hidden", "manifest.json",
                           "a//b.csv", "dossiers/.x"}) {
    EXPECT_FALSE(out.StageBytes(name, "x")) << name;
  }
  EXPECT_TRUE(out.StageBytes("ok.txt", "x"));
  EXPECT_FALSE(out.StageBytes("ok.txt", "again"));
  EXPECT_EQ(out.errors().back().kind, PublishError::Kind::kBadName);
}

TEST(OutputFolder, DestructorRemovesWhatWasNotPublished) {
  TempDir dir;
  std::string folder = dir / "out";
  std::filesystem::create_directories(folder);
  testing::WriteAll(folder + "/keep.txt", "kept");
  auto before = Snapshot(folder);
  {
    OutputFolder out(folder, false);
    EXPECT_TRUE(out.StageWorkbook("dossiers/a.xlsx", Book("a")));
    EXPECT_TRUE(out.StageCsv("a.csv", Csv("a")));
    EXPECT_TRUE(HasTempFiles(folder));
  }
  EXPECT_EQ(Snapshot(folder), before);
}

TEST(OutputFolder, StagesFromSeveralThreads) {
  TempDir dir;
  std::string folder = dir / "out";
  OutputFolder out(folder, false);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&out, t] {
      for (int i = 0; i < 3; ++i) {
        std::string n = std::to_string(t * 3 + i);
        EXPECT_TRUE(out.StageWorkbook("dossiers/E" + n + ".xlsx", Book(n)));
        EXPECT_TRUE(out.StageCsv("c" + n + ".csv", Csv(n)));
      }
    });
  }
  for (std::thread& t : threads) t.join();
  ASSERT_TRUE(out.Commit(Info()));
  EXPECT_EQ(out.published().size(), 24u);
  EXPECT_TRUE(VerifyFolder(folder).ok);
  EXPECT_FALSE(HasTempFiles(folder));
}

TEST(OutputFolder, CommitWithNothingStagedWritesTheManifest) {
  TempDir dir;
  OutputFolder out(dir / "empty", false);
  ASSERT_TRUE(out.Commit(Info()));
  EXPECT_TRUE(out.published().empty());
  EXPECT_TRUE(std::filesystem::exists(dir / "empty/manifest.json"));
  EXPECT_TRUE(VerifyFolder(dir / "empty").ok);
}

TEST(OutputFolder, ManifestIsDeterministic) {
  TempDir dir;
  ASSERT_TRUE(Publish(dir / "a", "1", false).ok);
  ASSERT_TRUE(Publish(dir / "b", "1", false).ok);
  EXPECT_EQ(ReadAll(dir / "a/manifest.json"), ReadAll(dir / "b/manifest.json"));
}

TEST(VerifyFolder, ReportsMissingChangedAndExtraFiles) {
  TempDir dir;
  std::string folder = dir / "out";
  ASSERT_TRUE(Publish(folder, "1", false).ok);
  ASSERT_TRUE(VerifyFolder(folder).ok);
  testing::WriteAll(folder + "/report-2023-06.csv", "changed");
  std::filesystem::remove(folder + "/dossiers/E007-promote-M.xlsx");
  testing::WriteAll(folder + "/dossiers/extra.txt", "extra");
  std::filesystem::create_symlink("report-2023-06.xlsx", folder + "/link.xlsx");
  testing::WriteAll(folder + "/.report-2023-06.xlsx.tmp-99999-0", "left by a killed run");
  VerifyResult result = VerifyFolder(folder);
  EXPECT_FALSE(result.ok);
  using Kind = PublishError::Kind;
  EXPECT_EQ(result.problems, (std::vector<PublishError>{
                                 {Kind::kExtra, ".report-2023-06.xlsx.tmp-99999-0", ""},
                                 {Kind::kMissing, "dossiers/E007-promote-M.xlsx", ""},
                                 {Kind::kExtra, "dossiers/extra.txt", ""},
                                 {Kind::kExtra, "link.xlsx", ""},
                                 {Kind::kChanged, "report-2023-06.csv", ""},
                             }));
}

TEST(VerifyFolder, AMissingOrBrokenManifestIsOneProblem) {
  TempDir dir;
  std::string folder = dir / "out";
  std::filesystem::create_directories(folder);
  VerifyResult result = VerifyFolder(folder);
  ASSERT_EQ(result.problems.size(), 1u);
  EXPECT_EQ(result.problems[0].kind, PublishError::Kind::kNoManifest);
  EXPECT_EQ(result.problems[0].path, "manifest.json");
  for (const char* text : {"{", "[]", "{\"outputs\": 3}", "{\"outputs\": [{\"path\": \"a\"}]}",
                           "{\"outputs\": [{\"path\": \"../etc/passwd\", \"sha256\": \"x\", "
                           "\"size\": 1}]}"}) {
    testing::WriteAll(folder + "/manifest.json", text);
    result = VerifyFolder(folder);
    ASSERT_EQ(result.problems.size(), 1u) << text;
    EXPECT_EQ(result.problems[0].kind, PublishError::Kind::kNoManifest) << text;
  }
}

// A workbook whose sheet XML is several megabytes but compresses to a few hundred kilobytes.
Workbook BigWorkbook() {
  Workbook wb = Book("big");
  for (uint32_t r = 0; r < 40000; ++r) {
    SheetRow row;
    for (int c = 0; c < 10; ++c) row.cells.push_back(Cell::Number(c));
    wb.sheets[0].rows.push_back(std::move(row));
  }
  return wb;
}

// libxlsxwriter can report success after a temporary file was cut short by RLIMIT_FSIZE: the
// publication must fail and leave the folder as it was, the earlier report included.
TEST(OutputFolder, AFileSizeLimitLeavesTheFolderAsItWas) {
  TempDir dir;
  std::string folder = dir / "out";
  {
    OutputFolder first(folder, false);
    ASSERT_TRUE(first.StageWorkbook("report.xlsx", Book("earlier")));
    ASSERT_TRUE(first.Commit(Info()));
  }
  auto before = Snapshot(folder);
  Workbook big = BigWorkbook();

  for (bool constant_memory : {false, true}) {
    big.constant_memory = constant_memory;
    pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      ::signal(SIGXFSZ, SIG_IGN);
      rlimit limit = {512 * 1024, 512 * 1024};
      ::setrlimit(RLIMIT_FSIZE, &limit);
      int code = 0;
      {
        OutputFolder out(folder, true);
        bool ok = out.StageWorkbook("report.xlsx", big) && out.Commit(Info());
        code = ok ? 0 : 10 + static_cast<int>(out.errors().at(0).kind);
      }
      ::_exit(code);
    }
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFEXITED(status));
    int code = WEXITSTATUS(status);
#if LXW_VERSION_ID == 114
    // libxlsxwriter 1.1.4 reports success here: only reading the file back finds the damage.
    EXPECT_EQ(code, 10 + static_cast<int>(PublishError::Kind::kVerifyFailed))
        << "constant_memory " << constant_memory;
#else
    EXPECT_TRUE(code == 10 + static_cast<int>(PublishError::Kind::kWriteFailed) ||
                code == 10 + static_cast<int>(PublishError::Kind::kVerifyFailed))
        << "exit code " << code;
#endif
    EXPECT_EQ(Snapshot(folder), before) << "constant_memory " << constant_memory;
  }
  // Without the limit the same workbook is published.
  OutputFolder out(folder, true);
  ASSERT_TRUE(out.StageWorkbook("report.xlsx", big));
  ASSERT_TRUE(out.Commit(Info()));
  EXPECT_EQ(out.superseded(), (std::vector<std::string>{"report.superseded-1.xlsx"}));
}

// Issue 11: a report folder holds exactly what its run produces.
TEST(OutputFolder, AFileNoLongerProducedIsRefusedOrWithForceMovedAside) {
  TempDir dir;
  std::string folder = dir / "out";
  ASSERT_TRUE(Publish(folder, "1", false).ok);
  auto before = Snapshot(folder);
  // The next run produces the same report and CSV, but no dossier.
  {
    OutputFolder out(folder, false);
    ASSERT_TRUE(out.StageWorkbook("report-2023-06.xlsx", Book("v1")));
    ASSERT_TRUE(out.StageCsv("report-2023-06.csv", Csv("1")));
    EXPECT_FALSE(out.Check());
    EXPECT_TRUE(out.refused());
    EXPECT_EQ(out.errors(), (std::vector<PublishError>{{PublishError::Kind::kNotProduced,
                                                        "dossiers/E007-promote-M.xlsx"}}));
    EXPECT_FALSE(out.Commit(Info()));
  }
  EXPECT_EQ(Snapshot(folder), before);
  OutputFolder out(folder, true);
  ASSERT_TRUE(out.StageWorkbook("report-2023-06.xlsx", Book("v1")));
  ASSERT_TRUE(out.StageCsv("report-2023-06.csv", Csv("1")));
  ASSERT_TRUE(out.Commit(Info()));
  ASSERT_EQ(out.moved().size(), 1u);
  EXPECT_EQ(out.moved()[0].from, "dossiers/E007-promote-M.xlsx");
  EXPECT_EQ(out.moved()[0].to, "dossiers/E007-promote-M.superseded-1.xlsx");
  EXPECT_FALSE(out.moved()[0].produced);
  Poco::JSON::Parser parser;
  auto manifest =
      parser.parse(ReadAll(folder + "/manifest.json")).extract<Poco::JSON::Object::Ptr>();
  auto outputs = manifest->getArray("outputs");
  auto superseded = manifest->getArray("superseded");
  ASSERT_EQ(outputs->size(), 2u);
  ASSERT_EQ(superseded->size(), 1u);
  EXPECT_EQ(superseded->getObject(0)->getValue<std::string>("path"),
            "dossiers/E007-promote-M.superseded-1.xlsx");
  EXPECT_TRUE(VerifyFolder(folder).ok);
}

// The dossier/ folder collects one dossier per command: --force replaces only its own file.
TEST(OutputFolder, ACollectionKeepsTheOtherFilesAsCurrent) {
  TempDir dir;
  std::string folder = dir / "dossier";
  for (const char* id : {"E001", "E002"}) {
    OutputFolder out(folder, true, OutputFolder::Mode::kCollection);
    ASSERT_TRUE(out.StageWorkbook(std::string(id) + "-2023-06-30.xlsx", Book(id)));
    ASSERT_TRUE(out.Commit(Info()));
    EXPECT_TRUE(out.moved().empty());
  }
  std::string manifest = ReadAll(folder + "/manifest.json");
  EXPECT_LT(manifest.find("E001-2023-06-30.xlsx"), manifest.find("\"superseded\""));
  EXPECT_LT(manifest.find("E002-2023-06-30.xlsx"), manifest.find("\"superseded\""));
  EXPECT_TRUE(VerifyFolder(folder).ok);
}

// A staged file that is no longer the one kefu wrote (here replaced by a link to a file outside
// the folder) is not published, and what the link points to is not touched.
TEST(OutputFolder, AStagedFileSwappedForALinkIsNotPublished) {
  TempDir dir;
  std::string folder = dir / "out";
  testing::WriteAll(dir / "outside.txt", "not kefu's");
  OutputFolder out(folder, false);
  ASSERT_TRUE(out.StageCsv("a.csv", Csv("1")));
  std::string staging;
  for (const auto& e : std::filesystem::directory_iterator(folder)) {
    if (IsStagingName(e.path().filename().string())) staging = e.path().string();
  }
  ASSERT_FALSE(staging.empty());
  struct stat st {};
  ASSERT_EQ(::stat(staging.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0700u);
  std::filesystem::remove(staging + "/a.csv");
  std::filesystem::create_symlink(dir / "outside.txt", staging + "/a.csv");
  EXPECT_FALSE(out.Commit(Info()));
  EXPECT_EQ(out.errors().at(0).kind, PublishError::Kind::kRenameFailed);
  EXPECT_FALSE(std::filesystem::exists(folder + "/a.csv"));
  EXPECT_EQ(ReadAll(dir / "outside.txt"), "not kefu's");
  EXPECT_FALSE(HasTempFiles(dir.path()));
}

// Two publications into one root: the second waits for the first's lock (here, within one
// process: flock locks belong to open files, not processes) and, told not to wait, gives up.
TEST(OutputRoot, OneWriterAtATime) {
  TempDir dir;
  OutputRoot first(dir / "root");
  PublishError error;
  ASSERT_TRUE(first.Acquire(&error));
  EXPECT_TRUE(std::filesystem::exists(dir / "root/.kefu.lock"));
  std::vector<LockHolder> seen;
  OutputRoot::Events events;
  events.waiting = [&](const LockHolder& holder) { seen.push_back(holder); };
  ::setenv("KEFU_LOCK_TIMEOUT", "0", 1);
  OutputRoot second(dir / "root", events);
  EXPECT_FALSE(second.Acquire(&error));
  ::unsetenv("KEFU_LOCK_TIMEOUT");
  EXPECT_EQ(error.kind, PublishError::Kind::kLockTimeout);
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].pid, ::getpid());
  EXPECT_EQ(seen[0].started.size(), 5u);  // HH:MM
  first.Release();
  EXPECT_FALSE(std::filesystem::exists(dir / "root/.kefu.lock"));
  OutputRoot third(dir / "root");
  EXPECT_TRUE(third.Acquire(&error));
}

}  // namespace
}  // namespace kefu
