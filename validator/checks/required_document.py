"""A document the dossier must hold, what it must say, and what its fields must show.

`doctype` (or `doctypes`, any of) names the document; `person` (a manifest key such
as `impresa.legale_rappresentante`) requires it to concern that person; `must_contain`
lists phrase groups, each missing group one finding; `expect` lists assertions on the
document's fields (valid, equal to the manifest, naming the company, valid on the
reference date...), each failing one a finding. Among several copies, the one with the
fewest problems is judged, so an old draft next to the good copy raises nothing.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any

from .. import values
from ..context import Context, Unverifiable
from ..models import Document
from ..textnorm import MatchText
from .base import Issue, person_label

NAME = "required_document"
VARIANTS = ("missing", "by_name")


def declared_variants(params: Mapping[str, Any]) -> set[str]:
    out = set(VARIANTS)
    if params.get("must_contain"):
        out |= {"phrase_missing"}
        if any(g.get("wrong") for g in params["must_contain"]):
            out.add("phrase_wrong")
    out |= {a["variant"] for a in params.get("expect", ())}
    if params.get("person"):
        out.add("name_only")
    return out


def doctypes_of(params: Mapping[str, Any]) -> list[str]:
    return [params["doctype"]] if "doctype" in params else list(params["doctypes"])


def check(params: Mapping[str, Any], ctx: Context) -> Iterator[Issue]:
    types = doctypes_of(params)
    label = " / ".join(ctx.catalog.doctypes[t].label for t in types)
    candidates = ctx.docs(*types)
    person = None
    name_only: set[int] = set()
    if params.get("person"):
        person = ctx.require(params["person"])
        matched = []
        for d in candidates:
            how = ctx.person_match(d, person)
            if how:
                matched.append(d)
                if how == "name" and not _name_is_enough(d, params.get("name_enough")):
                    name_only.add(id(d))
        if not matched and len(candidates) == 1 and not candidates[0].text.strip():
            matched = candidates  # a document recognised by name only cannot name anyone
        candidates = matched
    if not candidates:
        yield Issue("missing", {"doctype": label, "person": person_label(person) if person else ""},
                    expected=label)
        return

    judged = [(doc, list(_problems(doc, params, ctx, label))) for doc in candidates]
    judged.sort(key=lambda x: (len(x[1]), x[0].by_name, id(x[0]) in name_only))
    doc, problems = judged[0]
    yield from problems
    if id(doc) in name_only and not problems:
        yield Issue("name_only", {"doctype": label, "person": person_label(person) if person else ""},
                    document=doc, page=doc.first_page, severity=_warning())


def _name_is_enough(doc: Document, spec: Mapping[str, Any] | None) -> bool:
    """Documents that never print a codice fiscale (a passport) are matched by name without a warning."""
    if not spec:
        return False
    value = doc.first(spec["field"])
    return value is not None and value.value in spec["in"]


def _warning() -> Any:
    from ..models import Severity

    return Severity.WARNING


def _problems(doc: Document, params: Mapping[str, Any], ctx: Context, label: str) -> Iterator[Issue]:
    if doc.by_name:
        yield Issue("by_name", {"doctype": label, "file": doc.file.display}, document=doc, page=doc.first_page)
        return
    mt = ctx.match_text(doc)
    for group in params.get("must_contain", ()):
        if any(mt.contains(p) for p in group["any"]):
            continue
        wrong = next(((p, mt.find(p)) for p in group.get("wrong", ()) if mt.find(p)), None)
        if wrong:
            phrase, span = wrong
            assert span is not None
            yield Issue("phrase_wrong", {"doctype": label, "phrase": group["label"], "found": phrase},
                        document=doc, page=_page_of(doc, span), found=phrase, expected=group["label"],
                        snippet=mt.snippet(span))
        else:
            yield Issue("phrase_missing", {"doctype": label, "phrase": group["label"]},
                        document=doc, page=doc.first_page, expected=group["label"])
    for assertion in params.get("expect", ()):
        issue = ASSERTIONS[assertion["assert"]](doc, assertion, ctx, label)
        if issue is not None:
            yield issue


def _page_of(doc: Document, span: tuple[int, int]) -> int:
    return doc.first_page + doc.text.count("\f", 0, span[0])


# ---------------------------------------------------------------- assertions on fields

def _field_valid(doc: Document, a: Mapping[str, Any], ctx: Context, label: str) -> Issue | None:
    found = doc.values(a["field"])
    if any(v.valid for v in found):
        return None
    bad = found[0] if found else None
    return Issue(a["variant"], {"doctype": label, "field": a["field"], "value": bad.raw if bad else "",
                                "problem": bad.problem if bad else "non trovato"},
                 document=doc, page=bad.page if bad else doc.first_page,
                 found=bad.raw if bad else None, snippet=_snippet(doc, ctx, bad.raw if bad else None))


def _same(kind: str, a: Any, b: Any) -> bool:
    if kind == "code":
        return values.compact_code(str(a)) == values.compact_code(str(b))
    if kind == "amount":
        return abs(values.money(a) - values.money(b)) <= values.CENT
    if kind == "company":
        return values.company_key(str(a)) == values.company_key(str(b))
    return str(a).strip().lower() == str(b).strip().lower()


def _field_equals(doc: Document, a: Mapping[str, Any], ctx: Context, label: str) -> Issue | None:
    expected = ctx.get(a["key"])
    found = [v for v in doc.values(a["field"]) if v.valid]
    if expected is None:
        if found or a.get("if_missing") == "document":
            return None  # the manifest left it out: the document's value is used
        raise Unverifiable(a["key"])
    if not found:
        return None  # field_valid reports an unreadable value; equality has nothing to compare
    if any(_same(a.get("compare", "text"), v.value, expected) for v in found):
        return None
    v = found[0]
    return Issue(a["variant"], {"doctype": label, "field": a["field"], "found": v.raw, "expected": expected},
                 document=doc, page=v.page, found=v.raw, expected=str(expected), snippet=_snippet(doc, ctx, v.raw))


def _mentions_company(doc: Document, a: Mapping[str, Any], ctx: Context, label: str) -> Issue | None:
    if ctx.company_mentioned(doc):
        return None
    holder = doc.first(a.get("field", "intestatario"), valid_only=False)
    return Issue(a["variant"], {"doctype": label, "company": ctx.get("impresa.ragione_sociale"),
                                "found": holder.value if holder else "non indicato"},
                 document=doc, page=holder.page if holder else doc.first_page,
                 found=str(holder.value) if holder else None, expected=ctx.get("impresa.ragione_sociale"))


def _valid_on_reference(doc: Document, a: Mapping[str, Any], ctx: Context, label: str) -> Issue | None:
    dt = ctx.catalog.doctypes[doc.doctype]
    until_field = a.get("field") or dt.validity.get("until")
    until = doc.first(until_field) if until_field else None
    if until is None:
        return Issue(a.get("unreadable_variant", a["variant"]),
                     {"doctype": label, "until": "non leggibile", "as_of": ctx.as_of},
                     document=doc, page=doc.first_page, expected=f"valido al {values.format_date(ctx.as_of)}")
    # several dates after the label: the latest is the expiry (issue dates come first)
    latest = max((v for v in doc.values(str(until_field)) if isinstance(v.value, date)), key=lambda v: v.value)
    from_field = dt.validity.get("from")
    start = doc.first(from_field) if from_field else None
    if latest.value < ctx.as_of or (start is not None and start.value > ctx.as_of):  # type: ignore[operator]
        return Issue(a["variant"], {"doctype": label, "until": latest.value, "as_of": ctx.as_of,
                                    "from": start.value if start else None},
                     document=doc, page=latest.page, found=values.format_date(latest.value),  # type: ignore[arg-type]
                     expected=f"valido al {values.format_date(ctx.as_of)}", snippet=_snippet(doc, ctx, latest.raw))
    return None


def _paper_id(doc: Document, a: Mapping[str, Any], ctx: Context, label: str) -> Issue | None:
    """A paper identity card (no machine-readable zone) is void from the date given."""
    since = a["from"]
    kind = doc.first("tipo")
    if kind is None or kind.value != "carta_identita" or doc.first("mrz") is not None:
        return None
    if ctx.as_of < since:
        return None
    return Issue(a["variant"], {"doctype": label, "since": since}, document=doc, page=doc.first_page,
                 found="carta d'identità cartacea (senza zona a lettura ottica)")


def _snippet(doc: Document, ctx: Context, raw: str | None) -> str | None:
    if not raw:
        return None
    mt: MatchText = ctx.match_text(doc)
    idx = doc.text.find(raw)
    return mt.snippet((idx, idx + len(raw))) if idx >= 0 else None


ASSERTIONS = {
    "field_valid": _field_valid,
    "field_equals": _field_equals,
    "mentions_company": _mentions_company,
    "valid_on_reference": _valid_on_reference,
    "paper_id": _paper_id,
}
