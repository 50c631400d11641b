"""The invoices of a claim: one per issuer P.IVA + number + date; the FatturaPA XML wins over its PDF copy."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .models import Document


@dataclass(frozen=True)
class Invoice:
    key: tuple[str, str, str]
    document: Document  # the preferred copy (XML over PDF)
    copies: tuple[Document, ...]


def _number(value: object) -> str:
    return re.sub(r"[^A-Z0-9]", "", str(value).upper()).lstrip("0")


def _value(doc: Document, name: str) -> str:
    v = doc.first(name, valid_only=False)
    return "" if v is None else str(v.value)


def invoice_key(doc: Document) -> tuple[str, str, str]:
    return (_value(doc, "partita_iva"), _number(_value(doc, "numero")), _value(doc, "data"))


def distinct_invoices(docs: list[Document]) -> list[Invoice]:
    """Group copies of the same invoice. Copies whose key cannot be read stay separate."""
    groups: dict[tuple[str, str, str], list[Document]] = {}
    for doc in docs:
        key = invoice_key(doc)
        if not all(key):
            key = (f"?{id(doc)}", key[1], key[2])
        groups.setdefault(key, []).append(doc)
    # an unreadable key that matches a readable one on number and date is the same invoice
    readable = {(k[1], k[2]): k for k in groups if not k[0].startswith("?")}
    for k in [k for k in groups if k[0].startswith("?")]:
        target = readable.get((k[1], k[2]))
        if target and k[1] and k[2]:
            groups[target].extend(groups.pop(k))
    out = []
    for key, copies in groups.items():
        copies.sort(key=lambda d: (d.file.kind != "xml", d.by_name, d.file.display))
        out.append(Invoice(key, copies[0], tuple(copies)))
    out.sort(key=lambda i: i.document.file.display)
    return out
