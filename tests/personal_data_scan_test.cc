// Rule R-C1 end to end. Personal numbers are planted in the input and looked for in everything
// kefu writes and prints: every output file, every part of every workbook (unzipped), stdout and
// stderr. The scan looks for each number's digit sequence after removing separators (spaces,
// dashes, dots, also full-width ones) and turning full-width digits into ASCII, so a number is
// found however it is spread or written — not only its literal text.
//
// - The sample department: its staff's ID numbers, phones and bank cards (read from
//   input/employees.csv) and the phone numbers in its free-text notes, through `kefu run` and
//   `kefu check`.
// - A planted department written by this test: phone numbers (plain, +86 and 0086, spaces,
//   double spaces, dashes, dots, full-width digits), ID numbers (18 with X, 15-digit, full-width,
//   grouped), bank cards (plain, grouped by spaces and dashes, full-width) and e-mail addresses
//   in every text field of every record type, in CSV and in XML, in valid rows, rejected rows,
//   header cells and rows that raise warnings; an account that is a phone number, one that is an
//   e-mail address. `kefu run`, `kefu dossier` and `kefu check`.
// - False positives: dates, date-times, times, ids like E0012345678, money, scores and counts in
//   the same free-text fields come out unchanged.
#include <Poco/Zip/Decompress.h>
#include <gtest/gtest.h>
#include <iconv.h>

#include <filesystem>
#include <fstream>
#include <functional>

#include "run_kefu.h"

namespace kefu::testing {
namespace {

namespace fs = std::filesystem;

// Converts between two encodings with iconv; false when the bytes are not valid in `from`.
bool Convert(const std::string& bytes, const char* from, std::string* out) {
  iconv_t cd = iconv_open("UTF-8", from);
  if (cd == reinterpret_cast<iconv_t>(-1)) return false;
  out->assign(bytes.size() * 4 + 16, '\0');
  char* in_ptr = const_cast<char*>(bytes.data());
  size_t in_left = bytes.size();
  char* out_ptr = out->data();
  size_t out_left = out->size();
  bool ok = iconv(cd, &in_ptr, &in_left, &out_ptr, &out_left) != static_cast<size_t>(-1);
  iconv_close(cd);
  out->resize(out->size() - out_left);
  return ok && in_left == 0;
}

// The text of a CSV export: UTF-8 with or without a BOM, else GB18030 (inputs.md).
std::string DecodeExport(std::string bytes) {
  if (bytes.rfind("\xEF\xBB\xBF", 0) == 0) bytes.erase(0, 3);
  std::string text;
  if (Convert(bytes, "UTF-8", &text)) return text;
  EXPECT_TRUE(Convert(bytes, "GB18030", &text)) << "neither UTF-8 nor GB18030";
  return text;
}

// RFC 4180 records.
std::vector<std::vector<std::string>> ParseCsv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1, std::vector<std::string>(1));
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        rows.back().back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        rows.back().back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().emplace_back();
    } else if (c == '\n') {
      rows.emplace_back(1);
    } else if (c != '\r') {
      rows.back().back() += c;
    }
  }
  if (rows.back().size() == 1 && rows.back()[0].empty()) rows.pop_back();
  return rows;
}

std::string Trim(const std::string& text) {
  size_t first = text.find_first_not_of(" \t");
  if (first == std::string::npos) return "";
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

// `text` as the scan reads it: full-width digits (０–９) as ASCII, and no separators — ASCII
// space, tab, line ends, '-' and '.', and U+00A0, U+2010–2015, U+3000, U+FF0D, U+FF0E — so that
// `133 1234-5678` and `１３３．１２３４` read as plain digit runs.
std::string Normalized(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    auto b = [&](size_t k) {
      return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0u;
    };
    const unsigned char c = b(0);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '-' || c == '.') continue;
    if (c == 0xC2 && b(1) == 0xA0) {
      i += 1;
      continue;
    }
    if (c == 0xE2 && b(1) == 0x80 && b(2) >= 0x90 && b(2) <= 0x95) {
      i += 2;
      continue;
    }
    if (c == 0xE3 && b(1) == 0x80 && b(2) == 0x80) {
      i += 2;
      continue;
    }
    if (c == 0xEF && b(1) == 0xBC && (b(2) == 0x8D || b(2) == 0x8E)) {
      i += 2;
      continue;
    }
    if (c == 0xEF && b(1) == 0xBC && b(2) >= 0x90 && b(2) <= 0x99) {
      out += static_cast<char>('0' + (b(2) - 0x90));
      i += 2;
      continue;
    }
    out += static_cast<char>(c);
  }
  return out;
}

// Every text kefu left behind: each output file, and each part of each workbook, by name.
std::vector<std::pair<std::string, std::string>> OutputTexts(const std::string& folder,
                                                             const std::string& scratch) {
  std::vector<std::pair<std::string, std::string>> texts;
  size_t workbooks = 0;
  for (const auto& entry : fs::recursive_directory_iterator(folder)) {
    if (!entry.is_regular_file()) continue;
    const std::string path = entry.path().string();
    texts.emplace_back(path, ReadFile(path));
    if (entry.path().extension() != ".xlsx") continue;
    // The workbook's parts are compressed: unzip them and scan each.
    fs::path unzipped = fs::path(scratch) / ("unzipped-" + std::to_string(workbooks++));
    fs::create_directories(unzipped);
    std::ifstream in(path, std::ios::binary);
    Poco::Zip::Decompress decompress(in, Poco::Path(unzipped.string() + "/"));
    decompress.decompressAllFiles();
    for (const auto& part : fs::recursive_directory_iterator(unzipped)) {
      if (part.is_regular_file()) {
        texts.emplace_back(path + ":" + part.path().string(), ReadFile(part.path().string()));
      }
    }
  }
  return texts;
}

// Expects none of the digit sequences (or e-mail local parts) in `text`, normalized.
void ExpectNoneIn(const std::string& text, const std::vector<std::string>& sequences,
                  const std::string& where) {
  const std::string normalized = Normalized(text);
  for (const std::string& s : sequences) {
    EXPECT_EQ(normalized.find(s), std::string::npos) << where << " holds " << s << " in full";
  }
}

// ---------------------------------------------------------------------------------------------
// The sample department.

// The personal numbers of the sample's staff, as digit sequences (an ID number by its first 17
// digits, whatever its last character; a number that Excel destroyed into E-notation has too
// few digits left to identify anyone).
std::vector<std::string> SampleNumbers() {
  std::string text = DecodeExport(ReadFile(std::string(KEFU_SOURCE_DIR) + "/input/employees.csv"));
  std::vector<std::vector<std::string>> rows = ParseCsv(text);
  EXPECT_GT(rows.size(), 1u);
  std::vector<int> columns;
  for (size_t c = 0; c < rows[0].size(); ++c) {
    std::string name = Trim(rows[0][c]);
    if (name == "身份证号" || name == "id_number" || name == "手机" || name == "phone" ||
        name == "银行卡号" || name == "bank_card") {
      columns.push_back(static_cast<int>(c));
    }
  }
  EXPECT_EQ(columns.size(), 3u) << "id_number, phone and bank_card columns";
  std::vector<std::string> numbers;
  for (size_t r = 1; r < rows.size(); ++r) {
    for (int c : columns) {
      if (static_cast<size_t>(c) >= rows[r].size()) continue;
      std::string digits;
      for (char ch : Trim(rows[r][c])) {
        if (ch >= '0' && ch <= '9') digits += ch;
      }
      if (digits.size() >= 11)
        numbers.push_back(digits.substr(0, std::min<size_t>(17, digits.size())));
    }
  }
  // The phone numbers written into free text (input/README.md "Personal data in free text").
  numbers.push_back("13900112233");  // discipline.xml, E028's note
  numbers.push_back("13800138000");  // schedule_changes.csv, E010's reason
  return numbers;
}

TEST(PersonalDataScan, SampleNumbersAreReadFromTheInput) {
  std::vector<std::string> numbers = SampleNumbers();
  // 32 staff, each with a phone and a bank card and (but E027's) an ID number, and two notes.
  EXPECT_EQ(numbers.size(), 32u * 3 - 1 + 2);
  // The free-text numbers are really in the input, as the scan reads it.
  EXPECT_NE(Normalized(ReadFile(std::string(KEFU_SOURCE_DIR) + "/input/discipline.xml"))
                .find("13900112233"),
            std::string::npos);
  EXPECT_NE(Normalized(ReadFile(std::string(KEFU_SOURCE_DIR) + "/input/schedule_changes.csv"))
                .find("13800138000"),
            std::string::npos);
}

TEST(PersonalDataScan, NoFullNumberInWhatTheSampleRunWritesOrPrints) {
  const std::vector<std::string> numbers = SampleNumbers();
  ScratchDir out("personal-data-scan");
  // Not --quiet: the progress lines are scanned too.
  ProcessResult run = RunKefu({"--lang", "en", "--output", out.path() + "/output", "run"});
  ASSERT_EQ(run.exit_code, 3) << run.err;
  ExpectNoneIn(run.out, numbers, "stdout");
  ExpectNoneIn(run.err, numbers, "stderr");
  std::vector<std::pair<std::string, std::string>> texts =
      OutputTexts(out.path() + "/output", out.path());
  for (const auto& [where, text] : texts) ExpectNoneIn(text, numbers, where);
  EXPECT_GE(texts.size(), 60u);  // three reports, their CSVs and manifests, ten dossiers, parts
  // The notes are there, masked: the numbers were not simply dropped.
  bool note = false;
  for (const auto& [where, text] : texts) note |= text.find("139****2233") != std::string::npos;
  EXPECT_TRUE(note) << "E028's note with its phone masked";
}

TEST(PersonalDataScan, NoFullNumberInWhatCheckPrints) {
  const std::vector<std::string> numbers = SampleNumbers();
  ProcessResult run = RunKefu({"--lang", "en", "check"});
  EXPECT_EQ(run.exit_code, 3);
  ExpectNoneIn(run.out, numbers, "stdout");
  ExpectNoneIn(run.err, numbers, "stderr");
  // The sample's two ID numbers with a wrong check digit are quoted, masked.
  EXPECT_NE(run.out.find("id_number: warning"), std::string::npos) << run.out;
}

// ---------------------------------------------------------------------------------------------
// The planted department.

struct Planted {
  std::string written;  // as the input writes it
  std::string found;    // what the scan looks for (digits; an e-mail's local part and '@')
};

const std::vector<Planted> kPhones = {
    {"13812345678", "13812345678"},        {"+86 139 2345 6789", "13923456789"},
    {"0086-150-3456-7890", "15034567890"}, {"133  1234  5678", "13312345678"},
    {"133.2345.6789", "13323456789"},      {"１８６１２３４５６７８", "18612345678"},
    {"+8617712345678", "17712345678"},     {"158—0000—1111", "15800001111"},
};
const std::vector<Planted> kIdNumbers = {
    {"11010519491231002X", "11010519491231002"},
    {"440301199003071230", "44030119900307123"},
    {"110105491231002", "110105491231002"},
    {"３２０１０２１９８５０６１２３４５４", "32010219850612345"},
    {"510104 19880214 5678", "51010419880214567"},
};
const std::vector<Planted> kCards = {
    {"6222021234567894", "6222021234567894"},
    {"6228 4800 1234 5678 903", "6228480012345678903"},
    {"4111-1111-1111-1111", "4111111111111111"},
    {"６２２５８８０１２３４５６７８３", "6225880123456783"},
    {"6217 0098 7654 3210 122", "6217009876543210122"},
};
const std::vector<Planted> kEmails = {
    {"zhang.wei1988@example.com", "zhangwei1988@"},
    {"li_na.kefu2024@mail.kefu-demo.cn", "li_nakefu2024@"},
};

std::vector<std::string> PlantedSequences() {
  std::vector<std::string> all;
  for (const auto* list : {&kPhones, &kIdNumbers, &kCards, &kEmails}) {
    for (const Planted& p : *list) all.push_back(p.found);
  }
  return all;
}

// A free-text value holding one number of each kind, the formats turning with `k`.
std::string Note(int k) {
  auto pick = [&](const std::vector<Planted>& list) {
    return list[static_cast<size_t>(k) % list.size()].written;
  };
  return "联系 " + pick(kPhones) + "，身份证 " + pick(kIdNumbers) + "，卡号 " + pick(kCards) +
         "，邮箱 " + pick(kEmails);
}

void Write(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

// The files are written as they read, a line of code per line of input.
// clang-format off
// Writes the planted department under `dir`. `text(k)` is the k-th free-text value: Note(k)
// for the planted test, the false-positive text otherwise. Returns how many text fields it
// filled.
int WriteDepartment(const fs::path& dir, const std::function<std::string(int)>& text) {
  int k = 0;
  auto t = [&] { return text(k++); };
  const std::string department = "客服部 " + t();
  const std::string team1 = "一组 " + t();
  const std::string team2 = "二组 " + t();

  // employees: every text field; the personal fields in every format; accounts that are a phone
  // number and an e-mail address; an unknown column whose header holds a number; a phone as an
  // employee id (rejected); an ID number with a wrong check digit and one in full-width digits
  // (warnings); two employees sharing an account (a warning).
  Write(dir / "employees.csv",
        "employee_id,name,department,grade,hire_date,team,role,status,left_date,account,"
        "id_number,phone,bank_card,备注 " + kPhones[3].written + "\n"
        "E01,张三 " + t() + "," + department + ",J,2023-01-01," + team1 + ",客服 " + t() +
        ",active,," + kPhones[0].written + "," + kIdNumbers[0].written + "," +
        kPhones[1].written + "," + kCards[0].written + "," + t() + "\n"
        "E02,李四 " + t() + "," + department + ",M,2022-01-01," + team1 + ",领班 " + t() +
        ",active,," + kEmails[1].written + ",440301199003071231," + kPhones[4].written + "," +
        kCards[1].written + ",x\n"
        "E03,王五 " + t() + "," + department + ",P,2024-06-01," + team2 + ",客服,active,,kf03," +
        kIdNumbers[3].written + "," + kPhones[5].written + "," + kCards[2].written + ",x\n"
        "E05,赵六 " + t() + "," + department + ",J,2023-01-01," + team2 + ",客服,active,," +
        kPhones[0].written + "," + kIdNumbers[4].written + "," + kPhones[7].written + "," +
        kCards[4].written + ",x\n" +
        kPhones[2].written + ",钱七," + department + ",J,2023-01-01," + team2 + ",客服,active,,,"
        "," + kPhones[6].written + ",,x\n");
  Write(dir / "employees.xml",
        "<employees>\n"
        "  <employee employee_id=\"E04\" department=\"" + department + "\" grade=\"S\" hire_date=\"2020-01-01\">\n"
        "    <name>孙八 " + t() + "</name><team>" + team2 + "</team><role>质检 " + t() + "</role>\n"
        "    <account>kf04</account><id_number>" + kIdNumbers[2].written + "</id_number>\n"
        "    <phone>" + kPhones[6].written + "</phone><bank_card>" + kCards[3].written + "</bank_card>\n"
        "  </employee>\n"
        "  <employee employee_id=\"E06\" name=\"周九\" department=\"" + department +
        "\" grade=\"" + kPhones[2].written + "\" hire_date=\"2023-01-01\" a" + kPhones[0].found +
        "=\"x\"/>\n"
        "</employees>\n");

  // shifts: code and name; a code that is a phone number (masked, still a usable code).
  Write(dir / "shifts.csv",
        "code,name,start,end,break_minutes,night\n"
        "A,早班 " + t() + ",07:00,15:00,30,0\n"
        "B,中班 " + t() + ",15:00,23:00,30,0\n");
  Write(dir / "shifts.xml", "<shifts>\n  <shift code=\"D\" start=\"09:00\" end=\"18:00\" break_minutes=\"60\"><name>日班 " + t() +
                                "</name></shift>\n  <shift code=\"" + kPhones[6].written +
                                "\" name=\"备用 " + t() + "\" start=\"08:00\" end=\"16:00\"/>\n</shifts>\n");

  // calendar: names; a kind that is a number (rejected).
  Write(dir / "calendar.csv",
        "date,kind,name\n2024-09-17,statutory,中秋节 " + t() + "\n2024-09-18," +
            kCards[0].written + ",坏行\n");
  Write(dir / "calendar.xml", "<calendar>\n  <day date=\"2024-10-01\" kind=\"statutory\"><name>国庆节 " + t() +
                                  "</name></day>\n</calendar>\n");

  // schedule: E01 A and E02 B on 09-02 … 09-06 (an A>B handover point each day), E03 D on
  // 09-09 … 09-11, a few shifts in October; the name column holding text; a shift code nobody
  // defined and an employee id that is a phone number (rejected).
  std::string schedule = "employee_id,date,shift,name\n";
  for (int d = 2; d <= 6; ++d) {
    schedule += "E01,2024-09-0" + std::to_string(d) + ",A,张三 " + t() + "\n";
    schedule += "E02,2024-09-0" + std::to_string(d) + ",B,李四\n";
  }
  schedule += "E02,2024-09-07,Z" + kPhones[1].written + ",李四\n";
  // October, for the roster of `kefu run --month 2024-09`.
  schedule += "E01,2024-10-08,A,张三 " + t() + "\nE02,2024-10-08,B,李四\nE04,2024-10-09,D,孙八\n";
  Write(dir / "schedule.csv", schedule);
  Write(dir / "schedule.xml",
        "<schedule>\n"
        "  <entry employee_id=\"E03\" date=\"2024-09-09\" shift=\"D\"><name>王五 " + t() + "</name></entry>\n"
        "  <entry employee_id=\"E03\" date=\"2024-09-10\" shift=\"D\"/>\n"
        "  <entry employee_id=\"E03\" date=\"2024-09-11\" shift=\"D\"/>\n"
        "  <entry employee_id=\"" + kPhones[3].written + "\" date=\"2024-09-11\" shift=\"D\"/>\n"
        "</schedule>\n");

  // schedule changes: approver and reason, unapproved (so the reason is shown as evidence).
  Write(dir / "schedule_changes.csv",
        "employee_id,date,from_shift,to_shift,approved_by,approved_on,reason\n"
        "E01,2024-09-06,A,休,,," + t() + "\n"
        "E02,2024-09-06,B,休,李四," + kPhones[5].written + "," + t() + "\n");
  Write(dir / "schedule_changes.xml",
        "<schedule_changes>\n  <change employee_id=\"E03\" date=\"2024-09-11\" from_shift=\"D\" "
        "to_shift=\"休\"><approved_by>主管 " + t() + "</approved_by><reason>" + t() +
            "</reason></change>\n</schedule_changes>\n");

  // punches: devices; an employee id and a time that are numbers (rejected).
  std::string punches = "employee_id,time,device\n";
  for (int d = 2; d <= 5; ++d) {
    punches += "E01,2024-09-0" + std::to_string(d) + " 06:55,门禁 " + t() + "\n";
    punches += "E01,2024-09-0" + std::to_string(d) + " 15:05,门禁 " + t() + "\n";
    punches += "E02,2024-09-0" + std::to_string(d) + " 14:55,门禁\n";
  }
  punches += kPhones[0].written + ",2024-09-02 07:00,门禁\n";
  punches += "E01," + kPhones[5].written + ",门禁\n";
  Write(dir / "punches.csv", punches);
  Write(dir / "punches.xml",
        "<punches>\n"
        "  <punch employee_id=\"E03\" time=\"2024-09-09 08:55\" device=\"手机 " + t() + "\"/>\n"
        "  <punch><employee_id>E03</employee_id><time>2024-09-09 18:05</time><device>" + t() +
        "</device></punch>\n"
        "  <punch employee_id=\"E03\" time=\"" + kCards[2].written + "\"/>\n"
        "</punches>\n");

  // leave: approver; a type that is a number (rejected). E02's B of 09-05 leaves early: the
  // evidence quotes the approver.
  Write(dir / "leave.csv",
        "employee_id,type,start,end,approved_by\n"
        "E02,事假,2024-09-05 15:00,2024-09-05 17:00,主管 " + t() + "\n"
        "E02," + kPhones[4].written + ",2024-09-04 20:00,2024-09-04 23:00,主管\n");
  Write(dir / "leave.xml",
        "<leave>\n  <record employee_id=\"E03\" type=\"病假\" start=\"2024-09-10 09:00\" "
        "end=\"2024-09-10 12:00\"><approved_by>" + t() + "</approved_by></record>\n</leave>\n");

  // scores and grades: no text of their own; numbers where a score or grade belongs (rejected).
  std::string scores = "employee_id,month,score\n";
  for (const char* e : {"E01", "E02", "E03", "E04", "E05"}) {
    for (const char* m : {"2024-07", "2024-08", "2024-09"}) {
      scores += std::string(e) + "," + m + ",85\n";
    }
  }
  scores += "E01,2024-06," + kCards[1].written + "\n";
  Write(dir / "monthly_scores.csv", scores);
  Write(dir / "monthly_scores.xml", "<monthly_scores>\n  <score employee_id=\"E02\" month=\"" +
                                        kPhones[6].written + "\" score=\"80\"/>\n</monthly_scores>\n");
  Write(dir / "quarterly_grades.csv",
        "employee_id,quarter,grade\nE01,2024Q3,A\nE02,2024Q3,B\nE03,2024Q3,A\nE04,2024Q3,A\n"
        "E05,2024Q3,A\nE01,2024Q2," + kIdNumbers[1].written + "\n");
  Write(dir / "quarterly_grades.xml", "<quarterly_grades>\n  <grade employee_id=\"E02\" quarter=\"" +
                                          kCards[4].written + "\" grade=\"A\"/>\n</quarterly_grades>\n");

  // honours, discipline (a serious warning in the period: its note is evidence), probation (E03
  // passes: a confirmation dossier), nominations.
  Write(dir / "honors.csv", "employee_id,date,title\nE01,2024-08-01,优秀客服 " + t() + "\n");
  Write(dir / "honors.xml", "<honors>\n  <honor employee_id=\"E04\" date=\"2024-08-01\"><title>" + t() +
                                "</title></honor>\n</honors>\n");
  Write(dir / "discipline.csv",
        "employee_id,date,severity,clause,note\n"
        "E02,2024-09-05,严重警告,篇1 四.1 " + t() + "," + t() + "\n"
        "E05,2024-09-05," + kPhones[7].written + ",篇1,坏行\n");
  Write(dir / "discipline.xml",
        "<discipline>\n  <record employee_id=\"E04\" date=\"2024-03-01\" severity=\"warning\"><clause>" +
            t() + "</clause><note>" + t() + "</note></record>\n</discipline>\n");
  Write(dir / "probation.csv",
        "employee_id,date,result\nE03,2024-09-20,pass\nE05,2024-09-20," + kEmails[0].written + "\n");
  Write(dir / "probation.xml", "<probation>\n  <record employee_id=\"E01\" date=\"" + kIdNumbers[4].written +
                                   "\" result=\"pass\"/>\n</probation>\n");
  Write(dir / "nominations.csv",
        "employee_id,date,step,target_grade,by,result\n"
        "E03,2024-09-21,recommendation,J,主管 " + t() + "," + t() + "\n"
        "E03,2024-09-22," + kPhones[1].written + ",J,主管,x\n");
  Write(dir / "nominations.xml", "<nominations>\n  <nomination employee_id=\"E03\" date=\"2024-09-23\" "
                                     "step=\"vote\" target_grade=\"J\"><by>" + t() + "</by><result>" +
                                     t() + "</result></nomination>\n</nominations>\n");

  // handovers: every text field and item notes (a × item is listed with its note); a department
  // that is a number (rejected).
  Write(dir / "handovers.csv",
        "date,from_shift,to_shift,time,outgoing,incoming,recorder,outgoing_signed,"
        "incoming_signed,lead_signed,refused,refuse_reason,escalated_to,items\n"
        "2024-09-02,A,B,15:00,E01 " + t() + ",E02 " + t() + ",记录 " + t() + ",1,1," + t() +
        ",0," + t() + "," + t() + ",门禁=ok;空调=fault:" + t() + "\n");
  Write(dir / "handovers.xml",
        "<handovers>\n"
        "  <handover date=\"2024-09-03\" from_shift=\"A\" to_shift=\"B\" time=\"15:00\" outgoing_signed=\"1\" incoming_signed=\"1\">\n"
        "    <outgoing>" + t() + "</outgoing><incoming>" + t() + "</incoming><recorder>" + t() +
        "</recorder><lead_signed>" + t() + "</lead_signed><escalated_to>" + t() + "</escalated_to>\n"
        "    <item name=\"电脑 " + t() + "\" status=\"fault\" note=\"" + t() + "\"/>\n"
        "  </handover>\n"
        "  <handover department=\"" + kCards[3].written + "\" date=\"2024-09-04\" from_shift=\"A\" to_shift=\"B\"/>\n"
        "</handovers>\n");

  // security handovers: every text field.
  Write(dir / "security_handovers.csv",
        "date,time,direction,cs_staff,security_staff,entries,urgent,escalated_to\n"
        "2024-09-02,08:00,morning,客服 " + t() + ",保安 " + t() + ",1,1," + t() + "\n");
  Write(dir / "security_handovers.xml",
        "<security_handovers>\n  <record date=\"2024-09-02\" time=\"18:00\" direction=\"evening\"><cs_staff>" +
            t() + "</cs_staff><security_staff>" + t() + "</security_staff><urgent>1</urgent><escalated_to>" +
            t() + "</escalated_to></record>\n</security_handovers>\n");

  // logins: the account that is a phone number (on duty and off duty), the e-mail account, an
  // account of nobody that is a phone number (a warning), systems and addresses with text.
  Write(dir / "logins.csv",
        "account,time,system,ip\n" + kPhones[0].written + ",2024-09-02 08:00,客服系统 " + t() +
            ",10.0.0.1\n" + kPhones[0].written + ",2024-09-02 21:00,客服系统,10.0.0.1\n" +
            kEmails[1].written + ",2024-09-03 02:00,后台 " + t() + ",10.0.0.2\n" +
            kPhones[7].written + ",2024-09-03 10:00,后台,10.0.0.9\n");
  Write(dir / "logins.xml", "<logins>\n  <login time=\"2024-09-04 21:30\" system=\"后台\"><account>" +
                                kPhones[5].written + "</account><ip>" + t() +
                                "</ip></login>\n</logins>\n");
  return k;
}
// clang-format on

class PlantedDepartment : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new ScratchDir("planted-personal-data");
    WriteDepartment(fs::path(dir_->path()) / "input", Note);
    const std::string input = dir_->path() + "/input";
    runs_ = new std::vector<ProcessResult>{
        RunKefu({"--lang", "en", "--input", input, "--output", dir_->path() + "/out", "run",
                 "--month", "2024-09"}),
        RunKefu(
            {"--input", input, "--output", dir_->path() + "/out-zh", "run", "--month", "2024-09"}),
        RunKefu({"--input", input, "--output", dir_->path() + "/dossier", "dossier", "--employee",
                 "E02", "--as-of", "2024-09-30"}),
        RunKefu({"--lang", "en", "--input", input, "check"}),
        RunKefu({"--input", input, "check"}),
    };
  }
  static void TearDownTestSuite() {
    delete runs_;
    delete dir_;
  }
  static inline ScratchDir* dir_ = nullptr;
  static inline std::vector<ProcessResult>* runs_ = nullptr;
};

TEST_F(PlantedDepartment, EveryFormatIsInTheInputAsTheScanReadsIt) {
  std::string all;
  for (const auto& entry : fs::recursive_directory_iterator(dir_->path() + "/input")) {
    all += Normalized(ReadFile(entry.path().string()));
  }
  for (const std::string& s : PlantedSequences()) {
    EXPECT_NE(all.find(s), std::string::npos) << s << " is not planted";
  }
}

TEST_F(PlantedDepartment, RunsWroteTheReportsAndRejectedTheBadRows) {
  ASSERT_EQ(runs_->size(), 5u);
  for (size_t i = 0; i < runs_->size(); ++i) {
    EXPECT_EQ((*runs_)[i].exit_code, 3) << i << ": " << (*runs_)[i].err;
  }
  for (const char* file :
       {"/out/attendance/2024-09/attendance-2024-09.xlsx", "/out/attendance/2024-09/rejects.csv",
        "/out/roster/2024-10/roster-2024-10.xlsx", "/out/evaluation/2024Q3/evaluation-2024Q3.xlsx",
        "/out/evaluation/2024Q3/dossiers/E03-confirm-J.xlsx",
        "/dossier/dossier/E02-2024-09-30.xlsx"}) {
    EXPECT_TRUE(fs::exists(dir_->path() + file)) << file;
  }
}

TEST_F(PlantedDepartment, NoFullNumberInAnyOutputFileOrWorkbookPart) {
  const std::vector<std::string> sequences = PlantedSequences();
  size_t parts = 0;
  std::string everything;
  for (const char* folder : {"/out", "/out-zh", "/dossier"}) {
    for (const auto& [where, text] : OutputTexts(dir_->path() + folder, dir_->path())) {
      ExpectNoneIn(text, sequences, where);
      everything += text;
      ++parts;
    }
  }
  EXPECT_GE(parts, 40u);
  // The values went through, masked, rather than disappearing.
  // E01's name, with its note masked (which formats it holds depends on the order in which the
  // compiler evaluates the writer's concatenations).
  const size_t name = everything.find("张三 联系 ");
  ASSERT_NE(name, std::string::npos);
  EXPECT_NE(everything.substr(name, 40).find("****"), std::string::npos);
  for (const char* masked :
       {"138****5678", "139****6789", "150****7890", "133****5678", "133****6789", "186****5678",
        "177****5678", "158****1111", "110105********002X", "440301********1230", "110105*****1002",
        "320102********3454", "**** 7894", "**** 8903", "**** 1111", "**** 6783",
        "z***@example.com", "l***@mail.kefu-demo.cn"}) {
    EXPECT_NE(everything.find(masked), std::string::npos) << masked << " appears nowhere";
  }
}

TEST_F(PlantedDepartment, NoFullNumberInStdoutOrStderr) {
  const std::vector<std::string> sequences = PlantedSequences();
  for (size_t i = 0; i < runs_->size(); ++i) {
    ExpectNoneIn((*runs_)[i].out, sequences, "stdout of run " + std::to_string(i));
    ExpectNoneIn((*runs_)[i].err, sequences, "stderr of run " + std::to_string(i));
  }
  // `kefu check` lists every problem on stdout: rejected rows, the unknown column whose header is
  // a phone number, the wrong check digit, the account of nobody — all quoted masked.
  const std::string& check = (*runs_)[3].out;
  for (const char* line : {"not a valid employee id", "unknown columns", "check digit",
                           "133****5678", "150****7890"}) {
    EXPECT_NE(check.find(line), std::string::npos) << line << "\n" << check;
  }
}

// ---------------------------------------------------------------------------------------------
// False positives.

// What must never be taken for personal data, in one free-text value.
std::string Harmless(int k) {
  static const char* const kTexts[] = {
      "2024-09-05 08:30:15 罚款 ¥1234.50 元",           "工号E0012345678 于 2024/9/5 8:01 到岗",
      "评分 87.5 92.0 88.5 79，共 120 次 30 分钟",      "订单 20240926080130 金额 12345678.90",
      "ip 192.168.100.200 班次 07:00-15:00 2024.09.26",
  };
  return kTexts[k % 5];
}

TEST(PersonalDataScan, DatesIdsMoneyAndScoresPassThroughUnchanged) {
  ScratchDir dir("personal-data-false-positives");
  const int fields = WriteDepartment(fs::path(dir.path()) / "input", Harmless);
  ASSERT_GT(fields, 60);
  ProcessResult run = RunKefu({"--lang", "en", "--input", dir.path() + "/input", "--output",
                               dir.path() + "/out", "run", "--month", "2024-09"});
  ASSERT_EQ(run.exit_code, 3) << run.err;
  std::string everything;
  for (const auto& [where, text] : OutputTexts(dir.path() + "/out", dir.path())) everything += text;
  for (int k = 0; k < 5; ++k) {
    EXPECT_NE(everything.find(Harmless(k)), std::string::npos) << Harmless(k) << " was changed";
  }
}

}  // namespace
}  // namespace kefu::testing
