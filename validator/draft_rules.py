"""What the catalog tells a draft manifest: which call and phase the documents belong to, which
values the documents present imply, and which manifest keys the rules will need.

All of it is read from the YAML catalog (which folder declares a document type, which rules
name it and under which conditions): no call is known by name here.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from .catalog import COMMON, Catalog, Rule, doctype_names
from .models import Document


@dataclass(frozen=True)
class CallGuess:
    bando: str | None
    fase: str | None
    because: tuple[str, ...]  # the document types that decided


def _phase_types(catalog: Catalog, bando: str) -> dict[str, set[str]]:
    return {fase: {t for r in rules for t in doctype_names(r.params)}
            for (b, fase), rules in catalog.phase_rules.items() if b == bando}


def guess_call(documents: list[Document], catalog: Catalog) -> CallGuess:
    """The call whose folder declares most of the documents' types (or whose rules name most of
    them), and its phase whose rules alone name most of them (ties: the first phase)."""
    found = {d.doctype for d in documents}
    own = Counter(catalog.doctypes[t].bando for t in found if catalog.doctypes[t].bando != COMMON)
    if own:
        bando = sorted(own.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    else:
        named = Counter(b for (b, _), rules in catalog.phase_rules.items()
                        for t in {t for r in rules for t in doctype_names(r.params)} if t in found)
        if not named:
            return CallGuess(None, None, ())
        bando = sorted(named.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    phases = _phase_types(catalog, bando)
    scores = []
    for i, (fase, types) in enumerate(phases.items()):
        others = set().union(*(t for f, t in phases.items() if f != fase))
        mine = sorted((types - others) & found)
        scores.append((len(mine), -i, fase, mine))
    best = max(scores)
    because = tuple(best[3]) or tuple(sorted(t for t in found if catalog.doctypes[t].bando == bando))
    return CallGuess(bando, best[2], because)


def _requirements(rule: Rule) -> Iterator[tuple[list[str], list[Mapping[str, Any]]]]:
    """(document types, conditions under which the rule requires them)."""
    entries = [e for v in rule.params.values() if isinstance(v, list)
               for e in v if isinstance(e, Mapping) and "when" in e and ("doctype" in e or "doctypes" in e)]
    for e in entries:
        yield doctype_names(e), [*rule.when, *e["when"]]
    if not entries:
        yield doctype_names(rule.params), list(rule.when)


def implied(rules: tuple[Rule, ...], documents: list[Document]) -> Iterator[tuple[str, Any, Document, str]]:
    """(key, value, document, rule ID): a rule asks for a document only when `key` equals `value`,
    and that document is here, so `value` is what the manifest most likely says."""
    by_type: dict[str, Document] = {}
    for d in documents:
        by_type.setdefault(d.doctype, d)
    for rule in rules:
        for types, conds in _requirements(rule):
            doc = next((by_type[t] for t in types if t in by_type), None)
            if doc is None:
                continue
            for c in conds:
                if "eq" in c and "key" in c:
                    yield c["key"], c["eq"], doc, rule.id


def referenced_keys(rules: tuple[Rule, ...], top_level: set[str]) -> set[str]:
    """Manifest keys (dotted, starting with a top-level key) that the rules read."""
    pattern = re.compile(r"^(?:" + "|".join(map(re.escape, sorted(top_level))) + r")(?:\.[a-z0-9_]+)+$")
    out: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, str) and pattern.match(value):
            out.add(value)
        elif isinstance(value, Mapping):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    for rule in rules:
        walk(rule.params)
        walk(list(rule.when))
    return out
