r"""Lists every non-empty cell of a workbook as openpyxl reads it, one per line:
SHEET<TAB>CELL<TAB>TYPE<TAB>VALUE, where TYPE is openpyxl's data type (s string, n number,
f formula, d date, b boolean, e error) and backslash, tab, CR and LF in names and values are
written as \\, \t, \r and \n. Used by the end-to-end tests (run with /usr/bin/python3)."""
import sys

import openpyxl


def escape(text):
    return (str(text).replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r")
            .replace("\n", "\\n"))


def main(path):
    workbook = openpyxl.load_workbook(path)  # formulas stay formulas (data_only=False)
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is None:
                    continue
                print("\t".join([escape(sheet.title), cell.coordinate, cell.data_type,
                                 escape(cell.value)]))


if __name__ == "__main__":
    main(sys.argv[1])
