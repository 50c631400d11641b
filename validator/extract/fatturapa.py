"""FatturaPA XML (1.2.x, FPA12/FPR12): the invoice as readable text, plus its exact fields.

Parsing is defensive: defusedxml refuses DTDs, entities and external references
(billion laughs, XXE), and a size limit comes first. Element names are matched by
their local name only, because real files use odd namespaces (one in the corpus
has a space inside its namespace URI and resets it with xmlns="").

Each FatturaElettronicaBody (a "lotto" holds several invoices) becomes one page of
text, written so that the phrase-based classifier recognises it as `fattura` and
the field readers find number, date, P.IVA and amounts after their usual labels.
The `Causale` elements (200 characters each, long texts split anywhere) are given
joined with a space and without (SPEC 6). `structured` carries the exact values.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any
from xml.etree.ElementTree import Element, ParseError

from ..models import FileText, PageText

MAX_XML_BYTES = 20 * 1024 * 1024  # SdI takes files up to 5 MB; attachments make them large

TIPO_DOCUMENTO = {
    "TD01": "fattura", "TD02": "acconto/anticipo su fattura", "TD03": "acconto/anticipo su parcella",
    "TD04": "nota di credito", "TD05": "nota di debito", "TD06": "parcella", "TD24": "fattura differita",
    "TD25": "fattura differita",
}


@dataclass(frozen=True)
class XmlLimits:
    max_bytes: int = MAX_XML_BYTES


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(el: Element, name: str) -> Iterator[Element]:
    return (c for c in el if _local(c.tag) == name)


def _child(el: Element | None, *path: str) -> Element | None:
    for name in path:
        if el is None:
            return None
        el = next(_children(el, name), None)
    return el


def _text(el: Element | None, *path: str) -> str | None:
    found = _child(el, *path)
    if found is None or found.text is None:
        return None
    return found.text.strip() or None


def _all(el: Element | None, *path: str) -> list[Element]:
    """Every element at the path (the last step repeated)."""
    if el is None:
        return []
    parent = _child(el, *path[:-1]) if len(path) > 1 else el
    return list(_children(parent, path[-1])) if parent is not None else []


def _decimal(text: str | None) -> Decimal | None:
    try:
        return Decimal(text) if text else None
    except InvalidOperation:
        return None


def extract_xml(data: bytes, limits: XmlLimits = XmlLimits()) -> FileText:
    if len(data) > limits.max_bytes:
        return FileText((), "xml", error=f"XML di {len(data) // 1_048_576} MB, oltre il limite di "
                                          f"{limits.max_bytes // 1_048_576} MB")
    root = parse(data)
    if isinstance(root, str):
        return FileText((), "xml", error=root)
    if _local(root.tag) != "FatturaElettronica":
        text = " ".join(t.strip() for t in root.itertext() if t.strip())
        return FileText((PageText(1, text),), "xml")
    invoice = read_invoice(root)
    pages = tuple(PageText(i + 1, render(invoice, body)) for i, body in enumerate(invoice["fatture"]))
    if not pages:
        return FileText((), "fatturapa", error="FatturaPA senza alcun corpo (FatturaElettronicaBody)")
    exact = {str(i + 1): page_fields(invoice, body) for i, body in enumerate(invoice["fatture"])}
    return FileText(pages, "fatturapa", structured={**invoice, "page_fields": exact})


def page_fields(invoice: dict[str, Any], body: dict[str, Any]) -> dict[str, Any]:
    """The exact values of one invoice under the field names of the `fattura` document type."""
    total = body.get("importo_totale")
    if total is None and body.get("imponibile") is not None:
        total = str(Decimal(body["imponibile"]) + Decimal(body.get("imposta") or 0))
    return {"numero": body.get("numero"), "data": body.get("data"),
            "partita_iva": invoice["cedente"].get("partita_iva"), "imponibile": body.get("imponibile"),
            "totale": total}


def parse(data: bytes) -> Element | str:
    """The root element, or why the XML is refused, in Italian."""
    import defusedxml.ElementTree as SafeET
    from defusedxml import DefusedXmlException

    try:
        return SafeET.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        return f"XML con DTD o entità ({type(exc).__name__}): rifiutato per sicurezza"
    except ParseError as exc:
        line, col = getattr(exc, "position", (None, None))
        where = f" alla riga {line}, colonna {col}" if line else ""
        return f"XML non valido{where} ({exc})"[:300]
    except (ValueError, RecursionError) as exc:
        return f"XML non leggibile ({type(exc).__name__})"


def _party(el: Element | None) -> dict[str, Any]:
    anag = _child(el, "DatiAnagrafici")
    name = _text(anag, "Anagrafica", "Denominazione") or " ".join(
        p for p in (_text(anag, "Anagrafica", "Nome"), _text(anag, "Anagrafica", "Cognome")) if p) or None
    return {
        "denominazione": name,
        "id_paese": _text(anag, "IdFiscaleIVA", "IdPaese"),
        "partita_iva": _text(anag, "IdFiscaleIVA", "IdCodice"),
        "codice_fiscale": _text(anag, "CodiceFiscale"),
    }


def _body(body: Element) -> dict[str, Any]:
    gen = _child(body, "DatiGenerali", "DatiGeneraliDocumento")
    beni = _child(body, "DatiBeniServizi")
    riepiloghi = _all(beni, "DatiRiepilogo")
    imponibile = sum((_decimal(_text(r, "ImponibileImporto")) or Decimal(0) for r in riepiloghi), Decimal(0))
    imposta = sum((_decimal(_text(r, "Imposta")) or Decimal(0) for r in riepiloghi), Decimal(0))
    totale = _decimal(_text(gen, "ImportoTotaleDocumento"))
    pagamenti = [_decimal(_text(d, "ImportoPagamento")) for d in _all(body, "DatiPagamento", "DettaglioPagamento")]
    return {
        "tipo_documento": _text(gen, "TipoDocumento"),
        "divisa": _text(gen, "Divisa"),
        "numero": _text(gen, "Numero"),
        "data": _text(gen, "Data"),
        "importo_totale": str(totale) if totale is not None else None,
        "imponibile": str(imponibile) if riepiloghi else None,
        "imposta": str(imposta) if riepiloghi else None,
        "bollo": _text(gen, "DatiBollo", "ImportoBollo"),
        "importo_pagamento": str(sum(p for p in pagamenti if p is not None)) if any(pagamenti) else None,
        "iban": [t for d in _all(body, "DatiPagamento", "DettaglioPagamento") if (t := _text(d, "IBAN"))],
        "causali": [c.text.strip() for c in _children(gen, "Causale") if c.text and c.text.strip()]
        if gen is not None else [],
        "descrizioni": [t for line in _all(beni, "DettaglioLinee") if (t := _text(line, "Descrizione"))],
        "allegati": [t for a in _all(body, "Allegati") if (t := _text(a, "NomeAttachment"))],
    }


def read_invoice(root: Element) -> dict[str, Any]:
    header = _child(root, "FatturaElettronicaHeader")
    return {
        "formato": root.get("versione") or _text(header, "DatiTrasmissione", "FormatoTrasmissione"),
        "cedente": _party(_child(header, "CedentePrestatore")),
        "cessionario": _party(_child(header, "CessionarioCommittente")),
        "fatture": [_body(b) for b in _children(root, "FatturaElettronicaBody")],
    }


def render(invoice: dict[str, Any], body: dict[str, Any]) -> str:
    """A FatturaPA body as the text of a courtesy copy."""
    from ..values import format_eur

    def eur(value: str | None) -> str:
        return f"{format_eur(Decimal(value))} {body.get('divisa') or 'EUR'}" if value is not None else "non indicato"

    def party(label: str, p: dict[str, Any]) -> list[str]:
        out = [f"{label}: {p.get('denominazione') or 'non indicato'}"]
        if p.get("partita_iva"):
            out.append(f"Partita IVA: {p['partita_iva']} (paese {p.get('id_paese') or '?'})")
        if p.get("codice_fiscale"):
            out.append(f"Codice fiscale: {p['codice_fiscale']}")
        return out

    tipo = body.get("tipo_documento") or "?"
    data = body.get("data") or ""
    data_it = "/".join(reversed(data.split("-"))) if len(data) == 10 else data
    lines = [
        f"Fattura elettronica (FatturaPA {invoice.get('formato') or ''}) - tipo documento {tipo} "
        f"({TIPO_DOCUMENTO.get(tipo, 'altro documento')})",
        f"Fattura n. {body.get('numero') or '?'} del {data_it}",
        f"Numero documento: {body.get('numero') or '?'}",
        f"Data documento: {data_it}",
        *party("Cedente/prestatore", invoice["cedente"]),
        *party("Cessionario/committente", invoice["cessionario"]),
    ]
    causali = body.get("causali") or []
    if causali:
        lines.append("Causale: " + " ".join(causali))
        lines.append("Causale (parti unite senza spazi): " + "".join(causali))
    lines += [f"Descrizione: {d}" for d in body.get("descrizioni") or []]
    lines.append(f"Totale imponibile: {eur(body.get('imponibile'))}")
    lines.append(f"Totale imposta (IVA): {eur(body.get('imposta'))}")
    if body.get("bollo"):
        lines.append(f"Imposta di bollo: {eur(body['bollo'])}")
    if body.get("importo_totale") is not None:
        lines.append(f"Totale documento: {eur(body['importo_totale'])}")
    elif body.get("imponibile") is not None:
        computed = str(Decimal(body["imponibile"]) + Decimal(body.get("imposta") or 0))
        lines.append(f"Totale documento: {eur(computed)} (calcolato: ImportoTotaleDocumento non indicato)")
    if body.get("importo_pagamento") is not None:
        lines.append(f"Importo da pagare: {eur(body['importo_pagamento'])}")
    lines += [f"Allegato alla fattura: {name}" for name in body.get("allegati") or []]
    return "\n".join(lines)
