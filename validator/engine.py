"""Rules × dossier → findings. The engine, not the check, stamps rule ID, severity and wording.

A rule that needs a value nobody gives becomes MAN-UNVERIFIABLE with the rule's own
severity (an unverifiable blocking rule blocks); a check that crashes becomes
TOOL-ERROR (blocking: the dossier cannot be declared ready); waivers are applied
last and stay visible.
"""

from __future__ import annotations

import dataclasses
import logging
import traceback
from collections.abc import Callable, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from . import conditions, deadlines, manifest_cache
from .catalog import Catalog, Rule
from .checks import CHECKS
from .checks.base import Issue
from .context import Context, FileEvent, Unverifiable
from .extract import Cache, extract
from .manifest import MANIFEST_NAME, Manifest
from .models import DossierResult, Finding, Severity
from .scan import Extractor, Failed, Prepared, Scan, scan_dossier
from .selection import EVERYTHING, Selection
from .waivers import apply_waivers
from .wording import stamp

log = logging.getLogger(__name__)

ENGINE_RULES = ("MAN-UNVERIFIABLE", "TOOL-ERROR", "MAN-DEROGA")


def evaluate(rules: tuple[Rule, ...], ctx: Context, catalog: Catalog) -> list[Finding]:
    """Run the rules; `ctx.facts["rule_status"]` records what became of each one (for the report's
    checklist): applied, not_applicable (its `when` does not hold), unverifiable, error."""
    findings: list[Finding] = []
    engine_rules = {r.id: r for r in catalog.common_rules if r.id in ENGINE_RULES}
    status: dict[str, str] = ctx.facts.setdefault("rule_status", {})
    for rule in rules:
        if rule.id in ENGINE_RULES:
            continue
        status[rule.id] = "applied"
        try:
            if rule.when and not conditions.all_hold(rule.when, ctx.get):
                status[rule.id] = "not_applicable"
                continue
            findings.extend(stamp(rule, issue) for issue in CHECKS[rule.check].check(rule.params, ctx))
        except Unverifiable as exc:
            status[rule.id] = "unverifiable"
            severity = Severity.WARNING if rule.severity is Severity.INFO else rule.severity
            issue = Issue(vars={"rule": rule.id, "title": rule.title, "key": exc.key}, subject=exc.subject,
                          document=MANIFEST_NAME, expected=exc.key, severity=severity)
            # the rule that could not be evaluated may rest on an assumption: say so here too
            findings.append(dataclasses.replace(stamp(engine_rules["MAN-UNVERIFIABLE"], issue), about=rule.id,
                                                assumption=rule.assumption if not rule.assumption_variants else None))
        except Exception as exc:  # a bug must not pass a dossier: it blocks, visibly
            status[rule.id] = "error"
            log.debug("check %s failed", rule.id, exc_info=True)
            where = traceback.extract_tb(exc.__traceback__)[-1]
            issue = Issue(vars={"rule": rule.id, "error": f"{type(exc).__name__}: {exc}",
                                "where": f"{Path(where.filename).name}:{where.lineno}"})
            findings.append(dataclasses.replace(stamp(engine_rules["TOOL-ERROR"], issue), about=rule.id))
    return findings


def order(findings: list[Finding]) -> list[Finding]:
    """Blocking first, then warnings, then information; waived ones after the live ones."""
    return sorted(findings, key=lambda f: (f.waived, f.severity.rank, f.rule, f.document or "", f.page or 0))


def check_dossier(
    path: Path,
    catalog: Catalog,
    cache: Cache,
    as_of: date | None = None,
    extractor: Extractor | None = None,
    display: str | None = None,
    selection: Selection = EVERYTHING,
    *,
    prepared: Mapping[str, Prepared | Failed | FileEvent] | None = None,
    watch: Callable[[str | None], None] | None = None,
) -> DossierResult:
    """Check one dossier. `prepared` and `watch` are for batches (see scan.scan_dossier)."""
    manifest_path = path / MANIFEST_NAME
    events: list[FileEvent] = []
    manifest: Manifest | None = None
    if manifest_path.is_file():
        manifest, problems = manifest_cache.load(manifest_path, cache)
        for p in problems:
            where = f"{p.key} (riga {p.line})" if p.line and p.key else (f"riga {p.line}" if p.line else p.key)
            events.append(FileEvent("manifest-invalid", None, MANIFEST_NAME, f"{where}: {p.message}".strip(": "),
                                    page=None))
    else:
        events.append(FileEvent("manifest-missing", None, MANIFEST_NAME))

    scan: Scan = scan_dossier(path, catalog, cache, extractor or extract, prepared=prepared, watch=watch)
    if watch is not None:
        watch(None)  # the files are done: what follows is the rules
    events.extend(scan.events)
    manifest = manifest or Manifest({})
    bando_id, fase = manifest.bando, manifest.fase
    bando = catalog.bandi.get(bando_id or "")
    reference = as_of or default_as_of(manifest)
    ctx = Context(
        manifest=manifest,
        catalog=catalog,
        bando=bando,
        documents=scan.documents,
        files=scan.files,
        texts=scan.texts,
        events=events,
        as_of=reference,
        now=deadlines.now_rome(),
    )
    if manifest.data:
        rules = catalog.rules_for(bando_id, fase) if bando and fase in bando.phases else catalog.common_rules
    else:
        rules = tuple(r for r in catalog.common_rules if r.check == "file_events")
    rules = tuple(r for r in rules if selection.wants(r.id))
    findings = [f for f in evaluate(rules, ctx, catalog) if selection.keeps(f.rule)]
    if manifest.data:
        from .report_facts import collect  # what the report shows beyond the findings

        try:
            collect(ctx, rules)
        except Exception:  # the report's extra figures must never stop a check; the findings stand
            log.warning("report facts for %s could not be collected", path, exc_info=True)
    findings = [f for f in apply_waivers(findings, manifest, reference, catalog, selection)
                if selection.keeps(f.rule)]
    if selection.active:
        ctx.facts["selezione"] = selection.describe()
    return DossierResult(
        path=display or str(path),
        bando=bando_id,
        fase=fase,
        findings=tuple(order(findings)),
        as_of=reference,
        inventory=tuple(scan.inventory),
        facts=ctx.facts,
    )


def check_dossier_or_error(path: Path, catalog: Catalog, cache: Cache, as_of: date | None = None,
                           display: str | None = None, **batch: Any) -> DossierResult:
    """check_dossier, but an unexpected exception becomes a TOOL-ERROR finding of that dossier.

    The rules already run one by one under this guard (evaluate); this one catches what
    happens around them (reading the manifest, walking the folder, a bug in a stage), so
    one dossier that breaks the engine never stops a batch.
    """
    try:
        return check_dossier(path, catalog, cache, as_of=as_of, display=display, **batch)
    except Exception as exc:
        log.debug("dossier %s failed", path, exc_info=True)
        where = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
        return tool_error(display or str(path), catalog, f"{type(exc).__name__}: {exc}",
                          f"{Path(where.filename).name}:{where.lineno}" if where else "?")


def tool_error(display: str, catalog: Catalog, error: str, where: str) -> DossierResult:
    """A dossier that could not be checked at all: one blocking TOOL-ERROR finding."""
    rule = next(r for r in catalog.common_rules if r.id == "TOOL-ERROR")
    issue = Issue(vars={"rule": "dell'intero dossier", "error": error, "where": where})
    return DossierResult(path=display, bando=None, fase=None, findings=(stamp(rule, issue),))


def default_as_of(manifest: Manifest) -> date:
    """The filing time for a domanda, the claim date for a liquidazione, otherwise today."""
    key = "liquidazione.data_richiesta" if manifest.fase == "liquidazione" else "presentazione.data_invio"
    value = manifest.get(key)
    if isinstance(value, datetime):
        return value.astimezone(deadlines.ROME).date()
    if isinstance(value, date):
        return value
    return deadlines.today_rome()
