"""What a batch adds up to: dossiers by verdict, and how often each rule fired.

One source for the index page, the combined JSON and the terminal summary.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..models import Finding, RunResult, Severity, Verdict


@dataclass(frozen=True)
class RuleCount:
    rule: str
    title: str
    severity: Severity
    findings: int  # live findings (not waived) of this rule over the batch
    dossiers: int  # dossiers with at least one


@dataclass(frozen=True)
class Summary:
    dossiers: int
    verdicts: dict[str, int]  # blocked / warnings / ready
    rules: tuple[RuleCount, ...]  # most frequent first


def summarise(run: RunResult) -> Summary:
    verdicts = {v.value: 0 for v in (Verdict.BLOCKED, Verdict.WARNINGS, Verdict.READY)}
    counts: dict[tuple[str, Severity], list[int]] = {}
    titles: dict[str, str] = {}
    for d in run.dossiers:
        verdicts[d.verdict.value] += 1
        here: set[tuple[str, Severity]] = set()
        for f in d.findings:
            if f.waived:
                continue
            key = (f.rule, f.severity)
            titles.setdefault(f.rule, f.title or f.rule)
            entry = counts.setdefault(key, [0, 0])
            entry[0] += 1
            if key not in here:
                here.add(key)
                entry[1] += 1
    rules = sorted(
        (RuleCount(rule, titles[rule], sev, n, nd) for (rule, sev), (n, nd) in counts.items()),
        key=lambda r: (-r.dossiers, r.severity.rank, -r.findings, r.rule),
    )
    return Summary(len(run.dossiers), verdicts, tuple(rules))


def blocking_rules(findings: Iterable[Finding]) -> list[str]:
    """The distinct rule IDs of live blocking findings, sorted."""
    return sorted({f.rule for f in findings if f.severity is Severity.BLOCKING and not f.waived})
