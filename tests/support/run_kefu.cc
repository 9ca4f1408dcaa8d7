#include "support/run_kefu.h"

#include <Poco/JSON/Parser.h>
#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>
#include <Poco/StreamCopier.h>
#include <gtest/gtest.h>

#include <thread>

#include "support/files.h"

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

Poco::JSON::Object::Ptr RunPython(const std::string& script, const std::string& argument) {
  TempDir dir("python");
  const std::string script_path = dir / "read.py";
  WriteFile(script_path, script);
  ProcessResult run = RunProgram("/usr/bin/python3", {script_path, argument});
  EXPECT_EQ(run.exit_code, 0) << "python failed (is python3-openpyxl installed?):\n"
                              << run.out << run.err;
  if (run.exit_code != 0) return nullptr;
  try {
    Poco::JSON::Parser parser;
    return parser.parse(run.out).extract<Poco::JSON::Object::Ptr>();
  } catch (const std::exception&) {
    ADD_FAILURE() << "not JSON: " << run.out;
    return nullptr;
  }
}

std::string DumpXlsx(const std::string& mode, const std::string& workbook,
                     const std::vector<std::string>& more) {
  std::vector<std::string> args = {SourcePath("tests/support/dump_xlsx.py"), mode, workbook};
  args.insert(args.end(), more.begin(), more.end());
  ProcessResult run = RunProgram("/usr/bin/python3", args);
  EXPECT_EQ(run.exit_code, 0) << "dump_xlsx.py " << mode << " " << workbook << ":\n" << run.err;
  return run.exit_code == 0 ? run.out : "";
}

}  // namespace kefu::testing
