"""Shared plumbing for the held-out document set: the Case record, an FPDF
subclass with lazily loaded DejaVu fonts and a fixed creation date, Italian
formatting helpers and a few layout idioms."""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from fpdf import FPDF, XPos, YPos
from fpdf.fonts import FontFace

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT_FILES = {
    ("sans", ""): "DejaVuSans.ttf",
    ("sans", "B"): "DejaVuSans-Bold.ttf",
    ("sans", "I"): "DejaVuSans-Oblique.ttf",
    ("sans", "BI"): "DejaVuSans-BoldOblique.ttf",
    ("cond", ""): "DejaVuSansCondensed.ttf",
    ("cond", "B"): "DejaVuSansCondensed-Bold.ttf",
    ("cond", "I"): "DejaVuSansCondensed-Oblique.ttf",
    ("serif", ""): "DejaVuSerif.ttf",
    ("serif", "B"): "DejaVuSerif-Bold.ttf",
    ("serif", "I"): "DejaVuSerif-Italic.ttf",
    ("mono", ""): "DejaVuSansMono.ttf",
    ("mono", "B"): "DejaVuSansMono-Bold.ttf",
}

# Every PDF of the set carries this creation date unless a builder passes its own.
CREATED = datetime(2026, 12, 15, 9, 30, 0, tzinfo=UTC)

NL = dict(new_x=XPos.LMARGIN, new_y=YPos.NEXT)  # "move to the start of the next line"
RIGHT = dict(new_x=XPos.RIGHT, new_y=YPos.TOP)  # "stay on this line"
BOLD = FontFace(emphasis="BOLD")


@dataclass(frozen=True)
class Case:
    """One generated document.

    doctype: one of the ids of the classifier (None for negatives).
    builder(out_path) writes the PDF.
    expect: the facts a field reader should find (see README.md for the keys).
    traits: free-form layout tags (two_column, hyphenated, all_caps...) so results
    can be sliced by difficulty; not part of what the reader must find.
    """

    doctype: str | None
    name: str
    builder: Callable[[Path], None] = field(hash=False, compare=False)
    expect: dict = field(hash=False, compare=False, default_factory=dict)
    traits: tuple[str, ...] = field(hash=False, compare=False, default=())

    @property
    def neutral_name(self) -> str:
        """A file name that reveals nothing about the type (for measuring content-only classification)."""
        return "doc_" + hashlib.sha1(self.name.encode()).hexdigest()[:10] + ".pdf"

    def build(self, out_dir: Path, filename: str | None = None) -> Path:
        out = Path(out_dir) / (filename or f"{self.name}.pdf")
        self.builder(out)
        return out


class Doc(FPDF):
    """FPDF with DejaVu families 'sans', 'cond', 'serif', 'mono' loaded on first use
    (loading a TTF costs ~45 ms, most documents use two or three faces)."""

    def __init__(self, *, orientation: str = "P", fmt: str | tuple = "A4", creator: str = "",
                 title: str = "", author: str = "", created: datetime = CREATED,
                 margins: tuple[float, float, float] = (15, 15, 15), bottom: float = 18,
                 header: Callable[[Doc], None] | None = None,
                 footer: Callable[[Doc], None] | None = None):
        super().__init__(orientation=orientation, unit="mm", format=fmt)
        self.set_creation_date(created)
        if creator:
            self.set_creator(creator)
        if title:
            self.set_title(title)
        if author:
            self.set_author(author)
        self.set_margins(*margins)
        self.set_auto_page_break(True, bottom)
        self._loaded: set[tuple[str, str]] = set()
        self._header_fn = header
        self._footer_fn = footer
        self.set_font("sans", "", 10)

    def set_font(self, family=None, style="", size=0):  # type: ignore[override]
        fam = (family or self.font_family or "sans").lower()
        sty = style if isinstance(style, str) else style.style  # fpdf2 passes a TextEmphasis on page breaks
        st = "".join(c for c in "BI" if c in (sty or "").upper())
        if fam in {f for f, _ in FONT_FILES} and (fam, st) not in self._loaded:
            self.add_font(fam, st, str(FONT_DIR / FONT_FILES[(fam, st)]))
            self._loaded.add((fam, st))
        super().set_font(fam, style, size)

    def header(self):
        if self._header_fn:
            self._header_fn(self)

    def footer(self):
        if self._footer_fn:
            self._footer_fn(self)

    # ---- small layout idioms -------------------------------------------------
    def font(self, size: float, style: str = "", family: str | None = None) -> Doc:
        self.set_font(family or self.font_family, style, size)
        return self

    def para(self, text: str, h: float = 5, align: str = "L", w: float = 0, **kw) -> None:
        """A paragraph that wraps inside the margins (or width w)."""
        self.multi_cell(w, h, text, align=align, **NL, **kw)

    def kv(self, label: str, value: str, lw: float = 50, h: float = 5.5, label_style: str = "",
           value_style: str = "B", size: float | None = None, border: int | str = 0) -> None:
        """Label on the left, value on its right (value wraps in its own column)."""
        size = size or self.font_size_pt
        fam = self.font_family
        self.set_font(fam, label_style, size)
        self.cell(lw, h, label, border=border, **RIGHT)
        self.set_font(fam, value_style, size)
        self.multi_cell(0, h, value, border=border, align="L", **NL)
        self.set_font(fam, "", size)

    def kv_below(self, label: str, value: str, h: float = 4.5, size: float = 9,
                 label_size: float = 7, w: float = 0) -> None:
        """Small label, value on the next line (as on many web-portal printouts)."""
        fam = self.font_family
        x = self.get_x()
        self.set_font(fam, "", label_size)
        self.multi_cell(w, h - 1, label, new_x=XPos.LEFT, new_y=YPos.NEXT)
        self.set_x(x)
        self.set_font(fam, "B", size)
        self.multi_cell(w, h, value, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
        self.set_font(fam, "", size)
        self.set_x(x)

    def grid(self, rows: Sequence[Sequence[str]], widths: Sequence[float], size: float = 8.5,
             header: bool = True, borders: str = "ALL", align: str | Sequence[str] = "LEFT",
             line_height: float | None = None, repeat: bool = True, fill_header: bool = False) -> None:
        """A table; first row is the heading row when header=True."""
        self.set_font(self.font_family, "", size)
        self.set_fill_color(255, 255, 255)
        style = FontFace(emphasis="BOLD", fill_color=(225, 225, 225) if fill_header else None)
        with self.table(col_widths=tuple(widths), width=sum(widths), align="LEFT",
                        text_align=align, borders_layout=borders, first_row_as_headings=header,
                        headings_style=style, line_height=line_height or size * 0.5,
                        repeat_headings=1 if repeat else 0) as t:
            for r in rows:
                row = t.row()
                for c in r:
                    row.cell(str(c))
        self.ln(1)

    def rule(self, gap: float = 2, width: float = 0.2) -> None:
        self.set_line_width(width)
        y = self.get_y() + gap / 2
        self.line(self.l_margin, y, self.w - self.r_margin, y)
        self.set_y(y + gap / 2)

    def checkbox(self, checked: bool, text: str, h: float = 5, mark: str = "☒", empty: str = "☐") -> None:
        """A tick box and its text; the box glyph comes from DejaVu Sans (the serif face lacks it)."""
        fam, style, size = self.font_family, self.font_style, self.font_size_pt
        box = mark if checked else empty
        if not box.isascii():
            self.set_font("sans", "", size)
        w = self.get_string_width(box + " ") + 0.5
        self.cell(w, h, box, **RIGHT)
        self.set_font(fam, style, size)
        self.multi_cell(0, h, text, align="L", **NL)

    def at(self, x: float, y: float, text: str, size: float | None = None, style: str = "",
           family: str | None = None) -> None:
        """Place a single line of text with its top-left at (x, y)."""
        if size or style or family:
            self.set_font(family or self.font_family, style, size or self.font_size_pt)
        self.set_xy(x, y)
        self.cell(0, self.font_size_pt * 0.45, text, **RIGHT)


def save(pdf: FPDF, out: Path) -> None:
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(out))


# ---- Italian formatting -----------------------------------------------------------
MESI = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
        "settembre", "ottobre", "novembre", "dicembre"]
MESI_ABBR = ["GEN", "FEB", "MAR", "APR", "MAG", "GIU", "LUG", "AGO", "SET", "OTT", "NOV", "DIC"]
EN_ABBR = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
GIORNI = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]

CENT = Decimal("0.01")


def money(x) -> Decimal:
    return Decimal(str(x)).quantize(CENT, ROUND_HALF_UP)


def eur(x, thousands: str = ".", decimal: str = ",") -> str:
    """Italian amount: 1.234,56 (thousands='' gives 1234,56)."""
    d = money(x)
    sign = "-" if d < 0 else ""
    whole, frac = f"{abs(d):.2f}".split(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return f"{sign}{thousands.join(groups)}{decimal}{frac}"


def d_slash(d: date) -> str:
    return d.strftime("%d/%m/%Y")


def d_dot(d: date) -> str:
    return d.strftime("%d.%m.%Y")


def d_dash(d: date) -> str:
    return d.strftime("%d-%m-%Y")


def d_iso(d: date) -> str:
    return d.isoformat()


def d_long(d: date, zero: bool = False, caps: bool = False) -> str:
    s = f"{d.day:02d}" if zero else str(d.day)
    s = f"{s} {MESI[d.month - 1]} {d.year}"
    return s.upper() if caps else s


def month_name(year: int, month: int, caps: bool = False) -> str:
    s = f"{MESI[month - 1]} {year}"
    return s.upper() if caps else s.capitalize()


def wrap_hard(text: str, width: int) -> list[str]:
    """Cut text every `width` characters, wherever that falls (legacy fixed-width fields)."""
    return [text[i:i + width] for i in range(0, len(text), width)]


def lines(pdf: Doc, items: Iterable[str], h: float = 5) -> None:
    for it in items:
        pdf.multi_cell(0, h, it, **NL)
