// Employees: the people every other record refers to, with personal data masked on arrival (the
// schema reads id_number, phone, bank_card and account raw, for the checks and matching here).
#include "base/sha256.h"
#include "ingest/field_parsers.h"
#include "ingest/personal_data.h"
#include "ingest/personal_data_scanner.h"
#include "ingest/row_parsers.h"

namespace kefu {
namespace {

// Only for telling duplicate rows apart (StagedEmployee). Each value is followed by a NUL, which
// no field holds (IsCleanText), so that values cannot run into each other.
std::string PersonalDigest(std::string_view id_number, std::string_view phone,
                           std::string_view bank_card, std::string_view account) {
  std::string raw;
  for (std::string_view value : {id_number, phone, bank_card, account}) {
    raw.append(value).push_back('\0');
  }
  return Sha256Hex(raw);
}

}  // namespace

void ParseEmployeeRow(RowContext& ctx) {
  static const RecordType t = RecordType::kEmployees;
  static const int kId = FieldIndex(t, "employee_id"), kName = FieldIndex(t, "name"),
                   kDepartment = FieldIndex(t, "department"), kGrade = FieldIndex(t, "grade"),
                   kHire = FieldIndex(t, "hire_date"), kSince = FieldIndex(t, "grade_since"),
                   kTeam = FieldIndex(t, "team"), kRole = FieldIndex(t, "role"),
                   kStatus = FieldIndex(t, "status"), kLeftDate = FieldIndex(t, "left_date"),
                   kAccount = FieldIndex(t, "account"), kIdNumber = FieldIndex(t, "id_number"),
                   kPhone = FieldIndex(t, "phone"), kCard = FieldIndex(t, "bank_card");
  const Row& row = ctx.row();
  StagedEmployee e;
  e.id = row.Get(kId);
  if (!IsSafeEmployeeId(e.id)) return (void)ctx.Reject(kId, Reason::kBadEmployeeId, e.id);
  e.name = row.Get(kName);
  e.department = row.Get(kDepartment);
  std::optional<Grade> grade = ParseGrade(row.Get(kGrade));
  if (!grade) return (void)ctx.Reject(kGrade, Reason::kBadGrade, row.Get(kGrade));
  e.grade = *grade;
  std::optional<Date> hire = ctx.DateField(kHire);
  if (!hire) return;
  e.hire_date = *hire;
  std::optional<Date> since = ctx.OptionalDateField(kSince);
  if (!since) return;
  e.has_grade_since = since->is_valid();
  e.grade_since = e.has_grade_since ? *since : e.hire_date;
  e.team = row.Get(kTeam);
  e.role = row.Get(kRole);
  e.is_team_lead = e.role.find("领班") != std::string::npos || e.role == "lead" ||
                   e.role == "team_lead" || e.role == "team lead";
  int status = 0;  // active
  if (!row.Get(kStatus).empty()) {
    std::optional<int> choice = ctx.ChoiceField(kStatus, {{"active", "在职"}, {"left", "离职"}});
    if (!choice) return;
    status = *choice;
  }
  std::optional<Date> left_date = ctx.OptionalDateField(kLeftDate);
  if (!left_date) return;
  e.left_date = *left_date;
  e.left = status == 1 || e.left_date.is_valid();
  // The account is matched to logins as written (loader: RawAccounts) and kept masked: an
  // account that is a phone number is personal data (R-C1).
  e.raw_account = row.Get(kAccount);
  e.account = MaskPersonalData(e.raw_account);

  // Personal data: checked, then kept only in masked form (R-C1).
  std::string_view id_number = row.Get(kIdNumber);
  if (!id_number.empty()) {
    switch (CheckIdNumber(id_number)) {
      case IdNumberCheck::kValid:
        break;
      case IdNumberCheck::kENotation:
        ctx.Warn(kIdNumber, Reason::kIdNumberENotation, id_number);
        break;
      case IdNumberCheck::kBadChecksum:
        ctx.Warn(kIdNumber, Reason::kIdNumberChecksum, id_number);
        break;
      case IdNumberCheck::kBadFormat:
        ctx.Warn(kIdNumber, Reason::kIdNumberFormat, id_number);
        break;
    }
    e.id_number_masked = MaskIdNumber(id_number);
  }
  if (!row.Get(kPhone).empty()) e.phone_masked = MaskPhone(row.Get(kPhone));
  if (!row.Get(kCard).empty()) e.bank_card_masked = MaskBankCard(row.Get(kCard));
  e.personal_digest = PersonalDigest(id_number, row.Get(kPhone), row.Get(kCard), e.raw_account);

  if (status == 1 && !e.left_date.is_valid()) {
    ctx.Warn(kLeftDate, Reason::kLeftWithoutDate, row.Get(kStatus));
  } else if (status == 0 && !row.Get(kStatus).empty() && e.left_date.is_valid()) {
    ctx.Warn(kLeftDate, Reason::kLeftDateWithoutLeft, row.Get(kLeftDate));
  }
  e.source = ctx.source();
  ctx.out().employees.push_back(std::move(e));
}

}  // namespace kefu
