"""Waivers (`deroghe:` in dossier.yaml): a justified exception turns a finding into a waived one.

A waived finding stays in the report and in the counts; it no longer decides the
verdict. A waiver that matches nothing, or has expired on the reference date, is
itself a warning (MAN-DEROGA), and an expired one waives nothing.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from .catalog import Catalog
from .checks.base import Issue
from .manifest import MANIFEST_NAME, Manifest
from .models import Finding
from .wording import stamp


def _matches(finding: Finding, rule: str, subject: str | None) -> bool:
    if finding.rule != rule:
        return False
    if not subject:
        return True
    s = subject.strip().lower()
    return s in {(finding.subject or "").lower(), (finding.document or "").lower()}


def apply_waivers(findings: list[Finding], manifest: Manifest, as_of: date, catalog: Catalog) -> list[Finding]:
    waivers = manifest.get("deroghe") or []
    if not waivers:
        return findings
    rule = next(r for r in catalog.common_rules if r.id == "MAN-DEROGA")
    out = list(findings)
    extra: list[Finding] = []
    for i, w in enumerate(waivers):
        if not isinstance(w, dict) or not w.get("regola"):
            continue
        label = w["regola"] + (f" ({w['soggetto']})" if w.get("soggetto") else "")
        expiry = w.get("scadenza")
        if isinstance(expiry, date) and expiry < as_of:
            extra.append(stamp(rule, Issue("expired", {"waiver": label, "until": expiry},
                                           document=MANIFEST_NAME, subject=w["regola"])))
            continue
        hits = [j for j, f in enumerate(out) if not f.waived and _matches(f, w["regola"], w.get("soggetto"))]
        if not hits:
            extra.append(stamp(rule, Issue("unused", {"waiver": label, "index": i + 1},
                                           document=MANIFEST_NAME, subject=w["regola"])))
            continue
        who = f" — {w['autore']}" if w.get("autore") else ""
        for j in hits:
            out[j] = dataclasses.replace(out[j], waived=True, waiver=f"{w['motivo']}{who}")
    return out + extra
