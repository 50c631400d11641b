"""Several required documents under one rule, each with its own conditions.

    documents:
      - {id: progetto, when: [{key: progetto.linea, eq: 1}], doctype: progetto_linea1,
         must_contain: [{label: "il cronoprogramma", any: [cronoprogramma]}]}
      - {id: pfi, when: [{key: progetto.linea, eq: 2}], doctype: piano_formativo_individuale}

Each entry is a `required_document` check (same parameters: doctype or doctypes,
person, must_contain, expect...) that applies when its `when` conditions hold; its
findings' variants are prefixed by the entry's `id` (`pfi_missing`,
`progetto_phrase_missing`), so each document has its own message and hint.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping
from typing import Any

from .. import conditions as cond
from ..context import Context
from . import required_document
from .base import Issue

NAME = "document_set"
VARIANTS = ("default",)

_OWN = ("id", "when")


def _sub(entry: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in entry.items() if k not in _OWN}


def nested_params(params: Mapping[str, Any]) -> Iterator[tuple[tuple[str | int, ...], str, dict[str, Any]]]:
    """Each entry's own parameters, validated by the required_document schema."""
    for i, entry in enumerate(params["documents"]):
        yield ("documents", i), required_document.NAME, _sub(entry)


def declared_variants(params: Mapping[str, Any]) -> set[str]:
    return {f"{e['id']}_{v}" for e in params["documents"]
            for v in required_document.declared_variants(_sub(e))}


def check(params: Mapping[str, Any], ctx: Context) -> Iterator[Issue]:
    for entry in params["documents"]:
        if entry.get("when") and not cond.all_hold(entry["when"], ctx.get):
            continue
        for issue in required_document.check(_sub(entry), ctx):
            yield dataclasses.replace(issue, variant=f"{entry['id']}_{issue.variant}")
