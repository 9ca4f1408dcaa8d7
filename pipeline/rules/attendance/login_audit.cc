#include "rules/attendance/login_audit.h"

#include <algorithm>
#include <cstdlib>
#include <span>
#include <tuple>

#include "rules/roster/roster_grid.h"

namespace kefu {
namespace {

// R-C2 for any login: on duty, or off duty and why.
class DutyJudge {
 public:
  DutyJudge(const Dataset& data, const AttendanceResult& attendance)
      : data_(data),
        attendance_(attendance),
        margin_(int64_t{data.policy.login_margin_minutes} * 60),
        offsets_(data.employees.size() + 1, 0) {
    for (const InstanceOutcome& o : attendance.instances) ++offsets_[o.instance.employee + 1];
    for (size_t i = 1; i < offsets_.size(); ++i) offsets_[i] += offsets_[i - 1];
  }

  // Empty when the login is on duty.
  std::optional<OffDutyLogin> Judge(const Login& login) const {
    OffDutyLogin finding;
    finding.login = &login;
    if (!login.has_owner()) {
      finding.reason = OffDutyReason::kUnknownAccount;
      return finding;
    }
    const EmployeeIndex e = login.owner;
    const Employee& person = data_.employees[e];
    const Date day = login.time.date();
    if (day < person.hire_date) {
      finding.reason = OffDutyReason::kBeforeHire;
      return finding;
    }
    if (!EmployedOn(person, day)) {
      finding.reason = OffDutyReason::kAfterLeaving;
      return finding;
    }
    // Approved leave covering the moment (公出 is work, not leave).
    const Leave* leave_now = nullptr;
    for (const Leave& leave : data_.LeavesOf(e)) {
      if (leave.approved() && leave.type != LeaveType::kBusinessTrip && leave.start <= login.time &&
          login.time < leave.end) {
        leave_now = &leave;
        break;
      }
    }
    const int64_t t = login.time.seconds();
    const InstanceOutcome* window = nullptr;  // the first instance whose window holds t
    const InstanceOutcome* absent = nullptr;
    const InstanceOutcome* on_leave = nullptr;
    const InstanceOutcome* nearest = nullptr;
    int64_t nearest_distance = 0;
    bool works_that_day = false;
    for (const InstanceOutcome& o : OutcomesOf(e)) {
      const int64_t from = o.instance.start.seconds() - margin_;
      const int64_t to = o.instance.end.seconds() + margin_;
      works_that_day |= o.instance.date == day;
      if (from <= t && t <= to) {
        if (o.worked && !leave_now) return std::nullopt;
        if (!window) window = &o;
        if (o.absent && !absent) absent = &o;
        if (o.leave && !on_leave) on_leave = &o;
        continue;
      }
      const int64_t distance = t < from ? from - t : t - to;
      if (DaysBetween(o.instance.date, day) <= 1 && DaysBetween(day, o.instance.date) <= 1 &&
          (!nearest || distance < nearest_distance)) {
        nearest = &o;
        nearest_distance = distance;
      }
    }
    if (leave_now || on_leave) {
      finding.reason = OffDutyReason::kOnLeave;
      finding.leave = leave_now ? leave_now : on_leave->leave;
      const InstanceOutcome* in = leave_now ? window : on_leave;
      if (in) finding.instance = in->instance;
      return finding;
    }
    if (absent) {
      finding.reason = OffDutyReason::kAbsent;
      finding.instance = absent->instance;
      return finding;
    }
    finding.reason = works_that_day ? OffDutyReason::kNoShift : OffDutyReason::kOnRestDay;
    if (nearest) {
      finding.instance = nearest->instance;
      finding.minutes_from_instance = (nearest_distance + 59) / 60;
    }
    return finding;
  }

 private:
  std::span<const InstanceOutcome> OutcomesOf(EmployeeIndex e) const {
    return std::span<const InstanceOutcome>(attendance_.instances.data() + offsets_[e],
                                            offsets_[e + 1] - offsets_[e]);
  }

  const Dataset& data_;
  const AttendanceResult& attendance_;
  const int64_t margin_;
  std::vector<size_t> offsets_;  // each employee's outcomes in attendance.instances
};

Diagnostic UnknownAccountWarning(const Dataset& data, const Login& login) {
  Diagnostic d;
  d.severity = Severity::kWarning;
  d.type = RecordType::kLogins;
  d.file = data.SourcePath(login.source.file);
  d.line = login.source.line;
  d.field = "account";
  d.reason = Reason::kUnknownAccount;
  d.original = data.strings.Get(login.account);  // masked at ingest
  return d;
}

int64_t MinutesApart(const Login& a, const Login& b) {
  return std::llabs(a.time.seconds() - b.time.seconds()) / 60;
}

// R-C4 (a): the colleague's own on-duty login from the same ip nearest in time to `flagged`.
const Login* ColleagueFromSameIp(const Dataset& data, const DutyJudge& judge,
                                 const Login& flagged) {
  const int64_t window = int64_t{data.policy.shared_ip_window_minutes} * 60;
  const DateTime from = flagged.time.PlusSeconds(-window);
  const DateTime to = flagged.time.PlusSeconds(window);
  auto lo = std::lower_bound(data.logins.begin(), data.logins.end(), from,
                             [](const Login& l, DateTime t) { return l.time < t; });
  const Login* best = nullptr;
  for (auto it = lo; it != data.logins.end() && it->time <= to; ++it) {
    const Login& other = *it;
    if (other.ip != flagged.ip || !other.has_owner() || other.owner == flagged.owner) continue;
    // Nearest in time, then the earlier, then the lower employee id.
    auto key = [&](const Login& l) {
      return std::tuple(std::llabs(l.time.seconds() - flagged.time.seconds()), l.time, l.owner);
    };
    if (best && key(*best) <= key(other)) continue;
    if (judge.Judge(other)) continue;  // the colleague was off duty too
    best = &other;
  }
  return best;
}

}  // namespace

const char* OffDutyReasonKey(OffDutyReason reason) {
  switch (reason) {
    case OffDutyReason::kUnknownAccount:
      return "unknown_account";
    case OffDutyReason::kBeforeHire:
      return "before_hire";
    case OffDutyReason::kAfterLeaving:
      return "after_leaving";
    case OffDutyReason::kOnLeave:
      return "on_leave";
    case OffDutyReason::kAbsent:
      return "absent";
    case OffDutyReason::kOnRestDay:
      return "rest_day";
    case OffDutyReason::kNoShift:
      return "no_shift";
  }
  return "";
}

LoginAudit AuditLogins(const Dataset& data, const AttendanceResult& attendance) {
  LoginAudit audit;
  const DutyJudge judge(data, attendance);
  const DateRange days = attendance.period;
  const uint32_t no_ip = 0;  // StringPool id of "" (no ip given): no evidence for R-C4

  // R-C2, and R-C4 (a) for each off-duty login.
  for (const Login& login : data.logins) {
    if (!days.Contains(login.time.date())) continue;
    std::optional<OffDutyLogin> finding = judge.Judge(login);
    if (!finding) continue;
    audit.logins.push_back(*finding);
    if (!login.has_owner()) audit.issues.push_back(UnknownAccountWarning(data, login));
    if (login.ip == no_ip) continue;
    if (const Login* colleague = ColleagueFromSameIp(data, judge, login)) {
      audit.shared.push_back(
          {&login, SharedAccountSignal::kColleagueIp, colleague, MinutesApart(login, *colleague)});
    }
  }

  // R-C4 (b): each account's logins in time order; a login from another ip than one at most
  // the window before it is flagged against the latest such login.
  const int64_t window = int64_t{data.policy.two_ips_window_minutes} * 60;
  auto account_key = [](const Login& l) { return std::tuple(l.owner, l.account); };
  std::vector<const Login*> by_account;
  for (const Login& login : data.logins) {
    if (login.ip != no_ip) by_account.push_back(&login);
  }
  std::stable_sort(by_account.begin(), by_account.end(), [&](const Login* a, const Login* b) {
    return account_key(*a) < account_key(*b);  // data.logins is in time order already
  });
  for (size_t j = 0; j < by_account.size(); ++j) {
    const Login& login = *by_account[j];
    if (!days.Contains(login.time.date())) continue;
    for (size_t k = j; k-- > 0;) {
      const Login& earlier = *by_account[k];
      if (account_key(earlier) != account_key(login) ||
          login.time.seconds() - earlier.time.seconds() > window) {
        break;
      }
      if (earlier.ip == login.ip) continue;
      audit.shared.push_back(
          {&login, SharedAccountSignal::kTwoIps, &earlier, MinutesApart(login, earlier)});
      break;
    }
  }
  std::stable_sort(audit.shared.begin(), audit.shared.end(),
                   [&](const SharedAccountFlag& a, const SharedAccountFlag& b) {
                     return std::tuple(a.login->time, data.strings.Get(a.login->account),
                                       a.signal) <
                            std::tuple(b.login->time, data.strings.Get(b.login->account), b.signal);
                   });
  return audit;
}

void CountLoginFindings(const LoginAudit& audit, AttendanceResult& attendance) {
  // attendance.employees is in employee order.
  auto row_of = [&](EmployeeIndex owner) -> EmployeeAttendance* {
    if (owner == kNobody) return nullptr;
    auto it = std::lower_bound(
        attendance.employees.begin(), attendance.employees.end(), owner,
        [](const EmployeeAttendance& a, EmployeeIndex e) { return a.employee < e; });
    return it != attendance.employees.end() && it->employee == owner ? &*it : nullptr;
  };
  for (const OffDutyLogin& l : audit.logins) {
    if (EmployeeAttendance* row = row_of(l.login->owner)) ++row->off_duty_logins;
  }
  for (const SharedAccountFlag& f : audit.shared) {
    if (EmployeeAttendance* row = row_of(f.login->owner)) ++row->shared_account_flags;
  }
}

}  // namespace kefu
