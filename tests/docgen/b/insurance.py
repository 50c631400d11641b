"""Catastrophe-risk insurance certificates (L. 213/2023, art. 1 c. 101) from
invented insurers and a broker, with different ways of stating the period of
cover."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from .common import NL, RIGHT, Case, Doc, d_long, d_slash, eur, save
from .world import FRIGERIO_SNC, LANTERNA, SEPRIO, VALBREMBANA, make_piva

ALR_PIVA = make_piva("0881230", "015")
MUTUA_PIVA = make_piva("0044518", "014")
BROKER_PIVA = make_piva("1250987", "096")
CERI_PIVA = make_piva("0622101", "096")
NORDEST_PIVA = make_piva("0471190", "028")

EVENTS = "sismi, alluvioni, frane, inondazioni ed esondazioni"
BENI = ("terreni, fabbricati, impianti e macchinari, attrezzature industriali e commerciali di cui all'art. 2424, "
        "primo comma, sezione Attivo, voce B-II, numeri 1), 2) e 3) del codice civile")


def cert_alr(out: Path) -> None:
    c = VALBREMBANA

    def foot(pdf: Doc) -> None:
        pdf.set_y(-16)
        pdf.set_font("sans", "", 6.5)
        pdf.multi_cell(0, 3, f"Assicurazioni Lombarde Riunite S.p.A. – Sede legale Corso Venezia 44, 20121 Milano – "
                             f"C.F. e P.IVA {ALR_PIVA} – Iscritta all'Albo delle imprese di assicurazione IVASS al "
                             "n. 1.00177 – Capitale sociale € 80.000.000 i.v.", align="C", **NL)

    pdf = Doc(creator="ALR Polizze Web", footer=foot)
    pdf.add_page()
    pdf.set_font("sans", "B", 14)
    pdf.set_text_color(140, 20, 20)
    pdf.cell(0, 8, "ALR Assicurazioni Lombarde Riunite", **NL)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(4)
    pdf.set_font("sans", "B", 12)
    pdf.cell(0, 7, "CERTIFICATO DI ASSICURAZIONE", align="C", **NL)
    pdf.set_font("sans", "", 9)
    pdf.multi_cell(0, 4.5, "Polizza Rischi Catastrofali Imprese – ai sensi dell'art. 1, commi da 101 a 111, della "
                           "Legge 30 dicembre 2023, n. 213", align="C", **NL)
    pdf.ln(3)
    rows = [("Polizza n.", "2026/CAT/0041187"), ("Contraente / Assicurato", c.name),
            ("Codice fiscale / Partita IVA", c.piva), ("Ubicazione del rischio", c.full_address),
            ("Eventi assicurati", EVENTS.capitalize()), ("Beni assicurati", BENI.capitalize()),
            ("Somma assicurata fabbricati", "€ 1.850.000,00"),
            ("Somma assicurata impianti e macchinari", "€ 920.000,00"),
            ("Somma assicurata attrezzature", "€ 140.000,00"), ("Scoperto", "15% con il minimo di € 5.000,00"),
            ("Effetto", "dalle ore 24:00 del 31/03/2026"), ("Scadenza", "alle ore 24:00 del 31/03/2027"),
            ("Frazionamento", "annuale"), ("Premio annuo lordo", "€ 3.412,50 – pagato il 28/03/2026")]
    pdf.grid(rows, (62, 118), header=False, size=9)
    pdf.ln(3)
    pdf.para("Si certifica che la polizza sopra indicata è in corso di validità e che la copertura è conforme "
             "all'obbligo assicurativo previsto dalla Legge n. 213/2023 e dal D.M. 30 gennaio 2025, n. 18.",
             h=4.8, align="J")
    pdf.ln(4)
    pdf.para(f"Milano, {d_slash(date(2026, 8, 24))}\nAssicurazioni Lombarde Riunite S.p.A. – Agenzia di Bergamo "
             "Centro (cod. 0417)")
    pdf.add_page()
    pdf.set_font("sans", "B", 10)
    pdf.cell(0, 6, "Allegato al certificato – Elenco ubicazioni e partite", **NL)
    pdf.grid([("Ubicazione", "Partita", "Somma assicurata"),
              ("Via Cesare Battisti 22, Zogno (BG)", "Fabbricato industriale", "€ 1.850.000,00"),
              ("Via Cesare Battisti 22, Zogno (BG)", "Impianti e macchinari", "€ 920.000,00"),
              ("Via Veneto 30, San Pellegrino Terme (BG)", "Attrezzature (magazzino)", "€ 140.000,00")],
             (80, 55, 45), size=9)
    save(pdf, out)


def cert_mutua_multipage(out: Path) -> None:
    c = LANTERNA

    def head(pdf: Doc) -> None:
        pdf.set_font("serif", "B", 10)
        pdf.cell(120, 5, "MUTUA ALPINA ASSICURAZIONI", **RIGHT)
        pdf.set_font("serif", "", 8)
        pdf.cell(0, 5, "Polizza n. MA-RC-77120934", align="R", **NL)
        pdf.rule(2)

    def foot(pdf: Doc) -> None:
        pdf.set_y(-14)
        pdf.set_font("serif", "", 7)
        pdf.cell(0, 3.5, f"Mutua Alpina Assicurazioni Società Mutua – Via Malta 8, 25124 Brescia – P.IVA {MUTUA_PIVA}",
                 align="C", **NL)
        pdf.cell(0, 3.5, f"pag. {pdf.page_no()} / {{nb}}", align="C", **NL)

    pdf = Doc(creator="MA Documentale", header=head, footer=foot)
    pdf.add_page()
    pdf.set_font("serif", "B", 12)
    pdf.cell(0, 8, "Attestato di copertura assicurativa – Eventi catastrofali", align="C", **NL)
    pdf.set_font("serif", "", 10)
    pdf.para(f"La sottoscritta Compagnia attesta che {c.name}, codice fiscale {c.cf}, con sede in Lodi, "
             f"{c.address}, ha stipulato la polizza n. MA-RC-77120934 a copertura dei danni ai beni di cui "
             "all'art. 2424 c.c. direttamente cagionati da calamità naturali ed eventi catastrofali "
             f"({EVENTS}), in adempimento dell'obbligo di cui all'art. 1, comma 101, della Legge di "
             "Bilancio 2024 (L. 213/2023).", h=5.2, align="J")
    pdf.ln(2)
    pdf.para("Periodo di assicurazione: dal 15.05.2026 al 15.05.2027, con tacito rinnovo annuale salvo disdetta.",
             h=5.2)
    pdf.ln(2)
    pdf.set_font("serif", "B", 10)
    pdf.para("Scheda di polizza")
    pdf.set_font("serif", "", 9)
    pdf.grid([("Ubicazione", "Partita", "Somma assicurata", "Limite di indennizzo"),
              ("Viale Piacenza 8, Lodi", "Fabbricato sede", "€ 1.120.000,00", "70% della somma assicurata"),
              ("Via Cavallotti 12, Lodi", "Fabbricato comunità Il Faro", "€ 780.000,00",
               "70% della somma assicurata"),
              ("Viale Piacenza 8, Lodi", "Attrezzature e arredi", "€ 95.000,00", "€ 95.000,00")],
             (50, 50, 40, 40), size=8.5)
    pdf.add_page()
    pdf.set_font("serif", "B", 10)
    pdf.para("Estratto delle condizioni di assicurazione")
    pdf.set_font("serif", "", 9)
    for t in ([
        "Art. 1 – Oggetto: la Società indennizza i danni materiali e diretti ai beni assicurati causati da "
        "sisma, alluvione, inondazione, esondazione e frana, come definiti nel Glossario.",
        "Art. 2 – Esclusioni: sono esclusi i beni già gravati da abuso edilizio, i danni indiretti e le perdite "
        "di mercato.",
        "Art. 3 – Franchigie e scoperti: scoperto del 15% per sinistro, con il minimo di € 2.500,00.",
        "Art. 4 – Pagamento del premio: il premio annuo di € 2.186,00 è pagato mediante SDD; la garanzia ha "
        "effetto dalle ore 24 del giorno di pagamento.",
        "Art. 5 – Rinnovo: in mancanza di disdetta inviata almeno 30 giorni prima della scadenza, la polizza si "
        "rinnova per un anno.",
        "Art. 6 – Foro competente: quello del luogo di residenza o sede del Contraente.",
    ] * 3):
        pdf.para(t, h=4.8, align="J")
        pdf.ln(1)
    pdf.ln(3)
    pdf.para(f"Brescia, {d_long(date(2026, 5, 16))} – Mutua Alpina Assicurazioni – Ufficio Rami Elementari")
    save(pdf, out)


def cert_broker_bilingual(out: Path) -> None:
    c = SEPRIO
    pdf = Doc(creator="Tirrena Broker – certificates")
    pdf.add_page()
    pdf.set_font("sans", "B", 12)
    pdf.cell(0, 7, "TIRRENA BROKER S.r.l.", **NL)
    pdf.set_font("sans", "", 7.5)
    pdf.cell(0, 4, f"Broker di assicurazione iscritto al RUI sez. B n. B000412233 – P.IVA {BROKER_PIVA} – Via "
                   "Dante 7, 20123 Milano", **NL)
    pdf.ln(8)
    pdf.set_font("sans", "B", 12)
    pdf.cell(0, 7, "CERTIFICATO DI ASSICURAZIONE / CERTIFICATE OF INSURANCE", align="C", **NL)
    pdf.set_font("sans", "", 9)
    pdf.cell(0, 5, "Rischi catastrofali – art. 1, c. 101, L. 213/2023 / Natural catastrophe cover", align="C", **NL)
    pdf.ln(4)
    rows = [("Assicuratore / Insurer", f"Compagnia Europea Rischi Industriali S.p.A. (P.IVA {CERI_PIVA})"),
            ("Polizza / Policy no.", "CERI-CAT-99120334"),
            ("Contraente e Assicurato / Policyholder and Insured", f"{c.name} – P.IVA {c.piva}"),
            ("Ubicazioni / Locations", "Via Varesina 140, Gallarate (VA); Via per Cassano 22, Busto Arsizio (VA)"),
            ("Periodo di assicurazione / Period of insurance",
             "dalle ore 24:00 del 31/12/2025 alle ore 24:00 del 31/12/2026"),
            ("Garanzie / Perils", "Terremoto, alluvione, inondazione, esondazione, frana / Earthquake, flood, "
                                  "inundation, landslide"),
            ("Somme assicurate / Sums insured", "Fabbricati € 6.400.000,00 – Macchinari € 3.900.000,00 – "
                                                "Merci € 1.200.000,00"),
            ("Premio / Premium", "Regolarmente pagato / Duly paid")]
    pdf.grid(rows, (70, 110), header=False, size=8.8)
    pdf.ln(3)
    pdf.set_font("sans", "", 8.5)
    pdf.para("Il presente certificato è emesso dal broker su mandato dell'Assicuratore e non modifica né estende "
             "le condizioni di polizza. / This certificate is issued by the broker on behalf of the Insurer and "
             "does not amend, extend or alter the policy.", h=4.5, align="J")
    pdf.ln(4)
    pdf.para(f"Milano, {d_slash(date(2026, 1, 12))} – Tirrena Broker S.r.l., Ufficio Corporate")
    save(pdf, out)


def cert_nordest_expired_caps(out: Path) -> None:
    c = FRIGERIO_SNC
    pdf = Doc(creator="NORDEST ASSICURA - SISTEMA AGENZIE")
    pdf.add_page()
    pdf.set_font("mono", "B", 11)
    pdf.cell(0, 6, "NORDEST ASSICURA S.P.A.", **NL)
    pdf.set_font("mono", "", 8)
    pdf.cell(0, 4, f"AGENZIA LECCO 0219 - P.IVA COMPAGNIA {NORDEST_PIVA}", **NL)
    pdf.ln(6)
    pdf.set_font("mono", "B", 10)
    pdf.cell(0, 6, "QUIETANZA DI PAGAMENTO E ATTESTAZIONE DI POLIZZA", align="C", **NL)
    pdf.cell(0, 6, "CATASTROFALE L. 213/2023 ART. 1 C. 101", align="C", **NL)
    pdf.ln(4)
    pdf.set_font("mono", "", 9)
    for ln in [
        f"CONTRAENTE      : {c.name.upper()}",
        f"PARTITA IVA     : {c.piva}",
        "POLIZZA N.      : 0219/44/771205",
        "PRODOTTO        : NORDEST IMPRESA CAT-NAT",
        "RISCHIO         : VIA STATALE 45 - 23868 VALMADRERA LC",
        "GARANZIE        : TERREMOTO ALLUVIONE FRANA INONDAZIONE ESONDAZIONE",
        "DECORRENZA      : 30.06.2025",
        "SCADENZA        : 30.06.2026",
        f"PREMIO PAGATO   : EUR {eur(640.00)}",
        "DATA INCASSO    : 27.06.2025",
        "MODALITA'       : POS AGENZIA",
        "",
        "SI ATTESTA CHE LA POLIZZA SOPRA INDICATA E' STATA REGOLARMENTE EMESSA E CHE IL",
        "PREMIO RELATIVO AL PERIODO INDICATO E' STATO PAGATO.",
        "",
        "LECCO, 27.06.2025                                  L'AGENTE",
    ]:
        pdf.cell(0, 5, ln, **NL)
    save(pdf, out)


CASES = [
    Case("polizza_catastrofale", "cat-alr-certificate-table", cert_alr,
         {"holder": VALBREMBANA.name, "holder_cf": VALBREMBANA.piva, "policy_number": "2026/CAT/0041187",
          "valid_from": date(2026, 3, 31), "valid_until": date(2027, 3, 31), "insurer_piva": ALR_PIVA,
          "page_count": 2},
         ("table", "insurer_footer_piva", "validity_as_ore_24", "multi_page")),
    Case("polizza_catastrofale", "cat-mutua-attestato-2p", cert_mutua_multipage,
         {"holder": LANTERNA.name, "holder_cf": LANTERNA.piva, "policy_number": "MA-RC-77120934",
          "valid_from": date(2026, 5, 15), "valid_until": date(2027, 5, 15), "page_count": 2},
         ("multi_page", "repeated_header", "running_text", "legge_di_bilancio_wording", "tacit_renewal")),
    Case("polizza_catastrofale", "cat-broker-bilingual", cert_broker_bilingual,
         {"holder": SEPRIO.name, "holder_cf": SEPRIO.piva, "policy_number": "CERI-CAT-99120334",
          "valid_from": date(2025, 12, 31), "valid_until": date(2026, 12, 31), "broker_piva": BROKER_PIVA,
          "insurer_piva": CERI_PIVA},
         ("bilingual", "broker_issued", "three_piva_on_page", "expires_before_liquidazione")),
    Case("polizza_catastrofale", "cat-nordest-quietanza-expired", cert_nordest_expired_caps,
         {"holder": FRIGERIO_SNC.name.upper(), "holder_cf": FRIGERIO_SNC.piva, "policy_number": "0219/44/771205",
          "valid_from": date(2025, 6, 30), "valid_until": date(2026, 6, 30), "expired_for_fc4": True,
          "amount": Decimal("640.00")},
         ("all_caps", "monospace", "says_quietanza", "expired")),
]
