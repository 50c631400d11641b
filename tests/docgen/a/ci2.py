"""Documents of «Competenze & Innovazione» (ci2): the Linea 1 project, and for Linea 2 the
individual training plan (PFI), the apprenticeship contract for higher education and
research (art. 45 D.Lgs. 81/2015) and the agreement (protocollo d'intesa) with the university.

    render_ci2("progetto_linea1", manifest, style=0, senza_cronoprogramma=True) -> bytes

`manifest` is a ci2 dossier.yaml as a dict (SPEC 3.1 with `progetto:`); Linea 2 documents
concern the first participant (the apprentice). Deterministic like the rest of author A.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Spacer

from .common import (
    MARGIN,
    PAGE_H,
    PAGE_W,
    SignatureBlock,
    add_months,
    esc,
    flow,
    fmt_date,
    fmt_eur,
    frame_below,
    hline,
    kv_table,
    make_piva,
    money,
    new_canvas,
    table,
    text,
)
from .model import COMUNI, Ctx, Party, Person
from .theme import CONSULENTE, REGIONE, TIMES_CAPS, Theme

TEXT_W = PAGE_W - 2 * MARGIN
BANDO = "Bando «Competenze & Innovazione» – seconda edizione"
PROGRAMMA = "PR FESR 2021-2027, Asse 1, Azione 1.4.1 (D.G.R. n. XII/5417 del 1° dicembre 2025)"
UNIVERSITA = Party("Università degli Studi di Bergamo", make_piva("0437016", "016"), "Via Salvecchio 19", "24129",
                   "Bergamo", "BG", cf="80004350163", pec="protocollo@pec.unibg.it",
                   extra={"dipartimento": "Dipartimento di Ingegneria Gestionale, dell'Informazione e della "
                                          "Produzione", "rettore": "Prof. Sergio Cavalieri"})
AMBITI = {
    "intelligenza artificiale": "l'adozione di strumenti di intelligenza artificiale nei processi di "
                                "pianificazione e controllo qualità",
    "economia circolare": "la riprogettazione dei prodotti e dei processi secondo i principi dell'economia "
                          "circolare (riuso degli scarti, materiali riciclati)",
    "automazione": "l'automazione delle linee e l'integrazione dei dati di macchina",
    "iot": "la raccolta di dati di campo con sensori Internet of Things e la loro analisi",
    "cybersecurity": "la sicurezza informatica dei sistemi di fabbrica e degli accessi remoti",
}
TUTOR = ("Ing. Stefano Perego", "responsabile dell'ufficio tecnico")


def _progetto(ctx: Ctx) -> dict[str, Any]:
    return dict(ctx.data.get("progetto") or {})


def _start(ctx: Ctx) -> dt.date:
    invio = ctx.data_invio.date()
    return add_months(invio.replace(day=1), 2)


def _header(c: Canvas, th: Theme, left: str, right: str, page: int, total: int) -> None:
    text(c, MARGIN, PAGE_H - 13 * mm, left, th.bold, 8.5, th.accent)
    text(c, PAGE_W - MARGIN, PAGE_H - 13 * mm, right, th.font, 8, colors.HexColor("#555555"), "right")
    hline(c, MARGIN, PAGE_W - MARGIN, PAGE_H - 15.5 * mm, 0.6, th.accent)
    text(c, PAGE_W - MARGIN, 10 * mm, f"Pagina {page} di {total}", "Helvetica", 7, colors.grey, "right")


def _signatures(co: Party, rep: Person, day: dt.date, th: Theme) -> list:
    return [Spacer(1, 4 * mm),
            SignatureBlock(f"{esc(co.comune)}, {fmt_date(day)}", "Il legale rappresentante (firma digitale)",
                           rep.full, font=th.font)]


# ----------------------------------------------------------------------------- Linea 1

VOCI = {
    "formazione": "Formazione avanzata (corsi specialistici, master)",
    "formazione_avanzata": "Formazione avanzata (corsi specialistici, master)",
    "coaching": "Coaching",
    "mentoring": "Mentoring",
    "innovation_manager": "Innovation Manager",
    "consulenza_piano": "Consulenza per la predisposizione del piano",
    "attivita_accessorie": "Attività accessorie (analisi preliminari, valutazione)",
    "spese_generali": "Spese generali",
    "formazione_interna": "Formazione interna (tutor aziendale)",
    "formazione_esterna": "Formazione esterna (istituzione formativa)",
    "tutoraggio": "Tutoraggio",
}


def draw_progetto_linea1(c: Canvas, ctx: Ctx, st: int, tw: dict[str, Any]) -> None:
    th = REGIONE if st == 0 else CONSULENTE
    co, rep, pr = ctx.company, ctx.rep, _progetto(ctx)
    ambiti = [str(a) for a in pr.get("ambiti") or []]
    months = int(pr.get("durata_mesi") or 12)
    start = _start(ctx)
    end = add_months(start, months) - dt.timedelta(days=1)
    voci = {k: money(v) for k, v in (pr.get("voci") or {}).items()}
    costi = money(pr.get("costi_ammissibili") or sum(voci.values(), Decimal(0)))
    contributo = money(pr.get("contributo_richiesto") or 0)
    day = ctx.data_invio.date() - dt.timedelta(days=5)

    def story() -> list:
        s: list = []
        s.append(th.title("PROGETTO DI SVILUPPO DELLE COMPETENZE – LINEA 1", 13))
        s.append(th.p(f"<b>{esc(BANDO)}</b>", 9.5, "center", space=1))
        s.append(th.p(esc(PROGRAMMA), 8, "center", space=8))
        s.append(th.heading("1. Soggetto proponente"))
        s.append(kv_table([
            ("Ragione sociale", f"<b>{esc(co.name)}</b>"),
            ("Codice fiscale / Partita IVA", f"{esc(co.codice_fiscale)} / {esc(co.piva)}"),
            ("Sede operativa", esc(f"{co.street}, {co.cap} {co.comune} ({co.prov})")),
            ("Dimensione d'impresa", esc(str(ctx.imp.get("dimensione", "")).capitalize() + " impresa")),
            ("Legale rappresentante", esc(rep.full)),
            ("Referente del progetto", f"{TUTOR[0]}, {TUTOR[1]}"),
        ], [55 * mm, TEXT_W - 55 * mm], th.font, th.size - 0.5, grid=st == 1))
        s.append(th.heading("2. Ambiti di intervento (S3)"))
        for a in ambiti:
            what = AMBITI.get(a.lower(), "sviluppo delle competenze del personale")
            s.append(th.p(f"– <b>{esc(a)}</b>: {esc(what)};", indent=4 * mm))
        s.append(th.heading("3. Analisi dei fabbisogni"))
        s.append(th.p(f"L'analisi dei fabbisogni di competenze, condotta tra {fmt_date(day - dt.timedelta(days=60))} "
                      f"e {fmt_date(day - dt.timedelta(days=20))} con interviste ai responsabili di reparto e un "
                      "questionario a tutto il personale, ha evidenziato che solo il 18% degli addetti utilizza "
                      "in autonomia strumenti di analisi dei dati di produzione e che nessuna figura interna "
                      "presidia in modo strutturato i temi della transizione digitale ed ecologica. Le aree "
                      "prioritarie emerse sono la gestione dei dati, la progettazione sostenibile e il "
                      "cambiamento organizzativo."))
        s.append(th.heading("4. Piano d'azione"))
        rows = [["Azione", "Contenuto", "Destinatari", "Ore"]]
        rows.append(["A1 – Formazione avanzata", "Corso specialistico e master executive sui temi degli ambiti "
                     "indicati", "8 tecnici e quadri", "120"])
        rows.append(["A2 – Coaching", "Percorsi individuali per i responsabili di reparto", "4 responsabili", "40"])
        rows.append(["A3 – Mentoring", "Affiancamento sul campo da parte di esperti esterni", "6 addetti", "36"])
        rows.append(["A4 – Innovation Manager", "Supporto alla trasformazione organizzativa e alla roadmap "
                     "di innovazione", "Direzione", "60"])
        s.append(table(rows, [42 * mm, 78 * mm, 34 * mm, 20 * mm], th.font, 8, align_right=(3,)))
        if not tw.get("senza_cronoprogramma"):
            s.append(CondPageBreak(50 * mm))
            s.append(th.heading("5. Cronoprogramma"))
            s.append(th.p(f"Avvio previsto il {fmt_date(start)}, conclusione entro il {fmt_date(end)} "
                          f"({months} mesi)."))
            quarters = max(1, (months + 2) // 3)
            head = ["Azione"] + [f"T{q + 1}" for q in range(quarters)]
            crono = [head]
            spans = {"A1 – Formazione avanzata": (0, max(1, quarters - 1)), "A2 – Coaching": (1, quarters),
                     "A3 – Mentoring": (1, quarters), "A4 – Innovation Manager": (0, quarters)}
            for name, (a, b) in spans.items():
                crono.append([name] + ["X" if a <= q < b else "" for q in range(quarters)])
            width = (TEXT_W - 50 * mm) / quarters
            s.append(table(crono, [50 * mm] + [width] * quarters, th.font, 7.5))
        s.append(CondPageBreak(60 * mm))
        s.append(th.heading("6. Budget" if not tw.get("senza_cronoprogramma") else "5. Budget"))
        brows = [["Voce di spesa", "Importo"]]
        for k, v in voci.items():
            brows.append([esc(VOCI.get(k, k.replace("_", " ").capitalize())), fmt_eur(v)])
        brows.append(["<b>Totale costi ammissibili</b>", f"<b>{fmt_eur(costi)}</b>"])
        share = (contributo / costi * 100).quantize(Decimal("0.1")) if costi else Decimal(0)
        brows.append([f"Contributo richiesto ({str(share).replace('.', ',')}% dei costi ammissibili)",
                      fmt_eur(contributo)])
        brows.append(["Cofinanziamento a carico dell'impresa", fmt_eur(costi - contributo)])
        s.append(table(brows, [120 * mm, 40 * mm], th.font, 8.5, align_right=(1,)))
        s.extend(_signatures(co, rep, day, th))
        return s

    def deco(c: Canvas, page: int, total: int) -> None:
        _header(c, th, "Competenze & Innovazione – Linea 1", co.name, page, total)

    flow(c, story, [frame_below(24 * mm)] * 2, deco)


# ----------------------------------------------------------------------------- Linea 2

def _apprentice(ctx: Ctx, tw: dict[str, Any]) -> Person:
    return ctx.worker(ctx.participant(tw.get("partecipante", 0)))


def _hired(ctx: Ctx, tw: dict[str, Any]) -> dt.date:
    p = ctx.participant(tw.get("partecipante", 0))
    value = p.get("data_assunzione")
    return value if isinstance(value, dt.date) else _start(ctx)


def draw_piano_formativo_individuale(c: Canvas, ctx: Ctx, st: int, tw: dict[str, Any]) -> None:
    th = REGIONE if st == 0 else TIMES_CAPS
    co, rep = ctx.company, ctx.rep
    w = _apprentice(ctx, tw)
    hired = _hired(ctx, tw)
    months = int(_progetto(ctx).get("durata_mesi") or 24)
    percorso = tw.get("percorso", "Master universitario di II livello in Industrial Internet of Things")

    def story() -> list:
        s: list = []
        s.append(th.title("PIANO FORMATIVO INDIVIDUALE", 13))
        s.append(th.p("Apprendistato di alta formazione e ricerca (art. 45 D.Lgs. 15 giugno 2015, n. 81 e "
                      "D.M. 12 ottobre 2015)", 9, "center", space=2))
        s.append(th.p(f"{esc(BANDO)} – Linea 2", 8.5, "center", space=8))
        s.append(th.heading("Sezione 1 – Datore di lavoro"))
        s.append(kv_table([
            ("Ragione sociale", esc(co.name)), ("Codice fiscale", esc(co.codice_fiscale)),
            ("Sede di lavoro", esc(f"{co.street}, {co.cap} {co.comune} ({co.prov})")),
            ("Tutor aziendale", f"{TUTOR[0]}, {TUTOR[1]}"),
        ], [55 * mm, TEXT_W - 55 * mm], th.font, th.size - 0.5))
        s.append(th.heading("Sezione 2 – Apprendista"))
        s.append(kv_table([
            ("Cognome e nome", f"<b>{esc(w.cognome.upper())} {esc(w.nome.upper())}</b>"),
            ("Codice fiscale", f"<b>{esc(w.cf)}</b>"),
            ("Data e luogo di nascita", f"{fmt_date(w.birth) if w.birth else ''}, {esc(w.birth_comune)}"),
            ("Data di assunzione", fmt_date(hired)),
            ("Titolo di studio posseduto", "Laurea magistrale in Ingegneria meccatronica"),
        ], [55 * mm, TEXT_W - 55 * mm], th.font, th.size - 0.5))
        s.append(th.heading("Sezione 3 – Istituzione formativa"))
        s.append(kv_table([
            ("Istituzione formativa", esc(UNIVERSITA.name)),
            ("Struttura", esc(UNIVERSITA.extra["dipartimento"])),
            ("Percorso", f"<b>{esc(percorso)}</b>"),
            ("Tutor formativo (accademico)", "Prof.ssa Chiara Locatelli"),
        ], [55 * mm, TEXT_W - 55 * mm], th.font, th.size - 0.5))
        s.append(th.heading("Sezione 4 – Obiettivi formativi e articolazione"))
        s.append(th.p(f"Durata del contratto di apprendistato: {months} mesi dal {fmt_date(hired)}. "
                      "Obiettivi formativi: progettazione di architetture IoT per il monitoraggio delle linee, "
                      "analisi dei dati di processo, sicurezza dei sistemi connessi."))
        s.append(table([["Attività", "Ore", "Sede"],
                        ["Formazione esterna presso l'istituzione formativa", "400", "Università"],
                        ["Formazione interna con il tutor aziendale", "260", "Impresa"],
                        ["Project work e tesi", "140", "Impresa / Università"]],
                       [100 * mm, 20 * mm, 50 * mm], th.font, 8.5, align_right=(1,)))
        s.append(th.p("Crediti formativi riconosciuti: 60 CFU. Le ore di formazione interna ed esterna sono "
                      "registrate nel dossier individuale dell'apprendista.", space=6))
        s.append(SignatureBlock(f"{esc(co.comune)}, {fmt_date(hired - dt.timedelta(days=7))}",
                                "Il datore di lavoro", rep.full, font=th.font))
        s.append(SignatureBlock("", "L'apprendista", w.full, font=th.font))
        s.append(SignatureBlock("", "Il tutor formativo", "Prof.ssa Chiara Locatelli", font=th.font))
        return s

    def deco(c: Canvas, page: int, total: int) -> None:
        _header(c, th, "Piano formativo individuale – apprendistato art. 45", w.full, page, total)

    flow(c, story, [frame_below(24 * mm)] * 2, deco)


def draw_contratto_apprendistato(c: Canvas, ctx: Ctx, st: int, tw: dict[str, Any]) -> None:
    th = CONSULENTE if st == 0 else TIMES_CAPS
    co, rep = ctx.company, ctx.rep
    w = _apprentice(ctx, tw)
    hired = _hired(ctx, tw)
    months = int(_progetto(ctx).get("durata_mesi") or 24)
    professionalizzante = tw.get("tipo") == "professionalizzante"
    kind = ("APPRENDISTATO PROFESSIONALIZZANTE" if professionalizzante
            else "APPRENDISTATO DI ALTA FORMAZIONE E RICERCA")
    article = "art. 44" if professionalizzante else "art. 45"

    def story() -> list:
        s: list = []
        s.append(th.title(f"CONTRATTO INDIVIDUALE DI {kind}", 12.5))
        s.append(th.p(f"({article} del D.Lgs. 15 giugno 2015, n. 81)", 9, "center", space=8))
        s.append(th.p(f"Tra <b>{esc(co.name)}</b>, con sede in {esc(co.street)}, {esc(co.cap)} {esc(co.comune)} "
                      f"({esc(co.prov)}), codice fiscale {esc(co.codice_fiscale)}, in persona del legale "
                      f"rappresentante {esc(rep.full)} (di seguito «l'Azienda»)"))
        s.append(th.p(f"e <b>{esc(w.full)}</b>, {w.nato} a {esc(w.birth_comune)} il "
                      f"{fmt_date(w.birth) if w.birth else ''}, codice fiscale <b>{esc(w.cf)}</b>, residente in "
                      f"{esc(w.street)}, {esc(w.cap)} {esc(w.comune)} (di seguito «l'Apprendista»)"))
        s.append(th.p("si conviene e si stipula quanto segue.", space=6))
        clauses = [
            ("Art. 1 – Assunzione", f"L'Azienda assume l'Apprendista con contratto di {kind.lower()} ai sensi "
             f"dell'{article} del D.Lgs. 81/2015, con decorrenza dal {fmt_date(hired)}."),
            ("Art. 2 – Percorso formativo", "Master universitario di II livello in Industrial Internet of Things "
             f"presso {UNIVERSITA.name}, secondo il piano formativo individuale allegato, parte integrante del "
             "presente contratto." if not professionalizzante else
             "Formazione per l'acquisizione della qualifica contrattuale di tecnico di automazione, secondo il "
             "piano formativo individuale allegato."),
            ("Art. 3 – Durata", f"Il periodo di apprendistato ha durata di {months} mesi; al termine le parti "
             "possono recedere ai sensi dell'art. 2118 c.c."),
            ("Art. 4 – Inquadramento e retribuzione", "CCNL Metalmeccanica Industria, livello D1 (inquadramento "
             "finale C3); retribuzione secondo le percentuali previste dal CCNL per l'apprendistato."),
            ("Art. 5 – Tutor aziendale", f"{TUTOR[0]}, {TUTOR[1]}."),
            ("Art. 6 – Periodo di prova", "Un mese di effettivo servizio."),
        ]
        for head, body in clauses:
            s.append(th.p(f"<b>{esc(head)}</b>"))
            s.append(th.p(esc(body)))
        s.append(SignatureBlock(f"{esc(co.comune)}, {fmt_date(hired - dt.timedelta(days=3))}", "Per l'Azienda",
                                rep.full, font=th.font))
        s.append(SignatureBlock("", "L'Apprendista", w.full, font=th.font))
        return s

    def deco(c: Canvas, page: int, total: int) -> None:
        _header(c, th, co.name, "Contratto individuale", page, total)

    flow(c, story, [frame_below(24 * mm)] * 2, deco)


def draw_protocollo_intesa(c: Canvas, ctx: Ctx, st: int, tw: dict[str, Any]) -> None:
    th = TIMES_CAPS if st == 0 else REGIONE
    co, rep = ctx.company, ctx.rep
    day = _start(ctx) - dt.timedelta(days=40)

    def story() -> list:
        s: list = []
        s.append(th.title("PROTOCOLLO D'INTESA", 13))
        s.append(th.p("per l'attivazione di percorsi di apprendistato di alta formazione e ricerca", 10,
                      "center", space=8))
        s.append(th.p(f"tra <b>{esc(UNIVERSITA.name)}</b> – {esc(UNIVERSITA.extra['dipartimento'])}, con sede in "
                      f"{esc(UNIVERSITA.street)}, {esc(UNIVERSITA.cap)} {esc(UNIVERSITA.comune)}, codice fiscale "
                      f"{esc(UNIVERSITA.codice_fiscale)}, partita IVA {esc(UNIVERSITA.piva)}, rappresentata dal "
                      f"Rettore {esc(UNIVERSITA.extra['rettore'])}"))
        s.append(th.p(f"e <b>{esc(co.name)}</b>, con sede operativa in {esc(co.street)}, {esc(co.cap)} "
                      f"{esc(co.comune)} ({esc(co.prov)}), codice fiscale {esc(co.codice_fiscale)}, partita IVA "
                      f"{esc(co.piva)}, rappresentata dal legale rappresentante {esc(rep.full)}", space=6))
        s.append(th.heading("Premesso che"))
        for line in ("l'art. 45 del D.Lgs. 15 giugno 2015, n. 81 disciplina l'apprendistato di alta formazione "
                     "e ricerca e il D.M. 12 ottobre 2015 ne definisce gli standard formativi;",
                     f"l'impresa intende assumere giovani laureati con contratto di apprendistato nell'ambito del "
                     f"{BANDO}, Linea 2;",
                     "l'Università è disponibile a progettare ed erogare la formazione esterna e a nominare i "
                     "tutor formativi;"):
            s.append(th.p(f"– {esc(line)}", indent=4 * mm))
        s.append(th.p("<b>le parti convengono quanto segue.</b>", space=4))
        for head, body in (
                ("Art. 1 – Oggetto", "Il presente protocollo regola la collaborazione tra le parti per la "
                 "progettazione e la realizzazione dei percorsi di apprendistato di alta formazione e ricerca."),
                ("Art. 2 – Impegni dell'Università", "Definire con l'impresa il piano formativo individuale, "
                 "erogare la formazione esterna, nominare il tutor formativo, certificare le competenze acquisite."),
                ("Art. 3 – Impegni dell'impresa", "Assumere l'apprendista, garantire la formazione interna e il "
                 "tutor aziendale, consentire la frequenza delle attività didattiche."),
                ("Art. 4 – Durata", "Tre anni dalla sottoscrizione, rinnovabile per iscritto.")):
            s.append(th.p(f"<b>{esc(head)}</b>"))
            s.append(th.p(esc(body)))
        s.append(SignatureBlock(f"Bergamo, {fmt_date(day)}", "Per l'Università", UNIVERSITA.extra["rettore"],
                                font=th.font))
        s.append(SignatureBlock("", f"Per {esc(co.name)}", rep.full, font=th.font))
        return s

    def deco(c: Canvas, page: int, total: int) -> None:
        _header(c, th, UNIVERSITA.name, "Protocollo d'intesa", page, total)

    flow(c, story, [frame_below(24 * mm)] * 2, deco)


Draw = Callable[[Canvas, Ctx, int, dict[str, Any]], None]
REGISTRY: dict[str, tuple[Draw, int, frozenset[str], str]] = {
    "progetto_linea1": (draw_progetto_linea1, 2, frozenset({"senza_cronoprogramma"}),
                        "Progetto Linea 1 - Competenze e Innovazione"),
    "piano_formativo_individuale": (draw_piano_formativo_individuale, 2, frozenset({"partecipante", "percorso"}),
                                    "Piano formativo individuale"),
    "contratto_apprendistato": (draw_contratto_apprendistato, 2, frozenset({"partecipante", "tipo"}),
                                "Contratto di apprendistato"),
    "protocollo_intesa": (draw_protocollo_intesa, 2, frozenset(), "Protocollo d'intesa"),
}


def render_ci2(doctype: str, data: dict[str, Any], style: int = 0, **tweaks: Any) -> bytes:
    """One ci2 document as PDF bytes (reportlab invariant mode, deterministic)."""
    draw, styles, allowed, title = REGISTRY[doctype]
    if not 0 <= style < styles:
        raise ValueError(f"{doctype} has styles 0..{styles - 1}, not {style}")
    unknown = set(tweaks) - allowed
    if unknown:
        raise ValueError(f"{doctype}: unknown tweak(s) {sorted(unknown)}; allowed: {sorted(allowed)}")
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        buf = io.BytesIO()
        c = new_canvas(buf)
        c.setTitle(title)
        c.setAuthor("")
        c.setCreator("")
        draw(c, Ctx(data), style, dict(tweaks))
        c.save()
    finally:
        rl_config.useA85 = saved
    return buf.getvalue()


__all__ = ["COMUNI", "REGISTRY", "render_ci2"]
