"""Rules whose findings the engine itself raises (MAN-UNVERIFIABLE, TOOL-ERROR, MAN-DEROGA).

Their YAML gives the wording; evaluating them directly yields nothing.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ..context import Context
from .base import Issue

NAME = "engine"
VARIANTS = ("default",)


def declared_variants(params: Mapping[str, Any]) -> set[str]:
    return set(params.get("variants", ["default"]))


def check(params: Mapping[str, Any], ctx: Context) -> Iterator[Issue]:
    return iter(())
