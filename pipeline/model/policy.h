// Every *policy* number of rules.md, with the rules' defaults. input/policy.xml overrides them
// (ingest/policy_reader.h); rules read them from here and never from literals.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "model/date.h"
#include "model/records.h"

namespace kefu {

// Which shifts count as night shifts (attendance `night_shifts`).
enum class NightShiftRule : uint8_t {
  kMarked,           // the shift's `night` field
  kCrossesMidnight,  // any shift that ends on the next day
  kMarkedOrCrossesMidnight,
};

struct Policy {
  // R-S1 (篇2 六): base salary per grade, whole CNY per month, indexed by Grade.
  std::array<int64_t, kGradeCount> salary = {1800, 2200, 2500, 3000, 4000};

  // Definitions: rating bands of a monthly score, in tenths of a point.
  int rating_excellent_tenths = 900;  // 优秀 ≥ 90
  int rating_good_tenths = 800;       // 良好 ≥ 80
  int rating_pass_tenths = 600;       // 及格 ≥ 60, 不及格 below

  // Definitions: top-N of a rank, and the honour title that counts as a title.
  int top_n = 3;
  std::string title = "优秀客服";

  // R-P2 J → M (四.2.G).
  int jm_window_months = 3;
  int jm_min_tenure_months = 3;
  int jm_min_a_quarters = 1;
  // R-P3 M → S and R-P5 J → S (四.3.F, 二.3).
  int ms_window_months = 6;
  int ms_min_tenure_months = 6;
  int ms_consecutive_a_quarters = 2;
  int ms_min_titles = 1;
  // R-P4 S → R (四.4.G).
  int sr_window_months = 12;
  int sr_min_tenure_months = 12;
  int sr_min_a_quarters = 3;
  int sr_min_titles = 3;
  // R-P1 P → J (四.1.F): clean record over this window.
  int pj_window_months = 3;

  // R-D1 M → J (四.2.H).
  int mj_consecutive_low_ranks = 3;
  int mj_consecutive_b_quarters = 2;
  // R-D2 S → M (四.3.G).
  int sm_period_months = 12;
  int sm_low_ranks = 3;
  int sm_b_quarters = 2;
  // R-X1 J dismissal review (四.1.G): this many most recent evaluations rated 及格 or lower.
  int dismissal_recent_evaluations = 3;

  // Attendance (篇5; the company's own rules).
  int cutoff_day = 25;  // period of month M: the 26th of M−1 to the 25th of M; 0 = calendar month
  int grace_minutes = 5;
  int absent_after_minutes = 120;
  int punch_window_before_minutes = 120;
  int punch_window_after_minutes = 240;
  NightShiftRule night_shifts = NightShiftRule::kMarked;

  // R-C2 (篇1 三.6): a login within shift start − margin … shift end + margin is on duty.
  int login_margin_minutes = 30;
  // R-C4 (篇1 三.5): (a) an off-duty login from an ip that another employee's own account used
  // while on duty "within the same hour", read as at most this many minutes apart (either way);
  // (b) one account logging in from two different ips at most this many minutes apart.
  int shared_ip_window_minutes = 60;
  int two_ips_window_minutes = 10;

  // R-H8 (篇3 3.1, 3.2): the security handover slots and their tolerance.
  ClockTime security_morning = ClockTime::FromHm(8, 0);
  ClockTime security_evening = ClockTime::FromHm(18, 0);
  int security_tolerance_minutes = 30;

  // Rosters: minimum rest between two shifts of one person; holiday rosters (篇5 1.1.6).
  int min_rest_hours = 8;
  int holiday_roster_days_before = 7;
  std::vector<std::string> holiday_roster_festivals = {"元旦", "春节", "劳动节", "国庆节"};

  int64_t SalaryOf(Grade grade) const { return salary[static_cast<int>(grade)]; }
};

}  // namespace kefu
