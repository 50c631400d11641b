"""The claim's invoice: exactly one, its mandatory wording element by element, and its amounts.

`aspect: single` — no invoice, or more than one distinct invoice (issuer P.IVA +
number + date; a PDF copy and the FatturaPA XML of the same invoice are one).
`aspect: wording` — each element of the mandatory wording (`elements`): long phrases
matched by word alignment with a minimum similarity, codes read after their label and
compared exactly (a near miss names the code found), quotas present with an amount.
`aspect: amounts` — taxable amount equal to the course cost, public + private equal
to it, public quota within what the vouchers allow.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from .. import matching, values
from ..context import Context
from ..invoices import distinct_invoices
from ..models import Document
from ..textnorm import MatchText
from .base import Issue

NAME = "invoice"
VARIANTS = ("default",)

_VARIANTS = {
    "single": {"missing", "several"},
    "wording": {"missing", "wrong", "similar", "no_amount", "elsewhere"},
    "amounts": {"taxable", "split", "public", "unreadable"},
}


def declared_variants(params: Mapping[str, Any]) -> set[str]:
    return _VARIANTS[params["aspect"]]


def check(params: Mapping[str, Any], ctx: Context) -> Iterator[Issue]:
    invoices = distinct_invoices(ctx.docs(params["doctype"]))
    if params["aspect"] == "single":
        if not invoices:
            yield Issue("missing")
        elif len(invoices) > 1:
            names = ", ".join(f"{inv.document.file.display} (n. {inv.key[1] or '?'})" for inv in invoices)
            yield Issue("several", {"count": len(invoices), "invoices": names}, found=names, expected="1 fattura")
        return
    for inv in invoices:
        doc = inv.document
        if doc.by_name:
            continue  # its content cannot be read: DOC-NO-TEXT and the single-invoice rule say so
        if params["aspect"] == "wording":
            yield from _wording(params, doc, ctx)
        else:
            yield from _amounts(params, doc, ctx)


# ---------------------------------------------------------------- wording

def _page(doc: Document, pos: int) -> int:
    return doc.first_page + doc.text.count("\f", 0, pos)


@dataclass(frozen=True)
class _View:
    """A stretch of the invoice's text: the wording block, or the whole invoice."""

    text: str
    offset: int
    mt: MatchText


def _view(doc: Document, start: int = 0, end: int | None = None) -> _View:
    text = doc.text[start:end]
    return _View(text, start, MatchText(text))


def _wording_block(elements: list[Mapping[str, Any]], doc: Document, ctx: Context, chars: int) -> _View | None:
    """Where the wording stands: from the Avviso text (the element marked `opens_block`) on."""
    opener = next((el for el in elements if el.get("opens_block")), None)
    if opener is None:
        return None
    best = matching.similar_phrase(str(_expected(opener, ctx, "text", "text_key")), doc.text)
    if best is None or best.similarity < float(opener.get("near_similarity", 0.6)):
        return None
    return _view(doc, best.start, best.end + chars)


def _wording(params: Mapping[str, Any], doc: Document, ctx: Context) -> Iterator[Issue]:
    elements = params["elements"]
    whole = _view(doc)
    block = _wording_block(elements, doc, ctx, int(params.get("block_chars", 600)))
    for el in elements:
        check = _ELEMENT[el["kind"]]
        if block is None or el.get("opens_block"):
            yield from check(el, whole, doc, ctx)
            continue
        inside = list(check(el, block, doc, ctx))
        if not inside:
            continue
        if not list(check(el, whole, doc, ctx)):
            # stricter reading: the element belongs in the wording, not elsewhere on the invoice
            yield Issue("elsewhere", {"element": _label(el, ctx)}, document=doc, page=_page(doc, block.offset),
                        expected=_label(el, ctx), snippet=block.mt.snippet((0, min(len(block.text), 80)), 0),
                        subject=el["id"])
        else:
            yield from inside


def _label(el: Mapping[str, Any], ctx: Context) -> str:
    value = _expected(el, ctx, "expected", "expected_key") or _expected(el, ctx, "text", "text_key")
    return str(el["label"]).format(value=str(value or "").upper() if el["kind"] == "code" else value)


def _expected(el: Mapping[str, Any], ctx: Context, value_key: str, manifest_key: str) -> Any:
    if el.get(manifest_key):
        return ctx.require(el[manifest_key])
    return el.get(value_key)


def _phrase(el: Mapping[str, Any], view: _View, doc: Document, ctx: Context) -> Iterator[Issue]:
    text = str(_expected(el, ctx, "text", "text_key"))
    threshold = float(el.get("min_similarity", 1.0))
    if view.mt.contains(text):
        return
    best = matching.similar_phrase(text, view.text)
    if best and best.similarity >= threshold:
        return
    label = el["label"].format(value=text)
    if best and best.similarity >= float(el.get("near_similarity", 0.6)):
        found = view.mt.snippet((best.start, best.end), 0)
        yield Issue("similar", {"element": label, "similarity": f"{best.similarity:.0%}"}, document=doc,
                    page=_page(doc, view.offset + best.start), found=found, expected=text, subject=el["id"])
    else:
        yield Issue("missing", {"element": label}, document=doc, page=doc.first_page, expected=text,
                    subject=el["id"])


def _code(el: Mapping[str, Any], view: _View, doc: Document, ctx: Context) -> Iterator[Issue]:
    expected = str(_expected(el, ctx, "expected", "expected_key")).upper()
    label = el["label"].format(value=expected)
    reads = matching.read_codes(view.text, el["code_label"], el["pattern"], expected)
    good = [r for r in reads if values.compact_code(r.value) == values.compact_code(expected)]
    if good:
        if el.get("date_after"):
            yield from _date_after(el, view, doc, good[0], label)
        return
    if not reads and el.get("bare_ok") and expected.lower() in view.mt.squashed:
        return  # the code is there, its label is written differently
    if reads:
        r = reads[0]
        yield Issue("wrong", {"element": label, "found": r.value, "expected": expected,
                              "marked": matching.differing_part(r.value, expected)},
                    document=doc, page=_page(doc, view.offset + r.start), found=r.value, expected=expected,
                    snippet=view.mt.snippet((r.start, r.end), 40), subject=el["id"])
    else:
        yield Issue("missing", {"element": label}, document=doc, page=doc.first_page, expected=label,
                    subject=el["id"])


def _date_after(el: Mapping[str, Any], view: _View, doc: Document, read: matching.CodeRead,
                label: str) -> Iterator[Issue]:
    wanted = values.parse_date(str(el["date_after"]))
    window = view.text[read.end: read.end + 40]
    dates = values.find_dates(window)
    if wanted is None or (dates and dates[0][0] == wanted):
        return
    found = window[dates[0][1]:dates[0][2]] if dates else "data non indicata"
    yield Issue("wrong", {"element": label, "found": found, "expected": values.format_date(wanted),
                          "marked": found},
                document=doc, page=_page(doc, view.offset + read.start), found=found,
                expected=values.format_date(wanted), subject=el["id"])


def _amount_label(el: Mapping[str, Any], view: _View, doc: Document, ctx: Context) -> Iterator[Issue]:
    for label in el["labels"]:
        span = view.mt.find(label)
        if span:
            after = view.text[span[1]: span[1] + 60]
            if values.find_amounts(after):
                return
            yield Issue("no_amount", {"element": el["label"]}, document=doc, page=_page(doc, view.offset + span[0]),
                        snippet=view.mt.snippet(span, 40), subject=el["id"])
            return
    yield Issue("missing", {"element": el["label"]}, document=doc, page=doc.first_page, expected=el["label"],
                subject=el["id"])


_ELEMENT = {"phrase": _phrase, "code": _code, "amount": _amount_label}


# ---------------------------------------------------------------- amounts

def _field(doc: Document, name: str) -> Decimal | None:
    v = doc.first(name)
    return v.value if v is not None and isinstance(v.value, Decimal) else None


def _amounts(params: Mapping[str, Any], doc: Document, ctx: Context) -> Iterator[Issue]:
    from .funding import plan_for

    cost = Decimal(ctx.require(params["cost_key"]))
    taxable = _field(doc, "imponibile")
    public, private = _field(doc, "quota_pubblica"), _field(doc, "quota_privata")
    tol = values.CENT
    if taxable is None:
        yield Issue("unreadable", {"cost": cost}, document=doc, page=doc.first_page, expected=str(cost))
    elif abs(taxable - cost) > tol:
        yield Issue("taxable", {"taxable": taxable, "cost": cost}, document=doc, page=doc.first_page,
                    found=values.format_eur(taxable), expected=values.format_eur(cost))
    if public is not None and private is not None:
        reference = taxable if taxable is not None else cost
        if abs(public + private - reference) > tol:
            yield Issue("split", {"public": public, "private": private, "sum": public + private, "total": reference},
                        document=doc, page=doc.first_page, found=values.format_eur(public + private),
                        expected=values.format_eur(reference))
        allowed = plan_for(ctx, params).allowed_public
        if public > allowed + tol:
            yield Issue("public", {"public": public, "allowed": allowed}, document=doc, page=doc.first_page,
                        found=values.format_eur(public), expected=f"≤ {values.format_eur(allowed)}")
