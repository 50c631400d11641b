"""What the HTML templates show, prepared from a result: Italian labels, groups, figures.

The dossier page is assembled in `page.py` from the modules beside it; this module keeps the labels and the index rows.
"""

from __future__ import annotations

from typing import Any

from ..models import DossierResult, RunResult, Severity, Verdict
from .summary import blocking_rules, summarise

VERDICT_LINE = {
    Verdict.BLOCKED: "Il dossier NON è pronto: ci sono problemi bloccanti da risolvere prima dell'invio.",
    Verdict.WARNINGS: "Il dossier non ha problemi bloccanti, ma ci sono avvisi da controllare.",
    Verdict.READY: "Il dossier è pronto: nessun problema bloccante né avviso.",
}
VERDICT_SHORT = {Verdict.BLOCKED: "Bloccato", Verdict.WARNINGS: "Da controllare", Verdict.READY: "Pronto"}
VERDICT_PLURAL = {Verdict.BLOCKED: "bloccati", Verdict.WARNINGS: "da controllare", Verdict.READY: "pronti"}
SEVERITY_LABEL = {Severity.BLOCKING: "Bloccante", Severity.WARNING: "Avviso", Severity.INFO: "Informazione"}
GROUP_LABEL = {Severity.BLOCKING: "Bloccanti", Severity.WARNING: "Avvisi", Severity.INFO: "Informazioni"}
FASE_LABEL = {"domanda": "domanda", "liquidazione": "liquidazione"}
DATE_LABELS = {
    "invia_entro": "Invia entro",
    "avvio_entro": "Avvio del corso entro",
    "fine_entro": "Fine del corso entro",
    "liquida_entro": "Liquida entro",
}
# what the manifest says about the event each deadline guards
EVENT_LABELS = {"invia_entro": "invio", "avvio_entro": "avvio", "fine_entro": "fine", "liquida_entro": "richiesta"}


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
