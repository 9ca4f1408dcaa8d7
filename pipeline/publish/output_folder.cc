#include "publish/output_folder.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <filesystem>
#include <optional>

#include "base/sha256.h"
#include "publish/csv_writer.h"
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

// "dossiers/E007.xlsx" → ("dossiers", "E007.xlsx"); "a.csv" → ("", "a.csv").
std::pair<std::string, std::string> SplitName(const std::string& name) {
  size_t slash = name.rfind('/');
  if (slash == std::string::npos) return {"", name};
  return {name.substr(0, slash), name.substr(slash + 1)};
}

std::string Join(const std::string& folder, const std::string& name) {
  return folder.empty() ? name : folder + "/" + name;
}

// The path through which libxlsxwriter and the read-back open a staged file: the descriptor
// kefu opened, so that nothing put at the file's name meanwhile is written or read instead.
std::string DescriptorPath(int fd, const std::string& fallback) {
  static const bool proc = ::access("/proc/self/fd", X_OK) == 0;
  return proc ? fmt::format("/proc/self/fd/{}", fd) : fallback;
}

// Where libxlsxwriter keeps its working files (about two dozen per workbook, each deleted as
// soon as it is opened). A small workbook's go to memory (/dev/shm): creating thousands of
// files in the output folder for a batch of dossiers costs more than writing them. A large,
// constant-memory workbook's go to the staging folder, on the disk that will hold the report.
std::string ScratchFolderFor(const Workbook& workbook, const std::string& staging) {
  static const bool shm_usable = ::access("/dev/shm", W_OK | X_OK) == 0;
  if (!workbook.constant_memory && shm_usable) return "/dev/shm";
  return staging;
}

std::string Injected() { return "injected failure (KEFU_TEST_FAIL_AT)"; }

}  // namespace

// What publishing means for the folder, worked out by Check before anything changes.
struct OutputFolder::Plan {
  struct Subfolder {
    std::string name;
    bool replace_link = false;  // else: make it
    std::string link;
  };
  enum class Action { kNew, kSame, kReplace, kOverLink };
  struct File {
    size_t staged = 0;
    Action action = Action::kNew;
    std::string link;
  };
  std::vector<Subfolder> subfolders;
  std::vector<File> files;         // in name order
  std::vector<std::string> stale;  // files no longer produced, to move aside (--force)
};

OutputFolder::OutputFolder(OutputRoot& root, std::string relative, bool force, Mode mode)
    : root_(&root), relative_(std::move(relative)), force_(force), mode_(mode) {
  while (!relative_.empty() && relative_.back() == '/') relative_.pop_back();
  folder_ = root.path() + "/" + relative_;
}

OutputFolder::OutputFolder(std::string folder, bool force, Mode mode) : force_(force), mode_(mode) {
  while (folder.size() > 1 && folder.back() == '/') folder.pop_back();
  fs::path path(folder.empty() ? "." : folder);
  std::string parent = path.parent_path().string();
  own_root_ = std::make_unique<OutputRoot>(parent.empty() ? "." : parent);
  root_ = own_root_.get();
  relative_ = path.filename().string();
  folder_ = folder;
}

OutputFolder::~OutputFolder() {
  std::lock_guard<std::mutex> lock(mutex_);
  if (!committed_) Abandon();
  folder_fd_.Reset();
}

bool OutputFolder::refused() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return !errors_.empty() && std::all_of(errors_.begin(), errors_.end(), [](const PublishError& e) {
    return e.kind == PublishError::Kind::kArchived || e.kind == PublishError::Kind::kNotProduced;
  });
}

std::vector<std::string> OutputFolder::superseded() const {
  std::vector<std::string> names;
  for (const Moved& m : moved_) names.push_back(m.to);
  std::sort(names.begin(), names.end());
  return names;
}

std::string OutputFolder::Display(const std::string& path) const {
  std::string joined = fs::path(folder_ + "/" + path).lexically_normal().string();
  while (joined.size() > 1 && joined.back() == '/') joined.pop_back();
  return joined;
}

void OutputFolder::AddError(PublishError::Kind kind, const std::string& path,
                            const std::string& detail) {
  std::lock_guard<std::mutex> lock(mutex_);
  errors_.push_back({kind, path, detail});
}

bool OutputFolder::Open() {
  if (opened_) return staging_fd_.ok();
  opened_ = true;
  PublishError failure;
  if (!root_->Acquire(&failure)) {
    if (failure.kind != PublishError::Kind::kLockTimeout) {
      failure.path = fs::path(failure.path).lexically_relative(folder_).generic_string();
    } else {
      failure.path = fs::path(root_->path()).lexically_relative(folder_).generic_string();
    }
    errors_.push_back(failure);
    return false;
  }
  // From the root down, one component at a time: a link on the way is refused, not followed.
  Fd dir(::dup(root_->fd()));
  std::string done;
  for (const fs::path& part : fs::path(relative_)) {
    const std::string name = part.string();
    if (name.empty() || name == ".") continue;
    const std::string where =
        fs::path(Join(done, name)).lexically_relative(relative_).generic_string();
    Fd next = OpenFolderAt(dir.get(), name);
    if (!next.ok() && errno == ENOENT) {
      if (!PublicationStep()) {
        errors_.push_back({PublishError::Kind::kWriteFailed, where, Injected()});
        return false;
      }
      if (::mkdirat(dir.get(), name.c_str(), 0777) == 0) {
        Created made{Fd(::dup(dir.get())), name, {}};
        IdAt(dir.get(), name, &made.id);
        created_.push_back(std::move(made));
      }
      next = OpenFolderAt(dir.get(), name);
    }
    if (!next.ok()) {
      const int error = errno;
      struct stat st {};
      if (::fstatat(dir.get(), name.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 &&
          S_ISLNK(st.st_mode)) {
        char text[PATH_MAX] = {};
        ssize_t n = ::readlinkat(dir.get(), name.c_str(), text, sizeof text - 1);
        errors_.push_back({PublishError::Kind::kLink, where, n > 0 ? std::string(text, n) : ""});
      } else if (error == ENOTDIR) {
        errors_.push_back({PublishError::Kind::kNotRegular, where, SystemError(ENOTDIR)});
      } else {
        errors_.push_back({PublishError::Kind::kWriteFailed, where, SystemError(error)});
      }
      return false;
    }
    dir = std::move(next);
    done = Join(done, name);
  }
  folder_fd_ = std::move(dir);
  char real[PATH_MAX] = {};
  ssize_t n =
      ::readlink(fmt::format("/proc/self/fd/{}", folder_fd_.get()).c_str(), real, sizeof real - 1);
  std::error_code ec;
  real_folder_ = n > 0 ? std::string(real, n) : fs::canonical(folder_, ec).string();

  for (int attempt = 0; attempt < 100 && !staging_fd_.ok(); ++attempt) {
    std::string name = NewStagingName();
    if (!PublicationStep()) {
      errors_.push_back({PublishError::Kind::kWriteFailed, ".", Injected()});
      return false;
    }
    if (::mkdirat(folder_fd_.get(), name.c_str(), 0700) != 0) {
      if (errno == EEXIST) continue;
      errors_.push_back({PublishError::Kind::kWriteFailed, ".", SystemError(errno)});
      return false;
    }
    staging_fd_ = OpenFolderAt(folder_fd_.get(), name);
    if (!staging_fd_.ok()) {
      errors_.push_back({PublishError::Kind::kWriteFailed, name, SystemError(errno)});
      return false;
    }
    staging_name_ = name;
    staging_id_ = IdOf(staging_fd_.get());
  }
  if (!staging_fd_.ok()) {
    errors_.push_back({PublishError::Kind::kWriteFailed, ".", SystemError(EEXIST)});
    return false;
  }
  return true;
}

int OutputFolder::TargetDir(const std::string& subfolder) {
  if (subfolder.empty()) return folder_fd_.get();
  Fd& fd = target_dirs_[subfolder];
  if (!fd.ok()) fd = OpenFolderAt(folder_fd_.get(), subfolder);
  return fd.get();
}

int OutputFolder::StagingDir(const std::string& subfolder) {
  if (subfolder.empty()) return staging_fd_.get();
  Fd& fd = staging_dirs_[subfolder];
  if (!fd.ok()) {
    if (::mkdirat(staging_fd_.get(), subfolder.c_str(), 0700) != 0 && errno != EEXIST) return -1;
    fd = OpenFolderAt(staging_fd_.get(), subfolder);
  }
  return fd.get();
}

Fd OutputFolder::Begin(const std::string& name) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (!IsValidName(name) || !names_.insert(name).second) {
    errors_.push_back({PublishError::Kind::kBadName, name, ""});
    return Fd();
  }
  if (!Open()) return Fd();
  auto [sub, base] = SplitName(name);
  int dir = StagingDir(sub);
  if (dir < 0 || !PublicationStep()) {
    errors_.push_back(
        {PublishError::Kind::kWriteFailed, name, dir < 0 ? SystemError(errno) : Injected()});
    return Fd();
  }
  Fd fd(::openat(dir, base.c_str(), O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666));
  if (!fd.ok()) errors_.push_back({PublishError::Kind::kWriteFailed, name, SystemError(errno)});
  return fd;
}

bool OutputFolder::Finish(const std::string& name, Fd fd, std::optional<PublishError> error) {
  auto [sub, base] = SplitName(name);
  int dir;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    dir = StagingDir(sub);
  }
  FileHash hash;
  FileId id = IdOf(fd.get());
  if (!error) {
    FileId there;
    hash = HashFileAt(dir, base);
    if (!IdAt(dir, base, &there) || there != id) {
      error = PublishError{PublishError::Kind::kWriteFailed, name, SystemError(EEXIST)};
    } else if (hash.missing || !hash.error.empty()) {
      error = PublishError{PublishError::Kind::kWriteFailed, name,
                           hash.missing ? SystemError(ENOENT) : hash.error};
    }
  }
  std::lock_guard<std::mutex> lock(mutex_);
  if (error) {
    error->path = name;
    errors_.push_back(*error);
    // Only the file this object created goes: the name must still hold it.
    FileId there;
    if (IdAt(dir, base, &there) && there == id) ::unlinkat(dir, base.c_str(), 0);
    return false;
  }
  staged_.push_back({name, id, hash.sha256, hash.size});
  return true;
}

bool OutputFolder::StageWorkbook(const std::string& name, const Workbook& workbook) {
  return StageWorkbook(name, workbook, nullptr);
}

bool OutputFolder::StageWorkbook(const std::string& name, Workbook&& workbook) {
  return StageWorkbook(name, workbook, &workbook);
}

bool OutputFolder::StageWorkbook(const std::string& name, const Workbook& workbook,
                                 Workbook* release) {
  Fd fd = Begin(name);
  if (!fd.ok()) return false;
  const std::string staging = folder_ + "/" + staging_name_;
  const std::string path = DescriptorPath(fd.get(), staging + "/" + name);
  std::optional<PublishError> error =
      WriteXlsx(workbook, path, ScratchFolderFor(workbook, staging));
  // The model is not needed once written; reading the file back builds a DOM of its largest
  // sheet, so the two are never held at once.
  if (release) *release = Workbook();
  if (!error) error = VerifyXlsx(path);
  std::string why;
  if (!error && !SyncFd(fd.get(), &why)) {
    error = PublishError{PublishError::Kind::kWriteFailed, name, why};
  }
  return Finish(name, std::move(fd), error);
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
  Fd fd = Begin(name);
  if (!fd.ok()) return false;
  std::string why;
  if (!WriteAllAndSync(fd.get(), bytes, &why)) {
    return Finish(name, std::move(fd), PublishError{PublishError::Kind::kWriteFailed, name, why});
  }
  return Finish(name, std::move(fd), std::nullopt);
}

bool OutputFolder::LinkInside(const std::string& path, std::string* text, bool* is_folder) {
  char buffer[PATH_MAX] = {};
  ssize_t n = ::readlinkat(folder_fd_.get(), path.c_str(), buffer, sizeof buffer - 1);
  if (n <= 0) return false;
  *text = std::string(buffer, static_cast<size_t>(n));
  fs::path target(*text);
  if (!target.is_absolute())
    target = fs::path(real_folder_) / fs::path(path).parent_path() / target;
  std::error_code ec;
  fs::path resolved = fs::weakly_canonical(target, ec);
  if (ec) return false;
  fs::path inside = resolved.lexically_relative(real_folder_);
  if (inside.empty() || *inside.begin() == ".." || *inside.begin() == "." ||
      inside.begin()->string() == staging_name_) {
    return false;
  }
  *is_folder = fs::is_directory(resolved, ec);
  return true;
}

bool OutputFolder::Check() {
  std::lock_guard<std::mutex> lock(mutex_);
  plan_.reset();
  if (!errors_.empty() || !Open()) return false;
  std::sort(staged_.begin(), staged_.end(),
            [](const Staged& a, const Staged& b) { return a.name < b.name; });
  std::vector<TreeEntry> entries;
  std::string why;
  if (!ListTree(folder_fd_.get(), {staging_name_}, &entries, &why)) {
    errors_.push_back({PublishError::Kind::kWriteFailed, ".", why});
    return false;
  }
  std::map<std::string, const TreeEntry*> by_path;
  for (const TreeEntry& e : entries) by_path[e.path] = &e;
  auto plan = std::make_unique<Plan>();
  std::set<std::string> planned = {kManifestName};
  // A link where a file goes is replaced only when it points inside the folder (not at a
  // folder); anything else is refused, naming it.
  auto link_at_file = [&](const std::string& path, std::string* text) {
    bool is_folder = false;
    if (!LinkInside(path, text, &is_folder)) {
      errors_.push_back({PublishError::Kind::kLink, path, *text});
      return false;
    }
    if (is_folder) {
      errors_.push_back({PublishError::Kind::kNotRegular, path, SystemError(EISDIR)});
      return false;
    }
    return true;
  };

  // The subfolders the files go into.
  std::set<std::string> subfolders;
  for (const Staged& s : staged_) {
    auto [sub, base] = SplitName(s.name);
    if (!sub.empty()) subfolders.insert(sub);
  }
  std::set<std::string> new_subfolders;
  for (const std::string& sub : subfolders) {
    planned.insert(sub);
    auto it = by_path.find(sub);
    if (it == by_path.end()) {
      plan->subfolders.push_back({sub, false, ""});
      new_subfolders.insert(sub);
    } else if (it->second->type == TreeEntry::Type::kLink) {
      std::string text;
      bool is_folder = false;
      if (!LinkInside(sub, &text, &is_folder)) {
        errors_.push_back({PublishError::Kind::kLink, sub, text});
      } else if (!is_folder) {
        errors_.push_back({PublishError::Kind::kNotRegular, sub, SystemError(ENOTDIR)});
      } else {
        plan->subfolders.push_back({sub, true, text});
        new_subfolders.insert(sub);
      }
    } else if (it->second->type != TreeEntry::Type::kFolder) {
      errors_.push_back({PublishError::Kind::kNotRegular, sub, SystemError(ENOTDIR)});
    } else if (::faccessat(folder_fd_.get(), sub.c_str(), W_OK | X_OK, AT_EACCESS) != 0) {
      errors_.push_back({PublishError::Kind::kWriteFailed, sub, SystemError(errno)});
    }
  }

  for (size_t i = 0; i < staged_.size(); ++i) {
    const Staged& s = staged_[i];
    planned.insert(s.name);
    Plan::File file{i, Plan::Action::kNew, ""};
    auto [sub, base] = SplitName(s.name);
    auto it = by_path.find(s.name);
    if (new_subfolders.count(sub) || it == by_path.end()) {
      plan->files.push_back(file);
      continue;
    }
    const TreeEntry& entry = *it->second;
    if (entry.type == TreeEntry::Type::kFile) {
      FileHash old = HashFileAt(folder_fd_.get(), s.name);
      if (!old.error.empty()) {
        errors_.push_back({PublishError::Kind::kRenameFailed, s.name, old.error});
        continue;
      }
      if (old.sha256 == s.sha256 && old.size == s.size) {
        file.action = Plan::Action::kSame;
      } else if (force_) {
        file.action = Plan::Action::kReplace;
      } else {
        errors_.push_back({PublishError::Kind::kArchived, s.name, ""});
        continue;
      }
    } else if (entry.type == TreeEntry::Type::kLink) {
      std::string text;
      if (!link_at_file(s.name, &text)) continue;
      // What the link shows is the archived report (the file it points to, inside this
      // folder, stays where it is). A link to nothing inside the folder archives nothing.
      Fd target(::openat(folder_fd_.get(), s.name.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC));
      FileHash old = target.ok() ? HashFd(target.get()) : FileHash{};
      bool same = target.ok() && old.error.empty() && old.sha256 == s.sha256 && old.size == s.size;
      if (!same && target.ok() && !force_) {
        errors_.push_back({PublishError::Kind::kArchived, s.name, ""});
        continue;
      }
      file.action = Plan::Action::kOverLink;
      file.link = text;
    } else {
      errors_.push_back(
          {PublishError::Kind::kNotRegular, s.name,
           entry.type == TreeEntry::Type::kFolder ? SystemError(EISDIR) : SystemError(EINVAL)});
      continue;
    }
    plan->files.push_back(file);
  }

  // manifest.json, and everything else in the folder.
  for (const TreeEntry& e : entries) {
    if (planned.count(e.path)) {
      if (e.path != kManifestName) continue;
      if (e.type == TreeEntry::Type::kLink) {
        std::string text;
        link_at_file(e.path, &text);
      } else if (e.type != TreeEntry::Type::kFile) {
        errors_.push_back({PublishError::Kind::kNotRegular, e.path, SystemError(EISDIR)});
      }
      continue;
    }
    // Files under a folder that is being replaced were listed above already.
    switch (e.type) {
      case TreeEntry::Type::kFolder:
        break;
      case TreeEntry::Type::kLink: {
        char text[PATH_MAX] = {};
        ssize_t n = ::readlinkat(folder_fd_.get(), e.path.c_str(), text, sizeof text - 1);
        errors_.push_back(
            {PublishError::Kind::kStrayLink, e.path, n > 0 ? std::string(text, n) : ""});
        break;
      }
      case TreeEntry::Type::kOther:
        errors_.push_back({PublishError::Kind::kNotRegular, e.path, SystemError(EINVAL)});
        break;
      case TreeEntry::Type::kFile:
        if (mode_ == Mode::kCollection || IsSupersededName(fs::path(e.path).filename().string())) {
          break;
        }
        if (force_) {
          plan->stale.push_back(e.path);
        } else {
          errors_.push_back({PublishError::Kind::kNotProduced, e.path, ""});
        }
        break;
    }
  }
  if (!errors_.empty()) return false;
  plan_ = std::move(plan);
  return true;
}

bool OutputFolder::Do(Step step, unsigned flags) {
  std::string why;
  if (step.path.empty()) step.path = step.to;
  if (!PublicationStep()) {
    errors_.push_back({PublishError::Kind::kRenameFailed, step.path, Injected()});
    return false;
  }
  bool ok = true;
  switch (step.kind) {
    case Step::Kind::kRenamed:
    case Step::Kind::kExchanged:
    case Step::Kind::kReplacedLink:
      ok = RenameAt(step.from_dir, step.from, step.to_dir, step.to, flags, &why);
      break;
    case Step::Kind::kMadeFolder:
      ok = ::mkdirat(step.to_dir, step.to.c_str(), 0777) == 0 &&
           IdAt(step.to_dir, step.to, &step.id);
      if (!ok) why = SystemError(errno);
      break;
    case Step::Kind::kReplacedFolderLink:
      // The link goes (what it points to stays), and a real folder takes its place. Once the
      // link is gone, undo must put it back, whether or not the folder could be made.
      if (::unlinkat(step.to_dir, step.to.c_str(), 0) != 0) {
        ok = false;
        why = SystemError(errno);
        break;
      }
      journal_.push_back(step);
      if (::mkdirat(step.to_dir, step.to.c_str(), 0777) != 0 ||
          !IdAt(step.to_dir, step.to, &journal_.back().id)) {
        errors_.push_back({PublishError::Kind::kRenameFailed, step.path, SystemError(errno)});
        return false;
      }
      return true;
  }
  if (!ok) {
    errors_.push_back({PublishError::Kind::kRenameFailed, step.path, why});
    return false;
  }
  journal_.push_back(step);
  return true;
}

bool OutputFolder::Commit(const ManifestInfo& manifest) {
  if (!plan_ && !Check()) {
    std::lock_guard<std::mutex> lock(mutex_);
    Abandon();
    if (own_root_) own_root_->Release();
    return false;
  }
  std::lock_guard<std::mutex> lock(mutex_);
  published_.clear();
  moved_.clear();
  links_replaced_.clear();
  if (!Apply(manifest)) {
    Abandon();
    if (own_root_) own_root_->Release();
    return false;
  }
  committed_ = true;
  // A folder on its own holds its root's lock no longer than its publication.
  if (own_root_) own_root_->Release();
  return true;
}

bool OutputFolder::Apply(const ManifestInfo& manifest) {
  const Plan& plan = *plan_;
  const int folder = folder_fd_.get();
  std::vector<Moved> moved;
  std::vector<std::string> replaced_links;
  for (const Plan::Subfolder& sub : plan.subfolders) {
    target_dirs_.erase(sub.name);
    Step step{sub.replace_link ? Step::Kind::kReplacedFolderLink : Step::Kind::kMadeFolder,
              -1,
              "",
              folder,
              sub.name,
              sub.link,
              {},
              sub.name};
    if (!Do(step, 0)) return false;
    if (sub.replace_link) replaced_links.push_back(sub.name);
  }
  // Files no longer produced go aside first: the folder never holds more than one run's files
  // as current ones.
  for (const std::string& path : plan.stale) {
    auto [sub, base] = SplitName(path);
    int dir = TargetDir(sub);
    std::string aside = FreeSupersededName(dir, base);
    if (!Do({Step::Kind::kRenamed, dir, base, dir, aside, "", {}, path}, RENAME_NOREPLACE)) {
      return false;
    }
    moved.push_back({path, Join(sub, aside), false});
  }
  for (const Plan::File& file : plan.files) {
    const Staged& s = staged_[file.staged];
    if (file.action == Plan::Action::kSame) continue;
    auto [sub, base] = SplitName(s.name);
    int dir = TargetDir(sub);
    int staging = StagingDir(sub);
    if (dir < 0 || staging < 0) {
      errors_.push_back({PublishError::Kind::kRenameFailed, s.name, SystemError(errno)});
      return false;
    }
    if (file.action == Plan::Action::kReplace) {
      std::string aside = FreeSupersededName(dir, base);
      if (!Do({Step::Kind::kRenamed, dir, base, dir, aside, "", {}, s.name}, RENAME_NOREPLACE)) {
        return false;
      }
      moved.push_back({s.name, Join(sub, aside), true});
    }
    // The staged file must still be the one written and checked: a regular file (never a link,
    // whatever inode number it got), the same inode, the same size.
    struct stat st {};
    if (::fstatat(staging, base.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode) ||
        FileId{st.st_dev, st.st_ino} != s.id || static_cast<uint64_t>(st.st_size) != s.size) {
      errors_.push_back({PublishError::Kind::kRenameFailed, s.name, SystemError(EEXIST)});
      return false;
    }
    if (file.action == Plan::Action::kOverLink) {
      if (!Do({Step::Kind::kReplacedLink, staging, base, dir, base, file.link, {}, s.name}, 0)) {
        return false;
      }
      replaced_links.push_back(s.name);
    } else if (!Do({Step::Kind::kRenamed, staging, base, dir, base, "", {}, s.name},
                   RENAME_NOREPLACE)) {
      return false;
    }
  }
  std::string why;
  for (const auto& [sub, fd] : target_dirs_) {
    if (fd.ok() && !SyncFd(fd.get(), &why)) {
      errors_.push_back({PublishError::Kind::kRenameFailed, sub, why});
      return false;
    }
  }
  if (!SyncFd(folder, &why)) {
    errors_.push_back({PublishError::Kind::kRenameFailed, ".", why});
    return false;
  }
  if (!WriteManifest(manifest)) return false;

  // Published: the staging folder holds the files found identical and the old manifest.
  // The clean-up is a step a kill can interrupt (the next run removes what is left), but not
  // one whose failure undoes the publication: everything is in place by now.
  PublicationStep();
  if (!RemoveTreeAt(folder, staging_name_, staging_id_)) {
    errors_.push_back({PublishError::Kind::kWriteFailed, staging_name_, SystemError(errno)});
  }
  staging_fd_.Reset();
  staging_dirs_.clear();
  for (const Staged& s : staged_) published_.push_back(s.name);
  std::sort(moved.begin(), moved.end(), [](const Moved& a, const Moved& b) { return a.to < b.to; });
  moved_ = std::move(moved);
  std::sort(replaced_links.begin(), replaced_links.end());
  links_replaced_ = std::move(replaced_links);
  created_.clear();
  journal_.clear();
  staged_.clear();
  names_.clear();
  plan_.reset();
  return true;
}

bool OutputFolder::WriteManifest(const ManifestInfo& info) {
  const int folder = folder_fd_.get();
  std::vector<TreeEntry> entries;
  std::string why;
  if (!ListTree(folder, {staging_name_}, &entries, &why)) {
    errors_.push_back({PublishError::Kind::kWriteFailed, kManifestName, why});
    return false;
  }
  std::map<std::string, const Staged*> current;
  for (const Staged& s : staged_) current[s.name] = &s;
  std::vector<ManifestFile> outputs, superseded;
  for (const TreeEntry& e : entries) {
    if (e.type != TreeEntry::Type::kFile || e.path == kManifestName) continue;
    auto it = current.find(e.path);
    if (it != current.end()) {
      outputs.push_back({e.path, it->second->sha256, it->second->size});
      continue;
    }
    FileHash hash = HashFileAt(folder, e.path);
    if (hash.missing) continue;
    if (!hash.error.empty()) {
      errors_.push_back({PublishError::Kind::kWriteFailed, e.path, hash.error});
      return false;
    }
    bool kept =
        mode_ == Mode::kCollection && !IsSupersededName(fs::path(e.path).filename().string());
    (kept ? outputs : superseded).push_back({e.path, hash.sha256, hash.size});
  }
  std::string text = RenderManifest(info, std::move(outputs), std::move(superseded));
  FileHash existing = HashFileAt(folder, kManifestName);
  if (existing.error.empty() && !existing.missing && existing.size == text.size() &&
      existing.sha256 == Sha256Hex(text)) {
    return true;
  }
  if (!PublicationStep()) {
    errors_.push_back({PublishError::Kind::kWriteFailed, kManifestName, Injected()});
    return false;
  }
  Fd fd(::openat(staging_fd_.get(), kManifestName,
                 O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666));
  if (!fd.ok() || !WriteAllAndSync(fd.get(), text, &why)) {
    errors_.push_back(
        {PublishError::Kind::kWriteFailed, kManifestName, fd.ok() ? why : SystemError(errno)});
    return false;
  }
  // The old manifest (or a link to it inside the folder) changes places with the new one in one
  // step, and waits in the staging folder until the publication is complete.
  FileId old_id;
  const bool there = IdAt(folder, kManifestName, &old_id);
  Step step{there ? Step::Kind::kExchanged : Step::Kind::kRenamed,
            staging_fd_.get(),
            kManifestName,
            folder,
            kManifestName,
            "",
            {},
            kManifestName};
  if (!Do(step, there ? RENAME_EXCHANGE : RENAME_NOREPLACE)) return false;
  if (!SyncFd(folder, &why)) {
    errors_.push_back({PublishError::Kind::kRenameFailed, kManifestName, why});
    return false;
  }
  return true;
}

void OutputFolder::Abandon() {
  // Undo in reverse order; each undo only moves back what the step moved.
  for (auto it = journal_.rbegin(); it != journal_.rend(); ++it) {
    const Step& step = *it;
    std::string why;
    bool ok = true;
    switch (step.kind) {
      case Step::Kind::kRenamed:
        ok = RenameAt(step.to_dir, step.to, step.from_dir, step.from, RENAME_NOREPLACE, &why);
        break;
      case Step::Kind::kExchanged:
        ok = RenameAt(step.to_dir, step.to, step.from_dir, step.from, RENAME_EXCHANGE, &why);
        break;
      case Step::Kind::kReplacedLink:
        ok = RenameAt(step.to_dir, step.to, step.from_dir, step.from, RENAME_NOREPLACE, &why) &&
             ::symlinkat(step.link.c_str(), step.to_dir, step.to.c_str()) == 0;
        if (!ok && why.empty()) why = SystemError(errno);
        break;
      case Step::Kind::kMadeFolder:
      case Step::Kind::kReplacedFolderLink: {
        FileId id;
        ok = IdAt(step.to_dir, step.to, &id) && id == step.id &&
             ::unlinkat(step.to_dir, step.to.c_str(), AT_REMOVEDIR) == 0;
        if (ok && step.kind == Step::Kind::kReplacedFolderLink) {
          ok = ::symlinkat(step.link.c_str(), step.to_dir, step.to.c_str()) == 0;
        }
        if (!ok) why = SystemError(errno);
        break;
      }
    }
    if (!ok) errors_.push_back({PublishError::Kind::kRollbackFailed, step.path, why});
  }
  bool had_journal = !journal_.empty();
  bool undone = std::none_of(errors_.begin(), errors_.end(), [](const PublishError& e) {
    return e.kind == PublishError::Kind::kRollbackFailed;
  });
  journal_.clear();
  target_dirs_.clear();
  staging_dirs_.clear();
  if (staging_fd_.ok()) {
    staging_fd_.Reset();
    // After an undo that failed, the staging folder may hold what could not be put back (the
    // old manifest): it stays for the user, and the next run reports it as it removes it.
    if (undone) RemoveTreeAt(folder_fd_.get(), staging_name_, staging_id_);
  }
  if (had_journal && folder_fd_.ok()) {
    std::string ignored;
    SyncFd(folder_fd_.get(), &ignored);
  }
  folder_fd_.Reset();
  for (auto it = created_.rbegin(); it != created_.rend(); ++it) {
    FileId id;
    if (IdAt(it->parent.get(), it->name, &id) && id == it->id) {
      ::unlinkat(it->parent.get(), it->name.c_str(), AT_REMOVEDIR);  // only when empty
    }
  }
  created_.clear();
  staged_.clear();
  names_.clear();
  plan_.reset();
  opened_ = false;
}

}  // namespace kefu
