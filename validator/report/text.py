"""--format text and the short terminal summary: the verdict first, then what blocks."""

from __future__ import annotations

from ..models import DossierResult, RunResult, Severity, Verdict
from .summary import blocking_rules, summarise

VERDICT_IT = {
    Verdict.BLOCKED: "BLOCCATO: ci sono problemi bloccanti",
    Verdict.WARNINGS: "DA CONTROLLARE: solo avvisi",
    Verdict.READY: "PRONTO: nessun problema bloccante",
}
SEVERITY_IT = {Severity.BLOCKING: "BLOCCANTE", Severity.WARNING: "AVVISO", Severity.INFO: "INFO"}
_COLOURS = {Verdict.BLOCKED: "\033[31m", Verdict.WARNINGS: "\033[33m", Verdict.READY: "\033[32m"}
_RESET = "\033[0m"


def _where(document: str | None, page: int | None) -> str:
    if not document:
        return ""
    return f" [{document}" + (f", p. {page}" if page else "") + "]"


def dossier_text(result: DossierResult, colour: bool = False, limit: int | None = None) -> str:
    counts = result.counts()
    verdict = VERDICT_IT[result.verdict]
    if colour:
        verdict = _COLOURS[result.verdict] + verdict + _RESET
    head = (f"{result.path} ({result.bando or '?'}/{result.fase or '?'}): {verdict} — "
            f"{counts['blocking']} bloccanti, {counts['warning']} avvisi, {counts['info']} info"
            + (f", {counts['waived']} in deroga" if counts["waived"] else ""))
    lines = [head]
    shown = [f for f in result.findings if f.severity is not Severity.INFO or limit is None]
    for f in shown[:limit] if limit else shown:
        tag = "DEROGA" if f.waived else SEVERITY_IT[f.severity]
        assumed = " (ipotesi da verificare)" if f.assumption else ""
        lines.append(f"  {tag:9} {f.rule}: {f.message}{_where(f.document, f.page)}{assumed}")
    if limit and len(shown) > limit:
        lines.append(f"  … altre {len(shown) - limit} segnalazioni nel report")
    return "\n".join(lines)


def batch_summary(result: RunResult, colour: bool = False, listed: int = 10, rules: int = 5) -> str:
    """The terminal summary of a batch: how many dossiers are ready, to check, blocked, and why."""
    s = summarise(result)
    parts = [(Verdict.BLOCKED, "bloccati"), (Verdict.WARNINGS, "da controllare"), (Verdict.READY, "pronti")]
    counts = []
    for verdict, label in parts:
        item = f"{s.verdicts[verdict.value]} {label}"
        counts.append(_COLOURS[verdict] + item + _RESET if colour else item)
    lines = [f"{s.dossiers} dossier esaminati: " + ", ".join(counts) + "."]
    blocked = [d for d in result.dossiers if d.verdict is Verdict.BLOCKED]
    for d in blocked[:listed]:
        lines.append(f"  {d.path}: " + " ".join(blocking_rules(d.findings)))
    if len(blocked) > listed:
        lines.append(f"  … e altri {len(blocked) - listed} dossier bloccati (vedete l'indice)")
    if s.rules:
        top = ", ".join(f"{r.rule} ({r.dossiers})" for r in s.rules[:rules])
        lines.append(f"Regole più frequenti (dossier): {top}")
    return "\n".join(lines)


class TextReporter:
    extension = "txt"

    def __init__(self, colour: bool = False, limit: int | None = None) -> None:
        self.colour = colour
        self.limit = limit

    def render(self, result: RunResult) -> str:
        blocks = [dossier_text(d, self.colour, self.limit) for d in result.dossiers]
        footer = (f"dossier-check {result.tool_version} — catalogo {result.catalog_version}")
        return "\n\n".join(blocks) + "\n" + footer
