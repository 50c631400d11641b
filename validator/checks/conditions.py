"""Facts about the company or each participant that exclude them, written as YAML conditions.

Each condition that *holds* is one finding, with its own variant (message). With
`for_each: partecipanti` the conditions are evaluated on every participant (and an
optional `filter` chooses which).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from .. import conditions as cond
from ..context import Context, Unverifiable
from .base import Issue, person_label, person_subject

NAME = "conditions"
VARIANTS = ("default",)


def declared_variants(params: Mapping[str, Any]) -> set[str]:
    return {c.get("variant", "default") for c in params["conditions"]}


def check(params: Mapping[str, Any], ctx: Context) -> Iterator[Issue]:
    scopes: list[tuple[Mapping[str, Any] | None, str | None]]
    if params.get("for_each") == "partecipanti":
        scopes = [(p, person_subject(p)) for p in ctx.manifest.participants]
    else:
        scopes = [(None, None)]
    for scope, subject in scopes:
        lookup = cond.scoped_lookup(scope, None) if scope is not None else ctx.get
        if not cond.all_hold(params.get("filter"), lookup, subject):
            continue
        for c in params["conditions"]:
            try:
                if c.get("when") and not cond.all_hold(c["when"], lookup, subject):
                    continue
                hit = cond.holds(c, lookup, subject)
            except Unverifiable as exc:
                key = f"partecipanti[{subject}].{exc.key}" if scope is not None else exc.key
                raise Unverifiable(key, subject) from None
            if hit:
                yield Issue(
                    variant=c.get("variant", "default"),
                    vars={"value": lookup(c["key"]), "key": c["key"],
                          "person": person_label(scope) if scope is not None else ""},
                    subject=subject,
                    found=_show(lookup(c["key"])),
                )


def _show(value: Any) -> str | None:
    if value is None:
        return None
    if value is True:
        return "sì"
    if value is False:
        return "no"
    return str(value)
