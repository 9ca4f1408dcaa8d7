#!/usr/bin/env python3
"""Write a large input folder for timing `kefu evaluate` and the dossiers.

    python3 tests/perf/make_evaluation_input.py OUT_DIR [--staff 10000] [--departments 1]

OUT_DIR gets employees.csv, shifts.csv, calendar.csv, monthly_scores.csv (12 months,
2023-07 … 2024-06), quarterly_grades.csv, honors.csv, discipline.csv, probation.csv and
nominations.csv. Every choice comes from a fixed seed, so two runs write the same bytes. About one
employee in ten gets a decision with a dossier (confirm, demote, dismissal_review, promote), which
gives some 1,000 dossiers for 10,000 staff. Then:

    time kefu --input OUT_DIR --output /tmp/out evaluate --quarter 2024Q2

Measured on the shared 2-core build machine (Release, --jobs 2): 8,000 staff → workbook, CSV and
1,009 dossiers in 2.4 s wall (2.1 s user, 1.0 s sys); 10,000 staff → workbook and CSV alone in
about 1 s (load 0.06, rules 0.03, sheet model 0.05, libxlsxwriter 0.55, read-back 0.2). Writing a
dossier costs ~2 ms, almost all of it libxlsxwriter's temporary files, zlib and the read-back;
building its model 0.04 ms. Right after deleting thousands of files in the same file system,
ext4 makes creating files slow (recently-deleted inode scans) and the same run takes 7–9 s.
"""
import argparse
import random
from pathlib import Path

MONTHS = [f"2023-{m:02d}" for m in range(7, 13)] + [f"2024-{m:02d}" for m in range(1, 7)]
QUARTERS = ["2023Q3", "2023Q4", "2024Q1", "2024Q2"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--staff", type=int, default=10000)
    ap.add_argument("--departments", type=int, default=1)
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    r = random.Random("kefu-evaluation-perf")
    emp = ["employee_id,name,department,grade,hire_date,grade_since,status,left_date"]
    scores = ["employee_id,month,score"]
    grades = ["employee_id,quarter,grade"]
    honors = ["employee_id,date,title"]
    discipline = ["employee_id,date,severity,clause,note"]
    probation = ["employee_id,date,result"]
    nominations = ["employee_id,date,step,target_grade,by,result"]
    for i in range(args.staff):
        e = f"E{i:05d}"
        dept = f"客服{i % args.departments + 1}部"
        grade = r.choices("PJMSR", weights=[5, 80, 3, 2, 10])[0]
        hire = f"{r.randint(2015, 2023)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
        if grade == "P":
            hire = f"2024-0{r.randint(1, 3)}-{r.randint(1, 28):02d}"
        since = f"{r.randint(2022, 2024)}-{r.randint(1, 6):02d}-01"
        if since < hire:
            since = hire
        left = r.random() < 0.02
        emp.append(f"{e},员工{i},{dept},{grade},{hire},{since},{'left' if left else 'active'},"
                   f"{'2024-05-31' if left else ''}")
        weak = r.random() < 0.03
        for m in MONTHS:
            if grade == "P" and m < hire[:7]:
                continue
            if r.random() < 0.02:
                continue
            s = r.randint(500, 790) if weak else r.randint(700, 1000)
            scores.append(f"{e},{m},{s // 10}.{s % 10}")
        for q in QUARTERS:
            grades.append(f"{e},{q},{r.choices('ABCD', weights=[40, 55, 4, 1])[0]}")
        for _ in range(r.choice([0, 0, 1, 2, 3, 4])):
            honors.append(f"{e},20{r.randint(20, 24)}-0{r.randint(1, 6)}-1{r.randint(0, 9)},优秀客服")
        if r.random() < 0.05:
            discipline.append(f"{e},2024-0{r.randint(1, 6)}-15,warning,篇1 三.6,非值班时间登录")
        if grade == "P":
            probation.append(f"{e},2024-06-{r.randint(1, 28):02d},{'pass' if r.random() < 0.7 else 'fail'}")
        if r.random() < 0.05:
            nominations.append(f"{e},2024-06-20,recommendation,M,部门经理,推荐")
    files = {
        "employees.csv": emp, "monthly_scores.csv": scores, "quarterly_grades.csv": grades,
        "honors.csv": honors, "discipline.csv": discipline, "probation.csv": probation,
        "nominations.csv": nominations,
        "shifts.csv": ["code,name,start,end,break_minutes", "D,白班,09:00,18:00,60"],
        "calendar.csv": ["date,kind,name", "2024-06-10,statutory,端午节"],
    }
    for name, lines in files.items():
        (out / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
