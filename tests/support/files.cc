#include "support/files.h"

#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace kefu::testing {

namespace fs = std::filesystem;

TempDir::TempDir(const std::string& name) {
  std::string pattern = (fs::temp_directory_path() / ("kefu-" + name + "-XXXXXX")).string();
  path_ = ::mkdtemp(pattern.data()) ? pattern : std::string();
}

TempDir::~TempDir() {
  std::error_code ignored;
  if (!path_.empty()) fs::remove_all(path_, ignored);
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

void WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

std::map<std::string, std::string> Snapshot(const std::string& folder) {
  std::map<std::string, std::string> entries;
  if (!fs::exists(folder)) return entries;
  for (const auto& e : fs::recursive_directory_iterator(folder)) {
    std::string rel = e.path().lexically_relative(folder).generic_string();
    if (e.is_directory()) {
      entries[rel + "/"] = "";
    } else {
      entries[rel] = ReadFile(e.path().string());
    }
  }
  return entries;
}

std::map<std::string, std::string> HashTree(const std::string& dir) {
  std::map<std::string, std::string> hashes;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (!entry.is_regular_file()) continue;
    std::string bytes = ReadFile(entry.path().string());
    Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
    engine.update(bytes.data(), bytes.size());
    hashes[fs::relative(entry.path(), dir).generic_string()] =
        Poco::DigestEngine::digestToHex(engine.digest());
  }
  return hashes;
}

std::vector<std::string> Words(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

std::vector<std::string> Split(const std::string& line, char separator) {
  std::vector<std::string> fields;
  std::string field;
  std::istringstream in(line);
  while (std::getline(in, field, separator)) fields.push_back(field);
  if (!line.empty() && line.back() == separator) fields.push_back("");
  return fields;
}

std::string SourcePath(const std::string& relative) {
  return std::string(KEFU_SOURCE_DIR) + "/" + relative;
}

}  // namespace kefu::testing
