"""Scan-like documents for the OCR work: the page is drawn with Pillow, slightly
rotated, greyed and speckled, saved as JPEG and placed in a PDF that has no
text layer at all. Noise comes from a seeded generator, so the files are
reproducible."""
from __future__ import annotations

import random
from datetime import date
from io import BytesIO
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from .common import FONT_DIR, Case, Doc, d_dot, d_slash, eur, save
from .identity import mrz_td1
from .invoices import POWERBI
from .world import CAMUNA_EL, CR_CAMUNA, GHIDINI_LR, KAIROS, iban_spaced

DPI = 150
W, H = int(8.27 * DPI), int(11.69 * DPI)


def _font(size: int, bold: bool = False, mono: bool = False) -> ImageFont.FreeTypeFont:
    name = "DejaVuSansMono.ttf" if mono else ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")
    return ImageFont.truetype(str(FONT_DIR / name), size)


def _scan_pdf(out: Path, draw_fn, seed: int, angle: float) -> None:
    page = Image.new("L", (W, H), 255)
    draw_fn(ImageDraw.Draw(page))
    page = page.rotate(angle, resample=Image.BICUBIC, fillcolor=235)
    rng = random.Random(seed)
    noise = Image.frombytes("L", (W, H), rng.randbytes(W * H))
    page = Image.blend(page, noise, 0.10)
    # a few dark specks and a shadow along the binding edge, as a flatbed scanner leaves
    d = ImageDraw.Draw(page)
    for _ in range(160):
        x, y = rng.randrange(W), rng.randrange(H)
        r = rng.choice((1, 1, 2))
        d.ellipse((x, y, x + r, y + r), fill=rng.randrange(40, 120))
    for i in range(18):
        d.line((i, 0, i, H), fill=120 + i * 6)
    page = page.filter(ImageFilter.GaussianBlur(0.6))
    buf = BytesIO()
    page.save(buf, format="JPEG", quality=72, optimize=False)
    buf.seek(0)
    pdf = Doc(creator="Scanner", margins=(0, 0, 0), bottom=0)
    pdf.add_page()
    pdf.image(buf, x=0, y=0, w=210, h=297)
    save(pdf, out)


def _px(mm: float) -> int:
    return int(mm / 25.4 * DPI)


def _text(d: ImageDraw.ImageDraw, x_mm: float, y_mm: float, text: str, size: int = 22, bold: bool = False,
          mono: bool = False) -> None:
    d.text((_px(x_mm), _px(y_mm)), text, fill=25, font=_font(size, bold, mono))


# --------------------------------------------------------------- ID card scan ----
CIE_GHIDINI = ("CA90217EF", date(2023, 3, 21), date(2033, 3, 21))


def scan_cie(out: Path) -> None:
    p = GHIDINI_LR
    number, issued, expiry = CIE_GHIDINI

    def draw(d: ImageDraw.ImageDraw) -> None:
        for top in (25, 105):
            d.rounded_rectangle((_px(45), _px(top), _px(45 + 120), _px(top + 75)), radius=18, outline=90, width=3)
        _text(d, 50, 29, "REPUBBLICA ITALIANA", 20, True)
        _text(d, 110, 29, "CARTA DI IDENTITA / IDENTITY CARD", 14, True)
        _text(d, 135, 36, number, 24, True)
        d.rectangle((_px(50), _px(42), _px(80), _px(82)), fill=190)
        rows = [("COMUNE DI / MUNICIPALITY", "DARFO BOARIO TERME"), ("COGNOME / SURNAME", p.last.upper()),
                ("NOME / NAME", p.first.upper()),
                ("LUOGO E DATA DI NASCITA / PLACE AND DATE OF BIRTH", f"BRESCIA (BS) {d_dot(p.birth)}"),
                ("EMISSIONE / ISSUING", d_dot(issued)), ("SCADENZA / EXPIRY", d_dot(expiry))]
        for i, (lab, val) in enumerate(rows):
            _text(d, 85, 42 + i * 9, lab, 12)
            _text(d, 85, 45.5 + i * 9, val, 20, True)
        _text(d, 50, 110, "CODICE FISCALE / FISCAL CODE", 12)
        _text(d, 50, 114, p.cf, 22, True)
        for i, ln in enumerate(mrz_td1(number, p, expiry)):
            _text(d, 50, 150 + i * 7, ln, 30, mono=True)

    _scan_pdf(out, draw, seed=101, angle=0.9)


# ------------------------------------------------------------- IBAN letter scan ----
def scan_iban(out: Path) -> None:
    c = CAMUNA_EL

    def draw(d: ImageDraw.ImageDraw) -> None:
        _text(d, 20, 18, "CASSA RURALE ADAMELLO E VALCAMONICA", 30, True)
        _text(d, 20, 26, f"Credito Cooperativo – {CR_CAMUNA.branch}", 18)
        d.line((_px(20), _px(32), _px(190), _px(32)), fill=60, width=3)
        _text(d, 110, 45, f"Spett.le {c.name}", 22)
        _text(d, 110, 51, f"{c.address} – {c.cap} {c.city} ({c.prov})", 22)
        _text(d, 20, 70, f"Darfo Boario Terme, {d_slash(date(2026, 9, 8))}", 22)
        _text(d, 20, 82, "Oggetto: certificazione coordinate bancarie (IBAN)", 22, True)
        body = [f"Si certifica che {c.name}, P.IVA {c.piva}, è intestataria",
                f"del conto corrente n. {c.account[-6:]} presso la nostra {CR_CAMUNA.branch},",
                "identificato dalle seguenti coordinate:", "", f"IBAN  {iban_spaced(c.iban)}", "",
                f"BIC {CR_CAMUNA.bic}", "", "La presente è rilasciata su richiesta del cliente per gli usi",
                "consentiti dalla legge.", "", "Distinti saluti.", "", "Il Responsabile di Filiale"]
        for i, ln in enumerate(body):
            _text(d, 20, 95 + i * 8, ln, 24 if ln.startswith("IBAN") else 22, ln.startswith("IBAN"))
        _text(d, 20, 280, f"{CR_CAMUNA.name} – P.IVA {CR_CAMUNA.piva} – ABI {CR_CAMUNA.abi}", 14)

    _scan_pdf(out, draw, seed=202, angle=-0.7)


# ---------------------------------------------------------- transfer receipt scan ----
TRN_POWERBI = "0843754160207711480122901229IT"


def scan_ricevuta(out: Path) -> None:
    k = POWERBI
    c, s = k.company, k.provider

    def draw(d: ImageDraw.ImageDraw) -> None:
        _text(d, 20, 18, "Cassa Rurale Adamello e Valcamonica – Inbank", 26, True)
        _text(d, 20, 32, "ESITO BONIFICO SEPA", 28, True)
        rows = [("Stato", "ESEGUITO"), ("Ordinante", c.name), ("IBAN ordinante", c.iban),
                ("Beneficiario", s.name), ("IBAN beneficiario", s.iban), ("Importo", f"EUR {eur(k.total)}"),
                ("Data esecuzione", d_slash(date(2026, 12, 3))),
                ("Causale", "SALDO FT KDA-2026-0342 CORSO POWER BI ID CORSO 208845"),
                ("TRN", TRN_POWERBI)]
        for i, (lab, val) in enumerate(rows):
            _text(d, 20, 48 + i * 11, lab, 20)
            _text(d, 70, 48 + i * 11, val, 22, True)

    _scan_pdf(out, draw, seed=303, angle=1.3)


CASES = [
    Case("documento_identita", "id-cie-ghidini-scan", scan_cie,
         {"scan": True, "kind": "cie", "number": CIE_GHIDINI[0], "surname": GHIDINI_LR.last.upper(),
          "holder_cf": GHIDINI_LR.cf, "valid_until": CIE_GHIDINI[2], "mrz": True,
          "mrz_lines": mrz_td1(CIE_GHIDINI[0], GHIDINI_LR, CIE_GHIDINI[2])},
         ("scan", "rotated", "noise", "mrz_td1")),
    Case("certificazione_iban", "iban-camuna-letter-scan", scan_iban,
         {"scan": True, "iban": CAMUNA_EL.iban, "holder": CAMUNA_EL.name, "holder_cf": CAMUNA_EL.piva,
          "bank": "Cassa Rurale Adamello e Valcamonica", "date": date(2026, 9, 8)},
         ("scan", "rotated", "noise")),
    Case("ricevuta_bonifico", "bonifico-camuna-eseguito-scan", scan_ricevuta,
         {"scan": True, "status": "eseguito", "cro_trn": TRN_POWERBI, "amount": POWERBI.total,
          "beneficiary": KAIROS.name, "payer": CAMUNA_EL.name, "date": date(2026, 12, 3)},
         ("scan", "rotated", "noise")),
]
