// Ingest end to end on small folders written by the tests: both file formats, encodings,
// header aliases, grids, duplicates and the diagnostics of inputs.md "Bad input".
#include "ingest/loader.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "report/common/labels.h"

namespace kefu {
namespace {

namespace fs = std::filesystem;

class InputFolder {
 public:
  InputFolder() {
    path_ = fs::temp_directory_path() /
            ("kefu-loader-" + std::to_string(::getpid()) + "-" + std::to_string(counter_++));
    fs::remove_all(path_);
    fs::create_directories(path_);
    Write("employees.csv",
          "工号,姓名,部门,级别,入职日期\nE001,张三,客服部,初级客服,2023-01-05\n"
          "E002,李四,客服部,M,2023/2/1\n");
    Write("shifts.csv", "code,name,start,end\nA,早班,08:00,16:00\nC,夜班,23:00,07:00\n");
  }
  ~InputFolder() { fs::remove_all(path_); }

  void Write(const std::string& name, const std::string& bytes) {
    fs::path file = path_ / name;
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << bytes;
  }

  LoadResult Load() {
    LoadOptions options;
    options.input_dir = path_.string();
    return LoadInput(options);
  }

  // Diagnostics as the English lines kefu prints, with the folder's path cut off.
  std::vector<std::string> Lines(const LoadResult& result) const {
    std::vector<std::string> lines;
    for (const Diagnostic& d : result.diagnostics) {
      std::string line = Labels::For(Language::kEn).DiagnosticLine(d);
      std::string prefix = path_.string() + "/";
      if (line.rfind(prefix, 0) == 0) line.erase(0, prefix.size());
      lines.push_back(line);
    }
    return lines;
  }

 private:
  static inline int counter_ = 0;
  fs::path path_;
};

TEST(Loader, ReadsEmployeesWithChineseHeadersSortedById) {
  InputFolder in;
  LoadResult r = in.Load();
  EXPECT_TRUE(r.diagnostics.empty());
  ASSERT_EQ(r.dataset.employees.size(), 2u);
  EXPECT_EQ(r.dataset.employees[0].id, "E001");
  EXPECT_EQ(r.dataset.employees[0].grade, Grade::kJ);
  EXPECT_EQ(r.dataset.employees[1].hire_date, Date::FromYmd(2023, 2, 1));
  EXPECT_EQ(r.dataset.employees[1].grade_since, Date::FromYmd(2023, 2, 1));
}

TEST(Loader, PunchesFromSplitColumnsGbkAndXmlBothStyles) {
  InputFolder in;
  // 工号,日期,时间 / E001,2023-06-01,07:58 in GBK.
  in.Write("punches/2023-06a.csv",
           "\xB9\xA4\xBA\xC5,\xC8\xD5\xC6\xDA,\xCA\xB1\xBC\xE4\r\nE001,2023-06-01,07:58\r\n");
  in.Write("punches/2023-06b.xml",
           "<punches>\n  <punch employee_id=\"E001\" time=\"2023-06-01 16:02\"/>\n"
           "  <punch><employee_id>E002</employee_id><time>2023-06-01 08:07:12</time></punch>\n"
           "</punches>\n");
  LoadResult r = in.Load();
  EXPECT_TRUE(r.diagnostics.empty()) << in.Lines(r).front();
  ASSERT_EQ(r.dataset.punches.size(), 3u);
  EXPECT_EQ(r.dataset.punches[0].time.Iso(), "2023-06-01 07:58");
  EXPECT_EQ(r.dataset.punches[1].time.Iso(), "2023-06-01 16:02");
  EXPECT_EQ(r.dataset.punches[2].time.Iso(), "2023-06-01 08:07:12");
  EXPECT_EQ(r.dataset.files[2].encoding, "GB18030");
}

TEST(Loader, QuotedFieldsWithCommasNewlinesAndQuotes) {
  InputFolder in;
  in.Write("schedule_changes.csv",
           "employee_id,date,to_shift,reason\r\nE001,2023-06-02,C,\"换班, 因为\n家里有事 "
           "\"\"急\"\"\"\r\n");
  LoadResult r = in.Load();
  ASSERT_EQ(r.dataset.changes.size(), 1u);
  EXPECT_EQ(r.dataset.changes[0].reason, "换班, 因为\n家里有事 \"急\"");
}

TEST(Loader, GridScheduleOneEntryPerDay) {
  InputFolder in;
  in.Write("schedule/2023-06.csv",
           "工号,姓名,2023-06-01,2023/6/2,2023-06-03\nE001,张三,A,休,\nE002,李四,C,OFF,A\n");
  LoadResult r = in.Load();
  EXPECT_TRUE(r.diagnostics.empty());
  // Rest days are kept as rest entries; shifts as shifts.
  int shifts = 0;
  for (const ScheduleEntry& e : r.dataset.schedule) shifts += e.shift != kRestDay;
  EXPECT_EQ(shifts, 3);
  EXPECT_EQ(r.dataset.files[2].rows_read, 2u);
}

TEST(Loader, BadRowsAreRejectedWithFileLineFieldAndText) {
  InputFolder in;
  in.Write("punches.csv",
           "employee_id,time,备注\nE001,2023-06-01 07:58,x\nE009,2023-06-01 08:00,\n"
           "E001,2023-02-30 08:00,\nE001,,\nE001,2023-06-01 07:58,y\n");
  in.Write("monthly_scores.csv",
           "employee_id,month,score\nE001,2023-06,0\nE001,2023-07,105\nE002,2023-06,88.5\n"
           "E002,2023-06,90\n");
  LoadResult r = in.Load();
  std::vector<std::string> expected = {
      "punches.csv:1: warning: unknown columns ignored: 备注",
      "punches.csv:3: employee_id: rejected: unknown employee: \"E009\"",
      "punches.csv:4: time: rejected: there is no such day in the calendar: "
      "\"2023-02-30 08:00\"",
      "punches.csv:5: time: rejected: a required field is empty",
      "monthly_scores.csv:2: score: warning: a score of exactly 0 (used, but check it): \"0\"",
      "monthly_scores.csv:3: score: rejected: a score must be from 0 to 100: \"105\"",
  };
  std::vector<std::string> lines = in.Lines(r);
  ASSERT_GE(lines.size(), expected.size());
  for (size_t i = 0; i < expected.size(); ++i) EXPECT_EQ(lines[i], expected[i]);
  ASSERT_EQ(lines.size(), 7u);
  EXPECT_EQ(lines[6].substr(0, lines[6].find(" at ")),
            "monthly_scores.csv:5: rejected: the same key with different values was read before");
  // The exact duplicate punch (same employee and time, device empty) is kept once and counted.
  EXPECT_EQ(r.dataset.punches.size(), 1u);
  EXPECT_EQ(r.dataset.files[2].duplicates, 1u);
  EXPECT_EQ(r.dataset.files[2].rejected, 3u);
}

TEST(Loader, IdNumbersAreWarnedButNeverEchoedInFull) {
  InputFolder in;
  in.Write("employees.csv",
           "employee_id,name,department,grade,hire_date,id_number,phone\n"
           "E001,张三,客服部,J,2023-01-05,110105194912310021,13812345678\n"
           "E002,李四,客服部,J,2023-01-05,1.10105E+17,139\n");
  LoadResult r = in.Load();
  std::vector<std::string> lines = in.Lines(r);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0],
            "employees.csv:2: id_number: warning: the ID number's check digit is wrong (GB 11643): "
            "\"110105********0021\"");
  EXPECT_EQ(lines[1],
            "employees.csv:3: id_number: warning: the ID number was turned into a number by Excel "
            "(E-notation); its digits are lost: \"********\"");
  EXPECT_EQ(r.dataset.employees[0].phone_masked, "138****5678");
  EXPECT_EQ(r.dataset.employees[0].id_number_masked, "110105********0021");
}

TEST(Loader, XmlDoctypeEntitiesAndMalformedDocumentsAreFatal) {
  InputFolder in;
  in.Write("punches/a.xml",
           "<?xml version=\"1.0\"?>\n<!DOCTYPE punches [<!ENTITY x \"y\">]>\n<punches/>\n");
  in.Write("punches/b.xml", "<punches>\n<punch employee_id=\"E001\" time=\"&x;\"/>\n</punches>\n");
  in.Write("punches/c.xml",
           "<punches>\n<punch employee_id=\"E001\" time=\"2023-06-01 07:58\"/>\n<punch\n");
  LoadResult r = in.Load();
  std::vector<std::string> lines = in.Lines(r);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(
      lines[0],
      "punches/a.xml:2: error: a DOCTYPE is not allowed (entities could be expanded or fetched)");
  EXPECT_EQ(lines[1].substr(0, 49), "punches/b.xml:2: error: the entity reference &x; ");
  EXPECT_EQ(lines[2].substr(0, 47), "punches/c.xml:3: error: not well-formed XML: Er");
  // Never a partial tree: the malformed file's first punch is not used.
  EXPECT_TRUE(r.dataset.punches.empty());
  EXPECT_TRUE(r.HasFatal());
}

TEST(Loader, XmlDeclaredGbkIsTranscoded) {
  InputFolder in;
  // <honors><honor employee_id="E001" date="2023-06-30" title="优秀客服"/></honors> in GBK.
  in.Write("honors.xml",
           "<?xml version=\"1.0\" encoding=\"GBK\"?>\n<honors><honor employee_id=\"E001\" "
           "date=\"2023-06-30\" title=\"\xD3\xC5\xD0\xE3\xBF\xCD\xB7\xFE\"/></honors>\n");
  in.Write("logins.xml",
           "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<logins><login account=\"\xD3\xC5\" "
           "time=\"2023-06-30 08:00\"/></logins>\n");
  LoadResult r = in.Load();
  ASSERT_EQ(r.dataset.honors.size(), 1u);
  EXPECT_EQ(r.dataset.honors[0].title, "优秀客服");
  std::vector<std::string> lines = in.Lines(r);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0],
            "logins.xml:2: error: the text is not valid UTF-8, which an XML file is unless its "
            "declaration names another encoding (a GBK export needs <?xml version=\"1.0\" "
            "encoding=\"GBK\"?>)");
}

TEST(Loader, HandoverItemsFromXmlChildrenAndCsvColumn) {
  InputFolder in;
  in.Write("handovers/a.xml",
           "<handovers><handover date=\"2023-06-01\" from_shift=\"A\" to_shift=\"C\">"
           "<recorder>E001</recorder><item name=\"门禁\" status=\"ok\"/>"
           "<item name=\"空调\" status=\"fault\" note=\"漏水\"/></handover></handovers>");
  in.Write("handovers/b.csv",
           "date,from_shift,to_shift,items\n2023-06-02,A,C,门禁=ok;空调=fault:漏水;灯=\n");
  LoadResult r = in.Load();
  ASSERT_EQ(r.dataset.handovers.size(), 2u);
  const Handover& xml = r.dataset.handovers[0];
  ASSERT_EQ(xml.items.size(), 2u);
  EXPECT_EQ(xml.recorder, "E001");
  EXPECT_EQ(xml.department, "客服部");  // one department: filled in
  EXPECT_EQ(xml.items[1].status, ItemStatus::kFault);
  EXPECT_EQ(xml.items[1].note, "漏水");
  const Handover& csv = r.dataset.handovers[1];
  ASSERT_EQ(csv.items.size(), 3u);
  EXPECT_EQ(csv.items[1].note, "漏水");
  EXPECT_EQ(csv.items[2].status, ItemStatus::kUnmarked);
}

TEST(Loader, FilesThatCannotBeReadAtAll) {
  InputFolder in;
  in.Write("leave.csv", "");
  in.Write("honors.csv", "\"employee_id,date\nE001,2023-06-01\n");
  in.Write("probation.csv", "x,y\n1,2\n");
  in.Write("punch.csv", "employee_id,time\n");
  LoadResult r = in.Load();
  std::vector<std::string> lines = in.Lines(r);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0], "punch.csv: warning: not read: not a record type of the input folder");
  EXPECT_EQ(lines[1], "leave.csv:1: error: the file is empty");
  EXPECT_EQ(lines[2], "honors.csv:1: error: a quoted field that starts here never ends");
  EXPECT_EQ(
      lines[3],
      "probation.csv:1: error: no header row with the required columns employee_id, date, result");
}

TEST(Loader, FocusSkipsRowsOutsideThePeriod) {
  InputFolder in;
  in.Write(
      "punches.csv",
      "employee_id,time\nE001,2023-06-01 07:58\nE001,2023-07-01 07:58\nE009,2023-08-01 07:00\n");
  LoadResult all = in.Load();
  EXPECT_EQ(all.dataset.punches.size(), 2u);
  EXPECT_EQ(all.CountOf(Severity::kReject), 1u);
  // With a focus on June, July's punch is skipped and August's bad row is not even checked.
  LoadOptions options;
  options.input_dir = all.dataset.input_dir;
  options.focus = DateRange{Date::FromYmd(2023, 6, 1), Date::FromYmd(2023, 6, 30)};
  LoadResult june = LoadInput(options);
  EXPECT_EQ(june.dataset.punches.size(), 1u);
  EXPECT_EQ(june.CountOf(Severity::kReject), 0u);
  EXPECT_EQ(june.dataset.files[2].rows_read, 3u);
}

const InputFile& FileNamed(const LoadResult& r, const std::string& path) {
  for (const InputFile& f : r.dataset.files) {
    if (f.path == path) return f;
  }
  ADD_FAILURE() << "not read: " << path;
  return r.dataset.files.front();
}

TEST(Loader, RowsOfOnlyCommasAndSpacesAreBlankLines) {
  InputFolder in;
  // Before the header they are not the header; among the rows they are neither read nor
  // rejected.
  in.Write("punches.csv",
           ",,,,\n   \n\"\",,\nemployee_id,time\nE001,2023-06-01 07:58\n,,\n \t, \n"
           "E002,2023-06-01 08:00\n,,,,\n");
  LoadResult r = in.Load();
  EXPECT_TRUE(r.diagnostics.empty()) << in.Lines(r).front();
  EXPECT_EQ(r.dataset.punches.size(), 2u);
  EXPECT_EQ(FileNamed(r, "punches.csv").rows_read, 2u);
}

TEST(Loader, ExtensionsInAnyCaseAtTheTopAndInTypeFolders) {
  InputFolder in;
  in.Write("punches/a.Xml",
           "<punches><punch employee_id=\"E001\" time=\"2023-06-01 07:58\"/></punches>\n");
  in.Write("honors.CSV", "employee_id,date,title\nE001,2023-06-30,优秀客服\n");
  in.Write("logins.Xml", "<logins><login account=\"zs\" time=\"2023-06-30 08:00\"/></logins>\n");
  LoadResult r = in.Load();
  EXPECT_EQ(r.dataset.punches.size(), 1u);
  EXPECT_EQ(r.dataset.honors.size(), 1u);
  EXPECT_EQ(r.dataset.logins.size(), 1u);
  for (const std::string& line : in.Lines(r)) {
    EXPECT_EQ(line.find("error"), std::string::npos) << line;
    EXPECT_EQ(line.find("not read"), std::string::npos) << line;
  }
}

TEST(Loader, OffInAnyCaseIsNoShiftCode) {
  InputFolder in;
  in.Write("shifts.csv",
           "code,name,start,end\nA,早班,08:00,16:00\nOff,休息,00:00,08:00\n"
           "oFF,x,01:00,02:00\n");
  in.Write("schedule.csv", "employee_id,date,shift\nE001,2023-06-01,Off\n");
  LoadResult r = in.Load();
  std::vector<std::string> lines = in.Lines(r);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].rfind("shifts.csv:3: code: rejected: ", 0), 0u) << lines[0];
  EXPECT_TRUE(lines[0].ends_with("\"Off\"")) << lines[0];
  EXPECT_EQ(lines[1].rfind("shifts.csv:4: code: rejected: ", 0), 0u) << lines[1];
  ASSERT_EQ(r.dataset.shifts.size(), 1u);
  ASSERT_EQ(r.dataset.schedule.size(), 1u);
  EXPECT_EQ(r.dataset.schedule[0].shift, kRestDay);
}

TEST(Loader, HandoverTimesKeepTheirSeconds) {
  InputFolder in;
  in.Write("security_handovers.csv", "date,time,direction\n2023-06-01,08:01:30,morning\n");
  in.Write("handovers.csv", "date,from_shift,to_shift,time\n2023-06-01,A,C,07:59:59\n");
  LoadResult r = in.Load();
  EXPECT_TRUE(r.diagnostics.empty()) << in.Lines(r).front();
  ASSERT_EQ(r.dataset.security_handovers.size(), 1u);
  EXPECT_EQ(r.dataset.security_handovers[0].time, ClockTime::FromHm(8, 1));
  EXPECT_EQ(r.dataset.security_handovers[0].time_second, 30);
  ASSERT_EQ(r.dataset.handovers.size(), 1u);
  EXPECT_EQ(r.dataset.handovers[0].time, ClockTime::FromHm(7, 59));
  EXPECT_EQ(r.dataset.handovers[0].time_second, 59);
}

TEST(Loader, RestDayBesideAShiftIsWarnedAndTheShiftKept) {
  InputFolder in;
  in.Write("schedule/a.csv", "employee_id,date,shift\nE001,2023-06-01,A\n");
  in.Write("schedule/b.csv", "工号,2023-06-01,2023-06-02\nE001,休,A\nE002,OFF,\nE002,OFF,\n");
  LoadResult r = in.Load();
  std::vector<std::string> lines = in.Lines(r);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].rfind("schedule/b.csv:2: shift: warning: the rest day conflicts with shift A "
                           "scheduled at ",
                           0),
            0u)
      << lines[0];
  EXPECT_NE(lines[0].find("schedule/a.csv:2; the shift is kept: \"E001 2023-06-01\""),
            std::string::npos)
      << lines[0];
  EXPECT_EQ(FileNamed(r, "schedule/b.csv").warned, 1u);
  // The grid row repeated exactly is still an exact duplicate (its two rest days).
  EXPECT_EQ(FileNamed(r, "schedule/b.csv").duplicates, 2u);
  ASSERT_EQ(r.dataset.schedule.size(), 4u);  // E001 A, A; E002 rest, rest
  EXPECT_EQ(r.dataset.schedule[0].shift, 0);
}

TEST(Loader, EmployeesDifferingOnlyInPersonalDataAreADuplicateKey) {
  InputFolder in;
  // Both phones mask to 138****5678; the cards to **** 1234.
  in.Write("employees/a.csv",
           "employee_id,name,department,grade,hire_date,phone,bank_card\n"
           "E003,王五,客服部,J,2023-01-05,13812345678,6222020000001234\n"
           "E004,赵六,客服部,J,2023-01-05,13812345678,6222020000001234\n");
  in.Write("employees/b.csv",
           "employee_id,name,department,grade,hire_date,phone,bank_card\n"
           "E003,王五,客服部,J,2023-01-05,13899995678,6222020000001234\n"
           "E004,赵六,客服部,J,2023-01-05,13812345678,6222020000001234\n");
  LoadResult r = in.Load();
  std::vector<std::string> lines = in.Lines(r);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].substr(0, lines[0].find(" at ")),
            "employees/b.csv:2: rejected: the same key with different values was read before");
  EXPECT_EQ(lines[0].find("13899995678"), std::string::npos);
  EXPECT_EQ(FileNamed(r, "employees/b.csv").duplicates, 1u);  // E004 exported twice
  EXPECT_EQ(r.dataset.employees.size(), 4u);
}

TEST(Policy, UnknownElementsAndAttributesAreFatal) {
  InputFolder in;
  in.Write("policy.xml",
           "<policy>\n  <attendance>\n    <grace_minutes>10</grace_minutes>\n"
           "    <grace_minute>5</grace_minute>\n  </attendance>\n  <salary P=\"1\"/>\n</policy>\n");
  LoadResult r = in.Load();
  std::vector<std::string> lines = in.Lines(r);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0],
            "policy.xml:4: attendance/grace_minute: error: unknown policy element "
            "attendance/grace_minute");
  EXPECT_EQ(lines[1], "policy.xml:6: P: error: unknown attribute P (policy values are elements)");
  EXPECT_EQ(r.dataset.policy.grace_minutes, 10);
}

TEST(Policy, MissingFileMeansDefaults) {
  InputFolder in;
  LoadResult r = in.Load();
  EXPECT_EQ(r.dataset.policy.grace_minutes, 5);
  EXPECT_EQ(r.dataset.policy.SalaryOf(Grade::kR), 4000);
  EXPECT_TRUE(r.dataset.policy_sha256.empty());
}

}  // namespace
}  // namespace kefu
