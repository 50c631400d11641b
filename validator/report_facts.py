"""What the report shows beyond the findings, collected once the rules have run.

Stored in `ctx.facts` (and so in `DossierResult.facts` and the JSON, append-only):
`dossier` (company, call, course), `participants` (each participant's documents per
rule), `invoice_wording` (the text for the training provider), `dates` completed
with `invia_entro` even when a filing time is given, and `date_events` (when the
event each deadline guards happens or happened, from the manifest).
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from typing import Any

from .catalog import Rule
from .checks.filing_time import latest_filing
from .context import Context, Unverifiable
from .invoice_wording import invoice_wording
from .participant_facts import participant_facts


def collect(ctx: Context, rules: Sequence[Rule]) -> None:
    ctx.facts["dossier"] = {
        "ragione_sociale": ctx.get("impresa.ragione_sociale"),
        "bando": ctx.bando.name if ctx.bando else None,
        "titolo": ctx.get("corso.titolo"),
        "id_voucher": ctx.get("corso.id_voucher"),
    }
    people = participant_facts(ctx, rules)
    if people:
        ctx.facts["participants"] = people
    wording = invoice_wording(ctx)
    if wording:
        ctx.facts["invoice_wording"] = wording
    _dates(ctx, rules)


def _first(ctx: Context, keys: Sequence[str]) -> Any:
    return next((ctx.get(k) for k in keys if ctx.get(k) is not None), None)


def _dates(ctx: Context, rules: Sequence[Rule]) -> None:
    dates: dict[str, Any] = dict(ctx.facts.get("dates") or {})
    events: dict[str, Any] = {}
    for rule in rules:
        params = rule.params
        if rule.check == "filing_time" and params.get("aspect") == "latest" and "invia_entro" not in dates:
            with contextlib.suppress(Unverifiable, TypeError, ValueError):  # no course start: the rule says so
                dates["invia_entro"] = latest_filing(ctx, params)
        elif rule.check == "filing_time" and params.get("key") and ctx.get(params["key"]) is not None:
            events.setdefault("invia_entro", ctx.get(params["key"]))
        elif rule.check == "deadline" and params.get("fact"):
            event = _first(ctx, params.get("to_keys") or [])
            if event is not None:
                events.setdefault(params["fact"], event)
    if dates:
        ctx.facts["dates"] = dates
    if events:
        ctx.facts["date_events"] = events
