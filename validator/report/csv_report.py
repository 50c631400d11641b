"""--format csv: one row per dossier, for Italian Excel as is (';', UTF-8 with BOM, decimal comma)."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from typing import Any

from ..models import DossierResult, RunResult
from .summary import blocking_rules
from .view import VERDICT_SHORT

HEADER = ["dossier", "bando", "fase", "esito", "bloccanti", "avvisi", "info", "in deroga", "regole bloccanti",
          "data di riferimento", "costo totale (EUR)", "quota pubblica richiesta (EUR)",
          "quota pubblica ammissibile (EUR)"]


def amount(value: Any) -> str:
    """`2100.00` → `2100,00`: no thousands separator, so Excel reads a number under any Italian setting."""
    if value is None:
        return ""
    return f"{Decimal(value):.2f}".replace(".", ",")


def text(value: str) -> str:
    """A cell that would start a formula (=, +, -, @) is kept as text: folder names come from clients."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def row(d: DossierResult) -> list[str | int]:
    c = d.counts()
    funding = d.facts.get("funding")
    return [text(d.path), d.bando or "", d.fase or "", VERDICT_SHORT[d.verdict].lower(), c["blocking"], c["warning"],
            c["info"], c["waived"], " ".join(blocking_rules(d.findings)),
            d.as_of.strftime("%d/%m/%Y") if d.as_of else "",
            amount(getattr(funding, "total_cost", None)), amount(getattr(funding, "requested_public", None)),
            amount(getattr(funding, "allowed_public", None))]


class CsvReporter:
    extension = "csv"

    def render(self, result: RunResult) -> str:
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter=";", lineterminator="\r\n")
        writer.writerow(HEADER)
        for d in result.dossiers:
            writer.writerow(row(d))
        return "\ufeff" + buf.getvalue()
