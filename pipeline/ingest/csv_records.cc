// CSV files: header matching, grid-form schedules, and the per-row driver.
#include <fmt/format.h>

#include <optional>
#include <string>
#include <vector>

#include "ingest/csv_reader.h"
#include "ingest/field_parsers.h"
#include "ingest/file_readers.h"

namespace kefu {
namespace {

void Count(const RowContext& ctx, RowCounts& counts) {
  counts.rejected += ctx.row_rejected();
  counts.warned += ctx.row_warned() && !ctx.row_rejected();
}

struct HeaderLayout {
  std::vector<int> column_field;  // per column: the field index, or -1
  std::vector<Date> column_day;   // grid schedules: per column, the day (invalid if none)
  bool grid = false;
  size_t width = 0;  // columns up to the last non-empty header
};

// The required columns a header lacks (all of them when `field_seen` is empty); a grid
// schedule carries its dates and shifts in its day columns.
std::string MissingColumns(const RecordSchema& schema, const std::vector<bool>& field_seen,
                           bool grid) {
  std::string list;
  for (size_t f = 0; f < schema.fields.size(); ++f) {
    if (!schema.fields[f].required || (!field_seen.empty() && field_seen[f])) continue;
    std::string_view key = schema.fields[f].key;
    if (grid && (key == "date" || key == "shift")) continue;
    list.append(list.empty() ? "" : ", ").append(key);
  }
  return list;
}

// True when the raw text holds anything but commas: fields beyond kMaxCsvFields that are not
// all empty.
bool HasContent(std::string_view overflow) {
  return overflow.find_first_not_of(',') != std::string_view::npos;
}

// Joins names for a diagnostic, abbreviated (a header may have thousands of columns).
std::string JoinAbbreviated(const std::vector<std::string>& names) {
  std::string list;
  for (const std::string& name : names) {
    list.append(list.empty() ? "" : ", ").append(name);
    if (list.size() > kMaxFieldBytes) break;
  }
  return Abbreviate(list);
}

}  // namespace

bool ReadCsvRecords(std::string_view text, RowContext& ctx, RowCounts& counts) {
  const RecordSchema& schema = ctx.schema();
  CsvReader reader(text);
  CsvRecord record;

  // The header: the first record that is not blank.
  bool have_header = false;
  while (reader.Next(&record)) {
    if (!record.IsBlank()) {
      have_header = true;
      break;
    }
  }
  if (!have_header) {
    if (reader.unterminated()) {
      ctx.Fatal(Reason::kUnterminatedQuote, reader.unterminated_line());
    } else if (text.empty()) {
      ctx.Fatal(Reason::kEmptyFile, 1);
    } else {
      // Only blank lines.
      ctx.Fatal(Reason::kNoHeader, 1, {MissingColumns(schema, {}, false)});
    }
    return false;
  }
  const uint32_t header_line = record.line;
  if (HasContent(record.overflow)) {
    ctx.Fatal(Reason::kTooManyColumns, header_line, {fmt::format("{}", kMaxCsvFields)});
    return false;
  }
  HeaderLayout layout;
  size_t width = record.fields.size();
  while (width > 0 && TrimField(record.fields[width - 1]).empty()) --width;
  layout.width = width;
  layout.column_field.assign(width, -1);
  layout.column_day.assign(width, Date());
  std::vector<bool> field_seen(schema.fields.size(), false);
  std::vector<std::string> unknown;
  std::vector<std::string> repeated;
  for (size_t c = 0; c < width; ++c) {
    std::string_view name = TrimField(record.fields[c]);
    int field = schema.Match(name);
    if (field >= 0 && !field_seen[field]) {
      layout.column_field[c] = field;
      field_seen[field] = true;
      continue;
    }
    if (field >= 0) {
      repeated.emplace_back(name);
      continue;
    }
    if (schema.type == RecordType::kSchedule) {
      if (std::optional<Date> day = ParseDate(name)) {
        layout.column_day[c] = *day;
        layout.grid = true;
        continue;
      }
    }
    unknown.push_back(name.empty() ? fmt::format("#{}", c + 1) : std::string(name));
  }
  // A file without the required columns has no usable header.
  if (std::string missing = MissingColumns(schema, field_seen, layout.grid); !missing.empty()) {
    ctx.Fatal(Reason::kNoHeader, header_line, {missing});
    return false;
  }
  if (!unknown.empty()) {
    ctx.FileWarning(Reason::kUnknownColumns, header_line, {JoinAbbreviated(unknown)});
  }
  for (const std::string& name : repeated) {
    ctx.FileWarning(Reason::kDuplicateColumn, header_line, {Abbreviate(name)});
  }

  const int id_field = schema.IndexOf("employee_id");
  const int date_field = schema.IndexOf("date");
  const int shift_field = schema.IndexOf("shift");
  std::vector<std::string_view> values(schema.fields.size());
  std::vector<std::string> day_names(width);
  for (size_t c = 0; c < width; ++c) {
    if (layout.column_day[c].is_valid()) day_names[c] = std::string(TrimField(record.fields[c]));
  }
  RowParser parser = RowParserFor(schema.type);
  // The columns that date a row, for skipping rows outside the focus before anything else.
  int focus_date_col = -1;
  int focus_time_col = -1;
  for (size_t c = 0; c < width; ++c) {
    if (layout.column_field[c] < 0) continue;
    if (layout.column_field[c] == ctx.focus_date_field()) focus_date_col = static_cast<int>(c);
    if (layout.column_field[c] == ctx.focus_time_field()) focus_time_col = static_cast<int>(c);
  }
  const bool prefilter = ctx.has_focus() && !layout.grid;
  auto column = [&](int c) -> std::string_view {
    return c >= 0 && static_cast<size_t>(c) < record.fields.size() ? TrimField(record.fields[c])
                                                                   : std::string_view();
  };

  // One record after the header; the counts are updated at every return.
  auto read_row = [&] {
    std::fill(values.begin(), values.end(), std::string_view());
    for (size_t c = 0; c < width && c < record.fields.size(); ++c) {
      if (layout.column_field[c] >= 0) values[layout.column_field[c]] = TrimField(record.fields[c]);
    }
    Row row;
    row.line = record.line;
    row.values = values;
    if (!ctx.BeginRow(row, layout.grid ? date_field : -1)) return Count(ctx, counts);
    if (record.malformed_quotes) {
      ctx.Reject(-1, Reason::kMalformedQuotes, "");
      return Count(ctx, counts);
    }
    // Only the first few hundred bytes of what is extra are quoted.
    std::string extra;
    for (size_t c = width; c < record.fields.size() && extra.size() <= kMaxFieldBytes; ++c) {
      std::string_view value = TrimField(record.fields[c]);
      if (!value.empty()) extra.append(extra.empty() ? "" : ",").append(value.substr(0, 1024));
    }
    if (extra.size() <= kMaxFieldBytes && HasContent(record.overflow)) {
      extra.append(extra.empty() ? "" : ",").append(record.overflow.substr(0, 1024));
    }
    if (!extra.empty()) {
      ctx.Reject(-1, Reason::kExtraFields, extra);
      return Count(ctx, counts);
    }
    if (!layout.grid) {
      parser(ctx);
      return Count(ctx, counts);
    }
    // A grid row: the employee once, then one long-form row per day column.
    if (!ctx.EmployeeField(id_field)) return Count(ctx, counts);
    bool any_rejected = false;
    bool any_warned = false;
    for (size_t c = 0; c < width && !ctx.gave_up(); ++c) {
      if (!layout.column_day[c].is_valid() || !ctx.InFocus(layout.column_day[c])) continue;
      std::vector<std::string_view> cell_values = values;
      cell_values[date_field] = day_names[c];
      cell_values[shift_field] = c < record.fields.size() ? TrimField(record.fields[c]) : "";
      Row cell;
      cell.line = record.line;
      cell.values = cell_values;
      cell.grid_column = day_names[c];
      if (ctx.BeginRow(cell)) parser(ctx);
      any_rejected |= ctx.row_rejected();
      any_warned |= ctx.row_warned();
    }
    counts.rejected += any_rejected;
    counts.warned += any_warned && !any_rejected;
  };
  while (reader.Next(&record)) {
    if (record.IsBlank()) continue;
    ++counts.rows_read;
    if (prefilter && ctx.OutsideFocus(column(focus_date_col), column(focus_time_col))) continue;
    read_row();
    if (ctx.gave_up()) return false;
  }
  if (reader.unterminated()) {
    ctx.Fatal(Reason::kUnterminatedQuote, reader.unterminated_line());
    return false;
  }
  return true;
}

}  // namespace kefu
