// manifest.json of an output folder (outputs.md "Files"): what the run was (tool, version,
// command, period, policy digest), every input file with its digest and counts, and every file
// of the folder with its digest and size — so that an archived folder can be checked later
// (`kefu verify DIR`).
//
// The manifest is deterministic: keys in a fixed order, inputs and outputs sorted by path in
// byte order, no timestamps. It lists every regular file of the folder and its subfolders but
// manifest.json itself: the current files (`outputs`: what the run produced, and in the dossier/
// folder the other dossiers kept there) and, separately, the files kept aside by --force
// (`superseded`: NAME.superseded-N.ext), so that nobody takes an old report, or one the run no
// longer produces, for a current one. A manifest without `superseded` (written before issue 11)
// lists everything under `outputs`.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/dataset.h"
#include "publish/publish_error.h"

namespace kefu {

inline constexpr const char* kManifestName = "manifest.json";

// The manifest's description of the run.
struct ManifestInfo {
  std::string tool_version;
  std::string command;        // e.g. "attendance --month 2024-09"
  std::string period;         // e.g. "2024-08-26..2024-09-25"
  std::string policy_sha256;  // empty: defaults
  std::vector<InputFile> inputs;
};

// One file of the folder: its path relative to the folder ('/'-separated), SHA-256, size.
struct ManifestFile {
  std::string path;
  std::string sha256;
  uint64_t size = 0;
  bool operator==(const ManifestFile&) const = default;
};

// The text of manifest.json.
std::string RenderManifest(const ManifestInfo& info, std::vector<ManifestFile> outputs,
                           std::vector<ManifestFile> superseded = {});

// Recomputes the hashes of an output folder against its manifest.json: every file listed (as
// current or superseded) must exist with its hash and size, and nothing else may be there — no
// other file, no symbolic link (a manifest never vouches for one), nothing left by a run in
// progress or interrupted (a staging folder's files are extra). `problems` are sorted by path:
// kMissing, kChanged, kExtra, or a single kNoManifest when manifest.json is missing or cannot be
// read (detail: why).
struct VerifyResult {
  bool ok = false;
  std::vector<PublishError> problems;
};
VerifyResult VerifyFolder(const std::string& folder);

}  // namespace kefu
