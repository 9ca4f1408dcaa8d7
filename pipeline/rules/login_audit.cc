#include "rules/login_audit.h"

#include <algorithm>
#include <cstdlib>

namespace kefu {

LoginAudit AuditLogins(const Dataset& data, DateRange days) {
  LoginAudit audit;
  const int64_t margin = int64_t{data.policy.login_margin_minutes} * 60;
  for (const Login& login : data.logins) {
    Date day = login.time.date();
    if (!days.Contains(day)) continue;
    OffDutyLogin finding;
    finding.login = &login;
    finding.owner = data.FindAccount(data.strings.Get(login.account));
    if (!finding.owner) {
      audit.logins.push_back(finding);
      Diagnostic d;
      d.severity = Severity::kWarning;
      d.type = RecordType::kLogins;
      d.file = data.SourcePath(login.source.file);
      d.line = login.source.line;
      d.field = "account";
      d.reason = Reason::kUnknownAccount;
      d.original = data.strings.Get(login.account);
      audit.issues.push_back(std::move(d));
      continue;
    }
    // A shift instance started the day before may still be running (a night shift).
    std::vector<ShiftInstance> instances =
        InstancesOf(data, *finding.owner, {day.AddDays(-1), day.AddDays(1)});
    bool on_duty = false;
    int64_t best = -1;
    const int64_t t = login.time.seconds();
    for (const ShiftInstance& in : instances) {
      int64_t from = in.start.seconds() - margin;
      int64_t to = in.end.seconds() + margin;
      if (from <= t && t <= to) {
        on_duty = true;
        break;
      }
      int64_t distance = t < from ? from - t : t - to;
      if (best < 0 || distance < best) {
        best = distance;
        finding.nearest = in;
      }
    }
    if (on_duty) continue;
    if (finding.nearest) finding.minutes_from_nearest = (best + 59) / 60;
    audit.logins.push_back(finding);
  }
  return audit;
}

}  // namespace kefu
