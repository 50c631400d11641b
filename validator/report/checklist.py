"""The call's checklist as the report shows it: one row per rule, with its status and its documents.

Status, from what the engine recorded (`facts["rule_status"]`) and the findings:
`error` (the check crashed), `unverifiable` (a value is missing), `not_applicable`
(its `when` does not hold), `missing` (a live finding of a «missing» variant),
`wrong` (any other live blocking or warning finding), `note` (only information),
`waived` (only waived findings), `met` (applied, nothing found), `not_run` (the rule
was not evaluated: no manifest). The documents are those of the types the rule asks
for, with their pages, as found in the inventory.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from ..catalog import Catalog, Rule, rule_doctypes
from ..models import DossierResult, Finding, Severity

STATUS_LABEL = {
    "met": "Conforme",
    "missing": "Manca",
    "wrong": "Errato",
    "unverifiable": "Non verificabile",
    "waived": "In deroga",
    "not_applicable": "Non applicabile",
    "note": "Promemoria",
    "error": "Errore interno",
    "not_run": "Non verificato",
}
# rules that speak about other rules, not requirements of their own
META_RULES = ("MAN-UNVERIFIABLE", "TOOL-ERROR", "MAN-DEROGA")


@dataclass(frozen=True)
class DocRef:
    file: str
    pages: str
    doctype: str
    by_name: bool = False


@dataclass(frozen=True)
class ChecklistRow:
    rule: Rule
    status: str
    findings: tuple[Finding, ...]  # live ones first, then waived ones
    documents: tuple[DocRef, ...]
    party: str | None  # who must act; None when there is nothing to do

    @property
    def status_label(self) -> str:
        return STATUS_LABEL[self.status]


def _is_missing(variant: str | None) -> bool:
    return bool(variant) and (variant == "missing" or str(variant).startswith("missing"))


def row_status(rule_status: str | None, findings: list[Finding]) -> str:
    live = [f for f in findings if not f.waived]
    if rule_status in ("error", "unverifiable", "not_applicable"):
        return rule_status
    serious = [f for f in live if f.severity is not Severity.INFO]
    if serious:
        if any(_is_missing(f.variant) for f in serious):
            return "missing"
        if all(f.variant == "by_name" for f in serious):
            return "unverifiable"
        return "wrong"
    if live:
        return "note"
    if findings:
        return "waived"
    return "met" if rule_status else "not_run"


def asked_doctypes(rule: Rule, catalog: Catalog) -> list[str]:
    if rule.check == "signatures":
        return [dt.id for dt in catalog.doctypes.values() if dt.must_be_signed]
    return rule_doctypes(rule)


def _documents(result: DossierResult, doctypes: list[str]) -> tuple[DocRef, ...]:
    wanted = set(doctypes)
    return tuple(DocRef(d.file.display, d.pages_label, d.doctype, d.by_name)
                 for item in result.inventory for d in item.documents if d.doctype in wanted)


def dossier_rules(result: DossierResult, catalog: Catalog) -> tuple[tuple[Rule, ...], tuple[Rule, ...]]:
    """The call's and phase's rules, and the rules of every call (files, manifest, signatures)."""
    bando = catalog.bandi.get(result.bando or "")
    phase = catalog.phase_rules.get((result.bando or "", result.fase or ""), ()) if bando else ()
    common = tuple(r for r in catalog.common_rules if r.id not in META_RULES)
    return phase, common


def _concerns_nobody(rule: Rule, result: DossierResult) -> bool:
    """A participant rule whose filter leaves out every participant (no part-timer, no self-employed)."""
    people = result.facts.get("participants") or []
    reqs = [p["requirements"].get(rule.id) for p in people]
    return bool(reqs) and all(r is not None and r["applies"] is False for r in reqs)


def _party(status: str, findings: tuple[Finding, ...], party_of: Callable[[Finding], str]) -> str | None:
    if status in ("unverifiable", "error"):
        return "consulente"
    live = [f for f in findings if not f.waived]
    return party_of(live[0]) if live and status in ("missing", "wrong", "note") else None


def rows(rules: tuple[Rule, ...], result: DossierResult, catalog: Catalog,
         party_of: Callable[[Finding], str]) -> list[ChecklistRow]:
    status: Mapping[str, str] = result.facts.get("rule_status") or {}
    out = []
    for rule in rules:
        related = [f for f in result.findings if f.rule == rule.id or f.about == rule.id]
        related.sort(key=lambda f: f.waived)
        row_st = row_status(status.get(rule.id), related)
        if row_st == "met" and _concerns_nobody(rule, result):
            row_st = "not_applicable"
        out.append(ChecklistRow(rule, row_st, tuple(related), _documents(result, asked_doctypes(rule, catalog)),
                                _party(row_st, tuple(related), party_of)))
    return out


def checklist(result: DossierResult, catalog: Catalog,
              party_of: Callable[[Finding], str]) -> dict[str, list[ChecklistRow]]:
    phase, common = dossier_rules(result, catalog)
    return {"bando": rows(phase, result, catalog, party_of), "generali": rows(common, result, catalog, party_of)}
