"""Certificate of the mandatory catastrophe-risk policy (L. 30 dicembre 2023 n. 213, art. 1 c. 101)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Spacer

from .common import (
    MARGIN,
    PAGE_H,
    PAGE_W,
    SignatureBlock,
    add_months,
    draw_wrapped,
    esc,
    flow,
    fmt_date,
    fmt_eur,
    frame_below,
    hline,
    kv_table,
    logo_mark,
    seeded,
    table,
    text,
)
from .model import INSURERS, OTHER_COMPANY, Ctx, Party
from .theme import Theme

TEXT_W = PAGE_W - 2 * MARGIN
EVENTI = ["Sisma", "Alluvione", "Frana", "Inondazione", "Esondazione"]
NORMA = "art. 1, commi 101-111, della Legge 30 dicembre 2023, n. 213"


def _period(ctx: Ctx, tw: dict[str, Any]) -> tuple[dt.date, dt.date]:
    ref = ctx.ref_date
    start = ref.replace(day=1) - dt.timedelta(days=1)
    start = add_months(start.replace(day=1), -5)  # a policy running since some months
    end = add_months(start, 12)
    if tw.get("scaduta"):
        end = ref - dt.timedelta(days=12)
        start = add_months(end, -12)
    if tw.get("in_scadenza"):
        end = ref + dt.timedelta(days=18)
        start = add_months(end, -12)
    return tw.get("decorrenza") or start, tw.get("scadenza") or end


def draw_polizza_catastrofale(c: Canvas, ctx: Ctx, st: int, tw: dict[str, Any]) -> None:
    ins = INSURERS[st % len(INSURERS)]
    holder: Party = ctx.company
    if tw.get("altra_impresa"):
        holder = tw["altra_impresa"] if isinstance(tw["altra_impresa"], Party) else OTHER_COMPANY
    start, end = _period(ctx, tw)
    rng = seeded("polizza", holder.piva, st)
    numero = {0: f"{rng.randrange(100, 999)}/{rng.randrange(10**7, 10**8)}",
              1: f"LM-CAT-{start.year}-{rng.randrange(10**5, 10**6)}",
              2: f"{rng.randrange(10**9, 10**10)}"}[st]
    fabbricato = Decimal(rng.randrange(9, 30) * 100_000)
    macchinari = Decimal(rng.randrange(3, 15) * 100_000)
    premio = ((fabbricato + macchinari) * Decimal("0.00061")).quantize(Decimal("0.01"))
    issued = start - dt.timedelta(days=3)
    col = [colors.HexColor("#8C1D18"), colors.HexColor("#1F4E79"), colors.HexColor("#34495E")][st % 3]
    ubicazione = f"{holder.street}, {holder.cap} {holder.comune} ({holder.prov})"

    def story() -> list:
        th = Theme("Helvetica" if st != 2 else "Times-Roman", "Helvetica-Bold" if st != 2 else "Times-Bold",
                   "Helvetica-Oblique" if st != 2 else "Times-Italic", 9 if st != 2 else 10)
        s: list = []
        if st == 0:
            s.append(th.title("CERTIFICATO DI ASSICURAZIONE", 14, "center", 2))
            s.append(th.p(f"<b>Polizza Rischi Catastrofali Impresa</b> – copertura obbligatoria ai sensi dell'{NORMA}",
                          9.5, "center", space=8))
            s.append(kv_table([
                ("Polizza n.", f"<b>{numero}</b>"),
                ("Contraente / Assicurato", f"<b>{esc(holder.name)}</b>"),
                ("Codice fiscale / Partita IVA", esc(holder.piva)),
                ("Sede legale", esc(holder.address)),
                ("Ubicazione del rischio", esc(ubicazione)),
                ("Decorrenza", f"ore 24:00 del {fmt_date(start)}"),
                ("Scadenza", f"ore 24:00 del {fmt_date(end)}"),
                ("Frazionamento", "Annuale – senza tacito rinnovo"),
            ], [55 * mm, TEXT_W - 55 * mm], th.font, 9, grid=True))
            s.append(th.heading("Garanzie prestate"))
            rows = [["Evento", "Beni assicurati", "Somma assicurata", "Scoperto / franchigia"]]
            for ev in EVENTI:
                rows.append([ev, "Fabbricati, impianti e macchinari, attrezzature industriali e commerciali",
                             fmt_eur(fabbricato + macchinari), "15% min. € 5.000,00"])
            s.append(table(rows, [28 * mm, 75 * mm, 32 * mm, TEXT_W - 135 * mm], th.font, 8))
            s.append(Spacer(1, 3 * mm))
            s.append(th.p(f"Premio annuo lordo {fmt_eur(premio)} – pagato in data {fmt_date(issued)}.", 9))
            s.append(th.p("Si certifica che la Società ha in corso con il Contraente sopra indicato la polizza "
                          "richiamata, a copertura dei danni ai beni di cui all'art. 2424, primo comma, sezione "
                          "Attivo, voce B-II, numeri 1), 2) e 3) del codice civile, direttamente cagionati da "
                          "sisma, alluvione, frana, inondazione ed esondazione verificatisi nel territorio "
                          "nazionale. Il presente certificato è rilasciato su richiesta del Contraente per gli usi "
                          "consentiti.", 8.5, space=10))
            s.append(SignatureBlock(f"Milano, {fmt_date(issued)}", f"{esc(ins.name)}", "Direzione Danni Corporate"))
        elif st == 1:
            s.append(th.title("Attestazione di copertura assicurativa", 13, "left", 2))
            s.append(th.p("Rischi catastrofali – obbligo assicurativo delle imprese (L. 213/2023, art. 1 comma 101)",
                          9, "left", italic=True, space=8))
            s.append(th.p(f"Con la presente {esc(ins.name)} attesta che l'impresa <b>{esc(holder.name)}</b>, "
                          f"P.IVA <b>{esc(holder.piva)}</b>, con sede in {esc(holder.address)}, ha stipulato il "
                          f"contratto n. <b>{numero}</b> con effetto dal {fmt_date(start, 'long')} e "
                          f"scadenza il {fmt_date(end, 'long')}, a copertura dei danni da eventi catastrofali "
                          "(terremoto/sisma, alluvione, inondazione, esondazione e frana) ai beni materiali "
                          "dell'impresa."))
            s.append(kv_table([
                ("Contraente", esc(holder.name)),
                ("Assicurato", esc(holder.name)),
                ("Ubicazione", esc(ubicazione)),
                ("Valore assicurato fabbricati", fmt_eur(fabbricato)),
                ("Valore assicurato impianti e macchinari", fmt_eur(macchinari)),
                ("Premio imponibile", fmt_eur(premio / Decimal("1.2225"))),
                ("Imposte", fmt_eur(premio - premio / Decimal("1.2225"))),
                ("Stato del contratto", "In vigore – premio regolarmente incassato"),
            ], [70 * mm, TEXT_W - 70 * mm], th.font, 9))
            s.append(Spacer(1, 6 * mm))
            s.append(th.p("La copertura opera nei limiti, con gli scoperti e le franchigie indicati nelle "
                          "condizioni di assicurazione, nel rispetto del D.M. 30 gennaio 2025, n. 18.", 8,
                          italic=True, space=12))
            s.append(SignatureBlock(f"Como, {fmt_date(issued)}", "Il Procuratore", "Area Rami Elementari Imprese"))
        else:
            s.append(th.title("DICHIARAZIONE DI ESISTENZA DI COPERTURA ASSICURATIVA", 12, "center", 2))
            s.append(th.title("Polizza Eventi Catastrofali", 11, "center", 10))
            s.append(th.p(f"La sottoscritta Agenzia, per conto di {esc(ins.name)}, dichiara che è in vigore il "
                          f"contratto di assicurazione numero {numero} stipulato da:"))
            s.append(th.p(f"<b>{esc(holder.name.upper())}</b><br/>Partita IVA {esc(holder.piva)} – "
                          f"{esc(holder.address)}", 10.5, "center", space=8))
            s.append(th.p(f"Periodo di validità: dal <b>{fmt_date(start)}</b> al <b>{fmt_date(end)}</b> (valido "
                          f"fino al {fmt_date(end)}).", 10))
            eventi = ", ".join(e.lower() for e in EVENTI)
            s.append(th.p(f"Eventi garantiti: {eventi}, come previsto dall'{NORMA}.", 10))
            s.append(th.p(f"Somma assicurata complessiva: {fmt_eur(fabbricato + macchinari)}. Ubicazione: "
                          f"{esc(ubicazione)}.", 10, space=14))
            s.append(SignatureBlock(f"Bergamo, {fmt_date(issued, 'long')}", esc(ins.extra.get('agenzia', 'L\'Agenzia')),
                                    "(timbro e firma)", font="Times-Roman"))
        return s

    def deco(c: Canvas, page: int, total: int) -> None:
        if st == 0:
            logo_mark(c, MARGIN, PAGE_H - 27 * mm, 14 * mm, col, "circle", "AP")
            text(c, MARGIN + 17 * mm, PAGE_H - 17 * mm, ins.name, "Helvetica-Bold", 13, col)
            text(c, MARGIN + 17 * mm, PAGE_H - 22 * mm, ins.extra.get("gruppo", ""), "Helvetica", 7.5, colors.grey)
        elif st == 1:
            text(c, MARGIN, PAGE_H - 18 * mm, "LARIO MUTUA", "Times-Bold", 18, col)
            text(c, MARGIN, PAGE_H - 23 * mm, "ASSICURAZIONI", "Helvetica", 8, col)
            hline(c, MARGIN, PAGE_W - MARGIN, PAGE_H - 26 * mm, 1, col)
        else:
            logo_mark(c, MARGIN, PAGE_H - 25 * mm, 11 * mm, col, "diamond")
            text(c, MARGIN + 14 * mm, PAGE_H - 16 * mm, ins.name, "Times-Bold", 12, col)
            text(c, MARGIN + 14 * mm, PAGE_H - 21 * mm, ins.extra.get("agenzia", ""), "Times-Italic", 8.5)
        legal = (f"{ins.name} – Sede legale {ins.street}, {ins.city_line} – Capitale sociale {ins.capitale} – "
                 f"Registro Imprese e C.F. {ins.piva} – P.IVA {ins.piva} – Impresa autorizzata all'esercizio "
                 f"delle assicurazioni – {ins.extra.get('albo', '')} – {ins.web}")
        hline(c, MARGIN, PAGE_W - MARGIN, 17 * mm, 0.3, colors.grey)
        draw_wrapped(c, MARGIN, 13.5 * mm, legal, "Helvetica", 6.2, TEXT_W, 7.4)

    flow(c, story, [frame_below(34 * mm, 24 * mm)] * 2, deco)
