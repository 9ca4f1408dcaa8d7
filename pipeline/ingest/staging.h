// Records parsed from one input file, before duplicates are resolved and indexes are built.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "model/records.h"
#include "model/string_pool.h"

namespace kefu {

// An employee as read, with what duplicate detection needs beyond the model: two rows of one
// employee that differ only in an ID number, phone or bank card mask to the same text, so they
// are told apart by a digest of the raw values. The digest lives only here, until duplicates are
// resolved; it is never printed or written.
struct StagedEmployee : Employee {
  std::string personal_digest;  // SHA-256 of the raw id_number, phone, bank_card and account
  std::string raw_account;      // the account as written, for matching logins (R-C1)
};

// System accounts as written (raw) → their employee: logins are matched to employees on the raw
// value while they are read; only the masked account is kept.
using RawAccounts = std::map<std::string, EmployeeIndex, std::less<>>;

struct Staging {
  std::vector<StagedEmployee> employees;
  std::vector<Shift> shifts;
  std::vector<CalendarDay> calendar;
  std::vector<ScheduleEntry> schedule;
  std::vector<ScheduleChange> changes;
  std::vector<Punch> punches;
  StringPool strings;  // the file's own ids for Punch::device and Login's strings
  std::vector<Leave> leaves;
  std::vector<MonthlyScore> scores;
  std::vector<QuarterlyGrade> quarter_grades;
  std::vector<Honor> honors;
  std::vector<Discipline> discipline;
  std::vector<Probation> probations;
  std::vector<Nomination> nominations;
  std::vector<Handover> handovers;
  std::vector<SecurityHandover> security_handovers;
  std::vector<Login> logins;
};

}  // namespace kefu
