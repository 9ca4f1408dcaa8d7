#include "ingest/loader.h"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <map>
#include <set>
#include <thread>
#include <tuple>

#include "base/file_bytes.h"
#include "ingest/input_formats.h"
#include "ingest/record_schema.h"

namespace kefu {
namespace {

// What one input file yielded.
struct FileResult {
  Staging staging;
  std::vector<Diagnostic> diagnostics;
  RowCounts counts;
  Date last_date;
};

// Reads input file `info` (number `file_index`) with its format's reader.
FileResult ReadOneFile(const std::string& input_dir, std::optional<DateRange> focus,
                       const Dataset& known, const RawAccounts& accounts, uint32_t file_index,
                       InputFile& info) {
  FileResult result;
  RowContext ctx(SchemaOf(info.type), known, focus, file_index, info.path, result.staging,
                 result.diagnostics);
  ctx.set_accounts(&accounts);
  // Each reader thread keeps its buffer from file to file.
  thread_local std::string buffer;
  FileBytes file = ReadFileBytes(InInputFolder(input_dir, info.path), std::move(buffer));
  if (file.not_regular) {
    ctx.Fatal(Reason::kNotRegularFile, 0);
    return result;
  }
  if (!file.error.empty() || file.missing) {
    ctx.Fatal(Reason::kFileUnreadable, 0, {file.missing ? "missing" : file.error});
    return result;
  }
  info.sha256 = file.sha256;
  // Discovery takes only the files of an input format.
  FormatOf(info.path)->read(file.bytes, ctx, result.counts, info.encoding);
  result.last_date = ctx.last_date();
  buffer = std::move(file.bytes);
  return result;
}

// Runs `task(i)` for i in [0, count) on up to `jobs` threads.
template <typename Task>
void ParallelFor(size_t count, int jobs, Task task) {
  size_t threads = std::min<size_t>(count, static_cast<size_t>(std::max(jobs, 1)));
  if (threads <= 1) {
    for (size_t i = 0; i < count; ++i) task(i);
    return;
  }
  std::atomic<size_t> next{0};
  std::vector<std::thread> pool;
  for (size_t t = 0; t < threads; ++t) {
    pool.emplace_back([&] {
      for (size_t i = next++; i < count; i = next++) task(i);
    });
  }
  for (std::thread& th : pool) th.join();
}

template <typename T>
void Append(std::vector<T>& to, std::vector<T>& from) {
  if (to.empty()) {
    to = std::move(from);
  } else {
    to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
  }
  from.clear();
}

// Two records are the same when they are equal in everything but where they were read.
template <typename T>
bool SameRecord(const T& later, const T& first) {
  T moved = later;
  moved.source = first.source;
  return moved == first;
}

// Resolves exact duplicates and duplicate keys among records of one type, kept in reading
// order: the first of a key is kept; a later identical record (SameRecord) is a dropped
// duplicate; a later record with the same key and different values is rejected.
class Deduper {
 public:
  Deduper(Dataset& dataset, std::vector<Diagnostic>& diagnostics)
      : dataset_(dataset), diagnostics_(diagnostics) {}

  // `key` gives what identifies a record of the type; `text` quotes a rejected one.
  template <typename T, typename KeyFn, typename TextFn>
  void Run(std::vector<T>& records, RecordType type, KeyFn key, TextFn text) {
    std::stable_sort(records.begin(), records.end(),
                     [&](const T& a, const T& b) { return key(a) < key(b); });
    size_t out = 0;
    for (size_t i = 0; i < records.size(); ++i) {
      // Sorted by key: the kept record of i's key, if any, is the last one kept.
      if (out > 0 && key(records[i]) == key(records[out - 1])) {
        const T& first = records[out - 1];
        if (SameRecord(records[i], first)) {
          ++dataset_.files[records[i].source.file].duplicates;
        } else {
          Reject(type, records[i].source, "", Reason::kDuplicateKey, text(records[i]),
                 {Where(first.source)});
        }
        continue;
      }
      if (out != i) records[out] = std::move(records[i]);
      ++out;
    }
    records.resize(out);
  }

  void Reject(RecordType type, SourceRef where, std::string field, Reason reason,
              std::string original, std::vector<std::string> args = {}) {
    diagnostics_.push_back(RejectAt(dataset_.PlaceOf(type, where), reason, std::move(field),
                                    std::move(original), std::move(args)));
    ++dataset_.files[where.file].rejected;
  }

  // A warning; the caller counts it in the file's warned rows (once per row).
  void Warn(RecordType type, SourceRef where, std::string field, Reason reason,
            std::string original, std::vector<std::string> args = {}) {
    diagnostics_.push_back(WarningAt(dataset_.PlaceOf(type, where), reason, std::move(field),
                                     std::move(original), std::move(args)));
  }

  // "file:line" of a record, as diagnostics point at another row (InputPlaceArgument).
  std::string Where(SourceRef where) const {
    return fmt::format("{}:{}", dataset_.SourcePath(where.file), where.line);
  }

 private:
  Dataset& dataset_;
  std::vector<Diagnostic>& diagnostics_;
};

// The record types that every other record refers to: read first, on their own.
bool IsReferenceType(RecordType type) {
  return type == RecordType::kEmployees || type == RecordType::kShifts ||
         type == RecordType::kCalendar;
}

// One load, step by step in the order the data goes (LoadInput).
class Loader {
 public:
  Loader(const LoadOptions& options, const PolicyResult& policy, LoadResult& result)
      : options_(options),
        policy_(policy),
        data_(result.dataset),
        diagnostics_(result.diagnostics),
        dedupe_(result.dataset, result.diagnostics) {}

  void Run() {
    TakePolicy();
    DiscoverFiles();
    ReadFiles(reference_files_);
    ResolveReferenceRecords();
    ReadFiles(other_files_);  // the lookups above are read-only from here on
    MergeOtherRecords();
    ResolveDuplicates();
    CheckDepartments();
    SortDiagnostics();
    data_.BuildIndexes();
  }

 private:
  // The policy the app read (its diagnostics first).
  void TakePolicy() {
    data_.policy = policy_.policy;
    data_.policy_sha256 = policy_.sha256;
    diagnostics_.insert(diagnostics_.end(), policy_.diagnostics.begin(), policy_.diagnostics.end());
  }

  // Which files to read: the wanted record types' files of the folder, in reading order. What
  // is there and not read is a warning; what cannot be followed is fatal.
  void DiscoverFiles() {
    Discovery discovery = DiscoverInputFiles(options_.input_dir);
    for (const std::string& ignored : discovery.ignored) {
      diagnostics_.push_back(WarningAt(InFile(ignored), Reason::kIgnoredFile));
    }
    for (const DiscoveryProblem& problem : discovery.problems) {
      std::vector<std::string> args;
      if (!problem.arg.empty()) args = {problem.arg};
      diagnostics_.push_back(FatalAt(InFile(problem.path), problem.reason, "", "", args));
    }
    for (const DiscoveredFile& f : discovery.files) {
      if (!Wanted(f.type)) continue;
      InputFile info;
      info.path = f.path;
      info.type = f.type;
      (IsReferenceType(f.type) ? reference_files_ : other_files_).push_back(data_.files.size());
      data_.files.push_back(std::move(info));
    }
    results_.resize(data_.files.size());
  }

  bool Wanted(RecordType type) const {
    if (!options_.only_types || IsReferenceType(type)) return true;
    return std::find(options_.only_types->begin(), options_.only_types->end(), type) !=
           options_.only_types->end();
  }

  // Reads the files `indexes` on up to --jobs threads, each with its format's reader.
  void ReadFiles(const std::vector<size_t>& indexes) {
    const size_t count = data_.files.size();
    ParallelFor(indexes.size(), options_.jobs, [&](size_t k) {
      const size_t i = indexes[k];
      InputFile& file = data_.files[i];
      if (options_.on_file) options_.on_file(file.path, started_++, count);
      results_[i] = ReadOneFile(options_.input_dir, options_.focus, data_, accounts_,
                                static_cast<uint32_t>(i), file);
      file.rows_read = results_[i].counts.rows_read;
      file.rejected = results_[i].counts.rejected;
      file.warned = results_[i].counts.warned;
      file.last_date = results_[i].last_date;
    });
  }

  // Employees, shifts and the calendar: one record per key, the accounts of the employees for
  // matching logins, and the shifts in their input order.
  void ResolveReferenceRecords() {
    std::vector<CalendarDay> calendar_days;
    std::vector<StagedEmployee> employees;
    for (size_t i : reference_files_) {
      Append(employees, results_[i].staging.employees);
      Append(data_.shifts, results_[i].staging.shifts);
      Append(calendar_days, results_[i].staging.calendar);
    }
    // Personal data is compared by its digest: masked, two different phone numbers can look
    // alike.
    dedupe_.Run(
        employees, RecordType::kEmployees, [](const StagedEmployee& e) { return std::tie(e.id); },
        [](const StagedEmployee& e) { return e.id; });
    MatchAccounts(employees);
    data_.employees.reserve(employees.size());
    for (StagedEmployee& e : employees) data_.employees.push_back(std::move(e));  // digest dropped
    // Shifts keep their input order (the department's own order for legends).
    std::vector<Shift> shifts = data_.shifts;
    dedupe_.Run(
        shifts, RecordType::kShifts, [](const Shift& s) { return std::tie(s.code); },
        [](const Shift& s) { return s.code; });
    std::vector<Shift> ordered;
    for (Shift& s : data_.shifts) {
      bool kept = std::any_of(shifts.begin(), shifts.end(),
                              [&](const Shift& k) { return k.source == s.source; });
      if (kept) ordered.push_back(std::move(s));
    }
    data_.shifts = std::move(ordered);
    dedupe_.Run(
        calendar_days, RecordType::kCalendar, [](const CalendarDay& d) { return d.date; },
        [](const CalendarDay& d) { return d.date.Iso(); });
    data_.calendar = Calendar(std::move(calendar_days));
  }

  // Accounts are matched as written (R-C1): the map of raw accounts lives only while reading.
  // Two employees sharing a system account would make every login ambiguous: the first keeps
  // it.
  void MatchAccounts(const std::vector<StagedEmployee>& employees) {
    for (size_t i = 0; i < employees.size(); ++i) {
      const StagedEmployee& e = employees[i];
      if (e.raw_account.empty()) continue;
      auto [it, inserted] = accounts_.emplace(e.raw_account, static_cast<EmployeeIndex>(i));
      if (inserted) continue;
      diagnostics_.push_back(WarningAt(data_.PlaceOf(RecordType::kEmployees, e.source),
                                       Reason::kDuplicateAccount, "account",
                                       e.account,  // masked
                                       {employees[it->second].id}));
      ++data_.files[e.source.file].warned;
    }
  }

  // The other files' records into the dataset, in file order, with their strings in the
  // dataset's pool.
  void MergeOtherRecords() {
    for (size_t i : other_files_) {
      Staging& s = results_[i].staging;
      std::vector<uint32_t> remap(s.strings.strings().size(), 0);
      for (size_t d = 1; d < remap.size(); ++d) {
        remap[d] = data_.strings.Intern(s.strings.strings()[d]);
      }
      for (Punch& p : s.punches) p.device = remap[p.device];
      for (Login& l : s.logins) {
        l.account = remap[l.account];
        l.system = remap[l.system];
        l.ip = remap[l.ip];
      }
      Append(data_.schedule, s.schedule);
      Append(data_.changes, s.changes);
      Append(data_.punches, s.punches);
      Append(data_.leaves, s.leaves);
      Append(data_.scores, s.scores);
      Append(data_.quarter_grades, s.quarter_grades);
      Append(data_.honors, s.honors);
      Append(data_.discipline, s.discipline);
      Append(data_.probations, s.probations);
      Append(data_.nominations, s.nominations);
      Append(data_.handovers, s.handovers);
      Append(data_.security_handovers, s.security_handovers);
      Append(data_.logins, s.logins);
    }
  }

  // One record per key; exact copies are dropped and counted.
  void ResolveDuplicates() {
    Dataset& data = data_;
    auto id_of = [&](EmployeeIndex e) { return data.employees[e].id; };
    // A schedule entry is keyed by its shift too: a double shift is two entries (the roster
    // check reports it when the two overlap), and the same entry exported twice is a duplicate.
    dedupe_.Run(
        data.schedule, RecordType::kSchedule,
        [](const ScheduleEntry& r) { return std::tie(r.employee, r.date, r.shift); },
        [&](const ScheduleEntry& r) { return id_of(r.employee) + " " + r.date.Iso(); });
    DropRestBesideShift();
    dedupe_.Run(
        data.changes, RecordType::kScheduleChanges,
        [](const ScheduleChange& r) { return std::tie(r.employee, r.date); },
        [&](const ScheduleChange& r) { return id_of(r.employee) + " " + r.date.Iso(); });
    dedupe_.Run(
        data.punches, RecordType::kPunches,
        [](const Punch& r) { return std::tie(r.employee, r.time, r.device); },
        [&](const Punch& r) { return id_of(r.employee) + " " + r.time.Iso(); });
    dedupe_.Run(
        data.leaves, RecordType::kLeave,
        [](const Leave& r) { return std::tie(r.employee, r.type, r.start, r.end, r.approved_by); },
        [&](const Leave& r) { return id_of(r.employee) + " " + r.start.Iso(); });
    dedupe_.Run(
        data.scores, RecordType::kMonthlyScores,
        [](const MonthlyScore& r) { return std::tie(r.employee, r.month); },
        [&](const MonthlyScore& r) { return id_of(r.employee) + " " + r.month.Iso(); });
    dedupe_.Run(
        data.quarter_grades, RecordType::kQuarterlyGrades,
        [](const QuarterlyGrade& r) { return std::tie(r.employee, r.quarter); },
        [&](const QuarterlyGrade& r) { return id_of(r.employee) + " " + r.quarter.Iso(); });
    dedupe_.Run(
        data.honors, RecordType::kHonors,
        [](const Honor& r) { return std::tie(r.employee, r.date, r.title); },
        [&](const Honor& r) { return id_of(r.employee) + " " + r.date.Iso(); });
    dedupe_.Run(
        data.discipline, RecordType::kDiscipline,
        [](const Discipline& r) {
          return std::tie(r.employee, r.date, r.severity, r.clause, r.note);
        },
        [&](const Discipline& r) { return id_of(r.employee) + " " + r.date.Iso(); });
    dedupe_.Run(
        data.probations, RecordType::kProbation,
        [](const Probation& r) { return std::tie(r.employee, r.date, r.passed); },
        [&](const Probation& r) { return id_of(r.employee) + " " + r.date.Iso(); });
    dedupe_.Run(
        data.nominations, RecordType::kNominations,
        [](const Nomination& r) {
          return std::tie(r.employee, r.date, r.step, r.target_grade, r.by, r.result);
        },
        [&](const Nomination& r) { return id_of(r.employee) + " " + r.date.Iso(); });
  }

  // A rest entry beside a shift of the same employee and day (another month's export, a grid
  // cell left empty) cannot both hold: the shift stands, and the rest entry is a warning rather
  // than dropped unseen (inputs.md: nothing read is silently dropped). The entries are
  // deduplicated and sorted by employee, date, shift, and a rest day (-1) sorts before any
  // shift.
  void DropRestBesideShift() {
    std::vector<ScheduleEntry>& entries = data_.schedule;
    // A grid row's cells share a line: its row is counted as warned once.
    std::set<std::pair<uint32_t, uint32_t>> warned_rows;
    size_t out = 0;
    for (size_t i = 0; i < entries.size(); ++i) {
      const ScheduleEntry& r = entries[i];
      bool shadowed = r.shift == kRestDay && i + 1 < entries.size() &&
                      entries[i + 1].employee == r.employee && entries[i + 1].date == r.date;
      if (!shadowed) {
        entries[out++] = r;
        continue;
      }
      const ScheduleEntry& shift = entries[i + 1];
      dedupe_.Warn(RecordType::kSchedule, r.source, "shift", Reason::kRestBesideShift,
                   data_.employees[r.employee].id + " " + r.date.Iso(),
                   {dedupe_.Where(shift.source), data_.shifts[shift.shift].code});
      if (warned_rows.emplace(r.source.file, r.source.line).second) {
        ++data_.files[r.source.file].warned;
      }
    }
    entries.resize(out);
  }

  // Records checked against each other: the department of handover records (rules.md: required
  // when there are several), then one handover record per key.
  void CheckDepartments() {
    Dataset& data = data_;
    std::vector<std::string> departments = data.Departments();
    auto resolve_department = [&](std::string& department, RecordType type, SourceRef where) {
      if (department.empty() && departments.size() == 1) {
        department = departments[0];
        return true;
      }
      if (std::binary_search(departments.begin(), departments.end(), department)) return true;
      dedupe_.Reject(type, where, "department", Reason::kBadDepartment, department);
      return false;
    };
    std::erase_if(data.handovers, [&](Handover& h) {
      return !resolve_department(h.department, RecordType::kHandovers, h.source);
    });
    std::erase_if(data.security_handovers, [&](SecurityHandover& h) {
      return !resolve_department(h.department, RecordType::kSecurityHandovers, h.source);
    });
    dedupe_.Run(
        data.handovers, RecordType::kHandovers,
        [](const Handover& r) { return std::tie(r.department, r.date, r.from_shift, r.to_shift); },
        [&](const Handover& r) { return r.department + " " + r.date.Iso(); });
    dedupe_.Run(
        data.security_handovers, RecordType::kSecurityHandovers,
        [](const SecurityHandover& r) {
          return std::tie(r.department, r.date, r.time, r.time_second, r.direction, r.cs_staff,
                          r.security_staff, r.entries, r.urgent, r.escalated_to);
        },
        [&](const SecurityHandover& r) { return r.department + " " + r.date.Iso(); });
    // The owner was matched on the raw account: two accounts that mask alike stay apart.
    dedupe_.Run(
        data.logins, RecordType::kLogins,
        [](const Login& r) { return std::tie(r.owner, r.account, r.time, r.system, r.ip); },
        [&](const Login& r) { return data.strings.Get(r.account) + " " + r.time.Iso(); });
  }

  // Diagnostics in file order, then line order (the policy and the folder first).
  void SortDiagnostics() {
    for (FileResult& r : results_) Append(diagnostics_, r.diagnostics);
    std::map<std::string, size_t, std::less<>> file_order;
    for (size_t i = 0; i < data_.files.size(); ++i) file_order.emplace(data_.files[i].path, i + 1);
    SortByFileAndLine(diagnostics_, [&](const std::string& file) {
      auto it = file_order.find(file);
      return it == file_order.end() ? size_t{0} : it->second;
    });
  }

  const LoadOptions& options_;
  const PolicyResult& policy_;
  Dataset& data_;
  std::vector<Diagnostic>& diagnostics_;
  Deduper dedupe_;
  std::vector<size_t> reference_files_;  // indexes into data_.files
  std::vector<size_t> other_files_;
  std::vector<FileResult> results_;  // by file index
  std::atomic<size_t> started_{0};   // files handed to a reader (progress)
  RawAccounts accounts_;             // filled once the employees are read
};

}  // namespace

std::string InInputFolder(const std::string& input_dir, const std::string& relative) {
  if (relative.empty()) return input_dir;
  if (input_dir.empty() || input_dir == ".") return relative;
  if (input_dir.back() == '/') return input_dir + relative;
  return input_dir + "/" + relative;
}

PolicyResult ReadInputPolicy(const std::string& input_dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(input_dir, ec)) return {};
  return ReadPolicy(InInputFolder(input_dir, "policy.xml"), "policy.xml");
}

bool LoadResult::HasFatal() const { return CountOf(Severity::kFatal) > 0; }

size_t LoadResult::CountOf(Severity severity) const {
  return static_cast<size_t>(
      std::count_if(diagnostics.begin(), diagnostics.end(),
                    [&](const Diagnostic& d) { return d.severity == severity; }));
}

LoadResult LoadInput(const LoadOptions& options, const PolicyResult& policy) {
  LoadResult result;
  std::error_code ec;
  if (!std::filesystem::is_directory(options.input_dir, ec)) {
    result.diagnostics.push_back(FatalAt(InFile(""), Reason::kNotAFolder));  // the folder itself
    return result;
  }
  Loader(options, policy, result).Run();
  return result;
}

}  // namespace kefu
