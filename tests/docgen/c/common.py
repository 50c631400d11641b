"""Shared helpers of author C: identifiers with real check digits, Italian formatting, the Case record.

Everything here is deterministic: no clock, no randomness.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from schwifty import IBAN
from stdnum import luhn
from stdnum.it import codicefiscale, iva

MESI = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
        "ottobre", "novembre", "dicembre"]
MESI_ABBR = ["GEN", "FEB", "MAR", "APR", "MAG", "GIU", "LUG", "AGO", "SET", "OTT", "NOV", "DIC"]
MONTHS_EN_ABBR = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
GIORNI = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]

# The call (SPEC section 2 and seed 001).
CUP = "E84D26004370009"
DGR = "DGR n° XII/6232 del 28 Maggio 2026"
AVVISO = ("Spesa sostenuta a valere sull'Avviso Pubblico per l'assegnazione di voucher aziendali a Catalogo per "
          "interventi di Formazione Continua a valere sul PR Lombardia FSE+ 2021-2027 di cui alla DGR n° XII/6232 "
          "del 28 Maggio 2026 – Quarta Edizione – CUP E84D26004370009")


# ----------------------------------------------------------------------------- identifiers

_MONTH_CF = "ABCDEHLMPRST"


def _letters(word: str) -> tuple[str, str]:
    word = "".join(c for c in word.upper() if c.isalpha())
    for a, b in (("À", "A"), ("È", "E"), ("É", "E"), ("Ì", "I"), ("Ò", "O"), ("Ù", "U")):
        word = word.replace(a, b)
    cons = "".join(c for c in word if c not in "AEIOU")
    vow = "".join(c for c in word if c in "AEIOU")
    return cons, vow


def _cf_surname(surname: str) -> str:
    cons, vow = _letters(surname)
    return (cons + vow + "XXX")[:3]


def _cf_name(name: str) -> str:
    cons, vow = _letters(name)
    if len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return (cons + vow + "XXX")[:3]


def make_cf(surname: str, name: str, born: dt.date, sex: str, belfiore: str) -> str:
    day = born.day + (40 if sex == "F" else 0)
    body = f"{_cf_surname(surname)}{_cf_name(name)}{born.year % 100:02d}{_MONTH_CF[born.month - 1]}{day:02d}{belfiore}"
    cf = body + codicefiscale.calc_check_digit(body)
    assert codicefiscale.is_valid(cf), cf
    return cf


def make_piva(progressivo: int, ufficio: str) -> str:
    body = f"{progressivo:07d}{ufficio}"
    out = body + luhn.calc_check_digit(body)
    assert iva.is_valid(out), out
    return out


def make_iban(abi: str, cab: str, conto: str) -> str:
    out = str(IBAN.generate("IT", bank_code=abi + cab, account_code=conto.rjust(12, "0"))).replace(" ", "")
    IBAN(out, validate_bban=True)
    return out


def iban_groups(iban: str) -> str:
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def iban_parts(iban: str) -> dict[str, str]:
    return {"paese": iban[:2], "check": iban[2:4], "cin": iban[4], "abi": iban[5:10], "cab": iban[10:15],
            "conto": iban[15:]}


def mrz_digit(text: str) -> str:
    weights = (7, 3, 1)
    total = 0
    for i, ch in enumerate(text):
        if ch.isdigit():
            v = int(ch)
        elif ch.isalpha():
            v = ord(ch) - 55
        else:
            v = 0
        total += v * weights[i % 3]
    return str(total % 10)


def short_hash(text: str, n: int = 10) -> str:
    return hashlib.sha256(("author-c:" + text).encode()).hexdigest()[:n]


# ----------------------------------------------------------------------------- formatting

def D(value: Decimal | str | int) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"))


def pct(amount: Decimal, rate: str) -> Decimal:
    return (amount * Decimal(rate) / 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def eur(value: Decimal | str | int, thousands: bool = True) -> str:
    v = D(value)
    sign = "-" if v < 0 else ""
    v = abs(v)
    whole, cents = f"{v:.2f}".split(".")
    if thousands:
        groups: list[str] = []
        while len(whole) > 3:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        groups.insert(0, whole)
        whole = ".".join(groups)
    return f"{sign}{whole},{cents}"


def plain(value: Decimal | str | int) -> str:
    """The cases.yaml form of an amount: '3002.00'."""
    return f"{D(value):.2f}"


def d_it(d: dt.date, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def d_long(d: dt.date) -> str:
    return f"{d.day} {MESI[d.month - 1]} {d.year}"


def esc(text: Any) -> str:
    return html.escape(str(text))


# ----------------------------------------------------------------------------- cases

@dataclass
class Case:
    name: str
    doctype: str | None
    html: str
    expect: dict[str, Any] = field(default_factory=dict)
    pages: int | None = None            # expected page count, checked at build time
    landscape: bool = False
    margin: dict[str, str] = field(default_factory=lambda: {"top": "14mm", "bottom": "14mm", "left": "14mm",
                                                            "right": "14mm"})
    header: str | None = None           # Chromium header/footer templates (print the page number, a fixed line)
    footer: str | None = None
    paper: str = "A4"

    @property
    def file(self) -> str:
        return f"c_{short_hash(self.name)}.pdf"


def doc(title: str, css: str, body: str, lang: str = "it") -> str:
    return (f"<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{esc(title)}</title>"
            f"<style>{css}</style></head><body>{body}</body></html>")


def footer_tpl(left: str, right: str = "Pag. <span class=\"pageNumber\"></span> di <span class=\"totalPages\"></span>",
               font: str = "DejaVu Sans") -> str:
    return (f"<div style=\"font-family:'{font}';font-size:7px;color:#555;width:100%;margin:0 14mm;"
            f"display:flex;justify-content:space-between;\"><span>{left}</span><span>{right}</span></div>")
