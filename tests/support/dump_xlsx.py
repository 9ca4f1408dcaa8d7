#!/usr/bin/python3
r"""Dumps a workbook as a real reader (openpyxl, Debian's python3-openpyxl) sees it, for the
tests: the one script every test uses to read back what kefu wrote.

    /usr/bin/python3 tests/support/dump_xlsx.py MODE WORKBOOK.xlsx

Modes:

cells         every non-empty cell, one per line: SHEET<TAB>CELL<TAB>TYPE<TAB>VALUE, where TYPE
              is openpyxl's data type (s string, n number, f formula, d date, b boolean, e error)
              and a formula is its text (=…); backslash, tab, CR and LF in names and values are
              written as \\, \t, \r and \n.
json          per sheet (in order): "name"; "cells", every cell that holds a value or a fill, as
              "A1": {"v": value (numbers as numbers, dates as YYYY-MM-DD), "t": type as above,
              "i": italic, "b": bold, "fill": "RRGGBB" or "", "font": "RRGGBB" or ""};
              "merges" (sorted ranges); "row_heights" ({"1": 24.0} for rows with their own
              height); "freeze" ("C3" or ""); "autofilter" (the range or ""); the print setup:
              "landscape", "paper" (9 is A4), "fit_width", "fit_to_page", "title_rows" (print
              titles, "$5:$7" or ""), "footer" (centre text).
login-sheets  the off-duty logins (R-C2) and possibly shared accounts (R-C4) sheets of an
              attendance workbook (its 5th and 6th sheets) as the two CSV blocks of
              input/README.md, separated by an empty line:
                account,employee_id,time,reason
                account,employee_id,time,ip,signal,other_account,other_time,other_ip,
                minutes_apart,likely_user
              The signal is printed as `a` or `b` (its label starts with "(a)" or "(b)"), the
              likely user as its employee id, the owner of an account of nobody as empty.
"""
import datetime
import json
import sys

import openpyxl


def escape(text):
    return (str(text).replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r")
            .replace("\n", "\\n"))


def cells(book):
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is None:
                    continue
                print("\t".join([escape(sheet.title), cell.coordinate, cell.data_type,
                                 escape(cell.value)]))


def rgb(color):
    if color is None or color.type != "rgb" or not isinstance(color.rgb, str):
        return ""
    value = color.rgb[-6:].upper()
    return "" if value == "000000" else value


def sheet_json(ws):
    cells = {}
    for row in ws.iter_rows():
        for c in row:
            fill = ""
            if c.fill is not None and c.fill.fill_type == "solid":
                fill = rgb(c.fill.fgColor)
            if c.value is None and not fill:
                continue
            v = c.value
            if isinstance(v, datetime.datetime):
                v = v.date().isoformat()
            cells[c.coordinate] = {
                "v": v,
                "t": c.data_type,
                "i": bool(c.font and c.font.i),
                "b": bool(c.font and c.font.b),
                "fill": fill,
                "font": rgb(c.font.color) if c.font is not None else "",
            }
    heights = {str(r): d.height for r, d in sorted(ws.row_dimensions.items())
               if d.height is not None}
    setup = ws.sheet_properties.pageSetUpPr
    return {
        "name": ws.title,
        "cells": cells,
        "merges": sorted(str(r) for r in ws.merged_cells.ranges),
        "row_heights": heights,
        "freeze": ws.freeze_panes or "",
        "autofilter": ws.auto_filter.ref or "",
        "landscape": ws.page_setup.orientation == "landscape",
        "paper": int(ws.page_setup.paperSize) if ws.page_setup.paperSize is not None else 0,
        "fit_width": ws.page_setup.fitToWidth,
        "fit_to_page": bool(setup and setup.fitToPage),
        "title_rows": ws.print_title_rows or "",
        "footer": ws.oddFooter.center.text or "",
    }


def login_rows(sheet):
    """The data rows under the two title rows, up to the first empty row."""
    for row in sheet.iter_rows(min_row=3, values_only=True):
        if row[0] is None:
            return
        yield ["" if v is None else str(v) for v in row]


def owner(row):
    """The owner's employee id; empty for an account of nobody (the sheet then says so in the id
    column and leaves the name empty)."""
    return row[1] if row[2] else ""


def login_sheets(book):
    off_duty, shared = book.worksheets[4], book.worksheets[5]
    print("account,employee_id,time,reason")
    for r in login_rows(off_duty):
        print(",".join([r[0], owner(r), r[3], r[6]]))
    print()
    print("account,employee_id,time,ip,signal,other_account,other_time,other_ip,minutes_apart,"
          "likely_user")
    for r in login_rows(shared):
        signal = r[5][1] if r[5].startswith("(") else r[5]
        print(",".join([r[0], owner(r), r[3], r[4], signal, r[6], r[7], r[8], r[9],
                        r[10].split(" ")[0]]))


def main(mode, path):
    book = openpyxl.load_workbook(path)  # formulas stay formulas (data_only=False)
    if mode == "cells":
        cells(book)
    elif mode == "json":
        json.dump({"sheets": [sheet_json(ws) for ws in book.worksheets]}, sys.stdout,
                  ensure_ascii=False, indent=1)
    elif mode == "login-sheets":
        login_sheets(book)
    else:
        sys.exit(f"dump_xlsx.py: unknown mode {mode} (cells, json, login-sheets)")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: dump_xlsx.py cells|json|login-sheets WORKBOOK.xlsx")
    main(sys.argv[1], sys.argv[2])
