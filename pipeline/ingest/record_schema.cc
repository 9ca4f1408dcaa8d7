#include "ingest/record_schema.h"

#include <array>

#include "base/ascii.h"
#include "ingest/field_parsers.h"

namespace kefu {
namespace {

// inputs.md: "In every type 日期 is also a name for `date` and 时间 for `time`". Types whose
// time is a date-time also take a separate `date` column (clock exports often split them).
FieldSpec DateField(bool required) { return {"date", {"日期"}, required}; }
FieldSpec EmployeeIdField() { return {"employee_id", {"工号"}, true}; }

std::vector<RecordSchema> BuildSchemas() {
  std::vector<RecordSchema> s;
  s.push_back({RecordType::kEmployees,
               {EmployeeIdField(),
                {"name", {"姓名"}, true},
                {"department", {"部门"}, true},
                {"grade", {"级别"}, true},
                {"hire_date", {"入职日期"}, true},
                {"grade_since", {"定级日期"}, false},
                {"team", {"班组"}, false},
                {"role", {"岗位"}, false},
                {"status", {"状态"}, false},
                {"left_date", {"离职日期"}, false},
                {"account", {"系统账号"}, false, false, true},
                {"id_number", {"身份证号"}, false, false, true},
                {"phone", {"手机"}, false, false, true},
                {"bank_card", {"银行卡号"}, false, false, true}},
               "employee"});
  s.push_back({RecordType::kShifts,
               {{"code", {"班次代码"}, true},
                {"name", {"班次名称"}, true},
                {"start", {"上班时间"}, true},
                {"end", {"下班时间"}, true},
                {"break_minutes", {"休息分钟"}, false},
                {"night", {"夜班"}, false}},
               "shift"});
  s.push_back({RecordType::kCalendar,
               {DateField(true), {"kind", {"类型"}, true}, {"name", {"名称"}, false}},
               "day"});
  s.push_back({RecordType::kSchedule,
               {EmployeeIdField(),
                DateField(true),
                {"shift", {"班次"}, true, true},
                {"name", {"姓名"}, false}},
               "entry"});
  s.push_back({RecordType::kScheduleChanges,
               {EmployeeIdField(),
                DateField(true),
                {"to_shift", {"调整后班次"}, true},
                {"from_shift", {"原班次"}, false},
                {"approved_by", {"审批人"}, false},
                {"approved_on", {"审批日期"}, false},
                {"reason", {"原因"}, false}},
               "change"});
  s.push_back({RecordType::kPunches,
               {EmployeeIdField(),
                {"time", {"打卡时间", "时间"}, true},
                {"device", {"设备"}, false},
                DateField(false)},
               "punch"});
  s.push_back({RecordType::kLeave,
               {EmployeeIdField(),
                {"type", {"假别"}, true},
                {"start", {"开始时间"}, true},
                {"end", {"结束时间"}, true},
                {"approved_by", {"审批人"}, false}},
               "leave"});
  s.push_back({RecordType::kMonthlyScores,
               {EmployeeIdField(), {"month", {"月份"}, true}, {"score", {"分数"}, true}},
               "score"});
  s.push_back({RecordType::kQuarterlyGrades,
               {EmployeeIdField(), {"quarter", {"季度"}, true}, {"grade", {"等级"}, true}},
               "grade"});
  s.push_back({RecordType::kHonors,
               {EmployeeIdField(), DateField(true), {"title", {"称号"}, true}},
               "honor"});
  s.push_back({RecordType::kDiscipline,
               {EmployeeIdField(),
                DateField(true),
                {"severity", {"处理"}, true},
                {"clause", {"条款"}, false},
                {"note", {"说明"}, false}},
               "record"});
  s.push_back({RecordType::kProbation,
               {EmployeeIdField(), DateField(true), {"result", {"结果"}, true}},
               "assessment"});
  s.push_back({RecordType::kNominations,
               {EmployeeIdField(),
                DateField(true),
                {"step", {"环节"}, true},
                {"target_grade", {"目标级别"}, true},
                {"by", {"经办人"}, false},
                {"result", {"结果"}, false}},
               "nomination"});
  s.push_back({RecordType::kHandovers,
               {{"department", {"部门"}, false},
                DateField(true),
                {"from_shift", {"交班班次"}, true},
                {"to_shift", {"接班班次"}, true},
                {"time", {"交接时间", "时间"}, false},
                {"outgoing", {"交班人"}, false},
                {"incoming", {"接班人"}, false},
                {"recorder", {"记录人"}, false},
                {"outgoing_signed", {"交班人签字"}, false},
                {"incoming_signed", {"接班人签字"}, false},
                {"lead_signed", {"领班签字"}, false},
                {"refused", {"拒绝接班"}, false},
                {"refuse_reason", {"拒绝原因"}, false},
                {"escalated_to", {"上报"}, false},
                {"items", {"检查事项"}, false}},
               "handover"});
  s.push_back({RecordType::kSecurityHandovers,
               {{"department", {"部门"}, false},
                DateField(true),
                {"time", {"时间", "交接时间"}, true},
                {"direction", {"交接方向", "方向"}, true},
                {"cs_staff", {"客服人员"}, false},
                {"security_staff", {"保安"}, false},
                {"entries", {"登记事项数"}, false},
                {"urgent", {"紧急"}, false},
                {"escalated_to", {"上报"}, false}},
               "handover"});
  s.push_back({RecordType::kLogins,
               {{"account", {"账号"}, true, false, true},
                {"time", {"登录时间", "时间"}, true},
                {"system", {"系统"}, false},
                {"ip", {"IP地址"}, false},
                DateField(false)},
               "login"});
  return s;
}

const std::vector<RecordSchema>& Schemas() {
  static const std::vector<RecordSchema> kSchemas = BuildSchemas();
  return kSchemas;
}

constexpr std::array<RecordType, kRecordTypeCount> kAllTypes = {
    RecordType::kEmployees,   RecordType::kShifts,          RecordType::kCalendar,
    RecordType::kSchedule,    RecordType::kScheduleChanges, RecordType::kPunches,
    RecordType::kLeave,       RecordType::kMonthlyScores,   RecordType::kQuarterlyGrades,
    RecordType::kHonors,      RecordType::kDiscipline,      RecordType::kProbation,
    RecordType::kNominations, RecordType::kHandovers,       RecordType::kSecurityHandovers,
    RecordType::kLogins};

}  // namespace

int RecordSchema::Match(std::string_view header) const {
  header = TrimField(header);
  for (size_t i = 0; i < fields.size(); ++i) {
    if (EqualsIgnoreAsciiCase(header, fields[i].key)) return static_cast<int>(i);
    for (std::string_view name : fields[i].names) {
      if (EqualsIgnoreAsciiCase(header, name)) return static_cast<int>(i);
    }
  }
  return -1;
}

int RecordSchema::IndexOf(std::string_view key) const {
  for (size_t i = 0; i < fields.size(); ++i) {
    if (fields[i].key == key) return static_cast<int>(i);
  }
  return -1;
}

const RecordSchema& SchemaOf(RecordType type) { return Schemas()[static_cast<size_t>(type)]; }

std::span<const RecordType> AllRecordTypes() { return kAllTypes; }

}  // namespace kefu
