// One input row, whatever file format it came from: the values of a record type's fields
// (ingest/record_schema.h), trimmed, by field index. Only ingest sees rows; every later stage
// sees typed records.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace kefu {

// A handover check item given as an XML child element.
struct RawItem {
  std::string_view name;
  std::string_view status;
  std::string_view note;
};

struct Row {
  uint32_t line = 0;
  std::span<const std::string_view> values;  // indexed by field; empty when absent
  std::span<const RawItem> items;            // XML handover items
  // Grid-form schedules: the header of the day column this row was cut from, used as the
  // field name in diagnostics so the clerk finds the cell.
  std::string_view grid_column;

  std::string_view Get(int field) const {
    return static_cast<size_t>(field) < values.size() ? values[field] : std::string_view();
  }
};

}  // namespace kefu
