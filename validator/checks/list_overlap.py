"""A manifest list must name enough items of a list the call declares (topics, sectors...).

    key: progetto.ambiti
    allowed:                       # entries: a name, or {id, label, alias: [...]}
      - {id: intelligenza_artificiale, label: intelligenza artificiale, alias: [ai, ia]}
      - cybersecurity
    min: 1

An item is one of the allowed entries when, without case, accents, punctuation and
underscores, it is written as the entry's id, label or an alias, or contains all the
words of one of them ("cybersecurity industriale" is cybersecurity; Italian articles
and prepositions do not count as words). Fewer than `min` recognised items: one finding
(variant `none`), naming the items given and the allowed ones. A missing list makes the
rule unverifiable; an empty one is a finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from ..context import Context, Unverifiable
from ..textnorm import fold
from .base import Issue

NAME = "list_overlap"
VARIANTS = ("none",)

_STOP = {"di", "de", "del", "dei", "degli", "della", "delle", "e", "ed", "a", "ai", "al", "alla", "alle", "il",
         "lo", "la", "i", "gli", "le", "in", "per", "su", "con", "da", "the", "of", "and"}


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", fold(str(text))).split())


def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in _norm(text).split() if w not in _STOP)


def entries(allowed: list[Any]) -> list[tuple[str, str, list[str]]]:
    """(id, label, every way of writing it) for each allowed entry."""
    out = []
    for e in allowed:
        if isinstance(e, Mapping):
            ident, label = str(e["id"]), str(e.get("label") or e["id"]).replace("_", " ")
            names = [ident, label, *map(str, e.get("alias", ()))]
        else:
            ident = label = str(e)
            names = [ident]
        out.append((ident, label.replace("_", " "), names))
    return out


def matches(item: str, names: list[str]) -> bool:
    if _norm(item) in {_norm(n) for n in names}:
        return True
    words = _words(item)
    return any(w and w <= words for w in map(_words, names))


def check(params: Mapping[str, Any], ctx: Context) -> Iterator[Issue]:
    value = ctx.get(params["key"])
    if value is None:
        raise Unverifiable(params["key"])
    items = [str(v) for v in (value if isinstance(value, list) else [value])]
    known = entries(params["allowed"])
    recognised = [label for _, label, names in known if any(matches(i, names) for i in items)]
    if len(recognised) >= int(params.get("min", 1)):
        return
    given = ", ".join(items) or "nessuno"
    allowed = ", ".join(label for _, label, _ in known)
    yield Issue("none", {"value": given, "allowed": allowed, "count": len(recognised),
                         "min": params.get("min", 1)},
                subject=params["key"], found=given, expected=f"almeno {params.get('min', 1)} tra: {allowed}")
