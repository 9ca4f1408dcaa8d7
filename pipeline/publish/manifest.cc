#include "publish/manifest.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <fcntl.h>
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <sstream>
#include <system_error>

#include "base/file_bytes.h"
#include "base/utf8.h"
#include "publish/file_ops.h"

namespace kefu {
namespace {

namespace fs = std::filesystem;

Poco::JSON::Object::Ptr NewObject() {
  return new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
}

// A manifest path must stay inside the folder.
bool IsSafeRelativePath(const std::string& path) {
  if (path.empty() || path.front() == '/' || path.back() == '/') return false;
  size_t start = 0;
  while (start <= path.size()) {
    size_t slash = path.find('/', start);
    std::string_view part(path.data() + start,
                          (slash == std::string::npos ? path.size() : slash) - start);
    if (part.empty() || part == "." || part == "..") return false;
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  return true;
}

// The files a manifest's text lists, current and superseded; false with `error` when it is not
// a manifest.
bool ParseOutputs(const std::string& text, std::map<std::string, ManifestFile>* outputs,
                  std::string* error) {
  try {
    Poco::JSON::Parser parser;
    Poco::JSON::Object::Ptr root = parser.parse(text).extract<Poco::JSON::Object::Ptr>();
    Poco::JSON::Array::Ptr list = root ? root->getArray("outputs") : nullptr;
    if (!list) {
      *error = "no \"outputs\" array";
      return false;
    }
    if (root->has("superseded")) {
      Poco::JSON::Array::Ptr superseded = root->getArray("superseded");
      if (!superseded) {
        *error = "\"superseded\" is not an array";
        return false;
      }
      Poco::JSON::Array::Ptr all = new Poco::JSON::Array(*list);
      for (size_t i = 0; i < superseded->size(); ++i)
        all->add(superseded->get(static_cast<unsigned>(i)));
      list = all;
    }
    for (size_t i = 0; i < list->size(); ++i) {
      Poco::JSON::Object::Ptr entry = list->getObject(static_cast<unsigned>(i));
      if (!entry || !entry->has("path") || !entry->has("sha256") || !entry->has("size")) {
        *error = fmt::format("outputs[{}] is incomplete", i);
        return false;
      }
      ManifestFile file;
      file.path = entry->getValue<std::string>("path");
      file.sha256 = entry->getValue<std::string>("sha256");
      file.size = entry->getValue<uint64_t>("size");
      if (!IsSafeRelativePath(file.path) || file.path == kManifestName) {
        *error = fmt::format("outputs[{}]: bad path '{}'", i, file.path);
        return false;
      }
      if (!outputs->emplace(file.path, file).second) {
        *error = fmt::format("outputs[{}]: '{}' is listed twice", i, file.path);
        return false;
      }
    }
  } catch (const Poco::Exception& e) {
    *error = e.displayText();
    return false;
  } catch (const std::exception& e) {
    *error = e.what();
    return false;
  }
  return true;
}

Poco::JSON::Array::Ptr FileList(std::vector<ManifestFile> files) {
  std::sort(files.begin(), files.end(),
            [](const ManifestFile& a, const ManifestFile& b) { return a.path < b.path; });
  Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
  for (const ManifestFile& f : files) {
    Poco::JSON::Object::Ptr entry = NewObject();
    entry->set("path", f.path);
    entry->set("sha256", f.sha256);
    entry->set("size", f.size);
    list->add(entry);
  }
  return list;
}

}  // namespace

std::string RenderManifest(const ManifestInfo& info, std::vector<ManifestFile> outputs,
                           std::vector<ManifestFile> superseded) {
  Poco::JSON::Object::Ptr root = NewObject();
  root->set("tool", "kefu");
  root->set("version", info.tool_version);
  root->set("command", info.command);
  root->set("period", info.period);
  root->set("policy_sha256", info.policy_sha256);

  std::vector<const InputFile*> inputs;
  for (const InputFile& f : info.inputs) inputs.push_back(&f);
  std::sort(inputs.begin(), inputs.end(),
            [](const InputFile* a, const InputFile* b) { return a->path < b->path; });
  Poco::JSON::Array::Ptr input_list = new Poco::JSON::Array;
  for (const InputFile* f : inputs) {
    Poco::JSON::Object::Ptr entry = NewObject();
    entry->set("path", ToValidUtf8(f->path));  // a file name is bytes; JSON is UTF-8
    entry->set("sha256", f->sha256);
    entry->set("rows_read", f->rows_read);
    entry->set("rejected", f->rejected);
    entry->set("warned", f->warned);
    entry->set("duplicates", f->duplicates);
    input_list->add(entry);
  }
  root->set("inputs", input_list);

  root->set("outputs", FileList(std::move(outputs)));
  root->set("superseded", FileList(std::move(superseded)));

  std::ostringstream out;
  root->stringify(out, 2);
  out << "\n";
  return out.str();
}

VerifyResult VerifyFolder(const std::string& folder) {
  VerifyResult result;
  auto no_manifest = [&](std::string why) {
    result.problems = {{PublishError::Kind::kNoManifest, kManifestName, std::move(why)}};
    return result;
  };
  FileBytes manifest = ReadFileBytes((fs::path(folder) / kManifestName).string());
  if (manifest.missing) return no_manifest(SystemError(ENOENT));
  if (!manifest.error.empty()) return no_manifest(manifest.error);
  std::map<std::string, ManifestFile> listed;
  std::string error;
  if (!ParseOutputs(manifest.bytes, &listed, &error)) return no_manifest(error);

  // The folder as given (a link to it is the user's); nothing in it is followed.
  Fd dir(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  std::vector<TreeEntry> entries;
  if (!dir.ok()) return no_manifest(SystemError(errno));
  if (!ListTree(dir.get(), {}, &entries, &error)) return no_manifest(error);
  for (const TreeEntry& entry : entries) {
    if (entry.type == TreeEntry::Type::kFolder || entry.path == kManifestName) continue;
    auto it = listed.find(entry.path);
    if (it == listed.end()) {
      result.problems.push_back({PublishError::Kind::kExtra, entry.path, ""});
      continue;
    }
    // A link or special file where the manifest lists a file has changed.
    FileHash hash;
    if (entry.type == TreeEntry::Type::kFile) hash = HashFileAt(dir.get(), entry.path);
    if (entry.type != TreeEntry::Type::kFile || !hash.error.empty() ||
        it->second.sha256 != hash.sha256 || it->second.size != hash.size) {
      result.problems.push_back({PublishError::Kind::kChanged, entry.path, ""});
    }
    listed.erase(it);
  }
  for (const auto& [path, file] : listed) {
    result.problems.push_back({PublishError::Kind::kMissing, path, ""});
  }
  std::sort(result.problems.begin(), result.problems.end(),
            [](const PublishError& a, const PublishError& b) { return a.path < b.path; });
  result.ok = result.problems.empty();
  return result;
}

}  // namespace kefu
