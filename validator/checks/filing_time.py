"""When the application is filed: inside the call's window, and early enough before the course.

`aspect: window` — the filing time between `open` and `close` (Europe/Rome).
`aspect: hours_before` — at least `hours` elapsed hours before the first scheduled
course day (00:00 Europe/Rome unless it carries a time).
`aspect: latest` — without a filing time: the latest allowed one, min(close, start −
hours), as information; blocking once it has passed on the reference date.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date, datetime
from typing import Any

from .. import deadlines
from ..context import Context
from ..models import Severity
from .base import Issue

NAME = "filing_time"
VARIANTS = ("default", "passed")


def to_rome(value: Any) -> datetime:
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=deadlines.ROME)
    assert isinstance(value, date)
    return deadlines.at_rome(value)


def latest_filing(ctx: Context, params: Mapping[str, Any]) -> datetime:
    close = to_rome(params["close"])
    start = deadlines.at_rome(ctx.require(params["start_key"]))
    return min(close, deadlines.minus_elapsed_hours(start, params["hours"]))


def check(params: Mapping[str, Any], ctx: Context) -> Iterator[Issue]:
    aspect = params["aspect"]
    if aspect == "window":
        filed = to_rome(ctx.require(params["key"]))
        opening, close = to_rome(params["open"]), to_rome(params["close"])
        if not opening <= filed <= close:
            yield Issue(vars={"filed": filed, "open": opening, "close": close}, found=_fmt(filed),
                        expected=f"{_fmt(opening)} – {_fmt(close)}")
    elif aspect == "hours_before":
        filed = to_rome(ctx.require(params["key"]))
        start = deadlines.at_rome(ctx.require(params["start_key"]))
        hours = deadlines.elapsed_hours(filed, start)
        if hours < params["hours"]:
            latest = deadlines.minus_elapsed_hours(start, params["hours"])
            yield Issue(vars={"filed": filed, "start": start, "hours": round(hours, 1),
                              "needed": params["hours"], "latest": latest},
                        found=f"{hours:.1f} ore", expected=f"≥ {params['hours']} ore (entro {_fmt(latest)})")
    elif aspect == "latest":
        latest = latest_filing(ctx, params)
        ctx.facts.setdefault("dates", {})["invia_entro"] = latest
        reference = ctx.now if ctx.as_of == ctx.now.date() else deadlines.at_rome(ctx.as_of)
        if reference > latest:
            yield Issue("passed", {"latest": latest, "as_of": ctx.as_of}, found=_fmt(reference),
                        expected=f"entro {_fmt(latest)}", severity=Severity.BLOCKING)
        else:
            yield Issue("default", {"latest": latest, "as_of": ctx.as_of}, expected=f"entro {_fmt(latest)}")


def _fmt(moment: datetime) -> str:
    return moment.astimezone(deadlines.ROME).strftime("%d/%m/%Y %H:%M")
