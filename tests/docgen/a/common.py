"""Shared helpers: Italian formatting, check digits, layout on a reportlab canvas.

Everything here is deterministic: no clock, no unseeded randomness.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import random
from collections.abc import Callable, Iterable, Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, Paragraph, Table, TableStyle
from stdnum.it import codicefiscale, iva

PAGE_W, PAGE_H = A4
CENT = Decimal("0.01")

MESI = [
    "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno",
    "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre",
]
GIORNI = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
GIORNI_BREVI = ["L", "M", "M", "G", "V", "S", "D"]


# --------------------------------------------------------------------------- values

def money(value: object) -> Decimal:
    """Any number (Decimal, float, int, str) as a Decimal rounded to cents."""
    if isinstance(value, Decimal):
        d = value
    elif isinstance(value, float):
        d = Decimal(repr(value))
    else:
        d = Decimal(str(value))
    return d.quantize(CENT, rounding=ROUND_HALF_UP)


def fmt_num(value: object, decimals: int = 2) -> str:
    """1234.5 -> '1.234,50' (Italian grouping)."""
    d = money(value) if decimals == 2 else Decimal(str(value)).quantize(Decimal(1).scaleb(-decimals))
    sign = "-" if d < 0 else ""
    whole, _, frac = f"{abs(d):.{decimals}f}".partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    out = sign + ".".join(groups)
    return f"{out},{frac}" if decimals else out


def fmt_eur(value: object, prefix: str = "€ ") -> str:
    return f"{prefix}{fmt_num(value)}"


def fmt_date(d: dt.date, style: str = "num") -> str:
    """Italian date formats: num 31/03/2027, dot 31.03.2027, dash 31-03-2027, long 31 marzo 2027."""
    if isinstance(d, dt.datetime):
        d = d.date()
    if style == "num":
        return d.strftime("%d/%m/%Y")
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    if style == "dash":
        return d.strftime("%d-%m-%Y")
    if style == "short":
        return d.strftime("%d/%m/%y")
    if style == "long":
        return f"{d.day} {MESI[d.month - 1]} {d.year}"
    if style == "iso":
        return d.isoformat()
    raise ValueError(style)


def month_label(year: int, month: int, style: str = "title") -> str:
    """'Ottobre 2026' / 'OTTOBRE 2026' / '10/2026'."""
    if style == "title":
        return f"{MESI[month - 1].capitalize()} {year}"
    if style == "upper":
        return f"{MESI[month - 1].upper()} {year}"
    if style == "num":
        return f"{month:02d}/{year}"
    raise ValueError(style)


def as_date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value)
    if "/" in text:
        day, month, year = (int(x) for x in text[:10].split("/"))
        return dt.date(year, month, day)
    return dt.date.fromisoformat(text[:10])


def as_datetime(value: object, default_time: dt.time = dt.time(23, 59)) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, default_time)
    text = str(value).replace(" ", "T")
    if "T" in text:
        return dt.datetime.fromisoformat(text[:16])
    return dt.datetime.combine(as_date(text), default_time)


def month_range(first: dt.date, last: dt.date) -> list[tuple[int, int]]:
    """Every (year, month) touched by the period first..last."""
    out = []
    y, m = first.year, first.month
    while (y, m) <= (last.year, last.month):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def days_in_month(year: int, month: int) -> int:
    nxt = dt.date(year + 1, 1, 1) if month == 12 else dt.date(year, month + 1, 1)
    return (nxt - dt.timedelta(days=1)).day


def add_months(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return dt.date(year, month, min(d.day, days_in_month(year, month)))


def seeded(*parts: object) -> random.Random:
    """A PRNG seeded from the given values, so 'random' details are stable."""
    digest = hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()
    return random.Random(int(digest[:16], 16))


def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


# ------------------------------------------------------------ check-digit builders

def make_piva(progressive: str, office: str) -> str:
    """Partita IVA: 7-digit progressive + 3-digit office code + Luhn check digit."""
    body = f"{int(progressive):07d}{office}"
    return body + iva.luhn.calc_check_digit(body)


_MONTH_LETTERS = "ABCDEHLMPRST"
_VOWELS = set("AEIOU")


def _cf_part(word: str, is_name: bool) -> str:
    letters = [c for c in word.upper() if c.isalpha()]
    cons = [c for c in letters if c not in _VOWELS]
    vows = [c for c in letters if c in _VOWELS]
    if is_name and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vows) + "XXX")[:3]


def make_cf(cognome: str, nome: str, birth: dt.date, sex: str, comune_code: str) -> str:
    """Codice fiscale of a person (no omocodia), with its check character."""
    day = birth.day + (40 if sex.upper() == "F" else 0)
    body = (
        _cf_part(cognome, False) + _cf_part(nome, True)
        + f"{birth.year % 100:02d}" + _MONTH_LETTERS[birth.month - 1] + f"{day:02d}" + comune_code
    )
    return body + codicefiscale.calc_check_digit(body)


def cf_birth(cf: str) -> tuple[dt.date, str, str]:
    """(birth date, sex, cadastral code of the birthplace) read from a codice fiscale."""
    return codicefiscale.get_birth_date(cf), codicefiscale.get_gender(cf), cf[11:15].upper()


_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def _cin_value(ch: str) -> int:
    return int(ch) if ch.isdigit() else ord(ch) - ord("A")


def italian_cin(abi: str, cab: str, conto: str) -> str:
    """The check letter (CIN) of an Italian BBAN."""
    total = 0
    for pos, ch in enumerate((abi + cab + conto).upper()):
        v = _cin_value(ch)
        total += _CIN_ODD[v] if pos % 2 == 0 else v
    return chr(ord("A") + total % 26)


def iban_check(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearranged)
    return f"{98 - int(num) % 97:02d}"


def make_iban_it(abi: str, cab: str, conto: str, cin: str | None = None) -> str:
    """An Italian IBAN; pass a wrong `cin` to get a BBAN whose CIN fails but mod-97 passes."""
    conto = conto.rjust(12, "0")
    cin = cin or italian_cin(abi, cab, conto)
    bban = f"{cin}{abi}{cab}{conto}"
    return f"IT{iban_check('IT', bban)}{bban}"


def iban_parts(iban: str) -> tuple[str, str, str, str]:
    """(cin, abi, cab, conto) of a compact Italian IBAN."""
    iban = iban.replace(" ", "").upper()
    return iban[4], iban[5:10], iban[10:15], iban[15:27]


def group4(iban: str) -> str:
    iban = iban.replace(" ", "")
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def break_iban_check_digits(iban: str) -> str:
    """Same IBAN with its two check digits changed (mod-97 fails)."""
    iban = iban.replace(" ", "")
    wrong = f"{(int(iban[2:4]) + 11) % 100:02d}"
    return iban[:2] + wrong + iban[4:]


# ------------------------------------------------------------------ text & layout

def esc(text: object) -> str:
    return escape(str(text))


def style(name: str, font: str = "Helvetica", size: float = 9, leading: float | None = None,
          align: str = "left", **kw: object) -> ParagraphStyle:
    alignment = {"left": TA_LEFT, "right": TA_RIGHT, "center": TA_CENTER, "justify": TA_JUSTIFY}[align]
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.25,
                          alignment=alignment, **kw)


def para(text: str, st: ParagraphStyle) -> Paragraph:
    """A paragraph from markup (callers escape data with esc())."""
    return Paragraph(text, st)


def tokens_for_wrap(text: str) -> list[tuple[str, bool]]:
    """(piece, space_before) pieces; a token like '2021-2027' may break after its hyphen."""
    out: list[tuple[str, bool]] = []
    for word in text.split():
        parts = word.split("-")
        if len(parts) > 1 and all(parts):
            for i, part in enumerate(parts):
                piece = part + ("-" if i < len(parts) - 1 else "")
                out.append((piece, i == 0))
        else:
            out.append((word, True))
    return out


_IT_VOWELS = set("aeiouàèéìíòóùú")
_INSEPARABLE = {"ch", "gh", "gn", "sc", "qu", "pr", "br", "tr", "dr", "cr", "gr", "fr", "vr", "pl", "bl",
                "cl", "gl", "fl"}


def hyphen_points(word: str) -> list[int]:
    """Positions where an Italian word may be hyphenated (rough syllable rules:
    V-CV, C-C except inseparable pairs and s+consonant), leaving >= 3 letters each side."""
    w = word.lower()
    points = []
    for i in range(3, len(w) - 2):
        a, b, nxt = w[i - 1], w[i], w[i + 1]
        vowel_a, vowel_b, vowel_n = a in _IT_VOWELS, b in _IT_VOWELS, nxt in _IT_VOWELS
        if (
            (vowel_a and not vowel_b and vowel_n)  # ca-sa
            or (not vowel_a and not vowel_b and a != "s" and a + b not in _INSEPARABLE)  # par-te
            or (vowel_a and b + nxt in _INSEPARABLE)  # a-pri-re, se-gna
            or (vowel_a and b == "s" and not vowel_n)  # pa-sta
        ):
            points.append(i)
    return points


def wrap(text: str, font: str, size: float, width: float, hyphenate: bool = False,
         first_width: float | None = None) -> list[str]:
    """Greedy line breaking; with `hyphenate`, long plain words are split with a hyphen
    (as word processors do) - never codes or numbers."""
    lines: list[str] = []
    cur = ""
    limit = first_width or width

    def fits(s: str) -> bool:
        return stringWidth(s, font, size) <= limit

    for piece, space in tokens_for_wrap(text):
        candidate = (cur + (" " if space and cur else "") + piece) if cur else piece
        if fits(candidate):
            cur = candidate
            continue
        if hyphenate and cur and piece.isalpha() and len(piece) >= 6:
            for cut in reversed(hyphen_points(piece)):
                head = cur + (" " if space else "") + piece[:cut] + "-"
                if fits(head):
                    lines.append(head)
                    cur = piece[cut:]
                    limit = width
                    break
            else:
                lines.append(cur)
                cur = piece
                limit = width
            continue
        if cur:
            lines.append(cur)
            limit = width
        cur = piece
    if cur:
        lines.append(cur)
    return lines


def draw_lines(c: Canvas, x: float, y: float, lines: Iterable[str], font: str, size: float,
               leading: float | None = None) -> float:
    """Draw lines top-down from baseline y; returns the y below the last line."""
    leading = leading or size * 1.25
    c.setFont(font, size)
    for line in lines:
        c.drawString(x, y, line)
        y -= leading
    return y


def draw_wrapped(c: Canvas, x: float, y: float, text: str, font: str, size: float, width: float,
                 leading: float | None = None, hyphenate: bool = False) -> float:
    return draw_lines(c, x, y, wrap(text, font, size, width, hyphenate), font, size, leading)


class Wrapped(Flowable):
    """A block of text broken by wrap() (so the break points are ours, not reportlab's)."""

    def __init__(self, text: str, font: str, size: float, leading: float | None = None,
                 hyphenate: bool = False, space_after: float = 0) -> None:
        super().__init__()
        self.text, self.font, self.size = text, font, size
        self.leading = leading or size * 1.25
        self.hyphenate = hyphenate
        self.spaceAfter = space_after
        self.lines: list[str] = []

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        self.width = avail_w
        self.lines = wrap(self.text, self.font, self.size, avail_w, self.hyphenate)
        return avail_w, len(self.lines) * self.leading

    def draw(self) -> None:
        draw_lines(self.canv, 0, (len(self.lines) - 1) * self.leading + self.size * 0.2, self.lines,
                   self.font, self.size, self.leading)


def table(rows: Sequence[Sequence[object]], widths: Sequence[float], font: str = "Helvetica",
          size: float = 8, header: bool = True, grid: bool = True, zebra: bool = False,
          head_bg: object = colors.HexColor("#E6E6E6"), align_right: Sequence[int] = (),
          extra: Sequence[tuple] = (), plain: bool = False) -> Table:
    """A simple data table; string cells become Paragraphs (wrapping, markup) unless `plain`,
    where they are drawn as single lines (smaller and faster: calendars, payroll grids)."""
    cell = style("cell", font, size, size * 1.2)
    cell_r = style("cellr", font, size, size * 1.2, align="right")
    bold_font = font.split("-")[0] + "-Bold" if not font.startswith("Times") else "Times-Bold"
    head = style("head", bold_font, size, size * 1.2)
    data = []
    for r, row in enumerate(rows):
        out: list[Any] = []
        for ci, v in enumerate(row):
            if isinstance(v, str) and plain:
                out.append(v)
            elif isinstance(v, str):
                st = head if header and r == 0 else (cell_r if ci in align_right else cell)
                out.append(Paragraph(v, st))
            else:
                out.append(v)
        data.append(out)
    t = Table(data, colWidths=list(widths), repeatRows=1 if header else 0)
    cmds: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if grid:
        cmds.append(("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#808080")))
    else:
        cmds.append(("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black))
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), head_bg))
    if zebra:
        for r in range(1 if header else 0, len(rows)):
            if r % 2 == 0:
                cmds.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#F4F4F4")))
    if plain:
        cmds += [("FONT", (0, 0), (-1, -1), font, size, size * 1.2),
                 ("FONT", (0, 0), (-1, 0 if header else -1), bold_font if header else font, size, size * 1.2)]
        cmds += [("ALIGN", (ci, 1 if header else 0), (ci, -1), "RIGHT") for ci in align_right]
    cmds.extend(extra)
    t.setStyle(TableStyle(cmds))
    t.hAlign = "LEFT"
    return t


def kv_table(pairs: Sequence[tuple[str, str]], widths: Sequence[float], font: str = "Helvetica",
             size: float = 8.5, grid: bool = False, label_bold: bool = True) -> Table:
    """Label/value rows."""
    bold_font = "Times-Bold" if font.startswith("Times") else font.split("-")[0] + "-Bold"
    lab = style("kvl", bold_font if label_bold else font, size, size * 1.2)
    val = style("kvv", font, size, size * 1.2)
    data = [[Paragraph(k, lab), Paragraph(v, val)] for k, v in pairs]
    t = Table(data, colWidths=list(widths))
    cmds: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
    ]
    if grid:
        cmds.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
    t.setStyle(TableStyle(cmds))
    t.hAlign = "LEFT"
    return t


Decorate = Callable[[Canvas, int, int], None]


def _lay_out(c: Canvas, story: list, frames: Sequence[tuple[float, float, float, float]],
             decorate: Decorate | None, total: int) -> int:
    page = 0
    while story:
        page += 1
        if decorate:
            decorate(c, page, total)
        box = frames[0] if page == 1 else frames[-1]
        frame = Frame(*box, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        while story:
            if frame.add(story[0], c, trySplit=1):
                story.pop(0)
                continue
            parts = frame.split(story[0], c)
            if parts and frame.add(parts[0], c, trySplit=1):
                story[0:1] = parts[1:]
                continue
            break
        if page > 60:
            raise RuntimeError("layout does not converge: a flowable is taller than the frame")
        c.showPage()
    return page


def flow(c: Canvas, make_story: Callable[[], list], frames: Sequence[tuple[float, float, float, float]],
         decorate: Decorate | None = None) -> int:
    """Lay out a story on as many pages as needed. `frames` is (first page box, other pages box);
    `decorate(canvas, page, total)` draws letterheads, footers and page numbers.
    A dry run counts the pages first so 'Pagina 1 di 3' is right."""
    total = _lay_out(Canvas(io.BytesIO(), invariant=1), make_story(), frames, None, 0)
    return _lay_out(c, make_story(), frames, decorate, total)


def hline(c: Canvas, x1: float, x2: float, y: float, width: float = 0.5, color: object = colors.black) -> None:
    c.saveState()
    c.setStrokeColor(color)
    c.setLineWidth(width)
    c.line(x1, y, x2, y)
    c.restoreState()


def box(c: Canvas, x: float, y: float, w: float, h: float, width: float = 0.5,
        stroke: object = colors.black, fill: object | None = None, radius: float = 0) -> None:
    c.saveState()
    c.setLineWidth(width)
    c.setStrokeColor(stroke)
    if fill is not None:
        c.setFillColor(fill)
    if radius:
        c.roundRect(x, y, w, h, radius, stroke=1, fill=1 if fill is not None else 0)
    else:
        c.rect(x, y, w, h, stroke=1, fill=1 if fill is not None else 0)
    c.restoreState()


def text(c: Canvas, x: float, y: float, s: str, font: str = "Helvetica", size: float = 9,
         color: object = colors.black, align: str = "left") -> None:
    c.saveState()
    c.setFillColor(color)
    c.setFont(font, size)
    if align == "right":
        c.drawRightString(x, y, s)
    elif align == "center":
        c.drawCentredString(x, y, s)
    else:
        c.drawString(x, y, s)
    c.restoreState()


def signature_line(c: Canvas, x: float, y: float, label: str, name: str = "", width: float = 70 * mm,
                   size: float = 8) -> None:
    """'Firma' caption, a line, the printed name under it."""
    text(c, x, y + 14, label, "Helvetica", size)
    hline(c, x, x + width, y, 0.4)
    if name:
        text(c, x, y - 9, name, "Helvetica", size - 0.5)


class SignatureBlock(Flowable):
    """Place and date on the left, a signature line with caption on the right."""

    def __init__(self, left: str, caption: str, name: str = "", note: str = "", font: str = "Helvetica",
                 size: float = 8.5) -> None:
        super().__init__()
        self.left, self.caption, self.name, self.note = left, caption, name, note
        self.font, self.size = font, size

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        self.width = avail_w
        return avail_w, 20 * mm if not self.note else 25 * mm

    def draw(self) -> None:
        c = self.canv
        top = 18 * mm if not self.note else 23 * mm
        text(c, 0, top - 10, self.left, self.font, self.size)
        x = self.width - 75 * mm
        text(c, x, top - 10, self.caption, self.font, self.size)
        hline(c, x, self.width, top - 26, 0.4)
        if self.name:
            text(c, x, top - 35, self.name, self.font, self.size - 0.5)
        if self.note:
            text(c, x, top - 45, self.note, "Helvetica-Oblique", self.size - 1.5)


def footer_pages(c: Canvas, page: int, total: int, left: str = "", fmt: str = "Pagina {p} di {t}",
                 font: str = "Helvetica", size: float = 7, y: float = 10 * mm) -> None:
    if left:
        text(c, 18 * mm, y, left, font, size, colors.HexColor("#444444"))
    text(c, PAGE_W - 18 * mm, y, fmt.format(p=page, t=total), font, size, colors.HexColor("#444444"),
         align="right")


def logo_mark(c: Canvas, x: float, y: float, size: float, color: object, shape: str = "square",
              letters: str = "") -> None:
    """A simple geometric logo with initials."""
    c.saveState()
    c.setFillColor(color)
    c.setStrokeColor(color)
    if shape == "circle":
        c.circle(x + size / 2, y + size / 2, size / 2, stroke=0, fill=1)
    elif shape == "diamond":
        p = c.beginPath()
        p.moveTo(x + size / 2, y)
        p.lineTo(x + size, y + size / 2)
        p.lineTo(x + size / 2, y + size)
        p.lineTo(x, y + size / 2)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
    else:
        c.roundRect(x, y, size, size, size / 6, stroke=0, fill=1)
    if letters:
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", size * 0.38)
        c.drawCentredString(x + size / 2, y + size * 0.36, letters)
    c.restoreState()


def new_canvas(target: object) -> Canvas:
    return Canvas(target, pagesize=A4, invariant=1, pageCompression=1)


MARGIN = 18 * mm
FULL_FRAME = (MARGIN, 18 * mm, PAGE_W - 2 * MARGIN, PAGE_H - 36 * mm)


def frame_below(top_used: float, bottom: float = 18 * mm) -> tuple[float, float, float, float]:
    """A frame spanning the text width from the page bottom margin up to `top_used` from the top."""
    return (MARGIN, bottom, PAGE_W - 2 * MARGIN, PAGE_H - top_used - bottom)
