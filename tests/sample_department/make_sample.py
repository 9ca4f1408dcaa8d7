#!/usr/bin/env python3
"""Generate the sample department of kefu under input/.

    python3 tests/sample_department/make_sample.py [--out DIR]

Writes every file under input/ except input/policy.xml (written by hand) and input/README.md
(the hand-checked map of the planted cases). Python 3 standard library only; every random
choice comes from random.Random seeded with a fixed string, so two runs give identical bytes.

How to read this file
---------------------
1. A *background* pattern: 32 staff of 客服部, three teams rotating A -> C -> B weekly (24/7)
   with one rest day in four per person, a day group on D (working days of the calendar),
   punches a few minutes before start / after end, one login per worked shift, complete
   handover records, security handovers on working days, monthly scores and quarterly grades.
   Outside the report period (2024-08-26 .. 2024-09-25) the background has a little noise
   (a late here, a forgotten punch there); inside it, it is clean.
2. *Planted cases*: explicit, commented overrides on top of the background. Every one is
   tagged ``PLANT <tag>``; the same tag appears in input/README.md.
3. *Bad rows*: deliberate broken rows, tagged ``BAD <tag>``; the generator prints where each
   one landed (file:line) at the end, and input/README.md lists them.

Policy assumed: the defaults of rules.md (grace 5, absent 120, window -120/+240, cutoff 25,
top-3, security 08:00/18:00 +-30, login margin 30, min rest 8 h, salaries 1800..4000, bands
90/80/60).
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import random
import shutil
import sys
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

ROOT = Path(__file__).resolve().parents[2]
CAL_SRC = ROOT.parent / "shared" / "data" / "cn-calendar.csv"
SEED = "kefu-sample-2024Q3"

D = dt.date.fromisoformat
DAY = dt.timedelta(days=1)
MIN = dt.timedelta(minutes=1)

HIST_FIRST = D("2023-08-01")          # first day of history
PUNCH_LAST = D("2024-09-30")          # punches, logins, handovers run through this day
ROSTER_LAST = D("2024-10-31")         # the published schedule of 2024-10 (roster month)
PERIOD = (D("2024-08-26"), D("2024-09-25"))   # attendance period of report month 2024-09
NOISE_BEFORE = D("2024-08-19")        # background noise only on instances before this day
NOISE_AFTER = D("2024-09-28")         # ... or after this one

DEPT = "客服部"
MANAGER = "周建国"                     # department manager (not in the staff list): approver
MONTHS = [f"{y}-{m:02d}" for y, m in [(2023, m) for m in range(8, 13)] + [(2024, m) for m in range(1, 11)]]
SCORE_MONTHS = MONTHS[:-1]            # 2023-08 .. 2024-09
QUARTERS = ["2023Q3", "2023Q4", "2024Q1", "2024Q2", "2024Q3"]


def rng(*key) -> random.Random:
    """A private, stable random stream per purpose (str seeds are hashed with SHA-512)."""
    return random.Random(SEED + ":" + ":".join(str(k) for k in key))


# ---------------------------------------------------------------------------------------------
# Shifts (shifts.xml)
# ---------------------------------------------------------------------------------------------
SHIFTS = {
    # code: (name, start, end, break_minutes, night)
    "A": ("早班", "07:00", "15:00", 30, 0),
    "B": ("中班", "15:00", "23:00", 30, 0),
    "C": ("夜班", "23:00", "07:00", 30, 1),   # crosses midnight
    "D": ("日班", "09:00", "18:00", 60, 0),
}


def hm(s: str) -> dt.time:
    h, m = s.split(":")
    return dt.time(int(h), int(m))


def inst_bounds(date: dt.date, code: str) -> tuple[dt.datetime, dt.datetime]:
    _, st, en, _, _ = SHIFTS[code]
    s = dt.datetime.combine(date, hm(st))
    e = dt.datetime.combine(date, hm(en))
    if e <= s:
        e += DAY
    return s, e


# ---------------------------------------------------------------------------------------------
# Calendar
# ---------------------------------------------------------------------------------------------
CAL: dict[dt.date, str] = {}
with open(CAL_SRC, encoding="utf-8") as f:
    for row in csv.DictReader(f):
        CAL[D(row["date"])] = row["kind"]


def working_day(d: dt.date) -> bool:
    k = CAL.get(d)
    if k in ("statutory", "holiday"):
        return False
    if k == "workday":
        return True
    return d.weekday() < 5


def daterange(a: dt.date, b: dt.date):
    d = a
    while d <= b:
        yield d
        d += DAY


# ---------------------------------------------------------------------------------------------
# Employees (employees.csv). The evaluation role of each person is in the comment; see README.
# ---------------------------------------------------------------------------------------------
TEAMS = {
    "一组": ["E001", "E002", "E003", "E004", "E005", "E006", "E007", "E008"],
    "二组": ["E009", "E010", "E011", "E012", "E013", "E014", "E015", "E016"],
    "三组": ["E017", "E018", "E019", "E020", "E021", "E022", "E023", "E024", "E032"],
}
DAY_GROUP = ["E025", "E026", "E027", "E028", "E029", "E030", "E031"]
LEADS = {"一组": "E001", "二组": "E009", "三组": "E017", "日班": "E025"}

# id: (name, sex, grade, hire, grade_since, role, status, left_date)
EMP = {
    "E001": ("王建华", "M", "S", "2019-03-01", "2022-04-01", "领班", "active", ""),   # R-P4 promote -> R
    "E002": ("李晓燕", "F", "M", "2022-02-14", "2024-04-01", "客服", "active", ""),   # R-P3 promote -> S
    "E003": ("张伟", "M", "J", "2023-02-20", "2023-05-20", "客服", "active", ""),     # R-P2 promote; R-P5 misses (6-mo rank 4)
    "E004": ("刘芳", "F", "J", "2022-12-01", "2023-03-01", "客服", "active", ""),     # 2024-08 score missing: not in pool
    "E005": ("陈思远", "M", "P", "2024-06-11", "", "客服", "active", ""),             # R-P1 confirm (warning 06-28 outside window)
    "E006": ("杨丽娟", "F", "S", "2018-05-20", "2022-10-01", "客服", "在职", ""),     # R-D2 past 12 months: none
    "E007": ("赵磊", "M", "M", "2022-08-15", "2024-05-01", "客服", "在职", ""),       # Q2 B before grade_since: no R-D1
    "E008": ("黄敏", "F", "J", "2023-09-04", "2023-12-04", "客服", "active", ""),     # background J; roster: no shifts in 2024-10
    "E009": ("周婷", "F", "S", "2020-07-15", "2022-06-01", "领班", "active", ""),     # R-P4 misses: 3rd title after as-of
    "E010": ("吴昊", "M", "M", "2021-09-01", "2024-01-01", "客服", "active", ""),     # R-P3 misses: Q2 B
    "E011": ("徐静", "F", "J", "2022-10-10", "2023-01-10", "客服", "active", ""),     # R-P2 misses: window rank 5
    "E012": ("孙浩然", "M", "J", "2024-03-31", "", "客服", "active", ""),             # R-P5 skip_level_review (tenure 6 by clamping)
    "E013": ("胡雪", "F", "P", "2024-06-03", "", "客服", "active", ""),               # R-P1 misses: probation fail
    "E014": ("朱俊杰", "M", "S", "2019-11-01", "2023-07-01", "客服", "active", ""),   # R-D2 demote beats R-P4 promote
    "E015": ("高欣怡", "F", "M", "2022-11-07", "2024-07-01", "客服", "active", ""),   # R-D1 demote: 3 consecutive rank > 3
    "E016": ("林志强", "M", "J", "2023-05-04", "2023-08-04", "客服", "active", ""),   # R-X1 dismissal_review
    "E017": ("何明", "M", "R", "2016-04-01", "2021-07-01", "领班", "active", ""),     # R-G1 gm_review
    "E018": ("郭晓峰", "M", "S", "2021-04-01", "2024-01-01", "客服", "active", ""),   # R-D2 demote
    "E019": ("马丽", "F", "M", "2023-01-09", "2024-08-01", "客服", "active", ""),     # R-D1 misses: only 2 evaluations after promotion
    "E020": ("罗宇", "M", "J", "2024-06-30", "", "客服", "active", ""),               # R-P2 promote, tenure exactly 3, tie at rank 3
    "E021": ("梁佳琪", "F", "P", "2024-06-17", "", "客服", "active", ""),             # R-P1 misses: warning 07-02 inside window
    "E022": ("宋雨桐", "F", "S", "2020-09-01", "2022-03-01", "客服", "left", "2024-09-30"),  # left on the as-of date
    "E023": ("郑凯", "M", "J", "2024-07-01", "", "客服", "active", ""),               # R-P2 misses: tenure 2, tie at rank 3
    "E024": ("谢婉婷", "F", "P", "2024-09-09", "", "客服", "active", ""),             # joined mid-period
    "E025": ("韩卫东", "M", "R", "2015-09-01", "2020-01-01", "领班", "active", ""),   # R with top scores: no rank
    "E026": ("唐雅琴", "F", "R", "2018-02-01", "2023-04-01", "培训专员", "active", ""),  # R-G1
    "E027": ("冯子涵", "F", "J", "2023-11-20", "2024-02-20", "客服", "active", ""),   # background J
    "E028": ("于海波", "M", "S", "2017-08-01", "2021-01-01", "质检专员", "active", ""),  # background S; serious warning 09-05
    "E029": ("董晓梅", "F", "M", "2021-05-10", "2024-09-01", "客服", "active", ""),   # background M (promoted 09-01)
    "E030": ("萧宁", "M", "J", "2023-03-01", "2023-06-01", "客服", "active", ""),     # R-X1 misses (80.0 is 良好)
    "E031": ("程亮", "M", "J", "2023-06-01", "2023-09-01", "客服", "离职", "2024-09-12"),  # left mid-period
    "E032": ("曹雯", "F", "J", "2023-04-10", "2023-07-10", "客服", "left", ""),       # left, no left_date (warning)
}
TEAM_OF = {e: t for t, ms in TEAMS.items() for e in ms}
TEAM_OF.update({e: "日班" for e in DAY_GROUP})
NAME = {e: v[0] for e, v in EMP.items()}
HIRE = {e: D(v[3]) for e, v in EMP.items()}
ACCOUNT = {e: "kf" + e[1:] for e in EMP}
# last day each person appears in the *published* schedule (None = through 2024-10)
SCHED_LAST = {
    "E031": D("2024-09-11"),   # PLANT left-mid-period: last shift 09-11, left_date 09-12
    "E032": D("2024-02-15"),   # left around 2024-02-15; HR never entered the date
    # E022 is *not* cut: PLANT roster-left — the October roster was drafted before she resigned
}
# last day each person actually worked (punches/logins stop here)
WORK_LAST = {"E031": D("2024-09-11"), "E032": D("2024-02-15"), "E022": D("2024-09-30")}

ANCHOR = D("2023-07-31")   # a Monday: week 0 of the rotation
ROTATION = ["A", "C", "B"]  # backward rotation: rest between blocks is >= 8 h (B->A and C->B exactly 8 h)


def base_shift(e: str, d: dt.date) -> str | None:
    """The published background schedule: a shift code or None (rest)."""
    if d < HIRE[e] or (SCHED_LAST.get(e) and d > SCHED_LAST[e]):
        return None
    team = TEAM_OF[e]
    if team == "日班":
        return "D" if working_day(d) else None
    k = list(TEAMS).index(team)
    j = TEAMS[team].index(e)
    dn = (d - ANCHOR).days
    if (dn + j) % 4 == 0:          # one rest day in four, staggered inside the team
        return None
    return ROTATION[(dn // 7 + k) % 3]


PUB: dict[tuple[str, dt.date], str] = {}
for e in EMP:
    for d in daterange(HIST_FIRST, ROSTER_LAST):
        s = base_shift(e, d)
        if s:
            PUB[(e, d)] = s

# PLANT holiday-rest-day-worked: E027 (day group) is rostered D on 2024-09-16, a `holiday` (中秋) day.
assert (("E027", D("2024-09-16")) not in PUB) and CAL[D("2024-09-16")] == "holiday"
PUB[("E027", D("2024-09-16"))] = "D"

# --- Roster 2024-10 faults (PLANT roster-*) ---------------------------------------------------
# PLANT roster-no-shifts: E008 was forgotten in the October roster (no rows at all).
for d in daterange(D("2024-10-01"), D("2024-10-31")):
    PUB.pop(("E008", d), None)
# PLANT roster-overlap: E003 is rostered B (15:00-23:00) *and* D (09:00-18:00) on 2024-10-08
# (an extra long-form row): they overlap 15:00-18:00.
assert PUB[("E003", D("2024-10-08"))] == "B"
ROSTER_EXTRA_ROWS = [("E003", D("2024-10-08"), "D")]
# PLANT roster-short-rest: E021 has C on 2024-10-08 (ends 10-09 07:00) and is rostered D on
# 2024-10-09 (09:00): 2 h rest. (The background rotation keeps exactly 8 h at B->A and C->B
# block changes, e.g. E009 B 2024-10-06 -> A 2024-10-07.)
assert PUB[("E021", D("2024-10-08"))] == "C" and ("E021", D("2024-10-09")) not in PUB
PUB[("E021", D("2024-10-09"))] = "D"
assert PUB[("E009", D("2024-10-06"))] == "B" and PUB[("E009", D("2024-10-07"))] == "A"
# PLANT roster-left: E022 (left 2024-09-30) still has October rows — nothing to do, see SCHED_LAST.
assert PUB[("E022", D("2024-10-02"))]

# ---------------------------------------------------------------------------------------------
# Schedule changes (schedule_changes.csv)
# ---------------------------------------------------------------------------------------------
# (employee, date, from, to, approved_by, approved_on, reason)
CHANGES = [
    # background, outside the report period, all approved well before the day
    ("E011", "2023-10-18", "A", "休", MANAGER, "2023-10-13", "年假前调休"),
    ("E019", "2023-12-05", "B", "休", MANAGER, "2023-12-01", "家中有事\n已与马丽组长协商"),
    ("E004", "2024-01-20", "休", "A", "王建华", "2024-01-18", "顶班, 同事病假"),
    ("E026", "2024-03-15", "D", "休", MANAGER, "2024-03-12", "调休"),
    ("E013", "2024-07-10", "B", "休", "周婷", "2024-07-05", "调休"),
    ("E027", "2024-07-22", "D", "休", MANAGER, "2024-07-18", "调休"),
    # PLANT chg-approved: E015 takes 09-06 off, approved 09-03 (before the day) -> approved
    ("E015", "2024-09-06", "C", "休", MANAGER, "2024-09-03", "调休"),
    # PLANT chg-swap-unapproved: E002 and E010 swap B/A on 09-19 without any approval
    ("E002", "2024-09-19", "B", "A", "", "", "与吴昊私下换班"),
    # PLANT personal-in-free-text: a phone number in a reason (CSV) -> 138****8000 everywhere
    ("E010", "2024-09-19", "A", "B", "", "", "与李晓燕私下换班, 她的电话 138 0013 8000"),
    # PLANT chg-same-day: approved_on is the changed day itself, not *before* it -> unapproved
    ("E009", "2024-09-20", "A", "休", MANAGER, "2024-09-20", "临时请假, 当天补批"),
    # PLANT c-then-d: E020 works C on 09-19 and covers the day group on 09-20 (approved 09-18)
    ("E020", "2024-09-20", "休", "D", MANAGER, "2024-09-18", "支援日班"),
]
EFF = dict(PUB)
for e, ds, fr, to, *_ in CHANGES:
    d = D(ds)
    assert PUB.get((e, d), "休") == fr, (e, ds, PUB.get((e, d)), fr)
    if to == "休":
        del EFF[(e, d)]
    else:
        EFF[(e, d)] = to

# ---------------------------------------------------------------------------------------------
# Leave (leave.csv, GBK)
# ---------------------------------------------------------------------------------------------
# (employee, type, start, end, approver)
LEAVE = [
    # background, outside the period; each covers whole shift instances (no punches then)
    ("E019", "婚假", "2023-10-16 23:00", "2023-10-21 07:00", MANAGER),
    ("E003", "病假", "2023-11-08 15:00", "2023-11-08 23:00", "王建华"),
    ("E028", "年假", "2024-01-08 09:00", "2024-01-10 18:00", MANAGER),
    ("E012", "事假", "2024-05-16 07:00", "2024-05-16 15:00", "周婷"),
    ("E030", "调休", "2024-06-14 09:00", "2024-06-14 18:00", MANAGER),
    ("E022", "年假", "2024-07-29 07:00", "2024-07-30 15:00", MANAGER),
    ("E025", "公出", "2024-05-21 09:00", "2024-05-21 18:00", MANAGER),
    # PLANT leave-whole-multi: E029 annual leave 09-02..09-04, three whole D instances (3 x 8.0 h)
    ("E029", "年假", "2024-09-02 09:00", "2024-09-04 18:00", MANAGER),
    # PLANT leave-partial-start: E006 sick 07:00-10:00 on A 09-04: 3.0 h, expected start 10:00
    ("E006", "病假", "2024-09-04 07:00", "2024-09-04 10:00", MANAGER),
    # PLANT leave-partial-end: E028 personal 15:00-18:00 on D 09-19: 3.0 h, expected end 15:00
    ("E028", "事假", "2024-09-19 15:00", "2024-09-19 18:00", MANAGER),
    # PLANT leave-whole-night: E004 sick for her C shift of 09-10 (23:00-07:00): 7.5 h
    ("E004", "病假", "2024-09-10 23:00", "2024-09-11 07:00", "王建华"),
    # PLANT leave-unapproved: E021 personal leave for B 09-05, nobody approved it -> absent
    ("E021", "事假", "2024-09-05 15:00", "2024-09-05 23:00", ""),
    # PLANT business-trip: E026 on 公出 the whole D shift of 09-13 -> worked, not leave
    ("E026", "公出", "2024-09-13 09:00", "2024-09-13 18:00", MANAGER),
]

# ---------------------------------------------------------------------------------------------
# Punch plan
# ---------------------------------------------------------------------------------------------
# PUNCH_PLANT[(employee, instance date)] = the exact punches of that instance ([] = none).
# Whole minutes everywhere near a threshold.
PUNCH_PLANT: dict[tuple[str, dt.date], list[str]] = {
    # PLANT att-grace: E008 A 09-02 clock-in 07:05 = start + 5 -> not late
    ("E008", "2024-09-02"): ["2024-09-02 07:05", "2024-09-02 15:08"],
    # PLANT att-late: E008 A 09-03 clock-in 07:06 -> late 6 min
    ("E008", "2024-09-03"): ["2024-09-03 07:06", "2024-09-03 15:04"],
    # PLANT att-absent: E016 B 09-11 no punch, no leave -> absent
    ("E016", "2024-09-11"): [],
    # PLANT att-late-121: E030 D 09-12 clock-in 11:01 = 121 min late -> absent instead
    ("E030", "2024-09-12"): ["2024-09-12 11:01", "2024-09-12 18:04"],
    # PLANT att-late-120: E030 D 09-19 clock-in 11:00 = exactly 120 min late -> late, not absent
    ("E030", "2024-09-19"): ["2024-09-19 11:00", "2024-09-19 18:03"],
    # PLANT att-early: E027 D 09-05 clock-out 17:40 -> early leave 20 min
    ("E027", "2024-09-05"): ["2024-09-05 08:53", "2024-09-05 17:40"],
    # PLANT holiday-rest-day-worked: E027 D on 09-16 (holiday) -> 8.0 holiday hours
    ("E027", "2024-09-16"): ["2024-09-16 08:52", "2024-09-16 18:06"],
    # PLANT att-missing: E018 C 08-27 only the clock-in, no clock-out on 08-28 -> missing punch
    ("E018", "2024-08-27"): ["2024-08-27 22:52"],
    # PLANT leave-partial-start: E006 comes at 09:52 after sick leave until 10:00 -> on time
    ("E006", "2024-09-04"): ["2024-09-04 09:52", "2024-09-04 15:06"],
    # PLANT leave-partial-end: E028 leaves 15:01 for leave from 15:00 -> no early leave
    ("E028", "2024-09-19"): ["2024-09-19 08:54", "2024-09-19 15:01"],
    # PLANT leave-whole-night / leave-unapproved / business-trip: nobody punches
    ("E004", "2024-09-10"): [],
    ("E021", "2024-09-05"): [],
    ("E026", "2024-09-13"): [],
    ("E029", "2024-09-02"): [], ("E029", "2024-09-03"): [], ("E029", "2024-09-04"): [],
    # PLANT att-period-first: E015 late 15 min on B 08-25 (previous period) and 10 min on A 08-26
    ("E015", "2024-08-25"): ["2024-08-25 15:15", "2024-08-25 23:06"],
    ("E015", "2024-08-26"): ["2024-08-26 07:10", "2024-08-26 15:07"],
    # PLANT att-period-last: E005 late 8 min on A 09-25 (counted) and 12 min on A 09-26 (next period)
    ("E005", "2024-09-25"): ["2024-09-25 07:08", "2024-09-25 15:05"],
    ("E005", "2024-09-26"): ["2024-09-26 07:12", "2024-09-26 15:03"],
    # PLANT night-outside: E007 late 9 min on C 08-25; its clock-out 08-26 07:04 lies in the
    # period but the instance is dated 08-25 -> nothing in 2024-09
    ("E007", "2024-08-25"): ["2024-08-25 23:09", "2024-08-26 07:04"],
    # PLANT night-last: E014 C 09-25 leaves 09-26 06:40 -> early 20 min, counted in 2024-09
    ("E014", "2024-09-25"): ["2024-09-25 22:51", "2024-09-26 06:40"],
    # PLANT c-then-d: E020 C 09-19 then D 09-20. Windows overlap on 09-20 07:00-11:00:
    # 07:04 is 4 min from C's end (D's start is 116 min away) -> C; 08:57 is 3 min from D's start
    ("E020", "2024-09-19"): ["2024-09-19 22:50", "2024-09-20 07:04"],
    ("E020", "2024-09-20"): ["2024-09-20 08:57", "2024-09-20 18:03"],
    # PLANT hand-r-h7: A>B 09-12: outgoing E019 clocks out 15:05, incoming E011 clocks in 15:10
    # (late 10 min) -> the outgoing person left before the relief arrived
    ("E019", "2024-09-12"): ["2024-09-12 06:50", "2024-09-12 15:05"],
    ("E011", "2024-09-12"): ["2024-09-12 15:10", "2024-09-12 23:05"],
    # PLANT hand-r-h7-equal: A>B 09-24: E007 out 15:02, E023 in 15:02 -> not *before*: passes
    ("E007", "2024-09-24"): ["2024-09-24 06:49", "2024-09-24 15:02"],
    ("E023", "2024-09-24"): ["2024-09-24 15:02", "2024-09-24 23:04"],
}
PUNCH_PLANT = {(e, D(d)): v for (e, d), v in PUNCH_PLANT.items()}
for (e, d), _ in PUNCH_PLANT.items():
    assert (e, d) in EFF, ("planted punches for an instance that is not scheduled", e, d)

# PLANT dup-same-file: E003's clock-in of A 09-06 (06:51) is exported twice in punches/2024-09.csv
PUNCH_PLANT[("E003", D("2024-09-06"))] = ["2024-09-06 06:51", "2024-09-06 15:07"]
assert EFF[("E003", D("2024-09-06"))] == "A"
DUP_SAME_FILE = ("E003", dt.datetime(2024, 9, 6, 6, 51))
# PLANT dup-cross-file: punches/2024-09.csv re-exports every punch from 2024-08-31 20:00 on,
# which punches/2024-08.csv already holds (the C shift of 08-31 clocking in).
CROSS_FILE_FROM = dt.datetime(2024, 8, 31, 20, 0)
# PLANT punch-outside-shift: E025 drops by on Saturday 09-07 (rest day) -> warning
EXTRA_PUNCHES = [("E025", "2024-09-07 10:12", "一楼考勤机")]
assert ("E025", D("2024-09-07")) not in EFF

# The planted instance keys: background handover records never name these people there.
SPECIAL = set(PUNCH_PLANT) | {(e, D(d)) for e, d, *_ in CHANGES}
for e, typ, s, en, ap in LEAVE:
    for d in daterange(D(s[:10]) - DAY, D(en[:10])):
        SPECIAL.add((e, d))
PLANTED_PEOPLE = {e for e, d in SPECIAL if PERIOD[0] - DAY <= d <= PERIOD[1] + DAY}

DEVICES = ["一楼考勤机", "二楼考勤机", "一楼考勤机", "二楼考勤机", "手机打卡"]


def in_noise_zone(d: dt.date) -> bool:
    return d < NOISE_BEFORE or d > NOISE_AFTER


def leave_covers(e: str, s: dt.datetime, en: dt.datetime) -> bool:
    for le, typ, ls, lend, ap in LEAVE:
        if le == e and dt.datetime.fromisoformat(ls) <= s and en <= dt.datetime.fromisoformat(lend):
            return True
    return False


def fmt_dt(x: dt.datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S") if x.second else x.strftime("%Y-%m-%d %H:%M")


def gen_punches():
    """-> list of (employee, datetime, device) sorted by time; also the worked instances."""
    out = []
    worked = []   # (employee, date, code, first punch)
    for (e, d), code in sorted(EFF.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        if d < HIST_FIRST or d > PUNCH_LAST:
            continue
        if WORK_LAST.get(e) and d > WORK_LAST[e]:
            continue
        s, en = inst_bounds(d, code)
        r = rng("punch", e, d)
        dev = DEVICES[int(e[1:]) % len(DEVICES)] if r.random() < 0.85 else r.choice(DEVICES)
        if (e, d) in PUNCH_PLANT:
            times = [dt.datetime.fromisoformat(t) for t in PUNCH_PLANT[(e, d)]]
        elif leave_covers(e, s, en):
            times = []
        else:
            cin = s - dt.timedelta(seconds=r.randint(2 * 60, 18 * 60))
            cout = en + dt.timedelta(seconds=r.randint(30, 25 * 60))
            times = [cin, cout]
            if in_noise_zone(d):       # background noise, never inside the report period
                x = r.random()
                if x < 0.010:
                    times[0] = s + dt.timedelta(minutes=r.randint(7, 35))       # late
                elif x < 0.014:
                    times = times[:1]                                          # forgot to clock out
                elif x < 0.017:
                    times[1] = en - dt.timedelta(minutes=r.randint(10, 40))     # left early
                if r.random() < 0.004:                                         # double tap
                    times.insert(1, times[0] + dt.timedelta(seconds=r.randint(2, 9)))
        for t in times:
            if t.date() <= PUNCH_LAST:
                out.append((e, t, dev))
        if times:
            worked.append((e, d, code, min(times)))
    for e, t, dev in EXTRA_PUNCHES:
        out.append((e, dt.datetime.fromisoformat(t), dev))
    out.sort(key=lambda p: (p[1], p[0]))
    return out, worked


# ---------------------------------------------------------------------------------------------
# Output helpers: every file is built in memory, then written once; line numbers are tracked
# for the BAD rows.
# ---------------------------------------------------------------------------------------------
FILES: dict[str, bytes] = {}
BAD: list[tuple[str, int, str, str, str]] = []   # (path, line, field, kind, reason)
COUNTS: dict[str, int] = {}


def put(rel: str, text: str, encoding="utf-8", bom=False):
    data = text.encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    FILES[rel] = data


def csv_text(header, rows, crlf=True):
    """-> (text, [line number of each row])"""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n" if crlf else "\n")
    w.writerow(header)
    lines = []
    line = 1 + buf.getvalue().count("\n")
    for row in rows:
        lines.append(line)
        before = len(buf.getvalue())
        w.writerow(row)
        line += buf.getvalue()[before:].count("\n")
    return buf.getvalue(), lines


def count(rtype: str, n: int):
    COUNTS[rtype] = COUNTS.get(rtype, 0) + n


def xattrs(**kv) -> str:
    return " ".join(f"{k}={quoteattr(str(v))}" for k, v in kv.items())


# ---------------------------------------------------------------------------------------------
# employees.csv (UTF-8 with BOM, Chinese headers)
# ---------------------------------------------------------------------------------------------
REGIONS = ["110105", "310104", "440106", "330106", "320102", "420106", "510107", "430103",
           "370102", "610113", "350203", "120104"]
GRADE_TEXT = {  # mix codes and Chinese names, as a real sheet would
    "P": ["试用", "试用客服", "P"], "J": ["初级客服", "J", "初级"],
    "M": ["中级客服", "M", "中级"], "S": ["高级客服", "S", "高级"], "R": ["储备主管", "R"],
}


def id_check(body17: str) -> str:
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * k for c, k in zip(body17, w)) % 11]


def luhn_complete(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return body + str((10 - total % 10) % 10)


def make_employees():
    header = ["工号", "姓名", "部门", "级别", "入职日期", "定级日期", "班组", "岗位", "状态",
              "离职日期", "系统账号", "身份证号", "手机", "银行卡号"]
    rows, tags = [], {}
    banks = [("622202", 19), ("622848", 19), ("621700", 19), ("622588", 16), ("621483", 16),
             ("622262", 19)]
    for i, (e, (name, sex, grade, hire, gs, role, status, left)) in enumerate(EMP.items()):
        r = rng("employee", e)
        hire_d = D(hire)
        born = dt.date(r.randint(1986, 2002), r.randint(1, 12), r.randint(1, 28))
        if hire_d.year - born.year < 19:
            born = born.replace(year=hire_d.year - 21)
        region = REGIONS[i % len(REGIONS)]
        seq = r.randint(10, 99) * 10 + (r.choice([1, 3, 5, 7, 9]) if sex == "M" else r.choice([0, 2, 4, 6, 8]))
        body = f"{region}{born:%Y%m%d}{seq:03d}"
        idn = body + id_check(body)
        if e == "E030":
            # BAD id-check: the last digit is not the GB 11643 check digit -> warning
            good = id_check(body)
            idn = body + ("1" if good != "1" else "2")
            tags["id-check"] = i
        if e == "E027":
            # BAD id-enotation: the sheet went through Excel once -> 1.10105E+17 -> warning
            idn = "1.10105E+17"
            tags["id-enotation"] = i
        phone = r.choice(["138", "139", "136", "150", "158", "186", "187", "177", "199", "135"]) + \
            f"{r.randint(0, 99999999):08d}"
        prefix, length = banks[i % len(banks)]
        card = luhn_complete(prefix + "".join(str(r.randint(0, 9)) for _ in range(length - len(prefix) - 1)))
        grade_txt = GRADE_TEXT[grade][i % len(GRADE_TEXT[grade])]
        hire_txt = hire if i % 3 else fmt_date(hire_d, "slash")   # 2023/2/20 now and then
        rows.append([e, name, DEPT, grade_txt, hire_txt, gs, TEAM_OF[e], role, status, left,
                     ACCOUNT[e], idn, phone, card])
    text, lines = csv_text(header, rows)
    put("employees.csv", text, bom=True)
    for tag, idx in tags.items():
        if tag == "id-check":
            BAD.append(("employees.csv", lines[idx], "id_number", "warning",
                        "E030: check digit does not match (GB 11643)"))
        else:
            BAD.append(("employees.csv", lines[idx], "id_number", "warning",
                        "E027: '1.10105E+17' is a number in E-notation, not an ID number"))
    e32 = list(EMP).index("E032")
    BAD.append(("employees.csv", lines[e32], "left_date", "warning",
                "E032: status left without left_date (counts as left)"))
    count("employees", len(rows))


# ---------------------------------------------------------------------------------------------
# shifts.xml (fields as child elements) and calendar.csv
# ---------------------------------------------------------------------------------------------
def make_shifts_calendar():
    out = ['<?xml version="1.0" encoding="UTF-8"?>', "<shifts>"]
    for code, (name, st, en, br, night) in SHIFTS.items():
        out.append("  <shift>")
        out.append(f"    <code>{code}</code>")
        out.append(f"    <name>{name}</name>")
        out.append(f"    <start>{st}</start>")
        out.append(f"    <end>{en}</end>")
        out.append(f"    <break_minutes>{br}</break_minutes>")
        out.append(f"    <night>{night}</night>")
        out.append("  </shift>")
    out.append("</shifts>")
    put("shifts.xml", "\n".join(out) + "\n")
    count("shifts", len(SHIFTS))
    FILES["calendar.csv"] = CAL_SRC.read_bytes()
    count("calendar", len(CAL))


# ---------------------------------------------------------------------------------------------
# schedule/YYYY-MM.{csv,xml}: long form, grid form, one XML month
# ---------------------------------------------------------------------------------------------
GRID_MONTHS = {"2023-11": ("iso", "休"), "2024-03": ("slash", "OFF"), "2024-09": ("iso", "")}
LONG_STYLE = {  # header language, date style, write rest rows?
    "2023-08": ("en", "iso", False), "2023-09": ("zh", "slash", False), "2023-10": ("en", "iso", False),
    "2023-12": ("zh", "dot", False), "2024-01": ("en", "iso", True), "2024-02": ("zh", "iso", False),
    "2024-04": ("en", "slash", False), "2024-05": ("zh", "iso", False), "2024-07": ("en", "iso", False),
    "2024-08": ("zh", "iso", False), "2024-10": ("zh", "iso", False),
}
XML_MONTHS_SCHEDULE = {"2024-06"}


def fmt_date(d: dt.date, style: str) -> str:
    if style == "slash":
        return f"{d.year}/{d.month}/{d.day}"
    if style == "dot":
        return f"{d.year}.{d.month}.{d.day}"
    return d.isoformat()


def month_days(m: str):
    y, mo = map(int, m.split("-"))
    a = dt.date(y, mo, 1)
    b = dt.date(y + (mo == 12), mo % 12 + 1, 1) - DAY
    return list(daterange(a, b))


def employed_in(e: str, days) -> bool:
    return any((e, d) in PUB for d in days)


def make_schedule():
    n = 0
    for m in MONTHS:
        days = month_days(m)
        people = [e for e in EMP if employed_in(e, days)]
        if m in GRID_MONTHS:
            style, rest = GRID_MONTHS[m]
            header = ["工号", "姓名"] + [fmt_date(d, style) for d in days]
            rows = [[e, NAME[e]] + [PUB.get((e, d), rest) for d in days] for e in people]
            text, _ = csv_text(header, rows, crlf=(m != "2024-03"))
            put(f"schedule/{m}.csv", text)
            n += sum(1 for e in people for d in days if (e, d) in PUB)
            continue
        if m in XML_MONTHS_SCHEDULE:
            out = ['<?xml version="1.0" encoding="UTF-8"?>', "<schedule>"]
            for d in days:
                for e in people:
                    if (e, d) in PUB:
                        out.append(f"  <entry {xattrs(employee_id=e, date=d.isoformat(), shift=PUB[(e, d)])}/>")
                        n += 1
            out.append("</schedule>")
            put(f"schedule/{m}.xml", "\n".join(out) + "\n")
            continue
        lang, style, rest_rows = LONG_STYLE[m]
        header = ["employee_id", "date", "shift"] if lang == "en" else ["工号", "日期", "班次"]
        rows, bad_idx = [], None
        for d in days:
            for e in people:
                if (e, d) in PUB:
                    rows.append([e, fmt_date(d, style), PUB[(e, d)]])
                    n += 1
                elif rest_rows and HIRE[e] <= d:
                    rows.append([e, fmt_date(d, style), "休"])
            if m == "2024-05" and d == D("2024-05-15"):
                # BAD shift-code: a shift 'E' that shifts.xml does not define (E012 rests on 05-15)
                assert ("E012", d) not in PUB
                bad_idx = len(rows)
                rows.append(["E012", fmt_date(d, style), "E"])
        if m == "2024-10":
            for e, d, code in ROSTER_EXTRA_ROWS:     # PLANT roster-overlap
                rows.append([e, fmt_date(d, style), code])
                n += 1
        text, lines = csv_text(header, rows)
        put(f"schedule/{m}.csv", text)
        if bad_idx is not None:
            BAD.append((f"schedule/{m}.csv", lines[bad_idx], "shift", "reject",
                        "E012 2024-05-15: unknown shift code 'E'"))
    count("schedule", n)


def make_changes():
    header = ["工号", "日期", "原班次", "调整后班次", "审批人", "审批日期", "原因"]
    rows = []
    for i, (e, ds, fr, to, by, on, why) in enumerate(CHANGES):
        d = D(ds)
        style = ["iso", "slash", "dot"][i % 3]
        rows.append([e, fmt_date(d, style), fr, to, by, fmt_date(D(on), style) if on else "", why])
    text, _ = csv_text(header, rows)
    put("schedule_changes.csv", text)
    count("schedule_changes", len(rows))


def make_leave():
    header = ["工号", "假别", "开始时间", "结束时间", "审批人"]
    rows = []
    for i, (e, typ, s, en, ap) in enumerate(LEAVE):
        style = ["iso", "slash", "dot"][i % 3]
        def f(x):
            t = dt.datetime.fromisoformat(x)
            clock = f"{t.hour}:{t.minute:02d}" if style != "iso" else f"{t:%H:%M}"
            return fmt_date(t.date(), style) + " " + clock
        rows.append([e, typ, f(s), f(en), ap])
    # BAD id-slash: two people typed into one id cell -> rejected (ids may not contain '/')
    bad_idx = 3
    rows.insert(bad_idx, ["E015/E016", "事假", "2024/4/3 7:00", "2024/4/3 15:00", MANAGER])
    text, lines = csv_text(header, rows)
    put("leave.csv", text, encoding="gbk")
    BAD.append(("leave.csv", lines[bad_idx], "employee_id", "reject",
                "'E015/E016': '/' is not allowed in an employee id"))
    count("leave", len(rows))


# ---------------------------------------------------------------------------------------------
# punches/YYYY-MM.{csv,xml}
# ---------------------------------------------------------------------------------------------
PUNCH_STYLE = {  # month -> (kind, header language, date style, with seconds, encoding)
    "2023-08": ("split", "zh", "iso", False, "utf-8"),
    "2023-09": ("split", "zh", "iso", False, "utf-8"),
    "2023-10": ("split", "zh", "slash", False, "gbk"),
    "2023-11": ("split", "zh", "iso", False, "utf-8"),
    "2023-12": ("single", "en", "iso", True, "utf-8"),
    "2024-01": ("single", "en", "iso", True, "utf-8"),
    "2024-02": ("xml", "", "", True, "utf-8"),
    "2024-03": ("split", "zh", "slash", False, "utf-8"),
    "2024-04": ("split", "zh", "iso", False, "utf-8"),
    "2024-05": ("split", "en", "iso", True, "utf-8"),
    "2024-06": ("split", "zh", "iso", False, "utf-8"),
    "2024-07": ("single", "en", "iso", True, "utf-8"),
    "2024-08": ("single", "zh", "iso", True, "utf-8"),
    "2024-09": ("single", "en", "iso", True, "utf-8"),
}


def punch_time_text(t: dt.datetime, secs: bool) -> str:
    if secs and t.second:
        return f"{t:%H:%M:%S}"
    return f"{t:%H:%M}"


def make_punches(punches):
    by_month: dict[str, list] = {}
    for p in punches:
        by_month.setdefault(f"{p[1]:%Y-%m}", []).append(p)
    total = 0
    for m in SCORE_MONTHS:
        ps = list(by_month.get(m, []))
        kind, lang, style, secs, enc = PUNCH_STYLE[m]
        r = rng("punch-file", m)
        if m == "2024-09":
            # PLANT dup-cross-file: this export starts at 2024-08-31 20:00
            ps = [p for p in by_month["2024-08"] if p[1] >= CROSS_FILE_FROM] + ps
        if kind == "xml":
            out = ['<?xml version="1.0" encoding="UTF-8"?>', "<punches>"]
            for i, (e, t, dev) in enumerate(ps):
                ts = f"{t:%Y-%m-%d} {punch_time_text(t, secs)}"
                if i % 17 == 0:   # some records with child elements
                    out.append(f"  <punch><employee_id>{e}</employee_id><time>{ts}</time>"
                               f"<device>{escape(dev)}</device></punch>")
                else:
                    out.append(f"  <punch {xattrs(employee_id=e, time=ts, device=dev)}/>")
            out.append("</punches>")
            put(f"punches/{m}.xml", "\n".join(out) + "\n")
            total += len(ps)
            continue
        rows, tags = [], {}
        for e, t, dev in ps:
            clock = punch_time_text(t, secs)
            if style == "slash" and not secs:
                clock = f"{t.hour}:{t.minute:02d}"      # 7:58, as some clocks export
            if kind == "split":
                rows.append([e, fmt_date(t.date(), style), clock, dev])
            else:
                rows.append([e, f"{t:%Y-%m-%d} {clock}", dev])
            if (e, t) == DUP_SAME_FILE:
                rows.append(list(rows[-1]))          # PLANT dup-same-file: exported twice
            elif in_noise_zone(t.date()) and r.random() < 0.002:
                rows.append(list(rows[-1]))          # background: an exact duplicate now and then
        if m == "2024-06":
            # BAD date: 2024/06/31 does not exist (E008's real punches of 06-30/07-01 are intact)
            tags["date"] = len(rows) // 2
            rows.insert(tags["date"], ["E008", "2024/06/31", "07:55", "一楼考勤机"])
        if m == "2024-09":
            # BAD unknown-employee: E099 is in nobody's records
            tags["unknown"] = len(rows) // 3
            rows.insert(tags["unknown"], ["E099", "2024-09-14 08:55", "一楼考勤机"])
        if kind == "split":
            header = ["工号", "日期", "时间", "设备"] if lang == "zh" else ["employee_id", "date", "time", "device"]
        else:
            header = ["工号", "打卡时间", "设备"] if lang == "zh" else ["employee_id", "time", "device"]
        text, lines = csv_text(header, rows, crlf=(m not in ("2023-09", "2024-04")))
        put(f"punches/{m}.csv", text, encoding=enc)
        if "date" in tags:
            BAD.append((f"punches/{m}.csv", lines[tags["date"]], "date", "reject",
                        "'2024/06/31' is not a date"))
        if "unknown" in tags:
            BAD.append((f"punches/{m}.csv", lines[tags["unknown"]], "employee_id", "reject",
                        "E099 is not an employee"))
        total += len(rows)
    count("punches", total)


# ---------------------------------------------------------------------------------------------
# logins/YYYY-MM.{csv,xml}
# ---------------------------------------------------------------------------------------------
SYSTEMS = ["客服软件", "客服软件", "游戏后台", "网站后台"]
# PLANT login-*: (account, time, system, ip; None = the account owner's own desk)
def own_ip(acc: str) -> str:
    return f"10.8.{int(acc[2:]) // 10 + 1}.{int(acc[2:]) + 20}"


LOGIN_PLANT = [
    ("kf010", "2024-08-27 15:29", "客服软件", None),   # A ends 15:00: 29 min after -> on duty (inside the margin)
    ("kf010", "2024-08-28 06:29", "游戏后台", None),   # A starts 07:00: 31 min before -> OFF-DUTY (no shift)
    ("kf018", "2024-09-20 00:40", "网站后台", None),   # during E018's C of 09-19 (23:00-07:00) -> on duty
    ("kf099", "2024-09-08 21:14", "游戏后台", "10.8.9.99"),  # account of nobody -> off-duty, owner unknown
    # R-C2, one login for each reason (rules.md "on duty"):
    ("kf029", "2024-09-03 10:15", "客服软件", None),   # PLANT login-on-leave: E029 on 年假 09-02..09-04
    ("kf016", "2024-09-11 16:40", "游戏后台", None),   # PLANT login-absent: inside E016's absent B of 09-11
    ("kf031", "2024-09-20 10:05", "网站后台", None),   # PLANT login-after-leaving: E031 left 09-12
    ("kf024", "2024-09-06 14:00", "客服软件", None),   # PLANT login-before-hire: E024 hired 09-09
    # PLANT login-shared-colleague (R-C4 a): E013 rests on 09-11; her account logs in from E012's
    # desk 35 min after E012 (on B 15:00-23:00) logged in there with his own account.
    ("kf012", "2024-09-11 18:20", "客服软件", None),
    ("kf013", "2024-09-11 18:55", "游戏后台", "10.8.2.32"),
    # PLANT login-shared-colleague-miss: E005 rests on 09-07; her account logs in from E004's desk
    # 61 min after E004 (on A 07:00-15:00) did -> off duty (rest day), but not within the hour.
    ("kf004", "2024-09-07 11:30", "客服软件", None),
    ("kf005", "2024-09-07 12:31", "客服软件", "10.8.1.24"),
    # PLANT login-two-ips (R-C4 b): E003 (on B 09-18) from her desk, then 8 min later from the
    # hot desk 10.8.3.99.
    ("kf003", "2024-09-18 18:00", "客服软件", None),
    ("kf003", "2024-09-18 18:08", "网站后台", "10.8.3.99"),
    # PLANT login-two-ips-miss: E007 (on B 09-18) from his desk, then 11 min later from another.
    ("kf007", "2024-09-18 19:30", "客服软件", None),
    ("kf007", "2024-09-18 19:41", "网站后台", "10.8.3.98"),
]
assert EFF[("E010", D("2024-08-27"))] == "A" and EFF[("E010", D("2024-08-28"))] == "A"
assert ("E010", D("2024-08-26")) in EFF and EFF[("E010", D("2024-08-26"))] == "A"
assert EFF[("E018", D("2024-09-19"))] == "C"
assert EFF[("E016", D("2024-09-11"))] == "B" and PUNCH_PLANT[("E016", D("2024-09-11"))] == []
assert all(("E029", D(x)) in EFF for x in ("2024-09-02", "2024-09-03", "2024-09-04"))
assert EFF[("E012", D("2024-09-11"))] == "B" and ("E013", D("2024-09-11")) not in EFF
assert EFF[("E004", D("2024-09-07"))] == "A" and ("E005", D("2024-09-07")) not in EFF
assert EFF[("E003", D("2024-09-18"))] == "B" and EFF[("E007", D("2024-09-18"))] == "B"
assert own_ip("kf012") == "10.8.2.32" and own_ip("kf004") == "10.8.1.24"
# background off-duty logins (outside the report period)
LOGIN_NOISE = [("kf011", "2024-05-18 22:13", "游戏后台", None), ("kf016", "2024-02-29 14:20", "网站后台", None),
               ("kf004", "2023-12-23 20:30", "客服软件", None)]


def make_logins(worked):
    rows = []
    for e, d, code, first in worked:
        r = rng("login", e, d)
        s, en = inst_bounds(d, code)
        t = max(first, s - 10 * MIN) + dt.timedelta(seconds=r.randint(60, 15 * 60))
        if t > en:
            t = first + MIN
        rows.append((ACCOUNT[e], t, r.choice(SYSTEMS), own_ip(ACCOUNT[e])))
        if code == "D" and r.random() < 0.5:     # after lunch
            rows.append((ACCOUNT[e], dt.datetime.combine(d, dt.time(13, r.randint(0, 20), r.randint(0, 59))),
                         "客服软件", own_ip(ACCOUNT[e])))
    for acc, ts, sysname, ip in LOGIN_PLANT + LOGIN_NOISE:
        rows.append((acc, dt.datetime.fromisoformat(ts), sysname, ip or own_ip(acc)))
    rows = [x for x in rows if x[1].date() <= PUNCH_LAST]
    rows.sort(key=lambda x: (x[1], x[0]))
    by_month: dict[str, list] = {}
    for x in rows:
        by_month.setdefault(f"{x[1]:%Y-%m}", []).append(x)
    for m in SCORE_MONTHS:
        ms = by_month.get(m, [])
        if m == "2024-03":
            out = ['<?xml version="1.0" encoding="UTF-8"?>', "<logins>"]
            for acc, t, sysname, ip in ms:
                out.append(f"  <login {xattrs(account=acc, time=f'{t:%Y-%m-%d %H:%M:%S}', system=sysname, ip=ip)}/>")
            out.append("</logins>")
            put(f"logins/{m}.xml", "\n".join(out) + "\n")
            continue
        header = ["账号", "登录时间", "系统", "ip"] if m in ("2024-08", "2024-01") else ["account", "time", "system", "ip"]
        text, _ = csv_text(header, [[a, f"{t:%Y-%m-%d %H:%M:%S}" if t.second else f"{t:%Y-%m-%d %H:%M}", s, ip]
                                    for a, t, s, ip in ms])
        put(f"logins/{m}.csv", text)
    count("logins", len(rows))


# ---------------------------------------------------------------------------------------------
# handovers/YYYY-MM.{xml,csv}
# ---------------------------------------------------------------------------------------------
ITEMS = ["工作日志", "门禁", "空调", "电脑", "电话"]
POINTS = [("C", "A", "07:00"), ("A", "B", "15:00"), ("B", "C", "23:00")]
CSV_HANDOVER_MONTHS = {"2023-12", "2024-08"}
YES = ["是", "1", "√", "true", "是"]

# PLANT hand-*: overrides of the record of a point: (date, from, to) -> dict of field changes.
# 'items' overrides map item name -> (status, note); status None = left unmarked.
HAND_PLANT = {
    # anomaly with a note (2024-08 is a CSV month: 空调=fault:漏水)
    ("2024-08-29", "B", "C"): {"items": {"空调": ("fault", "漏水")}},
    # a refused handover WITH an escalation: passes R-H6, and R-H3 needs no incoming signature
    ("2024-08-30", "C", "A"): {"refused": "是", "refuse_reason": "交班人未完成工单回访", "escalated_to": MANAGER,
                              "incoming_signed": ""},
    ("2024-09-03", "B", "C"): "MISSING",                       # R-H1: no record at all
    ("2024-09-04", "A", "B"): {"recorder": ""},                # R-H2: nobody recorded
    ("2024-09-06", "C", "A"): {"incoming_signed": "否"},       # R-H3: incoming did not sign
    ("2024-09-08", "B", "C"): {"lead_signed": ""},             # R-H4: the lead did not review
    ("2024-09-10", "A", "B"): {"items": {"电话": (None, "")}},  # R-H5: an item left unmarked
    ("2024-09-13", "C", "A"): {"items": {"电脑": ("fault", "")}},  # anomaly without a note
    ("2024-09-18", "B", "C"): {"refused": "1", "refuse_reason": "工作日志未填写", "escalated_to": "",
                              "incoming_signed": ""},          # R-H6: refused, no escalation
    ("2024-09-12", "A", "B"): {"outgoing": "E019", "incoming": "E011", "recorder": "E019"},  # R-H7 fails
    ("2024-09-24", "A", "B"): {"outgoing": "E007", "incoming": "E023", "recorder": "E007"},  # R-H7 equal: passes
}
# PLANT hand-no-point: a record for a "D>B" handover, which is no staffed point -> warning
HAND_EXTRA = [{"date": "2024-09-05", "from_shift": "D", "to_shift": "B", "time": "18:05", "outgoing": "E025",
               "incoming": "E012", "recorder": "E025", "outgoing_signed": "是", "incoming_signed": "是",
               "lead_signed": "E025", "refused": "", "refuse_reason": "", "escalated_to": "",
               "items": [(n, "ok", "") for n in ITEMS]}]


STAFF: dict[tuple[dt.date, str], list[str]] = {}
for (_e, _d), _c in sorted(EFF.items()):
    if not (WORK_LAST.get(_e) and _d > WORK_LAST[_e]):
        STAFF.setdefault((_d, _c), []).append(_e)


def staff(d: dt.date, code: str):
    return STAFF.get((d, code), [])


def pick(cands, d, salt):
    pool = [e for e in cands if (e, d) not in SPECIAL]
    assert pool, (d, salt, cands)
    return pool[(d.toordinal() * 7 + salt) % len(pool)]


def make_handovers():
    by_month: dict[str, list] = {}
    for d in daterange(HIST_FIRST, PUNCH_LAST):
        for fr, to, at in POINTS:
            fdate = d - DAY if fr == "C" else d
            outs, ins = staff(fdate, fr), staff(d, to)
            if not outs or not ins:
                continue
            key = (d.isoformat(), fr, to)
            plant = HAND_PLANT.get(key, {})
            if plant == "MISSING":
                continue
            r = rng("handover", d, fr)
            o = pick(outs, fdate, 1)
            i = pick(ins, d, 2)
            t = dt.datetime.combine(d, hm(at)) + dt.timedelta(minutes=r.randint(0, 12))
            rec = {"date": d.isoformat(), "from_shift": fr, "to_shift": to, "time": f"{t:%H:%M}",
                   "outgoing": o, "incoming": i, "recorder": o if r.random() < 0.8 else i,
                   "outgoing_signed": r.choice(YES), "incoming_signed": r.choice(YES),
                   "lead_signed": LEADS[TEAM_OF[o]], "refused": "", "refuse_reason": "", "escalated_to": "",
                   "items": [(n, "ok", "") for n in ITEMS]}
            if in_noise_zone(d) and r.random() < 0.02:    # background anomalies, outside the period
                n = r.choice(ITEMS)
                note = {"工作日志": "上一班漏记工单号", "门禁": "刷卡失灵", "空调": "制冷差",
                        "电脑": "3号机蓝屏", "电话": "2号线路杂音"}[n]
                rec["items"] = [(x, "fault", note) if x == n else (x, "ok", "") for x in ITEMS]
            for k, v in plant.items():
                if k == "items":
                    rec["items"] = [(x,) + v[x] if x in v else (x, s, nt) for x, s, nt in rec["items"]]
                else:
                    rec[k] = v
            by_month.setdefault(d.isoformat()[:7], []).append(rec)
    for rec in HAND_EXTRA:
        by_month[rec["date"][:7]].append(rec)
    n = 0
    for m, recs in sorted(by_month.items()):
        n += len(recs)
        if m in CSV_HANDOVER_MONTHS:
            header = ["部门", "日期", "from_shift", "to_shift", "交接时间", "交班人", "接班人", "记录人",
                      "outgoing_signed", "incoming_signed", "领班签字", "拒绝接班", "refuse_reason", "上报", "items"]
            rows = []
            for x in recs:
                items = ";".join(f"{nm}={st}" + (f":{nt}" if nt else "") if st else f"{nm}="
                                 for nm, st, nt in x["items"])
                rows.append([DEPT, x["date"], x["from_shift"], x["to_shift"], x["time"], x["outgoing"],
                             x["incoming"], x["recorder"], x["outgoing_signed"], x["incoming_signed"],
                             x["lead_signed"], x["refused"], x["refuse_reason"], x["escalated_to"], items])
            text, _ = csv_text(header, rows)
            put(f"handovers/{m}.csv", text)
            continue
        out = ['<?xml version="1.0" encoding="UTF-8"?>', "<handovers>"]
        for x in recs:
            attrs = xattrs(department=DEPT, date=x["date"], from_shift=x["from_shift"], to_shift=x["to_shift"],
                           time=x["time"])
            out.append(f"  <handover {attrs}>")
            for k in ("outgoing", "incoming", "recorder", "outgoing_signed", "incoming_signed", "lead_signed"):
                out.append(f"    <{k}>{escape(x[k])}</{k}>")
            if x["refused"]:
                for k in ("refused", "refuse_reason", "escalated_to"):
                    out.append(f"    <{k}>{escape(x[k])}</{k}>")
            for nm, st, nt in x["items"]:
                a = {"name": nm}
                if st:
                    a["status"] = st
                if nt:
                    a["note"] = nt
                out.append(f"    <item {xattrs(**a)}/>")
            out.append("  </handover>")
        out.append("</handovers>")
        put(f"handovers/{m}.xml", "\n".join(out) + "\n")
    count("handovers", n)


# ---------------------------------------------------------------------------------------------
# security_handovers.csv (working days only)
# ---------------------------------------------------------------------------------------------
GUARDS = ["刘保国", "孙大勇", "赵铁柱"]
# PLANT sec-*: (date, direction) -> override; "MISSING" drops the record
SEC_PLANT = {
    ("2024-09-05", "morning"): {"urgent": "是", "escalated_to": ""},            # R-H9: urgent, no escalation
    ("2024-09-09", "evening"): {"urgent": "是", "escalated_to": MANAGER},       # urgent, escalated: passes
    ("2024-09-11", "evening"): "MISSING",                                       # R-H8: no 18:00 handover
    ("2024-09-19", "morning"): {"time": "08:45"},                               # R-H8: 45 min off the slot
    ("2024-09-20", "morning"): {"time": "08:30"},                               # exactly +30: passes
    ("2024-09-12", "evening"): {"time": "17:30"},                               # exactly -30: passes
}


def make_security():
    header = ["部门", "日期", "时间", "direction", "客服人员", "保安", "登记事项数", "紧急", "上报"]
    rows = []
    for d in daterange(HIST_FIRST, PUNCH_LAST):
        if not working_day(d):
            continue
        for direction, at in (("morning", "08:00"), ("evening", "18:00")):
            plant = SEC_PLANT.get((d.isoformat(), direction), {})
            if plant == "MISSING":
                continue
            r = rng("security", d, direction)
            t = dt.datetime.combine(d, hm(at)) + dt.timedelta(minutes=r.randint(-6, 9))
            who = staff(d, "A" if direction == "morning" else "D")
            cs = NAME[pick(who, d, 3)] if who else NAME["E025"]
            rec = {"time": f"{t:%H:%M}", "urgent": r.choice(["否", "", "0", "否"]), "escalated_to": ""}
            if in_noise_zone(d) and r.random() < 0.01:
                rec["urgent"], rec["escalated_to"] = "是", MANAGER
            rec.update(plant)
            dir_txt = direction if r.random() < 0.6 else {"morning": "早班交接", "evening": "晚班交接"}[direction]
            rows.append([DEPT, d.isoformat(), rec["time"], dir_txt, cs, GUARDS[d.toordinal() % 3],
                         r.randint(0, 6), rec["urgent"], rec["escalated_to"]])
    text, _ = csv_text(header, rows)
    put("security_handovers.csv", text)
    count("security_handovers", len(rows))


# ---------------------------------------------------------------------------------------------
# Monthly scores, quarterly grades
# ---------------------------------------------------------------------------------------------
# PLANT scores: explicit months 2023-08 .. 2024-09 (None = no score that month). Values chosen so
# that the window rankings of 2024Q3 come out exactly as README describes.
S14 = SCORE_MONTHS
SCORE_PLANT = {
    #        23-08 23-09 23-10 23-11 23-12 24-01 24-02 24-03 24-04 24-05 24-06 24-07 24-08 24-09
    "E001": [95, 95.5, 96, 95, 96, 95, 96, 95, 95, 96, 94, 90, 89, 90],      # 12-mo rank 1
    "E009": [94, 94.5, 95, 95.5, 95, 95, 95, 95, 95, 94.5, 94, 90, 89, 89.5],  # 12-mo rank 2
    "E014": [93, 92, 95, 94, 95.5, 94, 95, 94, 94.5, 95, 93, 89.5, 90, 89.5],  # 12-mo rank 3
    "E022": [93.5, 93.5, 88, 87, 88, 86, 87, 88, 87, 86, 88, 94.5, 94, 94.5],  # left 09-30: not in pool
    "E002": [86, 87, 88, 86, 87, 88, 87, 89, 94, 95, 98, 91, 90, 97.5],      # 6-mo rank 2; top 3 in 06, 09
    "E010": [88, 87, 88, 88, 88, 90, 90, 97, 94.5, 94, 97, 92, 91, 96.5],    # 6-mo rank 3; top 3 in 03, 06, 09
    "E012": [None] * 8 + [95, 96, 95, 96, 97, 95],                           # 6-mo rank 1, 3-mo rank 1
    "E003": [85, 86, 86, 87, 85, 86, 87, 86, 92, 92, 93, 95, 96, 95.5],      # 3-mo rank 2, 6-mo rank 4
    "E020": [None] * 11 + [94, 95, 94],                                      # 3-mo 94.33 (tie at 3)
    "E023": [None] * 11 + [95, 94, 94],                                      # 3-mo 94.33 (tie at 3)
    "E011": [84, 85, 86, 85, 84, 86, 85, 86, 88, 88.5, 88, 94, 94, 94.5],    # 3-mo 94.17 -> rank 5
    "E004": [85, 84, 86, 85, 86, 84, 85, 86, 85, 86, 85, 97, None, 97],      # no 2024-08 score
    "E007": [84, 85, 84, 86, 85, 87, 86, 85, 85, 86, 85, 96.5, 85, 86],      # July top 3 (breaks the run)
    "E016": [82, 83, 80, 79, 81, 78, 77, 80, 79, 81, 78, 78, 65, 72],        # last three all < 80
    "E030": [83, 84, 82, 83, 84, 82, 83, 84, 82, 83, 84, 79.9, 80.0, 75],    # 80.0 is 良好
    "E025": [99] * 14,                                                       # R: top scores, no rank
}


def background_score(e: str, m: str) -> float:
    r = rng("score", e, m)
    grade = EMP[e][2]
    if grade == "R":
        return r.randint(90, 96)
    lo = 80 if (grade == "J" and m >= "2024-07") or grade == "P" else 76
    v = r.randint(lo * 2, 89 * 2)
    return v // 2 if v % 2 == 0 else v / 2


def score_months(e: str):
    hire = HIRE[e]
    first = f"{hire:%Y-%m}" if hire.day <= 15 else f"{(hire.replace(day=28) + 4 * DAY):%Y-%m}"
    last = {"E031": "2024-08", "E032": "2024-01"}.get(e, "2024-09")
    return [m for m in S14 if first <= m <= last]


def make_scores():
    rows, tags = [], {}
    remarks = {("E012", "2024-08"): "客户表扬信2封", ("E016", "2024-08"): "投诉2起", ("E002", "2024-06"): "季度质检第一"}
    for m in S14:
        for e in EMP:
            if m not in score_months(e):
                continue
            if e in SCORE_PLANT:
                v = SCORE_PLANT[e][S14.index(m)]
                if v is None:
                    continue
            else:
                v = background_score(e, m)
            if e == "E008" and m == "2023-09":
                # BAD score-105: 105 is outside 0-100 -> rejected (E008 then has no 2023-09 score)
                tags["105"] = len(rows)
                v = 105
            mtxt = m if (int(e[1:]) + S14.index(m)) % 5 else f"{m[:4]}/{int(m[5:])}"
            vtxt = f"{v:.1f}" if isinstance(v, float) else str(v)   # 80.0 stays "80.0"
            rows.append([e, mtxt, vtxt, remarks.get((e, m), "")])
            if e == "E027" and m == "2024-03":
                # BAD score-dup: the same employee and month scored again with another value -> the
                # second row is rejected (the first, shown just above, stands)
                tags["dup"] = len(rows)
                rows.append([e, "2024/3", str(int(v) + 2), "复核后"])
            if e == "E008" and m == "2024-05":
                rows.append(list(rows[-1]))   # an exact duplicate row: counted once, not an error
        if m == "2024-02":
            # BAD score-0: E032 left in February; somebody typed 0 -> usable, but a warning
            tags["0"] = len(rows)
            rows.append(["E032", "2024-02", "0", "已离职"])
    text, lines = csv_text(["employee_id", "month", "score", "备注"], rows)
    put("monthly_scores.csv", text)
    BAD.append(("monthly_scores.csv", 1, "备注", "warning", "unknown column '备注' (one warning for the file)"))
    BAD.append(("monthly_scores.csv", lines[tags["105"]], "score", "reject", "E008 2023-09: 105 is outside 0-100"))
    BAD.append(("monthly_scores.csv", lines[tags["dup"]], "score", "reject",
                "E027 2024-03 scored twice with different values; the first row stands"))
    BAD.append(("monthly_scores.csv", lines[tags["0"]], "score", "warning", "E032 2024-02: score of exactly 0"))
    count("monthly_scores", len(rows))


# PLANT grades: 2023Q3 2023Q4 2024Q1 2024Q2 2024Q3 ('' = no grade that quarter)
GRADE_PLANT = {
    "E001": "AAABA",   # 2023Q4..2024Q3: A A B A = 3 A
    "E009": "AAAAA",
    "E014": "AAABA",   # R-D2 quarters 2023Q3..2024Q2: one B only; window 3 A
    "E006": "BBBBB",   # R-D2 counts only 2023Q3 (starts before 2023-10-01): one B
    "E018": "BBBAB",   # after 2024-01-01: Q1 B, Q3 B -> 2 B (not consecutive) -> R-D2
    "E022": "ABABA",
    "E028": "BBABB",
    "E002": "BBAAA",
    "E010": "BAABA",   # Q1 A, Q2 B, Q3 A
    "E015": "BBAAB",
    "E019": "BBBAB",
    "E007": "BBABB",   # Q2 B is before grade_since 2024-05-01; Q3 B is the only B after
    "E029": "BABAB",
    "E003": "BBBAA",
    "E011": "BBBBA",
    "E020": "    A",
    "E023": "    A",
    "E012": "   AA",
    "E004": "BBBBA",
    "E016": "BBBBC",
    "E030": "BBBBB",
    "E008": " BBBB",
    "E027": " BBAB",
    "E031": "BBBB ",
    "E032": "BB   ",
    "E005": "    B", "E013": "    B", "E021": "    B", "E024": "     ",
    "E017": "AAABA", "E025": "AAAAA", "E026": "AABAA",
}
QFMT = ["{y}Q{q}", "{y}-Q{q}", "{y}年第{q}季度"]


def make_grades():
    out = ['<?xml version="1.0" encoding="UTF-8"?>', "<quarterly_grades>"]
    n = 0
    for qi, q in enumerate(QUARTERS):
        y, qq = q.split("Q")
        for i, e in enumerate(EMP):
            g = GRADE_PLANT[e][qi].strip()
            if not g:
                continue
            qtxt = QFMT[(i + qi) % 3].format(y=y, q=qq)
            out.append(f"  <quarterly_grade {xattrs(employee_id=e, quarter=qtxt, grade=g)}/>")
            n += 1
    out.append("</quarterly_grades>")
    put("quarterly_grades.xml", "\n".join(out) + "\n")
    count("quarterly_grades", n)


# ---------------------------------------------------------------------------------------------
# honors.csv (GBK), discipline.xml, probation.csv, nominations.xml
# ---------------------------------------------------------------------------------------------
HONORS = [
    ("E028", "2022-11-11", "优秀客服"),
    ("E001", "2023-03-10", "优秀客服"),
    ("E009", "2023-06-15", "优秀客服"),
    ("E014", "2023-09-08", "优秀客服"),
    ("E025", "2023-09-08", "优秀客服"),
    ("E001", "2023-12-20", "优秀客服"),
    ("E009", "2024-01-12", "优秀客服"),
    ("E019", "2024-02-01", "服务之星"),      # not the title 优秀客服: does not count
    ("E014", "2024-02-20", "优秀客服"),
    ("E010", "2024-03-15", "优秀客服"),
    ("E003", "2024-05-10", "优秀客服"),
    ("E001", "2024-06-18", "优秀客服"),
    ("E002", "2024-06-20", "优秀客服"),
    ("E011", "2024-07-05", "服务之星"),
    ("E014", "2024-07-16", "优秀客服"),
    ("E012", "2024-08-18", "优秀客服"),
    ("E001", "2024-09-10", "优秀客服"),
    ("E009", "2024-10-10", "优秀客服"),      # PLANT honour-after-as-of: dated after 2024-09-30
]


def make_honors():
    rows = []
    for i, (e, ds, title) in enumerate(HONORS):
        rows.append([e, fmt_date(D(ds), ["iso", "slash", "dot"][i % 3]), title])
    text, _ = csv_text(["工号", "日期", "称号"], rows)
    put("honors.csv", text, encoding="gbk")
    count("honors", len(rows))


DISCIPLINE = [
    # (employee, date, severity text, clause, note)
    ("E016", "2024-03-02", "警告", "篇1 三.6", "非值班时间登录后台"),
    ("E032", "2024-02-10", "dismissal", "篇1 四.2", "违规查询并导出玩家资料"),
    ("E005", "2024-06-28", "warning", "篇5 1.1.5", "未经批准私自调班"),          # just outside E005's 3-mo window
    ("E021", "2024-07-02", "警告", "篇1 三.5", "使用同事账号登录客服软件"),      # just inside E021's window
    ("E006", "2024-08-25", "严重警告", "篇1 四.1", "向第三方透露未公布的活动内容"),  # day before the period
    # inside the period; PLANT personal-in-free-text: the customer's phone in the note (XML)
    ("E028", "2024-09-05", "serious_warning", "篇1 四.1", "泄露客户手机号 139-0011-2233, 未造成严重后果"),
]


def make_discipline():
    out = ['<?xml version="1.0" encoding="UTF-8"?>', "<discipline>"]
    for i, (e, ds, sev, clause, note) in enumerate(DISCIPLINE):
        if i % 2:
            out.append(f"  <record {xattrs(employee_id=e, date=ds, severity=sev, clause=clause, note=note)}/>")
        else:
            out.append("  <record>")
            out.append(f"    <employee_id>{e}</employee_id>")
            out.append(f"    <date>{fmt_date(D(ds), 'slash')}</date>")
            out.append(f"    <severity>{sev}</severity>")
            out.append(f"    <clause>{escape(clause)}</clause>")
            out.append(f"    <note>{escape(note)}</note>")
            out.append("  </record>")
    out.append("</discipline>")
    put("discipline.xml", "\n".join(out) + "\n")
    count("discipline", len(DISCIPLINE))


PROBATION = [
    ("E032", "2023-07-08", "pass"), ("E003", "2023-05-18", "合格"), ("E030", "2023-05-30", "pass"),
    ("E016", "2023-08-03", "合格"), ("E031", "2023-08-30", "pass"), ("E008", "2023-12-01", "合格"),
    ("E027", "2024-02-18", "pass"),
    ("E013", "2024-09-18", "不合格"),   # PLANT R-P1 fail
    ("E005", "2024-09-20", "合格"),     # PLANT R-P1 pass -> confirm
    ("E021", "2024-09-25", "pass"),     # PLANT pass, but a warning inside the window
]


def make_probation():
    text, _ = csv_text(["employee_id", "date", "result"],
                       [[e, fmt_date(D(ds), "iso" if i % 2 else "slash"), r] for i, (e, ds, r) in enumerate(PROBATION)])
    put("probation.csv", text)
    count("probation", len(PROBATION))


NOMINATIONS = [
    # (employee, date, step, target, by, result)
    ("E014", "2023-06-29", "approval", "S", "总经办", "同意"),
    ("E010", "2023-12-22", "recommendation", "M", MANAGER, "推荐"),
    ("E010", "2023-12-28", "approval", "M", "总经办", "同意"),
    ("E018", "2023-12-27", "approval", "S", "总经办", "同意"),
    ("E002", "2024-03-25", "部门推荐", "M", MANAGER, "推荐"),
    ("E002", "2024-03-26", "匿名评比", "M", "部门全体", "通过 11/14"),
    ("E002", "2024-03-28", "总经办审核", "M", "总经办", "通过"),
    ("E002", "2024-03-29", "审批", "M", "总经办", "同意"),
    ("E007", "2024-04-26", "approval", "M", "总经办", "同意"),
    ("E015", "2024-06-28", "approval", "M", "总经办", "同意"),
    ("E019", "2024-07-30", "approval", "M", "总经办", "同意"),
    ("E029", "2024-08-29", "approval", "M", "总经办", "同意"),
    # PLANT nominations for 2024Q3: some steps recorded, the rest pending
    ("E001", "2024-09-26", "recommendation", "R", MANAGER, "推荐"),
    ("E001", "2024-09-29", "application", "R", "王建华", "已提交申请"),
    ("E003", "2024-09-27", "部门推荐", "M", MANAGER, "推荐"),
    ("E003", "2024-09-28", "vote", "M", "部门全体", "通过 10/14"),
    ("E020", "2024-09-27", "recommendation", "M", MANAGER, "推荐"),
]


def make_nominations():
    out = ['<?xml version="1.0" encoding="UTF-8"?>', "<nominations>"]
    for i, (e, ds, step, tg, by, res) in enumerate(NOMINATIONS):
        if i % 3 == 0:
            out.append("  <nomination>")
            for k, v in (("employee_id", e), ("date", ds), ("step", step), ("target_grade", tg), ("by", by),
                         ("result", res)):
                out.append(f"    <{k}>{escape(v)}</{k}>")
            out.append("  </nomination>")
        else:
            out.append(f"  <nomination {xattrs(employee_id=e, date=ds, step=step, target_grade=tg, by=by, result=res)}/>")
    out.append("</nominations>")
    put("nominations.xml", "\n".join(out) + "\n")
    count("nominations", len(NOMINATIONS))


# ---------------------------------------------------------------------------------------------
def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=str(ROOT / "input"), help="input folder to write (default: input/)")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args()
    out = Path(args.out)

    punches, worked = gen_punches()
    make_employees()
    make_shifts_calendar()
    make_schedule()
    make_changes()
    make_leave()
    make_punches(punches)
    make_logins(worked)
    make_handovers()
    make_security()
    make_scores()
    make_grades()
    make_honors()
    make_discipline()
    make_probation()
    make_nominations()

    # Replace what this generator owns; never touch policy.xml or README.md.
    out.mkdir(parents=True, exist_ok=True)
    for sub in ("schedule", "punches", "logins", "handovers"):
        shutil.rmtree(out / sub, ignore_errors=True)
    for rel, data in sorted(FILES.items()):
        p = out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)

    if not args.quiet:
        print(f"wrote {len(FILES)} files under {out}")
        for k, v in COUNTS.items():
            print(f"  {k:20s} {v:7d} rows")
        print("deliberate bad rows:")
        for path, line, field, kind, reason in sorted(BAD):
            print(f"  {path}:{line}: {field}: {kind}: {reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
