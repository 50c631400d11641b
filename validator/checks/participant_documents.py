"""Documents every participant (or those a `filter` chooses) must have, matched by person.

A document belongs to a participant when it carries their codice fiscale; on the name
alone it still counts, with a warning. A value the manifest lacks for the filter (a
hire date) is looked for in the participant's documents (`from_documents`) before it
is declared missing. Optional: a `code` the manifest or the document must give (the COB
code), and a `latest` document that must be recent enough (the last payslip).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date, datetime
from typing import Any

from .. import conditions as cond
from .. import values
from ..context import Context, Unverifiable
from ..models import Document, Severity
from .base import Issue, person_label, person_subject

NAME = "participant_documents"
VARIANTS = ("name_only",)


def declared_variants(params: Mapping[str, Any]) -> set[str]:
    out = set(VARIANTS) | {r["variant"] for r in params["require"]}
    out |= {r["latest"]["variant"] for r in params["require"] if r.get("latest")}
    if params.get("code"):
        out |= {params["code"]["variant"], params["code"].get("differs_variant", params["code"]["variant"])}
    return out


def _doc_value(ctx: Context, person: Mapping[str, Any], sources: list[Mapping[str, str]]) -> Any:
    for src in sources:
        for doc, _ in ctx.person_docs(src["doctype"], person):
            v = doc.first(src["field"])
            if v is not None:
                return v.value
    return None


def applies(params: Mapping[str, Any], ctx: Context, person: Mapping[str, Any]) -> bool:
    """Whether the rule concerns this participant (its `filter`); Unverifiable names the missing key."""
    subject = person_subject(person)
    fallbacks = params.get("from_documents", {})

    def from_docs(key: str) -> Any:
        return _doc_value(ctx, person, fallbacks.get(key, []))

    try:
        return cond.all_hold(params.get("filter"), cond.scoped_lookup(person, from_docs), subject)
    except Unverifiable as exc:
        raise Unverifiable(f"partecipanti[{subject}].{exc.key}", subject) from None


def required_doctypes(params: Mapping[str, Any]) -> list[str]:
    return [t for req in params["require"] for t in (req.get("doctypes") or [req["doctype"]])]


def check(params: Mapping[str, Any], ctx: Context) -> Iterator[Issue]:
    for person in ctx.manifest.participants:
        if applies(params, ctx, person):
            yield from _person(params, ctx, person, person_subject(person))


def _person(params: Mapping[str, Any], ctx: Context, person: Mapping[str, Any], subject: str) -> Iterator[Issue]:
    who = person_label(person)
    for req in params["require"]:
        types = req.get("doctypes") or [req["doctype"]]
        label = " o ".join(ctx.catalog.doctypes[t].label for t in types)
        matches = [m for t in types for m in ctx.person_docs(t, person)]
        matches.sort(key=lambda m: m[1] != "cf")
        if not matches:
            yield Issue(req["variant"], {"person": who, "doctype": label}, subject=subject, expected=label)
            continue
        doc, how = matches[0]
        if how == "name":
            yield Issue("name_only", {"person": who, "doctype": label}, document=doc, page=doc.first_page,
                        subject=subject, severity=Severity.WARNING)
        if req.get("latest"):
            issue = _latest(req["latest"], ctx, [d for d, _ in matches], who, label, subject)
            if issue:
                yield issue
    code = params.get("code")
    if code:
        yield from _code(code, ctx, person, who, subject)


def _code(code: Mapping[str, Any], ctx: Context, person: Mapping[str, Any], who: str, subject: str) -> Iterator[Issue]:
    stated = person.get(code["key"])
    docs = [d for d, _ in ctx.person_docs(code["doctype"], person)]
    read = [v for d in docs for v in d.values(code["field"])]
    if not docs:
        return  # the missing document is already a finding
    if not stated and not read:
        yield Issue(code["variant"], {"person": who, "key": code["key"]}, document=docs[0], page=docs[0].first_page,
                    subject=subject, expected=code["key"])
    elif stated and read and not any(values.compact_code(str(v.value)) == values.compact_code(str(stated))
                                     for v in read):
        v = read[0]
        yield Issue(code.get("differs_variant", code["variant"]),
                    {"person": who, "key": code["key"], "found": v.value, "expected": stated},
                    document=docs[0], page=v.page, subject=subject, found=str(v.value), expected=str(stated))


def _month_index(value: str) -> int:
    year, month = value.split("-")
    return int(year) * 12 + int(month)


def _latest(spec: Mapping[str, Any], ctx: Context, docs: list[Document], who: str, label: str,
            subject: str) -> Issue | None:
    reference = ctx.get(spec["before_key"]) or ctx.as_of
    ref = reference.date() if isinstance(reference, datetime) else reference
    assert isinstance(ref, date)
    ref_index = ref.year * 12 + ref.month
    periods = [(v, d) for d in docs for v in d.values(spec["field"]) if _month_index(str(v.value)) <= ref_index]
    if not periods:
        return Issue(spec["variant"], {"person": who, "doctype": label, "period": "non leggibile",
                                       "months": spec["max_age_months"]},
                     document=docs[0], page=docs[0].first_page, subject=subject, severity=Severity.WARNING)
    value, doc = max(periods, key=lambda x: _month_index(str(x[0].value)))
    age = ref_index - _month_index(str(value.value))
    if age <= spec["max_age_months"]:
        return None
    return Issue(spec["variant"], {"person": who, "doctype": label, "period": value.raw,
                                   "months": spec["max_age_months"]},
                 document=doc, page=value.page, subject=subject, found=value.raw, severity=Severity.WARNING)
