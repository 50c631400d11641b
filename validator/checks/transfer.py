"""The transfer receipt of the invoice: executed, with its CRO/TRN, from the company to the issuer,
for the amount due, with a causale citing the invoice and the course.

One `aspect` per rule: `executed`, `reference`, `payer`, `payee`, `amount`, `causale`.
Receipts that are only orders count for nothing but the `executed` rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any

from .. import matching, values
from ..context import Context, company_in_text
from ..invoices import distinct_invoices
from ..models import Document
from ..textnorm import MatchText
from .base import Issue

NAME = "transfer"
VARIANTS = ("default",)
_VARIANTS = {
    "executed": {"order", "unknown"},
    "reference": {"missing", "malformed"},
    "payer": {"default", "unreadable"},
    "payee": {"default", "unreadable"},
    "amount": {"default", "unreadable"},
    "causale": {"invoice", "course", "unreadable"},
}

CRO = re.compile(r"\d{11}")
TRN = re.compile(r"[A-Z0-9]{30,35}")


def declared_variants(params: Mapping[str, Any]) -> set[str]:
    return _VARIANTS[params["aspect"]]


def _executed(doc: Document) -> bool:
    status = doc.first("stato")
    return status is not None and status.value == "eseguito"


def check(params: Mapping[str, Any], ctx: Context) -> Iterator[Issue]:
    receipts = [d for d in ctx.docs(params["doctype"]) if not d.by_name]
    aspect = params["aspect"]
    if aspect == "executed":
        for doc in receipts:
            status = doc.first("stato")
            if status is None:
                yield Issue("unknown", {"file": doc.file.display}, document=doc, page=doc.first_page,
                            expected="eseguito / contabilizzato")
            elif status.value != "eseguito":
                yield Issue("order", {"file": doc.file.display, "found": status.raw}, document=doc,
                            page=status.page, found=status.raw, expected="eseguito / contabilizzato")
        return
    executed = [d for d in receipts if _executed(d)]
    if aspect == "amount":
        yield from _amount(params, executed, ctx)
        return
    # the executed transfers are the evidence; when there is none, the orders are all there is to judge
    for doc in executed or receipts:
        yield from ASPECTS[aspect](params, doc, ctx)


def _reference(params: Mapping[str, Any], doc: Document, ctx: Context) -> Iterator[Issue]:
    reads = doc.values("cro_trn")
    if not reads:
        yield Issue("missing", {"file": doc.file.display}, document=doc, page=doc.first_page,
                    expected="CRO (11 cifre) o TRN (30-35 caratteri)")
        return
    if any(CRO.fullmatch(str(v.value)) or TRN.fullmatch(str(v.value)) for v in reads):
        return
    v = reads[0]
    yield Issue("malformed", {"file": doc.file.display, "found": v.value}, document=doc, page=v.page,
                found=str(v.value), expected="CRO (11 cifre) o TRN (30-35 caratteri)")


def _payer(params: Mapping[str, Any], doc: Document, ctx: Context) -> Iterator[Issue]:
    company = ctx.require("impresa.ragione_sociale")
    payer = doc.first("ordinante")
    if payer is not None:
        if ctx.company_in(MatchText(str(payer.value))):
            return
        yield Issue("default", {"found": payer.value, "company": company}, document=doc, page=payer.page,
                    found=str(payer.value), expected=company)
        return
    if not ctx.company_mentioned(doc):
        yield Issue("unreadable", {"company": company}, document=doc, page=doc.first_page, expected=company)


def issuer_name(ctx: Context) -> str | None:
    """The invoice issuer: the manifest's, else the one the FatturaPA states."""
    stated = ctx.get("liquidazione.fattura.emittente")
    if stated:
        return str(stated)
    for inv in distinct_invoices(ctx.docs("fattura")):
        v = inv.document.first("emittente")
        if v is not None:
            return str(v.value)
    return None


def _payee(params: Mapping[str, Any], doc: Document, ctx: Context) -> Iterator[Issue]:
    payee = doc.first("beneficiario")
    issuer = issuer_name(ctx)
    if issuer is None:
        ctx.require("liquidazione.fattura.emittente")
    assert issuer is not None
    if payee is None:
        if company_in_text(issuer, ctx.match_text(doc)):
            return
        yield Issue("unreadable", {"issuer": issuer}, document=doc, page=doc.first_page, expected=issuer)
        return
    if values.company_key(str(payee.value)).startswith(values.company_core(issuer)) or \
            company_in_text(issuer, MatchText(str(payee.value))):
        return
    yield Issue("default", {"found": payee.value, "issuer": issuer}, document=doc, page=payee.page,
                found=str(payee.value), expected=issuer)


def amount_due(ctx: Context) -> Decimal | None:
    stated = ctx.get("liquidazione.fattura.totale")
    if stated is not None:
        return Decimal(stated)
    for inv in distinct_invoices(ctx.docs("fattura")):
        v = inv.document.first("totale")
        if v is not None and isinstance(v.value, Decimal):
            return v.value
    return None


def _amount(params: Mapping[str, Any], executed: list[Document], ctx: Context) -> Iterator[Issue]:
    if not executed:
        return
    due = amount_due(ctx)
    if due is None:
        ctx.require("liquidazione.fattura.totale")
        return
    paid = [d.first("importo") for d in executed]
    if any(p is None for p in paid):
        doc = executed[[p is None for p in paid].index(True)]
        yield Issue("unreadable", {"due": due}, document=doc, page=doc.first_page, expected=values.format_eur(due))
        return
    total = sum((Decimal(str(p.value)) for p in paid if p is not None), Decimal(0))
    if abs(total - due) > values.CENT:
        first = paid[0]
        assert first is not None
        yield Issue("default", {"paid": total, "due": due, "count": len(executed)}, document=executed[0],
                    page=first.page, found=values.format_eur(total), expected=values.format_eur(due))


def _invoice_number_in(text: str, number: str, invoice_date: Any) -> bool:
    """`45/2026` as `45/2026`, `45-2026`, `n. 45 del 30/11/2026`, `FT45/26`..."""
    parts = [p.lstrip("0") or "0" for p in re.findall(r"\d+", number)]
    if not parts:
        return number.lower() in text.lower()
    digits = r"(?<!\d)0*" + r"\D{1,3}".join(map(re.escape, parts)) + r"(?!\d)"
    if re.search(digits, text):
        return True
    main = max(parts, key=len) if len(parts) > 1 else parts[0]
    if invoice_date is not None and re.search(r"(?<!\d)0*" + re.escape(main) + r"(?!\d)", text):
        return any(d == invoice_date for d, _, _ in values.find_dates(text))
    return False


def _causale(params: Mapping[str, Any], doc: Document, ctx: Context) -> Iterator[Issue]:
    causale = doc.first("causale")
    if causale is None:
        yield Issue("unreadable", {"file": doc.file.display}, document=doc, page=doc.first_page)
        return
    text = _causale_text(doc, causale.raw)
    number = ctx.get("liquidazione.fattura.numero") or _invoice_field(ctx, "numero")
    inv_date = ctx.get("liquidazione.fattura.data") or _invoice_field(ctx, "data")
    if number is None:
        ctx.require("liquidazione.fattura.numero")
    if not _invoice_number_in(text, str(number), inv_date):
        yield Issue("invoice", {"number": number, "causale": text}, document=doc, page=causale.page,
                    found=text, expected=f"fattura n. {number}")
    title = ctx.get("corso.titolo")
    ids = [str(ctx.get(k)) for k in ("corso.id_corso", "corso.id_edizione", "corso.id_voucher") if ctx.get(k)]
    if not title and not ids:
        ctx.require("corso.titolo")
    mt = MatchText(text)
    title_ok = bool(title) and (mt.contains(title) or (matching.similar_phrase(title, text) or
                                                        matching.PhraseMatch(0, 0, 0)).similarity >= 0.8)
    id_ok = any(re.search(r"(?<!\d)" + re.escape(i) + r"(?!\d)", text) for i in ids)
    if not (title_ok or id_ok):
        yield Issue("course", {"title": title or "—", "ids": ", ".join(ids) or "—", "causale": text}, document=doc,
                    page=causale.page, found=text, expected=f"{title or ''} / ID {', '.join(ids)}".strip(" /"))


def _causale_text(doc: Document, raw: str) -> str:
    """The causale with the line after it when it wraps (banks print it on two or three lines)."""
    idx = doc.text.find(raw)
    if idx < 0:
        return raw
    tail = doc.text[idx: idx + 400].split("\n")
    out = [tail[0]]
    for line in tail[1:4]:
        if not line.strip() or re.match(r"\s*[A-Za-zÀ-ÿ .'/]{3,30}:\s", line):
            break  # the next labelled field
        out.append(line.strip())
    return " ".join(out).strip()


def _invoice_field(ctx: Context, name: str) -> Any:
    for inv in distinct_invoices(ctx.docs("fattura")):
        v = inv.document.first(name)
        if v is not None:
            return v.value
    return None


ASPECTS = {"reference": _reference, "payer": _payer, "payee": _payee, "causale": _causale}
