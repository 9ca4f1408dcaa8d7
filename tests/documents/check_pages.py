#!/usr/bin/python3
"""Checks that workbooks print as documents people read, sign and file (issue 15;
../shared/spec/outputs.md, "Documents people sign and file").

    check_pages.py [options] FILE.xlsx [FILE.pdf] ...

      --render DIR     print the workbooks to PDF first (render.sh: one soffice for all) and
                       check the PDFs too; a FILE.pdf given with FILE.xlsx is used as it is
      --png            with --render: also every page as PNG under DIR/png, to look at
      --config FILE    what each kind of workbook must satisfy (default: documents.json here)
      --templates DIR  the report labels (default: the repository's templates/)
      --lang zh|en     the workbooks' language (default: told by their sheet names)
      --verbose        also print, per sheet, its page setup, scale and pages (to stderr)

It prints one line per finding, `FILE.xlsx:Sheet: finding` (or `FILE.xlsx: finding` for the
whole workbook), and exits 1 when there is any, 0 when there is none, 2 when a file cannot be
read or printed. What is checked and how each figure is computed: README.md here.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import zipfile

sys.dont_write_bytecode = True  # no __pycache__ in the source tree

import openpyxl

from pages.checks import (cell_font, check_cut_and_hashes, check_scale, check_signature,
                          check_wrap)
from pages.config import Config, Templates
from pages.pdf import Pdf, page_findings
from pages.sheet import PageSetup, SheetGeometry

HERE = os.path.dirname(os.path.abspath(__file__))


def default_font(wb):
    """(name, size) of the workbook's default font (the first font of its styles)."""
    fonts = getattr(wb, "_fonts", None)
    if fonts:
        return fonts[0].name or "Calibri", float(fonts[0].sz or 11)
    return "Calibri", 11.0


def check_workbook(path, pdf_path, config, templates, lang=None, log=None):
    """The finding lines of one workbook (and of its PDF, when given). With `log`, writes the
    page setup, scale and pages of each sheet there."""
    wb = openpyxl.load_workbook(path, data_only=True)
    font = default_font(wb)
    names = [ws.title for ws in wb.worksheets]
    lang = lang or templates.language_of(names)
    kind = config.kind_of(os.path.basename(path))
    handed_over = set(config.handed_over(kind, names, lang))
    signature = config.signature(kind, lang)
    pdf = Pdf(pdf_path) if pdf_path else None
    sheet_pages = pdf.sheet_pages(names) if pdf else {}
    lines = []
    if pdf and font[0].lower() == "calibri" and pdf.substituted_calibri():
        lines.append(f"{path}: LibreOffice printed Calibri in DejaVu Sans (install "
                     f"fonts-crosextra-carlito): its pages are wider than Excel's")
    for ws in wb.worksheets:
        geo = SheetGeometry(ws, font)
        if geo.range is None or ws.title in config.not_printed(kind, lang):
            continue
        where = f"{path}:{ws.title}"
        setup = PageSetup(ws)
        findings, overflow_col = check_cut_and_hashes(geo)
        lo = None
        if pdf:
            pages = sheet_pages.get(ws.title, [])
            if not pages:
                lines.append(f"{where}: LibreOffice printed no page of it")
            else:
                sizes = {cell_font(c, geo.default_size)[0] for c in geo.printed_cells()}
                lo = pdf.printed_scale(pages, sizes | {geo.default_size})
        scale_findings, scale = check_scale(geo, setup, config.threshold, lo,
                                            config.libreoffice_threshold, overflow_col)
        findings = scale_findings + check_wrap(geo) + findings
        if ws.title in handed_over:
            findings += check_signature(geo, signature, lang)
        lines += [f"{where}: {f}" for f in findings]
        if log:
            lo_text = (f"; LibreOffice: {len(sheet_pages.get(ws.title, []))} pages, about "
                       f"{lo:.0f} %" if lo is not None else "")
            print(f"# {where}: {setup.describe()}: {scale.percent} %, "
                  f"{len(scale.col_pages)} × {len(scale.row_pages)} pages{lo_text}", file=log)
    if pdf:
        by_sheet = page_findings(pdf, sheet_pages)
        for sheet in sorted(by_sheet, key=lambda s: -1 if s is None else names.index(s)):
            lines += [f"{path}:{sheet}: {f}" if sheet else f"{pdf_path}: {f}"
                      for f in by_sheet[sheet]]
    return lines


def render(xlsx_paths, outdir, png=False):
    """Prints workbooks to PDF (and PNG pages) with render.sh, one soffice for all; returns
    {xlsx: pdf}. Workbooks with the same file name (the same report of two runs) are printed
    through links named NNN-NAME.xlsx, so that their PDFs do not overwrite each other."""
    stems = [os.path.splitext(os.path.basename(p))[0] for p in xlsx_paths]
    sources = list(xlsx_paths)
    with tempfile.TemporaryDirectory(prefix="kefu-render-") as stage:
        if len(set(stems)) != len(stems):
            stems = [f"{k + 1:03d}-{stem}" for k, stem in enumerate(stems)]
            sources = [os.path.join(stage, stem + ".xlsx") for stem in stems]
            for path, link in zip(xlsx_paths, sources):
                os.symlink(os.path.abspath(path), link)
        cmd = [os.path.join(HERE, "render.sh")] + (["--png"] if png else []) + [outdir]
        subprocess.run(cmd + sources, check=True, stdout=subprocess.DEVNULL)
    return {p: os.path.join(outdir, s + ".pdf") for p, s in zip(xlsx_paths, stems)}


def main(argv=None):
    parser = argparse.ArgumentParser(
        description="Checks that workbooks print as documents (tests/documents/README.md).")
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument("--render", metavar="DIR")
    parser.add_argument("--png", action="store_true")
    parser.add_argument("--config", default=os.path.join(HERE, "documents.json"))
    parser.add_argument("--templates", default=os.path.join(HERE, "..", "..", "templates"))
    parser.add_argument("--lang", choices=("zh", "en"))
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)

    xlsx = [f for f in args.files if f.lower().endswith(".xlsx")]
    pdfs = {os.path.splitext(os.path.basename(f))[0]: f for f in args.files
            if f.lower().endswith(".pdf")}
    others = [f for f in args.files if not f.lower().endswith((".xlsx", ".pdf"))]
    if others or not xlsx:
        parser.error("give .xlsx files, and optionally their .pdf files: " + " ".join(others))
    pairs = {x: pdfs.get(os.path.splitext(os.path.basename(x))[0]) for x in xlsx}
    templates = Templates(args.templates)
    try:
        config = Config(args.config, templates)
        todo = [x for x, p in pairs.items() if p is None]
        if args.render and todo:
            pairs.update(render(todo, args.render, args.png))
        lines = []
        for x, p in pairs.items():
            lines += check_workbook(x, p, config, templates, args.lang,
                                    sys.stderr if args.verbose else None)
    except (OSError, ValueError, KeyError, zipfile.BadZipFile, subprocess.CalledProcessError,
            RuntimeError) as e:
        print(f"check_pages.py: {e}", file=sys.stderr)
        return 2
    for line in lines:
        print(line)
    return 1 if lines else 0


if __name__ == "__main__":
    sys.exit(main())
