#include "rules/attendance/login_audit.h"

#include <gtest/gtest.h>

#include "rules/roster/roster_test_support.h"

namespace kefu {
namespace {

using testing::RosterData;

// Shift D of the test data: 09:00–18:00. Period of 2025-02: 2025-01-26 … 2025-02-25.
const Month kFeb = Month::FromYm(2025, 2);

struct Audit {
  AttendanceResult attendance;
  LoginAudit logins;
};

Audit AuditOf(RosterData& b) {
  const Dataset& data = b.Done();
  Audit a;
  a.attendance = ComputeAttendance(data, kFeb);
  a.logins = AuditLogins(data, a.attendance);
  CountLoginFindings(a.logins, a.attendance);
  return a;
}

// "HH:MM reason" of each off-duty login, in order.
std::vector<std::string> Reasons(const LoginAudit& audit) {
  std::vector<std::string> out;
  for (const OffDutyLogin& l : audit.logins) {
    out.push_back(l.login->time.Iso().substr(11) + " " + OffDutyReasonKey(l.reason));
  }
  return out;
}

// One employee on D with punches on 02-10 and 02-11.
struct Worker {
  RosterData b;
  EmployeeIndex e = b.AddEmployee("E01", "一组", "2020-01-01", "2025-02-12");
  Worker() {
    for (const char* day : {"2025-02-10", "2025-02-11", "2025-02-12"}) {
      b.Schedule(e, day, "D");
    }
    for (const char* day : {"2025-02-10", "2025-02-11"}) {
      b.AddPunch(e, day, 8, 55);
      b.AddPunch(e, day, 18, 5);
    }
  }
  void Login(const char* day, int h, int m) { b.AddLogin(e, "e01", day, h, m, "10.0.0.1"); }
};

TEST(LoginAudit, TheMarginIsInclusiveOnBothSides) {
  Worker w;
  w.Login("2025-02-10", 8, 29);   // start − 31
  w.Login("2025-02-10", 8, 30);   // start − 30: on duty
  w.Login("2025-02-10", 18, 30);  // end + 30: on duty
  w.Login("2025-02-10", 18, 31);  // end + 31
  Audit a = AuditOf(w.b);
  EXPECT_EQ(Reasons(a.logins), (std::vector<std::string>{"08:29 no_shift", "18:31 no_shift"}));
  ASSERT_TRUE(a.logins.logins[0].instance.has_value());
  EXPECT_EQ(a.logins.logins[0].minutes_from_instance, 1);
  EXPECT_EQ(a.attendance.employees[0].off_duty_logins, 2);
}

TEST(LoginAudit, EachReasonOfRuleC2) {
  Worker w;
  w.b.AddLeave(w.e, LeaveType::kSick, "2025-02-11", 13, 0, 15, 0);
  w.Login("2025-02-09", 12, 0);  // no instance that day
  w.Login("2025-02-11", 14, 0);  // inside the approved sick leave
  w.Login("2025-02-11", 15, 0);  // the leave has ended
  w.Login("2025-02-12", 10, 0);  // D of 02-12 without a punch: absent
  w.Login("2025-02-13", 10, 0);  // left 02-12
  w.b.AddEmployee("E02", "一组", "2025-02-20");
  w.b.AddLogin(EmployeeIndex{1}, "e02", "2025-02-19", 10, 0, "10.0.0.2");
  w.b.AddLogin(std::nullopt, "x99", "2025-02-19", 11, 0, "10.0.0.9");
  Audit a = AuditOf(w.b);
  EXPECT_EQ(Reasons(a.logins),
            (std::vector<std::string>{"12:00 rest_day", "14:00 on_leave", "10:00 absent",
                                      "10:00 after_leaving", "10:00 before_hire",
                                      "11:00 unknown_account"}));
  EXPECT_EQ(a.logins.logins[1].leave->type, LeaveType::kSick);
  EXPECT_EQ(a.logins.issues.size(), 1u);  // the account of nobody is warned about
  EXPECT_EQ(a.attendance.employees[0].off_duty_logins, 4);
}

TEST(LoginAudit, ABusinessTripIsWorkAndANightShiftRunsPastMidnight) {
  RosterData b;
  EmployeeIndex e = b.AddEmployee("E01", "一组", "2020-01-01");
  b.Schedule(e, "2025-02-10", "D");
  b.AddLeave(e, LeaveType::kBusinessTrip, "2025-02-10", 9, 0, 18, 0);
  b.Schedule(e, "2025-02-11", "C");  // 23:00–07:00
  b.AddPunch(e, "2025-02-11", 22, 50);
  b.AddPunch(e, "2025-02-12", 7, 5);
  b.AddLogin(e, "e01", "2025-02-10", 14, 0, "10.0.0.1");
  b.AddLogin(e, "e01", "2025-02-12", 7, 30, "10.0.0.1");
  b.AddLogin(e, "e01", "2025-02-12", 7, 31, "10.0.0.1");
  Audit a = AuditOf(b);
  // The morning after the night shift has no instance of its own: a rest day.
  EXPECT_EQ(Reasons(a.logins), (std::vector<std::string>{"07:31 rest_day"}));
}

// R-C4 (a): E02 rests; her account logs in from E01's desk.
struct Desk {
  RosterData b;
  EmployeeIndex e1 = b.AddEmployee("E01", "一组", "2020-01-01");
  EmployeeIndex e2 = b.AddEmployee("E02", "一组", "2020-01-01");
  EmployeeIndex e3 = b.AddEmployee("E03", "一组", "2020-01-01");
  Desk() {
    for (EmployeeIndex e : {e1, e3}) {
      b.Schedule(e, "2025-02-10", "D");
      b.AddPunch(e, "2025-02-10", 8, 55);
      b.AddPunch(e, "2025-02-10", 18, 5);
    }
  }
};

TEST(LoginAudit, AnOffDutyLoginFromAColleaguesDeskNamesTheNearestColleague) {
  Desk d;
  d.b.AddLogin(d.e1, "e01", "2025-02-10", 9, 0, "10.0.0.1");    // 60 min before: qualifies
  d.b.AddLogin(d.e3, "e03", "2025-02-10", 10, 40, "10.0.0.1");  // 40 min after: nearer
  d.b.AddLogin(d.e2, "e02", "2025-02-10", 10, 0, "10.0.0.1");
  Audit a = AuditOf(d.b);
  ASSERT_EQ(a.logins.shared.size(), 1u);
  const SharedAccountFlag& f = a.logins.shared[0];
  EXPECT_EQ(f.signal, SharedAccountSignal::kColleagueIp);
  EXPECT_EQ(f.login->owner, d.e2);
  EXPECT_EQ(f.other->owner, d.e3);
  EXPECT_EQ(f.minutes_apart, 40);
  EXPECT_EQ(a.attendance.employees[1].shared_account_flags, 1);
}

TEST(LoginAudit, NoFlagBeyondTheHourOrFromAColleagueOffDuty) {
  Desk d;
  d.b.AddLogin(d.e1, "e01", "2025-02-10", 9, 0, "10.0.0.1");
  d.b.AddLogin(d.e2, "e02", "2025-02-10", 10, 1, "10.0.0.1");  // 61 min after E01's
  d.b.AddLogin(d.e3, "e03", "2025-02-10", 19, 0, "10.0.0.3");  // E03 off duty (18:30 + 30)
  d.b.AddLogin(d.e2, "e02", "2025-02-10", 19, 30, "10.0.0.3");
  Audit a = AuditOf(d.b);
  EXPECT_TRUE(a.logins.shared.empty());
  EXPECT_EQ(a.attendance.employees[1].off_duty_logins, 2);
}

TEST(LoginAudit, TwoIpsWithinTenMinutesFlagTheLaterLogin) {
  Desk d;
  d.b.AddLogin(d.e1, "e01", "2025-02-10", 9, 0, "10.0.0.1");
  d.b.AddLogin(d.e1, "e01", "2025-02-10", 9, 5, "10.0.0.1");
  d.b.AddLogin(d.e1, "e01", "2025-02-10", 9, 15, "10.0.0.9");  // 10 min after 09:05: flagged
  d.b.AddLogin(d.e3, "e03", "2025-02-10", 9, 0, "10.0.0.3");
  d.b.AddLogin(d.e3, "e03", "2025-02-10", 9, 11, "10.0.0.9");  // 11 min: no flag
  d.b.AddLogin(d.e3, "e03", "2025-02-10", 12, 0, "");
  d.b.AddLogin(d.e3, "e03", "2025-02-10", 12, 1, "10.0.0.8");  // the other had no ip
  Audit a = AuditOf(d.b);
  ASSERT_EQ(a.logins.shared.size(), 1u);
  const SharedAccountFlag& f = a.logins.shared[0];
  EXPECT_EQ(f.signal, SharedAccountSignal::kTwoIps);
  EXPECT_EQ(f.login->time.Iso(), "2025-02-10 09:15");
  EXPECT_EQ(f.other->time.Iso(), "2025-02-10 09:05");  // the latest earlier one
  EXPECT_EQ(f.minutes_apart, 10);
  EXPECT_EQ(a.attendance.employees[0].shared_account_flags, 1);
}

}  // namespace
}  // namespace kefu
