#include "rules/promotion/promotion_workflow.h"

namespace kefu {
namespace {

// A step and the nomination step that records it (none: not recorded in `nominations`).
struct StepSource {
  WorkflowStepKind kind;
  std::optional<NominationStep> recorded_as;
};

std::vector<StepSource> StepsOf(WorkflowKind kind) {
  using K = WorkflowStepKind;
  using N = NominationStep;
  switch (kind) {
    case WorkflowKind::kConfirm:
      return {{K::kConfirmAssessment, std::nullopt}, {K::kConfirmApproval, N::kApproval}};
    case WorkflowKind::kPromote:
      return {{K::kResults, std::nullopt},
              {K::kVote, N::kVote},
              {K::kRecommendation, N::kRecommendation},
              {K::kGmReview, N::kGmReview},
              {K::kApproval, N::kApproval}};
    case WorkflowKind::kReserve:
      return {{K::kResults, std::nullopt},
              {K::kRecommendation, N::kRecommendation},
              {K::kApplication, N::kApplication},
              {K::kGmReview, N::kGmReview},
              {K::kDefense, N::kDefense}};
    case WorkflowKind::kDemote:
      return {{K::kResults, std::nullopt},
              {K::kDemotionConfirm, N::kRecommendation},
              {K::kGmReview, N::kGmReview},
              {K::kDemotionApproval, N::kApproval}};
    case WorkflowKind::kDismissal:
      return {{K::kResults, std::nullopt}, {K::kDismissalDecision, std::nullopt}};
    case WorkflowKind::kGmReview:
      return {{K::kReserveReview, N::kGmReview}};
    case WorkflowKind::kNone:
    case WorkflowKind::kLeft:
      return {};
  }
  return {};
}

// The promotion workflow that leads from `from` to `to`.
WorkflowKind PromotionKind(Grade from, Grade to) {
  if (from == Grade::kP) return WorkflowKind::kConfirm;
  if (to == Grade::kR) return WorkflowKind::kReserve;
  return WorkflowKind::kPromote;
}

std::optional<Grade> NextGrade(Grade grade) {
  if (grade == Grade::kR) return std::nullopt;
  return static_cast<Grade>(static_cast<int>(grade) + 1);
}

}  // namespace

Workflow WorkflowOf(const Dataset& data, const Evaluation& evaluation,
                    const EmployeeEvaluation& ev) {
  const Employee& employee = data.employees[ev.employee];
  const Policy& policy = data.policy;
  Workflow w;
  w.from = employee.grade;
  if (!ev.decided) {
    w.kind = WorkflowKind::kLeft;
    return w;
  }
  bool decided_by_rule = ev.deciding.has_value();
  switch (ev.decision) {
    case Decision::kDemote:
      w.kind = WorkflowKind::kDemote;
      break;
    case Decision::kDismissalReview:
      w.kind = WorkflowKind::kDismissal;
      break;
    case Decision::kGmReview:
      w.kind = WorkflowKind::kGmReview;
      break;
    case Decision::kNone: {
      w.to = NextGrade(employee.grade);
      w.kind = w.to ? WorkflowKind::kNone : WorkflowKind::kGmReview;
      break;
    }
    default:
      w.kind = PromotionKind(employee.grade, *ev.target);
      break;
  }
  if (ev.target) w.to = ev.target;
  // The promotion rule whose results the results step stands for.
  std::optional<RuleId> results_rule = ev.deciding;
  if (!results_rule && w.to) {
    results_rule = employee.grade == Grade::kJ   ? RuleId::kP2
                   : employee.grade == Grade::kM ? RuleId::kP3
                   : employee.grade == Grade::kS ? RuleId::kP4
                                                 : RuleId::kP1;
  }
  if (results_rule) w.results_months = WindowMonthsOf(*results_rule, policy);

  // For `none`, the steps of the next promotion, for reference; nothing of them is done.
  WorkflowKind steps_of = w.kind;
  if (w.kind == WorkflowKind::kNone) steps_of = PromotionKind(employee.grade, *w.to);

  // Nominations that belong to this workflow.
  std::vector<const Nomination*> recorded;
  for (const Nomination& n : data.NominationsOf(ev.employee)) {
    if (n.date < employee.grade_since) continue;
    bool matches = w.kind == WorkflowKind::kGmReview ? n.step == NominationStep::kGmReview
                                                     : w.to && n.target_grade == *w.to;
    if (matches) recorded.push_back(&n);
  }
  std::vector<bool> used(recorded.size(), false);

  for (const StepSource& source : StepsOf(steps_of)) {
    WorkflowStep step;
    step.kind = source.kind;
    if (source.kind == WorkflowStepKind::kResults) {
      step.done = decided_by_rule;
      if (step.done) step.date = evaluation.as_of;
    } else if (source.kind == WorkflowStepKind::kConfirmAssessment) {
      if (const RuleResult* p1 = ev.Find(RuleId::kP1)) {
        const Probation* probation = p1->criteria.front().probation;
        if (probation && probation->passed) {
          step.done = true;
          step.date = probation->date;
          step.probation = probation;
        }
      }
    } else if (source.recorded_as) {
      for (size_t i = 0; i < recorded.size(); ++i) {
        if (recorded[i]->step != *source.recorded_as) continue;
        used[i] = true;
        step.nomination = recorded[i];  // sorted by date: the latest wins
      }
      if (step.nomination) {
        step.done = true;
        step.date = step.nomination->date;
        step.by = step.nomination->by;
        step.result = step.nomination->result;
      }
    }
    w.steps.push_back(std::move(step));
  }
  for (size_t i = 0; i < recorded.size(); ++i) {
    if (used[i]) continue;
    WorkflowStep step;
    step.kind = WorkflowStepKind::kOther;
    step.done = true;
    step.nomination = recorded[i];
    step.date = recorded[i]->date;
    step.by = recorded[i]->by;
    step.result = recorded[i]->result;
    w.steps.push_back(std::move(step));
  }
  return w;
}

}  // namespace kefu
