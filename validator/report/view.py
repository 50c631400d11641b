"""What the HTML templates show, prepared from a result: Italian labels, groups, figures."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..models import DossierResult, Finding, RunResult, Severity, Verdict
from .summary import blocking_rules, summarise

VERDICT_LINE = {
    Verdict.BLOCKED: "Il dossier NON è pronto: ci sono problemi bloccanti da risolvere prima dell'invio.",
    Verdict.WARNINGS: "Il dossier non ha problemi bloccanti, ma ci sono avvisi da controllare.",
    Verdict.READY: "Il dossier è pronto: nessun problema bloccante né avviso.",
}
VERDICT_SHORT = {Verdict.BLOCKED: "Bloccato", Verdict.WARNINGS: "Da controllare", Verdict.READY: "Pronto"}
VERDICT_PLURAL = {Verdict.BLOCKED: "bloccati", Verdict.WARNINGS: "da controllare", Verdict.READY: "pronti"}
SEVERITY_LABEL = {Severity.BLOCKING: "Bloccante", Severity.WARNING: "Avviso", Severity.INFO: "Informazione"}
FASE_LABEL = {"domanda": "domanda", "liquidazione": "liquidazione"}
DATE_LABELS = {
    "invia_entro": "Invia entro",
    "avvio_entro": "Avvio del corso entro",
    "fine_entro": "Fine del corso entro",
    "liquida_entro": "Liquida entro",
}


@dataclass(frozen=True)
class FindingGroup:
    key: str
    label: str
    findings: list[Finding]


def dossier_view(result: DossierResult) -> dict[str, Any]:
    live = [f for f in result.findings if not f.waived]
    groups = [
        FindingGroup(sev.value, SEVERITY_LABEL[sev] + ("i" if sev is Severity.BLOCKING else ""),
                     [f for f in live if f.severity is sev])
        for sev in (Severity.BLOCKING, Severity.WARNING, Severity.INFO)
    ]
    dates = []
    as_of = result.as_of
    for key, moment in (result.facts.get("dates") or {}).items():
        day = moment.date() if hasattr(moment, "date") and callable(moment.date) else moment
        dates.append({"label": DATE_LABELS.get(key, key), "when": moment,
                      "days_left": (day - as_of).days if as_of else None})
    return {
        "result": result,
        "verdict_line": VERDICT_LINE[result.verdict],
        "verdict_short": VERDICT_SHORT[result.verdict],
        "verdict": result.verdict.value,
        "counts": result.counts(),
        "groups": [g for g in groups if g.findings],
        "waived": [f for f in result.findings if f.waived],
        "dates": dates,
        "funding": result.facts.get("funding"),
        "inventory": result.inventory,
        "severity_label": SEVERITY_LABEL,
    }


VERDICT_RANK = {Verdict.BLOCKED: 0, Verdict.WARNINGS: 1, Verdict.READY: 2}


def index_row(result: DossierResult, href: str) -> dict[str, Any]:
    live = sorted({f.rule for f in result.findings if not f.waived})
    return {"result": result, "href": href, "counts": result.counts(), "blocking": blocking_rules(result.findings),
            "rules": live, "verdict_short": VERDICT_SHORT[result.verdict], "verdict": result.verdict.value,
            "verdict_rank": VERDICT_RANK[result.verdict]}


def index_view(run: RunResult, names: dict[str, str]) -> dict[str, Any]:
    summary = summarise(run)
    return {"rows": [index_row(d, names[d.path]) for d in run.dossiers], "summary": summary,
            "verdicts": [(v.value, VERDICT_SHORT[v], VERDICT_PLURAL[v], summary.verdicts[v.value])
                         for v in (Verdict.BLOCKED, Verdict.WARNINGS, Verdict.READY)],
            "severity_label": SEVERITY_LABEL}
