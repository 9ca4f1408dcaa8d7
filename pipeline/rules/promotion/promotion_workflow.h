// The approval workflow of a decision (rules.md "Approval workflow shown in every dossier",
// 篇2 五), with the steps that the `nominations` input records as done.
//
// - P → J: department confirmation assessment (the probation record); company confirmation
//   approval (`approval`).
// - J → M, M → S, J → S: the results over 3/6 months (this evaluation); anonymous vote
//   (`vote`); the department leader recommends (`recommendation`); GM office review
//   (`gm_review`); promotion approval (`approval`).
// - S → R: the 12-month results; recommendation; the employee applies (`application`); GM
//   office review; HR's defense (`defense`).
//
// Ambiguities, resolved as a careful HR clerk would:
// - rules.md gives no procedure for a demotion or a dismissal review. A demotion dossier shows
//   the general chain (the results, the department leader confirms via `recommendation`, GM
//   office review, approval); a dismissal review shows the results and the manager's decision.
//   A reserve supervisor's dossier shows the GM office's review.
// - A nomination belongs to the workflow when it names the workflow's target grade and is dated
//   on or after grade_since (older ones led to the current grade). Its date is not limited by
//   the as-of date: the workflow follows the decision, and a dossier printed later shows how
//   far it has come. Of several records of one step, the latest is shown; recorded steps that
//   the workflow does not have are listed after it, so nothing recorded is hidden.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "rules/promotion/promotion.h"

namespace kefu {

enum class WorkflowKind : uint8_t {
  kConfirm,    // P → J
  kPromote,    // J → M, M → S, J → S (skip-level)
  kReserve,    // S → R
  kDemote,     // M → J, S → M
  kDismissal,  // R-X1
  kGmReview,   // R-G1
  kNone,       // no decision: the next promotion's steps, for reference
  kLeft,       // no decision (left on or before the as-of date): no steps
};

enum class WorkflowStepKind : uint8_t {
  kResults,            // the monthly and quarterly results (this evaluation)
  kConfirmAssessment,  // 部门转正考核 (the probation record)
  kConfirmApproval,    // 转正审批
  kVote,               // 匿名评比
  kRecommendation,     // 部门领导推荐
  kApplication,        // 本人申请
  kGmReview,           // 总经办审核
  kApproval,           // 晋升审批
  kDefense,            // 晋升答辩
  kDemotionConfirm,    // 部门领导确认
  kDemotionApproval,   // 降级审批
  kDismissalDecision,  // 经理决定
  kReserveReview,      // 总经办综合考评
  kOther,              // a recorded step the workflow does not have
};

struct WorkflowStep {
  WorkflowStepKind kind = WorkflowStepKind::kResults;
  bool done = false;
  Date date;           // when done
  std::string by;      // who, as recorded
  std::string result;  // as recorded
  const Nomination* nomination = nullptr;
  const Probation* probation = nullptr;
};

struct Workflow {
  WorkflowKind kind = WorkflowKind::kNone;
  Grade from = Grade::kP;
  std::optional<Grade> to;
  int results_months = 0;  // the months of the results step (3, 6 or 12)
  std::vector<WorkflowStep> steps;
};

// The workflow of `ev`'s decision at the evaluation's as-of date.
Workflow WorkflowOf(const Dataset& data, const Evaluation& evaluation,
                    const EmployeeEvaluation& ev);

}  // namespace kefu
