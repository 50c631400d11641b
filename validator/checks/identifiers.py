"""Check digits of every codice fiscale and partita IVA stated in the manifest (python-stdnum)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from .. import values
from ..context import Context
from .base import Issue

NAME = "identifiers"
VARIANTS = ("default",)


def _values(ctx: Context, key: str) -> Iterator[tuple[str, Any]]:
    """`partecipanti[].codice_fiscale` walks the list; other keys are dotted paths."""
    if "[]." in key:
        list_key, _, rest = key.partition("[].")
        for i, item in enumerate(ctx.get(list_key) or []):
            value = item.get(rest) if isinstance(item, dict) else None
            if value:
                yield f"{list_key}[{i}].{rest}", value
    else:
        value = ctx.get(key)
        if value:
            yield key, value


def check(params: Mapping[str, Any], ctx: Context) -> Iterator[Issue]:
    for spec in params["keys"]:
        for key, value in _values(ctx, spec["key"]):
            problem = values.piva_problem(value) if spec["kind"] == "partita_iva" else values.cf_problem(value)
            if problem:
                yield Issue(vars={"key": key, "value": value, "problem": problem}, subject=str(value),
                            found=str(value))
