"""Payroll and employment documents: employment contracts / letters of hire,
payslips, Libro Unico del Lavoro (several workers and months in one file) and
clock-in/out reports, as different payroll offices and attendance systems
print them."""
from __future__ import annotations

import calendar
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from .common import GIORNI, MESI, NL, RIGHT, Case, Doc, d_dot, d_long, d_slash, eur, money, month_name, save
from .world import (
    BERTOLAZZI,
    CAMUNA_EL,
    CONFLITTI,
    ELAMRANI,
    EXCEL,
    FONTANA,
    GHIDINI_E,
    HIRES,
    LANTERNA,
    LEAN,
    MAGGIONI,
    PADANA_EST,
    PESENTI,
    SEPRIO,
    SESSIONS,
    VALBREMBANA,
    Hire,
    Person,
    make_iban,
)

D = Decimal
HOLIDAYS = {date(2026, 8, 15), date(2026, 10, 4), date(2026, 11, 1), date(2026, 12, 8), date(2026, 12, 25),
            date(2026, 12, 26)}


def course_days(person: Person) -> dict[date, tuple[int, int]]:
    """Course sessions the worker attends, by day."""
    out = {}
    for k in (LEAN, EXCEL, CONFLITTI):
        if person in k.participants:
            for d, s, e in SESSIONS[k.id_edizione]:
                out[d] = (s, e)
    return out


def working_days(year: int, month: int, weekdays=(0, 1, 2, 3, 4)) -> list[date]:
    n = calendar.monthrange(year, month)[1]
    return [date(year, month, d) for d in range(1, n + 1)
            if date(year, month, d).weekday() in weekdays and date(year, month, d) not in HOLIDAYS]


# ---------------------------------------------------------------- pay arithmetic ----
ONE = D(1)


def pay(base: Decimal, extra: list[tuple[str, Decimal]], part: Decimal = ONE) -> dict:
    """Very simplified Italian payroll: INPS 9.19%, IRPEF 23%/35% monthly, fixed credits."""
    lines = [("Retribuzione ordinaria", money(base * part))] + [(n, money(v * part)) for n, v in extra]
    gross = sum((v for _, v in lines), D(0))
    inps = money(gross * D("0.0919"))
    taxable = gross - inps
    first = min(taxable, D("2333.33"))
    irpef = money(first * D("0.23") + max(taxable - D("2333.33"), D(0)) * D("0.35"))
    detr = D("160.42")
    irpef_net = max(irpef - detr, D(0))
    add_reg, add_com = money(taxable * D("0.0158")), money(taxable * D("0.008"))
    deductions = [("Contributo IVS a carico dipendente 9,19%", inps), ("IRPEF lorda", irpef),
                  ("Detrazioni lavoro dipendente", -detr), ("Addizionale regionale (rata)", add_reg),
                  ("Addizionale comunale (rata)", add_com)]
    total_ded = inps + irpef_net + add_reg + add_com
    net = gross - total_ded
    return {"lines": lines, "gross": gross, "inps": inps, "taxable": taxable, "irpef": irpef, "detr": detr,
            "deductions": deductions, "total_ded": total_ded, "net": net}


# ----------------------------------------------------------------- contracts ----
def contratto_lettera_2003(out: Path) -> None:
    h = HIRES[PESENTI.cf]
    c, p = h.company, h.person
    pdf = Doc(creator="Microsoft Word 2002")
    pdf.add_page()
    pdf.set_font("serif", "B", 13)
    pdf.cell(0, 6, c.name.upper(), **NL)
    pdf.set_font("serif", "", 8.5)
    pdf.cell(0, 4, f"{c.address} – {c.cap} {c.city} (BG) – Tel. 0345/912210 – P.IVA {c.piva}", **NL)
    pdf.rule(3)
    pdf.set_font("serif", "", 10.5)
    pdf.set_xy(115, 40)
    pdf.multi_cell(80, 5, f"Egregio Signor\n{p.first} {p.last}\nVia Gavazzeni, 3\n24012 Brembilla (BG)", **NL)
    pdf.ln(8)
    pdf.para(f"Zogno, {d_long(date(2003, 4, 28))}")
    pdf.ln(4)
    pdf.set_font("serif", "B", 10.5)
    pdf.para("Oggetto: lettera di assunzione")
    pdf.set_font("serif", "", 10.5)
    pdf.ln(2)
    for t in [
        f"Con la presente Le confermiamo la Sua assunzione alle nostre dipendenze a decorrere dal "
        f"{d_long(h.hired)} con contratto di lavoro subordinato a tempo indeterminato e a tempo pieno "
        "(40 ore settimanali, dal lunedì al venerdì).",
        "Il rapporto è regolato dal C.C.N.L. per l'industria metalmeccanica privata e della installazione di "
        "impianti; Lei sarà inquadrato nella 3ª categoria con la qualifica di operaio e la mansione di "
        "addetto alle macchine utensili a controllo numerico.",
        "La retribuzione mensile lorda è pari a Euro 1.186,40 (minimo contrattuale, contingenza ed E.D.R.), "
        "oltre ai ratei di tredicesima mensilità e agli altri istituti previsti dal contratto collettivo.",
        "L'assunzione è subordinata al superamento di un periodo di prova di 6 settimane di effettivo lavoro. "
        "La sede di lavoro è lo stabilimento di Zogno, Via Cesare Battisti 22.",
        f"Ai sensi del D.Lgs. 196/2003 La informiamo che i Suoi dati (codice fiscale {p.cf}) saranno trattati "
        "esclusivamente per la gestione del rapporto di lavoro.",
        "La preghiamo di restituirci copia della presente firmata per accettazione.",
    ]:
        pdf.para(t, h=5.4, align="J")
        pdf.ln(1.5)
    pdf.ln(6)
    pdf.cell(90, 5, "Per accettazione", **RIGHT)
    pdf.cell(0, 5, "Officine Meccaniche Valbrembana S.r.l.", align="C", **NL)
    pdf.cell(90, 5, "(Marco Pesenti)", **RIGHT)
    pdf.cell(0, 5, "L'Amministratore Unico", align="C", **NL)
    save(pdf, out)


def contratto_coop_caps(out: Path) -> None:
    h = HIRES[MAGGIONI.cf]
    c, p = h.company, h.person

    def foot(pdf: Doc) -> None:
        pdf.set_y(-14)
        pdf.set_font("mono", "", 7.5)
        pdf.cell(0, 4, f"PAG. {pdf.page_no()}    SIGLA LAVORATORE ______    SIGLA COOPERATIVA ______", **NL)

    pdf = Doc(creator="WordPerfect 8", footer=foot)
    pdf.add_page()
    pdf.set_font("mono", "B", 10)
    pdf.multi_cell(0, 5, "COOPERATIVA SOCIALE LA LANTERNA A R.L. - ONLUS\nVIALE PIACENZA 8 - 26900 LODI\n"
                         f"C.F. E P.IVA {c.piva}", align="C", **NL)
    pdf.ln(4)
    pdf.multi_cell(0, 5, "CONTRATTO INDIVIDUALE DI LAVORO SUBORDINATO\nSOCIO LAVORATORE - ART. 1 L. 3 APRILE 2001 "
                         "N. 142", align="C", **NL)
    pdf.ln(4)
    pdf.set_font("mono", "", 8.8)
    arts = [
        ("TRA", f"LA COOPERATIVA SOCIALE LA LANTERNA A R.L., IN PERSONA DEL PRESIDENTE PRO TEMPORE, E IL SOCIO "
                f"{p.last.upper()} {p.first.upper()}, NATO A LODI IL {d_slash(p.birth)}, C.F. {p.cf}, "
                "RESIDENTE IN LODI, VIA MASSENA 30,"),
        ("PREMESSO", "CHE IL SIG. MAGGIONI E' STATO AMMESSO A SOCIO CON DELIBERA DEL CONSIGLIO DI "
                     "AMMINISTRAZIONE DEL 29.08.2002 E HA ADERITO AL REGOLAMENTO INTERNO EX ART. 6 L. 142/2001,"),
        ("ART. 1 - DECORRENZA", f"IL RAPPORTO DI LAVORO ULTERIORE E DISTINTO DAL RAPPORTO ASSOCIATIVO DECORRE "
                                f"DAL {d_slash(h.hired)} ED E' A TEMPO INDETERMINATO."),
        ("ART. 2 - INQUADRAMENTO", "AL SOCIO SI APPLICA IL C.C.N.L. DELLE COOPERATIVE SOCIALI. INQUADRAMENTO: "
                                   "CATEGORIA D, POSIZIONE ECONOMICA D2, EDUCATORE PROFESSIONALE."),
        ("ART. 3 - ORARIO", "ORARIO A TEMPO PIENO DI 38 ORE SETTIMANALI ARTICOLATO SU TURNI AVVICENDATI "
                            "(MATTINO, POMERIGGIO, NOTTE) SECONDO IL PIANO TURNI MENSILE DEL SERVIZIO."),
        ("ART. 4 - RETRIBUZIONE", "RETRIBUZIONE MENSILE LORDA PARI A EURO 1.212,37 PER 14 MENSILITA', OLTRE "
                                  "INDENNITA' DI TURNO E MAGGIORAZIONI PREVISTE DAL C.C.N.L."),
        ("ART. 5 - SEDE", "COMUNITA' ALLOGGIO 'IL FARO', VIA CAVALLOTTI 12, LODI, E ALTRE SEDI DELLA "
                          "COOPERATIVA NELLA PROVINCIA DI LODI."),
        ("ART. 6 - PERIODO DI PROVA", "NON PREVISTO IN QUANTO IL SOCIO HA GIA' SVOLTO ATTIVITA' PRESSO LA "
                                      "COOPERATIVA IN QUALITA' DI VOLONTARIO."),
        ("ART. 7 - RINVIO", "PER QUANTO NON PREVISTO SI RINVIA AL REGOLAMENTO INTERNO, ALLO STATUTO E AL "
                            "C.C.N.L. APPLICATO."),
    ]
    for title, text in arts:
        pdf.set_font("mono", "B", 8.8)
        pdf.cell(0, 4.6, title, **NL)
        pdf.set_font("mono", "", 8.8)
        pdf.multi_cell(0, 4.6, text, align="L", **NL)
        pdf.ln(2)
    pdf.add_page()
    pdf.set_font("mono", "", 8.8)
    pdf.multi_cell(0, 4.6, "LETTO, CONFERMATO E SOTTOSCRITTO.\n\nLODI, 02.09.2002\n\nIL PRESIDENTE "
                           "_________________          IL SOCIO LAVORATORE _________________", **NL)
    save(pdf, out)


def contratto_logistica_3p(out: Path) -> None:
    h = HIRES[FONTANA.cf]
    c, p = h.company, h.person

    def head(pdf: Doc) -> None:
        pdf.set_font("sans", "", 7.5)
        pdf.set_text_color(100, 100, 100)
        pdf.cell(0, 4, f"Contratto individuale di lavoro – {p.last} {p.first}", **RIGHT)
        pdf.cell(0, 4, f"{c.name}", align="R", **NL)
        pdf.set_text_color(0, 0, 0)
        pdf.ln(4)

    def foot(pdf: Doc) -> None:
        pdf.set_y(-13)
        pdf.set_font("sans", "", 7.5)
        pdf.cell(0, 4, f"Pag. {pdf.page_no()} di {{nb}} – siglare ogni pagina", align="C", **NL)

    pdf = Doc(creator="Microsoft Office Word 2003", header=head, footer=foot)
    pdf.add_page()
    pdf.set_font("sans", "B", 12)
    pdf.multi_cell(0, 6, "CONTRATTO INDIVIDUALE DI LAVORO\nA TEMPO INDETERMINATO", align="C", **NL)
    pdf.ln(4)
    pdf.set_font("sans", "", 9.8)
    pdf.para(f"Tra {c.name}, con sede in Mantova, {c.address}, codice fiscale e partita IVA {c.piva}, "
             f"in persona del legale rappresentante pro tempore (di seguito \"la Società\")", h=5.2, align="J")
    pdf.cell(0, 6, "e", align="C", **NL)
    pdf.para(f"la Sig.ra {p.first} {p.last}, nata a Mantova il {d_slash(p.birth)}, residente a Mantova in "
             f"{p.address}, codice fiscale {p.cf} (di seguito \"la Lavoratrice\")", h=5.2, align="J")
    pdf.cell(0, 6, "si conviene e si stipula quanto segue", align="C", **NL)
    clauses = [
        ("1. Oggetto e decorrenza", f"La Società assume la Lavoratrice con contratto di lavoro subordinato a "
                                    f"tempo indeterminato a decorrere dal {d_long(h.hired)}."),
        ("2. Inquadramento e mansioni", "Alla Lavoratrice è attribuito il 4° livello del C.C.N.L. Logistica, "
                                        "Trasporto Merci e Spedizione, con la qualifica di impiegata e mansioni di "
                                        "addetta all'ufficio spedizioni (emissione documenti di trasporto, "
                                        "gestione vettori, rapporti con la clientela)."),
        ("3. Orario di lavoro", "L'orario di lavoro è di 39 ore settimanali, distribuite dal lunedì al venerdì "
                                "dalle 8:30 alle 12:30 e dalle 13:30 alle 17:18, salvo diverse esigenze organizzative "
                                "comunicate con congruo preavviso."),
        ("4. Periodo di prova", "Il periodo di prova è fissato in 60 giorni di calendario, durante i quali "
                                "ciascuna delle parti può recedere senza preavviso né indennità."),
        ("5. Retribuzione", "La retribuzione lorda mensile è pari a € 1.398,21 (minimo tabellare € 1.262,18, "
                            "contingenza € 524,00 conglobata, superminimo individuale assorbibile € 136,03), per "
                            "14 mensilità."),
        ("6. Luogo di lavoro", f"La Lavoratrice presterà la propria attività presso la sede di Mantova, "
                               f"{c.address}."),
        ("7. Ferie e permessi", "Ferie e permessi spettano nella misura prevista dal C.C.N.L. applicato."),
        ("8. Riservatezza", "La Lavoratrice si impegna a non divulgare notizie attinenti all'organizzazione e ai "
                            "metodi di produzione dell'impresa (art. 2105 c.c.)."),
        ("9. Trattamento dei dati", "I dati personali della Lavoratrice sono trattati ai sensi del D.Lgs. "
                                    "196/2003 per le finalità connesse alla gestione del rapporto."),
        ("10. Rinvio", "Per quanto non previsto si fa rinvio alle norme di legge e al C.C.N.L. applicato, che "
                       "la Lavoratrice dichiara di conoscere."),
    ]
    for title, text in clauses:
        pdf.set_font("sans", "B", 9.8)
        pdf.cell(0, 6, title, **NL)
        pdf.set_font("sans", "", 9.8)
        pdf.para(text, h=5.2, align="J")
        pdf.ln(5)
    pdf.ln(4)
    pdf.para(f"Mantova, {d_slash(date(2006, 1, 26))}")
    pdf.ln(6)
    pdf.cell(90, 5, "La Società", align="C", **RIGHT)
    pdf.cell(0, 5, "La Lavoratrice", align="C", **NL)
    pdf.cell(90, 10, "__________________", align="C", **RIGHT)
    pdf.cell(0, 10, "__________________", align="C", **NL)
    save(pdf, out)


def contratto_td_2024(out: Path) -> None:
    h = HIRES[BERTOLAZZI.cf]
    c, p = h.company, h.person
    pdf = Doc(creator="Zeus Paghe – modulistica")
    pdf.add_page()
    pdf.set_font("sans", "B", 12)
    pdf.cell(0, 6, c.name, **NL)
    pdf.set_font("sans", "", 8)
    pdf.cell(0, 4, f"{c.full_address} · P.IVA {c.piva} · {c.pec}", **NL)
    pdf.ln(8)
    pdf.set_font("sans", "", 10)
    pdf.para(f"Mantova, {d_dot(date(2024, 2, 1))}")
    pdf.para(f"Gent.mo Sig. {p.first} {p.last}\n{p.address} – {p.cap} {p.city} (MN)\nC.F. {p.cf}")
    pdf.ln(4)
    pdf.set_font("sans", "B", 10)
    pdf.para("Oggetto: lettera di assunzione a tempo determinato (art. 19 D.Lgs. 81/2015)")
    pdf.set_font("sans", "", 10)
    pdf.ln(2)
    for t in [
        f"Con la presente Le comunichiamo che, a far data dal {d_dot(h.hired)}, Lei è assunto alle "
        f"dipendenze della scrivente con contratto a tempo determinato fino al {d_dot(date(2025, 2, 4))}, "
        "senza indicazione di causale in quanto di durata non superiore a dodici mesi.",
        f"Livello: {h.level} C.C.N.L. {h.ccnl} – mansione: {h.job}. Orario a tempo pieno di 39 ore "
        "settimanali su turni avvicendati (06-14, 14-22, 22-06) secondo la programmazione del magazzino.",
        "Retribuzione lorda mensile: € 2.011,45, oltre indennità di turno e maggiorazioni per lavoro "
        "notturno. Periodo di prova: 30 giorni di effettivo lavoro.",
        "La comunicazione obbligatoria di assunzione (modello UNILAV) è stata trasmessa al servizio "
        "informatico regionale nei termini di legge; copia della ricevuta Le sarà consegnata unitamente "
        "alla presente.",
    ]:
        pdf.para(t, h=5.2, align="J")
        pdf.ln(2)
    pdf.ln(6)
    pdf.para("Il datore di lavoro ____________________          Per ricevuta e accettazione ____________________")
    save(pdf, out)


# ------------------------------------------------------------------ payslips ----
PAY_PESENTI = pay(D("2012.40"), [("Superminimo individuale", D("180.00")), ("Scatti di anzianità (5)", D("154.50")),
                                 ("E.D.R.", D("10.33"))])
PAY_MAGGIONI = pay(D("1873.12"), [("Indennità di turno", D("148.20")), ("Maggiorazione notturno 36 ore", D("97.20")),
                                  ("Scatti anzianità", D("122.10")), ("Festivo lavorato 15/08", D("72.05"))])
PAY_FONTANA = pay(D("1786.18"), [("Superminimo individuale / Individual allowance", D("136.03")),
                                 ("Scatti di anzianità / Seniority increments", D("109.80")),
                                 ("Premio di risultato (quota luglio) / Performance bonus", D("250.00")),
                                 ("Straordinario 25% 6 ore / Overtime", D("63.90")),
                                 ("Indennità di cassa / Cash handling allowance", D("15.49"))])
PAY_GHIDINI = pay(D("2144.50"), [("Superminimo", D("95.00")), ("Premio presenza", D("40.00"))])

def _holder_iban(p: Person) -> str:
    """The worker's own account (a second, unrelated IBAN on the payslip)."""
    return make_iban("03336", "11500", f"{sum(map(ord, p.cf)) * 7919}")


def cedolino_grid(out: Path) -> None:
    """Classic one-page payslip with a box grid (big payroll packages)."""
    h = HIRES[PESENTI.cf]
    c, p = h.company, h.person
    y_, m_ = 2026, 8
    nums = PAY_PESENTI
    pdf = Doc(orientation="L", creator="Paghe Suite 2026 – stampa cedolini", margins=(10, 10, 10), bottom=10)
    pdf.add_page()
    pdf.set_font("cond", "B", 10)
    pdf.cell(180, 6, c.name.upper(), border=1, **RIGHT)
    pdf.cell(0, 6, f"CEDOLINO PAGA   {MESI[m_ - 1].upper()} {y_}", border=1, align="C", **NL)
    pdf.set_font("cond", "", 7)
    top = [("COD. AZIENDA", "0412"), ("CODICE FISCALE AZIENDA", c.cf), ("POSIZIONE INPS", "1308845521"),
           ("PAT INAIL", "14471288 96"), ("CCNL", "METALMECCANICA INDUSTRIA"), ("MESE RETRIBUITO", f"{m_:02d}/{y_}")]
    for lab, _ in top:
        pdf.cell(46, 3.5, lab, border="LTR", **RIGHT)
    pdf.ln(3.5)
    pdf.set_font("cond", "B", 8)
    for _, val in top:
        pdf.cell(46, 4.5, val, border="LBR", **RIGHT)
    pdf.ln(5.5)
    pdf.set_font("cond", "", 7)
    emp = [("MATRICOLA", h.matricola), ("COGNOME E NOME", p.upper), ("CODICE FISCALE", p.cf),
           ("DATA ASSUNZIONE", d_slash(h.hired)), ("QUALIFICA / LIVELLO", f"OPERAIO {h.level}"),
           ("DATA NASCITA", d_slash(p.birth))]
    for lab, _ in emp:
        pdf.cell(46, 3.5, lab, border="LTR", **RIGHT)
    pdf.ln(3.5)
    pdf.set_font("cond", "B", 8)
    for _, val in emp:
        pdf.cell(46, 4.5, val, border="LBR", **RIGHT)
    pdf.ln(6)
    rows = [("CODICE", "DESCRIZIONE VOCE", "ORE/GG", "BASE", "COMPETENZE", "TRATTENUTE")]
    codes = iter(range(1001, 1100))
    for name, val in nums["lines"]:
        rows.append((str(next(codes)), name.upper(), "168,00" if "ordinaria" in name else "", "",
                     eur(val) if val else "", ""))
    for name, val in nums["deductions"]:
        if val < 0:
            rows.append(("8120", name.upper(), "", "", eur(-val), ""))
        else:
            rows.append((str(next(codes) + 7000), name.upper(), "", "", "", eur(val)))
    pdf.grid(rows, (18, 110, 22, 30, 47, 47), size=7.5, align=("LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
             borders="SINGLE_TOP_LINE")
    pdf.ln(2)
    pdf.set_font("cond", "", 7)
    tots = [("IMPONIBILE INPS", eur(nums["gross"])), ("IMPONIBILE IRPEF", eur(nums["taxable"])),
            ("TOTALE COMPETENZE", eur(nums["gross"] + nums["detr"])),
            ("TOTALE TRATTENUTE", eur(nums["total_ded"] + nums["detr"])), ("TFR MESE", "190,77"),
            ("NETTO DEL MESE", "€ " + eur(nums["net"]))]
    for lab, _ in tots:
        pdf.cell(46, 3.5, lab, border="LTR", **RIGHT)
    pdf.ln(3.5)
    pdf.set_font("cond", "B", 9)
    for _, val in tots:
        pdf.cell(46, 5, val, border="LBR", align="R", **RIGHT)
    pdf.ln(7)
    pdf.set_font("cond", "", 7)
    pdf.cell(0, 3.5, f"PAGAMENTO: BONIFICO SU IBAN {_holder_iban(p)} – VALUTA 10/09/2026", **NL)
    pdf.cell(0, 3.5, "DOCUMENTO ESTRATTO DAL LIBRO UNICO DEL LAVORO (ART. 39 D.L. 112/2008) – COPIA PER IL "
                     "LAVORATORE – L'AZIENDA DICHIARA DI AVER CORRISPOSTO LE SOMME INDICATE", **NL)
    save(pdf, out)


def cedolino_coop_two_col(out: Path) -> None:
    h = HIRES[MAGGIONI.cf]
    c, p = h.company, h.person
    nums = PAY_MAGGIONI
    pdf = Doc(creator="CoopPaghe 11", margins=(12, 12, 12))
    pdf.add_page()
    pdf.set_font("sans", "B", 14)
    pdf.cell(95, 8, "BUSTA PAGA", **RIGHT)
    pdf.set_font("sans", "", 9)
    pdf.cell(0, 8, "PERIODO 08/2026 (dal 01.08.2026 al 31.08.2026)", align="R", **NL)
    pdf.rule(2, 0.4)
    pdf.set_font("sans", "", 8.5)
    y0 = pdf.get_y()
    left = ["DATORE DI LAVORO", c.name.upper(), f"{c.address.upper()} - {c.cap} {c.city.upper()}",
            f"C.F. {c.cf}", "MATRICOLA INPS 2811450097"]
    right = ["LAVORATORE", f"{p.last.upper()} {p.first.upper()}  MATR. {h.matricola}", f"C.F. {p.cf}",
             f"ASSUNTO IL {d_dot(h.hired)} - SOCIO LAVORATORE", f"LIV. {h.level} - {h.job.upper()}"]
    for i in range(len(left)):  # row by row: the two blocks interleave in the text layer
        pdf.set_xy(12, y0 + i * 4.6)
        pdf.set_font("sans", "B" if i == 0 else "", 8.5)
        pdf.cell(93, 4.6, left[i], **RIGHT)
        pdf.cell(0, 4.6, right[i], **NL)
    pdf.ln(3)
    y1 = pdf.get_y()
    comp = [("COMPETENZE", "IMPORTO")] + [(n.upper(), eur(v)) for n, v in nums["lines"]]
    ded = [("TRATTENUTE", "IMPORTO")] + [(n.upper(), eur(v)) for n, v in nums["deductions"]]
    pdf.set_xy(12, y1)
    pdf.set_font("sans", "", 8)
    with pdf.table(col_widths=(62, 26), width=88, align="LEFT", text_align=("LEFT", "RIGHT"),
                   line_height=4.2, borders_layout="HORIZONTAL_LINES") as t:
        for r in comp:
            row = t.row()
            for x in r:
                row.cell(x)
    y_left = pdf.get_y()
    pdf.set_xy(108, y1)
    pdf.set_left_margin(108)
    with pdf.table(col_widths=(64, 26), width=90, align="LEFT", text_align=("LEFT", "RIGHT"),
                   line_height=4.2, borders_layout="HORIZONTAL_LINES") as t:
        for r in ded:
            row = t.row()
            for x in r:
                row.cell(x)
    pdf.set_left_margin(12)
    pdf.set_y(max(y_left, pdf.get_y()) + 4)
    pdf.set_font("sans", "B", 10)
    pdf.cell(60, 7, f"LORDO {eur(nums['gross'])}", border=1, align="C", **RIGHT)
    pdf.cell(60, 7, f"TRATTENUTE {eur(nums['total_ded'])}", border=1, align="C", **RIGHT)
    pdf.cell(0, 7, f"NETTO A PAGARE EUR {eur(nums['net'])}", border=1, align="C", **NL)
    pdf.ln(3)
    pdf.set_font("sans", "", 7.5)
    pdf.para("Ore lavorate 166 (di cui notturne 36, festive 7,6) – Ferie residue 61,2 ore – ROL residui 22 ore. "
             "Quota ristorno soci anno 2025 erogata a dicembre. Pagamento con accredito su c/c.")
    save(pdf, out)


def cedolino_bilingual_2p(out: Path) -> None:
    h = HIRES[FONTANA.cf]
    c, p = h.company, h.person
    nums = PAY_FONTANA

    def head(pdf: Doc) -> None:
        pdf.set_font("sans", "B", 11)
        pdf.cell(110, 6, "Prospetto paga / Pay slip", **RIGHT)
        pdf.set_font("sans", "", 8)
        pdf.cell(0, 6, "Periodo di paga / Pay period: 01.07.2026 – 31.07.2026", align="R", **NL)
        pdf.set_font("sans", "", 8)
        pdf.cell(110, 4.5, f"Azienda / Company: {c.name} – C.F. {c.cf}", **RIGHT)
        pdf.cell(0, 4.5, f"Dipendente / Employee: {p.last.upper()} {p.first.upper()}", align="R", **NL)
        pdf.cell(110, 4.5, f"Matricola / Employee ID: {h.matricola}", **RIGHT)
        pdf.cell(0, 4.5, f"Codice fiscale / Tax code: {p.cf}", align="R", **NL)
        pdf.rule(3)

    def foot(pdf: Doc) -> None:
        pdf.set_y(-12)
        pdf.set_font("sans", "", 7)
        pdf.cell(0, 4, f"Elaborazione: ADL Payroll Services S.r.l. – P.IVA 07740210964 – pagina {pdf.page_no()} di "
                       f"{{nb}}", align="C", **NL)

    pdf = Doc(creator="ADL Payroll 4.1", header=head, footer=foot)
    pdf.add_page()
    pdf.set_font("sans", "", 8.5)
    info = [("Data assunzione / Hire date", d_dot(h.hired)), ("Livello / Grade", f"{h.level}° livello"),
            ("Qualifica / Title", "Impiegata / White collar"), ("CCNL / Agreement", h.ccnl),
            ("Sede / Site", "Mantova – Via dell'Industria 3"), ("Part-time", "No")]
    pdf.grid(info, (70, 110), header=False, size=8.5)
    pdf.ln(2)
    rows = [("Voce / Item", "Quantità / Qty", "Competenze / Earnings", "Trattenute / Deductions")]
    for n, v in nums["lines"]:
        rows.append((n, "168,00 h" if "ordinaria" in n else "", eur(v), ""))
    rows.append(("Contributi previdenziali 9,19% / Social security", "", "", eur(nums["inps"])))
    # page break: the deductions block continues on page 2 with the header repeated
    pdf.grid(rows, (85, 25, 35, 35), size=8.5, align=("LEFT", "RIGHT", "RIGHT", "RIGHT"))
    pdf.set_font("sans", "", 8)
    pdf.para("Presenze / Attendance: 22 giorni lavorati, 0 assenze. Ferie residue / Holidays left: 112,5 h. "
             "Permessi residui / Leave left: 38 h.", h=4.4)
    pdf.add_page()
    rows = [("Voce / Item", "Competenze / Earnings", "Trattenute / Deductions")]
    for n, v in nums["deductions"][1:]:
        rows.append((n, eur(-v) if v < 0 else "", eur(v) if v >= 0 else ""))
    pdf.grid(rows, (110, 35, 35), size=8.5, align=("LEFT", "RIGHT", "RIGHT"))
    pdf.ln(3)
    pdf.grid([("Totale competenze / Total earnings", eur(nums["gross"])),
              ("Totale trattenute / Total deductions", eur(nums["total_ded"])),
              ("Netto in busta / Net pay", "EUR " + eur(nums["net"]))], (110, 70), header=False, size=9.5)
    pdf.set_font("sans", "", 8)
    pdf.para("Accredito su conto corrente entro il 10 del mese successivo. Progressivi annui: imponibile "
             "previdenziale 16.822,40 – imponibile fiscale 15.276,42 – IRPEF trattenuta 2.811,06.")
    save(pdf, out)


def cedolino_studio_simple(out: Path) -> None:
    h = HIRES[GHIDINI_E.cf]
    c, p = h.company, h.person
    nums = PAY_GHIDINI
    pdf = Doc(creator="CED Valcamonica – stampa cedolini", margins=(18, 15, 18))
    pdf.add_page()
    pdf.set_font("mono", "", 8.5)
    lines = [
        f"{c.name.upper():<48}  CEDOLINO NR. 9/2026",
        f"{c.address.upper()} {c.cap} DARFO BOARIO TERME (BS)",
        f"C.F. {c.cf}",
        "-" * 84,
        f"DIPENDENTE: {p.upper:<32} MATR. {h.matricola}",
        f"COD. FISC.: {p.cf}   ASSUNTO: {d_slash(h.hired)}   LIV. {h.level}",
        "MESE: SETTEMBRE 2026            GG. LAV. 22    ORE 176,00",
        "-" * 84,
        f"{'VOCE':<52}{'COMPETENZE':>15}{'TRATTENUTE':>15}",
    ]
    for n, v in nums["lines"]:
        lines.append(f"{n.upper():<52}{eur(v):>15}{'':>15}")
    for n, v in nums["deductions"]:
        lines.append(f"{n.upper():<52}{(eur(-v) if v < 0 else ''):>15}{(eur(v) if v >= 0 else ''):>15}")
    lines += ["-" * 84, f"{'NETTO DA CORRISPONDERE':<52}{'':>15}{eur(nums['net']):>15}", "-" * 84,
              "TFR ACCANTONATO NEL MESE 165,92   PROGRESSIVO TFR 28.441,07",
              f"ELABORATO DA CED VALCAMONICA SNC - P.IVA 02290090981 - PER CONTO DI {c.name.upper()}"]
    for ln in lines:
        pdf.cell(0, 4.4, ln, **NL)
    pdf.add_page()
    prog = ["RIEPILOGO PROGRESSIVI ANNO 2026 - " + p.upper, "-" * 84,
            f"{'MESE':<12}{'IMPONIBILE INPS':>18}{'IMPONIBILE IRPEF':>18}{'IRPEF':>14}{'NETTO':>14}"]
    for m in range(1, 10):
        prog.append(f"{MESI[m - 1].upper():<12}{eur(nums['gross']):>18}{eur(nums['taxable']):>18}"
                    f"{eur(nums['irpef'] - nums['detr']):>14}{eur(nums['net']):>14}")
    for ln in prog:
        pdf.cell(0, 4.4, ln, **NL)
    save(pdf, out)


# -------------------------------------------------------------------- LUL ----
def _calendar_codes(h: Hire, year: int, month: int) -> tuple[list[str], list[str]]:
    """Two rows: ordinary hours per day and training hours per day."""
    n = calendar.monthrange(year, month)[1]
    course = course_days(h.person)
    ordin, form = [], []
    for d in range(1, n + 1):
        dt = date(year, month, d)
        if dt in HOLIDAYS:
            ordin.append("FS")
            form.append("")
        elif dt.weekday() >= 5 or (h.part_time_hours and dt.weekday() not in (0, 2, 4)):
            ordin.append("")
            form.append("")
        else:
            ordin.append("8")
            form.append(str(course[dt][1] - course[dt][0]) if dt in course else "")
    return ordin, form


def _lul_block(pdf: Doc, h: Hire, year: int, month: int, sheet: int, size: float = 6.8) -> None:
    c, p = h.company, h.person
    n = calendar.monthrange(year, month)[1]
    pdf.set_font("cond", "B", 10)
    pdf.cell(150, 5, "LIBRO UNICO DEL LAVORO", **RIGHT)
    pdf.set_font("cond", "", 8)
    pdf.cell(0, 5, f"Foglio n. {sheet:06d}", align="R", **NL)
    pdf.multi_cell(0, 4, f"{c.name} – C.F. {c.cf} – {c.full_address} – Stampa laser a fogli mobili, "
                         f"numerazione unitaria autorizzata INAIL sede di Bergamo n. 2009/4471", **NL)
    pdf.rule(1.5)
    pdf.set_font("cond", "", 8)
    pdf.multi_cell(0, 4.5, f"Mese di riferimento: {month_name(year, month, caps=True)}      Matricola "
                           f"{h.matricola}   {p.upper}   C.F. {p.cf}   Assunto il {d_slash(h.hired)}   "
                           f"Qualifica: {h.job}", **NL)
    pdf.ln(1)
    ordin, form = _calendar_codes(h, year, month)
    w_first = 24
    w = (pdf.w - pdf.l_margin - pdf.r_margin - w_first) / n
    pdf.set_font("cond", "B", size)
    pdf.cell(w_first, 4, "Giorno", border=1, **RIGHT)
    for d in range(1, n + 1):
        pdf.cell(w, 4, str(d), border=1, align="C", **RIGHT)
    pdf.ln(4)
    pdf.set_font("cond", "", size)
    pdf.cell(w_first, 4, "", border=1, **RIGHT)
    for d in range(1, n + 1):
        pdf.cell(w, 4, GIORNI[date(year, month, d).weekday()][:2].upper(), border=1, align="C", **RIGHT)
    pdf.ln(4)
    for label, row in (("Ore ordinarie", ordin), ("di cui formazione", form)):
        pdf.cell(w_first, 4, label, border=1, **RIGHT)
        for v in row:
            pdf.cell(w, 4, v, border=1, align="C", **RIGHT)
        pdf.ln(4)
    pdf.ln(2)
    hours = sum(int(x) for x in ordin if x.isdigit())
    train = sum(int(x) for x in form if x.isdigit())
    base = D("2012.40") if h.company is VALBREMBANA else D("1790.00")
    part = D(h.part_time_hours) / D(38) if h.part_time_hours else D(1)
    nums = pay(base, [("Superminimo", D("120.00"))], part)
    rows = [("Cod.", "Voce", "Riferimento", "Competenze", "Trattenute")]
    rows.append(("0001", "Retribuzione ordinaria", f"ore {hours}", eur(nums["lines"][0][1]), ""))
    rows.append(("0015", "Superminimo", "", eur(nums["lines"][1][1]), ""))
    rows.append(("0120", "Ore di formazione retribuite (Formazione Continua)", f"ore {train}", "", ""))
    for nme, v in nums["deductions"]:
        rows.append(("9100", nme,
                     "", eur(-v) if v < 0 else "", eur(v) if v >= 0 else ""))
    pdf.grid(rows, (14, 90, 28, 24, 24), size=7.5, align=("LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT"),
             borders="HORIZONTAL_LINES")
    pdf.set_font("cond", "B", 8.5)
    pdf.cell(0, 5, f"Totale competenze {eur(nums['gross'])}   Totale trattenute {eur(nums['total_ded'])}   "
                   f"NETTO {eur(nums['net'])}", **NL)


def lul_valbrembana(out: Path) -> None:
    """Three workers x two months, one page each, ordered by worker."""
    pdf = Doc(creator="Paghe Suite 2026 – stampa LUL", margins=(10, 10, 10), bottom=10)
    sheet = 4211
    for person in LEAN.participants:
        for month in (10, 11):
            pdf.add_page()
            _lul_block(pdf, HIRES[person.cf], 2026, month, sheet)
            sheet += 1
    save(pdf, out)


LUL_V_DOCS = [{"pages": (i + 1, i + 1), "worker_cf": p.cf, "worker": p.upper, "period": (2026, m)}
              for i, (p, m) in enumerate((p, m) for p in LEAN.participants for m in (10, 11))]


def lul_lanterna_two_pages(out: Path) -> None:
    """By month then worker; each worker-month is a pay page plus an attendance page."""
    def head(pdf: Doc) -> None:
        pdf.set_font("sans", "", 7)
        pdf.cell(0, 4, f"L.U.L. – {LANTERNA.name} – C.F. {LANTERNA.cf} – Vidimazione INAIL Lodi n. 118/2008 – "
                       f"Pag. {pdf.page_no() + 320}", align="R", **NL)
        pdf.ln(1)

    pdf = Doc(creator="CoopPaghe 11 – Libro Unico", header=head)
    for month in (10, 11):
        for person in CONFLITTI.participants:
            h = HIRES[person.cf]
            part = D(h.part_time_hours) / D(38) if h.part_time_hours else D(1)
            nums = pay(D("1873.12"), [("Indennità professionale", D("64.56"))], part)
            pdf.add_page()
            pdf.set_font("sans", "B", 11)
            pdf.cell(0, 6, f"Libro Unico del Lavoro – Sezione paga – {month_name(2026, month)}", **NL)
            pdf.set_font("sans", "", 8.5)
            pdf.grid([("Matricola", "Lavoratore", "Codice fiscale", "Data assunzione", "Livello"),
                      (h.matricola, f"{person.last} {person.first}", person.cf, d_dot(h.hired), h.level)],
                     (22, 50, 48, 30, 30), size=8.5)
            rows = [("Voce", "Competenze", "Trattenute")]
            rows += [(n, eur(v), "") for n, v in nums["lines"]]
            rows += [(n, eur(-v) if v < 0 else "", eur(v) if v >= 0 else "") for n, v in nums["deductions"]]
            rows += [("NETTO DEL MESE", eur(nums["net"]), "")]
            pdf.grid(rows, (110, 35, 35), size=8.5, align=("LEFT", "RIGHT", "RIGHT"))
            pdf.add_page()
            pdf.set_font("sans", "B", 11)
            pdf.cell(0, 6, f"Libro Unico del Lavoro – Sezione presenze – {MESI[month - 1].upper()} 2026", **NL)
            pdf.set_font("sans", "", 8.5)
            pdf.cell(0, 5, f"{person.last.upper()} {person.first.upper()} – {person.cf} – "
                           f"{'part-time ' + str(h.part_time_hours) + ' h/sett.' if h.part_time_hours else 'turnista'}",
                     **NL)
            ordin, form = _calendar_codes(h, 2026, month)
            rows = [("Data", "Giorno", "Ore lavorate", "Formazione", "Giustificativo")]
            for d, (o, f) in enumerate(zip(ordin, form, strict=True), start=1):
                dt = date(2026, month, d)
                just = "FS festività" if o == "FS" else ("FOR formazione" if f else "")
                rows.append((d_dot(dt), GIORNI[dt.weekday()], o if o != "FS" else "", f, just))
            pdf.grid(rows, (30, 30, 30, 30, 60), size=7.5, line_height=3.6)
    save(pdf, out)


LUL_L_DOCS = []
_pg = 1
for _m in (10, 11):
    for _p in CONFLITTI.participants:
        LUL_L_DOCS.append({"pages": (_pg, _pg + 1), "worker_cf": _p.cf, "worker": f"{_p.last} {_p.first}",
                           "period": (2026, _m)})
        _pg += 2


def lul_seprio_cover(out: Path) -> None:
    """Landscape; a cover page and a company totals page around the worker pages."""
    pdf = Doc(orientation="L", creator="TexPaghe 2026 – stampa LUL", margins=(10, 10, 10), bottom=10)
    pdf.add_page()
    pdf.set_font("sans", "B", 16)
    pdf.ln(30)
    pdf.cell(0, 10, "LIBRO UNICO DEL LAVORO", align="C", **NL)
    pdf.set_font("sans", "", 11)
    pdf.cell(0, 7, f"{SEPRIO.name} – C.F. {SEPRIO.cf}", align="C", **NL)
    pdf.cell(0, 7, "Estratto per i mesi di ottobre e novembre 2026 – dipendenti: Colombo Davide, Brambilla Giulia",
             align="C", **NL)
    pdf.cell(0, 7, "Elaborato da Studio Paghe Castiglioni – P.IVA 03097730127", align="C", **NL)
    sheet = 1188
    for month in (10, 11):
        for person in EXCEL.participants:
            pdf.add_page()
            _lul_block(pdf, HIRES[person.cf], 2026, month, sheet, size=7)
            sheet += 1
    pdf.add_page()
    pdf.set_font("sans", "B", 11)
    pdf.cell(0, 7, "RIEPILOGO AZIENDALE – TOTALI OTTOBRE / NOVEMBRE 2026", **NL)
    pdf.grid([("Mese", "Dipendenti", "Imponibile INPS", "Contributi c/ditta", "Netto erogato"),
              ("10/2026", "62", "188.412,00", "56.146,78", "131.220,40"),
              ("11/2026", "62", "190.118,50", "56.655,31", "132.870,12")], (40, 40, 60, 60, 60), size=9)
    save(pdf, out)


LUL_S_DOCS = []
_pg = 2
for _m in (10, 11):
    for _p in EXCEL.participants:
        LUL_S_DOCS.append({"pages": (_pg, _pg), "worker_cf": _p.cf, "worker": _p.upper, "period": (2026, _m)})
        _pg += 1


# --------------------------------------------------------------- timbrature ----
def timbr_cartellino(out: Path) -> None:
    h = HIRES[ELAMRANI.cf]
    p = h.person
    y_, m_ = 2026, 10
    course = course_days(p)
    pdf = Doc(creator="PresenzeWeb 5 – cartellino mensile")
    pdf.add_page()
    pdf.set_font("sans", "B", 12)
    pdf.cell(0, 7, f"Cartellino presenze – {month_name(y_, m_)}", **NL)
    pdf.set_font("sans", "", 8.5)
    pdf.cell(0, 4.5, f"Azienda: {LANTERNA.name}    Sede: Comunità alloggio Il Faro, Lodi", **NL)
    pdf.cell(0, 4.5, f"Dipendente: {p.last} {p.first} – matr. {h.matricola} – C.F. {p.cf} – orario: part-time "
                     "24 h (lun/mer/ven 8-12 / 13-17)", **NL)
    pdf.ln(2)
    rows = [("Data", "Gg", "Entrata", "Uscita", "Entrata", "Uscita", "Ore", "Causale")]
    tot = 0
    for d in range(1, 32):
        dt = date(y_, m_, d)
        if dt.weekday() in (0, 2, 4) and dt not in HOLIDAYS:
            e1, u1, e2, u2 = "07:56", "12:02", "12:58", "17:04"
            cause = ""
            if dt in course:
                e1, u1, cause = "08:49", "13:01", "FOR corso 9-13"
            rows.append((d_slash(dt), GIORNI[dt.weekday()][:3], e1, u1, e2, u2, "8,00", cause))
            tot += 8
        else:
            rest = "riposo" if dt.weekday() < 5 else ""
            rows.append((d_slash(dt), GIORNI[dt.weekday()][:3], "", "", "", "", "", rest))
    pdf.grid(rows, (24, 12, 20, 20, 20, 20, 16, 48), size=7.8, line_height=3.7,
             align=("LEFT", "LEFT", "CENTER", "CENTER", "CENTER", "CENTER", "RIGHT", "LEFT"))
    pdf.set_font("sans", "B", 9)
    pdf.cell(0, 6, f"Totale ore lavorate nel mese: {tot},00", **NL)
    save(pdf, out)


def timbr_raw_punches(out: Path) -> None:
    h = HIRES[MAGGIONI.cf]
    p = h.person
    y_, m_ = 2026, 11
    course = course_days(p)
    shifts = ["M", "M", "P", "P", "N", "R", "R"]  # rotating pattern
    rows = [("Data", "Ora", "Verso", "Terminale", "Badge", "Note")]
    for d in range(1, 31):
        dt = date(y_, m_, d)
        s = shifts[(d - 1) % 7]
        if dt in course:
            rows.append((d_slash(dt), "08:47", "E", "T02 Sede Viale Piacenza", "00142", "corso formazione"))
            rows.append((d_slash(dt), "13:05", "U", "T02 Sede Viale Piacenza", "00142", ""))
            continue
        if s == "M":
            rows += [(d_slash(dt), "06:52", "E", "T01 Il Faro", "00142", ""),
                     (d_slash(dt), "10:31", "U", "T01 Il Faro", "00142", "pausa"),
                     (d_slash(dt), "10:44", "E", "T01 Il Faro", "00142", "rientro"),
                     (d_slash(dt), "14:04", "U", "T01 Il Faro", "00142", "")]
        elif s == "P":
            rows += [(d_slash(dt), "13:55", "E", "T01 Il Faro", "00142", ""),
                     (d_slash(dt), "17:30", "U", "T01 Il Faro", "00142", "pausa"),
                     (d_slash(dt), "17:46", "E", "T01 Il Faro", "00142", "rientro"),
                     (d_slash(dt), "21:08", "U", "T01 Il Faro", "00142", "")]
        elif s == "N":
            nxt = dt + timedelta(days=1)
            rows += [(d_slash(dt), "21:50", "E", "T01 Il Faro", "00142", "notte"),
                     (d_slash(nxt), "07:03", "U", "T01 Il Faro", "00142", "fine notte")]

    def head(pdf: Doc) -> None:
        pdf.set_font("mono", "B", 9)
        pdf.cell(0, 5, "ELENCO TIMBRATURE DAL 01/11/2026 AL 30/11/2026", **NL)
        pdf.set_font("mono", "", 8)
        pdf.cell(0, 4, f"DIPENDENTE: {h.matricola} {p.upper}  -  REPARTO: COMUNITA' IL FARO", **NL)
        pdf.cell(0, 4, f"STAMPATO IL 03/12/2026 ORE 09:12 - PAGINA {pdf.page_no()}/{{nb}}", **NL)
        pdf.ln(2)

    pdf = Doc(creator="TimeKeeper Pro 3.8", header=head)
    pdf.add_page()
    pdf.set_font("mono", "", 8)
    pdf.grid(rows, (26, 16, 14, 60, 18, 40), size=8, line_height=4.6, borders="NONE", repeat=True)
    save(pdf, out)


def timbr_shift_report(out: Path) -> None:
    h = HIRES[BERTOLAZZI.cf]
    p = h.person
    pdf = Doc(orientation="L", creator="LogiTime – report turni")
    pdf.add_page()
    pdf.set_font("sans", "B", 12)
    pdf.cell(0, 7, "Report timbrature in entrata e uscita – turni ottobre 2026 (settimane 40-44)", **NL)
    pdf.set_font("sans", "", 8.5)
    pdf.cell(0, 5, f"{PADANA_EST.name} – magazzino Mantova Nord – {p.last.upper()} {p.first.upper()} "
                   f"(matr. {h.matricola}, C.F. {p.cf})", **NL)
    pdf.ln(2)
    pattern = {0: ("M", "05:54", "14:02"), 1: ("P", "13:57", "22:05"), 2: ("N", "21:56", "06:04")}
    rows = [("Sett.", "Data", "Turno", "Entrata", "Uscita", "Ore", "Pausa", "Anomalie")]
    for d in range(1, 32):
        dt = date(2026, 10, d)
        if dt.weekday() >= 5 or dt in HOLIDAYS:
            continue
        week = dt.isocalendar()[1]
        sh, e, u = pattern[week % 3]
        rows.append((str(week), f"{GIORNI[dt.weekday()][:3]} {d_slash(dt)}", sh, e, u, "8,00", "0:30",
                     "uscita il giorno successivo" if sh == "N" else ""))
    pdf.grid(rows, (14, 36, 16, 22, 22, 16, 16, 70), size=8, line_height=4.1, fill_header=True)
    pdf.set_font("sans", "", 8)
    pdf.para("Legenda turni: M 06:00-14:00 · P 14:00-22:00 · N 22:00-06:00. Le timbrature del turno notturno sono "
             "attribuite al giorno di inizio turno.")
    pdf.add_page()
    pdf.set_font("sans", "B", 11)
    pdf.cell(0, 7, "Riepilogo ore ottobre 2026", **NL)
    pdf.grid([("Ore ordinarie", "Ore notturne", "Maggiorazione turno", "Straordinari", "Assenze"),
              ("168,00", "56,00", "168,00", "0,00", "0,00")], (50, 50, 50, 50, 50), size=9)
    pdf.set_font("sans", "", 8.5)
    pdf.para("Nessuna anomalia di timbratura nel periodo. Report estratto per la documentazione della "
             "presenza in servizio richiesta dal committente.")
    save(pdf, out)


CASES = [
    Case("contratto_lavoro", "contratto-lettera-2003", contratto_lettera_2003,
         {"worker_cf": PESENTI.cf, "worker": PESENTI.name, "employer": VALBREMBANA.name,
          "employer_cf": VALBREMBANA.piva, "hire_date": HIRES[PESENTI.cf].hired,
          "contract": "tempo_indeterminato"}, ("letter", "serif", "long_date")),
    Case("contratto_lavoro", "contratto-coop-socio-caps-2p", contratto_coop_caps,
         {"worker_cf": MAGGIONI.cf, "worker": MAGGIONI.upper, "employer_cf": LANTERNA.piva,
          "hire_date": HIRES[MAGGIONI.cf].hired, "contract": "tempo_indeterminato", "page_count": 2},
         ("all_caps", "monospace", "multi_page", "socio_lavoratore", "no_accents")),
    Case("contratto_lavoro", "contratto-logistica-2p", contratto_logistica_3p,
         {"worker_cf": FONTANA.cf, "worker": FONTANA.name, "employer": PADANA_EST.name,
          "employer_cf": PADANA_EST.piva, "hire_date": HIRES[FONTANA.cf].hired, "contract": "tempo_indeterminato",
          "page_count": 2},
         ("multi_page", "repeated_header", "numbered_clauses")),
    Case("contratto_lavoro", "contratto-td-2024-mentions-unilav", contratto_td_2024,
         {"worker_cf": BERTOLAZZI.cf, "worker": BERTOLAZZI.name, "employer": PADANA_EST.name,
          "employer_cf": PADANA_EST.piva, "hire_date": HIRES[BERTOLAZZI.cf].hired, "contract": "tempo_determinato",
          "end_date": date(2025, 2, 4)},
         ("letter", "mentions_unilav", "dotted_dates")),
    Case("cedolino", "cedolino-grid-landscape", cedolino_grid,
         {"worker_cf": PESENTI.cf, "worker": PESENTI.upper, "employer_cf": VALBREMBANA.cf, "period": (2026, 8),
          "net": PAY_PESENTI["net"]},
         ("landscape", "box_grid", "labels_above_values", "mentions_libro_unico", "worker_iban")),
    Case("cedolino", "cedolino-coop-two-col", cedolino_coop_two_col,
         {"worker_cf": MAGGIONI.cf, "worker": MAGGIONI.upper, "employer_cf": LANTERNA.cf, "period": (2026, 8),
          "net": PAY_MAGGIONI["net"]},
         ("two_column", "two_blocks_interleaved", "all_caps", "busta_paga_wording")),
    Case("cedolino", "cedolino-bilingual-2p", cedolino_bilingual_2p,
         {"worker_cf": FONTANA.cf, "worker": FONTANA.upper, "employer_cf": PADANA_EST.cf, "period": (2026, 7),
          "net": PAY_FONTANA["net"],
          "page_count": 2},
         ("bilingual", "multi_page", "repeated_header", "period_as_date_range", "payroll_bureau_footer_piva")),
    Case("cedolino", "cedolino-studio-monospace", cedolino_studio_simple,
         {"worker_cf": GHIDINI_E.cf, "worker": GHIDINI_E.upper, "employer_cf": CAMUNA_EL.cf, "period": (2026, 9),
          "net": PAY_GHIDINI["net"], "page_count": 2},
         ("monospace", "all_caps", "fixed_width_columns", "payroll_bureau_footer_piva", "multi_page",
          "page_2_lists_every_month")),
    Case("lul", "lul-valbrembana-3x2", lul_valbrembana,
         {"employer_cf": VALBREMBANA.cf, "page_count": 6, "documents": LUL_V_DOCS},
         ("several_documents_in_one_file", "calendar_grid", "ordered_by_worker")),
    Case("lul", "lul-lanterna-paga-presenze", lul_lanterna_two_pages,
         {"employer_cf": LANTERNA.cf, "page_count": 12, "documents": LUL_L_DOCS},
         ("several_documents_in_one_file", "two_pages_per_document", "ordered_by_month", "page_numbers_offset")),
    Case("lul", "lul-seprio-cover-and-totals", lul_seprio_cover,
         {"employer_cf": SEPRIO.cf, "page_count": 6, "documents": LUL_S_DOCS,
          "non_document_pages": [1, 6]},
         ("several_documents_in_one_file", "landscape", "cover_page", "totals_page", "payroll_bureau_piva")),
    Case("timbrature", "timbr-cartellino-parttime", timbr_cartellino,
         {"worker_cf": ELAMRANI.cf, "worker": f"{ELAMRANI.last} {ELAMRANI.first}", "period": (2026, 10),
          "employer": LANTERNA.name}, ("table", "part_time")),
    Case("timbrature", "timbr-raw-punches-no-cf", timbr_raw_punches,
         {"worker": MAGGIONI.upper, "matricola": HIRES[MAGGIONI.cf].matricola, "period": (2026, 11),
          "note": "no codice fiscale: only badge/matricola and name", "page_count": 2},
         ("no_cf", "monospace", "multi_page", "repeated_header", "night_shift_crosses_midnight")),
    Case("timbrature", "timbr-shift-report-landscape", timbr_shift_report,
         {"worker_cf": BERTOLAZZI.cf, "worker": BERTOLAZZI.upper, "period": (2026, 10),
          "employer": PADANA_EST.name, "page_count": 2},
         ("landscape", "shifts", "mentions_entrata_uscita", "multi_page")),
]
