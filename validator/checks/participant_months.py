"""A document per participant for every calendar month a period touches (the LUL of each month).

The period runs from the first of `from_keys` that has a value to `to_key`; a document
counts for a month when it names the participant (codice fiscale, or name with a
warning) and its `field` (payroll periods `YYYY-MM`) includes that month.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any

from .. import conditions as cond
from .. import values
from ..context import Context, Unverifiable
from ..models import Document, Severity
from .base import Issue, person_label, person_subject

NAME = "participant_months"
VARIANTS = ("missing", "name_only")


def months(start: date, end: date) -> list[str]:
    out, y, m = [], start.year, start.month
    while (y, m) <= (end.year, end.month):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def month_label(key: str) -> str:
    y, m = key.split("-")
    return f"{values.MONTH_NAMES[int(m)]} {y}"


def wanted_months(params: Mapping[str, Any], ctx: Context) -> list[str]:
    start = next((ctx.get(k) for k in params["from_keys"] if ctx.get(k) is not None), None)
    if start is None:
        raise Unverifiable(params["from_keys"][0])
    return months(start, ctx.require(params["to_key"]))


def applies(params: Mapping[str, Any], person: Mapping[str, Any]) -> bool:
    """Whether the rule concerns this participant (its `filter`); Unverifiable names the missing key."""
    subject = person_subject(person)
    try:
        return cond.all_hold(params.get("filter"), cond.scoped_lookup(person), subject)
    except Unverifiable as exc:
        raise Unverifiable(f"partecipanti[{subject}].{exc.key}", subject) from None


def covered_months(params: Mapping[str, Any], ctx: Context,
                   person: Mapping[str, Any]) -> dict[str, tuple[Document, str]]:
    """Month `YYYY-MM` → the first document covering it for this person, and how it was matched."""
    matches = [m for t in params["doctypes"] for m in ctx.person_docs(t, person)]
    matches.sort(key=lambda m: m[1] != "cf")
    covered: dict[str, tuple[Document, str]] = {}
    for doc, how in matches:
        for v in doc.values(params["field"]):
            covered.setdefault(str(v.value), (doc, how))
    return covered


def check(params: Mapping[str, Any], ctx: Context) -> Iterator[Issue]:
    wanted = wanted_months(params, ctx)
    label = " o ".join(ctx.catalog.doctypes[t].label for t in params["doctypes"])
    for person in ctx.manifest.participants:
        if not applies(params, person):
            continue
        subject = person_subject(person)
        covered = {month: how for month, (_, how) in covered_months(params, ctx, person).items()}
        who = person_label(person)
        for month in wanted:
            found = covered.get(month)
            if found is None:
                yield Issue("missing", {"person": who, "month": month_label(month), "doctype": label},
                            subject=subject, expected=f"{label} di {month_label(month)}")
            elif found == "name":
                yield Issue("name_only", {"person": who, "month": month_label(month), "doctype": label},
                            subject=subject, severity=Severity.WARNING)
