"""Plain JSON-ready data from results (money as exact decimal strings, dates as ISO)."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from ..models import DossierResult, InventoryItem, RunResult
from .summary import summarise


def plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [plain(v) for v in value]
    if isinstance(value, Decimal):
        return str(value)  # exact: "2100.00"
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return value


def inventory_item(item: InventoryItem) -> dict[str, Any]:
    return {
        "file": item.file.display,
        "format": item.file.kind,
        "size": item.file.size,
        "sha256": item.file.sha256,
        "pages": item.pages,
        "ocr": item.ocr,
        "text_method": item.method,
        "signers": [plain(s) for s in item.file.signers],
        "documents": [
            {"type": d.doctype, "first_page": d.first_page, "last_page": d.last_page,
             "evidence": list(d.evidence), "by_name": d.by_name,
             "fields": {k: [plain(v.value) for v in vs] for k, vs in d.fields.items() if vs}}
            for d in item.documents
        ],
    }


def dossier(result: DossierResult) -> dict[str, Any]:
    return {
        "path": result.path,
        "bando": result.bando,
        "fase": result.fase,
        "verdict": result.verdict.value,
        "as_of": result.as_of.isoformat() if result.as_of else None,
        "counts": result.counts(),
        "findings": [f.as_json() for f in result.findings],
        "documents": [inventory_item(i) for i in result.inventory],
        "facts": plain(result.facts),
    }


def summary(result: RunResult) -> dict[str, Any]:
    s = summarise(result)
    return {
        "dossiers": s.dossiers,
        "verdicts": s.verdicts,
        "rules": [{"rule": r.rule, "severity": r.severity.value, "dossiers": r.dossiers, "findings": r.findings}
                  for r in s.rules],
    }


def run(result: RunResult) -> dict[str, Any]:
    return {
        "tool": {"name": "dossier-check", "version": result.tool_version, "catalog": result.catalog_version,
                 "generated_at": result.generated_at.isoformat()},
        "summary": summary(result),
        "dossiers": [dossier(d) for d in result.dossiers],
    }
