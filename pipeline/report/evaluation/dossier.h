// The promotion dossier of one employee (outputs.md "Promotion dossier"; 篇2 五): the employee
// with masked personal data (基本信息), every criterion of the employee's rules with its
// requirement, evidence, ✓ or ✗ and clause (评定), the record behind them (考评记录), and the
// approval workflow with the recorded steps done and empty signature cells for the rest
// (审批流程). A4 portrait, printable.
#pragma once

#include <string>

#include "model/dataset.h"
#include "report/common/labels.h"
#include "report/common/sheet_model.h"
#include "rules/promotion/promotion.h"

namespace kefu {

// Builds the dossier of `employee` from an evaluation of the whole dataset. Safe to call from
// several threads at once for different employees.
Workbook BuildDossier(const Dataset& data, const Evaluation& evaluation, EmployeeIndex employee,
                      const Labels& labels);

// The file name of a dossier in the evaluation folder: `<id>-<decision>[-<target>].xlsx`, e.g.
// "E007-promote-M.xlsx" (ids are ASCII letters, digits, '-' and '_').
std::string DossierFileName(const Dataset& data, const EmployeeEvaluation& evaluation);

// Whether the evaluation folder holds a dossier for this decision: every decision other than
// none and gm_review.
bool HasDossier(const EmployeeEvaluation& evaluation);

}  // namespace kefu
