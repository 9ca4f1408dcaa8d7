#!/usr/bin/python3
"""Tests of check_pages.py on workbooks written here with openpyxl, each passing or failing one
check in a known way. The expected figures are worked out by hand in the comments.

    /usr/bin/python3 -B check_pages_test.py [TestClass ...]

ctest runs each class as documents_checker_<name> (tests/CMakeLists.txt).

Common figures: the default font is Calibri 11, whose column unit has a maximum digit width of
7 px, so a column of width w is trunc((w + 18/256) * 7) px, 3/4 pt each: width 11 is 77 px =
57.75 pt. A4 landscape with 0.7 in margins leaves 841.89 - 2 * 50.4 = 741.09 pt of width.
"""
import contextlib
import datetime
import io
import os
import shutil
import sys
import tempfile
import unittest

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import openpyxl  # noqa: E402
from openpyxl.styles import Alignment, Border, Side  # noqa: E402
from openpyxl.worksheet.pagebreak import Break  # noqa: E402
from openpyxl.worksheet.properties import PageSetupProperties  # noqa: E402

import check_pages  # noqa: E402
from pages import metrics, numfmt  # noqa: E402
from pages.config import Config, Templates, signature_labels  # noqa: E402
from pages.sheet import PageSetup, SheetGeometry, compute_scale  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))

# Labels as the checker reads them from templates/: a small set of its own, so that these tests
# do not change when the report labels do.
TEMPLATES = {
    "common.zh": "print.signature = 制表人：____    审核人：____    日期：____\nissues.sheet = 数据问题",
    "common.en": "print.signature = Prepared by: ____    Reviewed by: ____    Date: ____\n"
                 "issues.sheet = Data issues",
    "attendance.zh": "attendance.sheet.summary = 考勤汇总\nattendance.sheet.daily = 考勤明细",
    "attendance.en": "attendance.sheet.summary = Summary\nattendance.sheet.daily = Daily grid",
    "roster.zh": "roster.sheet.grid = 排班表\nroster.sheet.checks = 排班检查",
    "roster.en": "roster.sheet.grid = Shift roster\nroster.sheet.checks = Roster checks",
    "evaluation.zh": "eval.sheet.overview = 季度总览\neval.sheet.ranking = 月度排名\n"
                     "dossier.sheet.approval = 审批流程\ndossier.col.signature = 签字\n"
                     "dossier.signature = 经办人：____    审核人：____    日期：____",
    "evaluation.en": "eval.sheet.overview = Overview\neval.sheet.ranking = Monthly ranking\n"
                     "dossier.sheet.approval = Approval\ndossier.col.signature = Signature\n"
                     "dossier.signature = Prepared by: ____    Reviewed by: ____    Date: ____",
}

SIGNATURE_ZH = "制表人：____    审核人：____    日期：____"


class Scratch:
    """A temporary folder with the test templates, removed at the end of the test."""

    def __init__(self, case):
        self.dir = tempfile.mkdtemp(prefix="kefu-check-pages-")
        case.addCleanup(shutil.rmtree, self.dir, True)
        self.templates_dir = os.path.join(self.dir, "templates")
        os.mkdir(self.templates_dir)
        for name, text in TEMPLATES.items():
            with open(os.path.join(self.templates_dir, name + ".properties"), "w",
                      encoding="utf-8") as f:
                f.write(text + "\n")
        self.templates = Templates(self.templates_dir)
        self.config = Config(os.path.join(HERE, "documents.json"), self.templates)

    def path(self, name):
        return os.path.join(self.dir, name)

    def check(self, wb, name, pdf=None):
        """The findings of workbook `wb` saved as `name`, without the file's path."""
        path = self.path(name)
        wb.save(path)
        lines = check_pages.check_workbook(path, pdf, self.config, self.templates)
        return [line[len(path) + 1:] for line in lines]


def a4_landscape(ws):
    ws.page_setup.paperSize = 9
    ws.page_setup.orientation = "landscape"
    ws.page_margins.left = ws.page_margins.right = 0.7
    ws.page_margins.top = ws.page_margins.bottom = 0.75


def fit_to_width(ws, pages):
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = pages
    ws.page_setup.fitToHeight = 0


def add_sheet(wb, title):
    ws = wb.create_sheet(title)
    a4_landscape(ws)
    ws.column_dimensions["A"].width = 60
    return ws


def wide_table(ws, columns=30, rows=20, width=11):
    """A title, a header row and `rows` rows of numbers, `columns` columns of `width`."""
    ws["A1"] = "Summary 2024-09"
    for c in range(1, columns + 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(c)].width = width
        ws.cell(row=2, column=c, value=f"H{c}")
        for r in range(3, 3 + rows):
            ws.cell(row=r, column=c, value=r * c)
    a4_landscape(ws)


def book(title="Sheet"):
    """A workbook of one A4 landscape sheet whose column A (60 characters, 420 px) holds the
    texts of a test without running past the printed range."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    a4_landscape(ws)
    ws.column_dimensions["A"].width = 60
    return wb, ws


class ScaleTest(unittest.TestCase):
    def setUp(self):
        self.s = Scratch(self)

    def test_thirty_columns_fitted_to_one_page_wide_print_at_42_percent(self):
        # 30 columns of 57.75 pt = 1732.5 pt on 741.09 pt: 42.8 %, Excel takes 42 %.
        wb, ws = book("T")
        wide_table(ws)
        fit_to_width(ws, 1)
        self.assertEqual(self.s.check(wb, "t.xlsx"), [
            "T: prints at 42 %, below 70 % (A4 landscape, fit to 1 page wide: columns A:AD are "
            "1732 pt wide, the page 741 pt)"])

    def test_the_same_table_in_two_page_blocks_with_the_employee_columns_repeated_passes(self):
        # Scale 80 %, a break after P, A:B repeated: A–P is 16 columns, 924 pt, 739.2 pt at 80 %;
        # Q–AD is 14 columns plus A:B, the same. Both fit the 741.09 pt.
        wb, ws = book("T")
        wide_table(ws)
        ws.print_title_cols = "A:B"
        ws.col_breaks.append(Break(id=16))
        ws.page_setup.scale = 80
        self.assertEqual(self.s.check(wb, "t.xlsx"), [])
        wb = openpyxl.load_workbook(self.s.path("t.xlsx"))
        ws = wb["T"]
        scale = compute_scale(SheetGeometry(ws, ("Calibri", 11)), PageSetup(ws))
        self.assertEqual(scale.percent, 80)
        self.assertEqual(scale.col_pages, [list(range(1, 17)), list(range(17, 31))])

    def test_fit_to_two_pages_wide_finds_the_largest_scale_at_which_two_pages_suffice(self):
        # At 81 % a page takes 914.9 pt: 15 columns, then A:B + 13, then 2 more: 3 pages.
        # At 80 % it takes 926.4 pt: A–P (16 columns), then A:B + Q–AD: 2 pages.
        wb, ws = book("T")
        wide_table(ws)
        ws.print_title_cols = "A:B"
        fit_to_width(ws, 2)
        self.assertEqual(self.s.check(wb, "t.xlsx"), [])
        ws = openpyxl.load_workbook(self.s.path("t.xlsx"))["T"]
        scale = compute_scale(SheetGeometry(ws, ("Calibri", 11)), PageSetup(ws))
        self.assertEqual((scale.percent, len(scale.col_pages)), (80, 2))

    def test_a_page_block_wider_than_the_page_is_reported_with_its_automatic_breaks(self):
        # At 90 % a page takes 823.4 pt = 14 columns: block A–P breaks after N (O–P follow
        # with A:B); block Q–AD gets A:B + 12 columns (Q–AB), then AC–AD.
        wb, ws = book("T")
        wide_table(ws)
        ws.print_title_cols = "A:B"
        ws.col_breaks.append(Break(id=16))
        ws.page_setup.scale = 90
        self.assertEqual(self.s.check(wb, "t.xlsx"), [
            "T: page block A:P does not fit one page at 90 %: it prints on 2 pages, broken after "
            "column N",
            "T: page block Q:AD does not fit one page at 90 %: it prints on 2 pages, broken "
            "after column AB"])

    def test_hidden_columns_take_no_room(self):
        # 16 visible columns of 57.75 pt = 924 pt: 741.09 / 924 = 80.2 %, so 80 %.
        wb, ws = book("T")
        wide_table(ws)
        fit_to_width(ws, 1)
        for c in range(17, 31):
            ws.column_dimensions[openpyxl.utils.get_column_letter(c)].hidden = True
        self.assertEqual(self.s.check(wb, "t.xlsx"), [])
        ws = openpyxl.load_workbook(self.s.path("t.xlsx"))["T"]
        self.assertEqual(compute_scale(SheetGeometry(ws, ("Calibri", 11)), PageSetup(ws)).percent,
                         80)

    def test_the_print_area_leaves_out_what_lies_beyond_it(self):
        # A stray value in AZ1 puts 52 columns on the page: A–P of 57.75 pt (924 pt) and
        # 36 columns of the default 64 px = 48 pt (1728 pt), 2652 pt: 741.09 / 2652 = 27.9 %.
        # The print area keeps A:P.
        wb, ws = book("T")
        wide_table(ws, columns=16)
        ws["AZ1"] = "x"
        fit_to_width(ws, 1)
        self.assertEqual(self.s.check(wb, "t.xlsx"),
                         ["T: prints at 27 %, below 70 % (A4 landscape, fit to 1 page wide: "
                          "columns A:AZ are 2652 pt wide, the page 741 pt)"])
        ws.print_area = "A1:P22"
        self.assertEqual(self.s.check(wb, "t.xlsx"), [])

    def test_a_fixed_scale_below_the_threshold_and_letter_paper_are_reported(self):
        wb, ws = book("T")
        wide_table(ws, columns=5)
        ws.page_setup.scale = 60
        ws.page_setup.paperSize = 1
        self.assertEqual(self.s.check(wb, "t.xlsx"), [
            "T: paper is Letter, not A4",
            "T: prints at 60 %, below 70 % (Letter landscape, scale 60 %)"])


class WrapTest(unittest.TestCase):
    def setUp(self):
        self.s = Scratch(self)

    def sheet(self, text, height=None, width=20):
        wb, ws = book("W")
        a4_landscape(ws)
        ws["A1"] = "Evidence"
        ws.column_dimensions["B"].width = width
        ws["B3"] = text
        ws["B3"].alignment = Alignment(wrap_text=True)
        if height is not None:
            ws.row_dimensions[3].height = height
        return wb

    def test_three_lines_of_wrapped_text_in_a_row_without_a_height_overprint(self):
        # Three Chinese lines need 3 * 1.448 * 11 = 47.8 pt; the default row is 15 pt.
        wb = self.sheet("第一行\n第二行\n第三行")
        self.assertEqual(self.s.check(wb, "w.xlsx"), [
            "W: column B: wrapped text overprints in row 3, at the default height: B3 needs "
            "3 lines, 48 pt, its row gives 15 pt"])

    def test_the_same_text_with_the_row_height_set_passes(self):
        self.assertEqual(self.s.check(self.sheet("第一行\n第二行\n第三行", height=48), "w.xlsx"),
                         [])
        # 45 pt (three 15 pt lines) is a quarter line short at most: not an overprint.
        self.assertEqual(self.s.check(self.sheet("第一行\n第二行\n第三行", height=45), "w.xlsx"),
                         [])

    def test_a_set_height_one_line_short_is_reported_too(self):
        wb = self.sheet("第一行\n第二行\n第三行", height=30)
        self.assertEqual(self.s.check(wb, "w.xlsx"), [
            "W: column B: wrapped text overprints in row 3: B3 needs 3 lines, 48 pt, its row "
            "gives 30 pt"])

    def test_long_text_wraps_at_the_column_width(self):
        # Width 10 is 70 px, 68 px for text. At 11 pt (14.67 px per em): "alpha beta" is
        # 4.300 em = 63.1 px; "gamma delta" is 5.319 em = 78.0 px, so it breaks: 3 lines.
        lines, broken = metrics.wrap_text("alpha beta gamma delta", 68, 11)
        self.assertEqual(lines, ["alpha beta ", "gamma ", "delta"])
        self.assertEqual(broken, [])
        wb = self.sheet("alpha beta gamma delta", width=10)
        self.assertEqual(self.s.check(wb, "w.xlsx"), [
            "W: column B: wrapped text overprints in row 3, at the default height: B3 needs "
            "3 lines, 40 pt, its row gives 15 pt"])

    def test_a_merged_cell_has_the_width_and_height_of_its_merge(self):
        # B3:C4 is 140 + 64 px wide and 2 * 25 pt high: 3 lines of 15.9 pt fit.
        wb = self.sheet("第一行\n第二行\n第三行")
        ws = wb["W"]
        ws.merge_cells("B3:C4")
        ws.row_dimensions[3].height = 25
        ws.row_dimensions[4].height = 25
        self.assertEqual(self.s.check(wb, "w.xlsx"), [])

    def test_a_word_wider_than_its_column_breaks_mid_word(self):
        # "Shared-account" is 6.378 em = 93.5 px; width 9 (63 px) leaves 61 px.
        wb = self.sheet("Shared-account flags", width=9, height=45)
        self.assertEqual(self.s.check(wb, "w.xlsx"), [
            "W: column B: words wider than the column break mid-word in row 3 "
            "(B3 \"Shared-account\")"])


class SignatureTest(unittest.TestCase):
    def setUp(self):
        self.s = Scratch(self)

    def attendance(self, *cells):
        wb, ws = book("考勤汇总")
        a4_landscape(ws)
        ws["A1"] = "客服部 考勤汇总"
        ws["A2"], ws["B2"] = "工号", "日期"
        for ref, text in cells:
            ws[ref] = text
        return wb

    def test_a_handed_over_sheet_without_its_signature_line_is_reported(self):
        self.assertEqual(self.s.check(self.attendance(), "attendance-2024-09.xlsx"),
                         ["考勤汇总: no signature line (制表人 · 审核人 · 日期)"])

    def test_the_line_in_a_cell_in_cells_of_one_row_or_in_the_footer_passes(self):
        self.assertEqual(self.s.check(self.attendance(("A5", SIGNATURE_ZH)),
                                      "attendance-2024-09.xlsx"), [])
        wb = self.attendance(("A5", "制表人："), ("C5", "审核人："), ("E5", "日期："))
        self.assertEqual(self.s.check(wb, "attendance-2024-09.xlsx"), [])
        wb = self.attendance()
        wb.active.oddFooter.center.text = "&C" + SIGNATURE_ZH + " 第 &P 页"
        self.assertEqual(self.s.check(wb, "attendance-2024-09.xlsx"), [])

    def test_labels_spread_over_two_rows_or_a_line_missing_one_are_reported(self):
        wb = self.attendance(("A5", "制表人：____"), ("A6", "审核人：____  日期：____"))
        self.assertEqual(self.s.check(wb, "attendance-2024-09.xlsx"), [
            "考勤汇总: signature line lacks 制表人 (wanted together: 制表人 · 审核人 · 日期)"])

    def test_a_signature_outside_the_print_area_does_not_print(self):
        wb = self.attendance(("A30", SIGNATURE_ZH))
        wb.active.print_area = "A1:F10"
        self.assertEqual(self.s.check(wb, "attendance-2024-09.xlsx"),
                         ["考勤汇总: no signature line (制表人 · 审核人 · 日期)"])

    def test_which_sheets_are_handed_over_depends_on_the_kind_of_workbook(self):
        # A roster's checks are a working list; its grid is handed out. A workbook whose name
        # tells no kind has no signature to check.
        wb, grid = book("排班表")
        grid["A1"] = "排班表"
        checks = add_sheet(wb, "排班检查")
        checks["A1"] = "排班检查"
        self.assertEqual(self.s.check(wb, "roster-2024-10.xlsx"),
                         ["排班表: no signature line (制表人 · 审核人 · 日期)"])
        self.assertEqual(self.s.check(wb, "notes.xlsx"), [])

    def test_english_workbooks_take_the_english_labels(self):
        wb, ws = book("Summary")
        ws["A1"] = "Summary"
        ws["A5"] = "prepared by: ____  reviewed by: ____"
        self.assertEqual(self.s.check(wb, "attendance-2024-09.xlsx"), [
            "Summary: signature line lacks Date (wanted together: Prepared by · Reviewed by · "
            "Date)"])

    def test_the_evaluation_takes_the_spec_labels_until_its_template_exists(self):
        wb, ws = book("季度总览")
        ws["A1"] = "季度考评"
        ranking = add_sheet(wb, "月度排名")
        ranking["A1"] = "月度排名"
        self.assertEqual(self.s.check(wb, "evaluation-2024Q3.xlsx"),
                         ["季度总览: no signature line (部门负责人 · 人力资源部 · 日期)"])
        ws["A9"] = "部门负责人：____  人力资源部：____  日期：____"
        self.assertEqual(self.s.check(wb, "evaluation-2024Q3.xlsx"), [])

    def test_a_dossier_needs_the_signature_column_and_the_signature_line(self):
        wb, ws = book("审批流程")
        ws["A1"], ws["B1"], ws["C1"] = "序号", "环节", "签字"
        self.assertEqual(self.s.check(wb, "E016-dismissal_review.xlsx"),
                         ["审批流程: no signature line (经办人 · 审核人 · 日期)"])
        ws["A9"] = "经办人：____    审核人：____    日期：____"
        self.assertEqual(self.s.check(wb, "E016-dismissal_review.xlsx"), [])

    def test_kinds_are_told_by_the_file_name(self):
        kinds = {name: self.s.config.kind_of(name) for name in [
            "attendance-2024-09.xlsx", "attendance-2024-09.provisional.xlsx",
            "roster-2024-10.xlsx", "evaluation-2024Q3.xlsx", "E007-promote-M.xlsx",
            "J-01-dismissal_review.xlsx", "E012-skip_level_review-S.xlsx",
            "E007-2023-05-31.xlsx", "notes.xlsx"]}
        self.assertEqual(list(kinds.values()), [
            "attendance", "attendance", "roster", "evaluation", "dossier", "dossier", "dossier",
            "dossier", None])

    def test_the_repository_templates_give_every_signature_group_its_labels(self):
        # The checker reads the labels from templates/: a template reworded so that its labels
        # no longer parse would silently check nothing.
        templates = Templates(os.path.join(REPO, "templates"))
        config = Config(os.path.join(HERE, "documents.json"), templates)
        for kind in config.data["kinds"]:
            for lang in ("zh", "en"):
                groups = config.signature(kind, lang)
                self.assertTrue(groups, (kind, lang))
                for labels in groups:
                    self.assertTrue(all(labels), (kind, lang, labels))
        self.assertEqual(signature_labels("制表人：___  审核人：___  日期：___"),
                         ["制表人", "审核人", "日期"])


class NumberTest(unittest.TestCase):
    def setUp(self):
        self.s = Scratch(self)

    def test_a_number_wider_than_its_column_shows_hashes(self):
        # Width 4 is 28 px, 26 px for text; "123456" is 6 digits of 7 px = 42 px = 31.5 pt.
        wb, ws = book("N")
        ws.column_dimensions["A"].width = 4
        ws["A3"] = 123456
        ws["A3"].number_format = "0"
        self.assertEqual(self.s.check(wb, "n.xlsx"), [
            "N: column A: number or date shown as ### in row 3: A3 \"123456\" needs 32 pt, "
            "the column gives 20 pt"])
        ws.column_dimensions["A"].width = 7
        self.assertEqual(self.s.check(wb, "n.xlsx"), [])

    def test_dates_and_decimals_are_measured_as_formatted(self):
        # "2024-09-03": 8 digits of 7 px + 2 hyphens of 4.5 px = 65 px: a width-9 column
        # (68 px, 66 for text) holds it, a width-8 one (61 px) does not.
        wb, ws = book("N")
        ws.column_dimensions["A"].width = 9.7109375
        ws.column_dimensions["B"].width = 8.7109375
        for ref in ("A3", "B3"):
            ws[ref] = datetime.datetime(2024, 9, 3)
            ws[ref].number_format = "yyyy-mm-dd"
        self.assertEqual(self.s.check(wb, "n.xlsx"), [
            "N: column B: number or date shown as ### in row 3: B3 \"2024-09-03\" needs 49 pt, "
            "the column gives 44 pt"])

    def test_number_formats(self):
        cases = [(5.25, "0.0", "5.3"), (1234.5, "#,##0.00", "1,234.50"), (0.256, "0%", "26%"),
                 (0.2567, "0.0%", "25.7%"), (-3, "0", "-3"), (-3, "0;(0)", "(3)"),
                 (0, '0;-0;"-"', "-"), (7, "00", "07"), (1.5, "0.##", "1.5"),
                 (3.5, '0.0"h"', "3.5h"), (12.3456, "General", "12.3456"),
                 (datetime.datetime(2024, 9, 3, 7, 5), "yyyy/m/d h:mm", "2024/9/3 7:05"),
                 (datetime.datetime(2024, 9, 3), 'm"月"d"日"', "9月3日"),
                 (45000, "yyyy-mm-dd", "2023-03-15"), ("text", "0", None)]
        for value, fmt, shown in cases:
            self.assertEqual(numfmt.format_value(value, fmt), shown, (value, fmt))
        self.assertEqual(numfmt.shortest_general(123456789.5), "1E+8")


class MetricsTest(unittest.TestCase):
    def test_column_widths_in_pixels(self):
        # ECMA-376 18.3.1.13 at a maximum digit width of 7 px: libxlsxwriter's "9 characters"
        # (stored 9.7109375) is 68 px; Excel's default column, 8.43 characters on screen, is
        # stored 9.140625 and is 64 px, as baseColWidth 8 gives (8 * 7 + 5 rounded up to 8s).
        self.assertEqual(metrics.column_px(9.7109375, 7), 68)
        self.assertEqual(metrics.column_px(9.140625, 7), 64)
        self.assertEqual(metrics.column_px(11, 7), 77)
        self.assertEqual(metrics.default_column_px(8, 7), 64)
        self.assertEqual(metrics.max_digit_px("Calibri", 11), 7)

    def test_text_widths(self):
        # A Chinese character is an em (11 pt = 14.67 px); "0" is 0.507 em.
        self.assertAlmostEqual(metrics.text_px("中文", 11), 29.333, places=3)
        self.assertAlmostEqual(metrics.text_px("0", 11), 7.436, places=3)
        self.assertEqual(metrics.wrap_text("一二三四", 30, 11)[0], ["一二", "三四"])


@unittest.skipUnless(shutil.which("soffice") and shutil.which("pdftotext"),
                     "needs LibreOffice (soffice) and poppler-utils")
class LibreOfficeTest(unittest.TestCase):
    """One soffice prints three workbooks; the checker reads the PDFs back."""

    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.mkdtemp(prefix="kefu-check-pages-lo-")
        cls.addClassCleanup(shutil.rmtree, cls.dir, True)  # also when this set-up fails
        # A fixed 50 % (LibreOffice uses it as it is), on two sheets.
        wb, ws = book("Half")
        wide_table(ws, columns=8)
        ws.page_setup.scale = 50
        other = add_sheet(wb, "Second")
        other["A1"] = "second sheet"
        wb.save(os.path.join(cls.dir, "half.xlsx"))
        # A number too wide for its column, and a second page with borders but no text.
        wb, ws = book("Hashes")
        ws["A1"] = "Title"
        ws.column_dimensions["A"].width = 4
        ws["A2"] = 123456789
        ws["A2"].number_format = "0"
        thin = Side(style="thin")
        for r in range(3, 30):
            ws.cell(row=r, column=1).border = Border(left=thin, right=thin, top=thin,
                                                     bottom=thin)
        ws.row_breaks.append(Break(id=2))
        wb.save(os.path.join(cls.dir, "hashes.xlsx"))
        cls.pdfs = check_pages.render([os.path.join(cls.dir, n)
                                       for n in ("half.xlsx", "hashes.xlsx")],
                                      os.path.join(cls.dir, "pdf"))

    def findings(self, name):
        s = Scratch(self)
        path = os.path.join(self.dir, name)
        lines = check_pages.check_workbook(path, self.pdfs[path], s.config, s.templates)
        return [line.replace(self.dir + "/", "") for line in lines]

    def test_the_scale_libreoffice_printed_at_is_read_from_the_pdf(self):
        from pages.pdf import Pdf
        pdf = Pdf(self.pdfs[os.path.join(self.dir, "half.xlsx")])
        self.assertEqual(pdf.sheet_pages(["Half", "Second"]), {"Half": [0], "Second": [1]})
        self.assertAlmostEqual(pdf.printed_scale([0], [11]), 50, delta=1.5)
        self.assertEqual(self.findings("half.xlsx"), [
            "half.xlsx:Half: prints at 50 %, below 70 % (A4 landscape, scale 50 %; "
            "LibreOffice: about 50 %)"])

    def test_hashes_and_pages_without_text_in_the_pdf(self):
        self.assertEqual(self.findings("hashes.xlsx"), [
            "hashes.xlsx:Hashes: column A: number or date shown as ### in row 2: A2 "
            "\"123456789\" needs 47 pt, the column gives 20 pt",
            "hashes.xlsx:Hashes: page 1 of the PDF shows ### (\"Title ###\")",
            "hashes.xlsx:Hashes: page 2 of the PDF has no text"])


class CommandLineTest(unittest.TestCase):
    def run_main(self, *args):
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = check_pages.main(list(args))
        return status, out.getvalue(), err.getvalue()

    def test_exit_status_and_one_line_per_finding(self):
        s = Scratch(self)
        good, ws = book("Good")
        ws["A1"] = "fine"
        good.save(s.path("good.xlsx"))
        bad, ws = book("Bad")
        wide_table(ws)
        fit_to_width(ws, 1)
        bad.save(s.path("bad.xlsx"))
        self.assertEqual(self.run_main("--templates", s.templates_dir, s.path("good.xlsx")),
                         (0, "", ""))
        status, out, _ = self.run_main("--templates", s.templates_dir, s.path("good.xlsx"),
                                       s.path("bad.xlsx"))
        self.assertEqual((status, out.splitlines()), (1, [
            s.path("bad.xlsx") + ":Bad: prints at 42 %, below 70 % (A4 landscape, fit to 1 "
            "page wide: columns A:AD are 1732 pt wide, the page 741 pt)"]))
        status, out, err = self.run_main(s.path("missing.xlsx"))
        self.assertEqual((status, out), (2, ""))
        self.assertIn("missing.xlsx", err)


if __name__ == "__main__":
    unittest.main()
