#include "rules/handover/handover_audit.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "rules/attendance/punch_assignment.h"
#include "rules/attendance/shift_instances.h"

namespace kefu {
namespace {

// A pair of shifts where one ends when the other starts.
struct ShiftPair {
  ShiftIndex from;
  ShiftIndex to;
  std::string name;  // "A>B"
};

std::vector<ShiftPair> HandoverPairs(const Dataset& data) {
  std::vector<ShiftPair> pairs;
  for (size_t x = 0; x < data.shifts.size(); ++x) {
    for (size_t y = 0; y < data.shifts.size(); ++y) {
      if (x == y || data.shifts[x].end != data.shifts[y].start) continue;
      pairs.push_back({static_cast<ShiftIndex>(x), static_cast<ShiftIndex>(y),
                       data.shifts[x].code + ">" + data.shifts[y].code});
    }
  }
  std::sort(pairs.begin(), pairs.end(),
            [](const ShiftPair& a, const ShiftPair& b) { return a.name < b.name; });
  return pairs;
}

// Resolves a person named in a record: an employee id, or else a name that belongs to exactly
// one employee of the department.
std::optional<EmployeeIndex> ResolvePerson(const Dataset& data, const std::string& department,
                                           const std::string& who) {
  if (who.empty()) return std::nullopt;
  if (std::optional<EmployeeIndex> e = data.FindEmployee(who)) return e;
  std::optional<EmployeeIndex> found;
  for (EmployeeIndex i = 0; i < data.employees.size(); ++i) {
    const Employee& e = data.employees[i];
    if (e.name != who || e.department != department) continue;
    if (found) return std::nullopt;  // ambiguous
    found = i;
  }
  return found;
}

// A security handover's time as written: 08:01, or 08:01:30 when it carries seconds.
std::string ClockText(const SecurityHandover& s) {
  if (s.time_second == 0) return s.time.Hhmm();
  return fmt::format("{}:{:02}", s.time.Hhmm(), s.time_second);
}

// True when a security handover was written within `tolerance_minutes` of the slot, to the
// second: 08:30:30 is outside a 30-minute tolerance of 08:00.
bool WithinTolerance(const SecurityHandover& s, ClockTime slot, int tolerance_minutes) {
  int written = s.time.minutes() * 60 + s.time_second;
  return std::abs(written - slot.minutes() * 60) <= tolerance_minutes * 60;
}

class Auditor {
 public:
  Auditor(const Dataset& data, DateRange days) : data_(data), days_(days) {}

  HandoverAudit Run() {
    pairs_ = HandoverPairs(data_);
    const Policy& policy = data_.policy;
    morning_point_ = "security-" + policy.security_morning.Hhmm();
    evening_point_ = "security-" + policy.security_evening.Hhmm();
    for (const ShiftPair& p : pairs_) audit_.points.push_back(p.name);
    audit_.points.push_back(morning_point_);
    audit_.points.push_back(evening_point_);

    for (const std::string& department : data_.Departments()) AuditDepartment(department);

    std::stable_sort(audit_.findings.begin(), audit_.findings.end(),
                     [](const HandoverFinding& a, const HandoverFinding& b) {
                       return std::tie(a.department, a.date, a.point, a.rule) <
                              std::tie(b.department, b.date, b.point, b.rule);
                     });
    return std::move(audit_);
  }

 private:
  // Staffed shift instances of a department: (date, shift) → the employees on it.
  using Staffing = std::map<std::pair<Date, ShiftIndex>, std::vector<EmployeeIndex>>;

  Staffing StaffingOf(const std::string& department) {
    Staffing staffing;
    DateRange range{days_.first.AddDays(-1), days_.last};
    for (EmployeeIndex e = 0; e < data_.employees.size(); ++e) {
      const Employee& person = data_.employees[e];
      if (person.department != department) continue;
      for (const ShiftInstance& in : InstancesOf(data_, e, range)) {
        if (in.date < person.hire_date) continue;
        if (person.HasLeftBy(in.date.AddDays(-1))) continue;  // left before this day
        staffing[{in.date, in.shift}].push_back(e);
        instances_[e].push_back(in);
      }
    }
    return staffing;
  }

  void Add(const std::string& department, Date date, const std::string& point, const char* rule,
           HandoverDetail detail, std::vector<std::string> args, const SourceRef* source,
           PointState* state) {
    HandoverFinding f;
    f.department = department;
    f.date = date;
    f.point = point;
    f.rule = rule;
    f.detail = detail;
    f.args = std::move(args);
    if (source) {
      f.source = *source;
      f.has_source = true;
    }
    audit_.findings.push_back(std::move(f));
    if (state && std::string_view(rule) != "anomaly") state->failed.emplace_back(rule);
  }

  // The clock-in and clock-out of `employee`'s instance of `shift` on `date`.
  std::optional<ClockPair> ClockOf(EmployeeIndex employee, Date date, ShiftIndex shift) {
    auto& cache = clocks_[employee];
    if (!cache.computed) {
      cache.computed = true;
      const std::vector<ShiftInstance>& instances = instances_[employee];
      std::span<const Punch> punches = data_.PunchesOf(employee);
      AssignedPunches assigned = AssignPunches(instances, punches, data_.policy);
      for (size_t i = 0; i < instances.size(); ++i) {
        cache.pairs[{instances[i].date, instances[i].shift}] =
            ClockInOut(instances[i], punches, assigned.by_instance[i]);
      }
    }
    auto it = cache.pairs.find({date, shift});
    if (it == cache.pairs.end()) return std::nullopt;
    return it->second;
  }

  void AuditDepartment(const std::string& department) {
    Staffing staffing = StaffingOf(department);
    auto staffed = [&](Date date, ShiftIndex shift) { return staffing.count({date, shift}) > 0; };
    const Policy& policy = data_.policy;

    // Records of this department, by point.
    std::map<std::tuple<Date, ShiftIndex, ShiftIndex>, const Handover*> records;
    for (const Handover& h : data_.handovers) {
      if (h.department != department || !days_.Contains(h.date)) continue;
      records.emplace(std::tuple(h.date, h.from_shift, h.to_shift), &h);
    }
    std::set<const Handover*> matched;

    for (Date date = days_.first; date <= days_.last; date = date.AddDays(1)) {
      HandoverDay day;
      day.department = department;
      day.date = date;
      day.points.resize(audit_.points.size());
      for (size_t p = 0; p < pairs_.size(); ++p) {
        const ShiftPair& pair = pairs_[p];
        const Shift& from = data_.shifts[pair.from];
        // The outgoing instance ends on `date`; it started the day before when it crosses
        // midnight (rules.md: the point is dated by the calendar day of the moment).
        Date from_date = from.CrossesMidnight() ? date.AddDays(-1) : date;
        if (!staffed(from_date, pair.from) || !staffed(date, pair.to)) continue;
        PointState& state = day.points[p];
        state.exists = true;
        ++audit_.points_checked;
        auto it = records.find({date, pair.from, pair.to});
        if (it == records.end()) {
          Add(department, date, pair.name, "R-H1", HandoverDetail::kNoRecord, {}, nullptr, &state);
          continue;
        }
        matched.insert(it->second);
        CheckRecord(*it->second, pair, from_date, state);
      }
      if (data_.calendar.IsWorkingDay(date)) {
        CheckSecurity(department, date, SecurityDirection::kMorning, policy.security_morning,
                      morning_point_, day.points[pairs_.size()]);
        CheckSecurity(department, date, SecurityDirection::kEvening, policy.security_evening,
                      evening_point_, day.points[pairs_.size() + 1]);
      }
      audit_.days.push_back(std::move(day));
    }
    // R-H9 for every urgent security handover of the period, matched to a slot or not.
    for (const SecurityHandover& s : data_.security_handovers) {
      if (s.department != department || !days_.Contains(s.date)) continue;
      if (!s.urgent || !s.escalated_to.empty()) continue;
      const std::string& point =
          s.direction == SecurityDirection::kMorning ? morning_point_ : evening_point_;
      PointState* state = nullptr;
      for (HandoverDay& d : audit_.days) {
        if (d.department == department && d.date == s.date) {
          state = &d.points[pairs_.size() + (s.direction == SecurityDirection::kMorning ? 0 : 1)];
        }
      }
      Add(department, s.date, point, "R-H9", HandoverDetail::kUrgentNotEscalated, {ClockText(s)},
          &s.source, state);
    }
    // A record that matches no staffed point is a warning in the data issues.
    for (const auto& [key, record] : records) {
      if (matched.count(record)) continue;
      Diagnostic d;
      d.severity = Severity::kWarning;
      d.type = RecordType::kHandovers;
      d.file = data_.SourcePath(record->source.file);
      d.line = record->source.line;
      d.field = "from_shift";
      d.reason = Reason::kHandoverWithoutPoint;
      d.original =
          fmt::format("{} {}>{}", record->date.Iso(), data_.shifts[record->from_shift].code,
                      data_.shifts[record->to_shift].code);
      audit_.issues.push_back(std::move(d));
    }
  }

  void CheckRecord(const Handover& h, const ShiftPair& pair, Date from_date, PointState& state) {
    const std::string& dept = h.department;
    const SourceRef* src = &h.source;
    if (h.recorder.empty()) {
      Add(dept, h.date, pair.name, "R-H2", HandoverDetail::kNoRecorder, {}, src, &state);
    }
    // R-H3; a refused handover needs the outgoing signature only (and R-H6's escalation).
    bool incoming_needed = !h.refused;
    if (!h.outgoing_signed && incoming_needed && !h.incoming_signed) {
      Add(dept, h.date, pair.name, "R-H3", HandoverDetail::kBothNotSigned, {}, src, &state);
    } else if (!h.outgoing_signed) {
      Add(dept, h.date, pair.name, "R-H3", HandoverDetail::kOutgoingNotSigned, {}, src, &state);
    } else if (incoming_needed && !h.incoming_signed) {
      Add(dept, h.date, pair.name, "R-H3", HandoverDetail::kIncomingNotSigned, {}, src, &state);
    }
    if (h.lead_signed.empty()) {
      Add(dept, h.date, pair.name, "R-H4", HandoverDetail::kLeadNotSigned, {}, src, &state);
    }
    // The items as a list: the report joins them in its language.
    std::vector<std::string> unmarked;
    for (const HandoverItem& item : h.items) {
      if (item.status == ItemStatus::kUnmarked) unmarked.push_back(item.name);
    }
    if (!unmarked.empty()) {
      Add(dept, h.date, pair.name, "R-H5", HandoverDetail::kUnmarkedItems, std::move(unmarked), src,
          &state);
    }
    for (const HandoverItem& item : h.items) {
      if (item.status != ItemStatus::kFault) continue;
      if (item.note.empty()) {
        Add(dept, h.date, pair.name, "anomaly", HandoverDetail::kAnomalyWithoutNote, {item.name},
            src, &state);
      } else {
        Add(dept, h.date, pair.name, "anomaly", HandoverDetail::kAnomaly, {item.name, item.note},
            src, &state);
      }
    }
    if (h.refused && h.escalated_to.empty()) {
      Add(dept, h.date, pair.name, "R-H6", HandoverDetail::kRefusedNotEscalated, {}, src, &state);
    }
    // R-H7: skipped where either person cannot be identified or has no punch for the instance.
    std::optional<EmployeeIndex> out = ResolvePerson(data_, dept, h.outgoing);
    std::optional<EmployeeIndex> in = ResolvePerson(data_, dept, h.incoming);
    if (!out || !in) return;
    std::optional<ClockPair> out_clock = ClockOf(*out, from_date, pair.from);
    std::optional<ClockPair> in_clock = ClockOf(*in, h.date, pair.to);
    if (!out_clock || !in_clock || !out_clock->out || !in_clock->in) return;
    if (*out_clock->out < *in_clock->in) {
      Add(dept, h.date, pair.name, "R-H7", HandoverDetail::kClockedOutEarly,
          {data_.employees[*out].id, out_clock->out->Iso(), data_.employees[*in].id,
           in_clock->in->Iso()},
          src, &state);
    }
  }

  void CheckSecurity(const std::string& department, Date date, SecurityDirection direction,
                     ClockTime slot, const std::string& point, PointState& state) {
    state.exists = true;
    ++audit_.points_checked;
    const int tolerance = data_.policy.security_tolerance_minutes;
    std::vector<std::string> written;  // a list: the report joins it in its language
    const SourceRef* source = nullptr;
    for (const SecurityHandover& s : data_.security_handovers) {
      if (s.department != department || s.date != date || s.direction != direction) continue;
      if (WithinTolerance(s, slot, tolerance)) return;  // the slot is met
      written.push_back(ClockText(s));
      source = &s.source;
    }
    if (written.empty()) {
      Add(department, date, point, "R-H8", HandoverDetail::kNoSecurityHandover, {}, nullptr,
          &state);
    } else {
      Add(department, date, point, "R-H8", HandoverDetail::kSecurityOutsideTolerance,
          std::move(written), source, &state);
    }
  }

  struct ClockCache {
    bool computed = false;
    std::map<std::pair<Date, ShiftIndex>, ClockPair> pairs;
  };

  const Dataset& data_;
  DateRange days_;
  std::vector<ShiftPair> pairs_;
  std::string morning_point_;
  std::string evening_point_;
  HandoverAudit audit_;
  std::map<EmployeeIndex, std::vector<ShiftInstance>> instances_;
  std::map<EmployeeIndex, ClockCache> clocks_;
};

}  // namespace

const char* HandoverDetailKey(HandoverDetail detail) {
  static constexpr const char* kKeys[] = {"no_record",
                                          "no_recorder",
                                          "outgoing_not_signed",
                                          "incoming_not_signed",
                                          "both_not_signed",
                                          "lead_not_signed",
                                          "unmarked_items",
                                          "anomaly",
                                          "anomaly_without_note",
                                          "refused_not_escalated",
                                          "clocked_out_early",
                                          "no_security_handover",
                                          "security_outside_tolerance",
                                          "urgent_not_escalated"};
  return kKeys[static_cast<int>(detail)];
}

HandoverAudit AuditHandovers(const Dataset& data, DateRange days) {
  return Auditor(data, days).Run();
}

}  // namespace kefu
