"""The dossier page's data: everything `report.html.j2` shows, computed here and in the modules
beside it (checklist, participants, evidence, texts, inventory, parties); the template only lays it out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ..catalog import Catalog
from ..models import DossierResult, Finding, Severity
from . import checklist, inventory, participants, texts
from .evidence import Evidence, evidence
from .parties import PARTY_LABEL, file_doctypes, finding_party
from .view import DATE_LABELS, EVENT_LABELS, SEVERITY_LABEL, VERDICT_LINE, VERDICT_SHORT

GROUP_LABEL = {Severity.BLOCKING: "Bloccanti", Severity.WARNING: "Avvisi", Severity.INFO: "Informazioni"}


@dataclass(frozen=True)
class FindingView:
    finding: Finding
    evidence: Evidence
    party: str

    @property
    def party_label(self) -> str:
        return PARTY_LABEL[self.party]


@dataclass(frozen=True)
class FindingGroup:
    key: str
    label: str
    findings: list[FindingView]


def _day(moment: Any) -> date:
    return moment.date() if isinstance(moment, datetime) else moment


def date_items(result: DossierResult) -> list[dict[str, Any]]:
    """Each deadline with the days left from the reference date and, when the manifest dates the event
    it guards, that date and whether it is in time (an event already past needs no countdown)."""
    events = result.facts.get("date_events") or {}
    out = []
    for key, moment in (result.facts.get("dates") or {}).items():
        event = events.get(key)
        in_time = None
        if event is not None:
            both_times = isinstance(event, datetime) and isinstance(moment, datetime)
            in_time = event <= moment if both_times else _day(event) <= _day(moment)
        past = event is not None and result.as_of is not None and _day(event) < result.as_of
        done = event is not None and result.as_of is not None and _day(event) <= result.as_of
        out.append({"key": key, "label": DATE_LABELS.get(key, key), "when": moment,
                    "days_left": (_day(moment) - result.as_of).days if result.as_of and not past else None,
                    "event_label": EVENT_LABELS.get(key, "evento") + (" del" if done else " previsto il"),
                    "event": event, "in_time": in_time})
    return out


def finding_views(result: DossierResult, catalog: Catalog) -> list[FindingView]:
    rules = {r.id: r for r in catalog.all_rules()}
    files = file_doctypes(result.inventory)
    return [FindingView(f, evidence(f), finding_party(f, rules, catalog, files)) for f in result.findings]


def dossier_view(result: DossierResult, catalog: Catalog) -> dict[str, Any]:
    views = finding_views(result, catalog)
    live = [v for v in views if not v.finding.waived]
    groups = [
        FindingGroup(sev.value, GROUP_LABEL[sev], [v for v in live if v.finding.severity is sev])
        for sev in (Severity.BLOCKING, Severity.WARNING, Severity.INFO)
    ]
    parties = {i: v.party for i, v in enumerate(views)}
    phase_rules, common_rules = checklist.dossier_rules(result, catalog)
    by_finding = {id(v.finding): v.party for v in views}
    rows = checklist.checklist(result, catalog, lambda f: by_finding.get(id(f), "consulente"))
    ready_texts = [t for t in (texts.client_message(result, parties), texts.provider_message(result, parties),
                               texts.wording_text(result)) if t]
    return {
        "result": result,
        "verdict_line": VERDICT_LINE[result.verdict],
        "verdict_short": VERDICT_SHORT[result.verdict],
        "verdict": result.verdict.value,
        "counts": result.counts(),
        "groups": [g for g in groups if g.findings],
        "waived": [v for v in views if v.finding.waived],
        "dates": date_items(result),
        "funding": result.facts.get("funding"),
        "info": {"bando": None, "ragione_sociale": None, **(result.facts.get("dossier") or {})},
        "public_recomputed": (result.facts.get("attendance") or {}).get("public_recomputed"),
        "checklist": rows,
        "checklist_counts": _status_counts(rows["bando"]),
        "participants": participants.matrix(phase_rules, result),
        "texts": ready_texts,
        "wording_missing": (result.facts.get("invoice_wording") or {}).get("missing", []),
        "studio": [v for v in live if v.party == "consulente" and v.finding.severity is not Severity.INFO],
        "inventory": inventory.inventory(result, catalog, phase_rules + common_rules),
        "severity_label": SEVERITY_LABEL,
        "party_label": PARTY_LABEL,
        "selection": result.facts.get("selezione"),
    }


def _status_counts(rows: list[checklist.ChecklistRow]) -> dict[str, int]:
    out: dict[str, int] = {}
    for row in rows:
        out[row.status] = out.get(row.status, 0) + 1
    return out
