"""Employment documents: COB (UNILAV), hiring contract, payslip, LUL page, clock-in report."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import holidays
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Spacer

from .common import (
    GIORNI,
    GIORNI_BREVI,
    MARGIN,
    PAGE_H,
    PAGE_W,
    SignatureBlock,
    add_months,
    box,
    days_in_month,
    esc,
    flow,
    fmt_date,
    fmt_num,
    frame_below,
    hline,
    kv_table,
    make_cf,
    money,
    month_label,
    seeded,
    table,
    text,
)
from .forms import CONTRATTI
from .model import PAYROLL_STUDIO, Ctx, Person
from .theme import Theme

TEXT_W = PAGE_W - 2 * MARGIN
UNILAV_CODES = {
    "tempo_indeterminato": "A.01.00 - LAVORO A TEMPO INDETERMINATO",
    "tempo_determinato": "A.02.00 - LAVORO A TEMPO DETERMINATO",
    "intermittente": "A.03.00 - LAVORO INTERMITTENTE",
    "apprendistato": "A.03.08 - APPRENDISTATO PROFESSIONALIZZANTE",
    "somministrazione": "A.06.00 - LAVORO IN SOMMINISTRAZIONE",
    "tirocinio": "C.01.00 - TIROCINIO",
}
CCNL = "Metalmeccanica Industria (C011)"
CONSULENTE_CF = make_cf("Carrara", "Elena", dt.date(1972, 4, 15), "F", "A794")


def _worker(ctx: Ctx, tw: dict[str, Any]) -> tuple[dict[str, Any], Person]:
    p = ctx.participant(tw.get("partecipante", 0))
    return p, ctx.worker(p)


def _month(ctx: Ctx, tw: dict[str, Any], default: tuple[int, int]) -> tuple[int, int]:
    m = tw.get("mese")
    if m is None:
        return default
    if isinstance(m, str):
        y, mm_ = m.split("-")
        return int(y), int(mm_)
    return int(m[0]), int(m[1])


def _employer_box(c: Canvas, ctx: Ctx, x: float, y: float, w: float, h: float, font: str = "Helvetica") -> None:
    co = ctx.company
    bold = font + "-Bold" if font != "Times-Roman" else "Times-Bold"
    box(c, x, y, w, h, 0.6)
    text(c, x + 2 * mm, y + h - 4 * mm, "DATORE DI LAVORO", bold, 6.5)
    text(c, x + 2 * mm, y + h - 8.5 * mm, co.name.upper(), bold, 9)
    text(c, x + 2 * mm, y + h - 12.5 * mm, f"{co.street} - {co.cap} {co.comune} ({co.prov})", font, 7.5)
    text(c, x + 2 * mm, y + h - 16.5 * mm,
         f"C.F. {co.codice_fiscale}   Pos. INPS {co.extra['inps']}   PAT INAIL {co.extra['inail']}", font, 7.5)


# ----------------------------------------------------------------------------- COB

def draw_cob(c: Canvas, ctx: Ctx, st: int, tw: dict[str, Any]) -> None:
    p, w = _worker(ctx, tw)
    co = ctx.company
    hired = p.get("data_assunzione") or dt.date(2015, 3, 2)
    rng = seeded("cob", w.cf)
    code = str(tw.get("codice") or p.get("codice_cob") or f"16013{hired:%y}{rng.randrange(10**8, 10**9)}")
    sent = hired - dt.timedelta(days=3 if hired.weekday() < 3 else 1)
    contratto = p.get("contratto", "tempo_indeterminato")
    tipologia = UNILAV_CODES.get(contratto, contratto)
    end = "" if contratto != "tempo_determinato" else fmt_date(add_months(hired, 12) - dt.timedelta(days=1))
    orario = "PART-TIME ORIZZONTALE" if p.get("part_time") else "TEMPO PIENO"
    ore = "20,00" if p.get("part_time") else "40,00"
    th = Theme("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", 8.5, colors.HexColor("#2B5797"),
               colors.HexColor("#E8EEF7"), "band")

    def story() -> list:
        s: list = []
        if st == 0:
            s.append(th.title("MODELLO UNIFICATO LAV - COMUNICAZIONE OBBLIGATORIA", 12, "center", 2))
            s.append(th.p("Comunicazione di assunzione, proroga, trasformazione e cessazione (D.M. 30/10/2007)",
                          8, "center", italic=True, space=6))
            s.append(kv_table([("Tipo comunicazione", "<b>ASSUNZIONE</b>"),
                               ("Codice comunicazione", f"<b>{code}</b>"),
                               ("Data invio", f"{fmt_date(sent)} ore 11:{rng.randrange(10, 59)}"),
                               ("Codice regionale", "LOMBARDIA - 03")],
                              [50 * mm, TEXT_W - 50 * mm], "Helvetica", 8.5, grid=True))
            s.append(th.heading("Quadro Datore di lavoro"))
            s.append(kv_table([("Codice fiscale", esc(co.codice_fiscale)), ("Denominazione", esc(co.name.upper())),
                               ("Settore (ATECO)", esc(co.extra.get("ateco", ""))),
                               ("Sede legale", esc(f"{co.street} - {co.cap} {co.comune} ({co.prov})")),
                               ("Sede di lavoro", esc(f"{co.street} - {co.cap} {co.comune} ({co.prov})")),
                               ("PEC", esc(co.pec)), ("Pubblica amministrazione", "NO")],
                              [50 * mm, TEXT_W - 50 * mm], "Helvetica", 8.5))
            s.append(th.heading("Quadro Lavoratore"))
            s.append(kv_table([("Codice fiscale", f"<b>{esc(w.cf)}</b>"), ("Cognome", esc(w.cognome.upper())),
                               ("Nome", esc(w.nome.upper())), ("Sesso", w.sex),
                               ("Data di nascita", fmt_date(w.birth) if w.birth else ""),
                               ("Comune di nascita", esc(w.birth_comune.upper())), ("Cittadinanza", "ITALIA"),
                               ("Domicilio", esc(f"{w.street} - {w.cap} {w.comune}".upper())),
                               ("Livello di istruzione", "DIPLOMA DI ISTRUZIONE SECONDARIA SUPERIORE")],
                              [50 * mm, TEXT_W - 50 * mm], "Helvetica", 8.5))
            s.append(th.heading("Quadro Inizio rapporto"))
            s.append(kv_table([("Data inizio", f"<b>{fmt_date(hired)}</b>"), ("Data fine", end or "—"),
                               ("Tipologia contrattuale", esc(tipologia)),
                               ("Qualifica professionale (ISTAT)", esc(w.extra["qualifica"].upper())),
                               ("CCNL applicato", CCNL), ("Livello di inquadramento", esc(w.extra["livello"])),
                               ("Retribuzione / compenso annuo", fmt_num(w.extra["paga_base"] * 13)),
                               ("Tipo orario", orario), ("Ore settimanali medie", ore),
                               ("Lavoro in agricoltura", "NO"), ("Socio lavoratore", "NO")],
                              [50 * mm, TEXT_W - 50 * mm], "Helvetica", 8.5))
            s.append(th.heading("Dati invio"))
            s.append(kv_table([("Soggetto che effettua la comunicazione", "Consulente del lavoro"),
                               ("Codice fiscale soggetto abilitato", CONSULENTE_CF),
                               ("E-mail", "paghe@studiobrembo.it")],
                              [50 * mm, TEXT_W - 50 * mm], "Helvetica", 8.5))
        else:
            s.append(th.title("RICEVUTA DI AVVENUTA COMUNICAZIONE", 12, "left", 2))
            s.append(th.p("Sistema Informativo Lavoro Lombardia – Comunicazioni Obbligatorie (UNILAV)", 8.5,
                          "left", italic=True, space=8))
            s.append(th.p(f"Il sistema ha acquisito in data <b>{fmt_date(sent)}</b> la comunicazione obbligatoria di "
                          f"<b>assunzione</b> identificata dal codice comunicazione <b>{code}</b>, trasmessa dal "
                          f"datore di lavoro {esc(co.name)} (codice fiscale {esc(co.codice_fiscale)})."))
            rows = [["Lavoratore", "Codice fiscale", "Data inizio", "Data fine", "Tipologia contrattuale", "Orario"],
                    [esc(w.upper), esc(w.cf), fmt_date(hired), end or "-", esc(tipologia), orario]]
            s.append(table(rows, [32 * mm, 33 * mm, 19 * mm, 17 * mm, 47 * mm, TEXT_W - 148 * mm], "Helvetica", 7.5))
            s.append(Spacer(1, 4 * mm))
            s.append(th.p(f"Qualifica: {esc(w.extra['qualifica'])} – CCNL: {CCNL} – livello "
                          f"{esc(w.extra['livello'])} – sede di lavoro: {esc(co.street)}, {esc(co.comune)} "
                          f"({esc(co.prov)})."))
            s.append(th.p("La presente ricevuta attesta l'adempimento dell'obbligo di comunicazione di cui all'art. "
                          "9-bis del D.L. 1 ottobre 1996, n. 510, convertito dalla L. 28 novembre 1996, n. 608, come "
                          "modificato dalla L. 27 dicembre 2006, n. 296.", 7.5, italic=True))
        return s

    def deco(c: Canvas, page: int, total: int) -> None:
        text(c, MARGIN, PAGE_H - 14 * mm, "Ministero del Lavoro e delle Politiche Sociali", "Helvetica-Bold", 8.5,
             colors.HexColor("#2B5797"))
        text(c, PAGE_W - MARGIN, PAGE_H - 14 * mm, "Regione Lombardia – Sintesi COB", "Helvetica", 8, colors.grey,
             "right")
        hline(c, MARGIN, PAGE_W - MARGIN, PAGE_H - 16.5 * mm, 0.6, colors.HexColor("#2B5797"))
        text(c, MARGIN, 10 * mm, f"Codice comunicazione {code}", "Helvetica", 6.5, colors.grey)
        text(c, PAGE_W - MARGIN, 10 * mm, f"Pagina {page} di {total}", "Helvetica", 7, colors.grey, "right")

    flow(c, story, [frame_below(22 * mm)] * 2, deco)


# ---------------------------------------------------------------- hiring contract

def draw_contratto_lavoro(c: Canvas, ctx: Ctx, st: int, tw: dict[str, Any]) -> None:
    p, w = _worker(ctx, tw)
    co, rep = ctx.company, ctx.rep
    hired = p.get("data_assunzione") or dt.date(2007, 6, 11)
    contratto = p.get("contratto", "tempo_indeterminato")
    signed = hired - dt.timedelta(days=4)
    lordo = money(w.extra["paga_base"] * Decimal("0.78"))  # 2007 pay level
    pre_euro_level = {"C2": "3a categoria", "C3": "4a categoria", "D1": "5a categoria", "D2": "5a super"}
    livello = pre_euro_level.get(w.extra["livello"], "4a categoria")
    if contratto == "tempo_determinato":
        durata = (f"a tempo determinato ai sensi del D.Lgs. 6 settembre 2001, n. 368, dal {fmt_date(hired)} al "
                  f"{fmt_date(add_months(hired, 12) - dt.timedelta(days=1))}, per le ragioni di carattere tecnico e "
                  "produttivo legate all'incremento delle commesse del reparto lavorazioni meccaniche")
    else:
        durata = f"a tempo indeterminato con decorrenza dal {fmt_date(hired)}"
    orario = "20 ore settimanali (part-time orizzontale, dal lunedì al venerdì 8:30-12:30)" if p.get("part_time") \
        else "40 ore settimanali distribuite dal lunedì al venerdì"
    th = Theme("Times-Roman", "Times-Bold", "Times-Italic", 11) if st == 0 else Theme(
        "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", 9.5, colors.black, colors.white, "rule")

    def story() -> list:
        s: list = []
        if st == 0:
            s.append(th.p(f"Egregio Signor<br/><b>{esc(w.full)}</b><br/>{esc(w.street)}<br/>{esc(w.cap)} "
                          f"{esc(w.comune)} ({esc(w.prov)})<br/>C.F. {esc(w.cf)}", 11, "left", space=14,
                          indent=90 * mm))
            s.append(th.p(f"{esc(co.comune)}, {fmt_date(signed, 'long')}", 11, "left", space=10))
            s.append(th.p("<b>Oggetto: lettera di assunzione</b>", 11, "left", space=8))
            s.append(th.p(f"Con la presente Le comunichiamo che, a seguito dei colloqui intercorsi, la Sua domanda di "
                          f"impiego è stata accolta e che Ella viene assunto alle dipendenze di {esc(co.name)} con "
                          f"contratto di lavoro subordinato {esc(durata)}, alle seguenti condizioni:"))
            items = [
                f"qualifica di {esc(w.extra['qualifica'].lower())}, inquadramento al livello {livello} del CCNL "
                "per l'industria metalmeccanica privata e della installazione di impianti del 20 gennaio 2008, e "
                "successivi rinnovi;",
                f"orario di lavoro: {esc(orario)};",
                f"retribuzione mensile lorda di € {fmt_num(lordo)} per 13 mensilità, oltre agli istituti "
                "contrattuali;",
                "periodo di prova: 6 settimane di effettivo lavoro;",
                f"sede di lavoro: {esc(co.street)}, {esc(co.comune)}.",
            ]
            for it in items:
                s.append(th.p(f"– {it}", indent=5 * mm))
            s.append(th.p("Per tutto quanto non previsto dalla presente si fa riferimento al CCNL applicato e alle "
                          "norme di legge. La preghiamo di restituirci copia della presente firmata per accettazione."))
            s.append(th.p("Distinti saluti.", space=10))
            s.append(SignatureBlock("", esc(co.name), f"{rep.full} – Legale rappresentante", font="Times-Roman"))
            s.append(SignatureBlock(f"Per ricevuta e accettazione, {fmt_date(signed)}", "Il lavoratore", w.full,
                                    font="Times-Roman"))
        else:
            s.append(th.title("CONTRATTO INDIVIDUALE DI LAVORO SUBORDINATO", 13))
            s.append(th.p("Tra", 9.5, "center"))
            s.append(th.p(f"<b>{esc(co.name)}</b>, con sede in {esc(co.address)}, codice fiscale "
                          f"{esc(co.codice_fiscale)}, in persona del legale rappresentante {esc(rep.full)} "
                          "(di seguito «Datore di lavoro»)"))
            s.append(th.p("e", 9.5, "center"))
            born = f", {w.nato} a {esc(w.birth_comune)} il {fmt_date(w.birth)}" if w.birth else ""
            s.append(th.p(f"il Sig. <b>{esc(w.full)}</b>{born}, residente in {esc(w.street)}, {esc(w.comune)}, "
                          f"codice fiscale <b>{esc(w.cf)}</b> (di seguito «Lavoratore»)"))
            s.append(th.p("si conviene e si stipula quanto segue.", 9.5, "center", space=6))
            arts = [
                ("Art. 1 – Assunzione e durata", f"Il Lavoratore è assunto con contratto {esc(durata)}."),
                ("Art. 2 – Mansioni e inquadramento", f"Il Lavoratore è adibito alle mansioni di "
                 f"{esc(w.extra['qualifica'].lower())} con inquadramento al livello {livello} del CCNL "
                 "Metalmeccanica Industria."),
                ("Art. 3 – Orario di lavoro", f"L'orario di lavoro è di {esc(orario)}."),
                ("Art. 4 – Retribuzione", f"Al Lavoratore è corrisposta una retribuzione mensile lorda di € "
                 f"{fmt_num(lordo)} per tredici mensilità."),
                ("Art. 5 – Periodo di prova", "Le parti convengono un periodo di prova di sei settimane."),
                ("Art. 6 – Rinvio", "Per quanto non espressamente previsto si rinvia al CCNL applicato e alle "
                 "disposizioni di legge vigenti. Il Lavoratore dichiara di aver ricevuto l'informativa sul "
                 "trattamento dei dati personali ai sensi del D.Lgs. 30 giugno 2003, n. 196."),
            ]
            for head, body in arts:
                s.append(th.heading(head))
                s.append(th.p(body))
            s.append(Spacer(1, 4 * mm))
            s.append(SignatureBlock(f"{esc(co.comune)}, {fmt_date(signed)}", "Il Datore di lavoro", rep.full))
            s.append(SignatureBlock("", "Il Lavoratore", w.full))
        return s

    def deco(c: Canvas, page: int, total: int) -> None:
        text(c, MARGIN, PAGE_H - 15 * mm, co.name.upper(), "Times-Bold" if st == 0 else "Helvetica-Bold", 13)
        text(c, MARGIN, PAGE_H - 20 * mm, f"{co.address} – Tel. 035 {co.piva[3:6]} {co.piva[6:10]} – "
             f"P.IVA {co.piva}", "Times-Roman" if st == 0 else "Helvetica", 8)
        hline(c, MARGIN, PAGE_W - MARGIN, PAGE_H - 22.5 * mm, 0.6)
        if st == 1:
            text(c, PAGE_W - MARGIN, 10 * mm, f"pag. {page} di {total}", "Helvetica", 7.5, align="right")

    flow(c, story, [frame_below(32 * mm)] * 2, deco)


# ---------------------------------------------------------------------- payslip

def _payslip_figures(w: Person, year: int, month: int) -> dict[str, Any]:
    base = money(w.extra["paga_base"])
    rng = seeded("paga", w.cf, year, month)
    superminimo = money(rng.randrange(80, 260) * (0.5 if w.extra["part_time"] else 1))
    edr = money("10.33")
    straord = money(rng.choice([0, 0, 62.40, 124.80]))
    lordo = base + superminimo + edr + straord
    inps = money(lordo * Decimal("0.0919"))
    imponibile = lordo - inps
    irpef = max(money(0), money(imponibile * Decimal("0.23") + max(Decimal(0), imponibile - 2333) *
                                Decimal("0.12") - Decimal("145.00")))
    add_reg = money(imponibile * Decimal("0.0158"))
    add_com = money(imponibile * Decimal("0.008"))
    netto = lordo - inps - irpef - add_reg - add_com
    arrot = money(netto - int(netto))
    ore = 0.0
    days = days_in_month(year, month)
    it_holidays = holidays.country_holidays("IT", years=year)
    for d in range(1, days + 1):
        day = dt.date(year, month, d)
        if day.weekday() < 5 and day not in it_holidays:
            ore += 4 if w.extra["part_time"] else 8
    return {"base": base, "superminimo": superminimo, "edr": edr, "straord": straord, "lordo": lordo,
            "inps": inps, "imponibile": imponibile, "irpef": irpef, "add_reg": add_reg, "add_com": add_com,
            "netto": netto - arrot, "arrot": arrot, "ore": ore}


def draw_cedolino(c: Canvas, ctx: Ctx, st: int, tw: dict[str, Any]) -> None:
    p, w = _worker(ctx, tw)
    prev = ctx.ref_date.replace(day=1) - dt.timedelta(days=1)
    year, month = _month(ctx, tw, (prev.year, prev.month))
    f = _payslip_figures(w, year, month)
    co = ctx.company
    hired = p.get("data_assunzione")
    period = {0: month_label(year, month, "upper"), 1: month_label(year, month, "num"),
              2: month_label(year, month, "title")}[st]
    voci = [
        ("0001", "Retribuzione ordinaria", fmt_num(f["ore"], 2), fmt_num(f["base"]), fmt_num(f["base"]), ""),
        ("0010", "Superminimo individuale", "", fmt_num(f["superminimo"]), fmt_num(f["superminimo"]), ""),
        ("0015", "E.D.R.", "", fmt_num(f["edr"]), fmt_num(f["edr"]), ""),
    ]
    if f["straord"]:
        voci.append(("0120", "Lavoro straordinario 25%", "4,00", "15,60", fmt_num(f["straord"]), ""))
    voci += [
        ("8000", "Contributo IVS 9,19%", "", fmt_num(f["lordo"]), "", fmt_num(f["inps"])),
        ("9000", "Ritenuta IRPEF", "", fmt_num(f["imponibile"]), "", fmt_num(f["irpef"])),
        ("9010", "Addizionale regionale rata", "", "", "", fmt_num(f["add_reg"])),
        ("9020", "Addizionale comunale rata", "", "", "", fmt_num(f["add_com"])),
        ("9990", "Arrotondamento mese", "", "", "", fmt_num(f["arrot"])),
    ]
    trattenute = f["inps"] + f["irpef"] + f["add_reg"] + f["add_com"] + f["arrot"]

    if st in (0, 1):
        font = "Helvetica" if st == 0 else "Courier"
        bold = "Helvetica-Bold" if st == 0 else "Courier-Bold"
        title = "CEDOLINO PAGA" if st == 0 else "BUSTA PAGA"
        soft = "PayLab HR 26.3" if st == 0 else "Paghe Studio 2000 - rel. 11.2"
        top = PAGE_H - 15 * mm
        text(c, MARGIN, top, title, bold, 13)
        text(c, PAGE_W - MARGIN, top, f"Periodo di paga: {period}", bold, 10, align="right")
        _employer_box(c, ctx, MARGIN, top - 26 * mm, TEXT_W / 2 - 2 * mm, 21 * mm,
                      "Helvetica" if st == 0 else "Courier")
        x2 = MARGIN + TEXT_W / 2 + 2 * mm
        box(c, x2, top - 26 * mm, TEXT_W / 2 - 2 * mm, 21 * mm, 0.6)
        text(c, x2 + 2 * mm, top - 9 * mm, "DIPENDENTE", bold, 6.5)
        text(c, x2 + 2 * mm, top - 13.5 * mm, f"{w.extra['matricola']}  {w.upper}", bold, 9)
        text(c, x2 + 2 * mm, top - 17.5 * mm, f"Codice fiscale {w.cf}", font, 7.5)
        text(c, x2 + 2 * mm, top - 21.5 * mm,
             f"Assunto il {fmt_date(hired) if hired else '-'}  Liv. {w.extra['livello']}  "
             f"{w.extra['qualifica']}", font, 7)
        text(c, x2 + 2 * mm, top - 24.8 * mm, f"Contratto: {CONTRATTI.get(p.get('contratto', ''), '-')}"
             f"{' part-time 50%' if w.extra['part_time'] else ''}", font, 7)
        y = top - 32 * mm
        rows = [["Codice", "Descrizione", "Ore/GG", "Base", "Competenze", "Trattenute"]] + [list(v) for v in voci]
        t = table(rows, [16 * mm, 62 * mm, 18 * mm, 24 * mm, 27 * mm, 27 * mm], font, 7.5, zebra=st == 0,
                  align_right=(2, 3, 4, 5), plain=True)
        _, h = t.wrap(TEXT_W, PAGE_H)
        t.drawOn(c, MARGIN, y - h)
        y -= h + 6 * mm
        tot = [["Totale competenze", "Totale trattenute", "Imponibile IRPEF", "NETTO DEL MESE"],
               [fmt_num(f["lordo"]), fmt_num(trattenute), fmt_num(f["imponibile"]), f"€ {fmt_num(f['netto'])}"]]
        t = table(tot, [TEXT_W / 4] * 4, font, 8.5, align_right=(0, 1, 2, 3))
        _, h = t.wrap(TEXT_W, PAGE_H)
        t.drawOn(c, MARGIN, y - h)
        y -= h + 6 * mm
        prog = [["Progressivi anno", "Imponibile INPS", "Imponibile IRPEF", "IRPEF pagata", "TFR maturato",
                 "Ferie residue (ore)"],
                ["", fmt_num(f["lordo"] * month), fmt_num(f["imponibile"] * month), fmt_num(f["irpef"] * month),
                 fmt_num(f["lordo"] / Decimal("13.5") * month), fmt_num(88 - month * 2.5, 2)]]
        t = table(prog, [TEXT_W / 6] * 6, font, 7, align_right=(1, 2, 3, 4, 5))
        _, h = t.wrap(TEXT_W, PAGE_H)
        t.drawOn(c, MARGIN, y - h)
        y -= h + 8 * mm
        text(c, MARGIN, y, f"Ore lavorate nel mese: {fmt_num(f['ore'])}   Giorni retribuiti: 26   "
             f"Pagamento: bonifico bancario", font, 7.5)
        text(c, MARGIN, 12 * mm, f"Elaborato con {soft} - {PAYROLL_STUDIO.name}", font, 6.5, colors.grey)
        text(c, PAGE_W - MARGIN, 12 * mm, "Firma per ricevuta ____________________", font, 7, align="right")
        c.showPage()
        return

    # style 2: consultant's "prospetto paga", flowing layout
    def story() -> list:
        th = Theme("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", 8.5, colors.black, colors.white, "rule")
        s: list = [th.title("PROSPETTO PAGA", 13, "left", 2),
                   th.p(f"periodo di paga: <b>{period}</b>", 9.5, "left", space=6)]
        s.append(kv_table([("Datore di lavoro", f"{esc(co.name)} – C.F. {esc(co.codice_fiscale)}"),
                           ("Lavoratore", f"<b>{esc(w.full)}</b> – C.F. <b>{esc(w.cf)}</b>"),
                           ("Data di assunzione", fmt_date(hired) if hired else "-"),
                           ("Qualifica / livello", f"{esc(w.extra['qualifica'])} / {esc(w.extra['livello'])}"),
                           ("Ore lavorate", fmt_num(f["ore"]))],
                          [45 * mm, TEXT_W - 45 * mm], "Helvetica", 8.5))
        s.append(th.heading("Voci retributive"))
        rows = [["Voce", "Descrizione", "Quantità", "Importo unitario", "Competenze", "Trattenute"]] + \
            [list(v) for v in voci]
        s.append(table(rows, [14 * mm, 62 * mm, 20 * mm, 26 * mm, 26 * mm, 26 * mm], "Helvetica", 7.5,
                       grid=False, align_right=(2, 3, 4, 5)))
        s.append(Spacer(1, 4 * mm))
        s.append(th.p(f"<b>Netto in busta: € {fmt_num(f['netto'])}</b>", 11, "right"))
        s.append(th.p("Documento estratto dal Libro Unico del Lavoro ai sensi dell'art. 39 del D.L. 25 giugno "
                      "2008, n. 112 – copia per il lavoratore.", 7, italic=True))
        return s

    def deco(c: Canvas, page: int, total: int) -> None:
        text(c, MARGIN, PAGE_H - 14 * mm, PAYROLL_STUDIO.name, "Helvetica-Bold", 10)
        text(c, MARGIN, PAGE_H - 18.5 * mm, PAYROLL_STUDIO.extra["consulente"], "Helvetica", 7)
        hline(c, MARGIN, PAGE_W - MARGIN, PAGE_H - 21 * mm, 0.5)
        text(c, PAGE_W - MARGIN, 10 * mm, f"{page}/{total}", "Helvetica", 7, colors.grey, "right")

    flow(c, story, [frame_below(28 * mm)] * 2, deco)


# ---------------------------------------------------------------------- LUL page

def _day_codes(ctx: Ctx, w: Person, year: int, month: int) -> list[tuple[dt.date, str, float, float]]:
    """(day, code, ordinary hours, training hours) for every day of the month."""
    it_holidays = holidays.country_holidays("IT", years=year)
    lessons = {d: h for d, _, _, h in ctx.sessions()}
    rng = seeded("ferie", w.cf, year, month)
    full = 4.0 if w.extra["part_time"] else 8.0
    workdays = [dt.date(year, month, d) for d in range(1, days_in_month(year, month) + 1)
                if dt.date(year, month, d).weekday() < 5 and dt.date(year, month, d) not in it_holidays]
    free = [d for d in workdays if d not in lessons]
    ferie = set(rng.sample(free, min(2, len(free)))) if month in (8, 12, 7) and free else set()
    out = []
    for d in range(1, days_in_month(year, month) + 1):
        day = dt.date(year, month, d)
        if day in it_holidays:
            out.append((day, "FS", 0.0, 0.0))
        elif day.weekday() >= 5:
            out.append((day, "R", 0.0, 0.0))
        elif day in ferie:
            out.append((day, "FE", 0.0, 0.0))
        elif day in lessons:
            out.append((day, "FOR", full - lessons[day] if full > lessons[day] else 0.0, lessons[day]))
        else:
            out.append((day, "ORD", full, 0.0))
    return out


def draw_lul(c: Canvas, ctx: Ctx, st: int, tw: dict[str, Any]) -> None:
    p, w = _worker(ctx, tw)
    year, month = _month(ctx, tw, (ctx.course_start_actual.year, ctx.course_start_actual.month))
    co = ctx.company
    codes = _day_codes(ctx, w, year, month)
    f = _payslip_figures(w, year, month)
    ore_ord = sum(x[2] for x in codes)
    ore_for = sum(x[3] for x in codes)
    ferie = sum(1 for x in codes if x[1] == "FE") * (4 if w.extra["part_time"] else 8)
    hired = p.get("data_assunzione")
    folio = 100 + (year % 100) * 3 + month * 7 + int(seeded("folio", w.cf).randrange(40))

    if st == 0:
        top = PAGE_H - 14 * mm
        text(c, MARGIN, top, "LIBRO UNICO DEL LAVORO", "Helvetica-Bold", 13)
        text(c, PAGE_W - MARGIN, top, f"Periodo di paga: {month_label(year, month, 'upper')}", "Helvetica-Bold", 10,
             align="right")
        text(c, PAGE_W - MARGIN, top - 5 * mm, f"Foglio n. {year}/{folio:05d}", "Helvetica", 7.5, align="right")
        _employer_box(c, ctx, MARGIN, top - 28 * mm, TEXT_W, 20 * mm)
        y = top - 32 * mm
        box(c, MARGIN, y - 17 * mm, TEXT_W, 17 * mm, 0.6)
        text(c, MARGIN + 2 * mm, y - 4 * mm, "LAVORATORE", "Helvetica-Bold", 6.5)
        text(c, MARGIN + 2 * mm, y - 8.5 * mm, f"Matr. {w.extra['matricola']}   {w.upper}", "Helvetica-Bold", 9.5)
        text(c, MARGIN + 2 * mm, y - 12.5 * mm, f"Codice fiscale {w.cf}   Data assunzione "
             f"{fmt_date(hired) if hired else '-'}   Qualifica {w.extra['qualifica']}   Livello {w.extra['livello']}",
             "Helvetica", 7.5)
        text(c, MARGIN + 2 * mm, y - 15.8 * mm, f"Rapporto: {CONTRATTI.get(p.get('contratto', ''), '-')} - "
             f"{'part-time orizzontale 20 h/sett.' if w.extra['part_time'] else 'tempo pieno 40 h/sett.'}",
             "Helvetica", 7.5)
        y -= 22 * mm
        text(c, MARGIN, y, "CALENDARIO PRESENZE", "Helvetica-Bold", 8)
        y -= 2 * mm
        for half in (codes[:16], codes[16:]):
            head = ["Giorno"] + [f"{d.day}" for d, *_ in half]
            wd = [""] + [GIORNI_BREVI[d.weekday()] for d, *_ in half]
            ordn = ["Ore ord."] + [fmt_num(o, 2) if o else "" for _, _, o, _ in half]
            form = ["Ore form."] + [fmt_num(t, 2) if t else "" for _, _, _, t in half]
            cod = ["Codice"] + [k if k != "ORD" else "" for _, k, _, _ in half]
            cw = [17 * mm] + [(TEXT_W - 17 * mm) / 16] * len(half)
            t = table([head, wd, ordn, form, cod], cw, "Helvetica", 6.2, plain=True)
            _, h = t.wrap(TEXT_W, PAGE_H)
            t.drawOn(c, MARGIN, y - h)
            y -= h + 3 * mm
        text(c, MARGIN, y, "Legenda: ORD ore ordinarie; FOR formazione in orario di lavoro; FE ferie; FS festività; "
             "R riposo settimanale", "Helvetica", 6.5)
        y -= 8 * mm
        summary = [["Ore ordinarie", "Ore formazione", "Ore ferie", "Totale ore retribuite", "Retribuzione lorda",
                    "Netto"],
                   [fmt_num(ore_ord), fmt_num(ore_for), fmt_num(ferie), fmt_num(ore_ord + ore_for + ferie),
                    fmt_num(f["lordo"]), fmt_num(f["netto"])]]
        t = table(summary, [TEXT_W / 6] * 6, "Helvetica", 7.5, align_right=(0, 1, 2, 3, 4, 5))
        _, h = t.wrap(TEXT_W, PAGE_H)
        t.drawOn(c, MARGIN, y - h)
        text(c, MARGIN, 12 * mm, "LUL tenuto ai sensi dell'art. 39 D.L. 112/2008 conv. L. 133/2008 - elaborazione "
             "PayLab HR 26.3", "Helvetica", 6.5, colors.grey)
        text(c, PAGE_W - MARGIN, 12 * mm, f"Foglio {year}/{folio:05d}", "Helvetica", 6.5, colors.grey, "right")
        c.showPage()
        return

    # style 1: one row per day
    def story() -> list:
        th = Theme("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", 8)
        s: list = [th.title(f"Libro Unico del Lavoro – mese di riferimento {month_label(year, month, 'num')}", 11,
                            "left", 4)]
        s.append(kv_table([("Datore di lavoro", f"{esc(co.name)} – C.F. {esc(co.codice_fiscale)} – "
                                                f"matricola INPS {esc(co.extra['inps'])}"),
                           ("Lavoratore", f"<b>{esc(w.upper)}</b> – C.F. <b>{esc(w.cf)}</b> – matr. "
                                          f"{esc(w.extra['matricola'])}"),
                           ("Assunzione / qualifica",
                            f"{fmt_date(hired) if hired else '-'} – {esc(w.extra['qualifica'])}, livello "
                            f"{esc(w.extra['livello'])}")],
                          [40 * mm, TEXT_W - 40 * mm], "Helvetica", 8))
        s.append(Spacer(1, 2 * mm))
        rows = [["Data", "Giorno", "Ordinarie", "Formazione", "Straord.", "Assenze", "Causale"]]
        for d, k, o, t in codes:
            causale = {"FS": "Festività", "R": "Riposo", "FE": "Ferie", "FOR": "Formazione in orario di lavoro",
                       "ORD": ""}[k]
            absent = (4 if w.extra["part_time"] else 8) if k == "FE" else 0
            rows.append([fmt_date(d), GIORNI[d.weekday()], fmt_num(o) if o else "", fmt_num(t) if t else "", "",
                         fmt_num(absent) if absent else "", causale])
        rows.append(["Totali", "", fmt_num(ore_ord), fmt_num(ore_for), "", fmt_num(ferie), ""])
        s.append(table(rows, [20 * mm, 20 * mm, 18 * mm, 20 * mm, 16 * mm, 16 * mm, TEXT_W - 110 * mm],
                       "Helvetica", 6.8, align_right=(2, 3, 4, 5), plain=True))
        s.append(Spacer(1, 2 * mm))
        s.append(th.p(f"Retribuzione lorda del mese € {fmt_num(f['lordo'])} – trattenute previdenziali € "
                      f"{fmt_num(f['inps'])} – IRPEF € {fmt_num(f['irpef'])} – netto € {fmt_num(f['netto'])}.", 7.5))
        return s

    def deco(c: Canvas, page: int, total: int) -> None:
        text(c, MARGIN, PAGE_H - 13 * mm, PAYROLL_STUDIO.name, "Helvetica-Bold", 9)
        text(c, PAGE_W - MARGIN, PAGE_H - 13 * mm, f"LUL {year} – foglio n. {folio}", "Helvetica", 8, align="right")
        hline(c, MARGIN, PAGE_W - MARGIN, PAGE_H - 15.5 * mm, 0.5)
        text(c, MARGIN, 9 * mm, "Vidimazione telematica INAIL – numerazione unitaria per anno", "Helvetica", 6.5,
             colors.grey)

    flow(c, story, [frame_below(20 * mm, 14 * mm)] * 2, deco)


# ------------------------------------------------------------------ clock-in report

def _punches(ctx: Ctx, w: Person, first: dt.date, last: dt.date) -> list[tuple[dt.date, list[str], float, str]]:
    it_holidays = holidays.country_holidays("IT", years=range(first.year, last.year + 1))
    lessons = {d: (a, b) for d, a, b, _ in ctx.sessions()}
    titolo = ctx.corso.get("titolo", "")
    out = []
    d = first
    while d <= last:
        if d.weekday() < 5 and d not in it_holidays:
            rng = seeded("badge", w.cf, d)
            m = rng.randrange(0, 9)
            if w.extra["part_time"]:
                punches = [f"08:{50 + m:02d}", f"13:{rng.randrange(0, 9):02d}"]
                hours = 4.0
            else:
                punches = [f"07:{50 + m:02d}", f"12:{rng.randrange(0, 5):02d}", f"13:{rng.randrange(0, 5):02d}",
                           f"17:{rng.randrange(0, 9):02d}"]
                hours = 8.0
            note = f"Formazione {lessons[d][0]}-{lessons[d][1]}: {titolo}" if d in lessons else ""
            out.append((d, punches, hours, note))
        d += dt.timedelta(days=1)
    return out


def draw_timbrature(c: Canvas, ctx: Ctx, st: int, tw: dict[str, Any]) -> None:
    _, w = _worker(ctx, tw)
    first = tw.get("dal") or ctx.course_start_actual.replace(day=1)
    last = tw.get("al") or ctx.course_end
    rows_all = _punches(ctx, w, first, last)
    co = ctx.company

    def story() -> list:
        th = Theme("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", 8)
        s: list = []
        if st == 0:
            s.append(th.title("CARTELLINO PRESENZE – RIEPILOGO TIMBRATURE", 12, "left", 2))
            s.append(th.p(f"Dipendente: <b>{esc(w.upper)}</b> – C.F. <b>{esc(w.cf)}</b> – badge n. "
                          f"{esc(w.extra['matricola'])} – orario: "
                          f"{'part-time 20 h (08:30-12:30)' if w.extra['part_time'] else 'tempo pieno 40 h'}",
                          8.5, "left"))
            s.append(th.p(f"Periodo: dal {fmt_date(first)} al {fmt_date(last)} – Azienda: {esc(co.name)}", 8.5,
                          "left", space=6))
            rows = [["Data", "Giorno", "Entrata", "Uscita", "Entrata", "Uscita", "Ore", "Note"]]
            for d, punches, hours, note in rows_all:
                pp = punches + [""] * (4 - len(punches))
                rows.append([fmt_date(d), GIORNI[d.weekday()][:3], *pp, fmt_num(hours), esc(note)])
            s.append(table(rows, [19 * mm, 11 * mm, 14 * mm, 14 * mm, 14 * mm, 14 * mm, 11 * mm, TEXT_W - 97 * mm],
                           "Helvetica", 6.8, zebra=True, plain=True))
        else:
            s.append(th.title("Report timbrature in entrata e uscita", 12, "left", 2))
            s.append(kv_table([("Azienda", f"{esc(co.name)} (C.F. {esc(co.codice_fiscale)})"),
                               ("Dipendente", f"{esc(w.full)} – codice fiscale {esc(w.cf)}"),
                               ("Periodo", f"{fmt_date(first, 'dot')} – {fmt_date(last, 'dot')}")],
                              [30 * mm, TEXT_W - 30 * mm], "Helvetica", 8))
            s.append(Spacer(1, 3 * mm))
            rows = [["Giorno", "Timbrature", "Ore lavorate", "Giustificativo / annotazioni"]]
            for d, punches, hours, note in rows_all:
                pairs = "  ".join(f"{'E' if i % 2 == 0 else 'U'} {t}" for i, t in enumerate(punches))
                rows.append([f"{GIORNI[d.weekday()][:3]} {fmt_date(d, 'dot')}", pairs, fmt_num(hours), esc(note)])
            s.append(table(rows, [28 * mm, 55 * mm, 20 * mm, TEXT_W - 103 * mm], "Helvetica", 7, grid=False,
                           plain=True))
        return s

    def deco(c: Canvas, page: int, total: int) -> None:
        soft = "TimeKeeper Pro 9 – rilevazione presenze" if st == 0 else "BadgeCloud – modulo presenze"
        text(c, MARGIN, PAGE_H - 13 * mm, co.name, "Helvetica-Bold", 9)
        text(c, PAGE_W - MARGIN, PAGE_H - 13 * mm, soft, "Helvetica", 7.5, colors.grey, "right")
        hline(c, MARGIN, PAGE_W - MARGIN, PAGE_H - 15.5 * mm, 0.5)
        text(c, PAGE_W - MARGIN, 9 * mm, f"Pagina {page} di {total}", "Helvetica", 7, colors.grey, "right")

    flow(c, story, [frame_below(20 * mm, 14 * mm)] * 2, deco)
