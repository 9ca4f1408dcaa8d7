"""How wide text prints and how it wraps: font metrics, Excel's column width unit, line breaking.

Widths are in pixels at 96 per inch and 100 % (a point is 4/3 px), as Excel and LibreOffice
measure them on screen before the print scale applies.
"""
import unicodedata

# Advance widths (1/1000 em) of ASCII 32..126 in Carlito Regular and Bold, the fonts metric-
# compatible with Calibri (the workbooks' default font, libxlsxwriter's) that LibreOffice prints
# Calibri with; read from the fonts' hmtx tables (Debian fonts-crosextra-carlito 20220224-1).
_CALIBRI = [int(w) for w in """
226 326 401 498 507 715 682 221 303 303 498 498 250 306 252 386 507 507 507 507 507 507 507
507 507 507 268 268 498 498 498 463 894 579 544 533 615 488 459 631 623 252 319 520 420 855
646 662 517 673 543 459 487 642 567 890 519 487 468 307 386 307 498 498 291 479 525 423 525
498 305 471 525 229 239 455 229 799 525 527 525 525 349 391 335 525 452 715 433 453 395 314
460 314 498""".split()]
_CALIBRI_BOLD = [int(w) for w in """
226 326 438 498 507 729 705 233 312 312 498 498 258 306 267 430 507 507 507 507 507 507 507
507 507 507 276 276 498 498 498 463 898 606 561 529 630 488 459 637 631 267 331 547 423 874
659 676 532 686 563 473 495 653 591 906 551 520 478 325 430 325 498 498 300 494 537 418 537
503 316 474 537 246 255 480 246 813 537 538 537 537 355 399 347 537 473 745 459 474 397 344
475 344 498""".split()]
# Any other character that is not wide (é, →, ✓, ·): about a digit and a bit.
OTHER_EM = 0.55

# The height of one line, in em of the font size: Carlito's ascent + descent + line gap
# (1536 + 512 + 452 of 2048 units), and Noto Sans CJK's ascent + descent (1160 + 288 of 1000),
# the font LibreOffice sets Chinese in (fonts-noto-cjk). A line holding any wide character takes
# the taller one.
LATIN_LINE_EM = 1.221
CJK_LINE_EM = 1.448

# The widest digit of a workbook's default font, in em, for Excel's column width unit.
_DIGIT_EM = {"calibri": 0.507, "carlito": 0.507, "arial": 0.556, "liberation sans": 0.556,
             "dejavu sans": 0.636, "simsun": 0.5, "宋体": 0.5, "dengxian": 0.53, "等线": 0.53}

PX_PER_PT = 96 / 72
PT_PER_PX = 72 / 96


def is_wide(ch):
    """A character printed a full em wide: CJK ideographs and punctuation, kana, full-width forms
    (Unicode East Asian Width W or F)."""
    return unicodedata.east_asian_width(ch) in "WF"


def char_em(ch, bold=False):
    code = ord(ch)
    if 32 <= code < 127:
        return (_CALIBRI_BOLD if bold else _CALIBRI)[code - 32] / 1000
    if is_wide(ch):
        return 1.0
    if unicodedata.combining(ch) or ch in "\u200b\ufeff":
        return 0.0
    return OTHER_EM


def text_px(text, size_pt, bold=False):
    """The width of one line of text at 100 %."""
    return sum(char_em(ch, bold) for ch in text) * size_pt * PX_PER_PT


def number_px(text, size_pt, digit_px, bold=False):
    """The width of a number or date as shown: Excel lays digits out at the whole-pixel digit
    width of its column unit (7 px for Calibri 11, where the outline is 7.4 px), the rest as
    text. LibreOffice's columns are a little wider, so a number that fits here fits there."""
    return sum(digit_px if "0" <= ch <= "9" else char_em(ch, bold) * size_pt * PX_PER_PT
               for ch in text)


def max_digit_px(font_name, size_pt):
    """Excel's "maximum digit width" of the default font, rounded to whole pixels: Calibri 11
    gives 7 (its digits are 7.4 px wide)."""
    em = _DIGIT_EM.get((font_name or "").strip().lower(), OTHER_EM)
    return max(1, int(em * size_pt * PX_PER_PT + 0.5))


def column_px(width_chars, mdw):
    """A column width in Excel's character units as pixels, by ECMA-376 Part 1 18.3.1.13:
    Truncate(((256 * width + Truncate(128 / mdw)) / 256) * mdw). The stored width already holds
    the 5 px of cell padding: libxlsxwriter stores "9 characters" as 9.7109375, 68 px at mdw 7."""
    return int(((256 * width_chars + int(128 / mdw)) / 256) * mdw)


def default_column_px(base_chars, mdw):
    """The width of a column that has none of its own, from the sheet's baseColWidth: that many
    digits plus 5 px of padding, rounded up to a multiple of 8 px, as Excel does (8 → 64 px at
    mdw 7, the 8.43 characters Excel shows)."""
    return -(-(base_chars * mdw + 5) // 8) * 8


def _tokens(paragraph):
    """The pieces a line may break between: each wide character alone, and each run of other
    characters together with the spaces that follow it."""
    out, i = [], 0
    while i < len(paragraph):
        if is_wide(paragraph[i]):
            out.append(paragraph[i])
            i += 1
            continue
        j = i
        while j < len(paragraph) and not is_wide(paragraph[j]) and paragraph[j] != " ":
            j += 1
        while j < len(paragraph) and paragraph[j] == " ":
            j += 1
        out.append(paragraph[i:j])
        i = j
    return out


def wrap_text(text, avail_px, size_pt, bold=False):
    """Lays text out as a cell with wrap does: explicit line breaks, then greedy filling, breaking
    at spaces and around wide characters. Returns (lines, broken): the printed lines, and the
    words wider than a whole line, which a viewer has to break in the middle."""
    lines, broken = [], []
    for paragraph in text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ").split("\n"):
        line, width = "", 0.0
        for token in _tokens(paragraph):
            word = token.rstrip(" ")
            word_px = text_px(word, size_pt, bold)
            if line and width + word_px > avail_px:
                lines.append(line)
                line, width = "", 0.0
            if word and word_px > avail_px:
                if not is_wide(word[0]):
                    broken.append(word)
                for ch in token:
                    ch_px = text_px(ch, size_pt, bold)
                    if line and width + ch_px > avail_px and ch != " ":
                        lines.append(line)
                        line, width = "", 0.0
                    line += ch
                    width += ch_px
                continue
            line += token
            width += text_px(token, size_pt, bold)
        lines.append(line)
    return lines, broken


def line_height_pt(line, size_pt):
    return (CJK_LINE_EM if any(is_wide(ch) for ch in line) else LATIN_LINE_EM) * size_pt
