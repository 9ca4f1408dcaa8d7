// The record (考评记录) and approval (审批流程) sheets of a promotion dossier.
#include <algorithm>

#include "report/evaluation/dossier_sheets.h"
#include "rules/promotion/promotion_workflow.h"

namespace kefu {
namespace {

void Title(const DossierContext& ctx, Sheet& sheet, const std::string& title) {
  sheet.rows.push_back({{Cell::Text(title, ctx.palette.title)}, 22});
  sheet.rows.push_back({{Cell::Text(ctx.labels.Fmt("dossier.subtitle", ctx.evaluation.as_of.Iso()),
                                    ctx.palette.subtitle)},
                        0});
}

// A block caption and its header row.
void Block(const DossierContext& ctx, Sheet& sheet, const std::string& caption,
           const std::vector<const char*>& header) {
  sheet.rows.push_back({});
  sheet.rows.push_back({{Cell::Text(caption, ctx.palette.subtitle)}, 0});
  SheetRow row;
  for (const char* key : header)
    row.cells.push_back(Cell::Text(ctx.labels.Get(key), ctx.palette.header));
  sheet.rows.push_back(std::move(row));
}

void NoRecords(const DossierContext& ctx, Sheet& sheet) {
  sheet.rows.push_back({{Cell::Text(ctx.labels.Get("dossier.record.none"), ctx.palette.note)}, 0});
}

// The window the record shows: the longest window of the policy, ending with the as-of month,
// so that every promotion rule's months are in it.
MonthWindow RecordWindow(const DossierContext& ctx) {
  const Policy& p = ctx.data.policy;
  int months =
      std::max({p.pj_window_months, p.jm_window_months, p.ms_window_months, p.sr_window_months});
  return WindowEnding(Month::Of(ctx.evaluation.as_of), months);
}

std::string StepLabel(const DossierContext& ctx, const WorkflowStep& step, int results_months) {
  const Labels& l = ctx.labels;
  switch (step.kind) {
    case WorkflowStepKind::kResults:
      return l.Get(results_months >= 12 ? "dossier.step.results_12" : "dossier.step.results");
    case WorkflowStepKind::kConfirmAssessment:
      return l.Get("dossier.step.confirm_assessment");
    case WorkflowStepKind::kConfirmApproval:
      return l.Get("dossier.step.confirm_approval");
    case WorkflowStepKind::kVote:
      return l.Get("dossier.step.vote");
    case WorkflowStepKind::kRecommendation:
      return l.Get("dossier.step.recommendation");
    case WorkflowStepKind::kApplication:
      return l.Get("dossier.step.application");
    case WorkflowStepKind::kGmReview:
      return l.Get("dossier.step.gm_review");
    case WorkflowStepKind::kApproval:
      return l.Get("dossier.step.approval");
    case WorkflowStepKind::kDefense:
      return l.Get("dossier.step.defense");
    case WorkflowStepKind::kDemotionConfirm:
      return l.Get("dossier.step.demotion_confirm");
    case WorkflowStepKind::kDemotionApproval:
      return l.Get("dossier.step.demotion_approval");
    case WorkflowStepKind::kDismissalDecision:
      return l.Get("dossier.step.dismissal_decision");
    case WorkflowStepKind::kReserveReview:
      return l.Get("dossier.step.reserve_review");
    case WorkflowStepKind::kOther:
      return l.Fmt("dossier.step.other",
                   ctx.names.nomination[static_cast<int>(step.nomination->step)]);
  }
  return std::string();
}

std::string WorkflowTitle(const DossierContext& ctx, const Workflow& w) {
  const Labels& l = ctx.labels;
  const std::string& from = ctx.names.Grade(w.from);
  std::string to = w.to ? ctx.names.Grade(*w.to) : "";
  switch (w.kind) {
    case WorkflowKind::kConfirm:
      return l.Get("dossier.workflow.confirm");
    case WorkflowKind::kPromote:
      return l.Fmt("dossier.workflow.promote", from, to);
    case WorkflowKind::kReserve:
      return l.Get("dossier.workflow.reserve");
    case WorkflowKind::kDemote:
      return l.Fmt("dossier.workflow.demote", from, to);
    case WorkflowKind::kDismissal:
      return l.Get("dossier.workflow.dismissal");
    case WorkflowKind::kGmReview:
      return l.Get("dossier.workflow.gm");
    case WorkflowKind::kNone:
      return l.Fmt("dossier.workflow.none", from, to);
    case WorkflowKind::kLeft:
      return l.Get("dossier.workflow.left");
  }
  return std::string();
}

}  // namespace

Sheet BuildDossierRecordSheet(const DossierContext& ctx) {
  const Labels& l = ctx.labels;
  const Palette& p = ctx.palette;
  const Dataset& data = ctx.data;
  EmployeeIndex e = ctx.ev.employee;
  Date as_of = ctx.evaluation.as_of;
  MonthWindow window = RecordWindow(ctx);
  Sheet sheet;
  sheet.name = l.Get("dossier.sheet.record");
  sheet.columns = {{12}, {12}, {12}, {10}, {10}, {30}};
  Title(ctx, sheet, l.Fmt("dossier.record_title", window.first.Iso(), window.last.Iso()));

  Block(
      ctx, sheet, l.Get("dossier.record.months"),
      {"eval.col.month", "eval.col.score", "eval.col.rating", "eval.col.rank", "eval.col.ranked"});
  size_t before = sheet.rows.size();
  int top_n = data.policy.top_n;
  RuleContext rc = ContextOf(data, ctx.evaluation);
  for (const MonthlyScore& s : data.ScoresOf(e)) {
    if (!window.Contains(s.month)) continue;
    MonthEvidence m = rc.EvidenceOf(s);
    SheetRow row;
    row.cells.push_back(Cell::Text(s.month.Iso(), p.center));
    row.cells.push_back(Cell::Number(s.score_tenths / 10.0, p.hours));
    row.cells.push_back(Cell::Text(
        ctx.names.rating[static_cast<int>(RatingOf(s.score_tenths, data.policy))], p.center));
    row.cells.push_back(m.rank > 0 ? Cell::Number(m.rank, m.rank <= top_n ? p.good : p.integer)
                                   : Cell::Empty(p.integer));
    row.cells.push_back(m.rank > 0 ? Cell::Number(m.ranked, p.integer) : Cell::Empty(p.integer));
    sheet.rows.push_back(std::move(row));
  }
  if (sheet.rows.size() == before) NoRecords(ctx, sheet);

  Block(ctx, sheet, l.Get("dossier.record.quarters"),
        {"dossier.record.quarter", "dossier.record.quarter_grade"});
  before = sheet.rows.size();
  for (const QuarterlyGrade& g : data.GradesOf(e)) {
    if (!window.Contains(g.quarter) || g.quarter.LastDay() > as_of) continue;
    sheet.rows.push_back({{Cell::Text(g.quarter.Iso(), p.center),
                           Cell::Text(std::string(1, QuarterGradeCode(g.grade)),
                                      g.grade == QuarterGrade::kA ? p.good : p.center)},
                          0});
  }
  if (sheet.rows.size() == before) NoRecords(ctx, sheet);

  // Titles count over the whole history, so every honour up to the as-of date is shown.
  Block(ctx, sheet, l.Get("dossier.record.honours"),
        {"dossier.record.date", "dossier.record.honour"});
  sheet.rows.back().cells.push_back(
      Cell::Text(l.Fmt("dossier.record.counts", data.policy.title), p.header));
  before = sheet.rows.size();
  for (const Honor& h : data.HonorsOf(e)) {
    if (h.date > as_of) continue;
    bool counts = h.title == data.policy.title;
    sheet.rows.push_back({{Cell::Day(h.date, p.date), Cell::Text(h.title, p.text),
                           Cell::Text(counts ? "✓" : "✗", counts ? p.good : p.center)},
                          0});
  }
  if (sheet.rows.size() == before) NoRecords(ctx, sheet);

  Block(ctx, sheet, l.Get("dossier.record.discipline"),
        {"dossier.record.date", "dossier.record.severity", "dossier.record.clause",
         "dossier.record.remark"});
  before = sheet.rows.size();
  for (const Discipline& d : data.DisciplineOf(e)) {
    if (d.date > as_of) continue;
    sheet.rows.push_back({{Cell::Day(d.date, p.date),
                           Cell::Text(ctx.names.discipline[static_cast<int>(d.severity)], p.alert),
                           d.clause.empty() ? Cell::Empty(p.text) : Cell::Text(d.clause, p.text),
                           d.note.empty() ? Cell::Empty(ctx.wrap) : Cell::Text(d.note, ctx.wrap)},
                          0});
  }
  if (sheet.rows.size() == before) NoRecords(ctx, sheet);
  sheet.print = HousePrint(false, -1, -1, l.Get("print.footer"));
  return sheet;
}

Sheet BuildDossierApprovalSheet(const DossierContext& ctx) {
  const Labels& l = ctx.labels;
  const Palette& p = ctx.palette;
  Workflow w = WorkflowOf(ctx.data, ctx.evaluation, ctx.ev);
  Sheet sheet;
  sheet.name = l.Get("dossier.sheet.approval");
  sheet.columns = {{6}, {34}, {8}, {12}, {12}, {16}, {18}};
  Title(ctx, sheet, l.Fmt("dossier.approval_title", WorkflowTitle(ctx, w)));
  SheetRow header;
  for (const char* key :
       {"dossier.col.step", "dossier.col.stage", "dossier.col.status", "dossier.col.date",
        "dossier.col.by", "dossier.col.result", "dossier.col.signature"}) {
    header.cells.push_back(Cell::Text(l.Get(key), p.header));
  }
  sheet.rows.push_back(std::move(header));
  sheet.freeze_rows = 3;
  int number = 0;
  for (const WorkflowStep& step : w.steps) {
    SheetRow row;
    row.height = 30;  // room for a signature
    row.cells.push_back(Cell::Number(++number, p.integer));
    row.cells.push_back(Cell::Text(StepLabel(ctx, step, w.results_months), ctx.wrap));
    row.cells.push_back(Cell::Text(l.Get(step.done ? "dossier.step_done" : "dossier.step_pending"),
                                   step.done ? p.good : p.center));
    row.cells.push_back(step.done && step.date.is_valid() ? Cell::Day(step.date, p.date)
                                                          : Cell::Empty(p.date));
    row.cells.push_back(step.by.empty() ? Cell::Empty(p.text) : Cell::Text(step.by, p.text));
    std::string result = step.result;
    if (step.kind == WorkflowStepKind::kResults && step.done)
      result = l.Get("dossier.results_done");
    if (step.probation) result = l.Get("eval.criterion.probation.pass");
    row.cells.push_back(result.empty() ? Cell::Empty(ctx.wrap) : Cell::Text(result, ctx.wrap));
    // outputs.md: "what `nominations` records and empty signature cells": who did a recorded
    // step is in the by column above; every signature cell is left empty, to be signed on paper.
    row.cells.push_back(Cell::Empty(p.text));
    sheet.rows.push_back(std::move(row));
  }
  if (w.steps.empty()) {
    sheet.rows.push_back({{Cell::Empty(), Cell::Text(l.Get("dossier.approval_none"), p.note)}, 0});
  }
  sheet.rows.push_back({});
  sheet.rows.push_back({{Cell::Text(l.Get("dossier.signature"), p.note)}, 24});
  sheet.print = HousePrint(false, 2, 2, l.Get("print.footer"));
  return sheet;
}

}  // namespace kefu
