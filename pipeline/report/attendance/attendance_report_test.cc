// List separators of the attendance workbook and the handover CSV come from the templates: an
// English report has no Chinese punctuation of its own.
#include "report/attendance/attendance_report.h"

#include <gtest/gtest.h>

#include "rules/roster/roster_test_support.h"

namespace kefu {
namespace {

using testing::RosterData;

HandoverFinding Finding(HandoverDetail detail, std::vector<std::string> args) {
  HandoverFinding f;
  f.detail = detail;
  f.args = std::move(args);
  return f;
}

TEST(HandoverDetailText, JoinsListsInTheReportLanguage) {
  HandoverFinding items = Finding(HandoverDetail::kUnmarkedItems, {"电话", "门禁"});
  EXPECT_EQ(HandoverDetailText(items, Labels::For(Language::kZh)), "检查事项未标记：电话、门禁");
  EXPECT_EQ(HandoverDetailText(items, Labels::For(Language::kEn)),
            "check items not marked: 电话, 门禁");
  HandoverFinding times = Finding(HandoverDetail::kSecurityOutsideTolerance, {"08:31", "08:40"});
  EXPECT_EQ(HandoverDetailText(times, Labels::For(Language::kZh)),
            "交接时间 08:31、08:40 超出允许范围");
  EXPECT_EQ(HandoverDetailText(times, Labels::For(Language::kEn)),
            "written at 08:31, 08:40, outside the tolerance");
  HandoverFinding one = Finding(HandoverDetail::kUnmarkedItems, {"电话"});
  EXPECT_EQ(HandoverDetailText(one, Labels::For(Language::kEn)), "check items not marked: 电话");
}

TEST(Labels, JoinFoldsAListWithATemplate) {
  const Labels& en = Labels::For(Language::kEn);
  EXPECT_EQ(en.Join("list.join", std::vector<std::string>{}), "");
  EXPECT_EQ(en.Join("list.join", std::vector<std::string>{"a"}), "a");
  EXPECT_EQ(en.Join("list.join", std::vector<std::string>{"a", "b", "c"}), "a, b, c");
  EXPECT_EQ(en.Join("attendance.evidence.join", std::vector<std::string>{"a", "b"}), "a; b");
  const Labels& zh = Labels::For(Language::kZh);
  EXPECT_EQ(zh.Join("list.join", std::vector<std::string>{"a", "b"}), "a、b");
  EXPECT_EQ(zh.Join("attendance.evidence.join", std::vector<std::string>{"a", "b"}), "a；b");
}

// An absent day's evidence has two parts (expected times, no punch): joined with "; " in
// English, "；" in Chinese; the workbook lists the two departments the same way.
TEST(AttendanceWorkbook, EvidenceAndDepartmentsUseTheLanguagesSeparators) {
  RosterData b;
  EmployeeIndex e1 = b.AddEmployee("E01", "一组", "2020-01-01");
  EmployeeIndex e2 = b.AddEmployee("E02", "一组", "2020-01-01");
  b.Schedule(e1, "2025-02-10", "D");
  b.SetDepartment(e2, "保安部");
  const Dataset& data = b.Done();
  AttendanceResult attendance = ComputeAttendance(data, Month::FromYm(2025, 2));
  ASSERT_EQ(attendance.exceptions.size(), 1u);
  LoginAudit logins;
  HandoverAudit handover;
  AttendanceReportInput input{data, attendance, logins, handover, {}};
  const AttendanceException& absent = attendance.exceptions[0];
  for (Language language : {Language::kZh, Language::kEn}) {
    SCOPED_TRACE(LanguageCode(language));
    const bool en = language == Language::kEn;
    const Labels& labels = Labels::For(language);
    Workbook wb = BuildAttendanceWorkbook(input, labels);
    const std::string expected = labels.Fmt(
        "attendance.evidence.expected", absent.expected_start->Iso(), absent.expected_end->Iso());
    const std::string evidence =
        expected + (en ? "; " : "；") + labels.Get("attendance.evidence.no_punch");
    bool found = false;
    for (const Sheet& s : wb.sheets) {
      for (const SheetRow& r : s.rows) {
        for (const Cell& c : r.cells) {
          if (c.text.rfind(expected, 0) != 0) continue;
          found = true;
          EXPECT_EQ(c.text, evidence);
        }
      }
    }
    EXPECT_TRUE(found);
    EXPECT_EQ(wb.properties.company, en ? "保安部, 客服部" : "保安部、客服部");
  }
}

}  // namespace
}  // namespace kefu
