// manifest.json of an output folder (outputs.md "Files"): what the run was (tool, version,
// command, period, policy digest), every input file with its digest and counts, and every file
// of the folder with its digest and size — so that an archived folder can be checked later
// (`kefu verify DIR`).
//
// The manifest is deterministic: keys in a fixed order, inputs and outputs sorted by path in
// byte order, no timestamps. It lists every regular file of the folder and its subfolders
// (superseded reports and dossiers/ included) except manifest.json itself and the temporary
// files of a publication in progress (.NAME.tmp-PID-N).
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

// The files the manifest of `folder` lists, sorted by path. `others` receives, sorted, the
// paths of what a manifest does not describe: entries that are neither folders nor regular files
// (symbolic links, sockets …) and temporary files (of a publication in progress, or left by one
// that was killed). False with `error` when the folder cannot be read.
bool ListFolderFiles(const std::string& folder, std::vector<ManifestFile>* files,
                     std::vector<std::string>* others, std::string* error);

// The text of manifest.json.
std::string RenderManifest(const ManifestInfo& info, std::vector<ManifestFile> outputs);

// Recomputes the hashes of an output folder against its manifest.json: every listed file must
// exist with its hash and size, and no other file may be there. `problems` are sorted by path:
// kMissing, kChanged, kExtra, or a single kNoManifest when manifest.json is missing or cannot be
// read (detail: why).
struct VerifyResult {
  bool ok = false;
  std::vector<PublishError> problems;
};
VerifyResult VerifyFolder(const std::string& folder);

}  // namespace kefu
