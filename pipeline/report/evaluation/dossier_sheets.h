// The sheets of a promotion dossier (dossier.h assembles them).
#pragma once

#include "model/dataset.h"
#include "report/common/labels.h"
#include "report/common/palette.h"
#include "report/common/sheet_model.h"
#include "report/evaluation/evaluation_text.h"
#include "rules/promotion/promotion.h"

namespace kefu {

struct DossierContext {
  const Dataset& data;
  const Evaluation& evaluation;
  const EmployeeEvaluation& ev;
  const Employee& employee;
  const Labels& labels;
  const EvaluationNames& names;
  const CriterionText& text;
  const Palette& palette;
  StyleId wrap;  // bordered, wrapped text
};

Sheet BuildDossierEmployeeSheet(const DossierContext& ctx);
Sheet BuildDossierCriteriaSheet(const DossierContext& ctx);
Sheet BuildDossierRecordSheet(const DossierContext& ctx);
Sheet BuildDossierApprovalSheet(const DossierContext& ctx);

}  // namespace kefu
