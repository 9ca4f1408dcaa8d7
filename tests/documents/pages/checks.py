"""The checks of one printed sheet. Each returns finding texts; cells with the same problem in
the same rows are reported together, one finding per group of columns."""
import collections
import re

from openpyxl.utils import get_column_letter

from .metrics import PT_PER_PX, line_height_pt, number_px, text_px, wrap_text
from .numfmt import format_value, shortest_general
from .sheet import A4, PAPER_NAME, compute_scale, letters

# A cell's text may use its box less this much (px) before it wraps or shows ### (Excel and
# LibreOffice keep about a pixel on either side).
TEXT_PADDING_PX = 2
# Wrapped text may need this much of its last line more than its row gives before it counts as
# overprinted: a descender cut by a hair is not the bug; a whole line on top of another is.
LINE_TOLERANCE = 0.25


def short(text, n=16):
    """A cell's text shortened for a finding (the workbooks' personal data is masked already)."""
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[:n] + "…"


def row_list(rows):
    """[3] → "row 3"; [5, 6, 7, 9] → "4 rows (5–7, 9)"."""
    rows = sorted(set(rows))
    runs, start = [], rows[0]
    for a, b in zip(rows, rows[1:] + [None]):
        if b != a + 1:
            runs.append(str(start) if start == a else f"{start}–{a}")
            start = b
    if len(rows) == 1:
        return f"row {rows[0]}"
    return f"{len(rows)} rows ({', '.join(runs)})"


def column_list(cols):
    return f"column{'s' if len(cols) > 1 else ''} {letters(cols)}"


def _grouped(by_column):
    """{col: [(row, ...)]} → [(cols, entries)], columns with the same rows together."""
    groups = collections.defaultdict(list)
    for col, entries in by_column.items():
        groups[tuple(sorted({e[0] for e in entries}))].append(col)
    return sorted(((cols, [e for c in cols for e in by_column[c]]) for cols in groups.values()),
                  key=lambda g: min(g[0]))


def cell_font(cell, default_size):
    font = cell.font
    size = float(font.sz) if font is not None and font.sz else default_size
    return size, bool(font is not None and font.b)


def check_scale(geo, setup, threshold, lo=None, lo_threshold=None, overflow_col=None):
    """Paper and print scale. `lo` is the scale LibreOffice printed at (from its PDF), reported
    when it is below `lo_threshold` while the page setup's scale is not."""
    findings = []
    scale = compute_scale(geo, setup)
    if setup.paper != A4:
        findings.append(f"paper is {PAPER_NAME.get(setup.paper, setup.paper)}, not A4")
    if scale.percent < threshold:
        detail = setup.describe()
        if setup.fit:
            printed = [c for page in scale.col_pages for c in page]
            detail += (f": columns {get_column_letter(printed[0])}:{get_column_letter(printed[-1])}"
                       f" are {scale.content_w:.0f} pt wide, the page {setup.page_w:.0f} pt")
        lo_note = f"; LibreOffice: about {lo:.0f} %" if lo is not None else ""
        findings.append(f"prints at {scale.percent} %, below {threshold} % ({detail}{lo_note})")
    elif lo is not None and lo < (lo_threshold or threshold):
        why = (f"; text overflowing column {get_column_letter(overflow_col)} widens LibreOffice's "
               f"print range" if overflow_col else "")
        findings.append(f"LibreOffice prints it at about {lo:.0f} %, below "
                        f"{lo_threshold or threshold} %, although the page setup gives "
                        f"{scale.percent} % ({setup.describe()}{why})")
    for block, pages in scale.overflowing:
        breaks = ", ".join(get_column_letter(p[-1]) for p in pages[:-1])
        findings.append(f"page block {get_column_letter(block[0])}:{get_column_letter(block[-1])}"
                        f" does not fit one page at {scale.percent} %: it prints on {len(pages)} "
                        f"pages, broken after column {breaks}")
    return findings, scale


def check_wrap(geo):
    """Rows whose wrapped text needs more lines than their height gives (a row left at the
    default height with several lines is the overprint of issue 15), and words wider than their
    column, which break in the middle."""
    short_rows = collections.defaultdict(list)  # col → [(row, needed pt, given pt, set, lines)]
    broken = collections.defaultdict(list)  # col → [(row, word)]
    for cell in geo.printed_cells():
        if not isinstance(cell.value, str) or not (cell.alignment and cell.alignment.wrap_text):
            continue
        box = geo.box(cell)
        if box is None:
            continue
        width, given, height_set, _ = box
        size, bold = cell_font(cell, geo.default_size)
        lines, words = wrap_text(cell.value, width - TEXT_PADDING_PX, size, bold)
        heights = [line_height_pt(line, size) for line in lines]
        if sum(heights) > given + LINE_TOLERANCE * max(heights):
            short_rows[cell.column].append((cell.row, sum(heights), given, height_set,
                                            len(lines), cell.column))
        if words:
            broken[cell.column] += [(cell.row, w) for w in words]
    findings = []
    for cols, entries in _grouped(short_rows):
        row, needed, given, _, n, col = max(entries, key=lambda e: e[1] - e[2])
        at_default = sum(1 for e in entries if not e[3])
        default = ("" if not at_default else ", at the default height"
                   if at_default == len(entries) else f", {at_default} at the default height")
        findings.append(
            f"{column_list(cols)}: wrapped text overprints in {row_list(e[0] for e in entries)}"
            f"{default}: {get_column_letter(col)}{row} needs {n} lines, {needed:.0f} pt, its row "
            f"gives {given:.0f} pt")
    for cols, entries in _grouped(broken):
        examples = ", ".join(f"{get_column_letter(c)}{r} \"{short(w)}\"" for c in cols
                             for r, w in broken[c][:1])
        findings.append(f"{column_list(cols)}: words wider than the column break mid-word in "
                        f"{row_list(e[0] for e in entries)} ({short(examples, 80)})")
    return findings


def check_cut_and_hashes(geo):
    """Numbers and dates wider than their box (Excel and LibreOffice show ###), and text
    without wrap cut off by a neighbour's value, its merge's edge or the print range's edge.
    Returns (findings, the rightmost column whose text overflows the print range or None)."""
    hashes = collections.defaultdict(list)  # col → [(row, shown, need px, width px)]
    cut = collections.defaultdict(list)  # col → [(row, text, need px, room px)]
    overflow_col = None
    if not geo.range:
        return [], None
    _, first_col, _, last_col = geo.range
    for cell in geo.printed_cells():
        box = geo.box(cell)
        align = cell.alignment
        if box is None or (align is not None and align.shrink_to_fit):
            continue
        width, _, _, merge = box
        size, bold = cell_font(cell, geo.default_size)
        shown = format_value(cell.value, cell.number_format)
        if shown is not None:
            digit_px = geo.mdw * size / geo.default_size
            need = number_px(shown, size, digit_px, bold)
            fmt = (cell.number_format or "General").lower()
            if need > width - TEXT_PADDING_PX and fmt == "general" and not hasattr(
                    cell.value, "year"):
                shown = shortest_general(cell.value)
                need = number_px(shown, size, digit_px, bold)
            if need > width - TEXT_PADDING_PX:
                hashes[cell.column].append((cell.row, shown, need, width))
            continue
        if not isinstance(cell.value, str) or (align is not None and align.wrap_text):
            continue
        need = max(text_px(line, size, bold) for line in cell.value.split("\n"))
        if need <= width:
            continue
        # Text without wrap runs on into empty neighbours (not out of a merge).
        room, horizontal = width, (align.horizontal if align is not None else None) or "general"
        step = -1 if horizontal == "right" else 1
        col = cell.column + step
        while merge is None and horizontal in ("general", "left", "right") and room < need and \
                first_col <= col <= last_col and geo.is_empty(cell.row, col):
            room += geo.width_px(col)
            col += step
        if need > room:
            cut[cell.column].append((cell.row, cell.value, need, room))
            if step > 0 and col > last_col and merge is None:
                overflow_col = max(overflow_col or 0, cell.column)
    findings = []
    for cols, entries in _grouped(hashes):
        row, shown, need, width = entries[0]
        findings.append(
            f"{column_list(cols)}: number or date shown as ### in "
            f"{row_list(e[0] for e in entries)}: {get_column_letter(cols[0])}{row} \"{shown}\" "
            f"needs {need * PT_PER_PX:.0f} pt, the column gives "
            f"{(width - TEXT_PADDING_PX) * PT_PER_PX:.0f} pt")
    for cols, entries in _grouped(cut):
        col = cols[0]
        row, text, need, room = cut[col][0]
        findings.append(
            f"{column_list(cols)}: text cut off in {row_list(e[0] for e in entries)}: "
            f"{get_column_letter(col)}{row} \"{short(text)}\" needs {need * PT_PER_PX:.0f} pt, "
            f"it has {room * PT_PER_PX:.0f} pt")
    return findings, overflow_col


_HEADER_CODE = re.compile(r'&"[^"]*"|&\d+|&K[0-9A-Fa-f]{6}|&[A-Za-z]')


def header_footer_texts(ws):
    """The texts of a sheet's print headers and footers, without their &-codes."""
    texts = []
    for name in ("oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader",
                 "firstFooter"):
        item = getattr(ws, name, None)
        for part in (item.left, item.center, item.right) if item is not None else ():
            if part is not None and part.text:
                texts.append(_HEADER_CODE.sub("", part.text).replace("&&", "&"))
    return texts


def _normal(text, lang):
    text = " ".join(str(text).split())
    return text.casefold() if lang == "en" else text


def check_signature(geo, groups, lang):
    """Each group of signature labels must be printed together: on one row of the print range
    (in one cell or several) or in the sheet's print header or footer. One label alone (a 日期
    column header) is not a signature line."""
    rows = collections.defaultdict(list)
    for cell in geo.printed_cells():
        if isinstance(cell.value, str):
            rows[cell.row].append(_normal(cell.value, lang))
    places = [" | ".join(texts) for texts in rows.values()]
    places += [_normal(t, lang) for t in header_footer_texts(geo.ws)]
    findings = []
    for labels in groups:
        wanted = [_normal(label, lang) for label in labels]
        found = [[label for label, w in zip(labels, wanted) if w in place] for place in places]
        best = max(found, key=len, default=[])
        if len(best) == len(labels):
            continue
        if len(best) < min(2, len(labels)):
            findings.append(f"no signature line ({' · '.join(labels)})")
        else:
            missing = [label for label in labels if label not in best]
            findings.append(f"signature line lacks {' · '.join(missing)} "
                            f"(wanted together: {' · '.join(labels)})")
    return findings
