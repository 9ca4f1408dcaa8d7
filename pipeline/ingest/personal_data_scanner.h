// The personal-data scanner (rule R-C1, 篇1 三.2): every text value ingest reads, every header
// cell and every input text a diagnostic quotes passes through it before anything else sees it,
// so that no report, CSV, log or message can hold a personal number in full.
//
// It finds and masks, with the shapes of ingest/personal_data.h:
// - mobile numbers: 11 digits starting 1[3-9], also after +86, 86 (written together) or 0086 —
//   138****5678 (a prefix stays as written);
// - ID numbers: 18 characters (the last may be X) or 15 digits (the old form), whose birth date
//   (characters 7–14, or 7–12 as YYMMDD) is a real date — 110105********1234;
// - bank card numbers: 16–19 digits that pass the Luhn check and do not read as a compact date
//   and time (20240926080130…) — **** 1234;
// - e-mail addresses: z***@example.com (the first character of the local part stays).
//
// Digits may be ASCII or full-width; digit groups of at least three digits may be joined by up to
// three separators (spaces, dashes, dots; see ReadNumberChar), so `133  1234  5678`,
// `133.2345.6789`, `+86 138-1234-5678` and `６２２２ ０２１２ …` are found. A group of one or two
// digits joins nothing (except the 86 of +86), which keeps dates (2024-09-26), times, scores
// (87.5), money (1,234.50), counts and ip addresses out; a number is always a run of whole groups,
// so the digits of a longer code (E0012345678's ten, an order number of 22) are left alone.
//
// Scanning is idempotent: where the kept digits of a mask meet other digits and make a new number
// (**** 1381 2345678), the text is scanned again until nothing more is found, so scanning masked
// text finds nothing more — and a mask written by hand in front of a real number hides nothing.
// Valid UTF-8 in gives valid UTF-8 out (only ASCII characters and whole characters are replaced).
#pragma once

#include <string>
#include <string_view>

namespace kefu {

// True when `text` holds personal data; `*masked` then receives the text with all of it masked
// (and is left alone otherwise). Text without 11 digits or an '@' is rejected in one quick pass.
bool FindPersonalData(std::string_view text, std::string* masked);

// `text` with every personal number and e-mail address masked.
std::string MaskPersonalData(std::string_view text);

}  // namespace kefu
