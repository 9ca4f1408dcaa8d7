"""A worksheet as it prints: what range prints, how wide its columns and how high its rows are,
and the page setup with the scale and pages Excel gets from it."""
from openpyxl.utils import get_column_letter, range_boundaries

from .metrics import PT_PER_PX, column_px, default_column_px, max_digit_px

# Paper sizes (points, portrait) by the OOXML paperSize code; 1 (Letter) is the default.
PAPER_PT = {1: (612, 792), 5: (612, 1008), 8: (841.89, 1190.55), 9: (595.28, 841.89),
            11: (419.53, 595.28)}
PAPER_NAME = {1: "Letter", 5: "Legal", 8: "A3", 9: "A4", 11: "A5"}
A4 = 9


def _int(value, default):
    try:
        return int(value) if value is not None else default
    except (TypeError, ValueError):
        return default


def _title_span(text):
    """Print titles "A:B" or "1:2" (with or without $) as 1-based (first, last), or None."""
    if not text:
        return None
    first, _, last = text.replace("$", "").partition(":")
    last = last or first
    if first.isdigit():
        return int(first), int(last)
    return range_boundaries(f"{first}1")[0], range_boundaries(f"{last}1")[0]


def letters(cols):
    """[6, 7, 8, 14] → "F–H, N"."""
    out, run = [], []
    for c in sorted(cols):
        if run and c == run[-1] + 1:
            run.append(c)
            continue
        if run:
            out.append(run)
        run = [c]
    if run:
        out.append(run)
    return ", ".join(get_column_letter(r[0]) if len(r) == 1 else
                     f"{get_column_letter(r[0])}–{get_column_letter(r[-1])}" for r in out)


class SheetGeometry:
    """Widths (px at 100 %) and heights (pt) of a worksheet's columns and rows, its merges, and
    the range that prints."""

    def __init__(self, ws, default_font):
        self.ws = ws
        name, self.default_size = default_font
        self.mdw = max_digit_px(name, self.default_size)
        fmt = ws.sheet_format
        if fmt.defaultColWidth:
            self.default_col_px = column_px(float(fmt.defaultColWidth), self.mdw)
        else:
            self.default_col_px = default_column_px(_int(fmt.baseColWidth, 8), self.mdw)
        self.default_row_pt = float(fmt.defaultRowHeight or 15)
        self.col_px, self.hidden_cols = {}, set()
        for dim in ws.column_dimensions.values():
            if not dim.min:
                continue
            for c in range(dim.min, (dim.max or dim.min) + 1):
                if dim.hidden:
                    self.hidden_cols.add(c)
                if dim.width is not None and dim.customWidth is not False:
                    self.col_px[c] = column_px(dim.width, self.mdw)
        self.merges = [range_boundaries(str(r)) for r in ws.merged_cells.ranges]
        self.merge_at = {}
        for m in self.merges:
            c1, r1, c2, r2 = m
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    self.merge_at[(r, c)] = m
        self.range = self._print_range()  # (first row, first col, last row, last col) or None

    def width_px(self, col):
        if col in self.hidden_cols:
            return 0
        return self.col_px.get(col, self.default_col_px)

    def width_pt(self, col):
        return self.width_px(col) * PT_PER_PX

    def row_hidden(self, row):
        dim = self.ws.row_dimensions.get(row)
        return bool(dim is not None and dim.hidden)

    def height_pt(self, row):
        """(points, set): the row's height, and whether the file sets it (else the default)."""
        if self.row_hidden(row):
            return 0.0, True
        dim = self.ws.row_dimensions.get(row)
        if dim is not None and dim.ht is not None:
            return float(dim.ht), True
        return self.default_row_pt, False

    @staticmethod
    def _visible_format(cell):
        """A fill or a border prints even on an empty cell."""
        if cell.fill is not None and cell.fill.fill_type not in (None, "none"):
            return True
        border = cell.border
        return border is not None and any(
            side is not None and side.style
            for side in (border.left, border.right, border.top, border.bottom))

    def _print_range(self):
        """The print area when the sheet defines one (several areas: their bounding box), else
        the used range: cells with a value or a visible format, merges and charts."""
        areas = self.ws.print_area
        if areas:
            if isinstance(areas, str):
                areas = areas.split(",")
            boxes = [range_boundaries(a.split("!")[-1].replace("$", "")) for a in areas]
            return (min(b[1] for b in boxes), min(b[0] for b in boxes),
                    max(b[3] for b in boxes), max(b[2] for b in boxes))
        rows, cols = [], []
        for row in self.ws.iter_rows():
            for cell in row:
                if cell.value not in (None, "") or self._visible_format(cell):
                    rows.append(cell.row)
                    cols.append(cell.column)
        for c1, r1, c2, r2 in self.merges:
            rows += [r1, r2]
            cols += [c1, c2]
        for chart in getattr(self.ws, "_charts", []):
            for marker in (getattr(chart.anchor, "_from", None), getattr(chart.anchor, "to", None)):
                if marker is not None:
                    rows.append(marker.row + 1)
                    cols.append(marker.col + 1)
        if not rows:
            return None
        return min(rows), min(cols), max(rows), max(cols)

    def printed_cells(self):
        """Every cell with a value in the print range, outside hidden rows and columns."""
        if not self.range:
            return
        r1, c1, r2, c2 = self.range
        for row in self.ws.iter_rows(min_row=r1, max_row=r2, min_col=c1, max_col=c2):
            for cell in row:
                if cell.value is None or cell.value == "":
                    continue
                if self.row_hidden(cell.row) or cell.column in self.hidden_cols:
                    continue
                yield cell

    def is_empty(self, row, col):
        if (row, col) in self.merge_at:
            return False
        value = self.ws.cell(row=row, column=col).value
        return value is None or value == ""

    def box(self, cell):
        """Where a cell's text goes: (width px, height pt, height set, merge) of its merge or of
        the cell itself; None for a cell covered by a merge that starts elsewhere."""
        m = self.merge_at.get((cell.row, cell.column))
        if m:
            c1, r1, c2, r2 = m
            if (cell.row, cell.column) != (r1, c1):
                return None
            heights = [self.height_pt(r) for r in range(r1, r2 + 1)]
            return (sum(self.width_px(c) for c in range(c1, c2 + 1)), sum(h for h, _ in heights),
                    all(s for _, s in heights), m)
        height, set_ = self.height_pt(cell.row)
        return self.width_px(cell.column), height, set_, None


class PageSetup:
    """Paper, orientation, margins, fitting or scale, print titles and manual breaks."""

    def __init__(self, ws):
        ps = ws.page_setup
        self.paper = _int(ps.paperSize, 1)
        self.landscape = ps.orientation == "landscape"
        width, height = PAPER_PT.get(self.paper, PAPER_PT[1])
        if self.landscape:
            width, height = height, width
        m = ws.page_margins
        self.page_w = width - 72 * ((m.left or 0) + (m.right or 0))
        self.page_h = height - 72 * ((m.top or 0) + (m.bottom or 0))
        props = ws.sheet_properties.pageSetUpPr
        self.fit = bool(props is not None and props.fitToPage)
        self.fit_w = _int(ps.fitToWidth, 1)
        self.fit_h = _int(ps.fitToHeight, 1)
        self.scale = _int(ps.scale, 100)
        self.title_cols = _title_span(ws.print_title_cols)
        self.title_rows = _title_span(ws.print_title_rows)
        self.col_breaks = sorted(b.id for b in ws.col_breaks.brk) if ws.col_breaks else []
        self.row_breaks = sorted(b.id for b in ws.row_breaks.brk) if ws.row_breaks else []

    def describe(self):
        paper = PAPER_NAME.get(self.paper, f"paper {self.paper}")
        orientation = "landscape" if self.landscape else "portrait"
        if self.fit:
            parts = []
            if self.fit_w:
                parts.append(f"{self.fit_w} page{'s' if self.fit_w != 1 else ''} wide")
            if self.fit_h:
                parts.append(f"{self.fit_h} tall")
            how = "fit to " + " × ".join(parts) if parts else "fit to page"
        else:
            how = f"scale {self.scale} %"
        return f"{paper} {orientation}, {how}"


def paginate(items, limit, titles, breaks):
    """Splits (index, size) items into pages of at most `limit`: a page starts after each manual
    break (a break with id N falls between the 1-based items N and N + 1) and wherever the next
    item does not fit. `titles` = (first, last, size): the print titles, repeated on every page
    that starts after them. Returns the pages as lists of indices."""
    pages, cur, used = [], [], 0.0
    for index, size in items:
        if cur and (index - 1 in breaks or used + size > limit + 1e-6):
            pages.append(cur)
            cur = []
        if not cur:
            used = titles[2] if titles and index > titles[1] else 0.0
        cur.append(index)
        used += size
    if cur:
        pages.append(cur)
    return pages


class Scale:
    """The scale a sheet prints at, its pages, and the manual page blocks too wide for a page."""

    def __init__(self, percent, col_pages, row_pages, content_w, overflowing):
        self.percent = percent
        self.col_pages = col_pages
        self.row_pages = row_pages
        self.content_w = content_w
        self.overflowing = overflowing  # [(block's columns, its pages)]


def compute_scale(geo, setup):
    """The scale Excel prints a sheet at. Fit to N pages wide (and M tall; 0 = any) takes the
    largest whole percentage from 100 down to 10 at which the pages fit, and ignores manual
    breaks (Excel does; LibreOffice too). A fixed scale stays, and pages break at the manual
    breaks and wherever a page is full. Hidden columns and rows take no room; print-title
    columns and rows are repeated on every page that starts after them."""
    r1, c1, r2, c2 = geo.range
    cols = [(c, geo.width_pt(c)) for c in range(c1, c2 + 1) if c not in geo.hidden_cols]
    rows = [(r, geo.height_pt(r)[0]) for r in range(r1, r2 + 1) if not geo.row_hidden(r)]
    col_titles = row_titles = None
    if setup.title_cols:
        a, b = setup.title_cols
        col_titles = (a, b, sum(geo.width_pt(c) for c in range(a, b + 1)))
    if setup.title_rows:
        a, b = setup.title_rows
        row_titles = (a, b, sum(geo.height_pt(r)[0] for r in range(a, b + 1)))

    def layout(percent, manual):
        f = percent / 100
        return (paginate(cols, setup.page_w / f, col_titles,
                         set(setup.col_breaks) if manual else set()),
                paginate(rows, setup.page_h / f, row_titles,
                         set(setup.row_breaks) if manual else set()))

    content_w = sum(w for _, w in cols)
    if setup.fit:
        percent = 10
        for p in range(100, 9, -1):
            col_pages, row_pages = layout(p, False)
            if (not setup.fit_w or len(col_pages) <= setup.fit_w) and (
                    not setup.fit_h or len(row_pages) <= setup.fit_h):
                percent = p
                break
        return Scale(percent, *layout(percent, False), content_w, [])
    percent = max(10, min(400, setup.scale))
    col_pages, row_pages = layout(percent, True)
    overflowing = []
    for block in paginate(cols, float("inf"), None, set(setup.col_breaks)):
        inside = [p for p in col_pages if p[0] in block]
        if setup.col_breaks and len(inside) > 1:
            overflowing.append((block, inside))
    return Scale(percent, col_pages, row_pages, content_w, overflowing)
