"""Prints the off-duty logins (R-C2) and possibly shared accounts (R-C4) sheets of an attendance
workbook, read with openpyxl (a real reader), as the two CSV blocks input/README.md shows:

    account,employee_id,time,reason
    account,employee_id,time,ip,signal,other_account,other_time,other_ip,minutes_apart,likely_user

Usage: read_login_sheets.py WORKBOOK   (the blocks are separated by an empty line)
The signal is printed as `a` or `b` (its label starts with "(a)" or "(b)"), the likely user as its
employee id; an owner unknown to the department as an empty employee_id.
"""
import sys

import openpyxl


def rows(sheet):
    """The data rows under the two title rows, up to the first empty row."""
    for row in sheet.iter_rows(min_row=3, values_only=True):
        if row[0] is None:
            return
        yield ["" if v is None else str(v) for v in row]


def employee(row):
    """The owner's employee id; empty for an account of nobody (the sheet then says so in the id
    column and leaves the name empty)."""
    return row[1] if row[2] else ""


def main():
    book = openpyxl.load_workbook(sys.argv[1])
    off_duty, shared = book.worksheets[4], book.worksheets[5]
    print("account,employee_id,time,reason")
    for r in rows(off_duty):
        print(",".join([r[0], employee(r), r[3], r[6]]))
    print()
    print("account,employee_id,time,ip,signal,other_account,other_time,other_ip,minutes_apart,"
          "likely_user")
    for r in rows(shared):
        signal = r[5][1] if r[5].startswith("(") else r[5]
        print(",".join([r[0], employee(r), r[3], r[4], signal, r[6], r[7], r[8], r[9],
                        r[10].split(" ")[0]]))


if __name__ == "__main__":
    main()
