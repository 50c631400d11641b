"""Training-provider invoices (courtesy copies of FatturaPA e-invoices) with the
mandatory wording of SPEC 5.3, each written and wrapped the way a different
invoicing program would: the Agenzia delle Entrate style sheet, a cloud
invoicing app, a legacy fixed-width program, a desktop program with
hyphenated lines, and a small provider's own template."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from .common import NL, RIGHT, Case, Doc, d_dash, d_dot, d_iso, d_slash, eur, save, wrap_hard
from .world import CAMUNA_EL, CONFLITTI, EXCEL, GHIDINI_E, INDESIGN, KAIROS, LEAN, POMPE, Course, Person, iban_spaced

CUP = "E84D26004370009"
CUP_TYPO = "E84D26004370090"  # last two digits swapped


def wording(k: Course, dgr: str = "DGR n° XII/6232 del 28 Maggio 2026", cup: str = CUP, euro: str = "€ ") -> str:
    return (f"Spesa sostenuta a valere sull'Avviso Pubblico per l'assegnazione di voucher aziendali a Catalogo per "
            f"interventi di Formazione Continua a valere sul PR Lombardia FSE+ 2021-2027 di cui alla {dgr} – "
            f"Quarta Edizione – CUP {cup} ID VOUCHER n. {k.id_voucher}, ID EDIZIONE n. {k.id_edizione} e Titolo "
            f"Corso {k.title}, quota finanziamento pubblico {euro}{eur(k.public)} e quota finanziamento privato "
            f"{euro}{eur(k.private)}")


COPY_NOTE = ("Copia di cortesia priva di valenza fiscale ai sensi dell'art. 21 D.P.R. 633/72. L'originale è "
             "disponibile nell'area riservata del sito dell'Agenzia delle Entrate.")
EXEMPT = "Operazione esente IVA ai sensi dell'art. 10, comma 1, n. 20 del D.P.R. 633/1972"


# ------------------------------------------------- Agenzia Entrate style sheet ----
def fattura_ade_stylesheet(out: Path) -> None:
    k = LEAN
    s, c = k.provider, k.company
    inv_no, inv_date = "218/2026", date(2026, 11, 27)
    pdf = Doc(creator="FoglioStileAssoSoftware / xsltproc", margins=(12, 12, 12))
    pdf.add_page()
    pdf.set_font("sans", "", 7)
    pdf.cell(0, 4, "Versione FPR12", align="R", **NL)
    left = ["Cedente/prestatore (fornitore)", f"Identificativo fiscale ai fini IVA: IT{s.piva}",
            f"Codice fiscale: {s.cf}", f"Denominazione: {s.name}", "Regime fiscale: RF01 (ordinario)",
            f"Indirizzo: {s.address}", f"Comune: {s.city} Provincia: {s.prov}", f"Cap: {s.cap} Nazione: IT",
            f"Telefono: {s.phone}", f"Email: {s.email}"]
    right = ["Cessionario/committente (cliente)", f"Identificativo fiscale ai fini IVA: IT{c.piva}",
             f"Codice fiscale: {c.cf}", f"Denominazione: {c.name}", f"Indirizzo: {c.address}",
             f"Comune: {c.city} Provincia: {c.prov}", f"Cap: {c.cap} Nazione: IT", f"Pec: {c.pec}", "", ""]
    y0 = pdf.get_y()
    pdf.rect(12, y0, 91, 48)
    pdf.rect(107, y0, 91, 48)
    for i, (a, b) in enumerate(zip(left, right, strict=True)):
        pdf.set_xy(14, y0 + 1.5 + i * 4.5)
        pdf.set_font("sans", "B" if i == 0 else "", 7.5)
        pdf.cell(89, 4.5, a, **RIGHT)
        pdf.set_x(109)
        pdf.cell(89, 4.5, b, **NL)
    pdf.set_y(y0 + 52)
    pdf.grid([("Tipologia documento", "Art. 73", "Numero documento", "Data documento", "Codice destinatario"),
              ("TD01 fattura", "", inv_no, d_dash(inv_date), "M5UXCR1")], (44, 20, 40, 40, 42), size=7.5,
             fill_header=True)
    pdf.set_font("sans", "B", 7.5)
    pdf.cell(0, 5, "Causale", **NL)
    pdf.set_font("sans", "", 7.5)
    for chunk in wrap_hard(wording(k), 200):  # one Causale element per 200 characters
        pdf.multi_cell(0, 3.8, chunk, **NL)
    pdf.ln(2)
    rows = [("Cod. articolo", "Descrizione", "Quantità", "Prezzo unitario", "UM", "%IVA", "Prezzo totale")]
    for p in k.participants:
        rows.append(("FC4-LEAN", f"Voucher formativo corso {k.title} – partecipante {p.last} {p.first} ({p.cf}) – "
                                 f"ID edizione {k.id_edizione}", "1,00", eur(k.cost_each), "nr", "0,00 (N4)",
                     eur(k.cost_each)))
    rows.append(("BOLLO", "Rimborso imposta di bollo assolta in modo virtuale", "1,00", "2,00", "", "0,00 (N1)",
                 "2,00"))
    pdf.grid(rows, (20, 84, 15, 20, 9, 18, 20), size=7.3, fill_header=True,
             align=("LEFT", "LEFT", "RIGHT", "RIGHT", "LEFT", "RIGHT", "RIGHT"))
    pdf.set_font("sans", "B", 7.5)
    pdf.cell(0, 5, "RIEPILOGHI IVA E TOTALI", **NL)
    pdf.grid([("esigibilità iva / riferimenti normativi", "%IVA", "Spese accessorie", "Totale imponibile",
               "Totale imposta"),
              (f"N4 – {EXEMPT}", "0,00", "", eur(k.taxable), "0,00"),
              ("N1 – Escluse ex art. 15 D.P.R. 633/72", "0,00", "", "2,00", "0,00")], (80, 16, 30, 30, 30),
             size=7.3, fill_header=True)
    pdf.grid([("Importo bollo", "Sconto/Maggiorazione", "Valuta", "Totale documento"),
              ("2,00", "", "EUR", eur(k.total))], (46, 46, 46, 48), size=7.5, fill_header=True)
    pdf.grid([("Modalità pagamento", "IBAN", "Istituto finanziario", "Data scadenza", "Importo"),
              ("MP05 Bonifico", s.iban, s.bank.short, d_dash(date(2026, 12, 27)), eur(k.total))],
             (30, 60, 44, 26, 26), size=7.3, fill_header=True)
    pdf.set_font("sans", "I", 6.5)
    pdf.para(COPY_NOTE)
    save(pdf, out)


# ------------------------------------------------------------ cloud invoicing ----
def fattura_cloud_app(out: Path) -> None:
    k = EXCEL
    s, c = k.provider, k.company
    inv_no, inv_date = "FPR 77/26", date(2026, 11, 30)

    def foot(pdf: Doc) -> None:
        pdf.set_y(-14)
        pdf.set_font("sans", "", 6.5)
        pdf.set_text_color(120, 120, 120)
        pdf.multi_cell(0, 3, f"{s.name} – {s.full_address} – P.IVA {s.piva} – REA {s.rea} – Cap. soc. € 50.000,00 "
                             "i.v.\nDocumento generato con FattureFacili Cloud", align="C", **NL)
        pdf.set_text_color(0, 0, 0)

    pdf = Doc(creator="FattureFacili Cloud", footer=foot)
    pdf.add_page()
    pdf.set_font("sans", "B", 18)
    pdf.set_text_color(30, 80, 160)
    pdf.cell(100, 10, "polaris", **RIGHT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("sans", "B", 16)
    pdf.cell(0, 10, "Fattura", align="R", **NL)
    pdf.set_font("sans", "", 9)
    pdf.cell(0, 5, f"nº {inv_no} del {d_slash(inv_date)}", align="R", **NL)  # masculine ordinal, not degree
    pdf.ln(4)
    pdf.set_font("sans", "", 8)
    pdf.set_text_color(120, 120, 120)
    pdf.cell(0, 4, "DESTINATARIO", **NL)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("sans", "B", 10)
    pdf.cell(0, 5, c.name, **NL)
    pdf.set_font("sans", "", 9)
    pdf.multi_cell(0, 4.5, f"{c.address}\n{c.cap} {c.city} ({c.prov})\nP.IVA {c.piva} – C.F. {c.cf}\nCodice SDI: "
                           f"T04ZHR3", **NL)
    pdf.ln(5)
    rows = [("Descrizione", "Qtà", "Prezzo", "IVA", "Importo")]
    for p in k.participants:
        rows.append((f"Corso \"{k.title}\" – {k.hours} ore – partecipante {p.first} {p.last}", "1",
                     f"€ {eur(k.cost_each)}", "22%", f"€ {eur(k.cost_each)}"))
    pdf.grid(rows, (100, 12, 24, 14, 30), size=9, borders="HORIZONTAL_LINES",
             align=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"))
    pdf.ln(2)
    for lab, val in [("Imponibile", f"€ {eur(k.taxable)}"), ("IVA 22%", f"€ {eur(k.vat_amount)}"),
                     ("Totale documento", f"€ {eur(k.total)}")]:
        pdf.set_x(110)
        pdf.set_font("sans", "B" if lab.startswith("Totale") else "", 10)
        pdf.cell(45, 6, lab, **RIGHT)
        pdf.cell(0, 6, val, align="R", **NL)
    pdf.ln(4)
    pdf.set_font("sans", "B", 9)
    pdf.cell(0, 5, "Pagamento", **NL)
    pdf.set_font("sans", "", 9)
    pdf.cell(0, 5, f"Bonifico bancario – IBAN {iban_spaced(s.iban)} – scadenza {d_slash(date(2026, 12, 30))}", **NL)
    pdf.ln(4)
    pdf.set_font("sans", "B", 8)
    pdf.cell(0, 5, "Note", **NL)
    pdf.set_font("sans", "", 7.5)
    pdf.multi_cell(120, 3.6, wording(k), **NL)  # a narrow notes box: the program wraps at word boundaries
    pdf.ln(3)
    pdf.set_font("sans", "I", 7)
    pdf.para(COPY_NOTE)
    save(pdf, out)


# -------------------------------------------------------- legacy fixed width ----
def ascii_caps(text: str) -> str:
    """What a legacy upper-case-only program prints: no accents (À -> A'), plain dashes."""
    import unicodedata
    out = []
    for ch in text.upper():
        base = unicodedata.normalize("NFKD", ch)
        if len(base) > 1 and base[0].isalpha():
            out.append(base[0] + "'")
        else:
            out.append({"–": "-", "’": "'"}.get(ch, ch))
    return "".join(out)


def fattura_legacy_monospace(out: Path) -> None:
    k = CONFLITTI
    s, c = k.provider, k.company
    inv_no, inv_date = "2026/FE/0412", date(2026, 11, 30)

    def head(pdf: Doc) -> None:
        pdf.set_font("mono", "B", 9)
        pdf.cell(0, 4.5, f"{s.name.upper()}", **NL)
        pdf.set_font("mono", "", 8)
        pdf.cell(0, 4, f"{s.address.upper()} - {s.cap} {s.city.upper()} - P.IVA/C.F. {s.piva}", **NL)
        pdf.cell(0, 4, f"FATTURA N. {inv_no} DEL {d_dot(inv_date)}" + " " * 30 + f"PAG. {pdf.page_no()}/{{nb}}", **NL)
        pdf.cell(0, 4, "=" * 92, **NL)

    pdf = Doc(creator="GESTIONALE FORM 4.2 (AS/400 spool)", header=head)
    pdf.add_page()
    pdf.set_font("mono", "", 8)
    for ln in [f"SPETT.LE {ascii_caps(c.name)}", f"{c.address.upper()}", f"{c.cap} {c.city.upper()} ({c.prov})",
               f"P.IVA {c.piva}   COD. DEST. SDI: USAL8PV", "", "=" * 92,
               f"{'DESCRIZIONE':<60}{'Q.TA':>6}{'PREZZO':>12}{'IMPORTO':>14}", "-" * 92]:
        pdf.cell(0, 4.2, ln, **NL)
    for p in k.participants:
        desc = ascii_caps(f"QUOTA DI PARTECIPAZIONE AL CORSO {k.title} - ALLIEVO {p.last} {p.first}")
        parts = wrap_hard(desc, 60)
        for i, part in enumerate(parts):
            tail = f"{'1':>6}{eur(k.cost_each):>12}{eur(k.cost_each):>14}" if i == len(parts) - 1 else ""
            pdf.cell(0, 4.2, f"{part:<60}{tail}", **NL)
    pdf.cell(0, 4.2, "", **NL)
    for part in wrap_hard(ascii_caps(wording(k, euro="EUR ")), 60):  # a 60-character field, cut wherever it falls
        pdf.cell(0, 4.2, part, **NL)
    pdf.cell(0, 4.2, "", **NL)
    for ln in ["OPERAZIONE ESENTE IVA ART. 10 C.1 N.20 DPR 633/72 - ENTE ACCREDITATO REGIONE LOMBARDIA",
               "IMPOSTA DI BOLLO ASSOLTA IN MODO VIRTUALE EUR 2,00 (ADDEBITATA AL CLIENTE)"]:
        pdf.cell(0, 4.2, ln, **NL)
    pdf.add_page()
    pdf.set_font("mono", "", 8)
    for ln in ["RIEPILOGO", "-" * 92,
               f"{'TOTALE IMPONIBILE ESENTE (N4)':<60}{eur(k.taxable):>32}",
               f"{'RIMBORSO BOLLO (N1)':<60}{eur(k.stamp):>32}",
               f"{'TOTALE IVA':<60}{'0,00':>32}",
               f"{'TOTALE FATTURA EUR':<60}{eur(k.total):>32}",
               "-" * 92, f"PAGAMENTO: BONIFICO B.B. 30 GG D.F. - IBAN {s.iban}",
               f"SCADENZA: {d_dot(date(2026, 12, 30))}", "", ascii_caps(COPY_NOTE)[:92], ascii_caps(COPY_NOTE)[92:]]:
        pdf.cell(0, 4.2, ln, **NL)
    save(pdf, out)


# -------------------------------------------------- desktop, hyphenated lines ----
def fattura_desktop_hyphenated(out: Path) -> None:
    k = POMPE
    s, c = k.provider, k.company
    inv_no, inv_date = "231/2026", date(2026, 11, 30)
    pdf = Doc(creator="Danubio Easyfatt 2026")
    pdf.add_page()
    pdf.set_font("serif", "B", 13)
    pdf.cell(110, 7, s.name, **RIGHT)
    pdf.set_font("serif", "B", 12)
    pdf.cell(0, 7, "FATTURA", border=1, align="C", **NL)
    pdf.set_font("serif", "", 8.5)
    pdf.cell(110, 4.5, f"{s.full_address}", **RIGHT)
    pdf.cell(40, 4.5, "Numero", border="LB", **RIGHT)
    pdf.cell(0, 4.5, "Data", border="RB", **NL)
    pdf.cell(110, 4.5, f"P.IVA {s.piva} – Tel. {s.phone}", **RIGHT)
    pdf.set_font("serif", "B", 9)
    pdf.cell(40, 5, inv_no, border="LB", **RIGHT)
    pdf.cell(0, 5, d_slash(inv_date), border="RB", **NL)
    pdf.ln(5)
    pdf.set_font("serif", "", 9)
    pdf.set_x(110)
    pdf.multi_cell(85, 4.6, f"Spett.le\n{c.name}\n{c.address}\n{c.cap} {c.city} ({c.prov})\nP.IVA/C.F. {c.piva}",
                   border=1, **NL)
    pdf.ln(4)
    # the program's description column is narrow and the operator typed hard returns with hyphens
    desc = (
        f"Corso \"{k.title}\"\n"
        f"({k.hours} ore, dal {d_slash(k.start)} al {d_slash(k.end)}) – n. 2 partecipanti\n"
        "Spesa sostenuta a valere sull'Avviso Pubblico per l'assegna-\n"
        "zione di voucher aziendali a Catalogo per interventi di\n"
        "Formazione Continua a valere sul PR Lombardia FSE+ 2021-\n"
        "2027 di cui alla DGR n° XII/6232 del 28 Maggio 2026 – Quar-\n"
        "ta Edizione –\n"
        f"CUP: {CUP} - ID VOUCHER N° {k.id_voucher} - ID EDIZIONE N° {k.id_edizione}\n"
        f"Titolo Corso: {k.title}\n"
        f"quota finanziamento pubblico € {eur(k.public)} - quota finanziamento privato € {eur(k.private)}"
    )
    pdf.set_font("serif", "B", 8.5)
    for w, t in ((110, "Descrizione"), (15, "Q.tà"), (25, "Prezzo"), (0, "Importo")):
        pdf.cell(w, 6, t, border=1, align="C", **(NL if w == 0 else RIGHT))
    pdf.set_font("serif", "", 8.5)
    y = pdf.get_y()
    pdf.multi_cell(110, 4.4, desc, border="LR", **NL)
    y2 = pdf.get_y()
    pdf.set_xy(125, y)
    pdf.cell(15, 4.4, "2", align="R", **RIGHT)
    pdf.cell(25, 4.4, eur(k.cost_each), align="R", **RIGHT)
    pdf.cell(0, 4.4, eur(k.taxable), align="R", **NL)
    pdf.set_y(y2)
    pdf.cell(110, 5, "Rimborso bollo virtuale (art. 15 DPR 633/72)", border="LRB", **RIGHT)
    pdf.cell(15, 5, "1", border="B", align="R", **RIGHT)
    pdf.cell(25, 5, "2,00", border="B", align="R", **RIGHT)
    pdf.cell(0, 5, "2,00", border="RB", align="R", **NL)
    pdf.ln(4)
    pdf.set_x(120)
    pdf.grid([("Imponibile", eur(k.taxable)), ("Esente art.10 n.20", eur(k.taxable)), ("Bollo", "2,00"),
              ("TOTALE EURO", eur(k.total))], (45, 30), header=False, size=9, align=("LEFT", "RIGHT"))
    pdf.set_font("serif", "", 8)
    pdf.para(f"Pagamento: bonifico su {s.bank.short} IBAN {s.iban}")
    pdf.para(COPY_NOTE)
    pdf.add_page()  # the provider attaches the participant list to the courtesy copy
    pdf.set_font("serif", "B", 11)
    pdf.para(f"Allegato alla fattura n. {inv_no} del {d_slash(inv_date)} – elenco partecipanti")
    pdf.set_font("serif", "", 9)
    rows = [("Cognome e nome", "Codice fiscale", "Ore previste", "Ore frequentate")]
    for p, hrs in zip(k.participants, (28, 24), strict=True):
        rows.append((f"{p.last} {p.first}", p.cf, str(k.hours), str(hrs)))
    pdf.grid(rows, (55, 55, 35, 35), size=9)
    save(pdf, out)


# ------------------------------------------------------- small provider template ----
POWERBI = Course("Analisi dei dati con Power BI", "208845", "617005", "886104", 20, date(2026, 10, 7),
                 date(2026, 11, 4), KAIROS, CAMUNA_EL,
                 (GHIDINI_E, Person("Paolo", "Bonomelli", "M", date(1990, 2, 2), "Brescia (BS)", "B157")),
                 Decimal("1000.00"), Decimal("0.70"), Decimal("0.22"), "5121002")


def _kairos(k: Course, inv_no: str, inv_date: date, dgr: str, cup: str) -> callable:
    def build(out: Path) -> None:
        s, c = k.provider, k.company
        pdf = Doc(creator="Microsoft® Word per Microsoft 365")
        pdf.add_page()
        pdf.set_font("sans", "B", 15)
        pdf.cell(0, 8, "KAIROS DIGITAL ACADEMY", **NL)
        pdf.set_font("sans", "", 8)
        pdf.cell(0, 4, f"{s.name} | {s.full_address} | P.IVA {s.piva} | {s.email}", **NL)
        pdf.ln(6)
        pdf.set_font("sans", "B", 11)
        pdf.cell(0, 6, f"FATTURA N° {inv_no} – data {d_iso(inv_date)}", **NL)
        pdf.set_font("sans", "", 9)
        cname = c.name if c.lr.first not in c.name else f"{c.lr.first} {c.lr.last.replace(chr(39), '’')}"
        pdf.para(f"Cliente: {cname} – {c.full_address} – P.IVA {c.piva}" +
                 (f" – C.F. {c.cf}" if c.cf != c.piva else ""))
        pdf.ln(3)
        pdf.grid([("Descrizione", "Importo"),
                  (f"Percorso formativo \"{k.title}\" (ID corso {k.id_corso}) – {len(k.participants)} "
                   f"partecipant{'e' if len(k.participants) == 1 else 'i'}", f"EUR {eur(k.taxable)}")],
                 (140, 40), size=9, align=("LEFT", "RIGHT"))
        for lab, val in [("Imponibile", eur(k.taxable)), ("IVA 22%", eur(k.vat_amount)),
                         ("Totale da pagare", eur(k.total))]:
            pdf.set_x(120)
            pdf.cell(40, 5.5, lab, **RIGHT)
            pdf.cell(0, 5.5, f"EUR {val}", align="R", **NL)
        pdf.ln(4)
        pdf.set_font("sans", "", 8.5)
        pdf.para(wording(k, dgr=dgr, cup=cup, euro="EUR "), h=4.4, align="J")
        pdf.ln(3)
        pdf.para(f"Coordinate bancarie: {s.bank.name} – IBAN {s.iban}")
        pdf.set_font("sans", "I", 7)
        pdf.para(COPY_NOTE)
        save(pdf, out)
    return build


CASES = [
    Case("fattura", "fattura-ade-stylesheet-causale-200", fattura_ade_stylesheet,
         {"number": "218/2026", "date": date(2026, 11, 27), "issuer": LEAN.provider.name,
          "issuer_piva": LEAN.provider.piva, "customer_cf": LEAN.company.cf, "cup": CUP,
          "id_voucher": LEAN.id_voucher, "id_edizione": LEAN.id_edizione, "title": LEAN.title,
          "taxable": LEAN.taxable, "total": LEAN.total, "quota_pubblica": LEAN.public,
          "quota_privata": LEAN.private},
         ("two_blocks_interleaved", "causale_split_every_200_chars", "dash_dates", "exempt_with_stamp",
          "participant_cf_in_lines")),
    Case("fattura", "fattura-cloud-app-notes", fattura_cloud_app,
         {"number": "FPR 77/26", "date": date(2026, 11, 30), "issuer": EXCEL.provider.name,
          "issuer_piva": EXCEL.provider.piva, "customer_cf": EXCEL.company.cf, "cup": CUP,
          "id_voucher": EXCEL.id_voucher, "id_edizione": EXCEL.id_edizione, "title": EXCEL.title,
          "taxable": EXCEL.taxable, "total": EXCEL.total, "quota_pubblica": EXCEL.public,
          "quota_privata": EXCEL.private},
         ("wording_in_small_notes", "vat_22", "footer_piva")),
    Case("fattura", "fattura-legacy-monospace-2p", fattura_legacy_monospace,
         {"number": "2026/FE/0412", "date": date(2026, 11, 30), "issuer": CONFLITTI.provider.name.upper(),
          "issuer_piva": CONFLITTI.provider.piva, "customer_cf": CONFLITTI.company.cf, "cup": CUP,
          "id_voucher": CONFLITTI.id_voucher, "id_edizione": CONFLITTI.id_edizione,
          "title": CONFLITTI.title.upper(), "taxable": CONFLITTI.taxable, "total": CONFLITTI.total,
          "quota_pubblica": CONFLITTI.public, "quota_privata": CONFLITTI.private, "page_count": 2},
         ("all_caps", "monospace", "hard_wrap_every_60_chars_mid_word", "multi_page", "repeated_header",
          "totals_on_page_2")),
    Case("fattura", "fattura-desktop-hyphenated", fattura_desktop_hyphenated,
         {"number": "231/2026", "date": date(2026, 11, 30), "issuer": POMPE.provider.name,
          "issuer_piva": POMPE.provider.piva, "customer_cf": POMPE.company.cf, "cup": CUP,
          "id_voucher": POMPE.id_voucher, "id_edizione": POMPE.id_edizione, "title": POMPE.title,
          "taxable": POMPE.taxable, "total": POMPE.total, "quota_pubblica": POMPE.public,
          "quota_privata": POMPE.private, "page_count": 2},
         ("hyphenated_wording", "multi_page", "annex_participant_list", "year_range_split_2021_2027",
          "n_degree_sign", "labels_in_boxes", "serif")),
    Case("fattura", "fattura-small-template-dgr-n-dot", _kairos(INDESIGN, "KDA-2026-0311", date(2026, 11, 13),
                                                                 "DGR n. XII/6232 del 28 Maggio 2026", CUP),
         {"number": "KDA-2026-0311", "date": date(2026, 11, 13), "issuer": KAIROS.name, "issuer_piva": KAIROS.piva,
          "customer_cf": INDESIGN.company.cf, "cup": CUP, "id_voucher": INDESIGN.id_voucher,
          "id_edizione": INDESIGN.id_edizione, "title": INDESIGN.title, "taxable": INDESIGN.taxable,
          "total": INDESIGN.total, "quota_pubblica": INDESIGN.public, "quota_privata": INDESIGN.private,
          "dgr_printed": "DGR n. XII/6232",
          "note": "writes 'DGR n.' instead of 'DGR n°': a rule-reading question, not a classification one"},
         ("iso_date", "eur_prefix_amounts", "customer_is_a_person", "dgr_n_dot")),
    Case("fattura", "fattura-small-template-wrong-cup", _kairos(POWERBI, "KDA-2026-0342", date(2026, 11, 20),
                                                                 "DGR n° XII/6232 del 28 Maggio 2026", CUP_TYPO),
         {"number": "KDA-2026-0342", "date": date(2026, 11, 20), "issuer": KAIROS.name, "issuer_piva": KAIROS.piva,
          "customer_cf": CAMUNA_EL.cf, "cup": CUP_TYPO, "cup_wrong": True, "id_voucher": POWERBI.id_voucher,
          "id_edizione": POWERBI.id_edizione, "title": POWERBI.title, "taxable": POWERBI.taxable,
          "total": POWERBI.total, "quota_pubblica": POWERBI.public, "quota_privata": POWERBI.private,
          "note": "CUP has its last two digits swapped (…090 for …009)"},
         ("wrong_identifier", "same_template_as_previous_case")),
]
