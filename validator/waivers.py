"""Waivers (`deroghe:` in dossier.yaml): a justified exception turns a finding into a waived one.

    deroghe:
      - {regola: FC4-D-COB, soggetto: BNCNNA85M41F205Q, motivo: "...", autore: LV, scadenza: 2026-12-31}

A waiver names a rule ID and, optionally, a subject: a participant's codice fiscale (or
whatever the finding is about), or a document (its path in the dossier, the path of the
.p7m it came in, or just its file name). Without a subject it waives every finding of
that rule. A waived finding stays in the report and in the counts; it no longer decides
the verdict. A waiver that matches nothing, names a rule the catalog does not have, or
has expired on the reference date is itself a warning (MAN-DEROGA), and an expired one
waives nothing. Waivers of rules left out with --select/--ignore are not judged.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import date
from typing import Any

from .catalog import Catalog
from .checks.base import Issue
from .manifest import MANIFEST_NAME, Manifest
from .models import Finding
from .selection import EVERYTHING, Selection
from .wording import stamp


def _path(text: str) -> str:
    return "/".join(p for p in text.strip().replace("\\", "/").lower().split("/") if p not in ("", "."))


def _names(document: str) -> set[str]:
    """The ways an operator may name a finding's document: `a/x.pdf.p7m › x.pdf` is also
    `a/x.pdf.p7m`, `x.pdf.p7m` and `x.pdf`."""
    out: set[str] = set()
    for part in (document, *document.split("›")):
        p = _path(part)
        if p:
            out |= {p, p.rsplit("/", 1)[-1]}
    return out


def matches(finding: Finding, rule: str, subject: str | None) -> bool:
    if finding.rule != rule.strip().upper():
        return False
    if not subject or not subject.strip():
        return True
    wanted = subject.strip().lower()
    if wanted == (finding.subject or "").strip().lower():
        return True
    return bool(finding.document) and _path(wanted) in _names(finding.document or "")


def _label(w: Mapping[str, Any]) -> str:
    return str(w["regola"]) + (f" ({w['soggetto']})" if w.get("soggetto") else "")


def apply_waivers(findings: list[Finding], manifest: Manifest, as_of: date, catalog: Catalog,
                  selection: Selection = EVERYTHING) -> list[Finding]:
    waivers = manifest.get("deroghe") or []
    if not waivers:
        return findings
    rule = next(r for r in catalog.common_rules if r.id == "MAN-DEROGA")
    known = {r.id for r in catalog.all_rules()}
    out = list(findings)
    extra: list[Finding] = []
    for i, w in enumerate(waivers):
        if not isinstance(w, dict) or not w.get("regola"):
            continue
        rule_id = str(w["regola"]).strip().upper()
        label = _label(w)
        if rule_id not in known:
            extra.append(stamp(rule, Issue("unknown_rule", {"waiver": label, "index": i + 1},
                                           document=MANIFEST_NAME, subject=rule_id)))
            continue
        if not selection.keeps(rule_id):
            continue  # its rule did not run: nothing to match, nothing to report
        expiry = w.get("scadenza")
        if isinstance(expiry, date) and expiry < as_of:
            extra.append(stamp(rule, Issue("expired", {"waiver": label, "until": expiry, "as_of": as_of},
                                           document=MANIFEST_NAME, subject=rule_id)))
            continue
        hits = [j for j, f in enumerate(out) if not f.waived and matches(f, rule_id, w.get("soggetto"))]
        if not hits:
            extra.append(stamp(rule, Issue("unused", {"waiver": label, "index": i + 1},
                                           document=MANIFEST_NAME, subject=rule_id)))
            continue
        who = f" — {w['autore']}" if w.get("autore") else ""
        until = f" (fino al {expiry:%d/%m/%Y})" if isinstance(expiry, date) else ""
        for j in hits:
            out[j] = dataclasses.replace(out[j], waived=True, waiver=f"{w['motivo']}{who}{until}")
    return out + extra
