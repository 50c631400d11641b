"""Bank documents: IBAN certifications, transfer receipts (executed and mere
orders) and account statements, from five invented banks with their own
house styles."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from .common import NL, RIGHT, Case, Doc, d_dot, d_iso, d_long, d_slash, eur, save
from .world import (
    BCC_ISOLA,
    CONFLITTI,
    CR_CAMUNA,
    CREDITO_LV,
    DAGOSTINO_PRO,
    EXCEL,
    FRIGERIO_SNC,
    INDESIGN,
    LANTERNA,
    LEAN,
    NEOS,
    POMPE,
    POP_LARIO,
    SEPRIO,
    VALBREMBANA,
    iban_spaced,
)

D = Decimal


# ---------------------------------------------------------------- letterheads ----
def bcc_head(pdf: Doc) -> None:
    pdf.set_fill_color(0, 110, 70)
    pdf.rect(15, 10, 14, 14, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.at(16.2, 15, "BCC", 10, "B", "sans")
    pdf.set_text_color(0, 90, 60)
    pdf.at(32, 11, "BCC Isola e Valle Brembana", 13, "B")
    pdf.set_text_color(60, 60, 60)
    pdf.at(32, 17, "Credito Cooperativo dal 1903", 8, "I")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(30)


def bcc_foot(pdf: Doc) -> None:
    b = BCC_ISOLA
    pdf.set_y(-20)
    pdf.set_font("sans", "", 6.5)
    pdf.set_text_color(90, 90, 90)
    pdf.multi_cell(0, 3, f"{b.name} – Sede legale: {b.hq} – Codice Fiscale e Partita IVA {b.piva} – "
                         f"Codice ABI {b.abi} – {b.register} – Aderente al Fondo di Garanzia dei Depositanti "
                         f"del Credito Cooperativo", align="C", **NL)
    pdf.set_text_color(0, 0, 0)


def clv_head(pdf: Doc) -> None:
    pdf.set_fill_color(20, 40, 100)
    pdf.rect(0, 0, pdf.w, 16, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.at(15, 5, "CLV  |  Credito Lombardo Veneto", 12, "B", "sans")
    pdf.at(pdf.w - 70, 6, "CLV Business Online", 9, "", "sans")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(22)


def clv_foot(pdf: Doc) -> None:
    b = CREDITO_LV
    pdf.set_y(-14)
    pdf.set_font("sans", "", 6.5)
    pdf.cell(0, 3, f"{b.name} – {b.hq} – P.IVA {b.piva} – {b.register}", **NL)
    pdf.cell(0, 3, f"Pag. {pdf.page_no()}/{{nb}}", align="R", **NL)


def lario_head(pdf: Doc) -> None:
    pdf.set_font("serif", "B", 15)
    pdf.set_text_color(120, 20, 30)
    pdf.cell(0, 7, "BANCA POPOLARE DEL LARIO", **NL)
    pdf.set_font("serif", "", 8)
    pdf.set_text_color(0, 0, 0)
    pdf.cell(0, 4, "Società per Azioni – fondata nel 1872", **NL)
    pdf.rule(3, 0.5)


def lario_foot(pdf: Doc) -> None:
    b = POP_LARIO
    pdf.set_y(-16)
    pdf.set_font("serif", "", 6.5)
    pdf.multi_cell(0, 3, f"{b.name} – Sede Sociale e Direzione Generale: {b.hq} – Cod. Fisc./P. IVA "
                         f"{b.piva} – {b.register} – Codice ABI {b.abi}", align="C", **NL)


def neos_head(pdf: Doc) -> None:
    pdf.set_font("sans", "B", 18)
    pdf.set_text_color(240, 90, 40)
    pdf.cell(30, 9, "neos", **RIGHT)
    pdf.set_font("sans", "", 8)
    pdf.set_text_color(110, 110, 110)
    pdf.cell(0, 9, "la banca che sta nel tuo telefono", **NL)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(4)


def neos_foot(pdf: Doc) -> None:
    b = NEOS
    pdf.set_y(-15)
    pdf.set_font("sans", "", 6)
    pdf.set_text_color(120, 120, 120)
    pdf.multi_cell(0, 2.8, f"{b.name} · {b.hq} · C.F. e P.IVA {b.piva} · {b.register} · Aderente al Fondo "
                           f"Interbancario di Tutela dei Depositi · neosbanca.it", **NL)
    pdf.set_text_color(0, 0, 0)


def camuna_head(pdf: Doc) -> None:
    pdf.set_font("cond", "B", 12)
    pdf.cell(0, 6, "CASSA RURALE ADAMELLO E VALCAMONICA", **NL)
    pdf.set_font("cond", "", 8)
    pdf.cell(0, 4, "Credito Cooperativo – " + CR_CAMUNA.branch + " – " + CR_CAMUNA.branch_address, **NL)
    pdf.rule(2)


def camuna_foot(pdf: Doc) -> None:
    b = CR_CAMUNA
    pdf.set_y(-13)
    pdf.set_font("cond", "", 6.5)
    pdf.cell(0, 3, f"{b.name} – Sede {b.hq} – P.IVA {b.piva} – ABI {b.abi} – {b.register}", align="C", **NL)


# ------------------------------------------------------------ IBAN certificates ----
def iban_bcc_letter(out: Path) -> None:
    c = VALBREMBANA
    pdf = Doc(creator="Microsoft® Word 2019", header=bcc_head, footer=bcc_foot)
    pdf.add_page()
    pdf.set_font("serif", "", 10.5)
    pdf.set_xy(115, 40)
    pdf.multi_cell(80, 5, f"Spett.le\n{c.name}\n{c.address}\n{c.cap} {c.city} ({c.prov})", **NL)
    pdf.ln(10)
    pdf.para(f"Zogno, {d_long(date(2026, 8, 21))}")
    pdf.ln(6)
    pdf.set_font("serif", "B", 10.5)
    pdf.para("Oggetto: attestazione coordinate bancarie")
    pdf.set_font("serif", "", 10.5)
    pdf.ln(3)
    pdf.para(
        f"Su Vostra richiesta, con la presente attestiamo che la Società {c.name}, con sede in {c.city} "
        f"({c.prov}), {c.address}, codice fiscale e partita IVA {c.piva}, è titolare presso la nostra "
        f"{BCC_ISOLA.branch} del rapporto di conto corrente ordinario n. {c.account[-6:]}, in essere alla "
        "data odierna, le cui coordinate bancarie sono le seguenti:", h=5.5, align="J")
    pdf.ln(3)
    pdf.set_font("mono", "B", 11)
    pdf.cell(0, 7, "IBAN  " + iban_spaced(c.iban), align="C", **NL)
    pdf.set_font("serif", "", 10.5)
    pdf.cell(0, 6, f"BIC/SWIFT {BCC_ISOLA.bic}", align="C", **NL)
    pdf.ln(3)
    pdf.para("Il rapporto è intestato esclusivamente alla Società sopra indicata; non risultano "
             "cointestatari. La presente viene rilasciata per gli usi consentiti dalla legge, senza "
             "alcuna responsabilità e garanzia da parte della Banca.", h=5.5, align="J")
    pdf.ln(8)
    pdf.para("Distinti saluti.")
    pdf.ln(8)
    pdf.set_x(110)
    pdf.multi_cell(80, 5, f"{BCC_ISOLA.short}\n{BCC_ISOLA.branch}\nIl Preposto\n(Gianmaria Cortinovis)",
                   align="C", **NL)
    save(pdf, out)


def iban_clv_portal(out: Path) -> None:
    c = SEPRIO
    pdf = Doc(creator="CLV Business Online – modulo stampe", header=clv_head, footer=clv_foot)
    pdf.add_page()
    pdf.set_font("sans", "B", 14)
    pdf.cell(0, 8, "Certificazione IBAN / IBAN Certificate", **NL)
    pdf.set_font("sans", "", 8.5)
    pdf.para("Documento generato dal servizio CLV Business Online su richiesta del cliente. "
             "Document generated by CLV Business Online at the customer's request.")
    pdf.ln(4)
    rows = [
        ("Intestatario del conto / Account holder", c.name.upper()),
        ("Codice fiscale intestatario / Holder tax code", c.cf),
        ("Indirizzo / Address", f"{c.address.upper()} - {c.cap} {c.city.upper()} {c.prov}"),
        ("IBAN", c.iban),
        ("BIC / SWIFT", CREDITO_LV.bic),
        ("Numero rapporto / Account number", c.account),
        ("Divisa / Currency", "EUR"),
        ("Filiale / Branch", f"{CREDITO_LV.branch} – {CREDITO_LV.branch_address}"),
        ("Data apertura / Opening date", d_iso(date(2009, 3, 16))),
        ("Stato del rapporto / Account status", "Attivo / Active"),
    ]
    pdf.grid([("Dato / Field", "Valore / Value"), *rows], (75, 105), size=9, fill_header=True)
    pdf.ln(6)
    pdf.set_font("sans", "", 8.5)
    pdf.para(f"Data di emissione / Issue date: {d_iso(date(2026, 8, 28))}")
    pdf.para("Il presente documento non costituisce estratto conto. / This document is not a bank statement.")
    pdf.add_page()
    pdf.set_font("sans", "B", 10)
    pdf.cell(0, 6, "Informazioni sul documento / Document information", **NL)
    pdf.set_font("sans", "", 8.5)
    pdf.grid([("Codice di verifica / Verification code", "CLV-IBC-2026-08-28-7Q4M2X"),
              ("Richiesto da / Requested by", "utente MACCHIDON (firma 1 di 2)"),
              ("Canale / Channel", "CLV Business Online")], (75, 105), header=False, size=8.5)
    pdf.para("La validità del documento può essere verificata inserendo il codice nella sezione Verifica documenti "
             "del sito clv.it. / The document can be verified on clv.it.")
    save(pdf, out)


LANTERNA_CAPS = "LA LANTERNA SOCIETA' COOPERATIVA SOCIALE ONLUS"  # how a caps-only program drops the accent


def iban_lario_caps(out: Path) -> None:
    c = LANTERNA
    iban = c.iban
    pdf = Doc(creator="PROCEDURA SPORTELLO - STAMPA DICHIARAZIONI", header=lario_head, footer=lario_foot)
    pdf.add_page()
    pdf.set_font("serif", "", 9)
    pdf.cell(0, 5, f"{POP_LARIO.branch.upper()} - {POP_LARIO.branch_address.upper()}", **NL)
    pdf.ln(8)
    pdf.set_font("serif", "B", 12)
    pdf.cell(0, 7, "DICHIARAZIONE DI TITOLARITA' DI CONTO CORRENTE", align="C", **NL)
    pdf.ln(5)
    pdf.set_font("serif", "", 10)
    pdf.para(f"SI DICHIARA CHE IL CONTO CORRENTE N. {c.account[-5:]} IN ESSERE PRESSO QUESTA AGENZIA E' "
             f"INTESTATO A:", h=5.5)
    pdf.ln(2)
    pdf.set_font("serif", "B", 10)
    pdf.para(f"{LANTERNA_CAPS}\nVIALE PIACENZA 8 - 26900 LODI (LO)\nCOD. FISC. {c.cf}", h=5.5)
    pdf.ln(3)
    pdf.set_font("serif", "", 10)
    pdf.para("LE CUI COORDINATE BANCARIE INTERNAZIONALI (IBAN) SONO:", h=5.5)
    pdf.ln(2)
    parts = [("PAESE", iban[:2]), ("CHECK", iban[2:4]), ("CIN", iban[4]), ("ABI", iban[5:10]),
             ("CAB", iban[10:15]), ("N. CONTO", iban[15:])]
    pdf.grid([tuple(p for p, _ in parts), tuple(v for _, v in parts)], (20, 20, 15, 25, 25, 45),
             size=10, align="CENTER")
    pdf.ln(4)
    pdf.para("LA PRESENTE DICHIARAZIONE VIENE RILASCIATA SU RICHIESTA DELL'INTERESSATO PER GLI USI "
             "CONSENTITI DALLA LEGGE.", h=5.5)
    pdf.ln(6)
    pdf.para(f"LODI, {d_slash(date(2026, 9, 2))}")
    pdf.ln(10)
    pdf.set_x(120)
    pdf.multi_cell(70, 5, "BANCA POPOLARE DEL LARIO S.P.A.\nIL TITOLARE DELL'AGENZIA", align="C", **NL)
    save(pdf, out)


def iban_neos_person(out: Path) -> None:
    c = DAGOSTINO_PRO
    p = c.lr
    pdf = Doc(creator="neos-docs 3.4.1", header=neos_head, footer=neos_foot)
    pdf.add_page()
    pdf.set_font("sans", "B", 13)
    pdf.para("Attestazione di titolarità del conto")
    pdf.set_font("sans", "", 9.5)
    pdf.ln(2)
    pdf.para(
        f"Neos Banca S.p.A. attesta che {p.first} {p.last.replace(chr(39), '’')}, nata a Napoli (NA) il "
        f"{d_slash(p.birth)}, codice fiscale {p.cf}, titolare della partita IVA {c.piva} (conto "
        f"dedicato all'attività professionale), è intestataria unica del conto corrente identificato "
        "dalle seguenti coordinate:", h=5.2, align="J")
    pdf.ln(4)
    pdf.set_fill_color(246, 246, 246)
    pdf.set_font("sans", "", 8)
    pdf.cell(0, 5, "IBAN", fill=True, **NL)
    pdf.set_font("mono", "B", 13)
    pdf.cell(0, 8, iban_spaced(c.iban), fill=True, **NL)
    pdf.set_font("sans", "", 8)
    pdf.cell(0, 5, f"BIC {NEOS.bic}     ·     Conto aperto il {d_slash(date(2021, 2, 3))}", fill=True, **NL)
    pdf.ln(4)
    pdf.set_font("sans", "", 9.5)
    pdf.para("Il conto è attivo e non risultano deleghe a terzi. L’attestazione è resa sulla base delle "
             "risultanze contabili alla data di emissione e non costituisce garanzia di disponibilità "
             "di fondi.", h=5.2, align="J")
    pdf.ln(3)
    pdf.para(f"Milano, {d_long(date(2026, 9, 4))}")
    pdf.ln(4)
    pdf.para("Neos Banca S.p.A.\nServizio Clienti Business")
    # page 2: legal notes, as the app appends them
    pdf.add_page()
    pdf.set_font("sans", "B", 10)
    pdf.para("Note legali")
    pdf.set_font("sans", "", 8)
    for t in [
        "1. L’attestazione è generata automaticamente dall’app Neos e firmata con sigillo elettronico "
        "qualificato della Banca. La verifica dell’integrità può essere effettuata sul sito della Banca.",
        "2. I dati personali sono trattati ai sensi del Regolamento (UE) 2016/679; l’informativa completa è "
        "disponibile nella sezione Privacy dell’app.",
        "3. Per reclami: Ufficio Reclami di Neos Banca S.p.A., reclami@neosbanca.it; Arbitro Bancario "
        "Finanziario (ABF).",
    ]:
        pdf.para(t, h=4.2)
        pdf.ln(1)
    save(pdf, out)


def _broken_iban(iban: str) -> str:
    """Change one digit of the account number: mod-97 and CIN both fail."""
    digit = iban[-3]
    new = str((int(digit) + 3) % 10)
    return iban[:-3] + new + iban[-2:]


WRONG_IBAN = _broken_iban(FRIGERIO_SNC.iban)


def iban_camuna_typo(out: Path) -> None:
    c = FRIGERIO_SNC
    pdf = Doc(creator="Sportello CRAV", header=camuna_head, footer=camuna_foot)
    pdf.add_page()
    pdf.set_font("cond", "B", 11)
    pdf.ln(6)
    pdf.cell(0, 6, "ATTESTAZIONE IBAN", align="C", **NL)
    pdf.set_font("cond", "", 10)
    pdf.ln(4)
    pdf.para(f"La scrivente Cassa Rurale attesta che il conto corrente n° {c.account[-6:]} e' intestato a:")
    pdf.ln(2)
    pdf.kv("Ragione sociale:", c.name, lw=35)
    pdf.kv("Partita IVA:", c.piva, lw=35)
    pdf.kv("Sede:", c.full_address, lw=35)
    pdf.ln(2)
    pdf.kv("Codice IBAN:", WRONG_IBAN, lw=35)
    pdf.kv("Codice BIC:", CR_CAMUNA.bic, lw=35)
    pdf.ln(4)
    pdf.para("Rilasciata a richiesta del cliente per uso contributi pubblici.")
    pdf.ln(4)
    pdf.para(f"Darfo Boario Terme, {d_dot(date(2026, 9, 7))}")
    pdf.ln(8)
    pdf.para("Timbro e firma della Filiale")
    save(pdf, out)


# ------------------------------------------------------------ transfer receipts ----
TRN_LEAN = "0851253290471203480127601276IT"
TRN_EXCEL = "1101263440917523"
CRO_CONFLITTI = "95123468703"
TRN_INDESIGN = "0367201601441208710015200152IT"


def _causale(course, inv_no: str, inv_date: date) -> str:
    return (f"Saldo fattura n. {inv_no} del {d_slash(inv_date)} - corso {course.title} - ID corso "
            f"{course.id_corso} ID edizione {course.id_edizione}")


def ricevuta_bcc_eseguito(out: Path) -> None:
    k = LEAN
    c, p = k.company, k.provider
    pdf = Doc(creator="BCC Online Imprese", header=bcc_head, footer=bcc_foot)
    pdf.add_page()
    pdf.set_font("sans", "B", 13)
    pdf.cell(0, 7, "CONTABILE DI BONIFICO SEPA", **NL)
    pdf.set_font("sans", "", 9)
    pdf.cell(0, 5, "Bonifico ordinario – Esito: ESEGUITO", **NL)
    pdf.ln(3)
    rows = [
        ("Ordinante", c.name),
        ("Conto di addebito", c.iban),
        ("Banca ordinante", BCC_ISOLA.name),
        ("Beneficiario", p.name),
        ("IBAN beneficiario", p.iban),
        ("Banca beneficiario", f"{p.bank.short} (BIC {p.bank.bic})"),
        ("Importo", f"EUR {eur(k.total)}"),
        ("Commissioni", "EUR 1,50"),
        ("Data ordine", d_slash(date(2026, 12, 9))),
        ("Data esecuzione", d_slash(date(2026, 12, 10))),
        ("Data valuta beneficiario", d_slash(date(2026, 12, 10))),
        ("Causale", _causale(k, "218/2026", date(2026, 11, 27))),
        ("Codice TRN", TRN_LEAN),
        ("Stato", "Eseguito"),
    ]
    pdf.grid(rows, (50, 130), header=False, size=9.5, borders="HORIZONTAL_LINES")
    pdf.ln(4)
    pdf.set_font("sans", "I", 8)
    pdf.para("La presente contabile attesta l'avvenuta esecuzione dell'operazione. Conservare per "
             "eventuali contestazioni.")
    save(pdf, out)


def ricevuta_clv_eseguito(out: Path) -> None:
    k = EXCEL
    c, p = k.company, k.provider
    pdf = Doc(creator="CLV Business Online", header=clv_head, footer=clv_foot)
    pdf.add_page()
    pdf.set_font("sans", "B", 12)
    pdf.cell(120, 7, "Dettaglio bonifico SEPA", **RIGHT)
    pdf.set_fill_color(210, 240, 215)
    pdf.set_font("sans", "B", 9)
    pdf.cell(0, 7, "Stato: Eseguito", fill=True, align="C", **NL)
    pdf.ln(4)
    left = [("Ordinante", c.name), ("Codice fiscale ordinante", c.cf),
            ("Conto di addebito", iban_spaced(c.iban)), ("Data creazione", d_dot(date(2026, 12, 8))),
            ("Data esecuzione", d_dot(date(2026, 12, 9)))]
    right = [("Beneficiario", p.name), ("IBAN beneficiario", iban_spaced(p.iban)),
             ("Importo", f"{eur(k.total)} EUR"), ("Identificativo operazione (TRN)", TRN_EXCEL),
             ("Canale", "Internet banking")]
    y0 = pdf.get_y()
    for col, items in ((15, left), (110, right)):
        pdf.set_xy(col, y0)
        for lab, val in items:
            pdf.set_x(col)
            pdf.kv_below(lab, val, w=85)
            pdf.ln(1.5)
    pdf.set_y(max(pdf.get_y(), y0 + 62))
    pdf.kv_below("Causale",
                 f"FT. {'FPR 77/26'} DEL {d_slash(date(2026, 11, 30))} CORSO EXCEL AVANZATO ID CORSO {k.id_corso}")
    pdf.ln(6)
    pdf.set_font("sans", "", 7.5)
    pdf.para("Il bonifico è stato eseguito e l'importo è stato accreditato alla banca del beneficiario. "
             "Per SCT la data di accredito coincide con la data di esecuzione.")
    save(pdf, out)


def ricevuta_lario_cbi(out: Path) -> None:
    k = CONFLITTI
    c, p = k.company, k.provider
    pdf = Doc(creator="LARIO CORPORATE - CBI", header=lario_head, footer=lario_foot)
    pdf.add_page()
    pdf.set_font("mono", "B", 10)
    pdf.cell(0, 5, "ESITO DISPOSIZIONI - BONIFICI SEPA SCT", **NL)
    pdf.set_font("mono", "", 8.5)
    pdf.cell(0, 4.5, f"AZIENDA: {c.name.upper()}   COD. SIA: L7Q21", **NL)
    pdf.cell(0, 4.5, f"DISTINTA N. 0000412   DEL 11.12.2026   RAPPORTO: {c.iban}", **NL)
    pdf.rule(2)
    lines = [
        "PROGR.   : 001",
        f"ORDINANTE: {c.name.upper()}",
        f"C.F./P.IVA ORDINANTE: {c.piva}",
        f"BENEFICIARIO: {p.name.upper()}",
        f"IBAN BENEF.: {p.iban}",
        f"IMPORTO  : EUR       {eur(k.total, thousands='')}",
        "DATA REGOLAMENTO: 11.12.2026    VALUTA BENEF.: 11.12.2026",
        "CAUSALE  : PAGAMENTO FT 2026/FE/0412 DEL 30.11.2026 CORSO COMUNICAZIONE",
        f"           EFFICACE E GESTIONE DEI CONFLITTI ID CORSO {k.id_corso}",
        "STATO DISPOSIZIONE: ESEGUITA",
        f"RIF. CRO : {CRO_CONFLITTI}",
    ]
    for ln in lines:
        pdf.cell(0, 4.8, ln, **NL)
    pdf.rule(2)
    pdf.cell(0, 4.5, "TOTALE DISTINTA: EUR " + eur(k.total) + "   N. DISPOSIZIONI: 1", **NL)
    # page 2: the bank appends the legend of the outcome codes
    pdf.add_page()
    pdf.set_font("mono", "B", 10)
    pdf.cell(0, 5, "ESITO DISPOSIZIONI - LEGENDA STATI", **NL)
    pdf.set_font("mono", "", 8.5)
    for ln in ["INSERITA    : DISPOSIZIONE ACQUISITA, NON ANCORA AUTORIZZATA",
               "AUTORIZZATA : DISPOSIZIONE FIRMATA, IN ATTESA DI INVIO",
               "ESEGUITA    : DISPOSIZIONE REGOLATA, CRO ASSEGNATO",
               "STORNATA    : DISPOSIZIONE RESPINTA DALLA BANCA DEL BENEFICIARIO",
               "",
               "LE DISPOSIZIONI IN STATO DIVERSO DA ESEGUITA NON COSTITUISCONO QUIETANZA."]:
        pdf.cell(0, 4.8, ln, **NL)
    save(pdf, out)


def ordine_neos_prenotato(out: Path) -> None:
    k = INDESIGN
    c, p = k.company, k.provider
    pdf = Doc(creator="neos-app 7.12 (iOS)", header=neos_head, footer=neos_foot)
    pdf.add_page()
    pdf.set_font("sans", "B", 15)
    pdf.para("Bonifico prenotato")
    pdf.set_font("sans", "", 9)
    pdf.para("Il tuo bonifico è stato prenotato e verrà eseguito alla data indicata.")
    pdf.ln(4)
    items = [("Importo", f"€ {eur(k.total)}"), ("Da", f"{c.lr.first} {c.lr.last} – conto {iban_spaced(c.iban)}"),
             ("A", p.name), ("IBAN", iban_spaced(p.iban)),
             ("Causale", f"Fattura KDA-2026-0311 corso InDesign avanzato ID {k.id_corso}"),
             ("Data di esecuzione", d_slash(date(2027, 1, 15))), ("Stato", "Prenotato"),
             ("Commissioni", "€ 0,00")]
    for lab, val in items:
        pdf.set_font("sans", "", 8)
        pdf.set_text_color(120, 120, 120)
        pdf.cell(0, 4, lab, **NL)
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("sans", "B", 10)
        pdf.multi_cell(0, 5.5, val, **NL)
        pdf.ln(1)
    pdf.ln(2)
    pdf.set_font("sans", "", 8)
    pdf.para("Puoi modificare o revocare il bonifico fino alle 23:59 del giorno precedente la data di "
             "esecuzione. Il codice TRN sarà disponibile dopo l’esecuzione, nella sezione Movimenti.")
    save(pdf, out)


def ordine_clv_da_firmare(out: Path) -> None:
    k = EXCEL
    c, p = k.company, k.provider
    pdf = Doc(orientation="L", creator="CLV Business Online", header=clv_head, footer=clv_foot)
    pdf.add_page()
    pdf.set_font("sans", "B", 12)
    pdf.cell(0, 7, "Distinta bonifici SEPA n. 2026/000418 – riepilogo", **NL)
    pdf.set_font("sans", "", 9)
    pdf.cell(0, 5, "Stato distinta: IN ATTESA DI AUTORIZZAZIONE  –  firme apposte 1 di 2 (da firmare)", **NL)
    pdf.cell(0, 5, f"Azienda: {c.name}  –  rapporto di addebito {c.iban}", **NL)
    pdf.ln(3)
    rows = [("N.", "Beneficiario", "IBAN", "Importo", "Data esecuzione richiesta", "Causale", "Stato"),
            ("1", p.name, p.iban, eur(k.total), d_slash(date(2026, 12, 9)),
             f"Saldo ft. FPR 77/26 corso Excel avanzato ID corso {k.id_corso}", "Da firmare")]
    pdf.grid(rows, (10, 50, 62, 22, 30, 70, 23), size=8, fill_header=True)
    pdf.set_font("sans", "B", 9)
    pdf.cell(0, 6, f"Totale distinta: EUR {eur(k.total)}", **NL)
    pdf.ln(3)
    pdf.set_font("sans", "", 8)
    pdf.para("Firmatari abilitati: Donatella Macchi (firmato il 08/12/2026 16:41) – Amministrazione "
             "Seprio (in attesa). La distinta sarà inviata alla banca ed eseguita dopo l'apposizione "
             "di tutte le firme richieste.")
    pdf.add_page()
    pdf.set_font("sans", "B", 11)
    pdf.cell(0, 7, "Registro autorizzazioni distinta 2026/000418", **NL)
    pdf.grid([("Data e ora", "Utente", "Azione", "Esito"),
              ("08/12/2026 16:38", "MACCHIDON", "Creazione distinta", "Inserita"),
              ("08/12/2026 16:41", "MACCHIDON", "Firma dispositiva 1/2", "In attesa di autorizzazione"),
              ("—", "AMMSEPRIO", "Firma dispositiva 2/2", "Da firmare")], (45, 45, 95, 82), size=9)
    save(pdf, out)


def ordine_camuna_inserito(out: Path) -> None:
    k = POMPE
    c, p = k.company, k.provider
    pdf = Doc(creator="CRAV Inbank", header=camuna_head, footer=camuna_foot)
    pdf.add_page()
    pdf.set_font("cond", "B", 12)
    pdf.cell(0, 7, "Bonifico SEPA – Riepilogo disposizione", **NL)
    pdf.set_font("cond", "", 10)
    pdf.para("Disposizione inserita correttamente. Numero ordine: 77310-2026-000981")
    pdf.ln(2)
    for lab, val in [("Stato", "INSERITO"), ("Ordinante", c.name), ("Conto addebito", c.iban),
                     ("Beneficiario", p.name), ("Coordinate beneficiario", p.iban),
                     ("Importo", f"€ {eur(k.total)}"), ("Data esecuzione richiesta", d_slash(date(2026, 12, 14))),
                     ("Causale", f"pagamento fattura 231/2026 corso pompe di calore ID edizione {k.id_edizione}")]:
        pdf.kv(lab + ":", val, lw=48, size=10)
    pdf.ln(4)
    pdf.set_font("cond", "I", 8.5)
    pdf.para("La disposizione verrà eseguita nella data richiesta compatibilmente con la disponibilità sul "
             "conto. Il presente riepilogo non ha valore di quietanza.")
    save(pdf, out)


# --------------------------------------------------------------- statements ----
def _bcc_movements():
    """A month of movements for Valbrembana, with the provider's debit on 10/12."""
    k = LEAN
    rows = []
    bal = D("38412.77")
    opening = bal
    raw = [
        (1, "ACCREDITO BONIFICO DA MECCANICA SERINA SPA FT 1188", D("6210.40")),
        (1, "ADDEBITO SDD ENEL ENERGIA FATT. 2026/883311", D("-1840.22")),
        (2, "PAGAMENTO POS CARBURANTI Q8 ZOGNO", D("-92.30")),
        (2, "ACCREDITO BONIFICO DA TORNERIA ALBINESE SRL SALDO FT 1190", D("3120.00")),
        (3, "COMMISSIONI BONIFICI ON LINE NOVEMBRE", D("-12.00")),
        (4, "ADDEBITO RIBA N. 44 FORNITORE ACCIAI BERGAMO SPA", D("-5280.00")),
        (4, "ACCREDITO BONIFICO DA BREMBO VALLI SRL", D("2440.00")),
        (5, "PAGAMENTO POS FERRAMENTA ZANCHI", D("-64.90")),
        (9, "VERSAMENTO CONTANTI", D("1500.00")),
        (10, f"BONIFICO SEPA A FAVORE DI {k.provider.name.upper()} - SALDO FATTURA N. 218/2026 "
             f"CORSO LEAN ID CORSO {k.id_corso} - TRN {TRN_LEAN}", -k.total),
        (10, "COMMISSIONI BONIFICO", D("-1.50")),
        (11, "ACCREDITO BONIFICO DA OFFICINE VALSECCHI SNC", D("980.00")),
        (12, "ADDEBITO SDD TELECOM ITALIA", D("-211.60")),
        (15, "ADDEBITO STIPENDI NOVEMBRE 2026 - DISTINTA 118", D("-31870.00")),
        (16, "DELEGA F24 ADDEBITO - PROT. 26121600012345", D("-11742.36")),
        (16, "ACCREDITO BONIFICO DA MECCANICA SERINA SPA FT 1201", D("14870.00")),
        (17, "ACCREDITO BONIFICO DA GRUPPO LAMIERE OROBICHE SRL", D("8112.50")),
        (18, "PAGAMENTO POS AUTOSTRADE", D("-38.40")),
        (18, "ADDEBITO RIBA N. 51 VERNICIATURA PREALPI", D("-2904.00")),
        (19, "ACCREDITO BONIFICO DA TORNERIA ALBINESE SRL", D("4200.00")),
        (22, "ADDEBITO CANONE INTERNET BANKING", D("-15.00")),
        (22, "ACCREDITO BONIFICO DA BREMBO VALLI SRL ACCONTO", D("5000.00")),
        (23, "ADDEBITO SDD A2A CICLO IDRICO", D("-322.18")),
        (23, "PAGAMENTO POS RISTORANTE BRACA", D("-148.00")),
        (24, "ADDEBITO RATA MUTUO N. 88120 RATA 37/120", D("-3411.09")),
        (28, "ACCREDITO BONIFICO DA MECCANICA SERINA SPA FT 1214", D("7320.00")),
        (29, "ADDEBITO RIBA N. 56 ACCIAI BERGAMO SPA", D("-4418.00")),
        (29, "ADDEBITO PREMIO POLIZZA RC N. 7781220", D("-1280.00")),
        (30, "ACCREDITO BONIFICO DA OFFICINE VALSECCHI SNC", D("1650.00")),
        (30, "PAGAMENTO POS ESSELUNGA BERGAMO", D("-57.12")),
        (30, "PAGAMENTO POS AMAZON EU SARL", D("-129.90")),
        (30, "ACCREDITO BONIFICO DA CARPENTERIA MORO SRL FT 1219", D("2750.00")),
        (30, "ADDEBITO SDD LEASING MACCHINARI CONTRATTO 55120", D("-1810.44")),
        (30, "PAGAMENTO POS DISTRIBUTORE ENI SAN PELLEGRINO", D("-75.00")),
        (30, "ADDEBITO CARTA AZIENDALE ESTRATTO NOVEMBRE", D("-912.66")),
        (30, "ACCREDITO BONIFICO DA GRUPPO LAMIERE OROBICHE SRL SALDO", D("3340.00")),
        (31, "ADDEBITO SDD ASSOCIAZIONE ARTIGIANI QUOTA 2027", D("-380.00")),
        (31, "ACCREDITO INTERESSI CREDITORI", D("1.12")),
        (31, "RITENUTA FISCALE SU INTERESSI", D("-0.29")),
        (31, "COMPETENZE DI CHIUSURA AL 31/12/2026", D("-24.80")),
        (31, "IMPOSTA DI BOLLO E/C", D("-25.00")),
    ]
    for day, desc, amt in raw:
        bal += amt
        rows.append((date(2026, 12, day), desc, amt))
    return opening, rows, bal


def ec_bcc_monthly(out: Path) -> None:
    c = VALBREMBANA
    opening, movs, closing = _bcc_movements()

    def head(pdf: Doc) -> None:
        bcc_head(pdf)
        pdf.set_font("sans", "B", 10)
        pdf.cell(0, 5, f"ESTRATTO CONTO CORRENTE N. {c.account[-6:]} – periodo dal 01/12/2026 al 31/12/2026",
                 **NL)
        pdf.set_font("sans", "", 8)
        pdf.cell(0, 4, f"Intestato a: {c.name} – IBAN {c.iban}", **NL)
        pdf.cell(0, 4, f"Pagina {pdf.page_no()} di {{nb}}", align="R", **NL)
        pdf.ln(1)

    pdf = Doc(creator="BCC – Stampa estratti conto", header=head, footer=bcc_foot, bottom=24)
    pdf.add_page()
    pdf.set_font("sans", "", 9)
    pdf.set_xy(120, pdf.get_y())
    pdf.multi_cell(75, 4.5, f"Spett.le\n{c.name}\n{c.address}\n{c.cap} {c.city} {c.prov}", **NL)
    pdf.ln(4)
    pdf.kv("Saldo iniziale al 30/11/2026", f"{eur(opening)}", lw=60, size=9)
    pdf.ln(2)
    rows = [("Data oper.", "Data valuta", "Descrizione operazione", "Uscite", "Entrate")]
    for dt, desc, amt in movs:
        rows.append((d_slash(dt), d_slash(dt), desc, eur(-amt) if amt < 0 else "", eur(amt) if amt > 0 else ""))
    pdf.grid(rows, (20, 20, 98, 21, 21), size=8.5, line_height=5.2, borders="HORIZONTAL_LINES",
             align=("LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT"))
    pdf.set_font("sans", "B", 9)
    pdf.kv("Saldo finale al 31/12/2026", f"{eur(closing)}", lw=60, size=9)
    pdf.ln(3)
    pdf.set_font("sans", "", 7.5)
    pdf.para("Eventuali reclami relativi all'estratto conto devono pervenire entro 60 giorni dalla data di "
             "ricezione; trascorso tale termine l'estratto conto si intende approvato.")
    save(pdf, out)


def ec_clv_lista_movimenti(out: Path) -> None:
    k = EXCEL
    c, p = k.company, k.provider
    movs = [
        (date(2026, 12, 1), date(2026, 12, 1), "ACCREDITO BONIFICO SEPA DA FILATI COMO SPA RIF. FT 3021",
         D("18400.00")),
        (date(2026, 12, 2), date(2026, 12, 2), "PAGAMENTO UTENZE SDD A2A ENERGIA CLIENTE 4471", D("-9120.55")),
        (date(2026, 12, 4), date(2026, 12, 3), "DISPOSIZIONE BONIFICO SEPA A FAVORE TINTORIA BUSTESE SRL",
         D("-12400.00")),
        (date(2026, 12, 9), date(2026, 12, 9),
         f"BONIF. SEPA VS. FAVORE {p.name.upper()} IBAN {p.iban} TRN {TRN_EXCEL} CAUSALE FT. FPR 77/26 "
         f"DEL 30/11/2026 CORSO EXCEL AVANZATO ID CORSO {k.id_corso}", -k.total),
        (date(2026, 12, 10), date(2026, 12, 10), "EMOLUMENTI DIPENDENTI NOVEMBRE 2026", D("-118440.00")),
        (date(2026, 12, 11), date(2026, 12, 11), "ACCREDITO RIBA INCASSO EFFETTI SBF", D("42120.00")),
        (date(2026, 12, 16), date(2026, 12, 16), "DELEGA F24 CBI PROT. 1612202600881", D("-61234.18")),
    ]
    pdf = Doc(orientation="L", creator="CLV Business Online – export PDF", header=clv_head, footer=clv_foot)
    pdf.add_page()
    pdf.set_font("sans", "B", 11)
    pdf.cell(0, 6, "Lista movimenti", **NL)
    pdf.set_font("sans", "", 8.5)
    pdf.cell(0, 5, f"Rapporto: {c.iban} – {c.name} – Filtro: dal 01.12.2026 al 16.12.2026 – tutti i movimenti",
             **NL)
    pdf.ln(2)
    rows = [("Data contabile", "Data valuta", "Descrizione", "Importo (EUR)")]
    for dc, dv, desc, amt in movs:
        rows.append((d_dot(dc), d_dot(dv), desc, eur(amt)))
    pdf.grid(rows, (26, 26, 180, 35), size=8, align=("LEFT", "LEFT", "LEFT", "RIGHT"), fill_header=True)
    pdf.set_font("sans", "", 8)
    pdf.para("Saldo contabile al 16.12.2026: 512.774,31 EUR – Saldo disponibile: 498.774,31 EUR")
    pdf.para("I movimenti del giorno possono non essere definitivi. Il documento non sostituisce "
             "l'estratto conto ufficiale.")
    save(pdf, out)


def ec_lario_quarterly(out: Path) -> None:
    k = CONFLITTI
    c = k.company
    pdf = Doc(creator="LARIO E/C", header=lario_head, footer=lario_foot)
    pdf.add_page()
    y0 = pdf.get_y()
    pdf.set_font("serif", "", 8.5)
    # two blocks side by side, written line by line so they interleave in the text layer
    left = ["ESTRATTO CONTO DI CORRISPONDENZA", f"CONTO N. {c.account[-5:]}  DIVISA EUR",
            "PERIODO 01.10.2026 - 31.12.2026", f"IBAN {c.iban}", "AGENZIA 7 LODI"]
    right = ["SPETTABILE", c.name.upper(), "VIALE PIACENZA 8", "26900 LODI LO", ""]
    for i, (a, b) in enumerate(zip(left, right, strict=True)):
        pdf.set_xy(15, y0 + i * 4.5)
        pdf.cell(95, 4.5, a, **RIGHT)
        pdf.cell(0, 4.5, b, **NL)
    pdf.ln(4)
    movs = [
        ("03.10.2026", "03.10.2026", "VERSAMENTO ASSEGNI", "", "1420,00"),
        ("15.10.2026", "15.10.2026", "BON. DA REGIONE LOMBARDIA ACCONTO SERVIZI SAD", "", "48210,00"),
        ("27.10.2026", "27.10.2026", "PAGAMENTO STIPENDI OTTOBRE", "39880,00", ""),
        ("16.11.2026", "16.11.2026", "F24 TELEMATICO", "12118,44", ""),
        ("27.11.2026", "27.11.2026", "PAGAMENTO STIPENDI NOVEMBRE", "40102,00", ""),
        ("11.12.2026", "11.12.2026", "BON. A FAV. ACCADEMIA INSUBRIA LAVORO S.R.L. IMP CRO " + CRO_CONFLITTI,
         eur(k.total, thousands=""), ""),
        ("16.12.2026", "16.12.2026", "F24 TELEMATICO", "12990,01", ""),
        ("18.12.2026", "18.12.2026", "BON. DA COMUNE DI LODI SERVIZI EDUCATIVI", "", "21880,00"),
        ("22.12.2026", "22.12.2026", "PAGAMENTO STIPENDI DICEMBRE E TREDICESIMA", "71230,00", ""),
        ("31.12.2026", "31.12.2026", "COMPETENZE E SPESE DI CHIUSURA", "61,20", ""),
    ]
    pdf.set_font("serif", "", 8)
    pdf.grid([("DATA", "VALUTA", "DESCRIZIONE DELLE OPERAZIONI", "DARE", "AVERE"), *movs],
             (20, 20, 100, 20, 20), size=8, borders="MINIMAL", align=("LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT"))
    opening = D("135330.12")
    closing = opening + sum((D(a.replace(",", ".")) if a else 0) - (D(d.replace(",", ".")) if d else 0)
                            for _, _, _, d, a in movs)
    pdf.set_font("serif", "B", 8.5)
    pdf.cell(0, 5, f"SALDO INIZIALE {eur(opening)}   SALDO FINALE {eur(closing)}", **NL)
    pdf.add_page()
    pdf.set_font("serif", "B", 10)
    pdf.cell(0, 6, f"RIASSUNTO SCALARE - CONTO N. {c.account[-5:]} - 4° TRIMESTRE 2026", **NL)
    pdf.grid([("VALUTA", "SALDO", "GIORNI", "NUMERI DEBITORI", "NUMERI CREDITORI"),
              ("01.10.2026", eur(opening), "14", "", "1.894.621"), ("15.10.2026", "184.960,12", "12", "",
                                                                     "2.219.521"),
              ("27.10.2026", "145.080,12", "20", "", "2.901.602"), ("16.11.2026", "132.961,68", "11", "",
                                                                     "1.462.578"),
              ("31.12.2026", eur(closing), "", "", "")], (30, 35, 20, 45, 50), size=8.5)
    pdf.set_font("serif", "", 8.5)
    pdf.para("COMPETENZE: INTERESSI CREDITORI 0,00 - SPESE TENUTA CONTO 45,00 - SPESE PER OPERAZIONE 16,20")
    save(pdf, out)


def ec_neos_january(out: Path) -> None:
    k = INDESIGN
    c, p = k.company, k.provider
    pdf = Doc(creator="neos-docs 3.4.1", header=neos_head, footer=neos_foot)
    pdf.add_page()
    pdf.set_font("sans", "B", 14)
    pdf.para("Estratto conto · Gennaio 2027")
    pdf.set_font("sans", "", 8.5)
    pdf.para(f"Intestatario / Account holder: {c.lr.first} {c.lr.last}  ·  IBAN {iban_spaced(c.iban)}")
    pdf.para("Periodo / Period: 01/01/2027 – 31/01/2027")
    pdf.ln(3)
    pdf.grid([("Saldo iniziale / Opening balance", "Entrate / In", "Uscite / Out", "Saldo finale / Closing balance"),
              ("€ 6.812,40", "€ 3.950,00", "€ 2.318,77", "€ 8.443,63")], (50, 40, 40, 50), size=8.5)
    pdf.ln(3)
    rows = [("Data", "Descrizione", "Importo")]
    for dt, desc, amt in [
        (date(2027, 1, 3), "Pagamento carta · Adobe Systems Software Ireland", "-€ 72,59"),
        (date(2027, 1, 8), "Bonifico ricevuto da Editoriale Navigli S.r.l. · fatt. 1/2027", "+€ 2.450,00"),
        (date(2027, 1, 11), "Pagamento carta · Esselunga Milano", "-€ 84,18"),
        (date(2027, 1, 15), f"Bonifico a {p.name} · Fattura KDA-2026-0311 corso InDesign avanzato "
                            f"ID {k.id_corso} · TRN {TRN_INDESIGN}", f"-€ {eur(k.total)}"),
        (date(2027, 1, 20), "Bonifico ricevuto da Studio Lorenzi Architetti · fatt. 2/2027", "+€ 1.500,00"),
        (date(2027, 1, 27), "F24 · saldo imposta sostitutiva", "-€ 820,00"),
    ]:
        rows.append((d_slash(dt), desc, amt))
    pdf.grid(rows, (24, 130, 26), size=8.5, borders="HORIZONTAL_LINES", align=("LEFT", "LEFT", "RIGHT"))
    save(pdf, out)


CASES = [
    Case("certificazione_iban", "iban-bcc-letter", iban_bcc_letter,
         {"iban": VALBREMBANA.iban, "holder": VALBREMBANA.name, "holder_cf": VALBREMBANA.piva,
          "bank": BCC_ISOLA.short, "date": date(2026, 8, 21)}, ("letter", "iban_spaced", "serif")),
    Case("certificazione_iban", "iban-clv-portal-bilingual", iban_clv_portal,
         {"iban": SEPRIO.iban, "holder": SEPRIO.name, "holder_cf": SEPRIO.piva, "bank": "Credito Lombardo Veneto",
          "date": date(2026, 8, 28), "page_count": 2}, ("bilingual", "table", "all_caps_values", "multi_page")),
    Case("certificazione_iban", "iban-lario-caps-split-table", iban_lario_caps,
         {"iban": LANTERNA.iban, "holder": LANTERNA.name, "holder_printed": LANTERNA_CAPS,
          "holder_cf": LANTERNA.piva, "bank": "Banca Popolare del Lario", "date": date(2026, 9, 2)},
         ("all_caps", "iban_split_in_cells", "no_accents")),
    Case("certificazione_iban", "iban-neos-person-2p", iban_neos_person,
         {"iban": DAGOSTINO_PRO.iban, "holder": "Chiara D'Agostino", "holder_cf": DAGOSTINO_PRO.cf,
          "holder_piva": DAGOSTINO_PRO.piva, "bank": "Neos Banca", "date": date(2026, 9, 4), "page_count": 2},
         ("multi_page", "typographic_apostrophe", "person_holder")),
    Case("certificazione_iban", "iban-camuna-wrong-check-digits", iban_camuna_typo,
         {"iban": WRONG_IBAN, "iban_valid": False, "holder": FRIGERIO_SNC.name, "holder_cf": FRIGERIO_SNC.piva,
          "bank": "Cassa Rurale Adamello e Valcamonica", "date": date(2026, 9, 7),
          "note": "the account number has a typo: mod-97 and CIN fail"},
         ("wrong_identifier",)),
    Case("ricevuta_bonifico", "bonifico-bcc-eseguito", ricevuta_bcc_eseguito,
         {"status": "eseguito", "cro_trn": TRN_LEAN, "amount": LEAN.total, "beneficiary": LEAN.provider.name,
          "payer": VALBREMBANA.name,
          "date": date(2026, 12, 10), "bank": BCC_ISOLA.short}, ("table",)),
    Case("ricevuta_bonifico", "bonifico-clv-eseguito-two-col", ricevuta_clv_eseguito,
         {"status": "eseguito", "cro_trn": TRN_EXCEL, "amount": EXCEL.total, "beneficiary": EXCEL.provider.name,
          "payer": SEPRIO.name, "date": date(2026, 12, 9), "bank": "Credito Lombardo Veneto"},
         ("two_column", "values_below_labels", "iban_spaced")),
    Case("ricevuta_bonifico", "bonifico-lario-cbi-caps-2p", ricevuta_lario_cbi,
         {"status": "eseguito", "cro_trn": CRO_CONFLITTI, "amount": CONFLITTI.total,
          "beneficiary": CONFLITTI.provider.name.upper(), "payer": LANTERNA.name.upper(),
          "date": date(2026, 12, 11), "bank": "Banca Popolare del Lario", "page_count": 2},
         ("all_caps", "monospace", "multi_page", "legend_lists_all_states")),
    Case("ricevuta_bonifico", "bonifico-neos-prenotato", ordine_neos_prenotato,
         {"status": "ordine", "state_word": "prenotato", "cro_trn": None, "amount": INDESIGN.total,
          "beneficiary": INDESIGN.provider.name, "payer": "Chiara D'Agostino", "date": date(2027, 1, 15)},
         ("order_only", "future_execution_date")),
    Case("ricevuta_bonifico", "bonifico-clv-distinta-da-firmare", ordine_clv_da_firmare,
         {"status": "ordine", "state_word": "in attesa di autorizzazione", "cro_trn": None,
          "amount": EXCEL.total, "beneficiary": EXCEL.provider.name, "payer": SEPRIO.name,
          "date": date(2026, 12, 9), "page_count": 2},
         ("order_only", "landscape", "table", "same_payment_as_executed_case", "multi_page")),
    Case("ricevuta_bonifico", "bonifico-camuna-inserito", ordine_camuna_inserito,
         {"status": "ordine", "state_word": "inserito", "cro_trn": None, "amount": POMPE.total,
          "beneficiary": POMPE.provider.name, "payer": FRIGERIO_SNC.name, "date": date(2026, 12, 14)},
         ("order_only", "mentions_esecuzione")),
    Case("estratto_conto", "ec-bcc-monthly-2p", ec_bcc_monthly,
         {"iban": VALBREMBANA.iban, "holder": VALBREMBANA.name, "debit_amount": LEAN.total,
          "beneficiary": LEAN.provider.name.upper(), "cro_trn": TRN_LEAN, "debit_date": date(2026, 12, 10),
          "period": (2026, 12), "page_count": 2},
         ("multi_page", "repeated_header", "table")),
    Case("estratto_conto", "ec-clv-lista-movimenti", ec_clv_lista_movimenti,
         {"iban": SEPRIO.iban, "holder": SEPRIO.name, "debit_amount": -EXCEL.total,
          "beneficiary": EXCEL.provider.name.upper(), "cro_trn": TRN_EXCEL, "debit_date": date(2026, 12, 9)},
         ("landscape", "signed_amounts", "dotted_dates", "not_an_official_statement")),
    Case("estratto_conto", "ec-lario-quarterly-caps", ec_lario_quarterly,
         {"iban": LANTERNA.iban, "holder": LANTERNA.name.upper(), "debit_amount": CONFLITTI.total,
          "beneficiary_printed": "ACCADEMIA INSUBRIA LAVORO S.R.L. IMP", "cro_trn": CRO_CONFLITTI,
          "debit_date": date(2026, 12, 11), "page_count": 2},
         ("all_caps", "multi_page", "two_blocks_interleaved", "truncated_beneficiary", "amounts_without_thousands")),
    Case("estratto_conto", "ec-neos-bilingual", ec_neos_january,
         {"iban": DAGOSTINO_PRO.iban, "holder": "Chiara D'Agostino", "debit_amount": INDESIGN.total,
          "beneficiary": INDESIGN.provider.name, "cro_trn": TRN_INDESIGN, "debit_date": date(2027, 1, 15),
          "period": (2027, 1)}, ("bilingual", "euro_sign_amounts", "iban_spaced")),
]
