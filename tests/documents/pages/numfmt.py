"""The text a viewer shows for a number or a date under a cell's number format, for the formats
workbooks commonly use: General, 0, 0.0, 0.00, #,##0(.00), percentages, literals in quotes,
positive;negative;zero sections, and dates and times (yyyy-mm-dd, yyyy/m/d, hh:mm, ...).
Colours and conditions in brackets are dropped; fractions and scientific notation are
approximated."""
import datetime
import decimal
import re

_DATE_TOKEN = re.compile(r"yyyy|yy|mmmmm|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am/pm|a/p",
                         re.IGNORECASE)
_PLACEHOLDER = re.compile(r"[0#?][0#?,]*(?:\.[0#?]*)?|\.[0#?]+")
_EPOCH = datetime.datetime(1899, 12, 30)


def _sections(fmt):
    out, cur, quoted = [], "", False
    for ch in fmt:
        if ch == '"':
            quoted = not quoted
        if ch == ";" and not quoted:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    out.append(cur)
    return out


def _pieces(section):
    """[("lit", text) | ("code", char)]: quoted text and escaped characters are literals;
    [colour] and [condition] are dropped, _x leaves a space, *x (fill) is dropped."""
    pieces, i = [], 0
    while i < len(section):
        ch = section[i]
        if ch == '"':
            j = section.find('"', i + 1)
            j = len(section) if j < 0 else j
            pieces.append(("lit", section[i + 1:j]))
            i = j + 1
        elif ch == "\\" and i + 1 < len(section):
            pieces.append(("lit", section[i + 1]))
            i += 2
        elif ch == "[":
            j = section.find("]", i)
            i = len(section) if j < 0 else j + 1
        elif ch == "_" and i + 1 < len(section):
            pieces.append(("lit", " "))
            i += 2
        elif ch == "*" and i + 1 < len(section):
            i += 2
        else:
            pieces.append(("code", ch))
            i += 1
    return pieces


def is_date_code(code):
    low = code.lower()
    if "general" in low:
        return False
    return bool(re.search(r"[ydhs]", low)) or ("m" in low and not re.search(r"[0#?]", low))


def _render_date(value, pieces):
    items, run = [], ""  # ("lit", text) | ("tok", token) | ("chr", char)

    def flush(run):
        pos = 0
        for m in _DATE_TOKEN.finditer(run):
            items.extend(("chr", c) for c in run[pos:m.start()])
            items.append(("tok", m.group(0).lower()))
            pos = m.end()
        items.extend(("chr", c) for c in run[pos:])

    for kind, text in pieces:
        if kind == "code":
            run += text
        else:
            flush(run)
            run = ""
            items.append(("lit", text))
    flush(run)
    # m and mm are minutes after an hour or before seconds, else months.
    tokens = [k for k, (kind, _) in enumerate(items) if kind == "tok"]
    rendered = {}
    for n, k in enumerate(tokens):
        low = items[k][1]
        before = items[tokens[n - 1]][1] if n > 0 else ""
        after = items[tokens[n + 1]][1] if n + 1 < len(tokens) else ""
        minute = low in ("m", "mm") and (before in ("h", "hh") or after in ("s", "ss"))
        rendered[k] = _date_token(value, low, minute)
    return "".join(rendered.get(k, text) for k, (_, text) in enumerate(items))


def _date_token(value, low, minute):
    if low == "yyyy":
        return f"{value.year:04d}"
    if low == "yy":
        return f"{value.year % 100:02d}"
    if minute:
        return f"{value.minute:02d}" if low == "mm" else str(value.minute)
    names = {"mmmmm": value.strftime("%b")[:1], "mmmm": value.strftime("%B"),
             "mmm": value.strftime("%b"), "mm": f"{value.month:02d}", "m": str(value.month),
             "dddd": value.strftime("%A"), "ddd": value.strftime("%a"), "dd": f"{value.day:02d}",
             "d": str(value.day), "hh": f"{value.hour:02d}", "h": str(value.hour),
             "ss": f"{value.second:02d}", "s": str(value.second)}
    return names.get(low, "AM")


def _as_datetime(value):
    if isinstance(value, datetime.datetime):
        return value
    if isinstance(value, datetime.date):
        return datetime.datetime(value.year, value.month, value.day)
    if isinstance(value, datetime.time):
        return datetime.datetime.combine(_EPOCH.date(), value)
    return _EPOCH + datetime.timedelta(days=float(value))


def _digits(number, placeholder):
    int_part, dot, dec_part = placeholder.partition(".")
    decimals = sum(1 for c in dec_part if c in "0#?")
    required = sum(1 for c in dec_part if c == "0")
    # Excel rounds half away from zero; Python's format would round 5.25 to 5.2.
    rounded = decimal.Decimal(repr(number)).quantize(decimal.Decimal(1).scaleb(-decimals),
                                                     rounding=decimal.ROUND_HALF_UP)
    text = f"{rounded:,.{decimals}f}" if "," in int_part else f"{rounded:.{decimals}f}"
    whole, _, frac = text.partition(".")
    min_int = int_part.count("0")
    if whole == "0" and min_int == 0:
        whole = ""
    elif len(whole) < min_int:
        whole = "0" * (min_int - len(whole)) + whole
    frac = frac.rstrip("0").ljust(required, "0") if decimals > required else frac
    return whole + (dot + frac if dot else "")


def format_value(value, number_format):
    """The displayed text of a number, date or time; None for text, booleans and durations."""
    if value is None or isinstance(value, (bool, str, datetime.timedelta)):
        return None
    temporal = isinstance(value, (datetime.date, datetime.time))
    sections = _sections(number_format or "General")
    section, sign = sections[0], ""
    if not temporal:
        if value < 0 and len(sections) > 1:
            section, value = sections[1], -value
        elif value == 0 and len(sections) > 2:
            section = sections[2]
        elif value < 0:
            sign = "-"
    pieces = _pieces(section)
    code = "".join(t for k, t in pieces if k == "code")
    if temporal:
        if not is_date_code(code):
            pieces = [("code", c) for c in "yyyy-mm-dd"]
        return _render_date(_as_datetime(value), pieces)
    literal = "".join(t for k, t in pieces if k == "lit")
    if not code.strip():
        return literal
    if code.strip().lower() == "general":
        number = abs(value)
        text = str(int(number)) if float(number).is_integer() else f"{number:.10g}"
        return sign + text + literal
    if is_date_code(code):
        return _render_date(_as_datetime(value), pieces)
    number = abs(value) * 100 ** code.count("%")
    m = _PLACEHOLDER.search(code)
    out, index, placed = [], 0, False
    for kind, text in pieces:
        if kind == "lit":
            out.append(text)
            continue
        if m and m.start() <= index < m.end():
            if not placed:
                out.append(_digits(number, m.group(0)))
                placed = True
        else:
            out.append(text)
        index += 1
    return sign + "".join(out)


def shortest_general(value):
    """The shortest text Excel falls back to for a General number in a narrow column: it drops
    decimals first, then writes the number in scientific notation (1E+10)."""
    whole = str(int(round(abs(value))))
    text = ("-" if value < 0 else "") + whole
    return text if len(text) <= 5 else text[:1] + "E+" + str(len(whole) - 1)
