// The bodies of the libFuzzer harnesses, one per parser of untrusted input. Each takes any bytes,
// runs the parser as kefu does, and checks what must hold whatever the input: no crash, no
// undefined behaviour (the fuzz build runs them under AddressSanitizer and
// UndefinedBehaviorSanitizer), and the invariants listed with each target — above all that
// every text ingest keeps or quotes is valid UTF-8 free of control characters (or the workbook
// could not be written) and that no diagnostic quotes a personal number in full (R-C1). A broken
// invariant prints what broke and aborts.
//
// The same functions are called by the libFuzzer executables (pipeline/fuzz/fuzzer_main.cc, the
// fuzz build only) and by the corpus regression test of the normal build
// (tests/fuzz_corpus_test.cc), which feeds them every file of pipeline/fuzz/corpus/<name>/.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace kefu::fuzz {

using FuzzFunction = void (*)(const uint8_t* data, size_t size);

struct FuzzTarget {
  std::string_view name;  // the corpus folder and the fuzzer's name (<name>_fuzzer)
  FuzzFunction run;
};

// CsvReader over the raw bytes (record lines increase, at most kMaxCsvFields fields, every field
// inside the text or the record's buffer); then, as the loader does, DecodeText and
// ReadCsvRecords for the record type picked by the first byte.
void FuzzCsvReader(const uint8_t* data, size_t size);
// DecodeText and Gb18030ToUtf8: the result is valid UTF-8; valid UTF-8 comes back unchanged
// (without its BOM); an error offset lies inside the input.
void FuzzTextEncoding(const uint8_t* data, size_t size);
// ReadXmlRecords: the first byte picks the record type and whether the read has a focus
// period, the rest is the file.
void FuzzXmlRecords(const uint8_t* data, size_t size);
// Dates, date-times, clock times, months, quarters, scores, counts, booleans, grades, ids:
// a parser and its WhyNot* agree, and what parses prints back to the same value.
void FuzzFieldParsers(const uint8_t* data, size_t size);
// The personal-data scanner and the field masks: scanning its own output finds nothing more to
// mask (idempotent), valid UTF-8 in gives valid UTF-8 out, and no field mask keeps more than the
// rule's digits or anything the scanner would mask.
void FuzzPersonalData(const uint8_t* data, size_t size);
// ParsePolicy on UTF-8 text (ReadPolicy refuses anything else first): values in range.
void FuzzPolicyReader(const uint8_t* data, size_t size);

// XlsxWorkbook::Open on the bytes (or, after a first byte 0x01, on a workbook around them as
// its sheet's XML), then every sheet through the table view: rows in order and within Excel's
// limits, cell texts and diagnostics valid UTF-8, at most one fatal diagnostic.
void FuzzXlsxReader(const uint8_t* data, size_t size);
// ReadClockLog: clock numbers are letters and digits, every line a punch or rejected.
void FuzzClockLog(const uint8_t* data, size_t size);

// Every target above, by name.
std::span<const FuzzTarget> FuzzTargets();

// Prints "kefu fuzz invariant broken: <what>" and aborts unless `ok`.
void Require(bool ok, std::string_view what);

}  // namespace kefu::fuzz
