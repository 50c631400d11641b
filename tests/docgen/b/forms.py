"""Call forms: the platform-generated application A.1 and payment claim A.6,
the de minimis declaration A.2.a, the mandate A.3, the enrolment form A.4 and
the 'sedi ausiliarie' pages 4-5. Written as the Bandi e Servizi platform (new
and old look), consultancies' Word templates and trade associations would."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from .common import NL, RIGHT, Case, Doc, d_dot, d_long, d_slash, eur, save
from .world import (
    ARNOLDI,
    BOSSI,
    CARMINATI,
    CONFLITTI,
    CRIPPA,
    DAGOSTINO,
    DAGOSTINO_PRO,
    EXCEL,
    FRIGERIO,
    FRIGERIO_SNC,
    INDESIGN,
    LANTERNA,
    LEAN,
    MACCHI,
    POMPE,
    SANGALLI,
    SEPRIO,
    VALBREMBANA,
    Course,
    Person,
    iban_spaced,
)

AVVISO = ("Avviso pubblico per l'assegnazione di voucher aziendali a catalogo per interventi di Formazione "
          "Continua – PR FSE+ 2021-2027 – Quarta Edizione")
DGR = "DGR n° XII/6232 del 28 Maggio 2026"
CUP = "E84D26004370009"

TRN_LEAN = "0851253290471203480127601276IT"
TRN_EXCEL = "1101263440917523"
CRO_CONFLITTI = "95123468703"


# ------------------------------------------------------------------ platform look ----
def rl_header(pdf: Doc, id_domanda: str, new: bool = True) -> None:
    pdf.set_fill_color(0, 122, 61)
    pdf.rect(15, 9, 6, 10, style="F")
    pdf.set_text_color(0, 100, 50)
    pdf.at(23, 9.5, "Regione", 11, "B", "sans")
    pdf.at(23, 14.5, "Lombardia", 11, "B", "sans")
    pdf.set_text_color(60, 60, 60)
    pdf.at(120, 10, "Bandi e Servizi" if new else "BANDI ONLINE", 9, "B", "sans")
    pdf.at(120, 14.5, f"ID Domanda {id_domanda}" if new else f"Id domanda: {id_domanda}", 8, "", "sans")
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(0, 122, 61)
    pdf.line(15, 22, pdf.w - 15, 22)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(26)


def rl_footer(stamp: str):
    def f(pdf: Doc) -> None:
        pdf.set_y(-13)
        pdf.set_font("sans", "", 7)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(120, 4, f"Documento generato automaticamente dal sistema il {stamp}", **RIGHT)
        pdf.cell(0, 4, f"Pagina {pdf.page_no()} di {{nb}}", align="R", **NL)
        pdf.set_text_color(0, 0, 0)
    return f


def section(pdf: Doc, title: str, caps: bool = False, size: float = 10) -> None:
    pdf.ln(2)
    pdf.set_fill_color(232, 240, 235)
    pdf.set_font("sans", "B", size)
    pdf.cell(0, 6.5, title.upper() if caps else title, fill=True, **NL)
    pdf.set_font("sans", "", 9)
    pdf.ln(1)


def _participants_rows(k: Course, caps: bool = False):
    rows = [("Cognome", "Nome", "Codice fiscale", "Costo voucher", "Quota pubblica")]
    each_pub = (k.cost_each * k.share).quantize(Decimal("0.01"))
    for p in k.participants:
        rows.append((p.last.upper() if caps else p.last, p.first.upper() if caps else p.first, p.cf,
                     f"€ {eur(k.cost_each)}", f"€ {eur(each_pub)}"))
    return rows


# ------------------------------------------------------------------------- A.1 ----
def a1_platform(out: Path) -> None:
    k = LEAN
    c = k.company
    lr = c.lr
    pdf = Doc(creator="JasperReports Library version 6.20.6", title="Domanda " + k.id_domanda,
              header=lambda p: rl_header(p, k.id_domanda), footer=rl_footer("31/08/2026 17:02:44"))
    pdf.add_page()
    pdf.set_font("sans", "B", 11)
    pdf.multi_cell(0, 5.5, "FORMAZIONE CONTINUA – QUARTA EDIZIONE\nPR FSE+ 2021-2027", align="C", **NL)
    pdf.set_font("sans", "", 9)
    pdf.multi_cell(0, 4.5, AVVISO + f" ({DGR})", align="C", **NL)
    pdf.ln(2)
    pdf.set_font("sans", "B", 12)
    pdf.cell(0, 7, "DOMANDA DI FINANZIAMENTO – ALLEGATO A.1", align="C", **NL)
    section(pdf, "Dati del soggetto richiedente")
    for lab, val in [("Ragione sociale", c.name), ("Forma giuridica", "Società a responsabilità limitata"),
                     ("Codice fiscale", c.cf), ("Partita IVA", c.piva),
                     ("Sede legale", c.full_address), ("Sede operativa", c.full_address),
                     ("Codice ATECO 2007", c.ateco), ("Numero addetti", str(c.addetti)),
                     ("Dimensione", "Piccola impresa"), ("PEC", c.pec)]:
        pdf.kv(lab, val, lw=55, size=9)
    section(pdf, "Legale rappresentante")
    for lab, val in [("Cognome e nome", f"{lr.last} {lr.first}"), ("Codice fiscale", lr.cf),
                     ("Luogo e data di nascita", f"{lr.birthplace} – {d_slash(lr.birth)}")]:
        pdf.kv(lab, val, lw=55, size=9)
    section(pdf, "Dati del percorso formativo")
    for lab, val in [("ID corso", k.id_corso), ("ID edizione", k.id_edizione), ("Titolo corso", k.title),
                     ("Ente erogatore", k.provider.name), ("Durata (ore)", str(k.hours)),
                     ("Data avvio prevista", d_slash(k.start)), ("Data fine prevista", d_slash(k.end)),
                     ("Sede di svolgimento", "Sede aziendale (sede ausiliaria)")]:
        pdf.kv(lab, val, lw=55, size=9)
    section(pdf, "Destinatari")
    pdf.grid(_participants_rows(k), (34, 30, 46, 35, 35), size=8.5, fill_header=True)
    section(pdf, "Riepilogo finanziario")
    for lab, val in [("Costo complessivo", f"€ {eur(k.taxable)}"),
                     ("Percentuale di finanziamento pubblico", "70%"),
                     ("Quota finanziamento pubblico richiesta", f"€ {eur(k.public)}"),
                     ("Quota di cofinanziamento privato", f"€ {eur(k.private)}")]:
        pdf.kv(lab, val, lw=80, size=9)
    section(pdf, "Dichiarazioni")
    for t in [
        "di essere a conoscenza dei contenuti dell'Avviso e di accettarli integralmente;",
        "che l'impresa ha unità produttiva/sede operativa attiva in Lombardia;",
        "che l'impresa non è un'impresa familiare, non opera nel settore della produzione primaria di "
        "prodotti agricoli e non è un ente iscritto alle sezioni A o B dell'Albo regionale;",
        "che i destinatari non rientrano nelle categorie escluse dall'Avviso;",
        "di aver assolto l'imposta di bollo di € 16,00 – identificativo 01240077731188 del 31/08/2026;",
    ]:
        pdf.checkbox(True, t, h=4.6)
    pdf.ln(3)
    pdf.para("Documento da sottoscrivere con firma elettronica dal legale rappresentante o dal soggetto "
             "delegato.", h=4.6)
    save(pdf, out)


def a1_old_bandionline(out: Path) -> None:
    k = EXCEL
    c = k.company
    lr = c.lr
    pdf = Doc(creator="Oracle BI Publisher 12.2.1.4.0", header=lambda p: rl_header(p, k.id_domanda, new=False),
              footer=rl_footer("02/09/2026 11:15:09"))
    pdf.add_page()
    pdf.set_font("sans", "B", 10)
    pdf.multi_cell(0, 5, "PR FSE+ 2021-2027 - FORMAZIONE CONTINUA QUARTA EDIZIONE - DOMANDA DI VOUCHER "
                         "AZIENDALI (ALLEGATO A.1)", align="C", **NL)
    section(pdf, "Modulo 1 - Soggetto richiedente", caps=True, size=9)
    x0 = pdf.l_margin
    pairs = [("DENOMINAZIONE", c.name.upper()), ("CODICE FISCALE", c.cf), ("PARTITA IVA", c.piva),
             ("INDIRIZZO SEDE OPERATIVA", f"{c.address.upper()} - {c.cap} {c.city.upper()} ({c.prov})"),
             ("CLASSE ADDETTI", "DA 51 ADDETTI - FINANZIAMENTO PUBBLICO 50%"), ("ADDETTI", str(c.addetti)),
             ("INDIRIZZO PEC", c.pec)]
    for i in range(0, len(pairs), 2):
        y = pdf.get_y()
        pdf.set_x(x0)
        pdf.kv_below(*pairs[i], w=88)
        y1 = pdf.get_y()
        if i + 1 < len(pairs):
            pdf.set_xy(x0 + 92, y)
            pdf.kv_below(*pairs[i + 1], w=88)
        pdf.set_y(max(y1, pdf.get_y()) + 1)
    section(pdf, "Modulo 2 - Rappresentante legale", caps=True, size=9)
    pdf.para(f"IL SOTTOSCRITTO/A {lr.first.upper()} {lr.last.upper()} NATO/A A VARESE (VA) IL "
             f"{d_slash(lr.birth)} CODICE FISCALE {lr.cf} IN QUALITA' DI LEGALE RAPPRESENTANTE "
             f"DELL'IMPRESA SOPRA INDICATA", h=4.6)
    section(pdf, "Modulo 3 - Voucher richiesti", caps=True, size=9)
    pdf.grid([("ID CORSO", "ID EDIZIONE", "TITOLO", "ENTE", "INIZIO", "FINE"),
              (k.id_corso, k.id_edizione, k.title.upper(), k.provider.name.upper(), d_slash(k.start),
               d_slash(k.end))], (20, 22, 55, 45, 19, 19), size=8)
    pdf.add_page()
    section(pdf, "Modulo 4 - Destinatari", caps=True, size=9)
    pdf.grid(_participants_rows(k, caps=True), (34, 30, 46, 35, 35), size=8.5)
    pdf.para(f"TOTALE COSTO VOUCHER: € {eur(k.taxable)}   -   TOTALE QUOTA PUBBLICA: € {eur(k.public)}   -   "
             f"COFINANZIAMENTO: € {eur(k.private)}", h=5)
    section(pdf, "Modulo 5 - Dichiarazioni e impegni", caps=True, size=9)
    for t in ["DICHIARA DI AVERE SEDE OPERATIVA ATTIVA IN REGIONE LOMBARDIA",
              "DICHIARA CHE L'IMPRESA NON E' IMPRESA FAMILIARE",
              "SI IMPEGNA A CONSERVARE LA DOCUMENTAZIONE IN ORIGINALE PER 10 ANNI",
              "PRENDE ATTO CHE LA DOMANDA DEVE ESSERE INVIATA ALMENO 72 ORE PRIMA DELL'AVVIO DEL CORSO"]:
        pdf.checkbox(True, t, h=4.6, mark="[X]", empty="[ ]")
    section(pdf, "Modulo 6 - Imposta di bollo", caps=True, size=9)
    pdf.para("MODALITA' DI PAGAMENTO: PAGAMENTO ONLINE (PAGOPA) - IUV RF18 0000 0123 4567 8901 - "
             "IMPORTO € 16,00 - ESITO: PAGATO", h=4.6)
    save(pdf, out)


def a1_autonomo_two_col(out: Path) -> None:
    k = INDESIGN
    c = k.company
    p = c.lr
    pdf = Doc(creator="JasperReports Library version 6.20.6",
              header=lambda q: rl_header(q, k.id_domanda), footer=rl_footer("05/10/2026 08:47:13"))
    pdf.add_page()
    pdf.set_font("sans", "B", 11)
    pdf.cell(0, 6, "Allegato A.1 – Domanda di finanziamento", align="C", **NL)
    pdf.set_font("sans", "", 8.5)
    pdf.multi_cell(0, 4.2, AVVISO, align="C", **NL)
    pdf.ln(3)
    pdf.set_font("sans", "", 9.5)
    pdf.para(f"La sottoscritta {p.first} {p.last.replace(chr(39), '’')}, nata a Napoli (NA) il "
             f"{d_long(p.birth)}, codice fiscale {p.cf}, in qualità di libera professionista titolare di "
             f"partita IVA {c.piva}, con domicilio fiscale in {c.address}, {c.cap} {c.city} ({c.prov}),",
             h=5, align="J")
    pdf.set_font("sans", "B", 10)
    pdf.cell(0, 7, "CHIEDE", align="C", **NL)
    pdf.set_font("sans", "", 9.5)
    pdf.para(f"l'assegnazione di un voucher per la propria partecipazione al percorso “{k.title}” (ID corso "
             f"{k.id_corso}, ID edizione {k.id_edizione}) erogato da {k.provider.name}.", h=5, align="J")
    pdf.ln(2)
    left = [("Tipologia richiedente", "Libero professionista"), ("Percentuale pubblica", "90%"),
            ("Costo del percorso", f"€ {eur(k.taxable)}"), ("Quota pubblica richiesta", f"€ {eur(k.public)}")]
    right = [("Data avvio", d_slash(k.start)), ("Data conclusione", d_slash(k.end)),
             ("Ore", str(k.hours)), ("Cofinanziamento", f"€ {eur(k.private)}")]
    y = pdf.get_y()
    for i, ((a, b), (cc, dd)) in enumerate(zip(left, right, strict=True)):
        pdf.set_xy(15, y + i * 6)
        pdf.set_font("sans", "", 8.5)
        pdf.cell(45, 6, a, border="B", **RIGHT)
        pdf.set_font("sans", "B", 9)
        pdf.cell(45, 6, b, border="B", **RIGHT)
        pdf.set_font("sans", "", 8.5)
        pdf.cell(45, 6, cc, border="B", **RIGHT)
        pdf.set_font("sans", "B", 9)
        pdf.cell(45, 6, dd, border="B", **NL)
    pdf.ln(4)
    pdf.set_font("sans", "B", 10)
    pdf.cell(0, 7, "DICHIARA", align="C", **NL)
    pdf.set_font("sans", "", 9)
    for t in ["di avere domicilio fiscale in Lombardia;",
              "di esercitare l'attività in forma autonoma;",
              "di non avere in corso politiche attive che prevedono percorsi formativi;",
              "di non aver fruito nel 2026 di voucher sulla Terza Edizione (Decreto n. 12484 del 11/09/2025)."]:
        pdf.para("– " + t, h=4.8)
    pdf.add_page()
    pdf.set_font("sans", "B", 10)
    pdf.para("Allegati caricati a sistema")
    pdf.set_font("sans", "", 9)
    pdf.grid([("Documento", "Nome file", "Caricato il"),
              ("Dichiarazione de minimis (A.2.a)", "deminimis_dagostino.pdf.p7m", "04/10/2026"),
              ("Certificazione IBAN", "attestazione_neos.pdf", "04/10/2026"),
              ("Attribuzione partita IVA", "AA9_ricevuta.pdf", "04/10/2026"),
              ("Iscrizione Gestione Separata INPS", "inps_gs.pdf", "04/10/2026"),
              ("Scheda iscrizione (A.4)", "A4_DAgostino.pdf", "05/10/2026")], (70, 70, 40), size=8.5)
    pdf.para(f"Conto corrente per l'erogazione: IBAN {iban_spaced(c.iban)}", h=5)
    save(pdf, out)


# ----------------------------------------------------------------------- A.2.a ----
def dm_full(out: Path) -> None:
    c = VALBREMBANA
    lr = c.lr

    def head(pdf: Doc) -> None:
        pdf.set_font("serif", "I", 8)
        pdf.cell(0, 4, "Allegato A.2.a – Dichiarazione de minimis impresa richiedente", align="R", **NL)
        pdf.ln(2)

    def foot(pdf: Doc) -> None:
        pdf.set_y(-12)
        pdf.set_font("serif", "", 8)
        pdf.cell(0, 4, f"{pdf.page_no()}", align="C", **NL)

    pdf = Doc(creator="Microsoft® Word per Microsoft 365", header=head, footer=foot)
    pdf.add_page()
    pdf.set_font("serif", "B", 11)
    pdf.multi_cell(0, 5.5, "DICHIARAZIONE SOSTITUTIVA PER LA CONCESSIONE DI AIUTI IN «DE MINIMIS»\n"
                           "(ai sensi dell'art. 47 del D.P.R. 28 dicembre 2000, n. 445)", align="C", **NL)
    pdf.ln(3)
    pdf.set_font("serif", "", 10)
    pdf.grid([("Il Titolare / Legale rappresentante dell'impresa", "", ""),
              ("Nome e cognome", f"{lr.first} {lr.last}", ""),
              ("nata/o il", d_slash(lr.birth), f"nel Comune di {lr.birthplace}"),
              ("Codice fiscale", lr.cf, ""),
              ("in qualità di legale rappresentante dell'impresa", c.name, ""),
              ("Sede legale", c.full_address, ""),
              ("Codice fiscale / Partita IVA", c.cf, c.piva)], (62, 65, 53), size=9, header=True)
    pdf.para(f"in relazione a quanto previsto dall'{AVVISO} ({DGR}), per la concessione di aiuti "
             "«de minimis» di cui al Regolamento (UE) n. 2023/2831 della Commissione del 13 dicembre 2023 "
             "(pubblicato sulla Gazzetta Ufficiale dell'Unione europea L, 15.12.2023),", h=4.8, align="J")
    pdf.ln(1)
    pdf.para("PRESA VISIONE delle istruzioni per la predisposizione della presente dichiarazione, "
             "CONSAPEVOLE delle responsabilità anche penali assunte in caso di rilascio di dichiarazioni "
             "mendaci, formazione di atti falsi e loro uso, e della conseguente decadenza dai benefici "
             "concessi sulla base di una dichiarazione non veritiera, ai sensi degli articoli 75 e 76 del "
             "D.P.R. 445/2000,", h=4.8, align="J")
    pdf.set_font("serif", "B", 10)
    pdf.cell(0, 7, "DICHIARA", align="C", **NL)
    pdf.set_font("serif", "B", 9.5)
    pdf.para("Sezione A – Natura dell'impresa")
    pdf.set_font("serif", "", 9.5)
    pdf.checkbox(True, "Che l'impresa non è controllata né controlla, direttamente o indirettamente, altre "
                       "imprese e pertanto costituisce da sola una «impresa unica» ai sensi dell'art. 2, par. 2, "
                       "del Regolamento (UE) 2023/2831.", h=4.8)
    pdf.checkbox(False, "Che l'impresa controlla, anche indirettamente, le imprese seguenti aventi sede "
                        "legale in Italia (compilare la tabella).", h=4.8)
    pdf.checkbox(False, "Che l'impresa è controllata, anche indirettamente, dalle imprese seguenti.", h=4.8)
    pdf.set_font("serif", "B", 9.5)
    pdf.para("Sezione B – Rispetto del massimale")
    pdf.set_font("serif", "", 9.5)
    pdf.para("1) che l'esercizio finanziario (anno fiscale) dell'impresa rappresentata inizia il 01/01 e "
             "termina il 31/12;", h=4.8)
    pdf.checkbox(False, "2.1) che all'impresa rappresentata NON È STATO CONCESSO nell'arco degli ultimi tre "
                        "anni alcun aiuto «de minimis», tenuto conto anche delle disposizioni relative a "
                        "fusioni/acquisizioni o scissioni;", h=4.8)
    pdf.checkbox(True, "2.2) che all'impresa rappresentata SONO STATI CONCESSI nell'arco degli ultimi tre anni "
                       "i seguenti aiuti «de minimis»:", h=4.8)
    pdf.grid([("", "Impresa cui è stato concesso", "Ente concedente", "Provvedimento e data",
               "Reg. UE de minimis", "Importo concesso"),
              ("1", c.name, "CCIAA di Bergamo – Bando Transizione Digitale 2025",
               "Det. n. 118 del 14/05/2025", "2023/2831", "€ 5.000,00"),
              ("2", c.name, "Regione Lombardia – Bando Nuova Impresa Fiere 2024",
               "Decreto n. 9921 del 02/07/2024", "1407/2013", "€ 3.200,00"),
              ("", "TOTALE", "", "", "", "€ 8.200,00")], (8, 38, 48, 34, 24, 28), size=7.5)
    pdf.set_font("serif", "B", 9.5)
    pdf.para("Sezione C – Settori in cui opera l'impresa")
    pdf.set_font("serif", "", 9.5)
    pdf.checkbox(True, "Che l'impresa rappresentata opera solo nei settori economici ammissibili al "
                       "finanziamento.", h=4.8)
    pdf.set_font("serif", "B", 9.5)
    pdf.para("Sezione D – Condizioni di cumulo")
    pdf.set_font("serif", "", 9.5)
    pdf.checkbox(True, "Che in riferimento agli stessi «costi ammissibili» l'impresa rappresentata NON ha "
                       "beneficiato di altri aiuti di Stato.", h=4.8)
    pdf.ln(2)
    pdf.add_page()
    pdf.set_font("serif", "B", 9.5)
    pdf.para("Sezione E – Imprese collegate (da compilare solo se l'impresa fa parte di un'impresa unica)")
    pdf.set_font("serif", "", 9.5)
    pdf.grid([("Ragione sociale", "Codice fiscale", "Rapporto di controllo"), ("—", "—", "—"), ("—", "—", "—")],
             (80, 50, 50), size=8.5)
    pdf.ln(2)
    pdf.para("AUTORIZZA l'Amministrazione concedente al trattamento e all'elaborazione dei dati forniti "
             "con la presente dichiarazione, per finalità gestionali e statistiche, anche mediante l'ausilio "
             "di mezzi elettronici o automatizzati, nel rispetto del Regolamento (UE) 2016/679.", h=4.8,
             align="J")
    pdf.ln(3)
    pdf.para(f"Zogno, {d_slash(date(2026, 8, 29))}")
    pdf.ln(2)
    pdf.para("Il legale rappresentante\n(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)")
    save(pdf, out)


def dm_compact_hyphenated(out: Path) -> None:
    c = SEPRIO
    lr = c.lr
    pdf = Doc(creator="LibreOffice 7.6", margins=(22, 18, 22))
    pdf.add_page()
    pdf.set_font("sans", "", 8)
    pdf.cell(0, 4, "ALLEGATO A.2.a", align="R", **NL)
    pdf.set_font("sans", "B", 10.5)
    pdf.multi_cell(0, 5, "Dichiarazione sostitutiva dell'atto di notorietà relativa agli aiuti \"de minimis\" "
                         "ricevuti dall'impresa", align="C", **NL)
    pdf.ln(3)
    pdf.set_font("sans", "", 9.5)
    # narrow column, hard line breaks and hyphenation as in a justified Word document
    text = (
        f"La sottoscritta {lr.first} {lr.last}, nata a Varese il {d_dot(lr.birth)}, C.F. {lr.cf},\n"
        f"legale rappresentante di {c.name}, C.F. e P.IVA {c.piva}, con sede in\n"
        f"Gallarate (VA), {c.address}, consapevole delle sanzioni penali previste dall'art. 76\n"
        "del D.P.R. 445/2000 per le ipotesi di falsità in atti e dichiarazioni mendaci, ai sensi\n"
        "del Reg. (UE) 2023/2831 della Commissione relativo agli aiuti \"de minimis\",\n"
        "DICHIARA\n"
        "- che l'impresa rappresentata, insieme alle imprese con cui è collegata, costituisce un'impre-\n"
        "sa unica ai sensi dell'art. 2, par. 2 del citato Regolamento, composta da: "
        f"{c.name} (C.F. {c.piva}) e\n"
        "Seprio Immobiliare S.r.l. (C.F. 03318540129), controllata al 100%;\n"
        "- che l'esercizio finanziario dell'impresa coincide con l'anno solare;\n"
        "- che all'impresa unica non sono stati concessi aiuti \"de minimis\" nei tre anni prece-\n"
        "denti la data della presente dichiarazione;\n"
        "- di impegnarsi a comunicare tempestivamente ogni variazione intervenuta tra la data della\n"
        "presente e la data di concessione del contributo.\n"
    )
    pdf.multi_cell(0, 5.2, text, **NL)
    pdf.ln(6)
    pdf.para(f"Gallarate, {d_long(date(2026, 9, 1))}")
    pdf.ln(3)
    pdf.para("Firmato digitalmente da Donatella Macchi")
    save(pdf, out)


def dm_caps_consultant(out: Path) -> None:
    c = LANTERNA
    lr = c.lr

    def foot(pdf: Doc) -> None:
        pdf.set_y(-14)
        pdf.set_font("mono", "", 7)
        pdf.multi_cell(0, 3.2, "STUDIO BERTOLETTI & PARTNERS - CONSULENZA AZIENDALE - VIA DEFENDENTE 22, 26900 "
                               "LODI - P.IVA 05884410964\nMODELLO DM-23 REV. 4 - PAG. " + str(pdf.page_no()),
                       align="C", **NL)

    pdf = Doc(creator="PDFCreator 5.2", footer=foot)
    pdf.add_page()
    pdf.set_font("mono", "B", 10)
    pdf.multi_cell(0, 5, "ALLEGATO A.2.A\nDICHIARAZIONE SOSTITUTIVA PER LA CONCESSIONE DI AIUTI IN \"DE MINIMIS\"\n"
                         "REGOLAMENTO (UE) N. 2831/2023", align="C", **NL)
    pdf.ln(3)
    pdf.set_font("mono", "", 8.5)
    body = [
        f"IL SOTTOSCRITTO {lr.last.upper()} {lr.first.upper()}",
        f"NATO A LODI (LO) IL {d_slash(lr.birth)}",
        f"CODICE FISCALE {lr.cf}",
        "IN QUALITA' DI PRESIDENTE E LEGALE RAPPRESENTANTE DI",
        "LA LANTERNA SOCIETA' COOPERATIVA SOCIALE ONLUS",
        f"CODICE FISCALE/P.IVA {c.piva} - SEDE IN VIALE PIACENZA 8, 26900 LODI (LO)",
        "",
        "CONSAPEVOLE DELLE RESPONSABILITA' PENALI DI CUI ALL'ART. 76 DPR 445/2000",
        "",
        "DICHIARA",
        "",
        "[X] CHE L'IMPRESA NON FA PARTE DI UNA IMPRESA UNICA CON ALTRE IMPRESE (NON CONTROLLA",
        "    NE' E' CONTROLLATA AI SENSI DELL'ART. 2 PAR. 2 DEL REGOLAMENTO (UE) N. 2831/2023);",
        "[ ] CHE L'IMPRESA FA PARTE DI UNA IMPRESA UNICA COSI' COMPOSTA: ______________________",
        "",
        "[X] CHE NELL'ESERCIZIO FINANZIARIO IN CORSO E NEI DUE PRECEDENTI ALL'IMPRESA UNICA SONO",
        "    STATI CONCESSI I SEGUENTI AIUTI IN REGIME DE MINIMIS:",
    ]
    for b in body:
        pdf.cell(0, 4.3, b, **NL)
    pdf.ln(1)
    pdf.grid([("ENTE CONCEDENTE", "NORMA", "DATA CONC.", "REG. UE", "IMPORTO EUR"),
              ("REGIONE LOMBARDIA", "DOTE IMPRESA SOCIALE 2024", "12.03.2024", "1407/2013", "12.500,00"),
              ("FONDIMPRESA (AIUTI FORMAZIONE)", "AVVISO 2/2025", "30.06.2025", "2023/2831", "6.840,00")],
             (55, 45, 25, 25, 30), size=7.5)
    for b in ["[X] CHE L'IMPRESA NON OPERA NEI SETTORI ESCLUSI DALL'ART. 1 DEL REGOLAMENTO;",
              "[X] DI ESSERE INFORMATO CHE I DATI SARANNO TRATTATI AI SENSI DEL REG. UE 2016/679.",
              "",
              "LODI, 28.08.2026                          IL LEGALE RAPPRESENTANTE",
              "                                          (FIRMATO DIGITALMENTE)"]:
        pdf.cell(0, 4.3, b, **NL)
    pdf.add_page()
    pdf.set_font("mono", "B", 9)
    pdf.cell(0, 5, "ISTRUZIONI PER LA COMPILAZIONE", **NL)
    pdf.set_font("mono", "", 8)
    for t in ["1. IMPRESA UNICA: AI SENSI DELL'ART. 2, PAR. 2, DEL REGOLAMENTO, SI INTENDE L'INSIEME DELLE IMPRESE "
              "FRA LE QUALI ESISTE ALMENO UNA DELLE RELAZIONI DI CONTROLLO (MAGGIORANZA DEI DIRITTI DI VOTO, DIRITTO "
              "DI NOMINARE O REVOCARE LA MAGGIORANZA DEI MEMBRI DEL CDA, INFLUENZA DOMINANTE).",
              "2. PERIODO DI RIFERIMENTO: IL MASSIMALE DI EUR 300.000 SI APPLICA SU UN PERIODO MOBILE DI TRE ANNI.",
              "3. GLI AIUTI GIA' CONCESSI VANNO INDICATI ANCHE SE NON ANCORA EROGATI, COME RISULTANO DAL REGISTRO "
              "NAZIONALE DEGLI AIUTI (RNA) - SEZIONE TRASPARENZA.",
              "4. IN CASO DI FUSIONI, ACQUISIZIONI O SCISSIONI SI APPLICANO LE REGOLE DELL'ART. 3, PARR. 8 E 9."]:
        pdf.multi_cell(0, 4.3, t, align="L", **NL)
        pdf.ln(1.5)
    save(pdf, out)


def dm_old_regulation(out: Path) -> None:
    c = FRIGERIO_SNC
    lr = c.lr
    pdf = Doc(creator="Microsoft® Word 2013")
    pdf.add_page()
    pdf.set_font("serif", "B", 11)
    pdf.multi_cell(0, 5.5, "Allegato A.2.a\nDICHIARAZIONE SOSTITUTIVA DI ATTO NOTORIO\nAIUTI \"DE MINIMIS\" – "
                           "Regolamento (UE) n. 1407/2013", align="C", **NL)
    pdf.ln(3)
    pdf.set_font("serif", "", 10)
    pdf.para(f"Il sottoscritto {lr.first} {lr.last}, nato a Lecco il {d_slash(lr.birth)}, residente a Valmadrera "
             f"(LC) in {lr.address}, C.F. {lr.cf}, in qualità di socio amministratore e legale rappresentante "
             f"della {c.name}, P.IVA {c.piva}, ai sensi e per gli effetti degli artt. 46 e 47 del DPR "
             "445/2000,", h=5, align="J")
    pdf.set_font("serif", "B", 10)
    pdf.cell(0, 7, "DICHIARA", align="C", **NL)
    pdf.set_font("serif", "", 10)
    for t in ["che l'impresa costituisce impresa unica ai sensi dell'art. 2, par. 2, del Regolamento (UE) "
              "n. 1407/2013 della Commissione del 18 dicembre 2013;",
              "che nell'esercizio finanziario in corso e nei due esercizi precedenti l'impresa non ha "
              "beneficiato di contributi pubblici percepiti a titolo di aiuti de minimis;",
              "di essere a conoscenza che l'aiuto richiesto è concesso in regime de minimis."]:
        pdf.para("• " + t, h=5, align="J")
        pdf.ln(1)
    pdf.ln(4)
    pdf.para(f"Valmadrera, lì {d_slash(date(2026, 9, 3))}")
    pdf.ln(2)
    pdf.para("Firma del dichiarante\n______________________")
    save(pdf, out)


# ------------------------------------------------------------------------- A.3 ----
def delega_studio(out: Path) -> None:
    c = VALBREMBANA
    lr, dg = c.lr, ARNOLDI

    def head(pdf: Doc) -> None:
        pdf.set_font("sans", "", 7.5)
        pdf.cell(0, 4, "Allegato A.3 – Incarico per la sottoscrizione digitale e presentazione telematica della "
                       "domanda di voucher", align="R", **NL)
        pdf.ln(3)

    pdf = Doc(creator="Microsoft® Word 2019", header=head)
    pdf.add_page()
    pdf.set_font("sans", "B", 11.5)
    pdf.multi_cell(0, 6, "PROCURA SPECIALE PER LA SOTTOSCRIZIONE DIGITALE E LA PRESENTAZIONE TELEMATICA "
                         "DELLA DOMANDA DI VOUCHER", align="C", **NL)
    pdf.set_font("sans", "", 8.5)
    pdf.multi_cell(0, 4.2, "(ai sensi dell'art. 1392 c.c. e dell'art. 38, comma 3, D.P.R. 445/2000)", align="C",
                   **NL)
    pdf.ln(4)
    pdf.set_font("sans", "B", 9)
    pdf.para("Il DELEGANTE")
    pdf.grid([("Cognome", "Nome", "Codice fiscale", "Carica"),
              (lr.last, lr.first, lr.cf, "Legale rappresentante")], (40, 40, 55, 45), size=9)
    pdf.grid([("Impresa", "Codice fiscale impresa", "Sede"),
              (c.name, c.cf, c.full_address)], (60, 40, 80), size=9)
    pdf.set_font("sans", "B", 9)
    pdf.para("CONFERISCE PROCURA SPECIALE A (DELEGATO)")
    pdf.grid([("Cognome", "Nome", "Codice fiscale", "In qualità di"),
              (dg.last, dg.first, dg.cf, "Consulente del lavoro – Studio Arnoldi Consulenti Associati")],
             (35, 35, 50, 60), size=9)
    pdf.set_font("sans", "", 9.5)
    pdf.para("per la sottoscrizione digitale e la presentazione telematica, tramite il sistema informativo "
             "Bandi e Servizi di Regione Lombardia, della domanda di voucher a valere sull'" + AVVISO +
             ", nonché per ogni successiva comunicazione relativa al procedimento.", h=5, align="J")
    pdf.ln(2)
    pdf.para("Elegge domicilio speciale per tutti gli atti e le comunicazioni inerenti il procedimento "
             "all'indirizzo PEC del delegato: studioarnoldi@pec.consulentidellavoro.it", h=5, align="J")
    pdf.ln(2)
    pdf.para("Il delegato dichiara di NON essere operatore accreditato per i servizi di istruzione e "
             "formazione professionale di Regione Lombardia.", h=5)
    pdf.ln(5)
    pdf.grid([("Luogo e data", "Firma autografa del delegante", "Firma digitale del delegato"),
              (f"Zogno, {d_slash(date(2026, 8, 28))}", "\n\n", "(firmato digitalmente)")], (50, 65, 65), size=9)
    pdf.set_font("sans", "I", 8)
    pdf.para("Allegare copia del documento di identità in corso di validità del delegante.")
    save(pdf, out)


def delega_associazione(out: Path) -> None:
    c = SEPRIO
    lr, dg = c.lr, SANGALLI

    def foot(pdf: Doc) -> None:
        pdf.set_y(-15)
        pdf.set_font("sans", "", 7)
        pdf.set_text_color(80, 80, 120)
        pdf.multi_cell(0, 3.2, "Associazione Imprese Alto Milanese – Corso Magenta 12, 20025 Legnano (MI) – "
                               "C.F. 84005570157 – servizi.bandi@aiam.it", align="C", **NL)
        pdf.set_text_color(0, 0, 0)

    pdf = Doc(creator="Microsoft® Word 2016", footer=foot)
    pdf.add_page()
    pdf.set_font("sans", "B", 14)
    pdf.set_text_color(60, 60, 130)
    pdf.cell(0, 8, "AIAM – Associazione Imprese Alto Milanese", **NL)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(6)
    pdf.set_font("sans", "B", 11)
    pdf.para("Allegato A.3\nIncarico per la sottoscrizione digitale e la presentazione telematica della domanda")
    pdf.ln(3)
    pdf.set_font("sans", "", 10)
    pdf.para(f"La sottoscritta {lr.first} {lr.last}, codice fiscale {lr.cf}, in qualità di legale "
             f"rappresentante di {c.name} (codice fiscale {c.cf}), con sede operativa in {c.full_address},",
             h=5.5, align="J")
    pdf.set_font("sans", "B", 10)
    pdf.cell(0, 7, "CONFERISCE INCARICO", align="C", **NL)
    pdf.set_font("sans", "", 10)
    pdf.para(f"alla sig.ra {dg.first} {dg.last}, nata a Legnano (MI) il {d_long(dg.birth)}, codice fiscale "
             f"{dg.cf}, funzionaria dell'Associazione Imprese Alto Milanese, per la sottoscrizione con firma "
             "digitale e la presentazione telematica sul sistema Bandi e Servizi della domanda di "
             f"finanziamento relativa alla Formazione Continua – Quarta Edizione ({DGR}), e per il "
             "compimento di tutti gli atti connessi, ivi compresa la domanda di liquidazione.",
             h=5.5, align="J")
    pdf.ln(3)
    pdf.para("La delegante dichiara di essere consapevole che la delegata opera esclusivamente in qualità di "
             "incaricata e che la responsabilità delle dichiarazioni rese nella domanda resta in capo "
             "all'impresa.", h=5.5, align="J")
    pdf.ln(6)
    pdf.para(f"Gallarate, {d_slash(date(2026, 8, 31))}                    Firma della delegante ____________________")
    pdf.add_page()
    pdf.set_font("sans", "B", 11)
    pdf.para("Dichiarazione della delegata (accettazione dell'incarico)")
    pdf.set_font("sans", "", 10)
    pdf.para(f"La sottoscritta {dg.first} {dg.last} ({dg.cf}) accetta l'incarico e dichiara, ai sensi del "
             "DPR 445/2000:", h=5.5)
    for t in ["di non essere operatore accreditato per i servizi di istruzione e formazione professionale "
              "di Regione Lombardia, né suo dipendente o collaboratore;",
              "di conservare in originale la presente procura e il documento di identità della delegante;",
              "di eleggere domicilio speciale presso la PEC bandi.aiam@pec.it."]:
        pdf.para("• " + t, h=5.5, align="J")
    pdf.ln(6)
    pdf.para("Firmato digitalmente dalla delegata")
    save(pdf, out)


def delega_caps(out: Path) -> None:
    c = FRIGERIO_SNC
    lr, dg = c.lr, CRIPPA
    pdf = Doc(creator="Canon iR-ADV C5535 PDF")
    pdf.add_page()
    pdf.set_font("cond", "", 8)
    pdf.cell(0, 4, "ALLEGATO A3", align="R", **NL)
    pdf.set_font("cond", "B", 12)
    pdf.cell(0, 7, "MODULO DI INCARICO - DELEGA ALLA PRESENTAZIONE DELLA DOMANDA DI VOUCHER", align="C", **NL)
    pdf.ln(4)
    pdf.set_font("cond", "", 10)
    for lab, val in [("IL SOTTOSCRITTO", f"{lr.last.upper()} {lr.first.upper()}"),
                     ("CODICE FISCALE", lr.cf),
                     ("LEGALE RAPPRESENTANTE DI", "TERMOIDRAULICA FRIGERIO & FIGLI S.N.C."),
                     ("P.IVA / C.F. IMPRESA", c.piva),
                     ("DELEGA IL SIG.", f"{dg.last.upper()} {dg.first.upper()}"),
                     ("CODICE FISCALE DELEGATO", dg.cf),
                     ("RECAPITO DELEGATO", "STUDIO CRIPPA VALERIO - VIA CAVOUR 71 - 23900 LECCO"),
                     ("PEC DELEGATO", "studiocrippa@pec.it")]:
        pdf.kv(lab + ":", val, lw=62, size=10, border="B")
    pdf.ln(3)
    pdf.para("A SOTTOSCRIVERE DIGITALMENTE E PRESENTARE IN VIA TELEMATICA LA DOMANDA DI VOUCHER AZIENDALI "
             "FORMAZIONE CONTINUA - QUARTA EDIZIONE (PR FSE+ 2021-2027) E A RICEVERE LE RELATIVE "
             "COMUNICAZIONI.", h=5.2)
    pdf.ln(2)
    pdf.checkbox(True, "IL DELEGATO NON E' OPERATORE ACCREDITATO AI SERVIZI DI ISTRUZIONE E FORMAZIONE "
                       "PROFESSIONALE DI REGIONE LOMBARDIA", h=5.2)
    pdf.checkbox(True, "SI ALLEGA COPIA DEL DOCUMENTO D'IDENTITA' DEL DELEGANTE", h=5.2)
    pdf.ln(6)
    pdf.para(f"VALMADRERA, {d_dot(date(2026, 9, 4))}")
    pdf.ln(4)
    pdf.para("FIRMA DEL DELEGANTE ____________________        FIRMA DEL DELEGATO ____________________")
    pdf.add_page()
    pdf.set_font("cond", "B", 10)
    pdf.cell(0, 6, "INFORMATIVA AI SENSI DELL'ART. 13 REG. UE 2016/679", **NL)
    pdf.set_font("cond", "", 9.5)
    pdf.para("I DATI DEL DELEGANTE E DEL DELEGATO SONO TRATTATI DA REGIONE LOMBARDIA PER LA GESTIONE DEL "
             "PROCEDIMENTO DI CONCESSIONE DEI VOUCHER E CONSERVATI PER IL PERIODO PREVISTO DALLA NORMATIVA SUI "
             "FONDI EUROPEI. IL CONFERIMENTO E' OBBLIGATORIO PER LA PRESENTAZIONE DELLA DOMANDA.", h=5)
    save(pdf, out)


# ------------------------------------------------------------------------- A.4 ----
def _a4_page(pdf: Doc, k: Course, p: Person, contract: str, hired: date | None, title: str,
             education: str) -> None:
    pdf.add_page()
    pdf.set_font("sans", "B", 10.5)
    pdf.multi_cell(0, 5.2, "ALLEGATO A.4 – SCHEDA DI ISCRIZIONE AL PERCORSO FORMATIVO", align="C", **NL)
    pdf.set_font("sans", "", 8)
    pdf.multi_cell(0, 4, "Formazione Continua – Quarta Edizione – PR FSE+ 2021-2027", align="C", **NL)
    pdf.ln(2)
    pdf.set_font("sans", "B", 9)
    pdf.cell(0, 5.5, "Percorso", **NL)
    pdf.grid([("ID corso", "ID edizione", "Titolo", "Ente erogatore"),
              (k.id_corso, k.id_edizione, title, k.provider.name)], (22, 24, 80, 54), size=8.5)
    pdf.set_font("sans", "B", 9)
    pdf.cell(0, 5.5, "Dati del partecipante", **NL)
    pdf.grid([("Cognome", p.last), ("Nome", p.first), ("Sesso", p.sex),
              ("Data di nascita", d_slash(p.birth)), ("Luogo di nascita", p.birthplace),
              ("Codice fiscale", p.cf), ("Residenza", f"{p.address}, {p.cap} {p.city} ({p.prov})"),
              ("Titolo di studio", education)], (50, 130), header=False, size=9)
    pdf.set_font("sans", "B", 9)
    pdf.cell(0, 5.5, "Condizione occupazionale", **NL)
    pdf.grid([("Impresa di appartenenza", k.company.name), ("C.F. impresa", k.company.cf),
              ("Tipologia contrattuale", contract),
              ("Data di assunzione", d_slash(hired) if hired else "—")], (50, 130), header=False, size=9)
    pdf.set_font("sans", "", 8.5)
    pdf.para("Il/la sottoscritto/a dichiara di non partecipare a politiche attive che prevedono percorsi "
             "formativi e di aver preso visione dell'informativa privacy (Reg. UE 2016/679).", h=4.4)
    pdf.ln(3)
    pdf.para("Data ____/____/______        Firma del partecipante ____________________", h=5)
    pdf.ln(2)
    pdf.para("Timbro e firma del legale rappresentante dell'impresa ____________________", h=5)


A4_LEAN = [(LEAN.participants[0], "Tempo indeterminato", date(2015, 9, 1), "Diploma di maturità"),
           (LEAN.participants[1], "Tempo indeterminato", date(2003, 5, 5), "Qualifica professionale"),
           (LEAN.participants[2], "Tempo indeterminato", date(2019, 3, 18), "Laurea triennale")]


def a4_bundle_three(out: Path) -> None:
    k = LEAN
    pdf = Doc(creator="Microsoft® Excel® 2019")
    for p, contract, hired, edu in A4_LEAN:
        _a4_page(pdf, k, p, contract, hired, k.title, edu)
    save(pdf, out)


def a4_single_2p(out: Path) -> None:
    k = EXCEL
    p = k.participants[0]

    def foot(q: Doc) -> None:
        q.set_y(-12)
        q.set_font("sans", "", 7)
        q.cell(0, 4, f"{k.provider.name} – P.IVA {k.provider.piva} – modulo A.4 – pag. {q.page_no()}/{{nb}}",
               align="C", **NL)

    pdf = Doc(creator="Polaris – modulistica iscrizioni", footer=foot)
    pdf.add_page()
    pdf.set_font("sans", "B", 13)
    pdf.cell(0, 7, "Modulo di iscrizione – Allegato A.4", **NL)
    pdf.set_font("sans", "", 9)
    pdf.para(f"Corso: {k.title}  |  ID corso {k.id_corso}  |  ID edizione {k.id_edizione}")
    pdf.para(f"Date: dal {d_long(k.start)} al {d_long(k.end)} – {k.hours} ore – sede: {k.company.name}")
    pdf.ln(3)
    for lab, val in [("COGNOME", p.last), ("NOME", p.first), ("CODICE FISCALE", p.cf),
                     ("NATO A", "Milano (MI)"), ("IL", d_slash(p.birth)), ("CITTADINANZA", "Italiana"),
                     ("RESIDENTE IN", f"{p.address} – {p.cap} {p.city} ({p.prov})"),
                     ("EMAIL", "davide.colombo@tessitureseprio.it"), ("TITOLO DI STUDIO", "Laurea magistrale"),
                     ("DATORE DI LAVORO", f"{k.company.name} – C.F. {k.company.cf}"),
                     ("CONTRATTO", "Lavoro dipendente a tempo indeterminato – tempo pieno"),
                     ("ASSUNTO IL", d_slash(date(2012, 4, 2)))]:
        pdf.kv_below(lab, val)
        pdf.ln(0.8)
    pdf.add_page()
    pdf.set_font("sans", "B", 10)
    pdf.para("Dichiarazioni del partecipante")
    pdf.set_font("sans", "", 9)
    for t in ["di essere lavoratore dipendente con contratto di diritto privato presso una sede operativa "
              "in Lombardia;",
              "di non essere titolare di cariche societarie;",
              "di non avere in corso politiche attive che prevedono percorsi formativi (es. Dote Unica Lavoro);",
              "di aver installato l'applicazione FirmaLOM per la validazione delle presenze."]:
        pdf.checkbox(True, t, h=4.8)
    pdf.ln(4)
    pdf.para(f"Gallarate, {d_slash(date(2026, 9, 1))}     Firma: Davide Colombo (firma elettronica avanzata)")
    save(pdf, out)


def a4_caps_foreign(out: Path) -> None:
    k = CONFLITTI
    p = k.participants[0]
    pdf = Doc(creator="HP Scan to PDF (OCR off)")
    pdf.add_page()
    pdf.set_font("cond", "B", 11)
    pdf.cell(0, 6, "ALLEGATO A.4 - MODULO DI ISCRIZIONE DEL PARTECIPANTE", align="C", **NL)
    pdf.set_font("cond", "", 9)
    pdf.cell(0, 5, f"CORSO ID {k.id_corso} EDIZIONE ID {k.id_edizione} - {k.title.upper()}", align="C", **NL)
    pdf.ln(3)
    pdf.grid([("COGNOME", "NOME", "SESSO", "DATA NASCITA"),
              (p.last.upper(), p.first.upper(), p.sex, d_dot(p.birth)),
              ("STATO DI NASCITA", "CITTADINANZA", "CODICE FISCALE", "PERMESSO DI SOGGIORNO"),
              ("MAROCCO", "MAROCCHINA", p.cf, "N. I12345678 SCAD. 14.06.2029")],
             (45, 45, 50, 40), size=9, header=False)
    pdf.grid([("RESIDENZA", "COMUNE", "PROV", "CAP"),
              (p.address.upper(), p.city.upper(), p.prov, p.cap)], (70, 55, 20, 35), size=9, header=False)
    pdf.ln(1)
    pdf.cell(0, 5, "POSIZIONE NELL'IMPRESA", **NL)
    pdf.checkbox(False, "LAVORATORE DIPENDENTE", mark="[X]", empty="[ ]")
    pdf.checkbox(True, "SOCIO LAVORATORE DI COOPERATIVA", mark="[X]", empty="[ ]")
    pdf.checkbox(False, "TITOLARE / SOCIO", mark="[X]", empty="[ ]")
    pdf.checkbox(True, "PART-TIME 24 ORE SETTIMANALI (ORIZZONTALE)", mark="[X]", empty="[ ]")
    pdf.ln(1)
    pdf.cell(0, 5, f"COOPERATIVA: LA LANTERNA SOCIETA' COOPERATIVA SOCIALE ONLUS - C.F. {k.company.cf}", **NL)
    pdf.cell(0, 5, "DATA ASSUNZIONE / AMMISSIONE A SOCIO: 01.02.2018", **NL)
    pdf.ln(4)
    pdf.cell(0, 5, "LODI, 30.08.2026      FIRMA DEL PARTECIPANTE ______________      TIMBRO COOPERATIVA", **NL)
    save(pdf, out)


def a4_autonomo(out: Path) -> None:
    k = INDESIGN
    p = DAGOSTINO
    pdf = Doc(creator="Kairos Academy – iscrizioni online")
    pdf.add_page()
    pdf.set_font("sans", "", 8)
    pdf.cell(0, 4, f"Kairos Digital Academy S.r.l. – P.IVA {k.provider.piva}", align="R", **NL)
    pdf.set_font("sans", "B", 12)
    pdf.para("Allegato A.4 – Iscrizione al percorso")
    pdf.set_font("sans", "", 9.5)
    pdf.para(f"Percorso “{k.title}” – ID corso {k.id_corso} – ID edizione {k.id_edizione}", h=5)
    pdf.ln(2)
    pdf.para(f"Io sottoscritta {p.first} {p.last.replace(chr(39), '’')}, nata a Napoli il {d_slash(p.birth)}, "
             f"codice fiscale {p.cf}, residente in {p.address}, {p.cap} {p.city}, libera professionista "
             f"(partita IVA {DAGOSTINO_PRO.piva}, attività: studi di grafica – ATECO 74.10.21), iscritta "
             "alla Gestione Separata INPS, chiedo di essere iscritta al percorso sopra indicato.", h=5,
             align="J")
    pdf.ln(2)
    pdf.para("Condizione: lavoratrice autonoma / libera professionista con domicilio fiscale in Lombardia.",
             h=5)
    pdf.para("Titolo di studio: Diploma accademico di primo livello (Accademia di Belle Arti).", h=5)
    pdf.ln(4)
    pdf.para(f"Milano, {d_long(date(2026, 10, 5))}\nChiara D’Agostino", h=5)
    save(pdf, out)


# -------------------------------------------------------------- sedi ausiliarie ----
def _sedi_footer(label: str):
    def f(pdf: Doc) -> None:
        pdf.set_y(-12)
        pdf.set_font("sans", "", 7.5)
        pdf.cell(0, 4, f"{label} – pag. {pdf.page_no() + 3}", align="C", **NL)
    return f


SEDI_REQS = [
    "i locali sono nella disponibilità dell'impresa a titolo di proprietà/locazione;",
    "i locali sono conformi alla normativa in materia di salute e sicurezza nei luoghi di lavoro "
    "(D.Lgs. 81/2008) e in possesso del certificato di agibilità;",
    "gli impianti sono conformi al D.M. 37/2008;",
    "i locali rispettano la normativa sull'abbattimento delle barriere architettoniche (L. 13/1989);",
    "l'aula è dotata di postazioni adeguate al numero dei partecipanti e delle attrezzature didattiche "
    "necessarie;",
]


def sedi_valbrembana(out: Path) -> None:
    k = LEAN
    c = k.company
    pdf = Doc(creator="Microsoft® Word 2019",
              footer=_sedi_footer("Allegato 4 alla D.G.R. n. XII/6232 del 28/05/2026 – Sedi ausiliarie"))
    pdf.add_page()
    pdf.set_font("sans", "B", 10.5)
    pdf.multi_cell(0, 5.3, "DICHIARAZIONE SOSTITUTIVA DELL'ATTO DI NOTORIETÀ RELATIVA ALL'IDONEITÀ DELLA "
                           "SEDE AUSILIARIA\n(artt. 46 e 47 D.P.R. 445/2000)", align="C", **NL)
    pdf.ln(3)
    pdf.set_font("sans", "", 9.5)
    pdf.para(f"Il sottoscritto {c.lr.first} {c.lr.last}, C.F. {c.lr.cf}, in qualità di legale rappresentante "
             f"dell'impresa {c.name}, C.F./P.IVA {c.piva}, consapevole delle sanzioni di cui all'art. 76 del "
             "D.P.R. 445/2000,", h=5, align="J")
    pdf.set_font("sans", "B", 10)
    pdf.cell(0, 7, "DICHIARA", align="C", **NL)
    pdf.set_font("sans", "", 9.5)
    pdf.para(f"che i locali siti in {c.address}, {c.cap} {c.city} ({c.prov}), piano terra, sala riunioni "
             f"\"Brembo\" (superficie 48 mq, 16 posti), sono messi a disposizione dell'ente accreditato "
             f"{k.provider.name} quale sede ausiliaria per lo svolgimento del percorso \"{k.title}\" "
             f"(ID corso {k.id_corso}, ID edizione {k.id_edizione}) e che:", h=5, align="J")
    for r in SEDI_REQS[:3]:
        pdf.para("a) " + r if r == SEDI_REQS[0] else "– " + r, h=5, align="J")
    pdf.add_page()
    for r in SEDI_REQS[3:]:
        pdf.para("– " + r, h=5, align="J")
    pdf.para("– la sede ausiliaria è utilizzata esclusivamente per le attività formative rivolte ai "
             "dipendenti dell'impresa e non è aperta al pubblico.", h=5, align="J")
    pdf.ln(3)
    pdf.para("Si impegna a consentire in qualsiasi momento le verifiche di Regione Lombardia.", h=5)
    pdf.ln(6)
    pdf.para(f"Zogno, {d_slash(date(2026, 8, 29))}")
    pdf.ln(3)
    pdf.para("Per l'impresa ospitante: il legale rappresentante ________________________\n\n"
             "Per l'ente accreditato: il legale rappresentante ________________________")
    save(pdf, out)


def sedi_table(out: Path) -> None:
    k = CONFLITTI
    c = k.company
    pdf = Doc(creator="LibreOffice 24.2")

    def foot(q: Doc) -> None:
        q.set_y(-12)
        q.set_font("sans", "", 7.5)
        q.cell(0, 4, f"Allegato_4_DGR_sedi_ausiliarie – Pagina {q.page_no() + 3} di 7", align="R", **NL)

    pdf._footer_fn = foot
    pdf.add_page()
    pdf.set_font("sans", "B", 11)
    pdf.para("SEZIONE 2 – SEDE AUSILIARIA PRESSO L'IMPRESA BENEFICIARIA")
    pdf.set_font("sans", "", 9)
    pdf.grid([("Impresa ospitante", c.name), ("Codice fiscale", c.cf),
              ("Indirizzo sede ausiliaria", "Viale Piacenza 8, 26900 Lodi (LO) – sala formazione 1° piano"),
              ("Ente accreditato", k.provider.name), ("Percorso", f"{k.title} – ID {k.id_corso}/{k.id_edizione}"),
              ("Periodo di utilizzo", f"dal {d_slash(k.start)} al {d_slash(k.end)}")], (55, 125), header=False,
             size=9)
    pdf.ln(2)
    pdf.set_font("sans", "B", 10)
    pdf.para("Requisiti della sede ausiliaria")
    rows = [("Requisito", "SI", "NO", "Note")]
    for r in SEDI_REQS:
        rows.append((r[0].upper() + r[1:], "X", "", ""))
    rows.append(("Presenza di servizi igienici accessibili", "X", "", "2 bagni, 1 per disabili"))
    pdf.grid(rows, (120, 12, 12, 36), size=8.5, align=("LEFT", "CENTER", "CENTER", "LEFT"))
    pdf.add_page()
    pdf.set_font("sans", "B", 10)
    pdf.para("SEZIONE 3 – DICHIARAZIONE E SOTTOSCRIZIONE")
    pdf.set_font("sans", "", 9.5)
    pdf.para(f"Il sottoscritto {c.lr.first} {c.lr.last}, legale rappresentante di {c.name}, dichiara ai sensi "
             "del D.P.R. 445/2000 che quanto riportato nella Sezione 2 corrisponde al vero e che la sede "
             "ausiliaria possiede i requisiti previsti dall'Allegato 4 della DGR.", h=5, align="J")
    pdf.ln(8)
    pdf.para(f"Lodi, {d_long(date(2026, 9, 2))}\nFirma ______________________")
    save(pdf, out)


def sedi_caps_blank_lines(out: Path) -> None:
    k = POMPE
    c = k.company
    pdf = Doc(creator="Xerox WorkCentre 7845")
    pdf.add_page()
    pdf.set_font("serif", "", 8)
    pdf.cell(0, 4, "ALLEGATO 4 - DGR SEDI AUSILIARIE                                                PAG. 4",
             **NL)
    pdf.ln(3)
    pdf.set_font("serif", "B", 10.5)
    pdf.multi_cell(0, 5.5, "SCHEDA SEDE AUSILIARIA\nDICHIARAZIONE DEL LEGALE RAPPRESENTANTE DELL'IMPRESA OSPITANTE",
                   align="C", **NL)
    pdf.ln(3)

    def filled(label: str, value: str) -> None:
        pdf.set_font("serif", "", 9.5)
        pdf.cell(pdf.get_string_width(label) + 2, 6, label, **RIGHT)
        pdf.set_font("mono", "", 9.5)
        pdf.set_text_color(20, 20, 140)
        pdf.cell(0, 6, value, border="B", **NL)
        pdf.set_text_color(0, 0, 0)

    filled("IL/LA SOTTOSCRITTO/A", f"{c.lr.first} {c.lr.last}")
    filled("CODICE FISCALE", c.lr.cf)
    filled("LEGALE RAPPRESENTANTE DELL'IMPRESA", "Termoidraulica Frigerio & Figli snc")
    filled("P.IVA", c.piva)
    filled("INDIRIZZO DELLA SEDE AUSILIARIA", "Via Statale 45 - Valmadrera (LC) - capannone, ufficio")
    filled("ENTE ACCREDITATO", k.provider.name)
    filled("ID CORSO / ID EDIZIONE", f"{k.id_corso} / {k.id_edizione}")
    pdf.ln(2)
    pdf.set_font("serif", "", 9.5)
    pdf.para("DICHIARA CHE LA SEDE AUSILIARIA POSSIEDE I REQUISITI DI IDONEITA' PREVISTI (SICUREZZA, "
             "AGIBILITA', IMPIANTI, ACCESSIBILITA') E CHE IL PERCORSO SI SVOLGERA' NEI LOCALI SOPRA "
             "INDICATI.", h=5)
    pdf.add_page()
    pdf.set_font("serif", "", 8)
    pdf.cell(0, 4, "ALLEGATO 4 - DGR SEDI AUSILIARIE                                                PAG. 5",
             **NL)
    pdf.ln(4)
    pdf.set_font("serif", "", 9.5)
    pdf.para("NOTE: ATTIVITA' PRATICHE SU IMPIANTO DIMOSTRATIVO A POMPA DI CALORE INSTALLATO NEL CAPANNONE. "
             "DOTAZIONE DPI A CARICO DELL'IMPRESA.", h=5)
    pdf.ln(6)
    filled("LUOGO E DATA", f"Valmadrera {d_slash(date(2026, 9, 30))}")
    filled("FIRMA", "")
    save(pdf, out)


# ------------------------------------------------------------------------- A.6 ----
def a6_platform(out: Path) -> None:
    k = LEAN
    c = k.company
    pdf = Doc(creator="JasperReports Library version 6.20.6", header=lambda p: rl_header(p, k.id_domanda),
              footer=rl_footer("14/01/2027 10:22:05"))
    pdf.add_page()
    pdf.set_font("sans", "B", 11)
    pdf.multi_cell(0, 5.5, "FORMAZIONE CONTINUA – QUARTA EDIZIONE\nALLEGATO A.6 – DOMANDA DI LIQUIDAZIONE "
                           "DEL VOUCHER", align="C", **NL)
    section(pdf, "Soggetto beneficiario")
    for lab, val in [("Ragione sociale", c.name), ("Codice fiscale", c.cf),
                     ("Legale rappresentante", f"{c.lr.first} {c.lr.last} ({c.lr.cf})"),
                     ("ID domanda", k.id_domanda), ("Data PEC di ammissione", d_slash(date(2026, 9, 25)))]:
        pdf.kv(lab, val, lw=60, size=9)
    section(pdf, "Voucher")
    for lab, val in [("ID voucher", k.id_voucher), ("ID corso", k.id_corso), ("ID edizione", k.id_edizione),
                     ("Titolo", k.title), ("Data inizio effettiva", d_slash(k.start)),
                     ("Data conclusione", d_slash(k.end))]:
        pdf.kv(lab, val, lw=60, size=9)
    section(pdf, "Frequenza dei destinatari")
    rows = [("Cognome e nome", "Codice fiscale", "Ore previste", "Ore frequentate", "%")]
    for p, h in zip(k.participants, (32, 28, 30), strict=True):
        rows.append((p.name_rev, p.cf, str(k.hours), str(h), f"{h * 100 // k.hours}%"))
    pdf.grid(rows, (45, 50, 28, 32, 25), size=8.5, fill_header=True)
    section(pdf, "Spesa sostenuta")
    for lab, val in [("Fattura n.", "218/2026 del 27/11/2026"), ("Emessa da", k.provider.name),
                     ("Imponibile", f"€ {eur(k.taxable)}"), ("Totale documento", f"€ {eur(k.total)}"),
                     ("Quietanza", f"bonifico del 10/12/2026 – TRN {TRN_LEAN}"),
                     ("Contributo richiesto", f"€ {eur(k.public)}"), ("IBAN per l'accredito", c.iban)]:
        pdf.kv(lab, val, lw=60, size=9)
    section(pdf, "Dichiarazioni")
    pdf.checkbox(True, "che il corso si è concluso nella data indicata e che la documentazione allegata è "
                       "conforme agli originali;", h=4.6)
    pdf.checkbox(True, "che la fattura è stata interamente quietanzata e non è stata utilizzata per "
                       "ottenere altri contributi pubblici.", h=4.6)
    pdf.add_page()
    section(pdf, "Documentazione allegata")
    pdf.grid([("Tipo documento", "Nome file", "Dimensione"),
              ("Fattura", "FT_218_2026.xml.p7m", "38 KB"),
              ("Fattura – copia di cortesia", "FT_218_2026.pdf", "112 KB"),
              ("Ricevuta di bonifico", "contabile_bonifico_10122026.pdf", "64 KB"),
              ("Estratto conto", "EC_dicembre_2026.pdf", "201 KB"),
              ("Certificazione IBAN", "attestazione_iban.pdf", "88 KB"),
              ("Libro Unico del Lavoro", "LUL_ott_nov_2026.pdf", "1,2 MB")], (60, 90, 30), size=8.5)
    save(pdf, out)


def a6_old(out: Path) -> None:
    k = EXCEL
    c = k.company
    pdf = Doc(creator="Oracle BI Publisher 12.2.1.4.0", header=lambda p: rl_header(p, k.id_domanda, new=False),
              footer=rl_footer("20/01/2027 15:40:51"))
    pdf.add_page()
    pdf.set_font("sans", "B", 10)
    pdf.multi_cell(0, 5, "RICHIESTA DI LIQUIDAZIONE DEL CONTRIBUTO (ALLEGATO A.6)\nFORMAZIONE CONTINUA - IV "
                         "EDIZIONE", align="C", **NL)
    section(pdf, "Dati richiedente", caps=True, size=9)
    pdf.para(f"IL SOTTOSCRITTO/A {c.lr.last.upper()} {c.lr.first.upper()} C.F. {c.lr.cf} LEGALE RAPPRESENTANTE "
             f"DI {c.name.upper()} C.F. {c.cf}", h=4.6)
    section(pdf, "Voucher e percorso", caps=True, size=9)
    pdf.grid([("ID VOUCHER", "ID EDIZIONE", "TITOLO CORSO", "FINE CORSO"),
              (k.id_voucher, k.id_edizione, k.title.upper(), d_slash(k.end))], (28, 28, 94, 30), size=8.5)
    section(pdf, "Giustificativi", caps=True, size=9)
    pdf.grid([("TIPO", "ESTREMI", "IMPORTO"),
              ("FATTURA", f"FPR 77/26 DEL 30/11/2026 - {k.provider.name.upper()}", f"€ {eur(k.total)}"),
              ("BONIFICO", f"09/12/2026 TRN {TRN_EXCEL}", f"€ {eur(k.total)}"),
              ("ESTRATTO CONTO", "LISTA MOVIMENTI CLV AL 16/12/2026", "")], (30, 115, 35), size=8.5)
    pdf.add_page()
    section(pdf, "Contributo", caps=True, size=9)
    pdf.para(f"QUOTA PUBBLICA RICHIESTA A SALDO: € {eur(k.public)} - COFINANZIAMENTO AZIENDALE: € "
             f"{eur(k.private)}", h=4.6)
    pdf.para(f"CONTO DI ACCREDITO: {c.iban} INTESTATO A {c.name.upper()}", h=4.6)
    section(pdf, "Dichiarazioni", caps=True, size=9)
    pdf.checkbox(True, "I DESTINATARI HANNO FREQUENTATO ALMENO IL 75% DELLE ORE PREVISTE", mark="[X]",
                 empty="[ ]", h=4.6)
    pdf.checkbox(True, "IL CORSO SI E' SVOLTO IN ORARIO DI LAVORO (LUL ALLEGATO)", mark="[X]", empty="[ ]",
                 h=4.6)
    save(pdf, out)


def a6_compact(out: Path) -> None:
    k = CONFLITTI
    c = k.company
    pdf = Doc(creator="JasperReports Library version 6.20.6", header=lambda p: rl_header(p, k.id_domanda),
              footer=rl_footer("02/02/2027 09:03:57"))
    pdf.add_page()
    pdf.set_font("sans", "B", 10.5)
    pdf.cell(0, 6, "Allegato A.6 – Domanda di liquidazione", **NL)
    pdf.set_font("sans", "", 9)
    pdf.para(f"{c.name} (C.F. {c.cf}) – rappresentata da {c.lr.first} {c.lr.last}, C.F. {c.lr.cf}, chiede "
             f"la liquidazione del voucher ID {k.id_voucher} (ID edizione {k.id_edizione}, corso “{k.title}”, "
             f"concluso il {d_long(k.end)}) per l'importo di € {eur(k.public)}.", h=4.8, align="J")
    pdf.ln(2)
    pdf.grid([("Fattura", "Data", "Fornitore", "Totale", "Pagamento", "CRO/TRN"),
              ("2026/FE/0412", d_slash(date(2026, 11, 30)), k.provider.name, eur(k.total),
               d_slash(date(2026, 12, 11)), CRO_CONFLITTI)], (25, 22, 55, 22, 24, 32), size=8.5)
    pdf.para(f"Accredito su IBAN {iban_spaced(c.iban)}", h=5)
    save(pdf, out)


CASES = [
    Case("domanda_a1", "a1-platform-bandi-e-servizi-2p", a1_platform,
         {"id_domanda": LEAN.id_domanda, "company": VALBREMBANA.name, "company_cf": VALBREMBANA.cf,
          "lr_cf": CARMINATI.cf, "id_corso": LEAN.id_corso, "id_edizione": LEAN.id_edizione,
          "public_quota": LEAN.public, "total_cost": LEAN.taxable,
          "participants_cf": [p.cf for p in LEAN.participants], "page_count": 2},
         ("multi_page", "repeated_header", "table")),
    Case("domanda_a1", "a1-old-bandionline-caps-2p", a1_old_bandionline,
         {"id_domanda": EXCEL.id_domanda, "company": SEPRIO.name.upper(), "company_cf": SEPRIO.cf,
          "lr_cf": MACCHI.cf, "id_corso": EXCEL.id_corso, "id_edizione": EXCEL.id_edizione,
          "public_quota": EXCEL.public, "total_cost": EXCEL.taxable,
          "participants_cf": [p.cf for p in EXCEL.participants], "page_count": 2},
         ("all_caps", "two_column", "values_below_labels", "multi_page", "old_platform_name")),
    Case("domanda_a1", "a1-autonomo-running-text-2p", a1_autonomo_two_col,
         {"id_domanda": INDESIGN.id_domanda, "company": "Chiara D'Agostino", "company_cf": DAGOSTINO.cf,
          "company_piva": DAGOSTINO_PRO.piva, "lr_cf": DAGOSTINO.cf, "id_corso": INDESIGN.id_corso,
          "id_edizione": INDESIGN.id_edizione, "public_quota": INDESIGN.public, "total_cost": INDESIGN.taxable,
          "participants_cf": [DAGOSTINO.cf], "page_count": 2},
         ("running_text", "two_column_grid", "typographic_apostrophe", "lists_other_attachments")),
    Case("deminimis_a2a", "dm-full-form-checkboxes", dm_full,
         {"company": VALBREMBANA.name, "company_cf": VALBREMBANA.cf, "lr_cf": CARMINATI.cf,
          "regulation": "2023/2831", "impresa_unica": True, "date": date(2026, 8, 29), "page_count": 2},
         ("multi_page", "checkboxes", "guillemets", "table", "also_cites_old_regulation_in_table")),
    Case("deminimis_a2a", "dm-compact-hyphenated", dm_compact_hyphenated,
         {"company": SEPRIO.name, "company_cf": SEPRIO.cf, "lr_cf": MACCHI.cf, "regulation": "2023/2831",
          "impresa_unica": True, "date": date(2026, 9, 1)},
         ("hyphenated_key_phrase", "impresa_unica_split_across_lines")),
    Case("deminimis_a2a", "dm-caps-consultant-number-swapped", dm_caps_consultant,
         {"company": LANTERNA.name, "company_cf": LANTERNA.cf, "lr_cf": BOSSI.cf,
          "regulation": "2023/2831", "regulation_printed": "2831/2023", "impresa_unica": True,
          "date": date(2026, 8, 28), "page_count": 2},
         ("all_caps", "monospace", "regulation_number_written_n_year", "consultant_footer_piva")),
    Case("deminimis_a2a", "dm-old-regulation-1407", dm_old_regulation,
         {"company": FRIGERIO_SNC.name, "company_cf": FRIGERIO_SNC.cf, "lr_cf": FRIGERIO.cf,
          "regulation_printed": "1407/2013", "wrong_regulation": True, "impresa_unica": True,
          "date": date(2026, 9, 3),
          "note": "a reused 2013 template: cites only Reg. (UE) 1407/2013, not 2023/2831"},
         ("wrong_content",)),
    Case("delega_a3", "a3-studio-procura-table", delega_studio,
         {"company": VALBREMBANA.name, "company_cf": VALBREMBANA.cf, "delegante_cf": CARMINATI.cf,
          "delegato_cf": ARNOLDI.cf, "delegato": ARNOLDI.name_rev},
         ("table", "running_header")),
    Case("delega_a3", "a3-associazione-2p", delega_associazione,
         {"company": SEPRIO.name, "company_cf": SEPRIO.cf, "delegante_cf": MACCHI.cf, "delegato_cf": SANGALLI.cf,
          "delegato": SANGALLI.name, "page_count": 2},
         ("multi_page", "running_text", "association_footer_cf")),
    Case("delega_a3", "a3-caps-modulo-incarico", delega_caps,
         {"company": "TERMOIDRAULICA FRIGERIO & FIGLI S.N.C.", "company_cf": FRIGERIO_SNC.cf,
          "delegante_cf": FRIGERIO.cf, "delegato_cf": CRIPPA.cf, "delegato": CRIPPA.upper, "page_count": 2},
         ("all_caps", "no_dot_in_allegato_number", "no_accents")),
    Case("iscrizione_a4", "a4-bundle-three-participants", a4_bundle_three,
         {"company_cf": VALBREMBANA.cf, "id_corso": LEAN.id_corso, "id_edizione": LEAN.id_edizione,
          "page_count": 3,
          "documents": [{"pages": (i + 1, i + 1), "worker_cf": p.cf, "surname": p.last}
                        for i, (p, *_rest) in enumerate(A4_LEAN)]},
         ("several_documents_in_one_file", "table")),
    Case("iscrizione_a4", "a4-single-2p-provider-form", a4_single_2p,
         {"worker_cf": EXCEL.participants[0].cf, "worker": EXCEL.participants[0].name, "company_cf": SEPRIO.cf,
          "id_corso": EXCEL.id_corso, "id_edizione": EXCEL.id_edizione, "page_count": 2},
         ("multi_page", "values_below_labels", "provider_footer_piva")),
    Case("iscrizione_a4", "a4-caps-foreign-worker", a4_caps_foreign,
         {"worker_cf": CONFLITTI.participants[0].cf,
          "worker": CONFLITTI.participants[0].upper, "company_cf": LANTERNA.cf,
          "id_corso": CONFLITTI.id_corso, "id_edizione": CONFLITTI.id_edizione},
         ("all_caps", "table_labels_in_header_rows", "residence_permit_number")),
    Case("iscrizione_a4", "a4-autonomo-running-text", a4_autonomo,
         {"worker_cf": DAGOSTINO.cf, "worker": "Chiara D'Agostino", "id_corso": INDESIGN.id_corso,
          "id_edizione": INDESIGN.id_edizione},
         ("running_text", "typographic_apostrophe", "self_employed")),
    Case("sedi_ausiliarie", "sedi-dichiarazione-pages-4-5", sedi_valbrembana,
         {"company": VALBREMBANA.name, "company_cf": VALBREMBANA.cf, "id_corso": LEAN.id_corso,
          "page_count": 2, "page_labels": ["pag. 4", "pag. 5"]},
         ("multi_page", "page_numbers_start_at_4")),
    Case("sedi_ausiliarie", "sedi-requisiti-table", sedi_table,
         {"company": LANTERNA.name, "company_cf": LANTERNA.cf, "id_corso": CONFLITTI.id_corso, "page_count": 2},
         ("table", "si_no_columns", "multi_page")),
    Case("sedi_ausiliarie", "sedi-caps-handfilled", sedi_caps_blank_lines,
         {"company_cf": FRIGERIO_SNC.cf, "lr_cf": FRIGERIO.cf, "id_corso": POMPE.id_corso, "page_count": 2},
         ("all_caps", "handfilled_look", "underlined_blanks", "no_accents")),
    Case("domanda_a6", "a6-platform", a6_platform,
         {"id_domanda": LEAN.id_domanda, "company": VALBREMBANA.name, "company_cf": VALBREMBANA.cf,
          "id_voucher": LEAN.id_voucher, "id_edizione": LEAN.id_edizione, "public_quota": LEAN.public,
          "iban": VALBREMBANA.iban, "cro_trn": TRN_LEAN, "page_count": 2},
         ("multi_page", "repeated_header", "table")),
    Case("domanda_a6", "a6-old-bandionline-caps-2p", a6_old,
         {"id_domanda": EXCEL.id_domanda, "company": SEPRIO.name.upper(), "company_cf": SEPRIO.cf,
          "id_voucher": EXCEL.id_voucher, "id_edizione": EXCEL.id_edizione, "public_quota": EXCEL.public,
          "iban": SEPRIO.iban, "page_count": 2},
         ("all_caps", "old_platform_name", "multi_page")),
    Case("domanda_a6", "a6-compact", a6_compact,
         {"id_domanda": CONFLITTI.id_domanda, "company": LANTERNA.name, "company_cf": LANTERNA.cf,
          "id_voucher": CONFLITTI.id_voucher, "id_edizione": CONFLITTI.id_edizione,
          "public_quota": CONFLITTI.public, "iban": LANTERNA.iban, "cro_trn": CRO_CONFLITTI},
         ("one_page", "iban_spaced")),
]
