// The fields of each record type (inputs.md "Record types"): English key, Chinese names, and
// whether the field is required. A CSV column or an XML attribute/child is matched against
// them ignoring ASCII case and surrounding spaces.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "model/records.h"

namespace kefu {

struct FieldSpec {
  std::string_view key;
  std::vector<std::string_view> names;  // Chinese (and other accepted) names
  bool required = false;       // the column must exist, and (unless empty_allowed) hold a value
  bool empty_allowed = false;  // schedule.shift: an empty cell is a rest day
  // Personal data that its parser reads as written: it checks or matches the raw value and keeps
  // only the masked one (R-C1). Every other field is scanned and masked before parsing.
  bool raw = false;
};

struct RecordSchema {
  RecordType type;
  std::vector<FieldSpec> fields;
  // The XML element name of one record ("punch"); any name is accepted on input.
  std::string_view singular;

  // The index of the field this column header names, or -1.
  int Match(std::string_view header) const;
  int IndexOf(std::string_view key) const;
};

const RecordSchema& SchemaOf(RecordType type);

// Every record type, in reading order.
std::span<const RecordType> AllRecordTypes();

}  // namespace kefu
