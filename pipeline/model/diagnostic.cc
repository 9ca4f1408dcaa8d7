#include "model/diagnostic.h"

#include <algorithm>
#include <tuple>

namespace kefu {

const char* ReasonKey(Reason reason) {
  static constexpr const char* kKeys[] = {
      "file_unreadable",
      "not_regular_file",
      "empty_file",
      "no_header",
      "unterminated_quote",
      "malformed_xml",
      "xml_doctype",
      "xml_entity",
      "xml_encoding",
      "invalid_utf8",
      "unknown_encoding",
      "mixed_encoding",
      "xml_not_utf8",
      "xml_control_char",
      "xml_bad_char_ref",
      "xml_outside_root",
      "too_many_columns",
      "too_many_rejects",
      "policy_unknown_element",
      "policy_unknown_attribute",
      "policy_bad_value",
      "policy_duplicate",
      "not_a_folder",
      "missing_field",
      "unknown_columns",
      "malformed_quotes",
      "bad_date",
      "bad_datetime",
      "bad_clock",
      "year_out_of_range",
      "no_such_day",
      "no_such_time",
      "bad_month",
      "bad_quarter",
      "bad_bool",
      "bad_integer",
      "bad_score",
      "score_out_of_range",
      "score_zero",
      "bad_grade",
      "bad_quarter_grade",
      "bad_choice",
      "bad_employee_id",
      "bad_text",
      "text_too_long",
      "extra_fields",
      "field_given_twice",
      "duplicate_column",
      "ignored_file",
      "unknown_account",
      "duplicate_account",
      "wrong_root",
      "unknown_employee",
      "unknown_shift",
      "duplicate_key",
      "rest_beside_shift",
      "id_number_e_notation",
      "id_number_checksum",
      "id_number_format",
      "left_without_date",
      "punch_before_hire",
      "end_not_after_start",
      "left_date_without_left",
      "bad_items",
      "bad_department",
      "ambiguous_name",
      "punch_outside_shifts",
      "handover_without_point",
      "schedule_outside_employment",
      "change_without_schedule",
      "roster_no_shifts",
      "roster_overlap",
      "roster_short_rest",
      "roster_after_leaving",
      "roster_left_without_date",
      "xlsx_legacy_xls",
      "xlsx_encrypted",
      "xlsx_not_workbook",
      "xlsx_bad_zip",
      "xlsx_too_many_parts",
      "xlsx_missing_part",
      "xlsx_part_too_large",
      "xlsx_compression_ratio",
      "xlsx_part_size_mismatch",
      "xlsx_no_sheet",
      "xlsx_no_shared_strings",
      "xlsx_bad_shared_string",
      "xlsx_beyond_last_row",
      "xlsx_beyond_last_column",
      "xlsx_bad_cell_ref",
      "xlsx_cell_order",
      "xlsx_bad_value",
      "xlsx_formula_without_value",
      "clock_log_bad_line",
      "clock_log_bad_number",
      "clock_log_bad_state",
      "clock_log_unknown_number",
      "xml_lt_in_attribute",
      "link_loop",
      "dangling_link",
      "folder_unreadable",
  };
  static_assert(sizeof(kKeys) / sizeof(kKeys[0]) == static_cast<size_t>(Reason::kCount));
  return kKeys[static_cast<int>(reason)];
}

void SortByFileAndLine(std::vector<Diagnostic>& diagnostics,
                       const std::function<size_t(const std::string&)>& file_rank) {
  std::vector<std::tuple<size_t, uint32_t, size_t>> keys;
  keys.reserve(diagnostics.size());
  size_t rank = 0;
  const std::string* last_file = nullptr;
  for (size_t i = 0; i < diagnostics.size(); ++i) {
    if (!last_file || *last_file != diagnostics[i].file) {
      rank = file_rank(diagnostics[i].file);
      last_file = &diagnostics[i].file;
    }
    keys.emplace_back(rank, diagnostics[i].line, i);
  }
  std::sort(keys.begin(), keys.end());  // the index keeps equal keys in their order
  std::vector<Diagnostic> sorted;
  sorted.reserve(diagnostics.size());
  for (const auto& key : keys) sorted.push_back(std::move(diagnostics[std::get<2>(key)]));
  diagnostics = std::move(sorted);
}

}  // namespace kefu
