// The attendance workbook of the sample department read back with a real reader (openpyxl):
// sheets, header, one row per active employee, totals equal to the CSV.
#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>
#include <Poco/StreamCopier.h>
#include <gtest/gtest.h>

#include "run_kefu.h"

namespace kefu::testing {
namespace {

ProcessResult RunPython(const std::vector<std::string>& args) {
  Poco::Pipe out;
  Poco::ProcessHandle handle =
      Poco::Process::launch("/usr/bin/python3", args, ".", nullptr, &out, &out);
  Poco::PipeInputStream stream(out);
  ProcessResult result;
  Poco::StreamCopier::copyToString(stream, result.out);
  result.exit_code = handle.wait();
  return result;
}

void CheckWorkbook(const std::string& lang) {
  ScratchDir out("attendance-xlsx-" + lang);
  ProcessResult run = RunKefu(
      {"--lang", lang, "attendance", "--month", "2024-09", "--output", out.path(), "--quiet"});
  ASSERT_EQ(run.exit_code, 3) << run.err;  // the sample's deliberate bad rows
  std::string folder = out.path() + "/attendance/2024-09/";
  ProcessResult check =
      RunPython({"tests/read_attendance_xlsx.py", folder + "attendance-2024-09.xlsx",
                 folder + "attendance-2024-09.csv", lang});
  EXPECT_EQ(check.exit_code, 0) << check.out;
}

TEST(AttendanceWorkbook, ReadsBackInChinese) { CheckWorkbook("zh"); }
TEST(AttendanceWorkbook, ReadsBackInEnglish) { CheckWorkbook("en"); }

}  // namespace
}  // namespace kefu::testing
