"""Each participant's documents, rule by rule, for the report's participant matrix.

Computed after the rules ran, with the checks' own matching (`applies`, `person_docs`,
`covered_months`), so the matrix cannot disagree with the findings: for every
participant rule (check `participant_documents` or `participant_months`), whether it
concerns the participant (True, False, or None when the manifest lacks the value that
decides it), the documents matched to them, and for monthly documents each month of
the course with the document that covers it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .catalog import Rule
from .checks import participant_documents as pdocs
from .checks import participant_months as pmonths
from .checks.base import person_subject
from .context import Context, Unverifiable
from .models import Document

PARTICIPANT_CHECKS = ("participant_documents", "participant_months")


def doc_ref(doc: Document, how: str) -> dict[str, Any]:
    return {"doctype": doc.doctype, "file": doc.file.display, "first_page": doc.first_page,
            "last_page": doc.last_page, "match": how}


def _documents(rule: Rule, ctx: Context, person: Mapping[str, Any]) -> list[dict[str, Any]]:
    types = pdocs.required_doctypes(rule.params) if rule.check == "participant_documents" else rule.params["doctypes"]
    return [doc_ref(d, how) for t in types for d, how in ctx.person_docs(t, person)]


def _applies(rule: Rule, ctx: Context, person: Mapping[str, Any]) -> bool | None:
    try:
        if rule.check == "participant_documents":
            return pdocs.applies(rule.params, ctx, person)
        return pmonths.applies(rule.params, person)
    except Unverifiable:
        return None


def _months(rule: Rule, ctx: Context, person: Mapping[str, Any]) -> list[dict[str, Any]]:
    try:
        wanted = pmonths.wanted_months(rule.params, ctx)
    except Unverifiable:
        return []
    covered = pmonths.covered_months(rule.params, ctx, person)
    return [{"month": m, "label": pmonths.month_label(m),
             "document": doc_ref(*covered[m]) if m in covered else None} for m in wanted]


def requirement(rule: Rule, ctx: Context, person: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"applies": _applies(rule, ctx, person), "documents": _documents(rule, ctx, person)}
    if rule.check == "participant_months":
        out["months"] = _months(rule, ctx, person)
    return out


def participant_facts(ctx: Context, rules: Sequence[Rule]) -> list[dict[str, Any]]:
    wanted = [r for r in rules if r.check in PARTICIPANT_CHECKS]
    out = []
    for person in ctx.manifest.participants:
        out.append({
            "subject": person_subject(person),
            "name": f"{person.get('nome') or ''} {person.get('cognome') or ''}".strip(),
            "codice_fiscale": person.get("codice_fiscale"),
            "tipo": person.get("tipo"),
            "requirements": {r.id: requirement(r, ctx, person) for r in wanted},
        })
    return out
