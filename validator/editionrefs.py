"""`${edition.key}` references in catalog files, resolved against a call's edition parameters.

A reference that is the whole value becomes the parameter itself, keeping its type
(a list of provinces, a number, a mapping of caps); inside a text it becomes the
parameter written for an Italian reader. A filter after a bar says how:

    ${edition.finanziamento.massimale_impresa|eur}   → € 50.000
    ${edition.contributo.intensita|pct}              → 70%
    ${edition.cob_obbligatoria_dal|data}             → 01/03/2008
    ${edition.cob_obbligatoria_dal|data_lunga}       → 1° marzo 2008
    ${edition.finestra.apertura|data}                → 13/07/2026 ore 12:00
    ${edition.province_lombardia|lista}              → BG, BS, CO, ...

so that a message, a title or a document phrase says what the edition says, and the
next edition is a copy of the edition file with new values.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from . import values

REF = re.compile(r"\$\{edition\.([a-z0-9_.]+)(?:\|([a-z_]+))?\}")


class RefError(Exception):
    """A reference to a parameter the edition does not define, or an unknown filter."""


def _as_date(value: Any) -> date | datetime:
    if isinstance(value, (date, datetime)):
        return value
    text = str(value)
    try:
        return datetime.fromisoformat(text) if "T" in text or " " in text.strip() else date.fromisoformat(text)
    except ValueError:
        raise RefError(f"{value!r} is not a date") from None


def _eur(value: Any) -> str:
    amount = Decimal(str(value))
    text = values.format_eur(amount)
    return "€ " + (text[:-3] if amount == amount.to_integral_value() else text)


def _pct(value: Any) -> str:
    share = Decimal(str(value)) * 100
    text = f"{share.normalize():f}".replace(".", ",")
    return f"{text}%"


def _data(value: Any) -> str:
    d = _as_date(value)
    if isinstance(d, datetime):
        return d.strftime("%d/%m/%Y ore %H:%M")
    return d.strftime("%d/%m/%Y")


def _data_lunga(value: Any) -> str:
    d = _as_date(value)
    day = "1°" if d.day == 1 else str(d.day)
    return f"{day} {values.MONTH_NAMES[d.month]} {d.year}"


def _lista(value: Any) -> str:
    items = value if isinstance(value, (list, tuple)) else [value]
    return ", ".join(str(v) for v in items)


def _plain(value: Any) -> str:
    if isinstance(value, float):
        return format(Decimal(str(value)).normalize(), "f")
    return str(value)


FILTERS: dict[str, Callable[[Any], str]] = {
    "eur": _eur,
    "pct": _pct,
    "data": _data,
    "data_lunga": _data_lunga,
    "lista": _lista,
}


def lookup(edition: Mapping[str, Any], dotted: str) -> Any:
    value: Any = edition
    for part in dotted.split("."):
        if not isinstance(value, Mapping) or part not in value:
            raise RefError(f"${{edition.{dotted}}} is not defined in the edition file")
        value = value[part]
    return value


def _text(edition: Mapping[str, Any], m: re.Match[str]) -> str:
    value = lookup(edition, m.group(1))
    name = m.group(2)
    if not name:
        return _lista(value) if isinstance(value, list) else _plain(value)
    if name not in FILTERS:
        raise RefError(f"unknown filter |{name} in ${{edition.{m.group(1)}|{name}}} (known: {', '.join(FILTERS)})")
    return FILTERS[name](value)


def resolve(value: Any, edition: Mapping[str, Any]) -> Any:
    """The value with every reference replaced; raises RefError naming what is wrong."""
    if isinstance(value, str):
        whole = REF.fullmatch(value)
        if whole and not whole.group(2):
            return lookup(edition, whole.group(1))
        return REF.sub(lambda m: _text(edition, m), value)
    if isinstance(value, list):
        return [resolve(v, edition) for v in value]
    if isinstance(value, dict):
        return {k: resolve(v, edition) for k, v in value.items()}
    return value
