#include "model/records.h"

namespace kefu {

const char* RecordTypeName(RecordType type) {
  static constexpr const char* kNames[kRecordTypeCount] = {
      "employees",  "shifts",    "calendar",       "schedule",         "schedule_changes",
      "punches",    "leave",     "monthly_scores", "quarterly_grades", "honors",
      "discipline", "probation", "nominations",    "handovers",        "security_handovers",
      "logins"};
  return kNames[static_cast<int>(type)];
}

char GradeCode(Grade grade) { return "PJMSR"[static_cast<int>(grade)]; }

char QuarterGradeCode(QuarterGrade grade) { return "ABCD"[static_cast<int>(grade)]; }

const char* LeaveTypeKey(LeaveType type) {
  static constexpr const char* kKeys[kLeaveTypeCount] = {
      "personal",    "sick",      "annual",    "compensatory", "marriage",
      "bereavement", "maternity", "paternity", "business_trip"};
  return kKeys[static_cast<int>(type)];
}

const char* DisciplineSeverityKey(DisciplineSeverity severity) {
  static constexpr const char* kKeys[] = {"warning", "serious_warning", "dismissal"};
  return kKeys[static_cast<int>(severity)];
}

const char* NominationStepKey(NominationStep step) {
  static constexpr const char* kKeys[kNominationStepCount] = {
      "recommendation", "vote", "application", "gm_review", "defense", "approval"};
  return kKeys[static_cast<int>(step)];
}

}  // namespace kefu
