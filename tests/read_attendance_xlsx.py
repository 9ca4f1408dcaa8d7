"""Reads an attendance workbook with openpyxl (a real reader) and checks it against its CSV.

Usage: read_attendance_xlsx.py WORKBOOK CSV LANG
Prints one line per problem and exits 1 when there is any.
"""
import csv
import sys

import openpyxl

SHEETS = {
    "zh": ["考勤汇总", "考勤明细", "异常明细", "交接班检查", "非值班登录", "疑似共用账号", "数据问题"],
    "en": ["Summary", "Daily grid", "Exceptions", "Handover check", "Off-duty logins",
           "Shared accounts", "Data issues"],
}
# The summary has the CSV's columns first, in the CSV's order.
NUMERIC = ["scheduled_shifts", "worked_shifts", "late_count", "late_minutes", "early_count",
           "early_minutes", "absent_shifts", "missing_punches", "leave_hours", "unapproved_leave",
           "statutory_hours", "holiday_hours", "night_shifts", "unapproved_changes",
           "off_duty_logins", "worked_hours", "corrections", "shared_account_flags"]
DATES = ["hire_date", "left_date"]


def main():
    book_path, csv_path, lang = sys.argv[1:4]
    problems = []
    book = openpyxl.load_workbook(book_path)
    if book.sheetnames != SHEETS[lang]:
        problems.append(f"sheets {book.sheetnames}")
    with open(csv_path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    summary = book.worksheets[0]
    header = [c.value for c in summary[2]]
    with open(csv_path, encoding="utf-8-sig", newline="") as f:
        csv_header = next(csv.reader(f))
    if len(header) < len(csv_header):
        problems.append(f"short header {header}")
    data = [[c.value for c in r] for r in summary.iter_rows(min_row=3, max_row=2 + len(rows))]
    ids = [r[0] for r in data]
    if ids != [r["employee_id"] for r in rows]:
        problems.append(f"employee rows {ids} differ from the CSV")
    totals = [c.value for c in summary[3 + len(rows)]]
    for key in NUMERIC:
        col = csv_header.index(key)
        want = round(sum(float(r[key]) for r in rows), 1)
        got = totals[col]
        if got is None or abs(float(got) - want) > 1e-9:
            problems.append(f"total of {key}: workbook {got}, CSV {want}")
        for row, rec in zip(data, rows):
            if abs(float(row[col]) - float(rec[key])) > 1e-9:
                problems.append(f"{rec['employee_id']} {key}: workbook {row[col]}, CSV {rec[key]}")
    for key in DATES:
        col = csv_header.index(key)
        for row, rec in zip(data, rows):
            got = row[col].date().isoformat() if row[col] is not None else ""
            if got != rec[key]:
                problems.append(f"{rec['employee_id']} {key}: workbook {got}, CSV {rec[key]}")
    if summary.freeze_panes != "C3" or summary.auto_filter.ref is None:
        problems.append(f"summary freeze {summary.freeze_panes} filter {summary.auto_filter.ref}")
    for ws in book.worksheets[:2]:
        if ws.page_setup.orientation != "landscape" or not ws.sheet_properties.pageSetUpPr.fitToPage:
            problems.append(f"{ws.title}: not landscape / fit to page")
        if ws.page_setup.paperSize not in (9, "9"):
            problems.append(f"{ws.title}: paper {ws.page_setup.paperSize}")
    grid = book.worksheets[1]
    if grid.max_row < 4 + len(rows):
        problems.append("daily grid is missing rows")
    for p in problems:
        print(p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
