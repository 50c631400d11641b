"""A bank statement of the company that shows the debit to the provider.

A statement shows the debit when one of its lines (with the next one, where banks
wrap descriptions) carries the amount paid and either the beneficiary's name or the
transfer's CRO/TRN.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any

from .. import values
from ..context import Context, company_in_text
from ..models import Document
from ..textnorm import MatchText
from .base import Issue
from .transfer import _executed, amount_due, issuer_name

NAME = "statement"
VARIANTS = ("missing", "no_debit")


def _amounts_paid(ctx: Context, receipts: list[Document]) -> list[Decimal]:
    paid = [Decimal(str(v.value)) for d in receipts if (v := d.first("importo")) is not None]
    if paid:
        return paid
    due = amount_due(ctx)
    return [due] if due is not None else []


_MOVEMENT_START = re.compile(r"^\s*\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?\b")


def movements(text: str) -> list[str]:
    """The statement's movements: each starts with a date at the start of a line and runs to the next
    (banks wrap long descriptions over several lines and print the amount on the last)."""
    blocks: list[list[str]] = []
    for line in text.split("\n"):
        if _MOVEMENT_START.match(line) or not blocks:
            blocks.append([line])
        else:
            blocks[-1].append(line)
    return ["\n".join(b) for b in blocks]


def _shows_debit(doc: Document, amounts: list[Decimal], names: list[str], refs: list[str]) -> bool:
    for block in movements(doc.text.replace("\f", "\n")):
        found = {abs(a) for a, _, _ in values.find_amounts(block)}  # statements print debits signed
        if not any(abs(a - b) <= values.CENT for a in found for b in amounts):
            continue
        mt = MatchText(block)
        if any(company_in_text(n, mt) for n in names) or any(r.lower() in mt.squashed for r in refs):
            return True
    return False


def check(params: Mapping[str, Any], ctx: Context) -> Iterator[Issue]:
    statements = ctx.docs(params["doctype"])
    if not statements:
        yield Issue("missing")
        return
    receipts = [d for d in ctx.docs(params["receipt_doctype"]) if _executed(d)]
    amounts = _amounts_paid(ctx, receipts)
    if not amounts:
        ctx.require("liquidazione.fattura.totale")
    names = [n for n in (issuer_name(ctx),) if n]
    refs = [str(v.value) for d in receipts for v in d.values("cro_trn")]
    manifest_refs = ctx.get("liquidazione.bonifico")
    for b in manifest_refs if isinstance(manifest_refs, list) else [manifest_refs] if manifest_refs else []:
        if isinstance(b, dict) and b.get("cro_trn") and len(str(b["cro_trn"])) >= 11:
            refs.append(values.compact_code(str(b["cro_trn"])))
    if any(_shows_debit(doc, amounts, names, refs) for doc in statements if doc.text):
        return
    doc = statements[0]
    shown = ", ".join(values.format_eur(a) for a in amounts)
    yield Issue("no_debit", {"amount": shown, "beneficiary": names[0] if names else "—"}, document=doc,
                page=doc.first_page, expected=f"addebito di € {shown} a {names[0] if names else 'ente'}")
