"""Copies of the legal representative's ID: electronic identity card (CIE), passport,
driving licence, and the old paper identity card (no machine-readable zone)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from .common import MARGIN, PAGE_H, PAGE_W, add_months, box, seeded, text
from .model import Ctx, Person

MESI_PASS = ["GEN/JAN", "FEB/FEB", "MAR/MAR", "APR/APR", "MAG/MAY", "GIU/JUN", "LUG/JUL", "AGO/AUG", "SET/SEP",
             "OTT/OCT", "NOV/NOV", "DIC/DEC"]


def mrz_check(data: str) -> str:
    """ICAO 9303 check digit (weights 7-3-1)."""
    total = 0
    for i, ch in enumerate(data):
        if ch.isdigit():
            v = int(ch)
        elif ch.isalpha():
            v = ord(ch.upper()) - 55
        else:
            v = 0
        total += v * (7, 3, 1)[i % 3]
    return str(total % 10)


def _name_field(p: Person, width: int) -> str:
    field = f"{p.cognome.upper().replace(' ', '<')}<<{p.nome.upper().replace(' ', '<')}"
    return field.replace("'", "")[:width].ljust(width, "<")


def mrz_td1(doc: str, p: Person, expiry: dt.date) -> list[str]:
    line1 = f"C<ITA{doc}{mrz_check(doc)}".ljust(30, "<")
    birth = f"{p.birth:%y%m%d}" if p.birth else "700101"
    exp = f"{expiry:%y%m%d}"
    line2 = f"{birth}{mrz_check(birth)}{p.sex}{exp}{mrz_check(exp)}ITA" + "<" * 11
    composite = mrz_check(line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29])
    return [line1, line2 + composite, _name_field(p, 30)]


def mrz_td3(doc: str, p: Person, expiry: dt.date) -> list[str]:
    line1 = f"P<ITA{_name_field(p, 39)}"
    birth = f"{p.birth:%y%m%d}" if p.birth else "700101"
    exp = f"{expiry:%y%m%d}"
    personal = "<" * 14
    body = f"{doc}{mrz_check(doc)}ITA{birth}{mrz_check(birth)}{p.sex}{exp}{mrz_check(exp)}{personal}0"
    composite = mrz_check(body[0:10] + body[13:20] + body[21:43])
    return [line1, body + composite]


def _next_birthday(birth: dt.date, after: dt.date) -> dt.date:
    d = birth.replace(year=after.year)
    return d if d > after else birth.replace(year=after.year + 1)


def _labelled(c: Canvas, x: float, y: float, label: str, value: str, size: float = 8.5) -> None:
    text(c, x, y, label, "Helvetica", 5.2, colors.HexColor("#555555"))
    text(c, x, y - 3.6 * mm, value, "Helvetica-Bold", size)


def _photo(c: Canvas, x: float, y: float, w: float, h: float) -> None:
    box(c, x, y, w, h, 0.4, colors.HexColor("#888888"), colors.HexColor("#D9D9D9"))
    c.saveState()
    c.setFillColor(colors.HexColor("#A6A6A6"))
    c.circle(x + w / 2, y + h * 0.62, w * 0.22, stroke=0, fill=1)
    c.ellipse(x + w * 0.18, y, x + w * 0.82, y + h * 0.42, stroke=0, fill=1)
    c.restoreState()


def _page_caption(c: Canvas, caption: str) -> None:
    """Scanner apps stamp a small footer; the copy itself has no title."""
    text(c, MARGIN, 8 * mm, caption, "Helvetica", 6, colors.HexColor("#AAAAAA"))


def draw_documento_identita(c: Canvas, ctx: Ctx, st: int, tw: dict[str, Any]) -> None:
    p: Person = tw.get("persona") or ctx.rep
    rng = seeded("documento", p.cf, st, bool(tw.get("cartacea")))
    ref = ctx.ref_date
    issued = add_months(ref, -(18 + rng.randrange(40)))
    birth = p.birth or dt.date(1970, 1, 1)
    if tw.get("cartacea"):
        issued = dt.date(2019, 5, 13)
        expiry = _next_birthday(birth, dt.date(2029, 5, 13))
    elif st == 0:
        expiry = _next_birthday(birth, add_months(issued, 120))
    else:
        expiry = add_months(issued, 120)
    if tw.get("scaduto"):
        expiry = ref - dt.timedelta(days=40)
        issued = add_months(expiry, -120)
    if tw.get("scadenza"):
        expiry = tw["scadenza"]
    comune = p.comune or "Bergamo"
    if tw.get("cartacea"):
        _paper_card(c, p, issued, expiry, comune, rng)
    elif st == 0:
        _cie(c, p, issued, expiry, comune, rng)
    elif st == 1:
        _passport(c, p, issued, expiry, rng)
    else:
        _licence(c, p, issued, expiry, rng)
    c.showPage()


def _cie(c: Canvas, p: Person, issued: dt.date, expiry: dt.date, comune: str, rng: Any) -> None:
    doc = f"CA{rng.randrange(10000, 99999)}{chr(65 + rng.randrange(26))}{chr(65 + rng.randrange(26))}"
    _page_caption(c, "Scansione 1/1 - 300 dpi")
    w, h = 85.6 * mm * 1.45, 54 * mm * 1.45
    x = (PAGE_W - w) / 2
    # front
    y = PAGE_H - 30 * mm - h
    box(c, x, y, w, h, 0.6, colors.HexColor("#7A8CA0"), colors.HexColor("#EEF2F7"), radius=4 * mm)
    text(c, x + 5 * mm, y + h - 7 * mm, "REPUBBLICA ITALIANA", "Helvetica-Bold", 9.5, colors.HexColor("#1D3F72"))
    text(c, x + 5 * mm, y + h - 11 * mm, "CARTA DI IDENTITÀ / IDENTITY CARD", "Helvetica", 6.5)
    text(c, x + w - 5 * mm, y + h - 7 * mm, doc, "Helvetica-Bold", 10, colors.HexColor("#B22222"), "right")
    text(c, x + 5 * mm, y + h - 16 * mm, f"COMUNE DI / MUNICIPALITY  {comune.upper()}", "Helvetica", 6.5)
    _photo(c, x + 5 * mm, y + 8 * mm, 27 * mm, 34 * mm)
    fx = x + 37 * mm
    _labelled(c, fx, y + h - 21 * mm, "COGNOME / SURNAME", p.cognome.upper())
    _labelled(c, fx, y + h - 29 * mm, "NOME / NAME", p.nome.upper())
    _labelled(c, fx, y + h - 37 * mm, "LUOGO E DATA DI NASCITA / PLACE AND DATE OF BIRTH",
              f"{p.birth_comune.upper()} ({p.birth_prov})  {p.birth:%d.%m.%Y}" if p.birth else "")
    _labelled(c, fx, y + h - 45 * mm, "SESSO / SEX", p.sex)
    _labelled(c, fx + 22 * mm, y + h - 45 * mm, "STATURA / HEIGHT", str(160 + rng.randrange(30)))
    _labelled(c, fx + 47 * mm, y + h - 45 * mm, "CITTADINANZA / NATIONALITY", "ITA")
    _labelled(c, fx, y + h - 53 * mm, "EMISSIONE / ISSUING", f"{issued:%d.%m.%Y}")
    _labelled(c, fx + 40 * mm, y + h - 53 * mm, "SCADENZA / EXPIRY", f"{expiry:%d.%m.%Y}")
    # back
    y2 = y - 12 * mm - h
    box(c, x, y2, w, h, 0.6, colors.HexColor("#7A8CA0"), colors.HexColor("#EEF2F7"), radius=4 * mm)
    _labelled(c, x + 5 * mm, y2 + h - 8 * mm, "CODICE FISCALE / FISCAL CODE", p.cf, 9.5)
    _labelled(c, x + 5 * mm, y2 + h - 17 * mm, "INDIRIZZO DI RESIDENZA / RESIDENCE",
              f"{p.street.upper()} {p.comune.upper()} ({p.prov})", 7.5)
    _labelled(c, x + 5 * mm, y2 + h - 26 * mm, "ESTREMI ATTO DI NASCITA",
              f"{rng.randrange(100, 999)} 1 A {p.birth.year if p.birth else ''}", 7.5)
    lines = mrz_td1(doc, p, expiry)
    yy = y2 + 15 * mm
    for line in lines:
        text(c, x + 6 * mm, yy, line, "Courier-Bold", 11.5)
        yy -= 5 * mm


def _passport(c: Canvas, p: Person, issued: dt.date, expiry: dt.date, rng: Any) -> None:
    doc = f"Y{chr(65 + rng.randrange(26))}{rng.randrange(10**6, 10**7)}"
    _page_caption(c, "Scansione 1/1 - 300 dpi")
    w, h = 125 * mm * 1.25, 88 * mm * 1.25
    x, y = (PAGE_W - w) / 2, PAGE_H - 30 * mm - h
    box(c, x, y, w, h, 0.6, colors.HexColor("#8E6F8E"), colors.HexColor("#F6EFF5"), radius=3 * mm)
    text(c, x + 5 * mm, y + h - 7 * mm, "REPUBBLICA ITALIANA", "Helvetica-Bold", 10, colors.HexColor("#5B2C5B"))
    text(c, x + w / 2 + 5 * mm, y + h - 7 * mm, "PASSAPORTO / PASSPORT / PASSEPORT", "Helvetica", 7)
    _photo(c, x + 6 * mm, y + 28 * mm, 32 * mm, 42 * mm)
    fx = x + 45 * mm

    def d(v: dt.date) -> str:
        return f"{v.day:02d} {MESI_PASS[v.month - 1]} {v.year}"

    _labelled(c, fx, y + h - 14 * mm, "Tipo / Type  P     Codice Paese / Code  ITA     Passaporto N. / Passport No.",
              doc)
    _labelled(c, fx, y + h - 22 * mm, "1. Cognome / Surname", p.cognome.upper())
    _labelled(c, fx, y + h - 30 * mm, "2. Nome / Given names", p.nome.upper())
    _labelled(c, fx, y + h - 38 * mm, "3. Cittadinanza / Nationality", "ITALIANA")
    _labelled(c, fx, y + h - 46 * mm, "4. Data di nascita / Date of birth", d(p.birth) if p.birth else "")
    _labelled(c, fx + 55 * mm, y + h - 46 * mm, "5. Sesso / Sex", p.sex)
    _labelled(c, fx, y + h - 54 * mm, "6. Luogo di nascita / Place of birth",
              f"{p.birth_comune.upper()} ({p.birth_prov})")
    _labelled(c, fx, y + h - 62 * mm, "7. Data di rilascio / Date of issue", d(issued))
    _labelled(c, fx + 55 * mm, y + h - 62 * mm, "9. Autorità / Authority", "MINISTRO AFFARI ESTERI")
    _labelled(c, fx, y + h - 70 * mm, "8. Data di scadenza / Date of expiry", d(expiry))
    yy = y + 13 * mm
    for line in mrz_td3(doc, p, expiry):
        text(c, x + 5 * mm, yy, line, "Courier-Bold", 11)
        yy -= 5 * mm


def _licence(c: Canvas, p: Person, issued: dt.date, expiry: dt.date, rng: Any) -> None:
    doc = f"U1{chr(65 + rng.randrange(26))}{rng.randrange(10**5, 10**6)}{chr(65 + rng.randrange(26))}"
    _page_caption(c, "Scansione 1/1 - 300 dpi")
    w, h = 85.6 * mm * 1.45, 54 * mm * 1.45
    x = (PAGE_W - w) / 2
    y = PAGE_H - 30 * mm - h
    box(c, x, y, w, h, 0.6, colors.HexColor("#C98BA5"), colors.HexColor("#FBEFF4"), radius=4 * mm)
    text(c, x + 5 * mm, y + h - 7 * mm, "PATENTE DI GUIDA", "Helvetica-Bold", 10)
    text(c, x + w - 5 * mm, y + h - 7 * mm, "REPUBBLICA ITALIANA", "Helvetica-Bold", 8, align="right")
    _photo(c, x + 5 * mm, y + 8 * mm, 26 * mm, 33 * mm)
    fx = x + 36 * mm
    rows = [
        ("1.", p.cognome.upper()),
        ("2.", p.nome.upper()),
        ("3.", f"{p.birth:%d/%m/%y} {p.birth_comune.upper()} ({p.birth_prov})" if p.birth else ""),
        ("4a.", f"{issued:%d/%m/%Y}   4c. MIT-UCO"),
        ("4b.", f"{expiry:%d/%m/%Y}"),
        ("5.", doc),
        ("9.", "AM/B1/B"),
    ]
    yy = y + h - 15 * mm
    for num, val in rows:
        text(c, fx, yy, num, "Helvetica", 7)
        text(c, fx + 8 * mm, yy, val, "Helvetica-Bold", 9)
        yy -= 6 * mm
    y2 = y - 12 * mm - h
    box(c, x, y2, w, h, 0.6, colors.HexColor("#C98BA5"), colors.HexColor("#FBEFF4"), radius=4 * mm)
    text(c, x + 5 * mm, y2 + h - 7 * mm, "9.            10.            11.            12.", "Helvetica-Bold", 7)
    yy = y2 + h - 13 * mm
    for cat in ("AM", "B1", "B"):
        text(c, x + 5 * mm, yy, f"{cat:<6}", "Helvetica-Bold", 8)
        text(c, x + 20 * mm, yy, f"{issued:%d.%m.%y}", "Helvetica", 8)
        text(c, x + 40 * mm, yy, f"{expiry:%d.%m.%y}", "Helvetica", 8)
        yy -= 5.5 * mm
    text(c, x + 5 * mm, y2 + 6 * mm, "Rinnovo: la validità è confermata fino al " + f"{expiry:%d/%m/%Y}",
         "Helvetica", 6.5, colors.HexColor("#555555"))


def _paper_card(c: Canvas, p: Person, issued: dt.date, expiry: dt.date, comune: str, rng: Any) -> None:
    doc = f"AY {rng.randrange(10**6, 10**7)}"
    _page_caption(c, "Scansione 1/1 - 300 dpi")
    w, h = 150 * mm, 105 * mm
    x, y = (PAGE_W - w) / 2, PAGE_H - 30 * mm - h
    box(c, x, y, w, h, 0.8, colors.HexColor("#9C8B60"), colors.HexColor("#F3EEDC"))
    c.saveState()
    c.setStrokeColor(colors.HexColor("#9C8B60"))
    c.line(x + w / 2, y, x + w / 2, y + h)
    c.restoreState()
    lx = x + 5 * mm
    text(c, lx, y + h - 9 * mm, "REPUBBLICA ITALIANA", "Times-Bold", 10)
    text(c, lx, y + h - 15 * mm, f"COMUNE DI {comune.upper()}", "Times-Bold", 9)
    text(c, lx, y + h - 23 * mm, "CARTA D'IDENTITÀ", "Times-Bold", 12)
    text(c, lx, y + h - 29 * mm, f"N° {doc}", "Times-Bold", 10, colors.HexColor("#8B0000"))
    _photo(c, lx + 10 * mm, y + 28 * mm, 30 * mm, 38 * mm)
    text(c, lx, y + 18 * mm, f"Rilasciata il {issued:%d/%m/%Y}", "Times-Roman", 8.5)
    text(c, lx, y + 12 * mm, f"Scadenza {expiry:%d/%m/%Y}", "Times-Bold", 9)
    text(c, lx, y + 6 * mm, "IL SINDACO ____________________", "Times-Roman", 8)
    rx = x + w / 2 + 5 * mm
    rows = [
        ("Cognome", p.cognome.upper()), ("Nome", p.nome.upper()),
        ("nato il", f"{p.birth:%d/%m/%Y}" if p.birth else ""),
        ("a", f"{p.birth_comune.upper()} ({p.birth_prov})"), ("Cittadinanza", "ITALIANA"),
        ("Residenza", p.comune.upper()), ("Via", p.street.upper()), ("Stato civile", "—"),
        ("Professione", "IMPRENDITORE"), ("Statura", str(160 + rng.randrange(30))), ("Capelli", "CASTANI"),
        ("Occhi", "MARRONI"), ("Segni particolari", "—"),
    ]
    yy = y + h - 10 * mm
    for label, value in rows:
        text(c, rx, yy, label, "Times-Italic", 8)
        text(c, rx + 27 * mm, yy, value, "Times-Bold", 8.5)
        c.saveState()
        c.setStrokeColor(colors.HexColor("#B8A97E"))
        c.setDash(1, 1.5)
        c.line(rx + 26 * mm, yy - 1.2 * mm, x + w - 4 * mm, yy - 1.2 * mm)
        c.restoreState()
        yy -= 7 * mm
