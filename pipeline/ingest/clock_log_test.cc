#include "ingest/clock_log.h"

#include <gtest/gtest.h>

#include "support/xlsx_fixtures.h"

namespace kefu {
namespace {

using testing::Collected;

struct Read {
  std::vector<std::string> punches;  // line number, number, time, verify, state, work code
  ClockLogCounts counts;
  std::vector<std::string> diagnostics;
};

Read ReadLog(std::string_view text) {
  Collected out("punches/1_attlog.dat");
  Read read;
  read.counts = ReadClockLog(text, out.diagnostics, [&](const ClockPunch& p) {
    read.punches.push_back(std::to_string(p.line) + " " + std::string(p.clock_number) + " " +
                           p.time.Iso() + " v" + std::to_string(p.verify_mode) + " s" +
                           std::to_string(static_cast<int>(p.state)) + " w" +
                           std::to_string(p.work_code));
  });
  read.diagnostics = out.Lines();
  return read;
}

TEST(ClockLog, ReadsPaddedNumbersTabsCrlfAndStates) {
  const std::string log =
      "        1\t2024-09-02 07:58:12\t1\t0\t0\t0\r\n"
      "        1\t2024-09-02 07:58:40\t1\t0\t0\t0\t\t\r\n"  // trailing tabs
      "       12\t2024-09-02 18:01:05\t15\t1\t0\t0\r\n"
      "\r\n"
      "     0007\t2024-09-02 19:00:00\t1\t4\t0\t0\n"  // overtime in
      "     0007\t2024-09-02 22:00:00\t1\t5\n"        // fewer fields
      "      999\t2024-09-02 08:00:00\t2\t2\t3\t0\n"  // break out, work code 3
      "        3\t2000-01-01 00:00:00\t1\t3\t0\t0";   // a clock reset; no final line end
  Read read = ReadLog(log);
  EXPECT_EQ(read.punches,
            (std::vector<std::string>{
                "1 1 2024-09-02 07:58:12 v1 s0 w0", "2 1 2024-09-02 07:58:40 v1 s0 w0",
                "3 12 2024-09-02 18:01:05 v15 s1 w0", "5 0007 2024-09-02 19:00 v1 s4 w0",
                "6 0007 2024-09-02 22:00 v1 s5 w-1", "7 999 2024-09-02 08:00 v2 s2 w3",
                "8 3 2000-01-01 00:00 v1 s3 w0"}));
  EXPECT_EQ(read.counts.lines, 7u);
  EXPECT_EQ(read.counts.rejected, 0u);
  EXPECT_TRUE(read.diagnostics.empty());
}

TEST(ClockLog, EachBadLineIsRejectedWithItsLine) {
  const std::string log =
      "\xEF\xBB\xBF        1\t2024-09-02 07:58:12\t1\t0\t0\t0\n"
      "  abc-1\t2024-09-02 08:00:00\t1\t0\t0\t0\n"
      "        3\t2024-09-31 08:00:00\t1\t0\t0\t0\n"
      "        3\t2024-09-02 08:00\t1\t9\t0\t0\n"  // state 9: used, with a warning
      "        3\t2024-09-02 08:00:00\tx\t0\t0\t0\n"
      "garbage\n"
      "        3\t2100-01-01 08:00:00\n"
      "        4\t2024-09-02 08:00:00\t1\t0\t0\t0\x01\n";
  Read read = ReadLog(log);
  EXPECT_EQ(read.punches, (std::vector<std::string>{"1 1 2024-09-02 07:58:12 v1 s0 w0",
                                                    "4 3 2024-09-02 08:00 v1 s-1 w0"}));
  EXPECT_EQ(read.counts.lines, 8u);
  EXPECT_EQ(read.counts.rejected, 6u);
  EXPECT_EQ(read.counts.warned, 1u);
  const std::string bad_line =
      "rejected: not a time-clock log line (clock number, tab, YYYY-MM-DD HH:MM:SS, then verify "
      "mode, in/out state, work code)";
  EXPECT_EQ(
      read.diagnostics,
      (std::vector<std::string>{
          "punches/1_attlog.dat:2: rejected: not a clock number (letters and digits): "
          "\"  abc-1\\x092024-09-02 08:00:00\\x091\\x090\\x090\\x090\"",
          "punches/1_attlog.dat:3: rejected: there is no such day in the calendar: "
          "\"        3\\x092024-09-31 08:00:00\\x091\\x090\\x090\\x090\"",
          "punches/1_attlog.dat:4: warning: the in/out state 9 is not one of 0-5 (kept as "
          "unknown; the punch is used): \"        3\\x092024-09-02 08:00\\x091\\x099\\x090\\x090\"",
          "punches/1_attlog.dat:5: " + bad_line +
              ": \"        3\\x092024-09-02 08:00:00\\x09x\\x090\\x090\\x090\"",
          "punches/1_attlog.dat:6: " + bad_line + ": \"garbage\"",
          "punches/1_attlog.dat:7: rejected: the year must be from 1900 to 2099: "
          "\"        3\\x092100-01-01 08:00:00\"",
          "punches/1_attlog.dat:8: " + bad_line +
              ": \"        4\\x092024-09-02 08:00:00\\x091\\x090\\x090\\x090\\x01\""}));
}

TEST(ClockLog, TooManyBadLinesGiveTheFileUp) {
  std::string log;
  for (int i = 0; i < 10001; ++i) log += "not a punch\n";
  Read read = ReadLog(log);
  EXPECT_EQ(read.counts.rejected, 10000u);
  ASSERT_EQ(read.diagnostics.size(), 10001u);
  EXPECT_EQ(read.diagnostics.back(),
            "punches/1_attlog.dat:10000: error: 10000 rows of this file were rejected; reading "
            "stopped (is it the right file?)");
}

TEST(ClockLog, CanonicalNumbersAndDevices) {
  EXPECT_EQ(CanonicalClockNumber("0007"), "7");
  EXPECT_EQ(CanonicalClockNumber("7"), "7");
  EXPECT_EQ(CanonicalClockNumber("000"), "0");
  EXPECT_EQ(CanonicalClockNumber("A007"), "A007");
  EXPECT_EQ(ClockDeviceFromFileName("1_attlog.dat"), "1");
  EXPECT_EQ(ClockDeviceFromFileName("punches/KQ2_ATTLOG.dat"), "KQ2");
  EXPECT_EQ(ClockDeviceFromFileName("1_attlog (1).dat"), "1");
  EXPECT_EQ(ClockDeviceFromFileName("attlog.dat"), "");
}

TEST(ClockLog, UnknownNumbersAreListedOnceEachWithTheirCount) {
  UnknownClockNumbers unknown;
  unknown.Add("999", 7);
  unknown.Add("42", 3);
  unknown.Add("999", 9);
  unknown.Add("1000", 1);
  unknown.Add("A7", 2);
  unknown.Add("999", 5);
  std::vector<std::string> listed;
  for (const auto& e : unknown.List()) {
    listed.push_back(e.number + " x" + std::to_string(e.punches) + " @" +
                     std::to_string(e.first_line));
  }
  EXPECT_EQ(listed, (std::vector<std::string>{"42 x1 @3", "999 x3 @5", "1000 x1 @1", "A7 x1 @2"}));
  Collected out("punches/1_attlog.dat");
  unknown.Report(out.diagnostics);
  EXPECT_EQ(out.Lines(),
            (std::vector<std::string>{
                "punches/1_attlog.dat:3: rejected: clock number 42 belongs to no employee (no "
                "employee has it as device_pin); punches not used: 1",
                "punches/1_attlog.dat:5: rejected: clock number 999 belongs to no employee (no "
                "employee has it as device_pin); punches not used: 3",
                "punches/1_attlog.dat:1: rejected: clock number 1000 belongs to no employee (no "
                "employee has it as device_pin); punches not used: 1",
                "punches/1_attlog.dat:2: rejected: clock number A7 belongs to no employee (no "
                "employee has it as device_pin); punches not used: 1"}));
}

}  // namespace
}  // namespace kefu
