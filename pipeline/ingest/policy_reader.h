// input/policy.xml: every policy value of rules.md. A missing file means the defaults; an
// unknown element or attribute, a repeated value or a value out of range is a fatal error, so
// a typo never falls back to a default silently.
#pragma once

#include <string>
#include <vector>

#include "model/diagnostic.h"
#include "model/policy.h"

namespace kefu {

struct PolicyResult {
  Policy policy;
  bool found = false;                   // the file exists
  std::string sha256;                   // of the file's bytes; empty when not found
  std::vector<Diagnostic> diagnostics;  // fatal ones only
};

// `path` is read; `display_path` names it in diagnostics.
PolicyResult ReadPolicy(const std::string& path, const std::string& display_path);

// Reads policy XML from memory (for tests).
PolicyResult ParsePolicy(std::string_view xml, const std::string& display_path);

}  // namespace kefu
