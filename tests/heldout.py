"""Measure the classifier and field readers on the held-out set (tests/docgen/b): per type,
how many documents it recognises, how many it confuses with another type, how many it misses,
and how many negatives it wrongly takes for a dossier document. File names are neutral, so
only the content speaks.
"""

from __future__ import annotations

import collections
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from validator.catalog import load_catalog
from validator.classify import classify_file
from validator.extract import Cache, extract
from validator.scan import source_file


@dataclass
class Tally:
    recognised: int = 0
    confused: int = 0
    missed: int = 0
    confusions: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.recognised + self.confused + self.missed


@dataclass
class Report:
    by_type: dict[str, Tally]
    negatives_ok: int
    negatives_taken: list[str]
    scans: list[str]
    fields_checked: int = 0
    fields_wrong: list[str] = field(default_factory=list)

    def table(self) -> str:
        lines = [f"{'type':22} {'docs':>4} {'recognised':>10} {'confused':>8} {'missed':>6}  confused with"]
        tot = Tally()
        for t, tally in sorted(self.by_type.items()):
            tot.recognised += tally.recognised
            tot.confused += tally.confused
            tot.missed += tally.missed
            lines.append(f"{t:22} {tally.total:4} {tally.recognised:10} {tally.confused:8} {tally.missed:6}  "
                         + ", ".join(tally.confusions))
        lines.append(f"{'TOTAL':22} {tot.total:4} {tot.recognised:10} {tot.confused:8} {tot.missed:6}")
        lines.append(f"negatives: {self.negatives_ok} correctly left unclassified, {len(self.negatives_taken)} taken "
                     f"for a document: {', '.join(self.negatives_taken)}")
        if self.scans:
            lines.append(f"scans (image only, need OCR): {', '.join(self.scans)}")
        lines.append(f"fields: {self.fields_checked - len(self.fields_wrong)}/{self.fields_checked} read right"
                     + ("" if not self.fields_wrong else "; wrong: " + "; ".join(self.fields_wrong)))
        return "\n".join(lines)


@dataclass(frozen=True)
class HeldCase:
    """One document of a held-out set, whoever wrote it."""

    doctype: str | None
    name: str
    expect: dict[str, Any]
    path: Path


def _expected_units(case: HeldCase) -> list[tuple[str, tuple[int, int] | None]]:
    assert case.doctype is not None
    docs = case.expect.get("documents")
    if docs:
        return [(case.doctype, (int(d["pages"][0]), int(d["pages"][1]))) for d in docs]
    return [(case.doctype, None)]


def _check_fields(case: HeldCase, docs: list[Any], report: Report) -> None:
    """A few key fields the held-out set states: IBAN, payroll period, receipt status, expiry."""
    exp = case.expect
    probes: list[tuple[str, Any, str]] = []
    if case.doctype == "certificazione_iban" and exp.get("iban") and exp.get("iban_valid", True):
        probes.append(("iban", exp["iban"], "iban"))
    if case.doctype == "ricevuta_bonifico" and exp.get("status"):
        probes.append(("stato", exp["status"], "status"))
    if case.doctype in ("documento_identita", "polizza_catastrofale") and exp.get("valid_until"):
        probes.append(("scadenza", exp["valid_until"], "date"))
    if case.doctype == "cedolino" and exp.get("period"):
        period = exp["period"]
        want_period = f"{period[0]:04d}-{period[1]:02d}" if isinstance(period, (list, tuple)) else str(period)
        probes.append(("periodo", want_period, "period"))
    for name, want, kind in probes:
        if kind == "date" and isinstance(want, str):
            want = date.fromisoformat(want)
        report.fields_checked += 1
        got = [v.value for d in docs for v in d.values(name)]
        ok = (max(got) == want) if kind == "date" and got else want in got
        if not ok:
            report.fields_wrong.append(f"{case.name}.{name}: {got or 'nothing'} (expected {want})")


def cases_b(folder: Path) -> list[HeldCase]:
    """Author B's documents, built now (fpdf2), with neutral file names."""
    from docgen.b import build_all

    return [HeldCase(c.doctype, c.name, c.expect, p) for c, p in build_all(folder, neutral_names=True, workers=2)]


def cases_c() -> list[HeldCase]:
    """Author C's documents (HTML rendered by Chromium), committed with neutral names."""
    import yaml

    folder = Path(__file__).resolve().parent / "heldout_c"
    items = yaml.safe_load((folder / "cases.yaml").read_text(encoding="utf-8"))
    return [HeldCase(i["doctype"], i["name"], i.get("expect") or {}, folder / i["file"]) for i in items]


def evaluate(cases: list[HeldCase]) -> Report:
    catalog = load_catalog()
    cache = Cache(enabled=False)
    report = Report(collections.defaultdict(Tally), 0, [], [])
    for case in cases:
        path = case.path
        file, _ = source_file(path, path.name, path.read_bytes())
        text = extract(file, cache)
        docs = classify_file(file, text, catalog.doctypes)
        if case.doctype is None:
            if docs:
                report.negatives_taken.append(f"{case.name}→{'/'.join(sorted({d.doctype for d in docs}))}")
            else:
                report.negatives_ok += 1
            continue
        if case.expect.get("scan") and not text.has_text:
            report.scans.append(case.name)
            continue
        for doctype, pages in _expected_units(case):
            tally = report.by_type[doctype]
            if pages is None:
                here = docs
            else:
                here = [d for d in docs if d.first_page <= pages[0] <= d.last_page
                        or pages[0] <= d.first_page <= pages[1]]
            kinds = {d.doctype for d in here}
            if doctype in kinds:
                tally.recognised += 1
            elif kinds:
                tally.confused += 1
                tally.confusions.append(f"{case.name}→{'/'.join(sorted(kinds))}")
            else:
                tally.missed += 1
                tally.confusions.append(f"{case.name}→none")
        _check_fields(case, docs, report)
    return report


if __name__ == "__main__":
    import tempfile

    which = sys.argv[1] if len(sys.argv) > 1 else "b"
    if which == "c":
        print(evaluate(cases_c()).table())
    else:
        with tempfile.TemporaryDirectory() as tmp:
            print(evaluate(cases_b(Path(tmp))).table())
