"""The invoice's mandatory wording, filled with this dossier's values, for the training provider.

The template is an edition parameter (`dicitura.testo_fattura`), so the next edition
changes YAML only. Placeholders: `{edition.KEY}` (the edition file), `{MANIFEST.KEY}`
(dossier.yaml), `{quota_pubblica}` and `{quota_privata}`: the invoice's quotas as the
manifest states them (`liquidazione.fattura`), else the requested public funding and
the rest of the course cost. A value nobody gives stays visible as `[chiave mancante]`
and is listed, so the text is never sent with a silent hole.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from .context import Context
from .wording import show

_FIELD = re.compile(r"\{([a-z_][a-z0-9_.]*)\}")


def _decimal(value: Any) -> Decimal | None:
    if value is None:
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def quotas(ctx: Context) -> dict[str, Decimal | None]:
    public = _decimal(ctx.get("liquidazione.fattura.quota_pubblica"))
    private = _decimal(ctx.get("liquidazione.fattura.quota_privata"))
    if public is None:
        public = _decimal(ctx.get("corso.quota_pubblica"))
    cost = _decimal(ctx.get("liquidazione.fattura.imponibile")) or _decimal(ctx.get("corso.costo_totale"))
    if private is None and public is not None and cost is not None:
        private = cost - public
    return {"quota_pubblica": public, "quota_privata": private}


def _edition_value(edition: Mapping[str, Any], dotted: str) -> Any:
    value: Any = edition
    for part in dotted.split("."):
        if not isinstance(value, Mapping):
            return None
        value = value.get(part)
    return value


def invoice_wording(ctx: Context) -> dict[str, Any] | None:
    template = _edition_value(ctx.edition, "dicitura.testo_fattura")
    if not isinstance(template, str):
        return None
    computed = quotas(ctx)
    missing: list[str] = []

    def fill(match: re.Match[str]) -> str:
        key = match.group(1)
        if key.startswith("edition."):
            value = _edition_value(ctx.edition, key.removeprefix("edition."))
        elif key in computed:
            value = computed[key]
        else:
            value = ctx.get(key)
        if value is None or str(value).strip() == "":
            missing.append(key)
            return f"[{key} mancante]"
        return show(value)

    text = _FIELD.sub(fill, template)
    return {"text": text, "missing": missing, "emittente": ctx.get("liquidazione.fattura.emittente"),
            "numero": ctx.get("liquidazione.fattura.numero"), "costo_totale": _decimal(ctx.get("corso.costo_totale")),
            **computed}
