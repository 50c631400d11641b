"""Courtesy PDF copy of the training provider's electronic invoice, with the wording the
call requires (SPEC 5.3), laid out as three different invoicing programs do it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Spacer, Table, TableStyle

from .common import (
    MARGIN,
    PAGE_H,
    PAGE_W,
    Wrapped,
    as_date,
    draw_wrapped,
    esc,
    flow,
    fmt_date,
    fmt_eur,
    fmt_num,
    frame_below,
    group4,
    hline,
    kv_table,
    logo_mark,
    money,
    seeded,
    style,
    table,
    text,
)
from .forms import CUP
from .model import Ctx

TEXT_W = PAGE_W - 2 * MARGIN
ESENZIONE = "N4 - Esente art. 10, c. 1, n. 20, D.P.R. 633/72"
BOLLO_NOTE = "Imposta di bollo assolta in modo virtuale ai sensi dell'art. 6 del D.M. 17 giugno 2014"


def swap_digits(code: str) -> str:
    """Swap the first pair of different adjacent digits after position 8 (E84D26004370009 -> ...4730009)."""
    chars = list(code)
    for i in range(9, len(chars) - 1):
        if chars[i].isdigit() and chars[i + 1].isdigit() and chars[i] != chars[i + 1]:
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
            break
    return "".join(chars)


def wording(ctx: Ctx, st: int, tw: dict[str, Any], qp: Decimal, qpr: Decimal) -> str:
    """The mandatory sentence, with the small variations real issuers introduce."""
    corso = ctx.corso
    n_dgr = ["n°", "n.", "nº"][st % 3]
    n_vou = ["n.", "n.", "n°"][st % 3]
    dash = ["–", "-", "–"][st % 3]
    cup = tw.get("cup") or (swap_digits(CUP) if tw.get("cup_swap") else CUP)
    id_voucher = tw.get("id_voucher") or corso.get("id_voucher", "")
    titolo = tw.get("titolo") or corso.get("titolo", "")
    quoted = f"«{titolo}»" if st == 1 else titolo
    parts = [
        "Spesa sostenuta a valere sull'Avviso Pubblico per l'assegnazione di voucher aziendali a Catalogo per "
        "interventi di Formazione Continua a valere sul PR Lombardia FSE+ 2021-2027 di cui alla DGR "
        f"{n_dgr} XII/6232 del 28 Maggio 2026 {dash} Quarta Edizione {dash} CUP {cup} ID VOUCHER {n_vou} {id_voucher}",
    ]
    if not tw.get("senza_id_edizione"):
        parts.append(f", ID EDIZIONE n. {corso.get('id_edizione', '')}")
    parts.append(f" e Titolo Corso {quoted}")
    if not tw.get("senza_quote"):
        parts.append(f", quota finanziamento pubblico {fmt_eur(qp)} e quota finanziamento privato {fmt_eur(qpr)}")
    return "".join(parts) + "."


def _figures(ctx: Ctx, st: int, tw: dict[str, Any]) -> dict[str, Any]:
    f = ctx.fattura
    imponibile = money(tw.get("imponibile", f["imponibile"]))
    qp = money(f["quota_pubblica"])
    qpr = money(f["quota_privata"]) if "imponibile" not in tw else imponibile - qp
    if "iva" in tw:
        vat = bool(tw["iva"])
    elif f.get("totale") is not None:
        vat = abs(money(f["totale"]) - money(imponibile * Decimal("1.22"))) < Decimal("0.02")
    else:
        vat = st == 1
    iva = money(imponibile * Decimal("0.22")) if vat else Decimal("0.00")
    bollo = Decimal("2.00") if (not vat and imponibile > Decimal("77.47") and tw.get("bollo", True)) else Decimal("0")
    return {"numero": tw.get("numero", f["numero"]), "data": as_date(tw.get("data", f["data"])),
            "imponibile": imponibile, "qp": qp, "qpr": qpr, "vat": vat, "iva": iva, "bollo": bollo,
            "totale": imponibile + iva + bollo}


def _description(ctx: Ctx, tw: dict[str, Any]) -> str:
    if tw.get("descrizione"):
        return str(tw["descrizione"])
    corso = ctx.corso
    names = ", ".join(f"{p.get('cognome', '')} {p.get('nome', '')}" for p in ctx.participants)
    titolo = tw.get("titolo") or corso.get("titolo", "")
    return (f"Corso di formazione «{titolo}» – {fmt_num(corso.get('ore', 0), 0)} ore – ID corso "
            f"{corso.get('id_corso', '')} – ID edizione {corso.get('id_edizione', '')} – svolto dal "
            f"{fmt_date(ctx.course_start_actual)} al {fmt_date(ctx.course_end)} – partecipanti: {names}")


def draw_fattura(c: Canvas, ctx: Ctx, st: int, tw: dict[str, Any]) -> None:
    prov, co = ctx.provider, ctx.company
    fg = _figures(ctx, st, tw)
    desc = _description(ctx, tw)
    note = "" if tw.get("senza_dicitura") else wording(ctx, st, tw, fg["qp"], fg["qpr"])
    rng = seeded("sdi", co.piva)
    sdi_code = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(7))
    due = fg["data"] + dt.timedelta(days=30)
    vat_label = "22%" if fg["vat"] else "N4"
    pay = (f"MP05 Bonifico – IBAN {prov.iban} – scadenza {fmt_date(due)}")
    courtesy = ("Copia di cortesia: il documento fiscalmente valido è il file XML trasmesso tramite il Sistema di "
                "Interscambio (SdI) e disponibile nell'area riservata del cessionario.")

    if st == 0:
        accent = colors.HexColor("#0F6CBD")

        def story_cloud() -> list:
            s: list = []
            head = Table([[
                _para(f"<b>Cedente / prestatore</b><br/>{esc(prov.name)}<br/>{esc(prov.street)}<br/>"
                      f"{esc(prov.city_line)}<br/>P.IVA IT{esc(prov.piva)} – C.F. {esc(prov.piva)}<br/>"
                      f"REA {esc(prov.rea)} – Cap. soc. {esc(prov.capitale)}", 8.5),
                _para(f"<b>Cessionario / committente</b><br/>{esc(co.name)}<br/>{esc(co.street)}<br/>"
                      f"{esc(co.city_line)}<br/>P.IVA IT{esc(co.piva)} – C.F. {esc(co.codice_fiscale)}<br/>"
                      f"Codice destinatario {sdi_code} – PEC {esc(co.pec)}", 8.5),
            ]], colWidths=[TEXT_W / 2, TEXT_W / 2])
            head.setStyle(TableStyle([("BOX", (1, 0), (1, 0), 0.6, accent), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                      ("LEFTPADDING", (0, 0), (-1, -1), 4)]))
            s.append(head)
            s.append(Spacer(1, 5 * mm))
            s.append(kv_table([("Tipo documento", "TD01 – Fattura"), ("Numero", f"<b>{esc(fg['numero'])}</b>"),
                               ("Data", fmt_date(fg["data"]))], [35 * mm, 60 * mm], "Helvetica", 9, grid=True))
            s.append(Spacer(1, 5 * mm))
            rows = [["Descrizione", "Q.tà", "Prezzo unitario", "IVA", "Importo"],
                    [esc(desc), "1,00", fmt_num(fg["imponibile"]), vat_label, fmt_num(fg["imponibile"])]]
            s.append(table(rows, [95 * mm, 14 * mm, 26 * mm, 14 * mm, TEXT_W - 149 * mm], "Helvetica", 8.5,
                           align_right=(1, 2, 4), head_bg=colors.HexColor("#DCEAF7")))
            s.append(Spacer(1, 4 * mm))
            if note:
                s.append(_para("<b>Note</b>", 8.5))
                box_w = TEXT_W * 0.62
                t = Table([[Wrapped(note, "Helvetica", 8.2, 10.2)]], colWidths=[box_w])
                t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.grey),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]))
                t.hAlign = "LEFT"
                s.append(t)
                s.append(Spacer(1, 4 * mm))
            summary = [("Imponibile" if fg["vat"] else "Totale operazioni esenti (N4)", fmt_eur(fg["imponibile"])),
                       ("IVA 22%" if fg["vat"] else "IVA", fmt_eur(fg["iva"]))]
            if fg["bollo"]:
                summary.append(("Bollo virtuale", fmt_eur(fg["bollo"])))
            summary += [("<b>Totale documento</b>", f"<b>{fmt_eur(fg['totale'])}</b>"),
                        ("<b>Netto a pagare</b>", f"<b>{fmt_eur(fg['totale'])}</b>")]
            t = kv_table(summary, [45 * mm, 30 * mm], "Helvetica", 9, grid=True)
            t.hAlign = "RIGHT"
            s.append(t)
            s.append(Spacer(1, 4 * mm))
            if not fg["vat"]:
                s.append(_para(f"Operazione esente IVA: {ESENZIONE}. " + (BOLLO_NOTE + "." if fg["bollo"] else ""),
                               7.5))
            s.append(_para(f"Pagamento: {esc(pay)}", 8))
            return s

        def deco_cloud(c: Canvas, page: int, total: int) -> None:
            logo_mark(c, MARGIN, PAGE_H - 25 * mm, 11 * mm, accent, "circle", "FL")
            text(c, MARGIN + 14 * mm, PAGE_H - 17 * mm, prov.name, "Helvetica-Bold", 13, accent)
            text(c, MARGIN + 14 * mm, PAGE_H - 22 * mm, "Ente accreditato Regione Lombardia – Formazione continua",
                 "Helvetica", 7.5, colors.grey)
            text(c, PAGE_W - MARGIN, PAGE_H - 17 * mm, f"FATTURA N. {fg['numero']}", "Helvetica-Bold", 12,
                 align="right")
            text(c, PAGE_W - MARGIN, PAGE_H - 22 * mm, f"del {fmt_date(fg['data'])}", "Helvetica", 9, align="right")
            hline(c, MARGIN, PAGE_W - MARGIN, 18 * mm, 0.3, colors.grey)
            draw_wrapped(c, MARGIN, 14.5 * mm, courtesy, "Helvetica", 6.5, TEXT_W - 30 * mm, 8)
            text(c, PAGE_W - MARGIN, 14.5 * mm, f"Pagina {page} di {total}", "Helvetica", 7, align="right")
            text(c, MARGIN, 8 * mm, "Generata con FattureSmart – fatturazione elettronica", "Helvetica", 6,
                 colors.grey)

        flow(c, story_cloud, [frame_below(32 * mm, 24 * mm)] * 2, deco_cloud)
        return

    if st == 1:
        def story_word() -> list:
            s: list = []
            s.append(_para(f"Spett.le<br/><b>{esc(co.name)}</b><br/>{esc(co.street)}<br/>{esc(co.city_line)}<br/>"
                           f"P.IVA {esc(co.piva)}", 10, font="Times-Roman", indent=95 * mm))
            s.append(Spacer(1, 6 * mm))
            s.append(_para(f"<b>Fattura n. {esc(fg['numero'])}</b> del {fmt_date(fg['data'], 'long')}", 12,
                           font="Times-Roman"))
            s.append(Spacer(1, 4 * mm))
            s.append(_para(f"<b>Oggetto:</b> {esc(desc)}", 10, font="Times-Roman"))
            s.append(Spacer(1, 3 * mm))
            rows = [["Descrizione", "Imponibile", "Aliquota", "Imposta"],
                    ["Quota di iscrizione al percorso formativo (intero costo, comprensivo della quota di "
                     "cofinanziamento)", fmt_num(fg["imponibile"]), "22%" if fg["vat"] else "Esente",
                     fmt_num(fg["iva"])]]
            if fg["bollo"]:
                rows.append(["Rimborso imposta di bollo (art. 15 D.P.R. 633/72)", fmt_num(fg["bollo"]),
                             "Escl. art. 15", "0,00"])
            s.append(table(rows, [95 * mm, 28 * mm, 22 * mm, TEXT_W - 145 * mm], "Times-Roman", 9.5,
                           align_right=(1, 3), head_bg=colors.white))
            s.append(Spacer(1, 3 * mm))
            t = kv_table([("Totale imponibile", fmt_eur(fg["imponibile"])), ("Totale IVA", fmt_eur(fg["iva"])),
                          ("TOTALE FATTURA", f"<b>{fmt_eur(fg['totale'])}</b>")], [45 * mm, 32 * mm],
                         "Times-Roman", 10)
            t.hAlign = "RIGHT"
            s.append(t)
            s.append(Spacer(1, 5 * mm))
            if note:
                s.append(Wrapped(note, "Times-Roman", 10, 12.5, hyphenate=True, space_after=4 * mm))
            if not fg["vat"]:
                s.append(_para(f"Operazione esente IVA ai sensi dell'art. 10, comma 1, n. 20 del D.P.R. 633/1972. "
                               f"{BOLLO_NOTE + ' (€ 2,00).' if fg['bollo'] else ''}", 9, font="Times-Italic"))
            s.append(_para(f"Modalità di pagamento: bonifico bancario a 30 giorni data fattura sul conto IBAN "
                           f"{group4(prov.iban)} intestato a {esc(prov.name.rstrip('.'))}.", 9.5, font="Times-Roman"))
            return s

        def deco_word(c: Canvas, page: int, total: int) -> None:
            text(c, PAGE_W / 2, PAGE_H - 16 * mm, prov.name.upper(), "Times-Bold", 15, align="center")
            text(c, PAGE_W / 2, PAGE_H - 21 * mm, f"{prov.street} – {prov.city_line} – Tel. {prov.phone} – "
                 f"{prov.email}", "Times-Roman", 8, align="center")
            text(c, PAGE_W / 2, PAGE_H - 25 * mm, f"P.IVA e C.F. {prov.piva} – PEC {prov.pec}", "Times-Roman", 8,
                 align="center")
            hline(c, MARGIN, PAGE_W - MARGIN, PAGE_H - 27 * mm, 0.5)
            draw_wrapped(c, MARGIN, 14 * mm, courtesy, "Times-Italic", 7, TEXT_W, 8.5)

        flow(c, story_word, [frame_below(34 * mm, 22 * mm)] * 2, deco_word)
        return

    # style 2: compact desktop invoicing program; the wording goes in the line description
    def story_desktop() -> list:
        s: list = []
        grey = colors.HexColor("#EFEFEF")
        head = Table([[
            _para(f"<b>{esc(prov.name)}</b><br/>{esc(prov.street)} – {esc(prov.city_line)}<br/>"
                  f"Partita IVA {esc(prov.piva)}<br/>{esc(prov.web)}", 8),
            _para(f"<b>Destinatario</b><br/>{esc(co.name)}<br/>{esc(co.address)}<br/>"
                  f"Partita IVA {esc(co.piva)} – Cod. Fisc. {esc(co.codice_fiscale)}", 8),
        ]], colWidths=[TEXT_W * 0.5, TEXT_W * 0.5])
        head.setStyle(TableStyle([("BACKGROUND", (1, 0), (1, 0), grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        s.append(head)
        s.append(Spacer(1, 4 * mm))
        s.append(table([["Documento", "Numero", "Data", "Cod. destinatario", "Pagamento"],
                        ["Fattura elettronica", esc(fg["numero"]), fmt_date(fg["data"], "dot"), sdi_code,
                         "Bonifico 30 gg d.f."]],
                       [38 * mm, 25 * mm, 25 * mm, 32 * mm, TEXT_W - 120 * mm], "Helvetica", 8))
        s.append(Spacer(1, 4 * mm))
        desc_cell = [Wrapped(desc, "Helvetica", 7.6, 9.4)]
        if note:
            desc_cell += [Spacer(1, 1.5 * mm), Wrapped(note, "Helvetica-Oblique", 7.6, 9.4)]
        rows = [[_para("<b>Cod.</b>", 7.5), _para("<b>Descrizione</b>", 7.5), _para("<b>Q.tà</b>", 7.5),
                 _para("<b>Prezzo</b>", 7.5), _para("<b>IVA</b>", 7.5), _para("<b>Importo</b>", 7.5)],
                [_para("FC-CAT", 7.5), desc_cell, _para("1", 7.5), _para(fmt_num(fg["imponibile"]), 7.5),
                 _para(vat_label, 7.5), _para(fmt_num(fg["imponibile"]), 7.5)]]
        t = Table(rows, colWidths=[16 * mm, 84 * mm, 12 * mm, 22 * mm, 14 * mm, TEXT_W - 148 * mm])
        t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, -1), (-1, -1), 0.4, colors.grey)]))
        s.append(t)
        s.append(Spacer(1, 4 * mm))
        riepilogo = [["Aliquota", "Natura", "Imponibile", "Imposta", "Riferimento normativo"],
                     ["22,00" if fg["vat"] else "0,00", "" if fg["vat"] else "N4", fmt_num(fg["imponibile"]),
                      fmt_num(fg["iva"]), "" if fg["vat"] else "Esente art. 10 n. 20 DPR 633/72"]]
        s.append(table(riepilogo, [20 * mm, 18 * mm, 28 * mm, 25 * mm, TEXT_W - 91 * mm], "Helvetica", 7.5,
                       align_right=(2, 3)))
        s.append(Spacer(1, 3 * mm))
        tot = [("Totale imponibile", fmt_num(fg["imponibile"])), ("Totale IVA", fmt_num(fg["iva"]))]
        if fg["bollo"]:
            tot.append(("Bollo", fmt_num(fg["bollo"])))
        tot.append(("<b>TOTALE DOCUMENTO EUR</b>", f"<b>{fmt_num(fg['totale'])}</b>"))
        t = kv_table(tot, [45 * mm, 28 * mm], "Helvetica", 8.5, grid=True)
        t.hAlign = "RIGHT"
        s.append(t)
        if fg["bollo"]:
            s.append(_para(BOLLO_NOTE + " – importo € 2,00.", 7))
        s.append(_para(f"Coordinate bancarie: {esc(prov.iban)} – BIC {esc(prov.bic)}", 7.5))
        return s

    def deco_desktop(c: Canvas, page: int, total: int) -> None:
        text(c, MARGIN, PAGE_H - 16 * mm, "FATTURA", "Helvetica-Bold", 16)
        text(c, PAGE_W - MARGIN, PAGE_H - 16 * mm, f"nr. {fg['numero']} del {fmt_date(fg['data'], 'dot')}",
             "Helvetica", 10, align="right")
        hline(c, MARGIN, PAGE_W - MARGIN, PAGE_H - 19 * mm, 1.2)
        draw_wrapped(c, MARGIN, 13 * mm, courtesy + " Documento creato con Gestionale Easy 2026.", "Helvetica", 6.2,
                     TEXT_W, 7.5)
        text(c, PAGE_W - MARGIN, 7 * mm, f"Pag. {page}/{total}", "Helvetica", 6.5, align="right")

    flow(c, story_desktop, [frame_below(26 * mm, 20 * mm)] * 2, deco_desktop)


def _para(markup: str, size: float, font: str = "Helvetica", indent: float = 0) -> Any:
    from reportlab.platypus import Paragraph

    return Paragraph(markup, style(f"inv{font}{size}{indent}", font, size, size * 1.3, leftIndent=indent))
