// R-C2 (篇1 三.6) and R-C4 (篇1 三.5): the logins of the attendance period.
//
// R-C2: back-office and customer-service systems may be used only while on duty: inside a shift
// instance of the account's owner, widened by the policy margin (inclusive), that the owner
// actually worked (rules.md "Worked": not absent, not wholly on leave), at a moment not covered
// by the owner's approved leave (公出 is work, not leave), while employed. Any other login is an
// off-duty login, with the first reason that applies:
//   before hire · after leaving · on leave (the leave covering the moment, or the instance's) ·
//   absent (inside the window of an instance counted absent) · rest day (the owner has no
//   instance dated that day) · no shift (the owner works that day, but not at that time).
// A login by an account of nobody is listed too (and warned about); it counts for no one.
//
// R-C4: an account is flagged as possibly used by someone else for
//   (a) an off-duty login from an ip that another employee's own account used while that
//       employee was on duty, "within the same hour": at most `shared_ip_window_minutes` (60)
//       before or after, inclusive — not the same clock hour, which would miss 14:59 and 15:01.
//       The colleague whose login is nearest in time (then the earlier, then the lower employee
//       id) is named as the likely user;
//   (b) a login from another ip than a login of the same account at most `two_ips_window_minutes`
//       (10) before it, inclusive: the later login of the pair is flagged, against the latest
//       such earlier login.
// Each (login, signal) is one flag, one row of the sheet beside the off-duty logins, and one in
// the owner's `shared_account_flags` (a login raising both signals counts twice). Logins without
// an ip take no part in R-C4.
#pragma once

#include <optional>
#include <vector>

#include "model/dataset.h"
#include "model/diagnostic.h"
#include "rules/attendance/attendance.h"
#include "rules/attendance/shift_instances.h"

namespace kefu {

enum class OffDutyReason : uint8_t {
  kUnknownAccount,  // the account belongs to no employee
  kBeforeHire,
  kAfterLeaving,
  kOnLeave,
  kAbsent,
  kOnRestDay,
  kNoShift,
};
// "unknown_account", "before_hire", … (the labels' keys).
const char* OffDutyReasonKey(OffDutyReason reason);

struct OffDutyLogin {
  const Login* login = nullptr;
  OffDutyReason reason = OffDutyReason::kNoShift;
  const Leave* leave = nullptr;           // kOnLeave: the leave
  std::optional<ShiftInstance> instance;  // kAbsent, kOnLeave: the instance whose window holds
                                          // the login; kOnRestDay, kNoShift: the nearest one
  int64_t minutes_from_instance = 0;      // kOnRestDay, kNoShift: minutes outside its window
};

enum class SharedAccountSignal : uint8_t {
  kColleagueIp,  // R-C4 (a)
  kTwoIps,       // R-C4 (b)
};

struct SharedAccountFlag {
  const Login* login = nullptr;  // the flagged login
  SharedAccountSignal signal = SharedAccountSignal::kColleagueIp;
  const Login* other = nullptr;  // (a) the colleague's own login; (b) the earlier login
  int64_t minutes_apart = 0;     // whole minutes, rounded down
};

struct LoginAudit {
  std::vector<OffDutyLogin> logins;       // by time, then account
  std::vector<SharedAccountFlag> shared;  // by time, account, then signal
  std::vector<Diagnostic> issues;         // a warning for each login by an account of nobody
};

// Audits the logins dated in the attendance period, reading the outcome of each shift instance
// from `attendance`.
LoginAudit AuditLogins(const Dataset& data, const AttendanceResult& attendance);

// Adds each employee's off-duty logins (R-C2) and shared-account flags (R-C4) to the figures.
void CountLoginFindings(const LoginAudit& audit, AttendanceResult& attendance);

}  // namespace kefu
