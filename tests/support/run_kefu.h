// Running the real kefu binary (KEFU_BINARY) and other programs from a test, as a user would.
#pragma once

#include <Poco/JSON/Object.h>

#include <map>
#include <string>
#include <vector>

namespace kefu::testing {

struct ProcessResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs KEFU_BINARY with `args` (environment: TZ as given, if not empty).
ProcessResult RunKefu(const std::vector<std::string>& args, const std::string& tz = "");

// Runs any program with `args` and these environment variables added to the test's own.
ProcessResult RunProgram(const std::string& program, const std::vector<std::string>& args,
                         const std::map<std::string, std::string>& env = {});

// Runs `script` (Python text) with /usr/bin/python3 (not a python3 found on PATH, which may
// lack openpyxl) and `argument` as sys.argv[1]; the script prints JSON, returned parsed. A
// failure or output that is not JSON fails the test and returns null.
Poco::JSON::Object::Ptr RunPython(const std::string& script, const std::string& argument);

// tests/support/dump_xlsx.py on `workbook` in `mode` (see the script): its standard output, or
// "" after failing the test.
std::string DumpXlsx(const std::string& mode, const std::string& workbook,
                     const std::vector<std::string>& more = {});

}  // namespace kefu::testing
