#include "publish/output_folder.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <optional>

#include "base/file_bytes.h"
#include "publish/csv_writer.h"
#include "publish/file_ops.h"
#include "publish/xlsx_verify.h"
#include "publish/xlsx_writer.h"

namespace kefu {
namespace {


namespace fs = std::filesystem;

// A file name or "subfolder/file name", neither part beginning with '.', not manifest.json.
bool IsValidName(const std::string& name) {
  if (name.empty() || name == kManifestName) return false;
  size_t slash = name.find('/');
  std::vector<std::string_view> parts;
  if (slash == std::string::npos) {
    parts = {name};
  } else {
    parts = {std::string_view(name).substr(0, slash), std::string_view(name).substr(slash + 1)};
  }
  for (std::string_view part : parts) {
    if (part.empty() || part.front() == '.' || part.find('/') != std::string_view::npos ||
        part.find('\0') != std::string_view::npos) {
      return false;
    }
  }
  return true;
}

std::string ParentOf(const std::string& path) { return fs::path(path).parent_path().string(); }

// Where libxlsxwriter keeps its working files (about two dozen per workbook, each deleted as
// soon as it is opened). A small workbook's go to memory (/dev/shm): creating thousands of
// files in the output folder for a batch of dossiers costs more than writing them. A large,
// constant-memory workbook's go next to the report, on the disk that will hold it.
std::string ScratchFolderFor(const Workbook& workbook, const std::string& temp) {
  static const bool shm_usable = ::access("/dev/shm", W_OK | X_OK) == 0;
  if (!workbook.constant_memory && shm_usable) return "/dev/shm";
  return ParentOf(temp);
}

// Creates `folder` and its missing parents, adding those it created to `created`.
bool MakeFolders(const std::string& folder, std::vector<std::string>* created, std::string* error) {
  fs::path current;
  for (const fs::path& part : fs::path(folder)) {
    current /= part;
    if (part.empty()) continue;
    if (::mkdir(current.c_str(), 0777) == 0) {
      created->push_back(current.string());
      continue;
    }
    struct stat st {};
    if (errno != EEXIST || ::stat(current.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
      *error = current.string() + ": " + SystemError(errno == EEXIST ? ENOTDIR : errno);
      return false;
    }
  }
  return true;
}

}  // namespace

OutputFolder::OutputFolder(std::string folder, bool force)
    : folder_(std::move(folder)), force_(force) {
  while (folder_.size() > 1 && folder_.back() == '/') folder_.pop_back();
  if (folder_.empty()) folder_ = ".";
}

OutputFolder::~OutputFolder() {
  std::lock_guard<std::mutex> lock(mutex_);
  Abandon({});
}

bool OutputFolder::refused() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return std::any_of(errors_.begin(), errors_.end(),
                     [](const PublishError& e) { return e.kind == PublishError::Kind::kArchived; });
}

void OutputFolder::AddError(PublishError::Kind kind, const std::string& path,
                            const std::string& detail) {
  std::lock_guard<std::mutex> lock(mutex_);
  errors_.push_back({kind, path, detail});
}

std::string OutputFolder::Begin(const std::string& name) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!IsValidName(name) || !names_.insert(name).second) {
      errors_.push_back({PublishError::Kind::kBadName, name, ""});
      return "";
    }
  }
  std::string target = folder_ + "/" + name;
  std::string error;
  std::vector<std::string> created;
  bool made = MakeFolders(ParentOf(target), &created, &error);
  {
    std::lock_guard<std::mutex> lock(mutex_);
    created_folders_.insert(created_folders_.end(), created.begin(), created.end());
  }
  if (!made) {
    AddError(PublishError::Kind::kWriteFailed, name, error);
    return "";
  }
  std::string temp = CreateTempFile(target, &error);
  if (temp.empty()) {
    AddError(PublishError::Kind::kWriteFailed, name, error);
    return "";
  }
  std::lock_guard<std::mutex> lock(mutex_);
  temps_.push_back(temp);
  return temp;
}

bool OutputFolder::Finish(const std::string& name, const std::string& temp,
                          const PublishError* error) {
  std::optional<PublishError> problem;
  if (error) problem = *error;
  FileBytes written;
  if (!problem) {
    written = ReadFileBytes(temp);
    if (written.missing || !written.error.empty()) {
      problem = PublishError{PublishError::Kind::kWriteFailed, name,
                             written.missing ? SystemError(ENOENT) : written.error};
    }
  }
  std::lock_guard<std::mutex> lock(mutex_);
  if (problem) {
    problem->path = name;
    errors_.push_back(*problem);
    ::unlink(temp.c_str());
    std::erase(temps_, temp);
    return false;
  }
  staged_.push_back({name, temp, written.sha256, written.bytes.size()});
  return true;
}

bool OutputFolder::StageWorkbook(const std::string& name, const Workbook& workbook) {
  std::string temp = Begin(name);
  if (temp.empty()) return false;
  std::optional<PublishError> error = WriteXlsx(workbook, temp, ScratchFolderFor(workbook, temp));
  return FinishWorkbook(name, temp, error);
}

bool OutputFolder::StageWorkbook(const std::string& name, Workbook&& workbook) {
  std::string temp = Begin(name);
  if (temp.empty()) return false;
  std::optional<PublishError> error = WriteXlsx(workbook, temp, ScratchFolderFor(workbook, temp));
  // The model is not needed once written; reading the file back builds a DOM of its largest
  // sheet, so the two are never held at once.
  workbook = Workbook();
  return FinishWorkbook(name, temp, error);
}

bool OutputFolder::FinishWorkbook(const std::string& name, const std::string& temp,
                                  std::optional<PublishError> error) {
  if (!error) error = VerifyXlsx(temp);
  std::string why;
  if (!error && !SyncPath(temp, &why)) {
    error = PublishError{PublishError::Kind::kWriteFailed, name, why};
  }
  return Finish(name, temp, error ? &*error : nullptr);
}

bool OutputFolder::StageCsv(const std::string& name, const CsvTable& table) {
  CsvOutput csv = RenderCsv(table);
  if (!csv.bad_field.empty()) {
    AddError(PublishError::Kind::kBadText, name, csv.bad_field);
    return false;
  }
  return StageBytes(name, csv.bytes);
}

bool OutputFolder::StageBytes(const std::string& name, const std::string& bytes) {
  std::string temp = Begin(name);
  if (temp.empty()) return false;
  std::string why;
  if (!WriteFileDurably(temp, bytes, &why)) {
    PublishError error{PublishError::Kind::kWriteFailed, name, why};
    return Finish(name, temp, &error);
  }
  return Finish(name, temp, nullptr);
}

bool OutputFolder::Commit(const ManifestInfo& manifest) {
  std::lock_guard<std::mutex> lock(mutex_);
  published_.clear();
  superseded_.clear();
  std::vector<Rename> journal;
  if (!errors_.empty()) {
    Abandon(journal);
    return false;
  }
  std::string why;
  if (!MakeFolders(folder_, &created_folders_, &why)) {
    errors_.push_back({PublishError::Kind::kWriteFailed, kManifestName, why});
    Abandon(journal);
    return false;
  }
  std::sort(staged_.begin(), staged_.end(),
            [](const Staged& a, const Staged& b) { return a.name < b.name; });

  // What each staged file means for the folder; nothing changes before all are known.
  enum class Action { kNew, kSame, kReplace };
  std::vector<Action> actions;
  for (const Staged& s : staged_) {
    FileBytes existing = ReadFileBytes(folder_ + "/" + s.name);
    Action action = Action::kNew;
    if (existing.missing) {
      action = Action::kNew;
    } else if (!existing.error.empty()) {
      errors_.push_back({PublishError::Kind::kRenameFailed, s.name, existing.error});
    } else if (existing.sha256 == s.sha256 && existing.bytes.size() == s.size) {
      action = Action::kSame;
    } else if (force_) {
      action = Action::kReplace;
    } else {
      errors_.push_back({PublishError::Kind::kArchived, s.name, ""});
    }
    actions.push_back(action);
  }
  if (!errors_.empty()) {
    Abandon(journal);
    return false;
  }

  std::set<std::string> touched = {folder_};
  std::vector<std::string> superseded;
  for (size_t i = 0; i < staged_.size(); ++i) {
    const Staged& s = staged_[i];
    if (actions[i] == Action::kSame) continue;
    std::string target = folder_ + "/" + s.name;
    if (actions[i] == Action::kReplace) {
      std::string old = FreeSupersededName(target);
      if (!RenameNoReplace(target, old, &why)) {
        errors_.push_back({PublishError::Kind::kRenameFailed, s.name, why});
        Abandon(journal);
        return false;
      }
      journal.push_back({target, old});
      superseded.push_back(fs::path(old).lexically_relative(folder_).generic_string());
    }
    if (!RenameNoReplace(s.temp_path, target, &why)) {
      errors_.push_back({PublishError::Kind::kRenameFailed, s.name, why});
      Abandon(journal);
      return false;
    }
    journal.push_back({s.temp_path, target});
    touched.insert(ParentOf(target));
  }
  for (const std::string& dir : touched) {
    if (!SyncPath(dir, &why)) {
      errors_.push_back({PublishError::Kind::kRenameFailed, dir, why});
      Abandon(journal);
      return false;
    }
  }
  if (!WriteManifest(manifest, &journal)) {
    Abandon(journal);
    return false;
  }

  // Published: what is left are the temporary files of identical reports and the old manifest.
  for (const std::string& temp : temps_) ::unlink(temp.c_str());
  for (const Staged& s : staged_) published_.push_back(s.name);
  std::sort(superseded.begin(), superseded.end());
  superseded_ = std::move(superseded);
  temps_.clear();
  created_folders_.clear();
  staged_.clear();
  names_.clear();
  return true;
}

bool OutputFolder::WriteManifest(const ManifestInfo& info, std::vector<Rename>* journal) {
  const std::string path = folder_ + "/" + kManifestName;
  auto fail = [&](PublishError::Kind kind, const std::string& why) {
    errors_.push_back({kind, kManifestName, why});
    return false;
  };
  std::vector<ManifestFile> files;
  std::vector<std::string> others;
  std::string why;
  if (!ListFolderFiles(folder_, &files, &others, &why)) {
    return fail(PublishError::Kind::kWriteFailed, why);
  }
  std::string text = RenderManifest(info, std::move(files));
  FileBytes existing = ReadFileBytes(path);
  if (existing.error.empty() && !existing.missing && existing.bytes == text) return true;

  std::string temp = CreateTempFile(path, &why);
  if (temp.empty()) return fail(PublishError::Kind::kWriteFailed, why);
  temps_.push_back(temp);
  if (!WriteFileDurably(temp, text, &why)) return fail(PublishError::Kind::kWriteFailed, why);
  if (!existing.missing) {
    // The old manifest is moved aside (onto an empty temporary file of ours) so that a failure
    // can still put it back.
    std::string backup = CreateTempFile(path, &why);
    if (backup.empty()) return fail(PublishError::Kind::kWriteFailed, why);
    temps_.push_back(backup);
    if (std::rename(path.c_str(), backup.c_str()) != 0) {
      return fail(PublishError::Kind::kRenameFailed, SystemError(errno));
    }
    journal->push_back({path, backup});
  }
  if (!RenameNoReplace(temp, path, &why)) return fail(PublishError::Kind::kRenameFailed, why);
  journal->push_back({temp, path});
  if (!SyncPath(folder_, &why)) return fail(PublishError::Kind::kRenameFailed, why);
  return true;
}

void OutputFolder::Abandon(const std::vector<Rename>& journal) {
  for (auto it = journal.rbegin(); it != journal.rend(); ++it) {
    std::rename(it->to.c_str(), it->from.c_str());
  }
  for (const std::string& temp : temps_) ::unlink(temp.c_str());
  for (auto it = created_folders_.rbegin(); it != created_folders_.rend(); ++it) {
    ::rmdir(it->c_str());
  }
  if (!journal.empty()) {
    std::string ignored;
    SyncPath(folder_, &ignored);
  }
  temps_.clear();
  created_folders_.clear();
  staged_.clear();
  names_.clear();
}

}  // namespace kefu
