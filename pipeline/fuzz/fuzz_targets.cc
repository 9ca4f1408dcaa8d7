#include "fuzz/fuzz_targets.h"

#include <cstdio>
#include <cstdlib>

namespace kefu::fuzz {

std::span<const FuzzTarget> FuzzTargets() {
  static constexpr FuzzTarget kTargets[] = {
      {"csv_reader", FuzzCsvReader},       {"text_encoding", FuzzTextEncoding},
      {"xml_records", FuzzXmlRecords},     {"field_parsers", FuzzFieldParsers},
      {"personal_data", FuzzPersonalData}, {"policy_reader", FuzzPolicyReader},
      {"xlsx_reader", FuzzXlsxReader},     {"clock_log", FuzzClockLog},
  };
  return kTargets;
}

void Require(bool ok, std::string_view what) {
  if (ok) return;
  std::fprintf(stderr, "kefu fuzz invariant broken: %.*s\n", static_cast<int>(what.size()),
               what.data());
  std::abort();
}

}  // namespace kefu::fuzz
