"""--format csv: one row per dossier, for Italian Excel (';', UTF-8 with BOM, decimal comma)."""

from __future__ import annotations

import csv
import io

from ..models import RunResult


class CsvReporter:
    extension = "csv"

    def render(self, result: RunResult) -> str:
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter=";", lineterminator="\r\n")
        writer.writerow(["dossier", "bando", "fase", "esito", "bloccanti", "avvisi", "info", "in deroga",
                         "regole bloccanti", "data di riferimento"])
        for d in result.dossiers:
            c = d.counts()
            blocking = sorted({f.rule for f in d.findings if f.severity.value == "blocking" and not f.waived})
            writer.writerow([d.path, d.bando or "", d.fase or "", d.verdict.value, c["blocking"], c["warning"],
                             c["info"], c["waived"], " ".join(blocking),
                             d.as_of.strftime("%d/%m/%Y") if d.as_of else ""])
        return "\ufeff" + buf.getvalue()
