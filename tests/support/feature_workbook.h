// A small workbook model that uses every feature of report/common/sheet_model.h: styles, merges,
// freeze panes, an autofilter, print setup, charts, formula-looking and control-character text.
// For the tests of the writer, the read-back check and publication.
#pragma once

#include "report/common/sheet_model.h"

namespace kefu::testing {

Workbook FeatureWorkbook();

}  // namespace kefu::testing
