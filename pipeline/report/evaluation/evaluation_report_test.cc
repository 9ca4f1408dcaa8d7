// The evaluation workbook, the decisions CSV and the dossiers as models, without writing files:
// which sheets and rows they have, and that every text comes from the templates in both
// languages (a missing key would show as ⟦key⟧).
#include <gtest/gtest.h>

#include <set>

#include "report/evaluation/dossier.h"
#include "report/evaluation/evaluation_csv.h"
#include "report/evaluation/evaluation_text.h"
#include "report/evaluation/evaluation_workbook.h"
#include "rules/promotion/promotion_test_data.h"

namespace kefu {
namespace {

using testing::D;
using testing::DatasetBuilder;

// One employee for every decision, in one department, at 2024-06-30.
Dataset EveryDecision() {
  DatasetBuilder b;
  for (const char* id : {"F1", "F2", "F3"}) {
    b.Add(id, Grade::kJ, "2020-01-01").Scores(id, "2023-07", std::vector<double>(12, 81));
  }
  b.Add("S1", Grade::kS, "2015-01-01", "2020-01-01")
      .Scores("S1", "2023-07", std::vector<double>(12, 95));
  for (const char* q : {"2023Q3", "2023Q4", "2024Q1", "2024Q2"}) b.Grade4("S1", q, 'A');
  b.Honour("S1", "2021-01-01").Honour("S1", "2022-01-01").Honour("S1", "2023-01-01");
  b.Nominate("S1", "2024-06-20", NominationStep::kRecommendation, Grade::kR, "经理");
  b.Add("J1", Grade::kJ, "2023-12-31")
      .Scores("J1", "2024-01", std::vector<double>(6, 96))
      .Grade4("J1", "2024Q1", 'A')
      .Grade4("J1", "2024Q2", 'A')
      .Honour("J1", "2024-03-15");
  b.Add("J2", Grade::kJ, "2023-01-01").Scores("J2", "2024-04", {70, 65, 60});
  b.Add("M1", Grade::kM, "2020-01-01", "2024-01-01").Grade4("M1", "2024Q1", 'C');
  b.Warning("M1", "2024-05-05");
  b.Add("P1", Grade::kP, "2024-03-01").ProbationResult("P1", "2024-06-20", true);
  b.Add("R1", Grade::kR, "2010-01-01").Scores("R1", "2024-04", {99, 99, 99});
  b.Add("GONE", Grade::kS, "2015-01-01", "", "客服部", "2024-06-30");
  return b.Build();
}

// Every text of a workbook model: sheet names, cells, merges, charts, properties.
std::vector<std::string> Texts(const Workbook& wb) {
  std::vector<std::string> texts = {wb.properties.title, wb.properties.subject};
  for (const Sheet& s : wb.sheets) {
    texts.push_back(s.name);
    texts.push_back(s.print.footer);
    for (const SheetRow& r : s.rows) {
      for (const Cell& c : r.cells) texts.push_back(c.text);
    }
    for (const Chart& c : s.charts) {
      texts.insert(texts.end(), {c.title, c.x_title, c.y_title});
      for (const ChartSeries& series : c.series) texts.push_back(series.name);
    }
  }
  return texts;
}

void ExpectNoMissingLabels(const Workbook& wb) {
  for (const std::string& t : Texts(wb)) EXPECT_EQ(t.find("⟦"), std::string::npos) << t;
}

TEST(EvaluationTemplates, BothLanguagesHaveTheSameKeys) {
  auto ours = [](Language language) {
    std::set<std::string> keys;
    for (const std::string& k : Labels::For(language).Keys()) {
      if (k.rfind("eval.", 0) == 0 || k.rfind("dossier.", 0) == 0 ||
          k.rfind("command.evaluate", 0) == 0 || k.rfind("command.dossier", 0) == 0) {
        keys.insert(k);
      }
    }
    return keys;
  };
  std::set<std::string> zh = ours(Language::kZh);
  EXPECT_GT(zh.size(), 100u);
  EXPECT_EQ(zh, ours(Language::kEn));
}

TEST(EvaluationWorkbook, SheetsRowsAndEveryLabelInBothLanguages) {
  Dataset data = EveryDecision();
  Evaluation ev = Evaluate(data, D("2024-06-30"));
  for (Language language : {Language::kZh, Language::kEn}) {
    SCOPED_TRACE(LanguageCode(language));
    const Labels& labels = Labels::For(language);
    Workbook wb = BuildEvaluationWorkbook(data, ev, Quarter::FromYq(2024, 2), labels, {});
    ExpectNoMissingLabels(wb);
    ASSERT_EQ(wb.sheets.size(), 6u);
    EXPECT_EQ(wb.sheets[0].name, labels.Get("eval.sheet.overview"));
    EXPECT_EQ(wb.properties.created, D("2024-06-30"));
    // Overview: title, subtitle, header and the nine employees who take a decision.
    EXPECT_EQ(wb.sheets[0].rows.size(), 3u + 9u);
    EXPECT_EQ(wb.sheets[0].rows[2].cells.size(), wb.sheets[0].rows[3].cells.size());
    // Promotions: S1 (R-P4), J1 (R-P5), P1 (R-P1); demotions: M1 (R-D1), J2 and F1…F3 (R-X1:
    // 81 is 良好, so not the fillers) → J2 only.
    EXPECT_EQ(wb.sheets[2].rows.size(), 3u + 3u);
    EXPECT_EQ(wb.sheets[3].rows.size(), 3u + 2u);
    // The distribution sheet carries one chart whose series read its own cells.
    const Sheet& chart_sheet = wb.sheets[5];
    ASSERT_EQ(chart_sheet.charts.size(), 1u);
    EXPECT_EQ(chart_sheet.charts[0].series.size(), 4u);
    for (const ChartSeries& s : chart_sheet.charts[0].series) {
      EXPECT_EQ(s.data_sheet, chart_sheet.name);
      EXPECT_EQ(s.values.last_row - s.values.first_row + 1, 12u);
    }
    // With data issues, a seventh sheet lists them.
    Diagnostic issue;
    issue.severity = Severity::kWarning;
    issue.file = "input/employees.csv";
    issue.line = 3;
    issue.reason = Reason::kLeftWithoutDate;
    std::vector<Diagnostic> issues = {issue};
    EXPECT_EQ(
        BuildEvaluationWorkbook(data, ev, Quarter::FromYq(2024, 2), labels, issues).sheets.size(),
        7u);
  }
}

TEST(EvaluationWorkbook, SalaryTotalsBeforeAndAfter) {
  Dataset data = EveryDecision();
  Evaluation ev = Evaluate(data, D("2024-06-30"));
  Workbook wb =
      BuildEvaluationWorkbook(data, ev, Quarter::FromYq(2024, 2), Labels::For(Language::kZh), {});
  const Sheet& salary = wb.sheets[4];
  const SheetRow& total = salary.rows.back();
  // Before: F1…F3 3 × 2200, S1 3000, J1 2200, J2 2200, M1 2500, P1 1800, R1 4000 = 22300.
  // After: S1 → 4000, J1 → 3000, M1 → 2200, P1 → 2200: 22300 + 1000 + 800 − 300 + 400 = 24200.
  ASSERT_GE(total.cells.size(), 6u);
  EXPECT_EQ(total.cells[1].number, 9);
  EXPECT_EQ(total.cells[2].number, 22300);
  EXPECT_EQ(total.cells[3].number, 24200);
  EXPECT_EQ(total.cells[4].number, 1900);
  EXPECT_EQ(total.cells[5].number, 1800);  // pending: R-P4 eligibility and the skip-level review
}

TEST(DecisionsCsv, EmptyCellsWhereOutputsMdSaysSo) {
  Dataset data = EveryDecision();
  Evaluation ev = Evaluate(data, D("2024-06-30"));
  CsvTable csv = BuildDecisionsCsv(data, ev);
  ASSERT_EQ(csv.rows.size(), 9u);  // GONE left on the as-of date
  auto row = [&](const std::string& id) {
    for (const auto& r : csv.rows) {
      if (r[0] == id) return r;
    }
    return std::vector<std::string>{};
  };
  EXPECT_EQ(row("J1"),
            (std::vector<std::string>{"J1", "NJ1", "客服部", "J", "skip_level_review", "S", "6",
                                      "96.00", "1", "2200", "3000", "R-P5;R-P2"}));
  EXPECT_EQ(row("J2"), (std::vector<std::string>{"J2", "NJ2", "客服部", "J", "dismissal_review", "",
                                                 "", "", "", "2200", "", "R-X1"}));
  EXPECT_EQ(row("M1"), (std::vector<std::string>{"M1", "NM1", "客服部", "M", "demote", "J", "", "",
                                                 "", "2500", "2200", "R-D1"}));
  EXPECT_EQ(row("P1"), (std::vector<std::string>{"P1", "NP1", "客服部", "P", "confirm", "J", "", "",
                                                 "", "1800", "2200", "R-P1"}));
  EXPECT_EQ(row("R1"), (std::vector<std::string>{"R1", "NR1", "客服部", "R", "gm_review", "", "",
                                                 "", "", "4000", "", "R-G1"}));
  EXPECT_EQ(row("S1")[4], "promote");
  EXPECT_EQ(row("S1")[5], "R");
}

TEST(Dossier, EveryEmployeeInBothLanguages) {
  Dataset data = EveryDecision();
  Evaluation ev = Evaluate(data, D("2024-06-30"));
  for (Language language : {Language::kZh, Language::kEn}) {
    SCOPED_TRACE(LanguageCode(language));
    for (EmployeeIndex e = 0; e < data.employees.size(); ++e) {
      SCOPED_TRACE(data.employees[e].id);
      Workbook wb = BuildDossier(data, ev, e, Labels::For(language));
      ExpectNoMissingLabels(wb);
      ASSERT_EQ(wb.sheets.size(), 4u);
      for (const Sheet& s : wb.sheets) EXPECT_FALSE(s.print.landscape);
      // The criteria sheet: three heading rows, then each rule and its criteria.
      size_t expected_rows = 3;
      for (const RuleResult& r : ev.employees[e].results) expected_rows += 1 + r.criteria.size();
      EXPECT_EQ(wb.sheets[1].rows.size(), expected_rows);
    }
  }
}

TEST(Dossier, FileNamesAndWhoGetsOne) {
  Dataset data = EveryDecision();
  Evaluation ev = Evaluate(data, D("2024-06-30"));
  std::set<std::string> names;
  for (const EmployeeEvaluation& e : ev.employees) {
    if (HasDossier(e)) names.insert(DossierFileName(data, e));
  }
  EXPECT_EQ(names,
            (std::set<std::string>{"J1-skip_level_review-S.xlsx", "J2-dismissal_review.xlsx",
                                   "M1-demote-J.xlsx", "P1-confirm-J.xlsx", "S1-promote-R.xlsx"}));
}

TEST(Dossier, ApprovalSignatureCellsAreAllEmpty) {
  // outputs.md: the approval sheet shows "what `nominations` records and empty signature cells".
  Dataset data = EveryDecision();
  Evaluation ev = Evaluate(data, D("2024-06-30"));
  Workbook wb = BuildDossier(data, ev, *data.FindEmployee("S1"), Labels::For(Language::kZh));
  const Sheet& approval = wb.sheets[3];
  const std::string signature = Labels::For(Language::kZh).Get("dossier.col.signature");
  size_t header = approval.rows.size();
  for (size_t i = 0; i < approval.rows.size(); ++i) {
    const auto& cells = approval.rows[i].cells;
    if (cells.size() == 7 && cells[6].text == signature) header = i;
  }
  ASSERT_LT(header, approval.rows.size());
  int steps = 0;
  bool recorded_by_shown = false;
  for (size_t i = header + 1; i < approval.rows.size(); ++i) {
    const auto& cells = approval.rows[i].cells;
    if (cells.size() != 7) continue;
    ++steps;
    EXPECT_EQ(cells[6].kind, CellKind::kEmpty) << "step " << steps << ": " << cells[6].text;
    if (cells[4].text == "经理") recorded_by_shown = true;  // the recommendation's `by`
  }
  EXPECT_EQ(steps, 5);  // S → R
  EXPECT_TRUE(recorded_by_shown);
}

TEST(Evaluation, HiredAfterTheAsOfDateHasARowAndNoDossier) {
  // outputs.md: one decisions row per employee who has not left on or before the as-of date.
  DatasetBuilder b;
  for (const char* id : {"F1", "F2", "F3"}) {
    b.Add(id, Grade::kJ, "2020-01-01").Scores(id, "2024-04", {81, 81, 81});
  }
  b.Add("JNEW", Grade::kJ, "2024-07-01");
  b.Add("PNEW", Grade::kP, "2024-07-01");
  Dataset data = b.Build();
  Evaluation ev = Evaluate(data, D("2024-06-30"));
  CsvTable csv = BuildDecisionsCsv(data, ev);
  ASSERT_EQ(csv.rows.size(), 5u);
  EXPECT_EQ(csv.rows[3], (std::vector<std::string>{"JNEW", "NJNEW", "客服部", "J", "none", "", "3",
                                                   "", "", "2200", "", "R-P2;R-P5"}));
  EXPECT_EQ(csv.rows[4], (std::vector<std::string>{"PNEW", "NPNEW", "客服部", "P", "none", "", "",
                                                   "", "", "1800", "", "R-P1"}));
  for (Language language : {Language::kZh, Language::kEn}) {
    SCOPED_TRACE(LanguageCode(language));
    Workbook wb =
        BuildEvaluationWorkbook(data, ev, Quarter::FromYq(2024, 2), Labels::For(language), {});
    ExpectNoMissingLabels(wb);
    EXPECT_EQ(wb.sheets[0].rows.size(), 3u + 5u);  // the overview lists them too
    for (const char* id : {"JNEW", "PNEW"}) {
      EmployeeIndex e = *data.FindEmployee(id);
      EXPECT_FALSE(HasDossier(ev.employees[e]));  // `none`: no dossier
      Workbook dossier = BuildDossier(data, ev, e, Labels::For(language));
      ExpectNoMissingLabels(dossier);
    }
  }
}

TEST(EvaluationText, NumbersAsTheReportsPrintThem) {
  EXPECT_EQ(ScoreText(950), "95");
  EXPECT_EQ(ScoreText(955), "95.5");
  EXPECT_EQ(ScoreText(0), "0");
  EXPECT_EQ(HundredthsText(9433), "94.33");
  EXPECT_EQ(HundredthsText(8005), "80.05");
  EXPECT_EQ(HundredthsText(10000), "100.00");
}

}  // namespace
}  // namespace kefu
