// R-C2 (篇1 三.6): back-office and customer-service systems may be used only while on duty. A
// login outside every shift instance of its owner, widened by the policy margin, is an
// off-duty login; a login by an account that belongs to nobody is listed too.
#pragma once

#include <optional>
#include <vector>

#include "model/dataset.h"
#include "model/diagnostic.h"
#include "rules/shift_instances.h"

namespace kefu {

struct OffDutyLogin {
  const Login* login = nullptr;
  std::optional<EmployeeIndex> owner;     // empty: the account belongs to nobody
  std::optional<ShiftInstance> nearest;   // the owner's nearest shift instance, if any
  int64_t minutes_from_nearest = 0;       // outside its margin-widened window, in minutes
};

struct LoginAudit {
  std::vector<OffDutyLogin> logins;  // by time, then account
  std::vector<Diagnostic> issues;    // a warning for each login by an account of nobody
};

// Audits the logins dated in `days`.
LoginAudit AuditLogins(const Dataset& data, DateRange days);

}  // namespace kefu
