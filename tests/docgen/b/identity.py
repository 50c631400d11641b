"""Identity documents as photocopies/prints: electronic identity card (CIE)
with its machine-readable zone, passport data page, EU-format driving licence
and the old paper identity card (no MRZ)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from .common import EN_ABBR, MESI_ABBR, NL, Case, Doc, d_dot, d_slash, save
from .world import BOSSI, CARMINATI, DAGOSTINO, FRIGERIO, MACCHI, Person

_WEIGHTS = (7, 3, 1)


def mrz_check(s: str) -> str:
    total = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch.isalpha():
            v = ord(ch) - 55
        else:
            v = 0
        total += v * _WEIGHTS[i % 3]
    return str(total % 10)


def _yymmdd(d: date) -> str:
    return d.strftime("%y%m%d")


def _mrz_name(p: Person, width: int) -> str:
    last = p.last.upper().replace("'", "").replace(" ", "<")
    first = p.first.upper().replace(" ", "<")
    import unicodedata
    s = unicodedata.normalize("NFKD", f"{last}<<{first}")
    s = "".join(c for c in s if c.isascii())
    return (s + "<" * width)[:width]


def mrz_td1(number: str, p: Person, expiry: date) -> list[str]:
    """ICAO 9303 TD1 (3 x 30), as on the Italian CIE."""
    num = (number + "<" * 9)[:9]
    l1 = ("C<ITA" + num + mrz_check(num) + "<" * 15)[:30]
    birth, exp = _yymmdd(p.birth), _yymmdd(expiry)
    l2_body = birth + mrz_check(birth) + p.sex + exp + mrz_check(exp) + "ITA" + "<" * 11
    composite = l1[5:30] + l2_body[0:7] + l2_body[8:15] + l2_body[18:29]
    l2 = l2_body + mrz_check(composite)
    return [l1, l2, _mrz_name(p, 30)]


def mrz_td3(number: str, p: Person, expiry: date) -> list[str]:
    """ICAO 9303 TD3 (2 x 44), passport."""
    l1 = ("P<ITA" + _mrz_name(p, 39))[:44]
    num = (number + "<" * 9)[:9]
    birth, exp = _yymmdd(p.birth), _yymmdd(expiry)
    personal = "<" * 14
    body = (num + mrz_check(num) + "ITA" + birth + mrz_check(birth) + p.sex + exp + mrz_check(exp) + personal
            + "<")  # personal number check digit: '<' when the field is empty
    composite = body[0:10] + body[13:20] + body[21:43]
    return [l1, body + mrz_check(composite)]


def _card(pdf: Doc, x: float, y: float, w: float = 86, h: float = 54) -> None:
    pdf.set_draw_color(120, 120, 120)
    pdf.set_line_width(0.3)
    pdf.rect(x, y, w, h, round_corners=True, corner_radius=3)
    pdf.set_draw_color(0, 0, 0)


def _photo(pdf: Doc, x: float, y: float, w: float, h: float) -> None:
    pdf.set_fill_color(205, 205, 205)
    pdf.rect(x, y, w, h, style="F")


def _lbl(pdf: Doc, x: float, y: float, label: str, value: str, lsize: float = 4.6, vsize: float = 7) -> None:
    pdf.at(x, y, label, lsize, "", "sans")
    pdf.at(x, y + 2.2, value, vsize, "B", "sans")


CIE_CARMINATI = ("CA71046BX", date(2022, 2, 3), date(2032, 4, 12))
PASS_MACCHI = ("YB4417720", date(2019, 5, 21), date(2029, 5, 20))
PAT_BOSSI = ("LO5178342N", date(2018, 1, 10), date(2028, 1, 25))
CARTA_FRIGERIO = ("AU 4471236", date(2017, 11, 20), date(2027, 11, 30))
CIE_DAGOSTINO = ("CA38821DK", date(2021, 6, 10), date(2031, 6, 17))


def cie_front_back(out: Path) -> None:
    p = CARMINATI
    number, issued, expiry = CIE_CARMINATI
    pdf = Doc(creator="Samsung SL-M2070 Scan")
    pdf.add_page()
    pdf.set_font("sans", "", 8)
    pdf.cell(0, 5, "Copia fronte/retro documento di identità del legale rappresentante", **NL)
    x, y = 60, 30
    _card(pdf, x, y)
    pdf.at(x + 3, y + 2.5, "REPUBBLICA ITALIANA", 6, "B", "sans")
    pdf.at(x + 3, y + 5.3, "MINISTERO DELL'INTERNO", 4.6, "", "sans")
    pdf.at(x + 47, y + 2.5, "CARTA DI IDENTITÀ / IDENTITY CARD", 4.6, "B", "sans")
    pdf.at(x + 64, y + 6, number, 7.5, "B", "sans")
    _photo(pdf, x + 3, y + 10, 22, 28)
    _lbl(pdf, x + 28, y + 9, "COMUNE DI / MUNICIPALITY", "BERGAMO")
    _lbl(pdf, x + 28, y + 15, "COGNOME / SURNAME", p.last.upper())
    _lbl(pdf, x + 28, y + 21, "NOME / NAME", p.first.upper())
    _lbl(pdf, x + 28, y + 27, "LUOGO E DATA DI NASCITA / PLACE AND DATE OF BIRTH",
         f"BERGAMO (BG) {d_dot(p.birth)}")
    _lbl(pdf, x + 28, y + 33, "SESSO / SEX", p.sex)
    _lbl(pdf, x + 45, y + 33, "STATURA / HEIGHT", "178")
    _lbl(pdf, x + 64, y + 33, "CITTADINANZA / NATIONALITY", "ITA")
    _lbl(pdf, x + 28, y + 39, "EMISSIONE / ISSUING", d_dot(issued))
    _lbl(pdf, x + 55, y + 39, "SCADENZA / EXPIRY", d_dot(expiry))
    pdf.at(x + 3, y + 45, "FIRMA DEL TITOLARE / HOLDER'S SIGNATURE", 4.6, "", "sans")
    # back
    y = 100
    _card(pdf, x, y)
    _lbl(pdf, x + 3, y + 3, "CODICE FISCALE / FISCAL CODE", p.cf)
    pdf.set_fill_color(30, 30, 30)
    for i in range(40):  # a pretend barcode
        if (i * 7) % 3:
            pdf.rect(x + 40 + i * 1.0, y + 3, 0.5, 6, style="F")
    _lbl(pdf, x + 3, y + 10, "INDIRIZZO DI RESIDENZA / RESIDENCE", "VIA LOCATELLI 7 ZOGNO (BG)")
    _lbl(pdf, x + 3, y + 16, "ESTREMI ATTO DI NASCITA", "00412.1A.1968")
    pdf.set_font("mono", "", 8.4)
    for i, ln in enumerate(mrz_td1(number, p, expiry)):
        pdf.at(x + 3, y + 34 + i * 5, ln, 8.4, "", "mono")
    pdf.set_font("sans", "", 8)
    pdf.set_xy(15, 170)
    pdf.para(f"Zogno, {d_slash(date(2026, 8, 27))} – copia conforme all'originale – Pierangelo Carminati")
    save(pdf, out)


def passport_page(out: Path) -> None:
    p = MACCHI
    number, issued, expiry = PASS_MACCHI

    def bil(d: date) -> str:
        return f"{d.day:02d} {MESI_ABBR[d.month - 1]}/{EN_ABBR[d.month - 1]} {d.year}"

    pdf = Doc(creator="Canon MF Scan Utility")
    pdf.add_page()
    x, y, w, h = 30, 40, 150, 100
    _card(pdf, x, y, w, h)
    pdf.at(x + 4, y + 3, "REPUBBLICA ITALIANA", 9, "B", "serif")
    pdf.at(x + 70, y + 3, "PASSAPORTO  PASSPORT  PASSEPORT", 8, "B", "serif")
    _photo(pdf, x + 4, y + 12, 35, 45)
    rows = [("Tipo. Type. Type", "P"), ("Codice Paese. Code of issuing State", "ITA"),
            ("Passaporto N. Passport No.", number), ("Cognome. Surname. Nom", p.last.upper()),
            ("Nome. Given names. Prénoms", p.first.upper()), ("Cittadinanza. Nationality", "ITALIANA"),
            ("Data di nascita. Date of birth", bil(p.birth)), ("Sesso. Sex", p.sex),
            ("Luogo di nascita. Place of birth", "VARESE (VA)"), ("Data di rilascio. Date of issue", bil(issued)),
            ("Autorità. Authority", "MINISTRO AFFARI ESTERI"), ("Data di scadenza. Date of expiry", bil(expiry))]
    for i, (lab, val) in enumerate(rows):
        col = x + 45 + (i % 2) * 50
        row = y + 12 + (i // 2) * 8
        _lbl(pdf, col, row, lab, val, 5, 8)
    for i, ln in enumerate(mrz_td3(number, p, expiry)):
        pdf.at(x + 4, y + 82 + i * 6, ln, 9.2, "", "mono")
    pdf.add_page()  # page 2 of the booklet: residence and signature
    _card(pdf, x, y, w, h)
    _lbl(pdf, x + 6, y + 8, "Residenza. Residence. Domicile", "GALLARATE (VA)", 5, 9)
    _lbl(pdf, x + 6, y + 18, "Statura. Height. Taille", "1,68", 5, 9)
    _lbl(pdf, x + 60, y + 18, "Colore degli occhi. Colour of eyes. Couleur des yeux", "CASTANI", 5, 9)
    _lbl(pdf, x + 6, y + 30, "Firma del titolare. Holder's signature. Signature du titulaire", "", 5, 9)
    save(pdf, out)


def patente(out: Path) -> None:
    p = BOSSI
    number, issued, expiry = PAT_BOSSI
    pdf = Doc(creator="Brother ControlCenter4")
    pdf.add_page()
    x, y = 40, 30
    _card(pdf, x, y, 110, 70)
    pdf.set_fill_color(210, 225, 240)
    pdf.rect(x + 0.5, y + 0.5, 109, 69, style="F", round_corners=True, corner_radius=3)
    pdf.at(x + 30, y + 3, "PATENTE DI GUIDA", 11, "B", "sans")
    pdf.at(x + 30, y + 9, "REPUBBLICA ITALIANA", 7, "", "sans")
    pdf.at(x + 4, y + 4, "I", 16, "B", "sans")
    _photo(pdf, x + 4, y + 16, 26, 34)
    born = p.birth.strftime("%d/%m/%y")  # two-digit year, as on the card
    lines = [f"1. {p.last.upper()}", f"2. {p.first.upper()}", f"3. {born} LODI (LO)",
             f"4a. {d_slash(issued)}    4c. MIT-UCO", f"4b. {d_slash(expiry)}", f"5. {number}",
             "9. AM/A1/A2/B1/B"]
    for i, ln in enumerate(lines):
        pdf.at(x + 34, y + 17 + i * 6, ln, 8, "B" if i in (0, 1, 5) else "", "sans")
    # back
    y2 = 110
    _card(pdf, x, y2, 110, 70)
    rows = [("9.", "10.", "11.", "12."), ("AM", "14/03/1977", "25/01/2028", ""), ("A1", "14/03/1977", "25/01/2028", ""),
            ("B", "02/05/1978", d_slash(expiry), "01")]
    pdf.set_xy(x + 5, y2 + 5)
    pdf.set_left_margin(x + 5)
    pdf.grid(rows, (15, 30, 30, 20), size=7.5, header=True)
    pdf.set_left_margin(15)
    pdf.at(x + 5, y2 + 40, f"Codice fiscale {p.cf}", 6.5, "", "sans")
    pdf.at(x + 5, y2 + 45, "Il titolare è autorizzato alla guida dei veicoli delle categorie indicate", 6, "", "sans")
    save(pdf, out)


def carta_cartacea(out: Path) -> None:
    p = FRIGERIO
    number, issued, expiry = CARTA_FRIGERIO
    pdf = Doc(orientation="L", creator="HP Smart")
    pdf.add_page()
    # left half: holder data, right half: photo and municipality (the inner pages of the booklet)
    pdf.set_font("serif", "", 9)
    x = 20
    pdf.at(x, 20, "COGNOME  " + p.last.upper(), 10, "", "serif")
    pdf.at(x, 28, "NOME  " + p.first.upper(), 10, "", "serif")
    pdf.at(x, 36, f"nato il  {d_slash(p.birth)}", 10, "", "serif")
    pdf.at(x, 44, "(atto n.  1187  P. I  S. A  )", 10, "", "serif")
    pdf.at(x, 52, "a  LECCO  ( LC )", 10, "", "serif")
    pdf.at(x, 60, "Cittadinanza  ITALIANA", 10, "", "serif")
    pdf.at(x, 68, "Residenza  VALMADRERA", 10, "", "serif")
    pdf.at(x, 76, "Via  PARINI, 3", 10, "", "serif")
    pdf.at(x, 84, "Stato civile  CONIUGATO", 10, "", "serif")
    pdf.at(x, 92, "Professione  IMPRENDITORE", 10, "", "serif")
    pdf.at(x, 102, "CONNOTATI E CONTRASSEGNI SALIENTI", 9, "B", "serif")
    pdf.at(x, 110, "Statura  1,74     Capelli  BRIZZOLATI     Occhi  CASTANI", 10, "", "serif")
    pdf.at(x, 118, "Segni particolari  ----", 10, "", "serif")
    x2 = 160
    pdf.at(x2, 20, "REPUBBLICA ITALIANA", 11, "B", "serif")
    pdf.at(x2, 28, "COMUNE DI VALMADRERA", 10, "", "serif")
    pdf.at(x2, 38, "CARTA D'IDENTITA'", 12, "B", "serif")
    pdf.at(x2, 46, f"N°  {number}", 11, "B", "serif")
    _photo(pdf, x2, 55, 35, 45)
    pdf.at(x2 + 40, 60, "Firma del titolare", 8, "", "serif")
    pdf.at(x2, 108, f"VALMADRERA, li  {d_slash(issued)}", 10, "", "serif")
    pdf.at(x2, 116, "IL SINDACO", 9, "", "serif")
    pdf.at(x2, 126, f"Scadenza  {d_slash(expiry)}", 10, "", "serif")
    pdf.at(x2, 134, "Valida per l'espatrio", 9, "I", "serif")
    save(pdf, out)


def cie_two_pages(out: Path) -> None:
    p = DAGOSTINO
    number, issued, expiry = CIE_DAGOSTINO
    pdf = Doc(creator="Adobe Scan for Android")
    pdf.add_page()
    x, y = 20, 30
    _card(pdf, x, y, 170, 107)
    pdf.at(x + 6, y + 5, "REPUBBLICA ITALIANA", 12, "B", "sans")
    pdf.at(x + 100, y + 5, "CARTA DI IDENTITA / IDENTITY CARD", 9, "B", "sans")
    pdf.at(x + 130, y + 12, number, 13, "B", "sans")
    _photo(pdf, x + 6, y + 20, 44, 56)
    data = [("COMUNE DI / MUNICIPALITY", "MILANO"), ("COGNOME / SURNAME", p.last.upper()),
            ("NOME / NAME", p.first.upper()),
            ("LUOGO E DATA DI NASCITA / PLACE AND DATE OF BIRTH", f"NAPOLI (NA) {d_dot(p.birth)}"),
            ("SESSO / SEX", "F"), ("EMISSIONE / ISSUING", d_dot(issued)), ("SCADENZA / EXPIRY", d_dot(expiry))]
    for i, (lab, val) in enumerate(data):
        _lbl(pdf, x + 58, y + 22 + i * 11, lab, val, 7, 11)
    pdf.add_page()
    _card(pdf, x, y, 170, 107)
    _lbl(pdf, x + 6, y + 6, "CODICE FISCALE / FISCAL CODE", p.cf, 7, 12)
    _lbl(pdf, x + 6, y + 20, "INDIRIZZO DI RESIDENZA / RESIDENCE", "VIA TORTONA 31 MILANO (MI)", 7, 11)
    for i, ln in enumerate(mrz_td1(number, p, expiry)):
        pdf.at(x + 6, y + 70 + i * 9, ln, 15.5, "", "mono")
    save(pdf, out)


CASES = [
    Case("documento_identita", "id-cie-front-back-one-page", cie_front_back,
         {"kind": "cie", "number": CIE_CARMINATI[0], "surname": "CARMINATI", "given_name": "PIERANGELO",
          "holder_cf": CARMINATI.cf,
          "valid_until": CIE_CARMINATI[2], "issued": CIE_CARMINATI[1], "mrz": True,
          "mrz_lines": mrz_td1(CIE_CARMINATI[0], CARMINATI, CIE_CARMINATI[2])},
         ("bilingual", "mrz_td1", "scattered_positioned_text", "photocopy_note")),
    Case("documento_identita", "id-passport-data-page", passport_page,
         {"kind": "passaporto", "number": PASS_MACCHI[0], "surname": "MACCHI", "given_name": "DONATELLA",
          "valid_until": PASS_MACCHI[2],
          "valid_until_printed": f"{PASS_MACCHI[2].day:02d} MAG/MAY {PASS_MACCHI[2].year}", "mrz": True,
          "mrz_lines": mrz_td3(PASS_MACCHI[0], MACCHI, PASS_MACCHI[2]), "page_count": 2},
         ("bilingual", "trilingual_labels", "mrz_td3", "month_abbreviations", "no_cf")),
    Case("documento_identita", "id-patente-eu-numbered-fields", patente,
         {"kind": "patente", "number": PAT_BOSSI[0], "surname": "BOSSI", "given_name": "ETTORE", "holder_cf": BOSSI.cf,
          "valid_until": PAT_BOSSI[2], "mrz": False},
         ("numbered_fields_no_labels", "two_digit_birth_year")),
    Case("documento_identita", "id-carta-cartacea-booklet", carta_cartacea,
         {"kind": "carta_cartacea", "number": CARTA_FRIGERIO[0], "surname": "FRIGERIO", "given_name": "ANGELO",
          "valid_until": CARTA_FRIGERIO[2], "issued": CARTA_FRIGERIO[1], "mrz": False,
          "note": "paper card: no MRZ, invalid from 2026-08-03 (Reg. UE 2019/1157)"},
         ("landscape", "paper_id_card", "no_cf", "no_accents", "serif")),
    Case("documento_identita", "id-cie-two-pages-large", cie_two_pages,
         {"kind": "cie", "number": CIE_DAGOSTINO[0], "surname": "D'AGOSTINO", "given_name": "CHIARA",
          "holder_cf": DAGOSTINO.cf,
          "valid_until": CIE_DAGOSTINO[2], "mrz": True, "page_count": 2,
          "mrz_lines": mrz_td1(CIE_DAGOSTINO[0], DAGOSTINO, CIE_DAGOSTINO[2])},
         ("multi_page", "bilingual", "mrz_td1", "no_accents", "apostrophe_dropped_in_mrz")),
]
