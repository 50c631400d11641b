"""Comparisons of manifest values, written in YAML: what must hold; one finding per comparison that fails.

    must:
      - {left: {key: progetto.contributo_richiesto}, op: le,
         right: {key: progetto.costi_ammissibili, times: 0.7}, variant: share}
      - {left: {key: progetto.contributo_richiesto}, op: le, right: {value: 50000}, variant: cap}
      - {left: {sum: progetto.voci, only: [spese_generali]}, op: le,
         right: {sum: progetto.voci, except: [spese_generali], times: 0.07}, variant: general}

An operand is a manifest value (`key`), a constant (`value`) or the sum of a mapping of
amounts (`sum`, restricted to some of its keys with `only` or leaving some out with
`except`; keys compare without case, accents and spacing), optionally multiplied by
`times`. Arithmetic is exact (decimal) and the operator says whether a limit is
inclusive (`le`: 28,000 on 40,000 is exactly 70%). A comparison may carry its own `when`
conditions and a `subject` (the item it is about). A missing value makes the rule
unverifiable (MAN-UNVERIFIABLE) unless the comparison says `if_missing: skip`.
Messages get `left`, `right` and `difference` (money as euro when an operand is money).
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from typing import Any

from .. import conditions as cond
from ..context import Context, Unverifiable
from ..textnorm import squash
from .base import Issue

NAME = "compare"
VARIANTS = ("default",)

OPS: dict[str, tuple[Callable[[Any, Any], bool], str]] = {
    "lt": (operator.lt, "<"),
    "le": (operator.le, "≤"),
    "gt": (operator.gt, ">"),
    "ge": (operator.ge, "≥"),
    "eq": (operator.eq, "="),
    "ne": (operator.ne, "≠"),
}


class _Skip(Exception):
    """A value is missing and the comparison says to skip it."""


def declared_variants(params: Mapping[str, Any]) -> set[str]:
    return {c.get("variant", "default") for c in params["must"]}


def _decimal(value: Any, key: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal, str)):
        raise Unverifiable(key)
    try:
        return Decimal(str(value))
    except ArithmeticError:
        raise Unverifiable(key) from None


def operand(spec: Mapping[str, Any], ctx: Context, if_missing: str | None) -> tuple[Decimal, bool]:
    """The operand's value and whether it is money."""
    if "value" in spec:
        value, money = Decimal(str(spec["value"])), False
    elif "key" in spec:
        raw = ctx.get(spec["key"])
        if raw is None:
            if if_missing == "skip":
                raise _Skip
            raise Unverifiable(spec["key"])
        value, money = _decimal(raw, spec["key"]), isinstance(raw, Decimal)
    else:
        items = ctx.get(spec["sum"])
        if not isinstance(items, Mapping):
            if if_missing == "skip":
                raise _Skip
            raise Unverifiable(spec["sum"])
        only = {squash(str(k)) for k in spec.get("only", ())}
        leave = {squash(str(k)) for k in spec.get("except", ())}
        chosen = [v for k, v in items.items()
                  if (not only or squash(str(k)) in only) and squash(str(k)) not in leave]
        value = sum((_decimal(v, spec["sum"]) for v in chosen), Decimal(0))
        money = True
    if "times" in spec:
        value *= Decimal(str(spec["times"]))
    return value, money


def _shown(value: Decimal, money: bool) -> Decimal | int | str:
    if money:
        return value
    if value == value.to_integral_value():
        return int(value)
    return format(value.normalize(), "f").replace(".", ",")


def check(params: Mapping[str, Any], ctx: Context) -> Iterator[Issue]:
    for c in params["must"]:
        if c.get("when") and not cond.all_hold(c["when"], ctx.get):
            continue
        try:
            left, left_money = operand(c["left"], ctx, c.get("if_missing"))
            right, right_money = operand(c["right"], ctx, c.get("if_missing"))
        except _Skip:
            continue
        test, symbol = OPS[c["op"]]
        if test(left, right):
            continue
        money = left_money or right_money
        shown_left, shown_right = _shown(left, money), _shown(right, money)
        yield Issue(
            variant=c.get("variant", "default"),
            vars={"left": shown_left, "right": shown_right, "difference": _shown(abs(left - right), money)},
            subject=c.get("subject"),
            found=_plain(shown_left),
            expected=f"{symbol} {_plain(shown_right)}",
        )


def _plain(value: Decimal | int | str) -> str:
    from ..wording import show

    return show(value.quantize(Decimal("0.01")) if isinstance(value, Decimal) else value)
