// What the CSV and XML record harnesses share: the small dataset their rows refer to, and the
// checks of what a file read leaves behind.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "ingest/staging.h"
#include "model/dataset.h"
#include "model/diagnostic.h"

namespace kefu::fuzz {

// Employees E001 (hired 2023-01-01) and E002 (2022-06-01, left 2024-09-15), shifts D (08:00–
// 17:00) and N (22:00–06:00, night): what the seed corpora refer to.
const Dataset& SmallDataset();

// The record type a selector byte picks (all sixteen in turn), and the focus it asks for (bit 4:
// September 2024, as a report run reads it; otherwise none, as `kefu check` does).
RecordType TypeOf(uint8_t selector);
std::optional<DateRange> FocusOf(uint8_t selector);

// Every text of every staged record is valid UTF-8 without control characters (tab, CR and LF
// aside), at most kMaxFieldBytes long and holds nothing the personal-data scanner would mask
// (R-C1); the masked ID number, phone and bank card keep at most 6 digits together; every staged
// date is valid; every diagnostic's quoted text and arguments are valid UTF-8 and hold nothing
// the scanner would mask, its quote is short; a reader that returned false left a fatal
// diagnostic, and only one.
void CheckIngest(const Staging& staging, const std::vector<Diagnostic>& diagnostics, bool ok);

}  // namespace kefu::fuzz
