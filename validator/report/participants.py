"""The participant matrix: one row per participant, one column per participant requirement.

Columns come from the participant rules of the phase (their `column` label; rules that
share a label share a column, like «COB, or contract and last payslip», of which each
employee needs one), then attendance, voucher and public quota. A cell says whether the
requirement concerns the participant, the documents matched to them (file and pages,
by codice fiscale or by name only) and, when something is wrong, the findings — the same
ones listed above, so the matrix and the findings cannot disagree.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ..catalog import Rule
from ..models import DossierResult, Finding
from .checklist import STATUS_LABEL, row_status

CELL_LABEL = {**STATUS_LABEL, "met": "Presente", "not_required": "Non richiesto"}


@dataclass(frozen=True)
class DocLink:
    file: str
    pages: str
    by_name: bool


@dataclass(frozen=True)
class MonthCell:
    label: str
    document: DocLink | None


@dataclass(frozen=True)
class Cell:
    status: str
    documents: tuple[DocLink, ...] = ()
    months: tuple[MonthCell, ...] = ()
    findings: tuple[Finding, ...] = ()

    @property
    def label(self) -> str:
        return CELL_LABEL[self.status]


@dataclass(frozen=True)
class ParticipantRow:
    name: str
    codice_fiscale: str | None
    subject: str
    cells: tuple[Cell, ...]
    attendance: Mapping[str, Any] | None = None
    money: Mapping[str, Decimal] = field(default_factory=dict)


def _link(ref: Mapping[str, Any]) -> DocLink:
    first, last = ref["first_page"], ref["last_page"]
    pages = f"p. {first}" if first == last else f"pp. {first}-{last}"
    return DocLink(ref["file"], pages, ref["match"] == "name")


def _cell(rule: Rule, req: Mapping[str, Any], subject: str, result: DossierResult) -> Cell:
    rule_status = (result.facts.get("rule_status") or {}).get(rule.id)
    findings = [f for f in result.findings if (f.rule == rule.id or f.about == rule.id) and f.subject == subject]
    if rule_status == "not_applicable" or (req["applies"] is False and not findings):
        return Cell("not_required")
    months = tuple(MonthCell(m["label"], _link(m["document"]) if m["document"] else None)
                   for m in req.get("months", ()))
    docs = tuple(_link(d) for d in req["documents"])
    if req["applies"] is None and rule_status not in ("error",):
        return Cell("unverifiable", docs, months, tuple(findings))
    return Cell(row_status(rule_status, findings), docs, months, tuple(findings))


def _merge(cells: list[Cell]) -> Cell:
    """Rules sharing a column: the one that concerns the participant speaks."""
    for wanted in (lambda c: c.status not in ("not_required", "unverifiable"), lambda c: c.status == "unverifiable"):
        chosen = [c for c in cells if wanted(c)]
        if chosen:
            return chosen[0]
    return cells[0]


def _money(subject: str, result: DossierResult) -> dict[str, Decimal]:
    out: dict[str, Decimal] = {}
    plan = result.facts.get("funding")
    for row in getattr(plan, "rows", ()):
        if row.subject == subject:
            out.update(cost=row.cost, voucher=row.voucher, public=row.public)
    attendance = result.facts.get("attendance") or {}
    for row in attendance.get("rows", ()):
        if row["subject"] == subject:
            out.update(voucher=row["voucher"], public=row["public"])
    return out


def _attendance(subject: str, result: DossierResult) -> dict[str, Any] | None:
    facts = result.facts.get("attendance") or {}
    for row in facts.get("rows", ()):
        if row["subject"] == subject:
            return {"hours": row["hours"], "course_hours": facts["course_hours"],
                    "percent": f"{row['share'] * 100:.1f}".replace(".", ","), "qualifies": row["qualifies"]}
    return None


def matrix(rules: tuple[Rule, ...], result: DossierResult) -> dict[str, Any] | None:
    people = result.facts.get("participants") or []
    if not people:
        return None
    by_column: dict[str, list[Rule]] = {}
    for rule in rules:
        if rule.id in people[0]["requirements"]:
            by_column.setdefault(rule.column or rule.title, []).append(rule)
    rows = []
    for p in people:
        cells = tuple(_merge([_cell(r, p["requirements"][r.id], p["subject"], result) for r in col])
                      for col in by_column.values())
        rows.append(ParticipantRow(p["name"] or p["subject"], p.get("codice_fiscale"), p["subject"], cells,
                                   _attendance(p["subject"], result), _money(p["subject"], result)))
    keep = [i for i in range(len(by_column)) if any(r.cells[i].status != "not_required" for r in rows)]
    columns = [list(by_column)[i] for i in keep]
    rows = [ParticipantRow(r.name, r.codice_fiscale, r.subject, tuple(r.cells[i] for i in keep), r.attendance,
                           r.money) for r in rows]
    return {"columns": columns, "rows": rows,
            "attendance": any(r.attendance for r in rows),
            "money": any(r.money for r in rows)}
