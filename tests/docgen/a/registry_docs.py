"""Public-registry documents of a self-employed participant: VAT-number attribution
(Agenzia delle Entrate) and registration to the INPS Gestione Separata."""

from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Spacer

from .common import (
    MARGIN,
    PAGE_H,
    PAGE_W,
    esc,
    flow,
    fmt_date,
    frame_below,
    hline,
    kv_table,
    make_piva,
    seeded,
    text,
)
from .model import Ctx, Person
from .theme import Theme

TEXT_W = PAGE_W - 2 * MARGIN


def self_employed(ctx: Ctx, tw: dict[str, Any]) -> tuple[Person, str, dt.date]:
    """The participant, their partita IVA and the start of their activity."""
    p = ctx.participant(tw.get("partecipante", 0))
    w = ctx.worker(p)
    if ctx.is_autonomo and str(ctx.imp.get("codice_fiscale", "")).upper() == w.cf.upper():
        piva = ctx.company.piva
    else:
        rng = seeded("piva", w.cf)
        piva = make_piva(str(rng.randrange(1_000_000, 9_999_999)), "016")
    rng = seeded("inizio", w.cf)
    start = dt.date(2014 + rng.randrange(8), 1 + rng.randrange(12), 1 + rng.randrange(27))
    return w, piva, start


def draw_attribuzione_piva(c: Canvas, ctx: Ctx, st: int, tw: dict[str, Any]) -> None:
    w, piva, start = self_employed(ctx, tw)
    rng = seeded("protocollo-ae", w.cf)
    prot = f"{start:%y%m%d}{rng.randrange(10**9, 10**10)}-{rng.randrange(100000, 999999):06d}"
    blue = colors.HexColor("#1B4F8A")
    th = Theme(accent=blue, band=colors.HexColor("#E5EDF6"))

    def story() -> list:
        s: list = []
        if st == 0:
            s.append(th.title("RICEVUTA DI PRESENTAZIONE", 12, "center", 2))
            s.append(th.p("Dichiarazione di inizio attività, variazione dati o cessazione attività ai fini IVA – "
                          "imprese individuali e lavoratori autonomi (Modello AA9/12)", 9, "center", space=8))
            s.append(th.p(f"Si attesta che in data {fmt_date(start)} è stata presentata la dichiarazione di inizio "
                          "attività di seguito indicata e che è stato <b>attribuito il numero di partita IVA</b>:"))
            s.append(kv_table([
                ("Protocollo telematico", prot),
                ("Codice fiscale", f"<b>{esc(w.cf)}</b>"),
                ("Cognome e nome", f"<b>{esc(w.upper)}</b>"),
                ("Numero di partita IVA attribuito", f"<b>{esc(piva)}</b>"),
                ("Data di inizio attività", fmt_date(start)),
                ("Codice attività (ATECO)", "71.12.10 – Attività degli studi di ingegneria"),
                ("Luogo di esercizio", f"{esc(w.street)}, {esc(w.cap)} {esc(w.comune)} ({esc(w.prov)})"),
                ("Domicilio fiscale", f"{esc(w.comune)} ({esc(w.prov)})"),
                ("Regime", "Forfetario (art. 1, commi 54-89, Legge 23 dicembre 2014, n. 190)"),
            ], [60 * mm, TEXT_W - 60 * mm], "Helvetica", 9, grid=True))
            s.append(Spacer(1, 5 * mm))
            s.append(th.p("Il numero di partita IVA resta invariato anche nell'ipotesi di variazione del domicilio "
                          "fiscale e deve essere indicato nelle dichiarazioni e in ogni altro documento "
                          "(art. 35 D.P.R. 26 ottobre 1972, n. 633).", 8, italic=True))
        else:
            s.append(th.title("CERTIFICATO DI ATTRIBUZIONE DELLA PARTITA IVA", 12, "left", 2))
            s.append(th.p("Servizi online – Consultazione dati anagrafici – Cassetto fiscale", 8.5, "left",
                          italic=True, space=8))
            s.append(th.heading("Dati anagrafici"))
            s.append(kv_table([("Codice fiscale", esc(w.cf)), ("Cognome", esc(w.cognome.upper())),
                               ("Nome", esc(w.nome.upper())),
                               ("Data e luogo di nascita", f"{fmt_date(w.birth) if w.birth else ''} – "
                                                           f"{esc(w.birth_comune.upper())} ({esc(w.birth_prov)})"),
                               ("Domicilio fiscale", f"{esc(w.street.upper())} – {esc(w.cap)} "
                                                     f"{esc(w.comune.upper())} ({esc(w.prov)})")],
                              [55 * mm, TEXT_W - 55 * mm], "Helvetica", 9))
            s.append(th.heading("Partita IVA"))
            s.append(kv_table([("Partita IVA", f"<b>{esc(piva)}</b>"), ("Stato", "ATTIVA"),
                               ("Data inizio attività", fmt_date(start)),
                               ("Attività prevalente", "711210 – ATTIVITÀ DEGLI STUDI DI INGEGNERIA"),
                               ("Ufficio competente", "Direzione Provinciale di Bergamo – Ufficio Territoriale")],
                              [55 * mm, TEXT_W - 55 * mm], "Helvetica", 9))
            s.append(Spacer(1, 5 * mm))
            s.append(th.p(f"Documento prodotto il {fmt_date(ctx.ref_date - dt.timedelta(days=14))} – i dati "
                          "riportati corrispondono a quelli presenti in Anagrafe Tributaria alla data di "
                          "consultazione.", 8, italic=True))
        return s

    def deco(c: Canvas, page: int, total: int) -> None:
        text(c, MARGIN, PAGE_H - 15 * mm, "Agenzia delle Entrate", "Helvetica-Bold", 14, blue)
        text(c, PAGE_W - MARGIN, PAGE_H - 15 * mm, "Direzione Provinciale di Bergamo", "Helvetica", 8, colors.grey,
             "right")
        hline(c, MARGIN, PAGE_W - MARGIN, PAGE_H - 18 * mm, 1.2, blue)
        text(c, PAGE_W - MARGIN, 10 * mm, f"Pag. {page} di {total}", "Helvetica", 7, colors.grey, "right")

    flow(c, story, [frame_below(26 * mm)] * 2, deco)


def draw_iscrizione_inps_gs(c: Canvas, ctx: Ctx, st: int, tw: dict[str, Any]) -> None:
    w, piva, start = self_employed(ctx, tw)
    reg = start + dt.timedelta(days=21)
    rng = seeded("inps", w.cf)
    prot = f"INPS.4900.{reg:%d/%m/%Y}.{rng.randrange(10**6, 10**7)}"
    green = colors.HexColor("#0E6E4F")
    th = Theme(accent=green, band=colors.HexColor("#E4F2EC"))

    def story() -> list:
        s: list = []
        if st == 0:
            s.append(th.title("RICEVUTA DI PRESENTAZIONE DELLA DOMANDA", 12, "center", 2))
            s.append(th.p("Iscrizione alla <b>Gestione Separata</b> – Liberi professionisti senza cassa "
                          "(art. 2, comma 26, Legge 8 agosto 1995, n. 335)", 9.5, "center", space=8))
            s.append(kv_table([
                ("Numero di protocollo", f"<b>{prot}</b>"),
                ("Data di presentazione", fmt_date(reg)),
                ("Richiedente", f"<b>{esc(w.upper)}</b>"),
                ("Codice fiscale", f"<b>{esc(w.cf)}</b>"),
                ("Partita IVA", esc(piva)),
                ("Attività", "Libero professionista – ingegnere (ATECO 71.12.10)"),
                ("Decorrenza iscrizione", fmt_date(start)),
                ("Sede INPS competente", "Direzione Provinciale di Bergamo"),
            ], [55 * mm, TEXT_W - 55 * mm], "Helvetica", 9, grid=True))
            s.append(Spacer(1, 5 * mm))
            s.append(th.p("La domanda è stata acquisita dal sistema. L'iscrizione alla Gestione Separata comporta "
                          "l'obbligo di versamento dei contributi nelle misure previste per l'anno di competenza.",
                          8.5, italic=True))
        else:
            s.append(th.title("ATTESTAZIONE DI ISCRIZIONE – GESTIONE SEPARATA", 12, "left", 2))
            s.append(th.p(f"Si attesta che il/la Sig./Sig.ra <b>{esc(w.full)}</b>, codice fiscale "
                          f"<b>{esc(w.cf)}</b>, {w.nato} il {fmt_date(w.birth) if w.birth else ''} a "
                          f"{esc(w.birth_comune)}, risulta iscritto/a alla Gestione Separata INPS di cui all'art. 2, "
                          f"comma 26, della Legge 335/1995 in qualità di <b>professionista</b>, con decorrenza "
                          f"{fmt_date(start)} (protocollo {prot})."))
            s.append(kv_table([("Posizione", "Attiva"), ("Categoria", "Professionisti senza cassa previdenziale"),
                               ("Aliquota contributiva anno corrente", "26,07%"),
                               ("Partita IVA collegata", esc(piva))],
                              [60 * mm, TEXT_W - 60 * mm], "Helvetica", 9))
            s.append(Spacer(1, 4 * mm))
            s.append(th.p(f"Bergamo, {fmt_date(ctx.ref_date - dt.timedelta(days=12), 'long')} – Documento prodotto "
                          "dal servizio online «Estratto conto contributivo / Posizione assicurativa».", 8,
                          italic=True))
        return s

    def deco(c: Canvas, page: int, total: int) -> None:
        text(c, MARGIN, PAGE_H - 15 * mm, "INPS", "Helvetica-Bold", 18, green)
        text(c, MARGIN + 18 * mm, PAGE_H - 15 * mm, "Istituto Nazionale Previdenza Sociale", "Helvetica", 9, green)
        hline(c, MARGIN, PAGE_W - MARGIN, PAGE_H - 18 * mm, 1.2, green)
        text(c, PAGE_W - MARGIN, 10 * mm, f"{page}/{total}", "Helvetica", 7, colors.grey, "right")

    flow(c, story, [frame_below(26 * mm)] * 2, deco)
