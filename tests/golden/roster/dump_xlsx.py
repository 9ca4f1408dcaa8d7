#!/usr/bin/python3
"""Dump an .xlsx workbook as JSON for the roster's end-to-end tests, read with openpyxl (the
real reader, independent of kefu's writer).

    /usr/bin/python3 dump_xlsx.py WORKBOOK.xlsx

Per sheet: its name; every cell that holds a value or a fill, as "A1": {"v": value, "i": italic,
"b": bold, "fill": "RRGGBB" or "", "font": "RRGGBB" or ""}; the merged ranges; the freeze pane;
the print setup (landscape, fit to width, repeated rows, footer).
"""
import datetime
import json
import sys

import openpyxl


def rgb(color):
    if color is None or color.type != "rgb" or not isinstance(color.rgb, str):
        return ""
    value = color.rgb[-6:].upper()
    return "" if value == "000000" else value


def main(path):
    wb = openpyxl.load_workbook(path)
    out = {"sheets": []}
    for ws in wb.worksheets:
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
                    "i": bool(c.font and c.font.i),
                    "b": bool(c.font and c.font.b),
                    "fill": fill,
                    "font": rgb(c.font.color) if c.font is not None else "",
                }
        out["sheets"].append({
            "name": ws.title,
            "cells": cells,
            "merges": sorted(str(r) for r in ws.merged_cells.ranges),
            "freeze": ws.freeze_panes or "",
            "landscape": ws.page_setup.orientation == "landscape",
            "fit_width": ws.page_setup.fitToWidth,
            "fit_to_page": bool(ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage),
            "title_rows": ws.print_title_rows or "",
            "footer": ws.oddFooter.center.text or "",
        })
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main(sys.argv[1])
