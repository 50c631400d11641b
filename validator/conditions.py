"""Conditions on manifest values, written in YAML: `{key: impresa.ateco, prefix_in: ["01.1"]}`.

Used by a rule's `when:` and by the `conditions` check. A missing value makes the
condition unverifiable (MAN-UNVERIFIABLE) unless the condition says `if_missing:
skip` (the rule does not apply) or `pass` (treated as holding), or gives a `default`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from .context import Unverifiable

_MISSING = object()


def _norm(value: Any) -> Any:
    if isinstance(value, datetime):
        return value
    if isinstance(value, float):
        return Decimal(str(value))
    if isinstance(value, str):
        return value.strip().lower()
    return value


def _cmp_pair(a: Any, b: Any) -> tuple[Any, Any]:
    a, b = _norm(a), _norm(b)
    if isinstance(a, datetime) and isinstance(b, date) and not isinstance(b, datetime):
        return a.date(), b
    if isinstance(b, datetime) and isinstance(a, date) and not isinstance(a, datetime):
        return a, b.date()
    if isinstance(a, (int, Decimal)) and isinstance(b, (int, Decimal)) and not isinstance(a, bool):
        return Decimal(a), Decimal(b)
    return a, b


def holds(cond: Mapping[str, Any], lookup: Callable[[str], Any], subject: str | None = None) -> bool:
    """Whether the condition holds for the values `lookup` gives; `{any: [...]}` is a disjunction."""
    if "any" in cond:
        return any(holds(c, lookup, subject) for c in cond["any"])
    key = cond["key"]
    value = lookup(key)
    if value is None or value is _MISSING:
        if "present" in cond:
            return not cond["present"]
        if "default" in cond:
            value = cond["default"]
        else:
            policy = cond.get("if_missing", "unverifiable")
            if policy == "skip":
                return False
            if policy == "pass":
                return True
            raise Unverifiable(key, subject)
    if "present" in cond:
        return bool(cond["present"])
    if "eq" in cond:
        a, b = _cmp_pair(value, cond["eq"])
        return bool(a == b)
    if "ne" in cond:
        a, b = _cmp_pair(value, cond["ne"])
        return bool(a != b)
    if "in" in cond:
        return any(_cmp_pair(value, c)[0] == _cmp_pair(value, c)[1] for c in cond["in"])
    if "not_in" in cond:
        return not any(_cmp_pair(value, c)[0] == _cmp_pair(value, c)[1] for c in cond["not_in"])
    if "prefix_in" in cond:
        text = str(value).strip()
        return any(text.startswith(str(p)) for p in cond["prefix_in"])
    if "lt" in cond:
        a, b = _cmp_pair(value, cond["lt"])
        return bool(a < b)
    if "ge" in cond:
        a, b = _cmp_pair(value, cond["ge"])
        return bool(a >= b)
    raise ValueError(f"condition without operator: {dict(cond)}")


def all_hold(conds: Any, lookup: Callable[[str], Any], subject: str | None = None) -> bool:
    return all(holds(c, lookup, subject) for c in conds or ())


def scoped_lookup(scope: Mapping[str, Any], fallback: Callable[[str], Any] | None = None) -> Callable[[str], Any]:
    """Look keys up in a participant (or any mapping), then in `fallback`."""

    def lookup(key: str) -> Any:
        value: Any = scope
        for part in key.split("."):
            if isinstance(value, Mapping) and part in value:
                value = value[part]
            else:
                value = None
                break
        if value is None and fallback is not None:
            return fallback(key)
        return value

    return lookup
