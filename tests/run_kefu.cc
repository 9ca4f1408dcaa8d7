#include "run_kefu.h"

#include <Poco/DigestEngine.h>
#include <Poco/File.h>
#include <Poco/Path.h>
#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>
#include <Poco/SHA2Engine.h>
#include <Poco/StreamCopier.h>
#include <Poco/TemporaryFile.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

namespace kefu::testing {

ProcessResult RunProgram(const std::string& program, const std::vector<std::string>& args,
                         const std::map<std::string, std::string>& env) {
  Poco::Pipe out_pipe;
  Poco::Pipe err_pipe;
  Poco::Process::Env process_env(env.begin(), env.end());
  Poco::ProcessHandle handle =
      Poco::Process::launch(program, args, ".", nullptr, &out_pipe, &err_pipe, process_env);
  ProcessResult result;
  Poco::PipeInputStream out_stream(out_pipe);
  Poco::PipeInputStream err_stream(err_pipe);
  // Both pipes are drained at once so that neither can fill up and block the child.
  std::thread err_reader([&] { Poco::StreamCopier::copyToString(err_stream, result.err); });
  Poco::StreamCopier::copyToString(out_stream, result.out);
  err_reader.join();
  result.exit_code = handle.wait();
  return result;
}

ProcessResult RunKefu(const std::vector<std::string>& args, const std::string& tz) {
  std::map<std::string, std::string> env;
  if (!tz.empty()) env["TZ"] = tz;
  return RunProgram(KEFU_BINARY, args, env);
}

ScratchDir::ScratchDir(const std::string& name) {
  Poco::Path base(Poco::Path::temp());
  base.pushDirectory("kefu-test-" + name + "-" + std::to_string(Poco::Process::id()));
  path_ = base.toString();
  Poco::File dir(path_);
  if (dir.exists()) dir.remove(true);
  dir.createDirectories();
  if (!path_.empty() && path_.back() == '/') path_.pop_back();
}

ScratchDir::~ScratchDir() {
  try {
    Poco::File(path_).remove(true);
  } catch (...) {
  }
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::map<std::string, std::string> HashTree(const std::string& dir) {
  std::map<std::string, std::string> hashes;
  namespace fs = std::filesystem;
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

}  // namespace kefu::testing
