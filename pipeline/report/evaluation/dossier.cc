#include "report/evaluation/dossier.h"

#include "report/evaluation/dossier_sheets.h"

namespace kefu {
namespace {

// Two columns of label and value under a title and a subtitle.
class KeyValueSheet {
 public:
  KeyValueSheet(const DossierContext& ctx, Sheet& sheet) : ctx_(ctx), sheet_(sheet) {}

  void Section(const std::string& title) {
    sheet_.rows.push_back({});
    sheet_.rows.push_back(
        {{Cell::Text(title, ctx_.palette.header), Cell::Empty(ctx_.palette.header)}, 0});
  }
  void Add(const std::string& key, Cell value) {
    sheet_.rows.push_back(
        {{Cell::Text(ctx_.labels.Get(key), ctx_.palette.text), std::move(value)}, 0});
  }
  void AddText(const std::string& key, const std::string& value) {
    Add(key, value.empty() ? Cell::Empty(ctx_.wrap) : Cell::Text(value, ctx_.wrap));
  }

 private:
  const DossierContext& ctx_;
  Sheet& sheet_;
};

void DossierHeading(const DossierContext& ctx, Sheet& sheet) {
  sheet.rows.push_back(
      {{Cell::Text(ctx.labels.Fmt("dossier.title", ctx.employee.id, ctx.employee.name),
                   ctx.palette.title)},
       22});
  sheet.rows.push_back({{Cell::Text(ctx.labels.Fmt("dossier.subtitle", ctx.evaluation.as_of.Iso()),
                                    ctx.palette.subtitle)},
                        0});
}

std::string NoteOf(const DossierContext& ctx) {
  const EmployeeEvaluation& ev = ctx.ev;
  if (!ev.decided || !ev.deciding) return "";
  switch (*ev.deciding) {
    case RuleId::kP4:
      return ctx.labels.Get("dossier.note_p4");
    case RuleId::kP5:
      return ctx.labels.Get("dossier.note_p5");
    case RuleId::kX1:
      return ctx.labels.Get("dossier.note_x1");
    case RuleId::kD1:
    case RuleId::kD2:
      return ctx.labels.Get("dossier.note_demote");
    case RuleId::kG1:
      return ctx.labels.Get("dossier.note_g1");
    default:
      return "";
  }
}

}  // namespace

Sheet BuildDossierEmployeeSheet(const DossierContext& ctx) {
  const Employee& e = ctx.employee;
  const EmployeeEvaluation& ev = ctx.ev;
  const Palette& p = ctx.palette;
  Sheet sheet;
  sheet.name = ctx.labels.Get("dossier.sheet.employee");
  sheet.columns = {{20}, {64}};
  DossierHeading(ctx, sheet);
  KeyValueSheet kv(ctx, sheet);
  kv.Section(ctx.labels.Get("dossier.section.person"));
  kv.AddText("dossier.employee_id", e.id);
  kv.AddText("dossier.name", e.name);
  kv.AddText("dossier.department", e.department);
  kv.AddText("dossier.team", e.team);
  kv.AddText("dossier.role", e.role);
  kv.AddText("dossier.grade", ctx.names.Grade(e.grade));
  kv.Add("dossier.hire_date", Cell::Day(e.hire_date, p.date));
  kv.Add("dossier.grade_since", Cell::Day(e.grade_since, p.date));
  kv.Add("dossier.tenure", Cell::Number(ev.tenure_months, p.integer));
  std::string status = ctx.labels.Get("dossier.status_active");
  if (e.left) {
    status = e.left_date.is_valid() ? ctx.labels.Fmt("dossier.status_left", e.left_date.Iso())
                                    : ctx.labels.Get("dossier.status_left_undated");
  }
  kv.AddText("dossier.status", status);
  // R-C1: ingest keeps only the masked forms.
  kv.AddText("dossier.id_number", e.id_number_masked);
  kv.AddText("dossier.phone", e.phone_masked);
  kv.AddText("dossier.bank_card", e.bank_card_masked);

  kv.Section(ctx.labels.Get("dossier.section.decision"));
  kv.Add("dossier.as_of", Cell::Day(ctx.evaluation.as_of, p.date));
  std::string decision = ctx.names.Of(ev.decision);
  if (!ev.decided) decision = ctx.names.decision_left;  // left on or before the as-of date
  kv.AddText("dossier.decision", decision);
  kv.AddText("dossier.target", ev.target ? ctx.names.Grade(*ev.target) : "");
  kv.AddText("dossier.rules", ev.decided ? ListedRulesText(ev) : "");
  kv.AddText("dossier.clause", ev.deciding ? ctx.names.Clause(*ev.deciding) : "");
  kv.Add("dossier.salary_current", Cell::Number(static_cast<double>(ev.salary_current), p.integer));
  kv.Add("dossier.salary_target",
         ev.salary_target ? Cell::Number(static_cast<double>(*ev.salary_target), p.integer)
                          : Cell::Empty(p.integer));
  kv.Add("dossier.effective", ev.salary_target ? Cell::Day(ctx.evaluation.EffectiveDate(), p.date)
                                               : Cell::Empty(p.date));
  kv.AddText("dossier.note", NoteOf(ctx));
  sheet.print = HousePrint(false, -1, -1, ctx.labels.Get("print.footer"));
  return sheet;
}

Sheet BuildDossierCriteriaSheet(const DossierContext& ctx) {
  const Labels& l = ctx.labels;
  const Palette& p = ctx.palette;
  Sheet sheet;
  sheet.name = l.Get("dossier.sheet.criteria");
  sheet.columns = {{8}, {16}, {36}, {48}, {6}, {16}};
  sheet.rows.push_back({{Cell::Text(l.Get("dossier.criteria_title"), p.title)}, 22});
  sheet.rows.push_back(
      {{Cell::Text(l.Fmt("dossier.subtitle", ctx.evaluation.as_of.Iso()), p.subtitle)}, 0});
  SheetRow header;
  for (const char* key : {"dossier.col.rule", "dossier.col.criterion", "dossier.col.requirement",
                          "dossier.col.evidence", "dossier.col.result", "dossier.col.clause"}) {
    header.cells.push_back(Cell::Text(l.Get(key), p.header));
  }
  sheet.rows.push_back(std::move(header));
  sheet.freeze_rows = 3;
  // The deciding rule first, then the others in precedence order.
  std::vector<const RuleResult*> rules;
  if (ctx.ev.deciding) rules.push_back(ctx.ev.Find(*ctx.ev.deciding));
  for (const RuleResult& r : ctx.ev.results) {
    if (!ctx.ev.deciding || r.rule != *ctx.ev.deciding) rules.push_back(&r);
  }
  for (const RuleResult* r : rules) {
    bool promotion = DecisionOf(r->rule) == Decision::kPromote ||
                     DecisionOf(r->rule) == Decision::kConfirm ||
                     DecisionOf(r->rule) == Decision::kSkipLevelReview;
    std::string verdict =
        l.Get(promotion ? (r->met ? "eval.rule.met" : "eval.rule.not_met")
                        : (r->met ? "eval.rule.triggered" : "eval.rule.not_triggered"));
    SheetRow rule_row;
    rule_row.cells.push_back(Cell::Text(RuleIdText(r->rule), p.total_text));
    rule_row.cells.push_back(
        Cell::Text(l.Fmt("dossier.rule_row", RuleIdText(r->rule), ctx.names.Name(r->rule), verdict),
                   p.total_text));
    for (int i = 0; i < 2; ++i) rule_row.cells.push_back(Cell::Empty(p.total_text));
    rule_row.cells.push_back(Cell::Text(r->met ? "✓" : "✗", r->met ? p.good : p.alert));
    rule_row.cells.push_back(Cell::Text(ctx.names.Clause(r->rule), p.total_text));
    sheet.rows.push_back(std::move(rule_row));
    for (const Criterion& c : r->criteria) {
      SheetRow row;
      row.cells.push_back(Cell::Text(RuleIdText(r->rule), p.text));
      row.cells.push_back(Cell::Text(ctx.text.Name(c), ctx.wrap));
      row.cells.push_back(Cell::Text(ctx.text.Requirement(c), ctx.wrap));
      row.cells.push_back(Cell::Text(ctx.text.Evidence(c, ctx.ev.employee), ctx.wrap));
      row.cells.push_back(Cell::Text(c.met ? "✓" : "✗", c.met ? p.good : p.alert));
      row.cells.push_back(Cell::Text(ctx.names.Clause(r->rule), ctx.wrap));
      sheet.rows.push_back(std::move(row));
    }
  }
  sheet.print = HousePrint(false, 2, 2, l.Get("print.footer"));
  return sheet;
}

Workbook BuildDossier(const Dataset& data, const Evaluation& evaluation, EmployeeIndex employee,
                      const Labels& labels) {
  Workbook wb;
  Palette palette = Palette::In(wb);
  CellStyle wrap;
  wrap.border = true;
  wrap.vcenter = true;
  wrap.wrap = true;
  wrap.align = HAlign::kLeft;
  StyleId wrap_id = wb.AddStyle(wrap);
  EvaluationNames names = EvaluationNames::From(labels);
  CriterionText text(data, labels, names, evaluation.as_of);
  DossierContext ctx{data,
                     evaluation,
                     evaluation.employees[employee],
                     data.employees[employee],
                     labels,
                     names,
                     text,
                     palette,
                     wrap_id};
  wb.properties.title =
      labels.Fmt("dossier.title", data.employees[employee].id, data.employees[employee].name);
  wb.properties.subject = labels.Get("eval.workbook_subject");
  wb.properties.author = labels.Get("eval.author");
  wb.properties.created = evaluation.as_of;
  wb.sheets.push_back(BuildDossierEmployeeSheet(ctx));
  wb.sheets.push_back(BuildDossierCriteriaSheet(ctx));
  wb.sheets.push_back(BuildDossierRecordSheet(ctx));
  wb.sheets.push_back(BuildDossierApprovalSheet(ctx));
  return wb;
}

std::string DossierFileName(const Dataset& data, const EmployeeEvaluation& evaluation) {
  std::string name =
      data.employees[evaluation.employee].id + "-" + DecisionKey(evaluation.decision);
  if (evaluation.target) name += std::string("-") + GradeCode(*evaluation.target);
  return name + ".xlsx";
}

bool HasDossier(const EmployeeEvaluation& evaluation) {
  return evaluation.decided && evaluation.decision != Decision::kNone &&
         evaluation.decision != Decision::kGmReview;
}

}  // namespace kefu
