"""Findings about files themselves: empty, unreadable, encrypted, no text, duplicate, unsupported...

The pipeline notes these as it walks, identifies and extracts the files; this check
turns the events named in `params.events` into findings of the rule that lists them.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ..context import Context
from ..models import Severity
from .base import Issue

NAME = "file_events"
VARIANTS = ("default",)


def check(params: Mapping[str, Any], ctx: Context) -> Iterator[Issue]:
    wanted = set(params["events"])
    for event in ctx.events:
        if event.kind in wanted:
            yield Issue(
                variant=event.kind if event.kind in params.get("variants", ()) else "default",
                vars={"file": event.display, "detail": event.detail},
                document=event.display,
                page=event.page,
                found=event.detail or None,
                severity=Severity(event.severity) if event.severity else None,
            )
