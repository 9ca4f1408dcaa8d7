#include "ingest/loader.h"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <map>
#include <set>
#include <thread>
#include <tuple>

#include "base/ascii.h"
#include "base/file_bytes.h"
#include "ingest/file_readers.h"
#include "ingest/policy_reader.h"
#include "ingest/record_schema.h"
#include "ingest/text_encoding.h"
#include "ingest/xml_safety.h"

namespace kefu {
namespace {

// What one input file yielded.
struct FileResult {
  Staging staging;
  std::vector<Diagnostic> diagnostics;
  RowCounts counts;
  Date last_date;
};

std::string JoinDisplay(const std::string& dir, const std::string& relative) {
  if (dir.empty() || dir == ".") return relative;
  if (dir.back() == '/') return dir + relative;
  return dir + "/" + relative;
}

// Discovery takes .xml in any case (a Windows export may be named .Xml), so the reader must too:
// otherwise such a file would be decoded as CSV and fail on its first tag.
bool EndsWithXml(std::string_view path) {
  return path.size() >= 4 && AsciiLower(path.substr(path.size() - 4)) == ".xml";
}

FileResult ReadOneFile(const LoadOptions& options, std::optional<DateRange> focus,
                       const Dataset& known, const RawAccounts& accounts, uint32_t file_index,
                       InputFile& info) {
  FileResult result;
  const std::string display = JoinDisplay(options.input_dir, info.path);
  RowContext ctx(SchemaOf(info.type), known, focus, file_index, display, result.staging,
                 result.diagnostics);
  ctx.set_accounts(&accounts);
  // Each reader thread keeps its buffer from file to file.
  thread_local std::string buffer;
  FileBytes file = ReadFileBytes(JoinDisplay(options.input_dir, info.path), std::move(buffer));
  if (file.not_regular) {
    ctx.Fatal(Reason::kNotRegularFile, 0);
    return result;
  }
  if (!file.error.empty() || file.missing) {
    ctx.Fatal(Reason::kFileUnreadable, 0, {file.missing ? "missing" : file.error});
    return result;
  }
  info.sha256 = file.sha256;
  if (EndsWithXml(info.path)) {
    info.encoding = "UTF-8";
    std::string encoding = DeclaredXmlEncoding(file.bytes);
    if (encoding == "gbk" || encoding == "gb2312" || encoding == "gb18030" || encoding == "cp936") {
      info.encoding = "GB18030";
    }
    ReadXmlRecords(std::move(file.bytes), ctx, result.counts);
    result.last_date = ctx.last_date();
    return result;
  }
  const bool has_bom = std::string_view(file.bytes).starts_with("\xEF\xBB\xBF");
  size_t bad = 0;
  std::optional<DecodedText> decoded = DecodeText(std::move(file.bytes), &bad);
  if (!decoded) {
    // With a BOM the bytes claim UTF-8 and are not; without one they are neither encoding.
    // (DecodeText leaves the bytes alone when it fails.)
    ctx.Fatal(has_bom ? Reason::kInvalidUtf8 : Reason::kUnknownEncoding,
              LineIndex(file.bytes).LineOf(static_cast<ptrdiff_t>(bad)));
    return result;
  }
  info.encoding = TextEncodingName(decoded->encoding);
  if (decoded->mixed_from_line > 0) {
    // Read as GB18030, the UTF-8 lines are garbled; read as UTF-8, the rest would be.
    ctx.Fatal(Reason::kMixedEncoding, decoded->mixed_from_line);
    return result;
  }
  ReadCsvRecords(decoded->text, ctx, result.counts);
  result.last_date = ctx.last_date();
  buffer = std::move(decoded->text);
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

// Resolves exact duplicates and duplicate keys among records of one type, kept in reading
// order: the first of a key is kept; a later identical record is a dropped duplicate; a later
// record with the same key and different values is rejected.
class Deduper {
 public:
  Deduper(Dataset& dataset, const std::string& input_dir, std::vector<Diagnostic>& diagnostics)
      : dataset_(dataset), input_dir_(input_dir), diagnostics_(diagnostics) {}

  template <typename T, typename KeyFn, typename ValuesFn, typename TextFn>
  void Run(std::vector<T>& records, RecordType type, KeyFn key, ValuesFn values, TextFn text) {
    std::stable_sort(records.begin(), records.end(),
                     [&](const T& a, const T& b) { return key(a) < key(b); });
    size_t out = 0;
    for (size_t i = 0; i < records.size(); ++i) {
      // Sorted by key: the kept record of i's key, if any, is the last one kept.
      if (out > 0 && key(records[i]) == key(records[out - 1])) {
        const T& first = records[out - 1];
        if (values(records[i]) == values(first)) {
          ++dataset_.files[records[i].source.file].duplicates;
        } else {
          RejectDuplicate(type, records[i].source, first.source, text(records[i]));
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
    Add(Severity::kReject, type, where, std::move(field), reason, std::move(original),
        std::move(args));
    ++dataset_.files[where.file].rejected;
  }

  // A warning; the caller counts it in the file's warned rows (once per row).
  void Warn(RecordType type, SourceRef where, std::string field, Reason reason,
            std::string original, std::vector<std::string> args = {}) {
    Add(Severity::kWarning, type, where, std::move(field), reason, std::move(original),
        std::move(args));
  }

  // "file:line" of a record, as diagnostics point at another row.
  std::string Where(SourceRef where) const {
    return fmt::format("{}:{}", JoinDisplay(input_dir_, dataset_.files[where.file].path),
                       where.line);
  }

 private:
  void Add(Severity severity, RecordType type, SourceRef where, std::string field, Reason reason,
           std::string original, std::vector<std::string> args) {
    Diagnostic d;
    d.severity = severity;
    d.type = type;
    d.file = JoinDisplay(input_dir_, dataset_.files[where.file].path);
    d.line = where.line;
    d.field = std::move(field);
    d.reason = reason;
    d.args = std::move(args);
    d.original = std::move(original);
    diagnostics_.push_back(std::move(d));
  }

  void RejectDuplicate(RecordType type, SourceRef later, SourceRef first, std::string original) {
    Reject(type, later, "", Reason::kDuplicateKey, std::move(original), {Where(first)});
  }

  Dataset& dataset_;
  const std::string& input_dir_;
  std::vector<Diagnostic>& diagnostics_;
};

// A rest entry beside a shift of the same employee and day (another month's export, a grid cell
// left empty) cannot both hold: the shift stands, and the rest entry is a warning rather than
// dropped unseen (inputs.md: nothing read is silently dropped). The entries are deduplicated and
// sorted by employee, date, shift, and a rest day (-1) sorts before any shift.
void DropRestBesideShift(Dataset& data, Deduper& dedupe) {
  std::vector<ScheduleEntry>& entries = data.schedule;
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
    dedupe.Warn(RecordType::kSchedule, r.source, "shift", Reason::kRestBesideShift,
                data.employees[r.employee].id + " " + r.date.Iso(),
                {dedupe.Where(shift.source), data.shifts[shift.shift].code});
    if (warned_rows.emplace(r.source.file, r.source.line).second) {
      ++data.files[r.source.file].warned;
    }
  }
  entries.resize(out);
}

}  // namespace

bool LoadResult::HasFatal() const { return CountOf(Severity::kFatal) > 0; }

size_t LoadResult::CountOf(Severity severity) const {
  return static_cast<size_t>(
      std::count_if(diagnostics.begin(), diagnostics.end(),
                    [&](const Diagnostic& d) { return d.severity == severity; }));
}

LoadResult LoadInput(const LoadOptions& options) {
  LoadResult result;
  Dataset& data = result.dataset;
  data.input_dir = options.input_dir;
  std::vector<Diagnostic>& diags = result.diagnostics;

  std::error_code ec;
  if (!std::filesystem::is_directory(options.input_dir, ec)) {
    Diagnostic d;
    d.severity = Severity::kFatal;
    d.file = options.input_dir;
    d.reason = Reason::kNotAFolder;
    diags.push_back(std::move(d));
    return result;
  }

  PolicyResult policy = ReadPolicy(JoinDisplay(options.input_dir, "policy.xml"),
                                   JoinDisplay(options.input_dir, "policy.xml"));
  data.policy = policy.policy;
  data.policy_sha256 = policy.sha256;
  const std::optional<DateRange> focus =
      options.focus_for_policy ? options.focus_for_policy(data.policy) : options.focus;
  Append(diags, policy.diagnostics);

  Discovery discovery = DiscoverInputFiles(options.input_dir);
  for (const std::string& ignored : discovery.ignored) {
    Diagnostic d;
    d.severity = Severity::kWarning;
    d.file = JoinDisplay(options.input_dir, ignored);
    d.reason = Reason::kIgnoredFile;
    diags.push_back(std::move(d));
  }
  for (const DiscoveryProblem& problem : discovery.problems) {
    Diagnostic d;
    d.severity = Severity::kFatal;
    d.file = JoinDisplay(options.input_dir, problem.path);
    d.reason = problem.reason;
    if (!problem.arg.empty()) d.args = {problem.arg};
    diags.push_back(std::move(d));
  }
  auto wanted = [&](RecordType type) {
    if (!options.only_types || type == RecordType::kEmployees || type == RecordType::kShifts ||
        type == RecordType::kCalendar) {
      return true;
    }
    return std::find(options.only_types->begin(), options.only_types->end(), type) !=
           options.only_types->end();
  };
  for (const DiscoveredFile& f : discovery.files) {
    if (!wanted(f.type)) continue;
    InputFile info;
    info.path = f.path;
    info.type = f.type;
    data.files.push_back(std::move(info));
  }
  const size_t file_count = data.files.size();
  std::vector<FileResult> results(file_count);
  std::atomic<size_t> started{0};
  RawAccounts accounts;  // filled once the employees are read
  auto read = [&](size_t i) {
    if (options.on_file) options.on_file(data.files[i].path, started++, file_count);
    results[i] =
        ReadOneFile(options, focus, data, accounts, static_cast<uint32_t>(i), data.files[i]);
    data.files[i].rows_read = results[i].counts.rows_read;
    data.files[i].rejected = results[i].counts.rejected;
    data.files[i].warned = results[i].counts.warned;
    data.files[i].last_date = results[i].last_date;
  };
  auto files_of = [&](std::initializer_list<RecordType> types) {
    std::vector<size_t> indexes;
    for (size_t i = 0; i < file_count; ++i) {
      if (std::find(types.begin(), types.end(), data.files[i].type) != types.end()) {
        indexes.push_back(i);
      }
    }
    return indexes;
  };
  Deduper dedupe(data, options.input_dir, diags);

  // 1. Employees, shifts and the calendar: everything else refers to them.
  std::vector<size_t> reference =
      files_of({RecordType::kEmployees, RecordType::kShifts, RecordType::kCalendar});
  ParallelFor(reference.size(), options.jobs, [&](size_t k) { read(reference[k]); });
  std::vector<CalendarDay> calendar_days;
  std::vector<StagedEmployee> employees;
  for (size_t i : reference) {
    Append(employees, results[i].staging.employees);
    Append(data.shifts, results[i].staging.shifts);
    Append(calendar_days, results[i].staging.calendar);
  }
  // Personal data is compared by its digest: masked, two different phone numbers can look alike.
  dedupe.Run(
      employees, RecordType::kEmployees, [](const StagedEmployee& e) { return std::tie(e.id); },
      [](const StagedEmployee& e) {
        return std::tie(e.id, e.name, e.department, e.team, e.role, e.account, e.grade, e.hire_date,
                        e.grade_since, e.left, e.left_date, e.personal_digest);
      },
      [](const StagedEmployee& e) { return e.id; });
  // Accounts are matched as written (R-C1): the map of raw accounts lives only while reading. Two
  // employees sharing a system account would make every login ambiguous: the first keeps it.
  for (size_t i = 0; i < employees.size(); ++i) {
    const StagedEmployee& e = employees[i];
    if (e.raw_account.empty()) continue;
    auto [it, inserted] = accounts.emplace(e.raw_account, static_cast<EmployeeIndex>(i));
    if (inserted) continue;
    Diagnostic d;
    d.severity = Severity::kWarning;
    d.type = RecordType::kEmployees;
    d.file = JoinDisplay(options.input_dir, data.files[e.source.file].path);
    d.line = e.source.line;
    d.field = "account";
    d.reason = Reason::kDuplicateAccount;
    d.args = {employees[it->second].id};
    d.original = e.account;  // masked
    diags.push_back(std::move(d));
    ++data.files[e.source.file].warned;
  }
  data.employees.reserve(employees.size());
  for (StagedEmployee& e : employees) data.employees.push_back(std::move(e));  // digest dropped
  employees.clear();
  // Shifts keep their input order (the department's own order for legends).
  std::vector<Shift> shifts = data.shifts;
  dedupe.Run(
      shifts, RecordType::kShifts, [](const Shift& s) { return std::tie(s.code); },
      [](const Shift& s) {
        return std::tie(s.code, s.name, s.start, s.end, s.break_minutes, s.night);
      },
      [](const Shift& s) { return s.code; });
  std::vector<Shift> ordered;
  for (Shift& s : data.shifts) {
    bool kept = std::any_of(shifts.begin(), shifts.end(),
                            [&](const Shift& k) { return k.source == s.source; });
    if (kept) ordered.push_back(std::move(s));
  }
  data.shifts = std::move(ordered);
  dedupe.Run(
      calendar_days, RecordType::kCalendar, [](const CalendarDay& d) { return d.date; },
      [](const CalendarDay& d) { return std::tie(d.date, d.kind, d.name); },
      [](const CalendarDay& d) { return d.date.Iso(); });
  data.calendar = Calendar(std::move(calendar_days));

  // 2. Everything else, in parallel: the lookups above are read-only from here on.
  std::vector<size_t> rest;
  for (size_t i = 0; i < file_count; ++i) {
    if (std::find(reference.begin(), reference.end(), i) == reference.end()) rest.push_back(i);
  }
  ParallelFor(rest.size(), options.jobs, [&](size_t k) { read(rest[k]); });

  // 3. Merge in file order.
  for (size_t i : rest) {
    Staging& s = results[i].staging;
    std::vector<uint32_t> remap(s.strings.strings().size(), 0);
    for (size_t d = 1; d < remap.size(); ++d)
      remap[d] = data.strings.Intern(s.strings.strings()[d]);
    for (Punch& p : s.punches) p.device = remap[p.device];
    for (Login& l : s.logins) {
      l.account = remap[l.account];
      l.system = remap[l.system];
      l.ip = remap[l.ip];
    }
    Append(data.schedule, s.schedule);
    Append(data.changes, s.changes);
    Append(data.punches, s.punches);
    Append(data.leaves, s.leaves);
    Append(data.scores, s.scores);
    Append(data.quarter_grades, s.quarter_grades);
    Append(data.honors, s.honors);
    Append(data.discipline, s.discipline);
    Append(data.probations, s.probations);
    Append(data.nominations, s.nominations);
    Append(data.handovers, s.handovers);
    Append(data.security_handovers, s.security_handovers);
    Append(data.logins, s.logins);
  }

  // 4. Duplicates: one record per key; exact copies are dropped and counted.
  auto id_of = [&](EmployeeIndex e) { return data.employees[e].id; };
  // A schedule entry is keyed by its shift too: a double shift is two entries (the roster check
  // reports it when the two overlap), and the same entry exported twice is a duplicate.
  auto schedule_values = [](const ScheduleEntry& r) {
    return std::tie(r.employee, r.date, r.shift);
  };
  dedupe.Run(data.schedule, RecordType::kSchedule, schedule_values, schedule_values,
             [&](const ScheduleEntry& r) { return id_of(r.employee) + " " + r.date.Iso(); });
  DropRestBesideShift(data, dedupe);
  dedupe.Run(
      data.changes, RecordType::kScheduleChanges,
      [](const ScheduleChange& r) { return std::tie(r.employee, r.date); },
      [](const ScheduleChange& r) {
        return std::tie(r.employee, r.date, r.to_shift, r.has_from_shift, r.from_shift,
                        r.approved_by, r.approved_on, r.reason);
      },
      [&](const ScheduleChange& r) { return id_of(r.employee) + " " + r.date.Iso(); });
  auto punch_values = [](const Punch& r) { return std::tie(r.employee, r.time, r.device); };
  dedupe.Run(data.punches, RecordType::kPunches, punch_values, punch_values,
             [&](const Punch& r) { return id_of(r.employee) + " " + r.time.Iso(); });
  auto leave_values = [](const Leave& r) {
    return std::tie(r.employee, r.type, r.start, r.end, r.approved_by);
  };
  dedupe.Run(data.leaves, RecordType::kLeave, leave_values, leave_values,
             [&](const Leave& r) { return id_of(r.employee) + " " + r.start.Iso(); });
  dedupe.Run(
      data.scores, RecordType::kMonthlyScores,
      [](const MonthlyScore& r) { return std::tie(r.employee, r.month); },
      [](const MonthlyScore& r) { return std::tie(r.employee, r.month, r.score_tenths); },
      [&](const MonthlyScore& r) { return id_of(r.employee) + " " + r.month.Iso(); });
  dedupe.Run(
      data.quarter_grades, RecordType::kQuarterlyGrades,
      [](const QuarterlyGrade& r) { return std::tie(r.employee, r.quarter); },
      [](const QuarterlyGrade& r) { return std::tie(r.employee, r.quarter, r.grade); },
      [&](const QuarterlyGrade& r) { return id_of(r.employee) + " " + r.quarter.Iso(); });
  auto honor_values = [](const Honor& r) { return std::tie(r.employee, r.date, r.title); };
  dedupe.Run(data.honors, RecordType::kHonors, honor_values, honor_values,
             [&](const Honor& r) { return id_of(r.employee) + " " + r.date.Iso(); });
  auto discipline_values = [](const Discipline& r) {
    return std::tie(r.employee, r.date, r.severity, r.clause, r.note);
  };
  dedupe.Run(data.discipline, RecordType::kDiscipline, discipline_values, discipline_values,
             [&](const Discipline& r) { return id_of(r.employee) + " " + r.date.Iso(); });
  auto probation_values = [](const Probation& r) { return std::tie(r.employee, r.date, r.passed); };
  dedupe.Run(data.probations, RecordType::kProbation, probation_values, probation_values,
             [&](const Probation& r) { return id_of(r.employee) + " " + r.date.Iso(); });
  auto nomination_values = [](const Nomination& r) {
    return std::tie(r.employee, r.date, r.step, r.target_grade, r.by, r.result);
  };
  dedupe.Run(data.nominations, RecordType::kNominations, nomination_values, nomination_values,
             [&](const Nomination& r) { return id_of(r.employee) + " " + r.date.Iso(); });

  // 5. Departments of handover records (rules.md: required when there are several).
  std::vector<std::string> departments = data.Departments();
  auto resolve_department = [&](std::string& department, RecordType type, SourceRef where) {
    if (department.empty() && departments.size() == 1) {
      department = departments[0];
      return true;
    }
    if (std::binary_search(departments.begin(), departments.end(), department)) return true;
    dedupe.Reject(type, where, "department", Reason::kBadDepartment, department);
    return false;
  };
  std::erase_if(data.handovers, [&](Handover& h) {
    return !resolve_department(h.department, RecordType::kHandovers, h.source);
  });
  std::erase_if(data.security_handovers, [&](SecurityHandover& h) {
    return !resolve_department(h.department, RecordType::kSecurityHandovers, h.source);
  });
  auto handover_key = [](const Handover& r) {
    return std::tie(r.department, r.date, r.from_shift, r.to_shift);
  };
  dedupe.Run(
      data.handovers, RecordType::kHandovers, handover_key,
      [](const Handover& r) {
        return std::tie(r.department, r.date, r.from_shift, r.to_shift, r.has_time, r.time,
                        r.time_second, r.outgoing, r.incoming, r.recorder, r.outgoing_signed,
                        r.incoming_signed, r.lead_signed, r.refused, r.refuse_reason,
                        r.escalated_to, r.items);
      },
      [&](const Handover& r) { return r.department + " " + r.date.Iso(); });
  auto security_values = [](const SecurityHandover& r) {
    return std::tie(r.department, r.date, r.time, r.time_second, r.direction, r.cs_staff,
                    r.security_staff, r.entries, r.urgent, r.escalated_to);
  };
  dedupe.Run(data.security_handovers, RecordType::kSecurityHandovers, security_values,
             security_values,
             [&](const SecurityHandover& r) { return r.department + " " + r.date.Iso(); });
  // The owner was matched on the raw account: two accounts that mask alike stay apart.
  auto login_values = [](const Login& r) {
    return std::tie(r.owner, r.account, r.time, r.system, r.ip);
  };
  dedupe.Run(data.logins, RecordType::kLogins, login_values, login_values,
             [&](const Login& r) { return data.strings.Get(r.account) + " " + r.time.Iso(); });

  // 6. Diagnostics in file order, then line order.
  for (size_t i = 0; i < file_count; ++i) Append(diags, results[i].diagnostics);
  std::map<std::string, size_t, std::less<>> file_order;
  for (size_t i = 0; i < file_count; ++i) {
    file_order.emplace(JoinDisplay(options.input_dir, data.files[i].path), i + 1);
  }
  SortByFileAndLine(diags, [&](const std::string& file) {
    auto it = file_order.find(file);
    return it == file_order.end() ? size_t{0} : it->second;  // policy.xml, the folder: first
  });

  data.BuildIndexes();
  return result;
}

}  // namespace kefu
