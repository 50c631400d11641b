"""Bank documents: IBAN certificate, transfer receipt (contabile), account statement."""

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
    MARGIN,
    PAGE_H,
    PAGE_W,
    SignatureBlock,
    box,
    break_iban_check_digits,
    draw_wrapped,
    esc,
    flow,
    fmt_date,
    fmt_eur,
    fmt_num,
    frame_below,
    group4,
    hline,
    iban_parts,
    kv_table,
    logo_mark,
    make_iban_it,
    money,
    seeded,
    table,
    text,
)
from .model import OTHER_BENEFICIARY, OTHER_COMPANY, Ctx, Party, bank_for_iban
from .theme import Theme

TEXT_W = PAGE_W - 2 * MARGIN
BANK_COLORS = {"05428": colors.HexColor("#0B3D91"), "03355": colors.HexColor("#006D5B"),
               "08431": colors.HexColor("#2E7D32")}


def _bank_color(b: Party) -> object:
    return BANK_COLORS.get(b.extra.get("abi", ""), colors.HexColor("#333366"))


def bank_letterhead(c: Canvas, b: Party, style: int) -> None:
    col = _bank_color(b)
    short = b.extra.get("short", b.name)
    if style == 0:
        initials = short if len(short) <= 3 else "".join(w[0] for w in short.split() if w[0].isupper())[:3]
        logo_mark(c, MARGIN, PAGE_H - 26 * mm, 13 * mm, col, "square", initials)
        text(c, MARGIN + 16 * mm, PAGE_H - 17 * mm, b.name, "Helvetica-Bold", 12, col)
        text(c, MARGIN + 16 * mm, PAGE_H - 22 * mm, b.extra.get("group", ""), "Helvetica", 7.5, colors.grey)
    elif style == 1:
        logo_mark(c, PAGE_W - MARGIN - 12 * mm, PAGE_H - 25 * mm, 12 * mm, col, "circle", short[:1])
        text(c, MARGIN, PAGE_H - 17 * mm, short.upper(), "Helvetica-Bold", 15, col)
        text(c, MARGIN, PAGE_H - 22 * mm, b.name, "Helvetica", 7.5)
        hline(c, MARGIN, PAGE_W - MARGIN, PAGE_H - 28 * mm, 1.2, col)
    else:
        logo_mark(c, MARGIN, PAGE_H - 25 * mm, 11 * mm, col, "diamond")
        text(c, MARGIN + 14 * mm, PAGE_H - 16 * mm, b.name, "Times-Bold", 11, col)
        text(c, MARGIN + 14 * mm, PAGE_H - 21 * mm, f"Sede: {b.street} - {b.city_line}", "Times-Roman", 8)
        text(c, MARGIN + 14 * mm, PAGE_H - 25 * mm, b.extra.get("group", ""), "Times-Italic", 7.5)


def bank_footer(c: Canvas, b: Party, style: int) -> None:
    font = "Times-Roman" if style == 2 else "Helvetica"
    lines = [
        f"{b.name} - Sede legale {b.street}, {b.city_line} - Codice fiscale e iscrizione al Registro delle "
        f"Imprese di {b.comune} n. {b.piva} - Partita IVA {b.piva}",
        f"Iscritta all'Albo delle Banche - Codice ABI {b.extra.get('abi', '')} - BIC {b.bic} - Aderente al Fondo "
        "Interbancario di Tutela dei Depositi e al Fondo Nazionale di Garanzia",
    ]
    hline(c, MARGIN, PAGE_W - MARGIN, 19 * mm, 0.3, colors.grey)
    y = 15.5 * mm
    for line in lines:
        y = draw_wrapped(c, MARGIN, y, line, font, 6.2, TEXT_W, 7.4)


# ------------------------------------------------------------------ IBAN certificate

def draw_certificazione_iban(c: Canvas, ctx: Ctx, st: int, tw: dict[str, Any]) -> None:
    co = ctx.company
    iban = str(tw.get("iban") or co.iban).replace(" ", "")
    cin, abi, cab, conto = iban_parts(iban)
    if tw.get("cin_errato"):
        wrong = chr((ord(cin) - ord("A") + 1) % 26 + ord("A"))
        iban = make_iban_it(abi, cab, conto, cin=wrong)  # mod-97 still right, CIN wrong
        cin = wrong
    if tw.get("check_errato"):
        iban = break_iban_check_digits(iban)
    holder: Party = co
    if tw.get("intestatario"):
        holder = tw["intestatario"] if isinstance(tw["intestatario"], Party) else OTHER_COMPANY
    b = bank_for_iban(iban, st)
    day = tw.get("data") or ctx.ref_date - dt.timedelta(days=19)
    filiale = {"05428": "Filiale di Bergamo - Città Alta", "03355": "Filiale Imprese Milano Centro",
               "08431": "Filiale di Erba"}.get(abi, f"Filiale di {co.comune}")
    holder_id = holder.codice_fiscale if holder.codice_fiscale == holder.piva else (
        f"{holder.codice_fiscale} / P.IVA {holder.piva}")
    ids = (f"codice fiscale e partita IVA {esc(holder.piva)}" if holder.codice_fiscale == holder.piva
           else f"codice fiscale {esc(holder.codice_fiscale)}, partita IVA {esc(holder.piva)}")

    def story() -> list:
        s: list = []
        if st == 0:
            th = Theme()
            s.append(th.p(f"Spett.le<br/><b>{esc(holder.name)}</b><br/>{esc(holder.street)}<br/>"
                          f"{esc(holder.city_line)}", 9.5, "left", space=12, indent=95 * mm))
            s.append(th.p(f"{esc(b.comune)}, {fmt_date(day, 'long')}", 9.5, "left", space=10))
            s.append(th.p("<b>Oggetto: attestazione di titolarità del conto corrente e coordinate bancarie "
                          "(IBAN)</b>", 9.5, "left", space=8))
            s.append(th.p("Su richiesta del cliente, con la presente si attesta che il rapporto di conto corrente "
                          f"n. {esc(conto)}, acceso presso la nostra {esc(filiale)}, risulta intestato a:", 9.5))
            s.append(th.p(f"<b>{esc(holder.name.upper())}</b> – codice fiscale {esc(holder_id)}", 10, "center",
                          space=6))
            s.append(th.p("e che le relative coordinate bancarie sono le seguenti:", 9.5))
            s.append(kv_table([("IBAN", f"<b>{group4(iban)}</b>"), ("BIC / SWIFT", esc(b.bic)),
                               ("Filiale", esc(filiale))], [35 * mm, 100 * mm], "Helvetica", 10, grid=True))
            s.append(Spacer(1, 5 * mm))
            s.append(th.p("La presente dichiarazione viene rilasciata su richiesta dell'interessato per gli usi "
                          "consentiti dalla legge e non costituisce attestazione di disponibilità o di "
                          "affidamento. Distinti saluti.", 9.5, space=14))
            s.append(SignatureBlock("", f"{esc(b.name)}", "Il Direttore di Filiale"))
        elif st == 1:
            th = Theme()
            s.append(th.title("DICHIARAZIONE COORDINATE BANCARIE", 13, "left"))
            s.append(th.p(f"Data di emissione: {fmt_date(day)}", 8.5, "left", space=8))
            s.append(th.p("Si dichiara che le coordinate del conto corrente sotto indicato, in essere presso la "
                          "scrivente Banca, sono le seguenti:", 9))
            rows = [("Intestatario del conto", f"<b>{esc(holder.name)}</b>"),
                    ("Codice fiscale / Partita IVA", esc(holder_id)),
                    ("Indirizzo", esc(holder.address)),
                    ("Codice IBAN", f"<b>{esc(iban)}</b>"),
                    ("Paese", iban[:2]), ("CIN EUR", iban[2:4]), ("CIN", esc(cin)), ("ABI", esc(abi)),
                    ("CAB", esc(cab)), ("Numero conto", esc(conto)), ("BIC", esc(b.bic)),
                    ("Dipendenza", esc(filiale))]
            s.append(kv_table(rows, [55 * mm, TEXT_W - 55 * mm], "Helvetica", 9, grid=True))
            s.append(Spacer(1, 6 * mm))
            s.append(th.p("Documento emesso su carta intestata della Banca. Le coordinate riportate identificano "
                          "univocamente il rapporto e sono valide per bonifici nazionali e area SEPA.", 8,
                          italic=True, space=10))
            s.append(SignatureBlock(f"{esc(b.comune)}, {fmt_date(day)}", "Timbro e firma della Banca",
                                    "Ufficio Servizi alla Clientela"))
        else:
            th = Theme("Times-Roman", "Times-Bold", "Times-Italic", 10.5)
            s.append(th.title("CERTIFICAZIONE DI TITOLARITÀ DEL RAPPORTO", 12))
            s.append(th.p(f"{esc(b.comune)}, lì {fmt_date(day, 'long')}", 10.5, "right", space=10))
            s.append(th.p(f"La sottoscritta {esc(b.name)}, {esc(filiale)}, certifica che il conto corrente "
                          f"identificato dal codice IBAN <b>{group4(iban)}</b> è intestato a "
                          f"<b>{esc(holder.name)}</b>, con sede in {esc(holder.street)}, {esc(holder.city_line)}, "
                          f"{ids}, e che alla data odierna il rapporto "
                          "risulta regolarmente in essere.", 10.5))
            s.append(th.p("Si rilascia la presente su richiesta dell'intestatario, ai fini della presentazione "
                          "della domanda di contributo a Regione Lombardia.", 10.5, space=18))
            s.append(SignatureBlock("", "Il Responsabile di Filiale", "(firma autorizzata)", font="Times-Roman"))
        return s

    def deco(c: Canvas, page: int, total: int) -> None:
        bank_letterhead(c, b, st)
        bank_footer(c, b, st)

    flow(c, story, [frame_below(40 * mm, 26 * mm)] * 2, deco)


# ------------------------------------------------------------------ transfer receipt

def _transfer(ctx: Ctx, tw: dict[str, Any]) -> dict[str, Any]:
    """The transfer to render: manifest values, defaults, then tweaks."""
    idx = int(tw.get("bonifico", 0))
    items = ctx.bonifici
    bon = dict(items[idx]) if idx < len(items) else {}
    fatt = ctx.fattura
    corso = ctx.corso
    bon.setdefault("data", fatt["data"] + dt.timedelta(days=10))
    bon.setdefault("importo", fatt.get("totale") or fatt["imponibile"])
    label = "Acconto" if len(items) > 1 and idx == 0 else "Saldo"
    causale = (f"{label} fattura n. {fatt['numero']} del {fmt_date(fatt['data'])} - corso "
               f"{corso.get('titolo', '')} ID corso {corso.get('id_corso', '')}")
    if tw.get("causale_senza_fattura"):
        causale = f"Corso {corso.get('titolo', '')} ID corso {corso.get('id_corso', '')} - quota a carico impresa"
    bon["causale"] = tw.get("causale", causale)
    if "importo" in tw:
        bon["importo"] = tw["importo"]
    bon["importo"] = money(bon["importo"])
    rng = seeded("bonifico", ctx.company.piva, bon["data"], idx)
    bon.setdefault("cro_trn", None)
    if not bon["cro_trn"]:
        _, abi, cab, _ = iban_parts(ctx.company.iban or "IT00X0000000000000000000000")
        bon["cro_trn"] = f"{abi}{cab}6{bon['data']:%y%m%d}{rng.randrange(10**10, 10**11)}IT"
    bon["ordine"] = f"{bon['data']:%Y%m%d}{rng.randrange(100000, 999999)}"
    return bon


def draw_ricevuta_bonifico(c: Canvas, ctx: Ctx, st: int, tw: dict[str, Any]) -> None:
    co = ctx.company
    bon = _transfer(ctx, tw)
    ordinante: Party = co
    if tw.get("ordinante"):
        ordinante = tw["ordinante"] if isinstance(tw["ordinante"], Party) else OTHER_COMPANY
    beneficiario: Party = ctx.provider
    if tw.get("beneficiario"):
        beneficiario = tw["beneficiario"] if isinstance(tw["beneficiario"], Party) else OTHER_BENEFICIARY
    b = bank_for_iban(ordinante.iban, st)
    ben_bank = bank_for_iban(beneficiario.iban, st)
    order_only = bool(tw.get("solo_ordine"))
    no_trn = bool(tw.get("senza_trn")) or order_only
    ref = str(bon["cro_trn"])
    if tw.get("cro"):
        ref = str(seeded("cro", ref).randrange(10**10, 10**11))
    is_cro = len(ref) == 11 and ref.isdigit()
    data_exec = bon["data"]
    amount = bon["importo"]

    def field_rows() -> list[tuple[str, str]]:
        rows = [
            ("Ordinante", f"<b>{esc(ordinante.name)}</b>"),
            ("Conto di addebito (IBAN)", esc(group4(ordinante.iban) if st == 1 else ordinante.iban)),
            ("Banca ordinante", esc(b.name)),
            ("Beneficiario", f"<b>{esc(beneficiario.name)}</b>"),
            ("IBAN beneficiario", esc(group4(beneficiario.iban) if st == 1 else beneficiario.iban)),
            ("Banca beneficiario", f"{esc(ben_bank.name)} - BIC {esc(ben_bank.bic)}"),
            ("Importo", f"<b>{fmt_eur(amount, 'EUR ')}</b>"),
            ("Commissioni", fmt_eur(Decimal("0.75") if st == 0 else Decimal("1.50"), "EUR ")),
            ("Data esecuzione" if not order_only else "Data esecuzione richiesta", fmt_date(data_exec)),
            ("Data valuta beneficiario", fmt_date(data_exec)),
            ("Causale", esc(bon["causale"])),
        ]
        return rows

    if st == 0:
        status = ("ESITO: ORDINE INSERITO - in attesa di autorizzazione" if order_only
                  else "Esito: ESEGUITO")
        ref_label = "CRO" if is_cro else "TRN"

        def story_orobica() -> list:
            th = Theme()
            s: list = [th.title("Bonifico SEPA - Dettaglio operazione", 13, "left", 6)]
            s.append(kv_table([("Stato disposizione", f"<b>{status}</b>"),
                               ("Numero ordine", bon["ordine"]),
                               ("Data e ora inserimento", f"{fmt_date(data_exec - dt.timedelta(days=1))} 17:42")],
                              [55 * mm, TEXT_W - 55 * mm], "Helvetica", 9, grid=True))
            s.append(Spacer(1, 4 * mm))
            rows = field_rows()
            if not no_trn:
                rows.insert(0, (ref_label, f"<b>{esc(ref)}</b>"))
            s.append(kv_table(rows, [55 * mm, TEXT_W - 55 * mm], "Helvetica", 9, grid=True))
            s.append(Spacer(1, 6 * mm))
            s.append(th.p("La presente ricevuta attesta l'esecuzione della disposizione alle condizioni indicate. "
                          "Il Codice di Riferimento dell'Operazione identifica univocamente il bonifico presso la "
                          "banca del beneficiario." if not order_only else
                          "ATTENZIONE: la disposizione non è ancora stata eseguita. L'ordine sarà trasmesso alla "
                          "banca del beneficiario solo dopo l'autorizzazione con il dispositivo di sicurezza.",
                          8, italic=True))
            return s

        def deco_orobica(c: Canvas, page: int, total: int) -> None:
            bank_letterhead(c, b, 0)
            text(c, PAGE_W - MARGIN, PAGE_H - 17 * mm, b.extra.get("portal", "Home banking"), "Helvetica-Bold",
                 9, _bank_color(b), "right")
            text(c, PAGE_W - MARGIN, PAGE_H - 22 * mm, f"Stampato il {fmt_date(data_exec)}", "Helvetica", 7,
                 colors.grey, "right")
            bank_footer(c, b, 0)

        flow(c, story_orobica, [frame_below(34 * mm, 26 * mm)] * 2, deco_orobica)
        return

    if st == 1:
        status = "Stato: Prenotato" if order_only else "Stato: Contabilizzato"
        ref_label = "CRO" if is_cro else "Riferimento operazione"

        def story_naviglio() -> list:
            th = Theme()
            s: list = [th.title("RICEVUTA DI BONIFICO", 12, "left", 2),
                       th.p(f"<b>{status}</b>", 10, "left", space=6)]
            rows = field_rows()
            if not no_trn:
                rows.append((ref_label, f"<b>{esc(ref)}</b>"))
            rows.append(("Identificativo disposizione", bon["ordine"]))
            s.append(kv_table(rows, [50 * mm, TEXT_W - 50 * mm], "Helvetica", 9, grid=False))
            s.append(Spacer(1, 8 * mm))
            s.append(th.p("Documento generato da " + esc(b.extra.get("portal", "Internet Banking")) +
                          ". Conservare la presente ricevuta per eventuali contestazioni.", 7.5, italic=True))
            return s

        def deco_naviglio(c: Canvas, page: int, total: int) -> None:
            bank_letterhead(c, b, 1)
            box(c, MARGIN - 2 * mm, 30 * mm, TEXT_W + 4 * mm, PAGE_H - 66 * mm, 0.4, colors.HexColor("#BBBBBB"),
                radius=3)
            bank_footer(c, b, 1)

        flow(c, story_naviglio, [frame_below(40 * mm, 34 * mm)] * 2, deco_naviglio)
        return

    # style 2: cooperative bank, typewriter-like contabile
    status = "BONIFICO DA FIRMARE - NON ANCORA INOLTRATO" if order_only else "BONIFICO SEPA ESEGUITO"

    def deco_rurale(c: Canvas, page: int, total: int) -> None:
        bank_letterhead(c, b, 2)
        bank_footer(c, b, 2)

    deco_rurale(c, 1, 1)
    y = PAGE_H - 40 * mm
    text(c, MARGIN, y, "CONTABILE DI ADDEBITO", "Courier-Bold", 12)
    y -= 7 * mm
    text(c, MARGIN, y, status, "Courier-Bold", 10)
    y -= 9 * mm
    lines = [
        ("DATA ESECUZIONE", fmt_date(data_exec, "dot")),
        ("DATA VALUTA", fmt_date(data_exec, "dot")),
        ("ORDINANTE", ordinante.name.upper()),
        ("IBAN ORDINANTE", ordinante.iban),
        ("BANCA ORDINANTE", b.name),
        ("BENEFICIARIO", beneficiario.name.upper()),
        ("IBAN BENEFICIARIO", beneficiario.iban),
        ("BIC BANCA BENEF.", ben_bank.bic),
        ("IMPORTO EUR", fmt_num(amount)),
        ("SPESE EUR", "1,00"),
        ("TOTALE ADDEBITO", fmt_num(amount + Decimal("1.00"))),
    ]
    if not no_trn:
        # this bank shows the interbank reference as the end-to-end identifier
        lines.append(("CRO" if is_cro else "ID END-TO-END", ref))
    for label, value in lines:
        text(c, MARGIN, y, f"{label:.<28}", "Courier", 9)
        text(c, MARGIN + 62 * mm, y, value, "Courier", 9)
        y -= 5 * mm
    text(c, MARGIN, y, f"{'CAUSALE':.<28}", "Courier", 9)
    draw_wrapped(c, MARGIN + 62 * mm, y, str(bon["causale"]).upper(), "Courier", 9, TEXT_W - 62 * mm, 5 * mm)
    y -= 22 * mm
    draw_wrapped(c, MARGIN, y, "Operazione disposta tramite " + b.extra.get("portal", "home banking") +
                 ". Il presente documento costituisce quietanza di addebito del conto indicato." if not order_only
                 else "La disposizione deve essere firmata dall'utente abilitato per essere inoltrata.",
                 "Courier", 7.5, TEXT_W, 9)
    c.showPage()


# ------------------------------------------------------------------ account statement

def _movements(ctx: Ctx, first: dt.date, last: dt.date, with_debit: bool,
               receipt: dict[str, Any]) -> list[tuple[dt.date, str, Decimal]]:
    """(date, description, signed amount) for the period, including the transfers to the provider;
    `receipt` holds the tweaks given to the transfer receipt, so both documents tell one story."""
    rng = seeded("movimenti", ctx.company.piva, first)
    out: list[tuple[dt.date, str, Decimal]] = []
    span = (last - first).days + 1
    templates = [
        ("ACCREDITO BONIFICO DA TECNOSTAMPI SRL - FT {n}", 1, 3200, 14500),
        ("ACCREDITO BONIFICO DA OMB VALVOLE SPA - SALDO FT {n}", 1, 2100, 9800),
        ("RI.BA. FORNITORE ACCIAI BERGAMO SRL EFF. N. {n}", -1, 900, 6400),
        ("ADDEBITO SDD FORNITURA ENERGIA ELETTRICA CONTRATTO {n}", -1, 1100, 2900),
        ("PAGAMENTO DELEGA F24 - ADDEBITO DIRETTO PROT. {n}", -1, 2800, 7400),
        ("DISPOSIZIONE STIPENDI - FLUSSO {n}", -1, 24000, 31000),
        ("PAGAMENTO POS CARTA AZIENDALE - CARBURANTI", -1, 60, 240),
        ("ADDEBITO CANONE SERVIZI ONLINE", -1, 12, 13),
        ("ACCREDITO BONIFICO DA ELETTROMECCANICA VALSERIANA - FT {n}", 1, 1500, 6000),
        ("BONIFICO A FAVORE DI TRASPORTI OROBICI SNC - FT {n}", -1, 450, 1900),
    ]
    bank_holidays = holidays.country_holidays("IT", years=range(first.year, last.year + 2))
    for i in range(12):
        tpl, sign, lo, hi = templates[i % len(templates)]
        day = first + dt.timedelta(days=rng.randrange(span))
        while day.weekday() >= 5 or day in bank_holidays:  # banks book on business days
            day += dt.timedelta(days=1)
        if day > last:
            continue
        amount = Decimal(rng.randrange(lo * 100, hi * 100)) / 100
        out.append((day, tpl.format(n=rng.randrange(100, 999)), sign * amount))
    if with_debit:
        beneficiary = receipt.get("beneficiario")
        name = (beneficiary.name if isinstance(beneficiary, Party) else OTHER_BENEFICIARY.name) if beneficiary \
            else ctx.provider.name
        keep = {k: v for k, v in receipt.items() if k in ("importo", "causale", "causale_senza_fattura")}
        for i, _ in enumerate(ctx.bonifici or [{}]):
            bon = _transfer(ctx, {"bonifico": i, **keep})
            if first <= bon["data"] <= last:
                trn = "" if receipt.get("senza_trn") else f" - TRN {bon['cro_trn']}"
                desc = f"BONIFICO SEPA A FAVORE DI {name.upper()}{trn} - {bon['causale'].upper()}"
                out.append((bon["data"], desc, -bon["importo"]))
                out.append((bon["data"], "COMMISSIONI SU BONIFICO SEPA", Decimal("-0.75")))
    out.sort(key=lambda m: (m[0], m[1]))
    return out


def draw_estratto_conto(c: Canvas, ctx: Ctx, st: int, tw: dict[str, Any]) -> None:
    co = ctx.company
    b = bank_for_iban(co.iban, st)
    _, abi, cab, conto = iban_parts(co.iban)
    transfers = ctx.bonifici or [_transfer(ctx, {})]
    pivot = transfers[-1]["data"] if ctx.bonifici else _transfer(ctx, {})["data"]
    if st == 0:
        first = tw.get("dal") or pivot.replace(day=1)
        last = tw.get("al") or (dt.date(first.year + (first.month == 12), first.month % 12 + 1, 1)
                                - dt.timedelta(days=1))
    else:
        first = tw.get("dal") or transfers[0]["data"] - dt.timedelta(days=20)
        last = tw.get("al") or pivot + dt.timedelta(days=12)
    moves = _movements(ctx, first, last, not tw.get("senza_addebito"), dict(tw.get("ricevuta") or {}))
    rng = seeded("saldo", co.piva, first)
    opening = Decimal(rng.randrange(3_500_000, 9_000_000)) / 100
    closing = opening + sum((m[2] for m in moves), Decimal(0))
    dare = sum((-m[2] for m in moves if m[2] < 0), Decimal(0))
    avere = sum((m[2] for m in moves if m[2] > 0), Decimal(0))

    if st == 0:
        def story_mensile() -> list:
            th = Theme()
            s: list = [th.title(f"ESTRATTO CONTO CORRENTE N. {first.month:02d}/{first.year}", 12, "left", 2)]
            s.append(kv_table([
                ("Intestatario", f"<b>{esc(co.name)}</b> – C.F./P.IVA {esc(co.piva)}"),
                ("Indirizzo", esc(co.address)),
                ("Conto corrente n.", f"{esc(conto)} – ABI {abi} CAB {cab}"),
                ("IBAN", f"<b>{esc(group4(co.iban))}</b>"),
                ("Periodo", f"dal {fmt_date(first)} al {fmt_date(last)}"),
            ], [40 * mm, TEXT_W - 40 * mm], "Helvetica", 8.5))
            s.append(Spacer(1, 4 * mm))
            rows = [["Data contabile", "Data valuta", "Descrizione operazione", "Dare (uscite)", "Avere (entrate)"],
                    ["", "", f"<b>SALDO INIZIALE AL {fmt_date(first - dt.timedelta(days=1))}</b>", "",
                     f"<b>{fmt_num(opening)}</b>"]]
            for day, desc, amount in moves:
                rows.append([fmt_date(day), fmt_date(day), esc(desc), fmt_num(-amount) if amount < 0 else "",
                             fmt_num(amount) if amount > 0 else ""])
            rows.append(["", "", "<b>TOTALE MOVIMENTI</b>", f"<b>{fmt_num(dare)}</b>", f"<b>{fmt_num(avere)}</b>"])
            rows.append(["", "", f"<b>SALDO FINALE AL {fmt_date(last)}</b>", "", f"<b>{fmt_num(closing)}</b>"])
            s.append(table(rows, [20 * mm, 20 * mm, TEXT_W - 88 * mm, 24 * mm, 24 * mm], "Helvetica", 7.5,
                           zebra=True, align_right=(3, 4)))
            s.append(Spacer(1, 5 * mm))
            s.append(th.p("Eventuali contestazioni devono essere presentate entro 60 giorni dal ricevimento. "
                          "In assenza di reclamo l'estratto conto si intende approvato (art. 119 D.Lgs. 385/1993).",
                          7.5, italic=True))
            return s

        def deco_mensile(c: Canvas, page: int, total: int) -> None:
            bank_letterhead(c, b, 0)
            text(c, PAGE_W - MARGIN, PAGE_H - 17 * mm, f"Pagina {page} di {total}", "Helvetica", 8,
                 align="right")
            bank_footer(c, b, 0)

        flow(c, story_mensile, [frame_below(34 * mm, 26 * mm)] * 2, deco_mensile)
        return

    # style 1: movement list exported from internet banking, landscape-like columns
    def story_lista() -> list:
        th = Theme("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", 8)
        s: list = [th.title("Lista movimenti conto corrente", 12, "left", 2)]
        s.append(th.p(f"Rapporto: <b>{esc(co.iban)}</b> – Intestazione: <b>{esc(co.name.upper())}</b><br/>"
                      f"Movimenti dal {fmt_date(first, 'dot')} al {fmt_date(last, 'dot')} – "
                      f"Saldo contabile iniziale EUR {fmt_num(opening)} – Saldo contabile finale EUR "
                      f"{fmt_num(closing)}", 8.5, "left", space=6))
        rows = [["Data", "Valuta", "Uscite", "Entrate", "Descrizione"]]
        for day, desc, amount in sorted(moves, key=lambda m: m[0], reverse=True):
            rows.append([fmt_date(day, "dot"), fmt_date(day, "dot"), fmt_num(amount) if amount < 0 else "",
                         fmt_num(amount) if amount > 0 else "", esc(desc)])
        s.append(table(rows, [18 * mm, 18 * mm, 22 * mm, 22 * mm, TEXT_W - 80 * mm], "Helvetica", 7.5,
                       grid=False, align_right=(2, 3), head_bg=colors.HexColor("#DDEFEA")))
        return s

    def deco_lista(c: Canvas, page: int, total: int) -> None:
        bank_letterhead(c, b, 1)
        extracted = fmt_date(last + dt.timedelta(days=2))
        text(c, MARGIN, 10 * mm, f"{b.extra.get('portal', '')} - estrazione del {extracted}", "Helvetica", 7,
             colors.grey)
        text(c, PAGE_W - MARGIN, 10 * mm, f"{page}/{total}", "Helvetica", 7, colors.grey, "right")

    flow(c, story_lista, [frame_below(34 * mm, 18 * mm)] * 2, deco_lista)
