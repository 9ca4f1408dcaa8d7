// The evaluation workbook and a dossier as the real reader sees them: /usr/bin/python3 with
// Debian's python3-openpyxl opens the files kefu wrote and reports sheet names, header rows,
// the rows of the overview, the charts and the print setup.
#include <gtest/gtest.h>

#include <filesystem>

#include "support/files.h"
#include "support/run_kefu.h"

namespace kefu {
namespace {

using testing::RunKefu;
using testing::RunPython;
using testing::TempDir;

constexpr const char* kReadWorkbook = R"(
import json, sys
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": wb.sheetnames, "charts": {}, "header": {}, "rows": {}, "first": {},
       "landscape": {}, "paper": {}}
for ws in wb.worksheets:
    out["charts"][ws.title] = len(ws._charts)
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    out["rows"][ws.title] = len(rows)
    out["header"][ws.title] = [("" if v is None else str(v)) for v in rows[2]] if len(rows) > 2 else []
    out["first"][ws.title] = [("" if v is None else str(v)) for v in rows[0]] if rows else []
    out["landscape"][ws.title] = ws.page_setup.orientation == "landscape"
    out["paper"][ws.title] = str(ws.page_setup.paperSize)
print(json.dumps(out, ensure_ascii=False))
)";

std::vector<std::string> Strings(Poco::JSON::Array::Ptr array) {
  std::vector<std::string> values;
  if (!array) return values;
  for (size_t i = 0; i < array->size(); ++i) values.push_back(array->getElement<std::string>(i));
  return values;
}

class EvaluationWorkbookTest : public ::testing::Test {
 protected:
  void SetUp() override {
    input_ = testing::SourcePath("tests/golden/evaluation/senior_2024q2/input");
    testing::ProcessResult run = RunKefu(
        {"--quiet", "--input", input_, "--output", out_.path(), "evaluate", "--quarter", "2024Q2"});
    ASSERT_EQ(run.exit_code, 0) << run.err;
  }
  std::string input_;
  TempDir out_;
};

TEST_F(EvaluationWorkbookTest, SheetsHeadersRowsAndChart) {
  Poco::JSON::Object::Ptr wb =
      RunPython(kReadWorkbook, out_ / "evaluation/2024Q2/evaluation-2024Q2.xlsx");
  ASSERT_TRUE(wb);
  EXPECT_EQ(Strings(wb->getArray("sheets")),
            (std::vector<std::string>{"季度总览", "月度排名", "晋升建议", "降级预警", "薪资变动",
                                      "成绩分布"}));
  Poco::JSON::Object::Ptr header = wb->getObject("header");
  EXPECT_EQ(
      Strings(header->getArray("季度总览")),
      (std::vector<std::string>{"工号",         "姓名",         "部门",         "班组",
                                "级别",         "2024-04 分数", "2024-04 排名", "2024-05 分数",
                                "2024-05 排名", "2024-06 分数", "2024-06 排名", "2024Q2 季度考核",
                                "考评期（月）", "月均分",       "月均排名",     "决定",
                                "目标级别",     "现月薪",       "新月薪",       "变动",
                                "规则"}));
  // Title, subtitle, header, then one row per employee of the CSV: 16 staff, L1 left on the
  // as-of date.
  EXPECT_EQ(wb->getObject("rows")->getValue<int>("季度总览"), 3 + 15);
  EXPECT_EQ(Strings(header->getArray("月度排名"))[0], "月份");
  EXPECT_EQ(Strings(header->getArray("晋升建议"))[0], "工号");
  // Promotions: S1 (R-P4) and M1 (R-P3); demotions: S3 (R-D2) and M3 (R-D1).
  EXPECT_EQ(wb->getObject("rows")->getValue<int>("晋升建议"), 3 + 2);
  EXPECT_EQ(wb->getObject("rows")->getValue<int>("降级预警"), 3 + 2);
  // One native chart per department (甲部 乙部 丙部 丁部), on the distribution sheet only.
  Poco::JSON::Object::Ptr charts = wb->getObject("charts");
  EXPECT_EQ(charts->getValue<int>("成绩分布"), 4);
  EXPECT_EQ(charts->getValue<int>("季度总览"), 0);
  EXPECT_TRUE(wb->getObject("landscape")->getValue<bool>("季度总览"));
  EXPECT_EQ(wb->getObject("paper")->getValue<std::string>("季度总览"), "9");  // A4
}

TEST_F(EvaluationWorkbookTest, DossierSheetsAndApprovalSteps) {
  constexpr const char* kReadDossier = R"(
import json, sys
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": wb.sheetnames, "landscape": [], "paper": [], "employee": {}, "steps": [],
       "criteria": []}
for ws in wb.worksheets:
    out["landscape"].append(ws.page_setup.orientation == "landscape")
    out["paper"].append(str(ws.page_setup.paperSize))
for row in wb.worksheets[0].iter_rows(values_only=True):
    if row[0] is not None and row[1] is not None:
        out["employee"][str(row[0])] = str(row[1])
for row in list(wb.worksheets[1].iter_rows(values_only=True))[3:]:
    out["criteria"].append([("" if v is None else str(v)) for v in row])
for row in list(wb.worksheets[3].iter_rows(values_only=True))[3:]:
    if isinstance(row[0], int):
        out["steps"].append([("" if v is None else str(v)) for v in row])
print(json.dumps(out, ensure_ascii=False))
)";
  Poco::JSON::Object::Ptr d =
      RunPython(kReadDossier, out_ / "evaluation/2024Q2/dossiers/S1-promote-R.xlsx");
  ASSERT_TRUE(d);
  EXPECT_EQ(Strings(d->getArray("sheets")),
            (std::vector<std::string>{"基本信息", "评定", "考评记录", "审批流程"}));
  Poco::JSON::Array::Ptr landscape = d->getArray("landscape");
  for (size_t i = 0; i < landscape->size(); ++i) {
    EXPECT_FALSE(landscape->getElement<bool>(i)) << "sheet " << i << " is not portrait";
    EXPECT_EQ(d->getArray("paper")->getElement<std::string>(i), "9");
  }
  Poco::JSON::Object::Ptr employee = d->getObject("employee");
  EXPECT_EQ(employee->getValue<std::string>("工号"), "S1");
  EXPECT_EQ(employee->getValue<std::string>("决定"), "晋升");
  EXPECT_EQ(employee->getValue<std::string>("目标级别"), "储备主管");
  EXPECT_EQ(employee->getValue<std::string>("依据规则"), "R-P4");
  EXPECT_EQ(employee->getValue<std::string>("新月薪"), "4000");

  // Criteria: the R-P4 rule row, its five criteria all ✓, then R-D2 and its three triggers.
  Poco::JSON::Array::Ptr criteria = d->getArray("criteria");
  ASSERT_EQ(criteria->size(), 1u + 5u + 1u + 3u);
  for (size_t i = 1; i <= 5; ++i) {
    std::vector<std::string> row = Strings(criteria->getArray(i));
    EXPECT_EQ(row[0], "R-P4");
    EXPECT_EQ(row[4], "✓") << row[1];
    EXPECT_EQ(row[5], "篇2 四.4.G、五.3");
  }
  EXPECT_NE(Strings(criteria->getArray(2))[3].find("2023Q4 A；2024Q1 B"), std::string::npos);

  // S → R: results, recommendation, application, GM review, defense. The first three are
  // done (the evaluation itself, and two nominations); the rest are pending. Every signature
  // cell is empty (outputs.md), done or not: the name of who did a step is in its own column.
  Poco::JSON::Array::Ptr steps = d->getArray("steps");
  ASSERT_EQ(steps->size(), 5u);
  std::vector<std::string> recommendation = Strings(steps->getArray(1));
  EXPECT_EQ(recommendation[2], "已完成");
  EXPECT_EQ(recommendation[3].substr(0, 10), "2024-06-26");
  EXPECT_EQ(recommendation[4], "部门经理");
  EXPECT_EQ(recommendation[6], "");  // outputs.md: empty signature cells, also for a done step
  std::vector<std::string> application = Strings(steps->getArray(2));
  EXPECT_EQ(application[4], "高一");
  EXPECT_EQ(application[6], "");
  for (size_t i = 3; i < 5; ++i) {
    std::vector<std::string> pending = Strings(steps->getArray(i));
    EXPECT_EQ(pending[2], "待办");
    EXPECT_EQ(pending[3], "");
    EXPECT_EQ(pending[6], "");  // the empty signature cell
  }
}

TEST(EvaluationWorkbookEnglish, LabelsComeFromTheEnglishTemplates) {
  TempDir out;
  std::string input = testing::SourcePath("tests/golden/evaluation/probation_2024q2/input");
  testing::ProcessResult run = RunKefu({"--quiet", "--lang", "en", "--input", input, "--output",
                                        out.path(), "evaluate", "--quarter", "2024Q2"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  Poco::JSON::Object::Ptr wb =
      RunPython(kReadWorkbook, out / "evaluation/2024Q2/evaluation-2024Q2.xlsx");
  ASSERT_TRUE(wb);
  EXPECT_EQ(
      Strings(wb->getArray("sheets")),
      (std::vector<std::string>{"Overview", "Monthly ranking", "Promotions",
                                "Demotions and warnings", "Salary changes", "Score distribution"}));
  EXPECT_EQ(Strings(wb->getObject("header")->getArray("Overview"))[0], "Employee ID");
}

}  // namespace
}  // namespace kefu
