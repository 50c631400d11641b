"""Day-count deadlines between two dates of the manifest (SPEC 6).

`aspect: within` — the `to` date is at most `days` counted days after the `from`
date (day 1 is the day after; with `skip_august` the days of August do not count).
`aspect: info` — the last valid day, as information (and as a date for the report
header under `fact`), blocking once it has passed on the reference date when
`to_key` is not yet known.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date, datetime
from typing import Any

from .. import deadlines
from ..context import Context, Unverifiable
from ..models import Severity
from .base import Issue

NAME = "deadline"
VARIANTS = ("default",)


def declared_variants(params: Mapping[str, Any]) -> set[str]:
    return {"default", "passed"} if params["aspect"] == "info" else {"default"}


def _day(value: Any) -> date:
    if isinstance(value, datetime):
        return value.astimezone(deadlines.ROME).date()
    assert isinstance(value, date)
    return value


def _get(ctx: Context, keys: list[str]) -> Any:
    """The first of several keys that has a value (`data_inizio_effettiva`, then `data_inizio`)."""
    for key in keys:
        value = ctx.get(key)
        if value is not None:
            return value
    raise Unverifiable(" o ".join(keys))


def check(params: Mapping[str, Any], ctx: Context) -> Iterator[Issue]:
    start = _day(_get(ctx, params["from_keys"]))
    days, skip = int(params["days"]), bool(params.get("skip_august", False))
    last = deadlines.add_days(start, days, skip_august=skip)
    if params.get("fact"):
        ctx.facts.setdefault("dates", {})[params["fact"]] = last
    if params["aspect"] == "within":
        end = _day(_get(ctx, params["to_keys"]))
        if end > last:
            counted = deadlines.days_between(start, end, skip_august=skip)
            yield Issue(vars={"start": start, "end": end, "last": last, "days": days, "counted": counted},
                        found=f"{counted} giorni", expected=f"entro il {last:%d/%m/%Y} ({days} giorni)")
    else:
        end_value = ctx.get(params["to_keys"][0]) if params.get("to_keys") else None
        if end_value is None and ctx.as_of > last:
            yield Issue("passed", {"start": start, "last": last, "days": days, "as_of": ctx.as_of},
                        expected=f"entro il {last:%d/%m/%Y}", severity=Severity.BLOCKING)
        else:
            yield Issue(vars={"start": start, "last": last, "days": days, "as_of": ctx.as_of},
                        expected=f"entro il {last:%d/%m/%Y}")
