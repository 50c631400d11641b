"""The document inventory as the report shows it: every file, what it was recognised as and why,
what it was used for (the rules that asked for it, the participants it was matched to), and
which files no rule of this phase asked for.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..catalog import Catalog, Rule
from ..models import Document, DossierResult, InventoryItem
from .checklist import asked_doctypes


@dataclass(frozen=True)
class DocView:
    document: Document
    label: str
    used_for: tuple[Rule, ...]
    people: tuple[str, ...]


@dataclass(frozen=True)
class InventoryRow:
    item: InventoryItem
    documents: tuple[DocView, ...]

    @property
    def unrequested(self) -> bool:
        return not any(d.used_for for d in self.documents)


def _people(facts: Mapping[str, Any]) -> dict[tuple[str, int], list[str]]:
    out: dict[tuple[str, int], list[str]] = {}
    for p in facts.get("participants") or []:
        for req in p["requirements"].values():
            for ref in req["documents"]:
                names = out.setdefault((ref["file"], ref["first_page"]), [])
                if p["name"] not in names:
                    names.append(p["name"])
    return out


def inventory(result: DossierResult, catalog: Catalog, rules: tuple[Rule, ...]) -> list[InventoryRow]:
    status = result.facts.get("rule_status") or {}
    asked = [(r, set(asked_doctypes(r, catalog))) for r in rules if status.get(r.id) not in (None, "not_applicable")]
    people = _people(result.facts)
    out = []
    for item in result.inventory:
        views = []
        for d in item.documents:
            dt = catalog.doctypes.get(d.doctype)
            views.append(DocView(d, dt.label if dt else d.doctype, tuple(r for r, types in asked if d.doctype in types),
                                 tuple(people.get((item.file.display, d.first_page), ()))))
        out.append(InventoryRow(item, tuple(views)))
    return out
