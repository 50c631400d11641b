"""Author A's generator of realistic Italian documents for fc4 dossiers.

    render("fattura", manifest_dict, Path("out.pdf"), style=1, cup_swap=True)
    render_pages([("iscrizione_a4", data, 0, {"partecipante": 0}),
                  ("iscrizione_a4", data, 0, {"partecipante": 1})], Path("A4 tutti.pdf"))

`data` is a manifest (SPEC 3.1) as a dict, dates as datetime.date. Output is
deterministic: the same input gives the same bytes. Every document type has
STYLES[doctype] styles (0..n-1) and the tweaks listed in TWEAKS[doctype];
an unknown tweak is an error, so a typo cannot silently produce a clean file.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from . import bank, forms, identity, insurance, invoice, payroll, registry_docs
from .common import new_canvas
from .model import Ctx

Draw = Callable[[Canvas, Ctx, int, dict[str, Any]], None]

# doctype -> (draw function, number of styles, allowed tweaks, PDF title)
_REGISTRY: dict[str, tuple[Draw, int, frozenset[str], str]] = {
    "domanda_a1": (forms.draw_domanda_a1, 2, frozenset(), "Allegato A.1 - Domanda di finanziamento"),
    "deminimis_a2a": (forms.draw_deminimis_a2a, 2,
                      frozenset({"regolamento", "no_regolamento", "no_impresa_unica", "aiuti", "giorni_prima",
                                 "avviso", "intestazione", "programma"}),
                      "Allegato A.2.a - Dichiarazione de minimis"),
    "delega_a3": (forms.draw_delega_a3, 2, frozenset({"ente", "giorni_prima"}), "Allegato A.3 - Incarico"),
    "iscrizione_a4": (forms.draw_iscrizione_a4, 2, frozenset({"partecipante", "giorni_prima"}),
                      "Allegato A.4 - Scheda di iscrizione"),
    "sedi_ausiliarie": (forms.draw_sedi_ausiliarie, 2, frozenset({"giorni_prima", "prima_pagina", "pagine_totali"}),
                        "Allegato 4 - Sedi ausiliarie"),
    "domanda_a6": (forms.draw_domanda_a6, 2, frozenset(), "Allegato A.6 - Domanda di liquidazione"),
    "certificazione_iban": (bank.draw_certificazione_iban, 3,
                            frozenset({"intestatario", "iban", "cin_errato", "check_errato", "data"}),
                            "Certificazione IBAN"),
    "ricevuta_bonifico": (bank.draw_ricevuta_bonifico, 3,
                          frozenset({"bonifico", "solo_ordine", "senza_trn", "cro", "beneficiario", "ordinante",
                                     "importo", "causale", "causale_senza_fattura"}),
                          "Contabile bonifico"),
    "estratto_conto": (bank.draw_estratto_conto, 2, frozenset({"senza_addebito", "dal", "al", "ricevuta"}),
                       "Estratto conto"),
    "polizza_catastrofale": (insurance.draw_polizza_catastrofale, 3,
                             frozenset({"scaduta", "in_scadenza", "altra_impresa", "decorrenza", "scadenza"}),
                             "Certificato polizza rischi catastrofali"),
    "cob": (payroll.draw_cob, 2, frozenset({"partecipante", "codice"}), "UNILAV - Comunicazione obbligatoria"),
    "contratto_lavoro": (payroll.draw_contratto_lavoro, 2, frozenset({"partecipante"}), "Contratto di lavoro"),
    "cedolino": (payroll.draw_cedolino, 3, frozenset({"partecipante", "mese"}), "Cedolino paga"),
    "lul": (payroll.draw_lul, 2, frozenset({"partecipante", "mese"}), "Libro Unico del Lavoro"),
    "timbrature": (payroll.draw_timbrature, 2, frozenset({"partecipante", "dal", "al"}), "Report timbrature"),
    "attribuzione_piva": (registry_docs.draw_attribuzione_piva, 2, frozenset({"partecipante"}),
                          "Attribuzione partita IVA"),
    "iscrizione_inps_gs": (registry_docs.draw_iscrizione_inps_gs, 2, frozenset({"partecipante"}),
                           "Iscrizione Gestione Separata INPS"),
    "documento_identita": (identity.draw_documento_identita, 3,
                           frozenset({"cartacea", "scaduto", "scadenza", "persona"}), "Documento di identita"),
    "fattura": (invoice.draw_fattura, 3,
                frozenset({"cup", "cup_swap", "id_voucher", "senza_id_edizione", "senza_quote", "imponibile",
                           "iva", "bollo", "numero", "data", "titolo", "senza_dicitura", "descrizione"}),
                "Fattura - copia di cortesia"),
}

DOCTYPES: tuple[str, ...] = tuple(_REGISTRY)
STYLES: dict[str, int] = {k: v[1] for k, v in _REGISTRY.items()}
TWEAKS: dict[str, frozenset[str]] = {k: v[2] for k, v in _REGISTRY.items()}


def _draw(c: Canvas, doctype: str, data: dict[str, Any], style: int, tweaks: dict[str, Any]) -> None:
    try:
        fn, n_styles, allowed, _ = _REGISTRY[doctype]
    except KeyError:
        raise ValueError(f"unknown doctype {doctype!r}; known: {', '.join(DOCTYPES)}") from None
    if not 0 <= style < n_styles:
        raise ValueError(f"{doctype} has styles 0..{n_styles - 1}, not {style}")
    unknown = set(tweaks) - allowed
    if unknown:
        raise ValueError(f"{doctype}: unknown tweak(s) {sorted(unknown)}; allowed: {sorted(allowed)}")
    fn(c, Ctx(data), style, dict(tweaks))


def render_bytes(items: Iterable[tuple[str, dict[str, Any], int, dict[str, Any]]], title: str = "") -> bytes:
    """Several documents, one after the other, in one PDF; returns its bytes."""
    items = list(items)
    # Binary Flate streams, as most PDF producers write them (reportlab's default adds an
    # ASCII85 layer, 25% larger). rl_config is global: set it only while this PDF is made.
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        buf = io.BytesIO()
        c = new_canvas(buf)
        c.setTitle(title or _REGISTRY[items[0][0]][3])
        c.setAuthor("")
        c.setCreator("")
        for doctype, data, style, tweaks in items:
            _draw(c, doctype, data, style, tweaks)
        c.save()
    finally:
        rl_config.useA85 = saved
    return buf.getvalue()


def render(doctype: str, data: dict[str, Any], out_path: Path, style: int = 0, **tweaks: Any) -> None:
    """Write one document of type `doctype` for the dossier `data` to `out_path`."""
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_bytes(render_bytes([(doctype, data, style, tweaks)]))


def render_pages(items: Sequence[tuple[str, dict[str, Any], int, dict[str, Any]]], out_path: Path,
                 title: str = "") -> None:
    """Write several documents into one PDF (e.g. every A.4, a LUL of all workers and months)."""
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_bytes(render_bytes(items, title))


__all__ = ["DOCTYPES", "STYLES", "TWEAKS", "render", "render_bytes", "render_pages"]
