"""Public-office documents: UNILAV hiring communications (COB), VAT-number
attribution by the Agenzia delle Entrate and INPS Gestione Separata
registration, as the national and regional portals, old paper offices and
consultants' programs print them."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from .common import NL, RIGHT, Case, Doc, d_dot, d_long, d_slash, save
from .world import (
    AGENZIA_ENTRATE_CF,
    ARNOLDI,
    BERTOLAZZI,
    CATTANEO,
    CATTANEO_PRO,
    COLOMBO,
    DAGOSTINO,
    DAGOSTINO_PRO,
    HIRES,
    INPS_CF,
    NAVA,
    PANIFICIO_NAVA,
    POPESCU,
    RAVASIO,
    RAVASIO_PRO,
    ROTA,
)

COB_TRASF_BERTOLAZZI = "1601326000071203"

ISTAT = {"Impiegata tecnica ufficio qualità": "3.1.5.4.0 – Tecnici del controllo della qualità industriale",
         "Addetta programmazione produzione": "3.3.1.5.0 – Tecnici della gestione della produzione",
         "Controller di gestione": "2.5.1.4.2 – Analisti di mercato e controller",
         "Magazziniere carrellista (turni)": "8.1.3.1.0 – Personale addetto a magazzini"}


def _ministry_head(pdf: Doc, subtitle: str) -> None:
    pdf.set_font("serif", "B", 10)
    pdf.cell(0, 5, "Ministero del Lavoro e delle Politiche Sociali", align="C", **NL)
    pdf.set_font("serif", "", 8.5)
    pdf.cell(0, 4.5, subtitle, align="C", **NL)
    pdf.rule(2, 0.4)


# ------------------------------------------------------------------------- COB ----
def cob_unilav_full(out: Path) -> None:
    h = HIRES[ROTA.cf]
    c, p = h.company, h.person

    def head(pdf: Doc) -> None:
        _ministry_head(pdf, "Comunicazioni Obbligatorie – Modello UNIFICATO LAV")
        pdf.set_font("sans", "", 7.5)
        pdf.cell(0, 4, f"Codice comunicazione {h.cob} – pag. {pdf.page_no()}/{{nb}}", align="R", **NL)

    pdf = Doc(creator="CO Lombardia – stampa modello", header=head)
    pdf.add_page()
    pdf.set_font("sans", "B", 10)
    pdf.cell(0, 6, "UNILAV – COMUNICAZIONE OBBLIGATORIA DI ASSUNZIONE", align="C", **NL)
    pdf.set_font("sans", "", 8.5)

    def quadro(title: str, rows: list[tuple[str, str]]) -> None:
        pdf.ln(1)
        pdf.set_font("sans", "B", 9)
        pdf.set_fill_color(225, 230, 240)
        pdf.cell(0, 5.5, title, fill=True, **NL)
        pdf.grid(rows, (62, 118), header=False, size=8.5, borders="HORIZONTAL_LINES")

    quadro("Quadro Datore di lavoro", [
        ("Codice fiscale", c.cf), ("Denominazione datore di lavoro", c.name.upper()),
        ("Settore (ATECO 2007)", f"{c.ateco} – Lavori di meccanica generale"),
        ("Sede legale – Comune", "ZOGNO (BG)"), ("Indirizzo", c.address.upper()), ("CAP", c.cap),
        ("Sede di lavoro – Comune", "ZOGNO (BG)"), ("Indirizzo sede di lavoro", c.address.upper()),
        ("PEC", c.pec)])
    quadro("Quadro Lavoratore", [
        ("Codice fiscale", p.cf), ("Cognome", p.last.upper()), ("Nome", p.first.upper()), ("Sesso", p.sex),
        ("Data di nascita", d_slash(p.birth)), ("Comune o Stato estero di nascita", "BERGAMO (BG)"),
        ("Cittadinanza", "ITALIA"), ("Livello di istruzione", "Diploma di istruzione secondaria superiore")])
    quadro("Quadro Inizio rapporto", [
        ("Data inizio", d_slash(h.hired)), ("Data fine", ""),
        ("Tipologia contrattuale", "A.01.00 – LAVORO A TEMPO INDETERMINATO"),
        ("Qualifica professionale (ISTAT)", ISTAT[h.job]),
        ("CCNL applicato", "METALMECCANICI INDUSTRIA"), ("Livello di inquadramento", h.level),
        ("Tipo orario", "F – TEMPO PIENO"), ("Ore settimanali medie", "40"),
        ("Retribuzione / compenso annuo", "25.480,00"), ("Lavoro in agricoltura", "NO"),
        ("Socio lavoratore di cooperativa", "NO")])
    pdf.add_page()
    quadro("Quadro Dati invio", [
        ("Tipo comunicazione", "ASSUNZIONE"), ("Soggetto che effettua la comunicazione",
                                              "CONSULENTE DEL LAVORO – ARNOLDI FEDERICO"),
        ("Codice fiscale soggetto abilitato", ARNOLDI.cf), ("Data invio", "28/08/2015 17:41"),
        ("Codice comunicazione", h.cob), ("Codice comunicazione precedente", ""),
        ("Protocollo sistema", "BG-2015-0817733")])
    pdf.ln(3)
    pdf.set_font("sans", "I", 8)
    pdf.para("La comunicazione è valida ai fini dell'assolvimento degli obblighi di cui all'art. 9-bis, comma 2, "
             "del D.L. 510/1996 e successive modificazioni, nei confronti di INPS, INAIL, Ispettorato del lavoro "
             "e Prefettura.")
    save(pdf, out)


def cob_ricevuta_sintesi(out: Path) -> None:
    h = HIRES[POPESCU.cf]
    c, p = h.company, h.person
    pdf = Doc(creator="SINTESI – Sistema Integrato Servizi per l'Impiego")
    pdf.add_page()
    pdf.set_font("sans", "B", 12)
    pdf.cell(0, 7, "SINTESI – Servizi per l'impiego", **NL)
    pdf.set_font("sans", "", 8)
    pdf.cell(0, 4, "Provincia di Bergamo – Comunicazioni obbligatorie on line", **NL)
    pdf.ln(6)
    pdf.set_font("sans", "B", 11)
    pdf.cell(0, 7, "Ricevuta di avvenuta comunicazione", align="C", **NL)
    pdf.ln(3)
    pdf.set_font("sans", "", 10)
    pdf.para("Si attesta che in data 15/03/2019 alle ore 10:41 è stata trasmessa con esito positivo la "
             "comunicazione obbligatoria di tipo UNILAV – Assunzione relativa a:", h=5.5)
    pdf.ln(2)
    for lab, val in [("Datore di lavoro", f"{c.name.upper()} – C.F. {c.cf}"),
                     ("Lavoratore", f"{p.last.upper()} {p.first.upper()} – C.F. {p.cf}"),
                     ("Cittadinanza", "ROMANIA"), ("Data inizio rapporto", d_slash(h.hired)),
                     ("Tipologia", "Lavoro a tempo indeterminato – tempo pieno"),
                     ("Codice comunicazione", h.cob),
                     ("Protocollo nr.", "2019/BG/0214457")]:
        pdf.kv(lab, val, lw=55, size=10)
    pdf.ln(6)
    pdf.set_font("sans", "", 8)
    pdf.para("La presente ricevuta è generata automaticamente dal sistema e non necessita di firma. Conservare "
             "unitamente alla copia della comunicazione.")
    save(pdf, out)


def cob_caps_consultant(out: Path) -> None:
    h = HIRES[COLOMBO.cf]
    c, p = h.company, h.person
    pdf = Doc(orientation="L", creator="PAGHE STUDIO 2012 - MODULO CO")
    pdf.add_page()
    pdf.set_font("cond", "B", 11)
    pdf.cell(0, 6, "COMUNICAZIONE OBBLIGATORIA DI ASSUNZIONE - MODELLO UNILAV", **NL)
    pdf.set_font("cond", "", 8)
    pdf.cell(0, 4, "STUDIO PAGHE CASTIGLIONI - P.IVA 03097730127 - VIA MAGENTA 4 - 21013 GALLARATE", **NL)
    pdf.ln(3)
    pdf.grid([("COD. COMUNICAZIONE", "DATA INVIO", "TIPO", "PROTOCOLLO"),
              (h.cob, "30.03.2012", "UNILAV - ASSUNZIONE", "VA120330001877")], (70, 50, 80, 67), size=9)
    pdf.grid([("DATORE DI LAVORO", "CODICE FISCALE", "SEDE DI LAVORO"),
              (c.name.upper(), c.cf, f"{c.address.upper()} {c.cap} {c.city.upper()} ({c.prov})")],
             (110, 50, 107), size=9)
    pdf.grid([("LAVORATORE", "CODICE FISCALE", "NATO IL", "A", "CITTADINANZA"),
              (p.upper, p.cf, d_dot(p.birth), "MILANO (MI)", "ITALIANA")], (80, 55, 30, 60, 42), size=9)
    pdf.grid([("DATA INIZIO", "DATA FINE", "TIPOLOGIA CONTRATTUALE", "CCNL", "LIVELLO", "ORARIO"),
              (d_dot(h.hired), "", "A.01.00 TEMPO INDETERMINATO", "TESSILI INDUSTRIA", h.level,
               "TEMPO PIENO 40 H")], (32, 28, 75, 60, 27, 45), size=9)
    pdf.ln(2)
    pdf.set_font("cond", "", 8)
    pdf.cell(0, 4, "ESITO INVIO: ACQUISITA DAL SISTEMA REGIONALE - COPIA PER IL DATORE DI LAVORO", **NL)
    save(pdf, out)


def cob_hire_and_transformation(out: Path) -> None:
    h = HIRES[BERTOLAZZI.cf]
    c, p = h.company, h.person
    pdf = Doc(creator="CO Lombardia – stampa modello")
    for kind, code, start, typ, sent in (
            ("ASSUNZIONE", h.cob, h.hired, "A.02.00 – LAVORO A TEMPO DETERMINATO (fine 04/02/2025)",
             "02/02/2024 11:05"),
            ("TRASFORMAZIONE", COB_TRASF_BERTOLAZZI, date(2025, 2, 5),
             "TRASFORMAZIONE DA TEMPO DETERMINATO A TEMPO INDETERMINATO (codice TI)", "31/01/2025 16:30")):
        pdf.add_page()
        _ministry_head(pdf, "Modello UNIFICATO LAV – copia per il lavoratore")
        pdf.set_font("sans", "B", 10)
        pdf.cell(0, 6, f"Comunicazione di {kind.lower()}", align="C", **NL)
        pdf.set_font("sans", "", 9)
        rows = [("Codice comunicazione", code), ("Data invio", sent),
                ("Datore di lavoro", f"{c.name} – {c.cf}"),
                ("Lavoratore", f"{p.last} {p.first} – {p.cf}"),
                ("Data nascita / luogo", f"{d_slash(p.birth)} – Mantova (MN)"),
                ("Data " + ("inizio rapporto" if kind == "ASSUNZIONE" else "trasformazione"), d_slash(start)),
                ("Tipologia", typ), ("Qualifica ISTAT", ISTAT[h.job]), ("CCNL", h.ccnl), ("Livello", h.level),
                ("Tipo orario", "Tempo pieno – lavoro a turni")]
        if kind == "TRASFORMAZIONE":
            rows.insert(1, ("Codice comunicazione precedente", h.cob))
        pdf.grid(rows, (60, 120), header=False, size=9)
    save(pdf, out)


# ---------------------------------------------------------- VAT attribution ----
def ae_head(pdf: Doc) -> None:
    pdf.set_font("sans", "B", 13)
    pdf.set_text_color(0, 60, 120)
    pdf.cell(0, 7, "Agenzia delle Entrate", **NL)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("sans", "", 8)
    pdf.rule(2)


def piva_aa9_receipt(out: Path) -> None:
    c, p = DAGOSTINO_PRO, DAGOSTINO
    pdf = Doc(creator="Servizi telematici Agenzia delle Entrate", header=ae_head,
              footer=lambda q: (q.set_y(-12), q.set_font("sans", "", 7),
                                q.cell(0, 4, f"Agenzia delle Entrate – C.F. {AGENZIA_ENTRATE_CF} – Pagina "
                                              f"{q.page_no()} di {{nb}}", align="C", **NL)))
    pdf.add_page()
    pdf.set_font("sans", "B", 11)
    pdf.multi_cell(0, 5.5, "RICEVUTA DI PRESENTAZIONE DELLA DICHIARAZIONE DI INIZIO ATTIVITÀ\n"
                           "Modello AA9/12 – Imprese individuali e lavoratori autonomi", align="C", **NL)
    pdf.ln(3)
    pdf.set_font("sans", "", 9.5)
    pdf.para(f"Il {d_long(date(2021, 2, 3))} alle ore 11:52 l'Agenzia delle Entrate ha ricevuto la dichiarazione "
             "di inizio attività, variazione dati o cessazione attività ai fini IVA trasmessa dall'utente "
             f"{p.cf} con protocollo telematico n. 21020311522748123 – 000001.", h=5, align="J")
    pdf.ln(2)
    pdf.para("A seguito della dichiarazione è stato attribuito il seguente numero di partita IVA:", h=5)
    pdf.set_font("mono", "B", 14)
    pdf.cell(0, 9, c.piva, align="C", **NL)
    pdf.set_font("sans", "", 9.5)
    pdf.grid([("Quadro", "Dato", "Valore"),
              ("A", "Tipo dichiarazione", "1 – Inizio attività"),
              ("B", "Codice fiscale", p.cf),
              ("B", "Cognome e nome", f"{p.last.upper()} {p.first.upper()}"),
              ("B", "Data inizio attività", d_slash(date(2021, 2, 3))),
              ("B", "Codice attività (ATECO 2007)", "74.10.21 – Attività dei disegnatori grafici di pagine web"),
              ("B", "Luogo di esercizio", f"{c.address.upper()} – {c.cap} MILANO (MI)"),
              ("B", "Regime", "Forfetario (art. 1, commi 54-89, L. 190/2014)")], (18, 60, 102), size=8.5)
    pdf.set_font("sans", "", 8)
    pdf.para("La ricevuta attesta l'avvenuta trasmissione; il certificato di attribuzione della partita IVA è "
             "disponibile nel Cassetto fiscale.")
    pdf.add_page()
    pdf.set_font("sans", "B", 10)
    pdf.para("Avvertenze")
    pdf.set_font("sans", "", 8.5)
    for t in ["Il numero di partita IVA deve essere indicato nelle dichiarazioni, nella home page dell'eventuale "
              "sito web e in ogni altro documento ove richiesto (art. 35 DPR 633/1972).",
              "Le variazioni dei dati dichiarati devono essere comunicate entro 30 giorni.",
              "Per informazioni: www.agenziaentrate.gov.it – numero verde 800.90.96.96."]:
        pdf.para("• " + t, h=4.6)
    save(pdf, out)


def piva_paper_certificate(out: Path) -> None:
    c, p = PANIFICIO_NAVA, NAVA
    pdf = Doc(creator="Scansione ufficio")
    pdf.add_page()
    pdf.set_font("serif", "B", 12)
    pdf.multi_cell(0, 6, "AGENZIA DELLE ENTRATE\nDIREZIONE PROVINCIALE DI MONZA E DELLA BRIANZA\nUFFICIO TERRITORIALE "
                         "DI MONZA", align="C", **NL)
    pdf.ln(8)
    pdf.set_font("serif", "B", 13)
    pdf.cell(0, 8, "CERTIFICATO DI ATTRIBUZIONE DEL NUMERO DI PARTITA IVA", align="C", **NL)
    pdf.ln(6)
    pdf.set_font("serif", "", 11)
    pdf.para("SI CERTIFICA CHE A SEGUITO DELLA DICHIARAZIONE DI INIZIO ATTIVITA' PRESENTATA IN DATA "
             "15/03/2010 AI SENSI DELL'ART. 35 DEL D.P.R. 26/10/1972 N. 633, ALLA DITTA INDIVIDUALE",
             h=6, align="J")
    pdf.ln(2)
    pdf.set_font("serif", "B", 11)
    pdf.para(f"{c.name.upper()}\nCODICE FISCALE DEL TITOLARE: {p.cf}\nSEDE: VIA ITALIA 12 - 20900 MONZA (MB)", h=6)
    pdf.ln(2)
    pdf.set_font("serif", "", 11)
    pdf.para("E' STATO ATTRIBUITO IL NUMERO DI PARTITA IVA", h=6)
    pdf.set_font("serif", "B", 14)
    pdf.cell(0, 10, f"{c.piva[:5]} {c.piva[5:10]} {c.piva[10]}", align="C", **NL)
    pdf.set_font("serif", "", 11)
    pdf.para("ATTIVITA': 10.71.10 PRODUZIONE DI PRODOTTI DI PANETTERIA FRESCHI\nDATA INIZIO ATTIVITA': 01/04/2010",
             h=6)
    pdf.ln(10)
    pdf.para("MONZA, 16/03/2010", h=6)
    pdf.set_x(110)
    pdf.multi_cell(80, 6, "IL CAPO UFFICIO\n(firma autografa sostituita a mezzo stampa)", align="C", **NL)
    save(pdf, out)


def piva_web_check(out: Path) -> None:
    c, p = RAVASIO_PRO, RAVASIO

    def head(pdf: Doc) -> None:
        pdf.set_font("sans", "", 7)
        pdf.cell(100, 4, "11/09/26, 15:20", **RIGHT)
        pdf.cell(0, 4, "Agenzia delle Entrate – Cassetto fiscale – Dati anagrafici", align="R", **NL)
        pdf.ln(2)

    def foot(pdf: Doc) -> None:
        pdf.set_y(-10)
        pdf.set_font("sans", "", 7)
        pdf.cell(150, 4, "https://portale.agenziaentrate.gov.it/PortaleWeb/servizi/cassetto-fiscale/anagrafica",
                 **RIGHT)
        pdf.cell(0, 4, f"{pdf.page_no()}/{{nb}}", align="R", **NL)

    pdf = Doc(creator="Chromium", header=head, footer=foot)
    pdf.add_page()
    pdf.set_font("sans", "B", 14)
    pdf.cell(0, 8, "Cassetto fiscale", **NL)
    pdf.set_font("sans", "", 9)
    pdf.cell(0, 5, f"Contribuente: {p.last.upper()} {p.first.upper()} – Codice fiscale {p.cf}", **NL)
    pdf.ln(3)
    pdf.set_font("sans", "B", 10)
    pdf.cell(0, 6, "Dati anagrafici > Partite IVA", **NL)
    pdf.set_font("sans", "", 9)
    pdf.grid([("Partita IVA", "Stato", "Data inizio", "Data fine", "Attività prevalente"),
              (c.piva, "ATTIVA", "12/06/2014", "", "62.02.00 – Consulenza nel settore delle tecnologie "
                                                   "dell'informatica")], (30, 20, 25, 22, 83), size=8.5)
    pdf.set_font("sans", "B", 10)
    pdf.cell(0, 6, "Domicilio fiscale", **NL)
    pdf.set_font("sans", "", 9)
    pdf.grid([("Dal", "Indirizzo", "Comune"), ("12/06/2014", "VIA BORGO PALAZZO 88", "24125 BERGAMO (BG)")],
             (25, 90, 65), size=8.5)
    pdf.set_font("sans", "B", 10)
    pdf.cell(0, 6, "Atti di attribuzione e variazione", **NL)
    pdf.set_font("sans", "", 9)
    pdf.grid([("Data", "Tipo", "Modello", "Protocollo"),
              ("12/06/2014", "Attribuzione partita IVA", "AA9/12", "14061210215531007 – 000001"),
              ("03/01/2019", "Variazione regime (forfetario)", "AA9/12", "19010309481122455 – 000001")],
             (25, 60, 30, 65), size=8.5)
    pdf.add_page()  # the browser breaks the page before the next panel
    pdf.set_font("sans", "B", 10)
    pdf.cell(0, 6, "Dati anagrafici > Altri dati", **NL)
    pdf.set_font("sans", "", 9)
    pdf.grid([("Dato", "Valore"), ("Data di nascita", d_slash(p.birth)), ("Comune di nascita", "BERGAMO (BG)"),
              ("Sesso", "M"), ("Domicilio digitale (INI-PEC)", c.pec)], (70, 110), size=8.5)
    save(pdf, out)


# ------------------------------------------------------ INPS Gestione Separata ----
def inps_head(pdf: Doc) -> None:
    pdf.set_fill_color(0, 91, 150)
    pdf.rect(15, 10, 22, 10, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.at(17, 12.5, "INPS", 12, "B", "sans")
    pdf.set_text_color(0, 0, 0)
    pdf.at(40, 12, "Istituto Nazionale Previdenza Sociale", 9, "", "sans")
    pdf.set_y(25)


def inps_online_receipt(out: Path) -> None:
    c, p = DAGOSTINO_PRO, DAGOSTINO
    pdf = Doc(creator="INPS – Servizi online", header=inps_head,
              footer=lambda q: (q.set_y(-12), q.set_font("sans", "", 7),
                                q.cell(0, 4, f"INPS – Via Ciro il Grande 21, 00144 Roma – C.F. {INPS_CF}",
                                       align="C", **NL)))
    pdf.add_page()
    pdf.set_font("sans", "B", 12)
    pdf.cell(0, 7, "Ricevuta di iscrizione alla Gestione Separata", **NL)
    pdf.set_font("sans", "", 9)
    pdf.cell(0, 5, "Servizio: Iscrizione e variazione dati Gestione Separata – committenti e professionisti", **NL)
    pdf.ln(3)
    rows = [("Numero protocollo", "INPS.4900.04/02/2021.0031245"), ("Data presentazione", "04/02/2021 09:17"),
            ("Codice fiscale", p.cf), ("Cognome", p.last.upper()), ("Nome", p.first.upper()),
            ("Tipologia iscrizione", "Libero professionista senza cassa previdenziale (art. 2, comma 26, "
                                     "L. 335/1995)"),
            ("Partita IVA", c.piva), ("Data inizio attività", "03/02/2021"), ("Sede INPS competente",
                                                                              "Milano Missori"),
            ("Esito", "ACCOLTA – posizione aperta")]
    pdf.grid(rows, (55, 125), header=False, size=9)
    pdf.set_font("sans", "", 8)
    pdf.para("I contributi sono dovuti con le aliquote e le scadenze previste per gli iscritti alla Gestione "
             "separata non assicurati presso altre forme previdenziali obbligatorie.")
    pdf.add_page()
    pdf.set_font("sans", "B", 10)
    pdf.cell(0, 6, "Informazioni utili", **NL)
    pdf.set_font("sans", "", 9)
    for t in ["Aliquota contributiva 2021 per professionisti senza altra copertura: 25,98%.",
              "I contributi si versano con modello F24 (sezione INPS, causale PXX) alle scadenze delle imposte.",
              "La ricevuta può essere riscaricata dalla sezione Fascicolo previdenziale del cittadino."]:
        pdf.para("• " + t, h=5)
    save(pdf, out)


def inps_cassetto(out: Path) -> None:
    c, p = RAVASIO_PRO, RAVASIO
    pdf = Doc(creator="INPS – Cassetto previdenziale", header=inps_head)
    pdf.add_page()
    pdf.set_font("sans", "B", 12)
    pdf.cell(0, 7, "Cassetto previdenziale liberi professionisti", **NL)
    pdf.set_font("sans", "B", 10)
    pdf.cell(0, 6, "Estratto conto previdenziale – Gestione Separata", **NL)
    pdf.set_font("sans", "", 9)
    pdf.ln(2)
    for lab, val in [("Codice fiscale", p.cf), ("Nominativo", f"{p.last.upper()} {p.first.upper()}"),
                     ("Partita IVA", c.piva), ("Tipo iscrizione", "Professionista – Gestione Separata"),
                     ("Iscritto dal", "12/06/2014"), ("Stato posizione", "Attiva")]:
        pdf.kv(lab, val, lw=45, size=9)
    pdf.ln(2)
    rows = [("Anno", "Reddito imponibile", "Aliquota", "Contributo dovuto", "Versato", "Mesi accreditati")]
    for y, r in [(2021, "31.220,00"), (2022, "34.870,00"), (2023, "38.115,00"), (2024, "41.050,00"),
                 (2025, "43.300,00")]:
        rows.append((str(y), r, "26,07%" if y >= 2024 else "25,98%", "—", "sì", "12"))
    pdf.grid(rows, (18, 36, 22, 36, 30, 38), size=8.5)
    pdf.add_page()
    pdf.set_font("sans", "B", 10)
    pdf.cell(0, 6, "Dettaglio versamenti F24 – anno 2025", **NL)
    rows = [("Data versamento", "Causale", "Periodo", "Importo", "Banca/Ufficio")]
    for d_, per, imp in [("30/06/2025", "2024 saldo", "1.884,20"), ("30/06/2025", "2025 acc. 1", "4.512,70"),
                         ("01/12/2025", "2025 acc. 2", "4.512,70")]:
        rows.append((d_, "PXX", per, imp, "BANCA 03069"))
    pdf.grid(rows, (34, 24, 34, 34, 54), size=8.5)
    save(pdf, out)


def inps_letter(out: Path) -> None:
    c, p = CATTANEO_PRO, CATTANEO
    pdf = Doc(creator="INPS – Lettere", header=inps_head)
    pdf.add_page()
    pdf.set_font("serif", "", 9)
    pdf.cell(0, 4.5, "Direzione provinciale di Como – Agenzia Como", **NL)
    pdf.cell(0, 4.5, "Via Pessina 6, 22100 Como", **NL)
    pdf.ln(6)
    pdf.set_xy(110, pdf.get_y())
    pdf.multi_cell(85, 5, f"Gentile Signora\n{p.first.upper()} {p.last.upper()}\n{p.address.upper()}\n{p.cap} "
                          f"{p.city.upper()} (CO)", **NL)
    pdf.ln(6)
    pdf.set_font("serif", "", 10)
    pdf.para(f"Como, {d_long(date(2023, 5, 22))}")
    pdf.ln(3)
    pdf.set_font("serif", "B", 10)
    pdf.para("Oggetto: iscrizione alla Gestione separata di cui all'art. 2, comma 26, della legge 8 agosto 1995, "
             "n. 335.")
    pdf.set_font("serif", "", 10)
    pdf.ln(2)
    pdf.para(f"Gentile Signora, La informiamo che a seguito della Sua domanda del 10/05/2023 risulta iscritta alla "
             f"Gestione separata dal 02/05/2023, in qualità di libera professionista (partita IVA {c.piva}, "
             f"codice fiscale {p.cf}), per l'attività di traduzione e interpretariato (ATECO 74.30.00).",
             h=5.4, align="J")
    pdf.ln(2)
    pdf.para("I contributi sono calcolati sul reddito professionale dichiarato e versati con modello F24 alle "
             "scadenze previste per le imposte sui redditi. Per ogni informazione può rivolgersi al Contact "
             "Center o accedere ai servizi online con SPID, CIE o CNS.", h=5.4, align="J")
    pdf.ln(8)
    pdf.set_x(110)
    pdf.multi_cell(80, 5, "Il Responsabile dell'Agenzia\n(firma autografa sostituita a mezzo stampa ai sensi "
                          "dell'art. 3, c. 2, D.Lgs. 39/1993)", align="C", **NL)
    save(pdf, out)


CASES = [
    Case("cob", "cob-unilav-full-2p", cob_unilav_full,
         {"codice_comunicazione": HIRES[ROTA.cf].cob, "worker_cf": ROTA.cf, "employer_cf": HIRES[ROTA.cf].company.cf,
          "hire_date": HIRES[ROTA.cf].hired, "contract": "tempo_indeterminato", "page_count": 2},
         ("multi_page", "repeated_header", "table", "delegate_cf_on_page")),
    Case("cob", "cob-ricevuta-sintesi", cob_ricevuta_sintesi,
         {"codice_comunicazione": HIRES[POPESCU.cf].cob, "worker_cf": POPESCU.cf,
          "employer_cf": HIRES[POPESCU.cf].company.cf, "hire_date": HIRES[POPESCU.cf].hired,
          "contract": "tempo_indeterminato"}, ("receipt_only", "no_unilav_form")),
    Case("cob", "cob-caps-consultant-landscape", cob_caps_consultant,
         {"codice_comunicazione": HIRES[COLOMBO.cf].cob, "worker_cf": COLOMBO.cf,
          "employer_cf": HIRES[COLOMBO.cf].company.cf, "hire_date": HIRES[COLOMBO.cf].hired,
          "contract": "tempo_indeterminato"},
         ("all_caps", "landscape", "labels_in_table_headers", "consultant_piva")),
    Case("cob", "cob-hire-plus-transformation", cob_hire_and_transformation,
         {"codice_comunicazione": HIRES[BERTOLAZZI.cf].cob, "worker_cf": BERTOLAZZI.cf,
          "employer_cf": HIRES[BERTOLAZZI.cf].company.cf, "hire_date": HIRES[BERTOLAZZI.cf].hired,
          "contract": "tempo_determinato", "page_count": 2,
          "documents": [{"pages": (1, 1), "codice_comunicazione": HIRES[BERTOLAZZI.cf].cob, "kind": "assunzione"},
                        {"pages": (2, 2), "codice_comunicazione": COB_TRASF_BERTOLAZZI, "kind": "trasformazione"}]},
         ("several_documents_in_one_file", "two_codes", "previous_code_cross_reference")),
    Case("attribuzione_piva", "piva-aa9-telematic-receipt-2p", piva_aa9_receipt,
         {"partita_iva": DAGOSTINO_PRO.piva, "cf": DAGOSTINO.cf, "holder": "D'AGOSTINO CHIARA",
          "date": date(2021, 2, 3), "page_count": 2},
         ("multi_page", "table", "issuer_cf_in_footer")),
    Case("attribuzione_piva", "piva-paper-certificate-caps", piva_paper_certificate,
         {"partita_iva": PANIFICIO_NAVA.piva, "partita_iva_printed": f"{PANIFICIO_NAVA.piva[:5]} "
          f"{PANIFICIO_NAVA.piva[5:10]} {PANIFICIO_NAVA.piva[10]}", "cf": NAVA.cf,
          "holder": PANIFICIO_NAVA.name.upper(), "date": date(2010, 3, 15)},
         ("all_caps", "piva_printed_in_groups", "serif", "no_accents")),
    Case("attribuzione_piva", "piva-cassetto-fiscale-browser", piva_web_check,
         {"partita_iva": RAVASIO_PRO.piva, "cf": RAVASIO.cf, "holder": RAVASIO.upper, "date": date(2014, 6, 12),
          "page_count": 2},
         ("browser_print", "url_footer", "table", "no_word_attribuzione_in_title", "multi_page")),
    Case("iscrizione_inps_gs", "inps-gs-online-receipt", inps_online_receipt,
         {"cf": DAGOSTINO.cf, "surname": "D'AGOSTINO", "given_name": "CHIARA", "partita_iva": DAGOSTINO_PRO.piva,
          "date": date(2021, 2, 4), "page_count": 2}, ("table", "issuer_cf_in_footer", "multi_page")),
    Case("iscrizione_inps_gs", "inps-gs-cassetto-estratto", inps_cassetto,
         {"cf": RAVASIO.cf, "holder": RAVASIO.upper, "partita_iva": RAVASIO_PRO.piva, "date": date(2014, 6, 12),
          "page_count": 2},
         ("says_estratto_conto", "table", "multi_page", "f24_payment_list")),
    Case("iscrizione_inps_gs", "inps-gs-letter", inps_letter,
         {"cf": CATTANEO.cf, "holder": CATTANEO.name.upper(), "partita_iva": CATTANEO_PRO.piva,
          "date": date(2023, 5, 2)}, ("letter", "serif", "running_text")),
]
