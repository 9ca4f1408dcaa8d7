"""The little of a PDF printed by LibreOffice that the checks need: its pages, the outline (one
entry per printed sheet, titled with the sheet's name and pointing at its first page), the
sizes its text is set in, its text (pdftotext) and its fonts (pdffonts).

LibreOffice writes plain (not compressed) objects and Flate-compressed page contents, and sets
each text run with its printed size (`/F1 3.8 Tf` for 11 pt text printed at 35 %), which is how
its print scale is read back."""
import collections
import re
import subprocess
import zlib

_OBJECT = re.compile(rb"(\d+) 0 obj\b(.*?)\bendobj", re.S)


class Pdf:
    def __init__(self, path):
        self.path = path
        with open(path, "rb") as f:
            data = f.read()
        self.objects = {int(m.group(1)): m.group(2) for m in _OBJECT.finditer(data)}
        self.root = next((n for n, body in self.objects.items()
                          if re.search(rb"/Type\s*/Catalog", body)), None)
        self.pages = self._pages()
        self.outline = self._outline()
        text = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True,
                              check=True).stdout.decode("utf-8", "replace")
        self.texts = (text.split("\f") + [""] * len(self.pages))[: len(self.pages)]
        self.fonts = subprocess.run(["pdffonts", path], capture_output=True,
                                    check=False).stdout.decode("utf-8", "replace")

    def _ref(self, body, key):
        m = re.search(rb"/" + key + rb"\s*(\d+) 0 R", body or b"")
        return int(m.group(1)) if m else None

    def _pages(self):
        if self.root is None:
            return []
        pages = []

        def walk(num, depth=0):
            body = self.objects.get(num, b"")
            if re.search(rb"/Type\s*/Pages", body) and depth < 32:
                kids = re.search(rb"/Kids\s*\[(.*?)\]", body, re.S)
                for kid in re.findall(rb"(\d+) 0 R", kids.group(1) if kids else b""):
                    walk(int(kid), depth + 1)
            elif re.search(rb"/Type\s*/Page\b", body):
                pages.append(num)

        walk(self._ref(self.objects[self.root], b"Pages"))
        return pages

    @staticmethod
    def _string(raw):
        raw = raw.strip()
        if raw.startswith(b"<"):
            data = bytes.fromhex(raw[1:-1].decode())
            if data.startswith(b"\xfe\xff"):
                return data[2:].decode("utf-16-be", "replace")
            return data.decode("latin-1")
        return raw[1:-1].decode("latin-1")

    def _outline(self):
        """[(title, first page index)] of the outline's top level."""
        if self.root is None:
            return []
        outlines = self._ref(self.objects[self.root], b"Outlines")
        num = self._ref(self.objects.get(outlines), b"First") if outlines else None
        out, seen = [], set()
        while num and num not in seen:
            seen.add(num)
            body = self.objects.get(num, b"")
            title = re.search(rb"/Title\s*(<[0-9A-Fa-f]*>|\((?:\\.|[^\\)])*\))", body)
            dest = re.search(rb"/Dest\s*\[\s*(\d+) 0 R", body)
            if title and dest and int(dest.group(1)) in self.pages:
                out.append((self._string(title.group(1)), self.pages.index(int(dest.group(1)))))
            num = self._ref(body, b"Next")
        return out

    def _stream(self, num):
        body = self.objects.get(num, b"")
        m = re.search(rb"stream\r?\n", body)
        if not m:
            return b""
        raw = body[m.end():body.rfind(b"endstream")]
        if b"FlateDecode" not in body[:m.start()]:
            return raw
        try:
            return zlib.decompressobj().decompress(raw)
        except zlib.error:
            return b""

    def font_sizes(self, page):
        """Counter of the sizes (pt, to 0.1) of the text runs on a page (0-based)."""
        body = self.objects.get(self.pages[page], b"")
        contents = re.search(rb"/Contents\s*(\[[^\]]*\]|\d+ 0 R)", body)
        sizes = collections.Counter()
        for num in re.findall(rb"(\d+) 0 R", contents.group(1) if contents else b""):
            for size in re.findall(rb"/F\d+\s+([\d.]+)\s+Tf", self._stream(int(num))):
                sizes[round(float(size), 1)] += 1
        return sizes

    def sheet_pages(self, sheet_names):
        """{sheet name: [page indices]}: from each printed sheet's outline entry to the next."""
        starts = [(title, page) for title, page in self.outline if title in sheet_names]
        return {title: list(range(page, starts[k + 1][1] if k + 1 < len(starts)
                                  else len(self.pages)))
                for k, (title, page) in enumerate(starts)}

    def printed_scale(self, pages, cell_sizes):
        """The scale (%) LibreOffice printed pages at, from the sizes their text runs are set in
        and the font sizes of the sheet's cells: the factor k that makes the most runs k times
        some cell size (within 4 %, LibreOffice rounds printed sizes), averaged over those runs.
        None without text."""
        runs = collections.Counter()
        for page in pages:
            runs.update(self.font_sizes(page))
        cell_sizes = sorted(set(cell_sizes))
        if not runs or not cell_sizes:
            return None

        def matched(k):
            out = []
            for size, count in runs.items():
                near = min(cell_sizes, key=lambda c: abs(size - k * c))
                if abs(size - k * near) <= 0.04 * k * near:
                    out.append((size / near, count))
            return out

        candidates = {size / c for size in runs for c in cell_sizes}
        best = max(sorted(candidates), key=lambda k: sum(n for _, n in matched(k)))
        hits = matched(best)
        return 100 * sum(k * n for k, n in hits) / sum(n for _, n in hits)

    def substituted_calibri(self):
        """Whether Calibri was printed in DejaVu Sans: fonts-crosextra-carlito (metric-compatible
        with Calibri) is missing, and LibreOffice's pages are wider than Excel's."""
        return "Carlito" not in self.fonts and "DejaVuSans" in self.fonts


def page_findings(pdf, sheet_pages):
    """{sheet name or None: [findings]}: pages without text and ### shown anywhere."""
    owner = {page: name for name, pages in sheet_pages.items() for page in pages}
    findings = collections.defaultdict(list)
    for page, text in enumerate(pdf.texts):
        if not text.strip():
            findings[owner.get(page)].append(f"page {page + 1} of the PDF has no text")
        if "###" in text:
            at = text.index("###")
            around = " ".join(text[max(0, at - 12):at + 15].split())
            findings[owner.get(page)].append(f"page {page + 1} of the PDF shows ### (\"{around}\")")
    return findings
