#!/usr/bin/env python3
"""Generate a large, realistic kefu input folder for benchmarks.

    generate.py --staff N --months M --end YYYY-MM --out DIR [--seed S] [--overwrite]

Python 3 standard library only. Every random choice comes from random.Random streams seeded from
--seed, so the same arguments give byte-identical files. Rows are streamed to the files month by
month; memory grows with the number of staff, not with the number of rows.

What it writes (formats of shared/spec/inputs.md):

  employees.csv            UTF-8 with BOM, Chinese headers; departments of ~200-500 staff, teams
                           of ~10-20 with a team lead (领班); grades P J M S R; valid 18-digit ID
                           numbers (GB 11643 check digit), 11-digit phones, Luhn-valid bank cards
  shifts.xml               A 07:00-15:00, B 15:00-23:00, C 23:00-07:00 (night), D 09:00-18:00
  calendar.csv             a byte copy of shared/data/cn-calendar.csv (2023-2026)
  schedule/YYYY-MM.csv     long form, every third month grid form; also the month after --end
                           (the roster month)
  schedule_changes.csv     a few per 1,000 staff per month, some unapproved
  punches/YYYY-MM.csv      two punches per worked shift, filed by the shift's date; lateness,
                           absences, missing punches, ~1 % exact duplicate rows; split date+time
                           columns and seconds in some months
  leave.csv                GBK (as Excel on a Chinese Windows saves it), whole and partial days
  monthly_scores.csv, quarterly_grades.csv, honors.csv, discipline.csv, probation.csv,
  nominations.csv
  handovers/YYYY-MM.xml    one record per department per handover point C>A, A>B, B>C per day
  security_handovers.csv   per department, 08:00 and 18:00 on working days
  logins/YYYY-MM.csv       1-3 logins per worked shift, a small fraction off duty

Planted warnings (`kefu check` reports them; nothing is meant to be rejected):
  * employees.csv: the ID number of about 1 in 2,000 staff (at least one) has a wrong check digit
  * monthly_scores.csv: an unknown column 备注 (remarks), one warning for the file
No policy.xml is written: the defaults of rules.md apply.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import os
import random
import shutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CALENDAR = HERE.parents[2] / "shared" / "data" / "cn-calendar.csv"
if not DEFAULT_CALENDAR.exists():  # a worktree elsewhere: the shared folder of the machine
    DEFAULT_CALENDAR = Path("/work/shared/data/cn-calendar.csv")

# Every file and folder the generator owns (removed by --overwrite, nothing else).
OWNED = ["employees.csv", "shifts.xml", "calendar.csv", "schedule", "schedule_changes.csv",
         "punches", "leave.csv", "monthly_scores.csv", "quarterly_grades.csv", "honors.csv",
         "discipline.csv", "probation.csv", "nominations.csv", "handovers",
         "security_handovers.csv", "logins", ".generated"]

# code: (name, start minute, end minute from the instance's date, break minutes, night)
SHIFTS = {
    "A": ("早班", 7 * 60, 15 * 60, 30, 0),
    "B": ("中班", 15 * 60, 23 * 60, 30, 0),
    "C": ("夜班", 23 * 60, 31 * 60, 30, 1),   # ends 07:00 the next day
    "D": ("日班", 9 * 60, 18 * 60, 60, 0),
}
START = {k: v[1] for k, v in SHIFTS.items()}
END = {k: v[2] for k, v in SHIFTS.items()}
# A 24/7 team keeps one shift for a week (Monday-Sunday) and rotates backward A -> C -> B -> A:
# the block changes leave exactly 8 h of rest (B Sun 23:00 -> A Mon 07:00, C -> B 07:00 -> 15:00).
ROTATION = ("A", "C", "B")
ANCHOR = dt.date(2022, 12, 26).toordinal()   # a Monday: week 0 of the rotation

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
            "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔")
GIVEN = ("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红建文辉力鹏宇浩凯佳欣怡雪婷晨阳俊"
         "琳萍燕波志海东亮宁峰斌丹颖倩蕾晶楠瑶雯琪璐梅慧莉博健雨轩子涵思远一鸣嘉成家豪梓睿晓岚春秋云飞")
REGIONS = ("华东", "华南", "华北", "华中", "西南", "西北", "东北")
FUNCTIONS = ("热线", "在线", "售后", "投诉", "会员", "技术支持", "大客户", "电商")
AREA_CODES = ("110101", "110105", "110108", "120101", "130102", "210102", "230103", "310101",
              "310104", "310115", "320102", "320505", "330102", "330106", "340104", "350203",
              "360102", "370102", "410105", "420106", "420111", "430104", "440104", "440305",
              "440306", "450103", "500103", "510104", "510107", "520102", "530102", "610113")
PHONE_PREFIXES = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151",
                  "152", "155", "156", "157", "158", "159", "170", "176", "177", "178", "180",
                  "181", "182", "183", "185", "186", "187", "188", "189", "191", "198", "199")
CARD_PREFIXES = ("622202", "621700", "622848", "621485", "622588", "621226", "622700", "623052")
GRADE_TEXT = {"P": "试用", "J": "初级客服", "M": "中级客服", "S": "高级客服", "R": "储备主管"}
ITEMS = ("工作日志", "门禁", "空调", "电脑", "电话", "工单系统", "钥匙", "消防通道")
FAULT_NOTES = {"工作日志": "未填写完整", "门禁": "刷卡失灵", "空调": "漏水", "电脑": "无法开机",
               "电话": "耳麦杂音", "工单系统": "登录缓慢", "钥匙": "少一把", "消防通道": "有杂物堆放"}
CHANGE_REASONS = ("本人申请调班", "家中有事，与同事换班", "临时加班", "培训", "病愈返岗",
                  "话务高峰，临时增援", "考试请调", "搬家")
DISCIPLINE = (("warning", "篇2 三.2", "上班时间玩手机游戏"), ("warning", "篇1 三.6", "离岗未报备"),
              ("warning", "篇5 1.2", "连续迟到"), ("serious_warning", "篇1 三.2", "违规查询客户资料"),
              ("serious_warning", "篇3 1.6", "拒绝交接班且未上报"))
LEAVE_TYPES = (("事假", 30), ("病假", 25), ("年假", 20), ("调休", 12), ("公出", 6), ("婚假", 2),
               ("丧假", 2), ("陪产假", 2), ("产假", 1))
SYSTEMS = ("CRM", "工单系统", "呼叫中心", "知识库")

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"


def chinese_number(n: int) -> str:
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n % 10] if n % 10 else "")
    return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")


def id_check_digit(first17: str) -> str:
    return ID_CHECK[sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS)) % 11]


def luhn_complete(partial: str) -> str:
    total = 0
    for i, c in enumerate(reversed(partial)):
        d = int(c)
        if i % 2 == 0:          # these digits are doubled once the check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return partial + str((10 - total % 10) % 10)


def month_add(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def month_bounds(y: int, m: int) -> tuple[int, int]:
    first = dt.date(y, m, 1)
    ny, nm = month_add(y, m, 1)
    return first.toordinal(), dt.date(ny, nm, 1).toordinal() - 1


def add_months(d: dt.date, k: int) -> dt.date:
    y, m = month_add(d.year, d.month, k)
    last = month_bounds(y, m)[1]
    return dt.date.fromordinal(min(dt.date(y, m, 1).toordinal() + d.day - 1, last))


class Out:
    """A text file written in large chunks; counts data rows."""

    def __init__(self, path: Path, header: str = "", encoding: str = "utf-8", bom: bool = False):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.f = open(path, "w", encoding=encoding, newline="")
        if bom:
            self.f.write("\ufeff")
        if header:
            self.f.write(header)
        self.buf: list[str] = []
        self.rows = 0

    def add(self, line: str) -> None:
        self.buf.append(line)
        self.rows += 1
        if len(self.buf) >= 20000:
            self.flush()

    def flush(self) -> None:
        if self.buf:
            self.f.write("".join(self.buf))
            self.buf.clear()

    def close(self) -> int:
        self.flush()
        self.f.close()
        return self.rows


def csv_line(fields) -> str:
    """One RFC 4180 row with CRLF, quoting only where needed."""
    out = []
    for v in fields:
        v = str(v)
        if any(c in v for c in ',"\r\n'):
            v = '"' + v.replace('"', '""') + '"'
        out.append(v)
    return ",".join(out) + "\r\n"


def xml_attr(v: str) -> str:
    return (v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


class Generator:
    def __init__(self, args):
        self.args = args
        self.seed = args.seed
        self.out = Path(args.out)
        y, m = (int(x) for x in args.end.split("-"))
        self.months = [month_add(y, m, k) for k in range(-(args.months - 1), 1)]
        self.roster_month = month_add(y, m, 1)
        self.first_day = month_bounds(*self.months[0])[0]
        self.last_day = month_bounds(*self.months[-1])[1]
        self.roster_last = month_bounds(*self.roster_month)[1]
        self.counts: dict[str, int] = {}
        # Calendar and per-day strings.
        self.calendar_kind: dict[int, str] = {}
        with open(args.calendar, encoding="utf-8") as f:
            for row in csv.DictReader(f):
                self.calendar_kind[dt.date.fromisoformat(row["date"]).toordinal()] = row["kind"]
        self.date_str: dict[int, str] = {}
        self.working: dict[int, bool] = {}
        for d in range(self.first_day - 400 * 12, self.roster_last + 40):
            day = dt.date.fromordinal(d)
            self.date_str[d] = day.isoformat()
        for d in range(self.first_day - 7, self.roster_last + 8):
            kind = self.calendar_kind.get(d)
            wd = dt.date.fromordinal(d).weekday()
            self.working[d] = kind == "workday" or (kind not in ("statutory", "holiday") and wd < 5)
        self.hhmm = [f"{h:02d}:{m:02d}" for h in range(24) for m in range(60)]
        self.ss = [f":{s:02d}" for s in range(60)]
        self.changes: dict[tuple[int, int], str | None] = {}
        self.leave: dict[tuple[int, int], tuple[str, int]] = {}

    def rng(self, *key) -> random.Random:
        return random.Random(f"kefu-bench:{self.seed}:" + ":".join(str(k) for k in key))

    # ---------------------------------------------------------------------------------------
    # Staff
    # ---------------------------------------------------------------------------------------
    def build_staff(self) -> None:
        r = self.rng("staff")
        rnd = r.random
        n = self.args.staff
        n_depts = max(1, round(n / 350))
        weights = [0.7 + 0.6 * rnd() for _ in range(n_depts)]
        total = sum(weights)
        sizes = [int(n * w / total) for w in weights]
        sizes[-1] += n - sum(sizes)
        names = []
        for i in range(n_depts):
            # (i mod 7, i mod 8) differ for every i < 56; then a second round with a number.
            base = REGIONS[i % len(REGIONS)] + FUNCTIONS[i % len(FUNCTIONS)]
            rnd_no = i // (len(REGIONS) * len(FUNCTIONS))
            names.append(base + (chinese_number(rnd_no + 1) if rnd_no else "") + "部")
        self.dept_name = names
        self.dept_manager = [self.person_name(r) for _ in range(n_depts)]
        self.dept_guards = [[self.person_name(r) for _ in range(4)] for _ in range(n_depts)]

        end = dt.date.fromordinal(self.last_day)
        # Parallel lists, indexed by employee.
        self.e_id, self.e_name, self.e_dept, self.e_team, self.e_rotk = [], [], [], [], []
        self.e_j, self.e_hire, self.e_left, self.e_grade, self.e_acct = [], [], [], [], []
        self.e_ip, self.e_since, self.e_role, self.e_ability = [], [], [], []
        self.team_name, self.team_dept, self.team_rotk, self.team_members = [], [], [], []
        self.dept_teams_by_k: list[list[list[int]]] = []   # dept -> k -> team ids (24/7 teams)
        self.dept_day_members: list[list[int]] = []
        BIG = 10 ** 7
        serial = 0
        for dept, size in enumerate(sizes):
            day_staff = max(10, round(size * (0.12 + 0.08 * rnd())))
            rot_staff = size - day_staff
            n_rot = max(3, round(rot_staff / 15 / 3) * 3)
            n_day = max(1, round(day_staff / 15))
            plan = []
            for t in range(n_rot):
                plan.append(("rot", t % 3, rot_staff // n_rot + (1 if t < rot_staff % n_rot else 0)))
            for t in range(n_day):
                plan.append(("day", -1, day_staff // n_day + (1 if t < day_staff % n_day else 0)))
            by_k: list[list[int]] = [[], [], []]
            day_members: list[int] = []
            rot_no = day_no = 0
            for kind, k, members in plan:
                team = len(self.team_name)
                if kind == "rot":
                    rot_no += 1
                    self.team_name.append(chinese_number(rot_no) + "组")
                    by_k[k].append(team)
                else:
                    day_no += 1
                    self.team_name.append("日班" + chinese_number(day_no) + "组")
                self.team_dept.append(dept)
                self.team_rotk.append(k)
                ids = []
                for j in range(members):
                    serial += 1
                    i = len(self.e_id)
                    ids.append(i)
                    lead = j == 0
                    x = rnd()
                    if lead:
                        grade = "M" if x < 0.1 else "S" if x < 0.8 else "R"
                    else:
                        grade = ("P" if x < 0.11 else "J" if x < 0.49 else "M" if x < 0.80
                                 else "S" if x < 0.96 else "R")
                    # Tenure in days at the end of the history, by grade.
                    lo, hi = {"P": (10, 150), "J": (100, 1100), "M": (365, 2200),
                              "S": (700, 3300), "R": (1400, 4400)}[grade]
                    hire = self.last_day - int(lo + (hi - lo) * rnd())
                    since = 0
                    if grade == "J":
                        if rnd() < 0.7:
                            since = add_months(dt.date.fromordinal(hire), 3).toordinal()
                    elif grade != "P" and rnd() < 0.6:
                        a, b = hire + 365, self.last_day - 20
                        if a < b:
                            since = int(a + (b - a) * rnd())
                    left = BIG
                    y = rnd()
                    if y < 0.025 and not lead:        # left during the history
                        left = int(max(hire + 30, self.first_day + 5) +
                                   (self.last_day - max(hire + 30, self.first_day + 5)) * rnd())
                        if left > self.last_day:
                            left = BIG
                    elif y < 0.03 and not lead:       # left shortly before it
                        left = self.first_day - int(1 + 60 * rnd())
                        if left <= hire + 30:
                            left = BIG
                    role = "领班" if lead else "客服"
                    if kind == "day" and not lead and rnd() < 0.08:
                        role = "质检专员" if rnd() < 0.6 else "培训专员"
                    self.e_id.append(f"KF{serial:06d}")
                    self.e_name.append(self.person_name(r))
                    self.e_dept.append(dept)
                    self.e_team.append(team)
                    self.e_rotk.append(k)
                    self.e_j.append(j)
                    self.e_hire.append(hire)
                    self.e_left.append(left)
                    self.e_grade.append(grade)
                    self.e_acct.append(f"kf{serial:06d}")
                    self.e_ip.append(f"10.{dept % 250 + 1}.{(serial // 250) % 250 + 1}.{serial % 250 + 2}")
                    self.e_since.append(since)
                    self.e_role.append(role)
                    self.e_ability.append(82.0 + r.gauss(0, 4.5) + (4 if grade == "R" else 0))
                    if kind == "day":
                        day_members.append(i)
                self.team_members.append(ids)
            self.dept_teams_by_k.append(by_k)
            self.dept_day_members.append(day_members)
        self.BIG = BIG

    def person_name(self, r: random.Random) -> str:
        rnd = r.random
        name = SURNAMES[int(rnd() * len(SURNAMES))] + GIVEN[int(rnd() * len(GIVEN))]
        if rnd() < 0.65:
            name += GIVEN[int(rnd() * len(GIVEN))]
        return name

    def write_employees(self) -> None:
        r = self.rng("personal")
        rnd = r.random
        n = len(self.e_id)
        bad_every = 2000
        bad_first = int(rnd() * min(n, bad_every))
        self.planted_bad_ids = []
        out = Out(self.out / "employees.csv",
                  "工号,姓名,部门,班组,岗位,级别,入职日期,定级日期,状态,离职日期,系统账号,身份证号,手机,银行卡号\r\n",
                  bom=True)
        for i in range(n):
            # Hired at 19-34 years of age.
            hire_year = dt.date.fromordinal(self.e_hire[i]).year
            birth = dt.date(hire_year - 19 - int(rnd() * 16), 1 + int(rnd() * 12), 1 + int(rnd() * 28))
            seq = f"{int(rnd() * 1000):03d}"
            first17 = AREA_CODES[int(rnd() * len(AREA_CODES))] + birth.strftime("%Y%m%d") + seq
            check = id_check_digit(first17)
            if i % bad_every == bad_first:     # PLANTED warning: wrong check digit
                check = ID_CHECK[(ID_CHECK.index(check) + 1 + int(rnd() * 9)) % 11]
                self.planted_bad_ids.append(self.e_id[i])
            phone = PHONE_PREFIXES[int(rnd() * len(PHONE_PREFIXES))] + f"{int(rnd() * 1e8):08d}"
            prefix = CARD_PREFIXES[int(rnd() * len(CARD_PREFIXES))]
            length = 19 if rnd() < 0.7 else 16
            body = prefix + "".join(str(int(rnd() * 10)) for _ in range(length - len(prefix) - 1))
            card = luhn_complete(body)
            left = self.e_left[i]
            out.add(csv_line((
                self.e_id[i], self.e_name[i], self.dept_name[self.e_dept[i]],
                self.team_name[self.e_team[i]], self.e_role[i], GRADE_TEXT[self.e_grade[i]],
                self.date_str[self.e_hire[i]],
                self.date_str[self.e_since[i]] if self.e_since[i] else "",
                "离职" if left != self.BIG else "在职",
                self.date_str[left] if left != self.BIG else "",
                self.e_acct[i], first17 + check, phone, card)))
        self.counts["employees"] = out.close()

    def write_reference(self) -> None:
        lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<shifts>"]
        for code, (name, st, en, brk, night) in SHIFTS.items():
            lines.append(f'  <shift code="{code}" name="{name}" start="{self.hhmm[st % 1440]}" '
                         f'end="{self.hhmm[en % 1440]}" break_minutes="{brk}" night="{night}"/>')
        lines.append("</shifts>")
        (self.out / "shifts.xml").write_text("\n".join(lines) + "\n", encoding="utf-8")
        self.counts["shifts"] = len(SHIFTS)
        shutil.copyfile(self.args.calendar, self.out / "calendar.csv")
        with open(self.args.calendar, encoding="utf-8") as f:
            self.counts["calendar"] = sum(1 for line in f if line.strip()) - 1

    # ---------------------------------------------------------------------------------------
    # The published schedule: a pure function of the staff and the calendar.
    # ---------------------------------------------------------------------------------------
    def base_shift(self, i: int, d: int) -> str | None:
        if d < self.e_hire[i] or d >= self.e_left[i]:
            return None
        k = self.e_rotk[i]
        if k < 0:
            return "D" if self.working[d] else None
        dn = d - ANCHOR
        if (dn + self.e_j[i]) % 7 < 2:
            return None
        return ROTATION[(dn // 7 + k) % 3]

    def actual_shift(self, i: int, d: int) -> str | None:
        key = (i, d)
        if key in self.changes:
            return self.changes[key]
        return self.base_shift(i, d)

    def write_schedule(self, mi: int, y: int, m: int, grid: bool) -> int:
        first, last = month_bounds(y, m)
        days = range(first, last + 1)
        ds = self.date_str
        base = self.base_shift
        path = self.out / "schedule" / f"{y:04d}-{m:02d}.csv"
        active = [i for i in range(len(self.e_id))
                  if self.e_hire[i] <= last and self.e_left[i] > first]
        if grid:
            out = Out(path, "employee_id,name," + ",".join(ds[d] for d in days) + "\r\n")
            rest = "休" if mi % 2 else ""
            for i in active:
                cells = [base(i, d) or rest for d in days]
                out.add(f"{self.e_id[i]},{self.e_name[i]}," + ",".join(cells) + "\r\n")
        else:
            header = "employee_id,date,shift\r\n" if mi % 2 == 0 else "工号,日期,班次\r\n"
            out = Out(path, header)
            for i in active:
                eid = self.e_id[i]
                for d in days:
                    s = base(i, d)
                    if s:
                        out.add(f"{eid},{ds[d]},{s}\r\n")
        return out.close()

    # ---------------------------------------------------------------------------------------
    # Changes and leave of a month (small; kept in dicts the punch loop consults).
    # ---------------------------------------------------------------------------------------
    def plan_changes(self, y: int, m: int, out: Out) -> None:
        r = self.rng("changes", y, m)
        rnd = r.random
        first, last = month_bounds(y, m)
        n = len(self.e_id)
        wanted = max(1, round(n * 5 / 1000))
        tries = 0
        while wanted > 0 and tries < wanted * 20:
            tries += 1
            i = int(rnd() * n)
            d = first + int(rnd() * (last - first + 1))
            if d < self.e_hire[i] + 7 or d >= self.e_left[i] - 1 or (i, d) in self.changes:
                continue
            if (i, d) in self.leave:
                continue
            s = self.base_shift(i, d)
            k = self.e_rotk[i]
            if s is None:
                if k >= 0:
                    to = ROTATION[((d - ANCHOR) // 7 + k) % 3]
                elif self.working[d]:
                    continue
                else:
                    to = "D"                        # weekend overtime
            elif s == "A" or s == "C":
                to = "B" if rnd() < 0.5 else None
            else:
                to = None
            self.changes[(i, d)] = to
            wanted -= 1
            x = rnd()
            if x < 0.8:
                by, on = self.dept_manager[self.e_dept[i]], self.date_str[d - 1 - int(rnd() * 7)]
            elif x < 0.9:
                by, on = self.dept_manager[self.e_dept[i]], self.date_str[d]   # same day: too late
            else:
                by, on = "", ""
            out.add(csv_line((self.e_id[i], self.date_str[d], s or "休", to or "休", by, on,
                              CHANGE_REASONS[int(rnd() * len(CHANGE_REASONS))])))

    def plan_leave(self, y: int, m: int, out: Out) -> None:
        r = self.rng("leave", y, m)
        rnd = r.random
        first, last = month_bounds(y, m)
        n = len(self.e_id)
        wanted = max(1, round(n * 0.03))
        total_weight = sum(w for _, w in LEAVE_TYPES)
        ds = self.date_str
        tries = 0
        while wanted > 0 and tries < wanted * 20:
            tries += 1
            i = int(rnd() * n)
            d = first + int(rnd() * (last - first + 1))
            s = self.actual_shift(i, d)
            if s is None or (i, d) in self.leave or d >= self.e_left[i] - 6:
                continue
            x = rnd() * total_weight
            for kind, w in LEAVE_TYPES:
                x -= w
                if x < 0:
                    break
            approved = rnd() < 0.92
            by = self.dept_manager[self.e_dept[i]] if approved else ""
            if rnd() < 0.7:                                      # whole shifts
                k = 1 if rnd() < 0.6 else 2 if rnd() < 0.6 else 3 + int(rnd() * 3)
                span = [d]
                for dd in range(d + 1, d + k):                   # stop where the shift changes
                    s2 = self.actual_shift(i, dd)
                    if (s2 is not None and s2 != s) or (i, dd) in self.leave:
                        break
                    span.append(dd)
                for dd in span:
                    if self.actual_shift(i, dd) is not None:
                        self.leave[(i, dd)] = ("W", 0)
                if s == "C":
                    start = f"{ds[span[0]]} 23:00"
                    end = f"{ds[span[-1] + 1]} 07:00"
                else:
                    start, end = ds[span[0]], ds[span[-1]]
            else:                                                # part of one shift
                h = 2 + int(rnd() * 3)
                st, en = START[s], END[s]
                if rnd() < 0.5:
                    self.leave[(i, d)] = ("S", h)
                    a, b = st, st + 60 * h
                else:
                    self.leave[(i, d)] = ("E", h)
                    a, b = en - 60 * h, en
                start = f"{ds[d + a // 1440]} {self.hhmm[a % 1440]}"
                end = f"{ds[d + b // 1440]} {self.hhmm[b % 1440]}"
            out.add(csv_line((self.e_id[i], kind, start, end, by)))
            wanted -= 1

    # ---------------------------------------------------------------------------------------
    # Punches and logins of a month: the bulk of the data.
    # ---------------------------------------------------------------------------------------
    def write_punches_logins(self, mi: int, y: int, m: int) -> tuple[int, int, int]:
        r = self.rng("punches", y, m)
        rnd = r.random
        first, last = month_bounds(y, m)
        split = mi % 4 == 1                  # split 日期 + 时间 columns
        seconds = mi % 2 == 0                # clock export with seconds
        tag = f"{y:04d}-{m:02d}"
        if split:
            punches = Out(self.out / "punches" / f"{tag}.csv", "工号,日期,时间,设备\r\n")
        else:
            punches = Out(self.out / "punches" / f"{tag}.csv", "employee_id,time,device\r\n")
        login_header = "account,time,system,ip\r\n" if mi % 3 else "账号,登录时间,系统,ip\r\n"
        logins = Out(self.out / "logins" / f"{tag}.csv", login_header)
        ds, hhmm, ss = self.date_str, self.hhmm, self.ss
        changes, leave = self.changes, self.leave
        working = self.working
        n_sys = len(SYSTEMS)
        duplicates = 0
        p_add, l_add = punches.add, logins.add

        def stamp(d: int, t: int) -> tuple[str, str]:
            day = d + t // 86400
            sod = t % 86400
            return ds[day], hhmm[sod // 60] + (ss[sod % 60] if seconds else "")

        for i in range(len(self.e_id)):
            hire, left = self.e_hire[i], self.e_left[i]
            lo, hi = max(first, hire), min(last, left - 1)
            if lo > hi:
                continue
            eid, acct, ip = self.e_id[i], self.e_acct[i], self.e_ip[i]
            device = f"KQ{self.e_dept[i] + 1:03d}-{self.e_team[i] % 4 + 1}"
            k, j = self.e_rotk[i], self.e_j[i]
            for d in range(lo, hi + 1):
                key = (i, d)
                if key in changes:
                    s = changes[key]
                    if s is None:
                        continue
                elif k < 0:
                    if not working[d]:
                        continue
                    s = "D"
                else:
                    dn = d - ANCHOR
                    if (dn + j) % 7 < 2:
                        continue
                    s = ROTATION[(dn // 7 + k) % 3]
                st, en = START[s] * 60, END[s] * 60
                lv = leave.get(key)
                if lv is not None and lv[0] == "W":
                    continue
                x = rnd()
                if x < 0.003:                                   # absent, no leave
                    continue
                # Clock-in: ~90 % on time, ~5 % within grace, ~5 % late 6-60 min.
                x = rnd()
                if x < 0.90:
                    cin = st - 60 - int(rnd() * 840)
                elif x < 0.95:
                    cin = st + int(rnd() * 300)
                else:
                    cin = st + 360 + int(rnd() * 3240)
                x = rnd()
                if x < 0.985:
                    cout = en + int(rnd() * 1500)
                else:
                    cout = en - 300 - int(rnd() * 2100)               # early leave 5-40 min
                if lv is not None:
                    if lv[0] == "S":
                        cin = st + lv[1] * 3600 - 60 - int(rnd() * 600)
                    else:
                        cout = en - lv[1] * 3600 + int(rnd() * 600)
                x = rnd()
                have_in = have_out = True
                if x < 0.005:                                   # missing punch
                    if x < 0.0025:
                        have_in = False
                    else:
                        have_out = False
                for t, present in ((cin, have_in), (cout, have_out)):
                    if not present:
                        continue
                    day, clock = stamp(d, t)
                    line = (f"{eid},{day},{clock},{device}\r\n" if split
                            else f"{eid},{day} {clock},{device}\r\n")
                    p_add(line)
                    if rnd() < 0.01:                            # exported twice
                        p_add(line)
                        duplicates += 1
                # Logins: one soon after the clock-in, maybe one or two more during the shift.
                a = cin if have_in else st
                b = cout if have_out else en
                if b <= a:
                    continue
                t = a + 30 + int(rnd() * 570)
                n_log = 1 + (rnd() < 0.45) + (rnd() < 0.15)
                for q in range(n_log):
                    if q:   # later logins: strictly later, so no row is an exact duplicate
                        t += 60 + int(rnd() * max(1, (b - t) // 2))
                    day = d + t // 86400
                    sod = t % 86400
                    l_add(f"{acct},{ds[day]} {hhmm[sod // 60]}{ss[sod % 60]},"
                          f"{SYSTEMS[int(rnd() * n_sys)]},{ip}\r\n")
                if rnd() < 0.003:                               # off duty: well before the shift
                    t = st - 2400 - int(rnd() * 4800)
                    day = d + t // 86400
                    sod = t % 86400
                    l_add(f"{acct},{ds[day]} {hhmm[sod // 60]}{ss[sod % 60]},{SYSTEMS[0]},{ip}\r\n")
        return punches.close(), logins.close(), duplicates

    # ---------------------------------------------------------------------------------------
    # Handovers
    # ---------------------------------------------------------------------------------------
    def on_shift(self, r: random.Random, dept: int, shift: str, d: int) -> tuple[int, int]:
        """A (person, team) on `shift` of date d in dept: the team is drawn among those whose
        block is that shift, the person among its members who work that day."""
        rnd = r.random
        dn = d - ANCHOR
        k = (ROTATION.index(shift) - dn // 7) % 3
        teams = self.dept_teams_by_k[dept][k]
        team = teams[int(rnd() * len(teams))]
        members = self.team_members[team]
        for _ in range(8):
            i = members[int(rnd() * len(members))]
            if (dn + self.e_j[i]) % 7 >= 2 and self.e_hire[i] <= d < self.e_left[i]:
                return i, team
        return members[0], team

    def write_handovers(self, y: int, m: int) -> int:
        r = self.rng("handovers", y, m)
        rnd = r.random
        first, last = month_bounds(y, m)
        ds, hhmm = self.date_str, self.hhmm
        out = Out(self.out / "handovers" / f"{y:04d}-{m:02d}.xml",
                  '<?xml version="1.0" encoding="UTF-8"?>\n<handovers>\n')
        for d in range(first, last + 1):
            for dept in range(len(self.dept_name)):
                dept_attr = xml_attr(self.dept_name[dept])
                for frm, to, at, out_day in (("C", "A", 7 * 60, d - 1), ("A", "B", 15 * 60, d),
                                             ("B", "C", 23 * 60, d)):
                    if out_day < self.first_day:
                        continue
                    if rnd() < 0.002:                   # no record written (R-H1)
                        continue
                    giver, team = self.on_shift(r, dept, frm, out_day)
                    taker, _ = self.on_shift(r, dept, to, d)
                    lead = self.team_members[team][0]
                    x = rnd()
                    out_signed = "0" if x < 0.003 else "1"
                    in_signed = "0" if 0.003 <= x < 0.006 else "1"
                    lead_signed = "" if 0.006 <= x < 0.012 else self.e_id[lead]
                    extra = ""
                    if rnd() < 0.001:                   # refused, escalated to the manager
                        extra = (f' refused="是" refuse_reason="设备故障未处理" '
                                 f'escalated_to="{xml_attr(self.dept_manager[dept])}"')
                        in_signed = "0"
                    t = at + int(rnd() * 12)
                    rec = [f'  <handover department="{dept_attr}" date="{ds[d]}" from_shift="{frm}" '
                           f'to_shift="{to}" time="{hhmm[t]}" outgoing="{self.e_id[giver]}" '
                           f'incoming="{self.e_id[taker]}" recorder="{self.e_id[giver]}" '
                           f'outgoing_signed="{out_signed}" incoming_signed="{in_signed}" '
                           f'lead_signed="{lead_signed}"{extra}>\n']
                    n_items = 3 + int(rnd() * 3)
                    start = int(rnd() * (len(ITEMS) - n_items + 1))
                    for name in ITEMS[start:start + n_items]:
                        if rnd() < 0.004:
                            rec.append(f'    <item name="{name}" status="fault" '
                                       f'note="{FAULT_NOTES[name]}"/>\n')
                        else:
                            rec.append(f'    <item name="{name}" status="ok"/>\n')
                    rec.append("  </handover>\n")
                    out.add("".join(rec))
        out.add("</handovers>\n")
        return out.close() - 1

    def write_security(self, y: int, m: int, out: Out) -> None:
        r = self.rng("security", y, m)
        rnd = r.random
        first, last = month_bounds(y, m)
        for d in range(first, last + 1):
            if not self.working[d]:
                continue
            for dept in range(len(self.dept_name)):
                members = self.dept_day_members[dept]
                for direction, at in (("早班交接", 8 * 60), ("晚班交接", 18 * 60)):
                    x = rnd()
                    if x < 0.002:                        # not written (R-H8)
                        continue
                    t = at + 40 + int(rnd() * 30) if x < 0.004 else at - 8 + int(rnd() * 19)
                    urgent = rnd() < 0.005
                    esc = self.dept_manager[dept] if urgent and rnd() < 0.9 else ""
                    out.add(csv_line((
                        self.dept_name[dept], self.date_str[d], self.hhmm[t], direction,
                        self.e_name[members[int(rnd() * len(members))]],
                        self.dept_guards[dept][int(rnd() * 4)], int(rnd() * 7),
                        "是" if urgent else "否", esc)))

    # ---------------------------------------------------------------------------------------
    # Assessment records
    # ---------------------------------------------------------------------------------------
    def write_assessment(self, scores_out: Out, discipline_out: Out) -> dict:
        """Monthly scores, discipline, quarterly grades, honours, probation, nominations."""
        n = len(self.e_id)
        ds = self.date_str
        month_scores: list[dict[int, float]] = [dict() for _ in range(n)]
        for mi, (y, m) in enumerate(self.months):
            r = self.rng("scores", y, m)
            rnd, gauss = r.random, r.gauss
            first, last = month_bounds(y, m)
            month = f"{y:04d}-{m:02d}"
            for i in range(n):
                if self.e_hire[i] > last or self.e_left[i] <= last:
                    continue
                score = round(min(100.0, max(45.0, self.e_ability[i] + gauss(0, 4.0))), 1)
                month_scores[i][mi] = score
                remark = "季度之星" if score >= 97 else ""
                scores_out.add(f"{self.e_id[i]},{month},{score:.1f},{remark}\r\n")
            rd = self.rng("discipline", y, m)
            for _ in range(max(0, round(n * 0.0025 * (0.5 + rd.random())))):
                i = int(rd.random() * n)
                d = first + int(rd.random() * (last - first + 1))
                if not (self.e_hire[i] <= d < self.e_left[i]):
                    continue
                sev, clause, note = DISCIPLINE[int(rd.random() * len(DISCIPLINE))]
                discipline_out.add(csv_line((self.e_id[i], ds[d], sev, clause, note)))

        # Quarters wholly inside the history.
        quarters = []
        for mi, (y, m) in enumerate(self.months):
            if m % 3 == 0 and mi >= 2:
                quarters.append((y, m // 3, mi - 2))
        counts = {"quarterly_grades": 0, "honors": 0, "probation": 0, "nominations": 0}
        grades = Out(self.out / "quarterly_grades.csv", "employee_id,quarter,grade\r\n")
        honors = Out(self.out / "honors.csv", "employee_id,date,title\r\n")
        for y, q, m0 in quarters:
            qname = f"{y}Q{q}"
            q_end = month_bounds(y, q * 3)[1]
            per_dept: dict[int, list[tuple[float, int]]] = {}
            for i in range(n):
                s = [month_scores[i].get(m0 + k) for k in range(3)]
                if s[2] is None:
                    continue
                got = [v for v in s if v is not None]
                avg = sum(got) / len(got)
                g = "A" if avg >= 87 else "B" if avg >= 74 else "C" if avg >= 68 else "D"
                grades.add(f"{self.e_id[i]},{qname},{g}\r\n")
                if self.e_grade[i] != "R":
                    per_dept.setdefault(self.e_dept[i], []).append((-avg, i))
            honor_day = q_end + 10 if q_end + 10 <= self.last_day else q_end
            for dept in sorted(per_dept):
                ranked = sorted(per_dept[dept])
                for pos, (_, i) in enumerate(ranked[:4]):
                    title = "优秀客服" if pos < 3 else "服务之星"
                    honors.add(f"{self.e_id[i]},{ds[honor_day]},{title}\r\n")
        counts["quarterly_grades"] = grades.close()
        counts["honors"] = honors.close()

        # Probation assessments: P staff three months after hiring; J staff confirmed in the
        # history have theirs shortly before grade_since.
        r = self.rng("probation")
        prob = Out(self.out / "probation.csv", "employee_id,date,result\r\n")
        for i in range(n):
            if self.e_left[i] <= self.last_day:
                continue
            if self.e_grade[i] == "P":
                d = add_months(dt.date.fromordinal(self.e_hire[i]), 3).toordinal() - 2
                if d <= self.last_day:
                    prob.add(f"{self.e_id[i]},{ds[d]},{'合格' if r.random() < 0.82 else '不合格'}\r\n")
            elif self.e_grade[i] == "J" and self.e_since[i] >= self.first_day:
                prob.add(f"{self.e_id[i]},{ds[self.e_since[i] - 3]},pass\r\n")
        counts["probation"] = prob.close()

        # Nominations in the last month: a few department recommendations, some votes, and
        # applications of S staff to the GM office.
        r = self.rng("nominations")
        rnd = r.random
        nom = Out(self.out / "nominations.csv", "employee_id,date,step,target_grade,by,result\r\n")
        first, last = month_bounds(*self.months[-1])
        next_grade = {"J": "M", "M": "S", "S": "R"}
        for i in range(n):
            g = self.e_grade[i]
            if g not in next_grade or self.e_left[i] <= last or rnd() >= 0.01:
                continue
            d = first + 14 + int(rnd() * (last - first - 16))
            mgr = self.dept_manager[self.e_dept[i]]
            nom.add(csv_line((self.e_id[i], ds[d], "recommendation", next_grade[g], mgr, "")))
            if g == "S":
                nom.add(csv_line((self.e_id[i], ds[d + 2], "application", "R", self.e_name[i], "")))
            elif rnd() < 0.6:
                votes = 8 + int(rnd() * 8)
                yes = votes // 2 + int(rnd() * (votes // 2 + 1))
                nom.add(csv_line((self.e_id[i], ds[d + 1], "vote", next_grade[g], mgr,
                                  f"通过 {yes}/{votes}")))
        counts["nominations"] = nom.close()
        return counts

    # ---------------------------------------------------------------------------------------
    def run(self) -> None:
        t0 = time.monotonic()
        self.out.mkdir(parents=True, exist_ok=True)
        self.build_staff()
        self.write_employees()
        self.write_reference()
        changes_out = Out(self.out / "schedule_changes.csv",
                          "工号,日期,原班次,调整后班次,审批人,审批日期,原因\r\n")
        leave_out = Out(self.out / "leave.csv", "工号,假别,开始时间,结束时间,审批人\r\n",
                        encoding="gbk")
        security_out = Out(self.out / "security_handovers.csv",
                           "department,date,time,direction,cs_staff,security_staff,entries,"
                           "urgent,escalated_to\r\n")
        c = {"schedule": 0, "punches": 0, "punch_duplicates": 0, "logins": 0, "handovers": 0}
        for mi, (y, m) in enumerate(self.months):
            self.plan_changes(y, m, changes_out)
            self.plan_leave(y, m, leave_out)
            c["schedule"] += self.write_schedule(mi, y, m, grid=mi % 3 == 2)
            p, lg, dup = self.write_punches_logins(mi, y, m)
            c["punches"] += p
            c["punch_duplicates"] += dup
            c["logins"] += lg
            c["handovers"] += self.write_handovers(y, m)
            self.write_security(y, m, security_out)
            if not self.args.quiet:
                print(f"  {y:04d}-{m:02d} done ({time.monotonic() - t0:.0f} s)", file=sys.stderr)
        # The published schedule of the month after the history (for `kefu roster`).
        c["schedule"] += self.write_schedule(len(self.months), *self.roster_month,
                                             grid=len(self.months) % 3 == 2)
        c["schedule_changes"] = changes_out.close()
        c["leave"] = leave_out.close()
        c["security_handovers"] = security_out.close()
        scores_out = Out(self.out / "monthly_scores.csv", "employee_id,month,score,备注\r\n")
        discipline_out = Out(self.out / "discipline.csv",
                             "employee_id,date,severity,clause,note\r\n")
        a = self.write_assessment(scores_out, discipline_out)
        c["monthly_scores"] = scores_out.close()
        c["discipline"] = discipline_out.close()
        self.counts.update(c)
        self.counts.update(a)
        size = sum(p.stat().st_size for p in self.out.rglob("*") if p.is_file())
        order = ["employees", "shifts", "calendar", "schedule", "schedule_changes", "punches",
                 "punch_duplicates", "leave", "monthly_scores", "quarterly_grades", "honors",
                 "discipline", "probation", "nominations", "handovers", "security_handovers",
                 "logins"]
        summary = " ".join(f"{k}={self.counts[k]}" for k in order)
        elapsed = time.monotonic() - t0
        (self.out / ".generated").write_text(
            f"generate.py --staff {self.args.staff} --months {self.args.months} "
            f"--end {self.args.end} --seed {self.seed}\n{summary}\n", encoding="utf-8")
        print(f"generated {self.out}: staff={self.args.staff} departments={len(self.dept_name)} "
              f"months={self.months[0][0]:04d}-{self.months[0][1]:02d}..{self.args.end} "
              f"rows: {summary} planted_bad_id_numbers={len(self.planted_bad_ids)} "
              f"size={size / 1e6:.1f}MB time={elapsed:.1f}s")


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--staff", type=int, required=True, help="number of employees (>= 60)")
    p.add_argument("--months", type=int, required=True, help="months of history (1-36)")
    p.add_argument("--end", required=True, help="last month of history, YYYY-MM")
    p.add_argument("--out", required=True, help="output folder (created)")
    p.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    p.add_argument("--calendar", default=str(DEFAULT_CALENDAR), help="cn-calendar.csv to copy")
    p.add_argument("--overwrite", action="store_true",
                   help="remove the generator's own files from a non-empty --out first")
    p.add_argument("--quiet", action="store_true", help="no per-month progress on stderr")
    args = p.parse_args(argv)
    try:
        y, m = (int(x) for x in args.end.split("-"))
        if len(args.end) != 7 or not 1 <= m <= 12:
            raise ValueError
    except ValueError:
        p.error("--end must be YYYY-MM")
    if args.staff < 60:
        p.error("--staff must be at least 60 (three 24/7 teams and a day group)")
    if not 1 <= args.months <= 36:
        p.error("--months must be 1-36")
    first = month_add(y, m, -(args.months - 1))
    roster = month_add(y, m, 1)
    if first < (2023, 1) or roster > (2026, 12):
        p.error("the months and the roster month after --end must lie within 2023-01..2026-12 "
                "(the span of cn-calendar.csv)")
    if not Path(args.calendar).is_file():
        p.error(f"calendar not found: {args.calendar} (use --calendar)")
    out = Path(args.out)
    if out.exists() and any(out.iterdir()):
        if not args.overwrite:
            p.error(f"{out} is not empty (use --overwrite to replace the generator's files)")
        for name in OWNED:
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
    Generator(args).run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
