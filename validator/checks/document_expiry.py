"""Documents that must be valid and expire soon after the reference date (DOC-IN-SCADENZA)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date, timedelta
from typing import Any

from ..context import Context
from .base import Issue

NAME = "document_expiry"
VARIANTS = ("default",)


def check(params: Mapping[str, Any], ctx: Context) -> Iterator[Issue]:
    horizon = ctx.as_of + timedelta(days=int(params["days"]))
    for doc in ctx.documents:
        dt = ctx.catalog.doctypes[doc.doctype]
        until_field = dt.validity.get("until")
        if not until_field:
            continue
        dates = [v for v in doc.values(until_field) if isinstance(v.value, date)]
        if not dates:
            continue
        latest = max(dates, key=lambda v: v.value)
        until = latest.value
        assert isinstance(until, date)
        if ctx.as_of <= until <= horizon:
            days = (until - ctx.as_of).days
            yield Issue(vars={"doctype": dt.label, "until": latest.value, "days": days}, document=doc,
                        page=latest.page, found=latest.raw)
