"""Public share, vouchers and caps (SPEC section 6). Exact decimal arithmetic, inclusive limits.

Reading adopted: "ai massimali del voucher si applicano le percentuali di finanziamento
pubblico" means that each participant's voucher is their cost capped at what is left of
their per-worker cap (`massimale_lavoratore` of the edition), and the public part is the
voucher times the company's share. What was already used this year is read from the
manifest keys the edition names (`chiave_fruito_lavoratore`, `chiave_fruito_impresa`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from .context import Unverifiable

CENT = Decimal("0.01")


def _d(value: Any) -> Decimal:
    return Decimal(str(value))


def _round(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class ParticipantVoucher:
    subject: str
    name: str
    cost: Decimal
    allowance: Decimal  # what is left of the per-worker cap
    voucher: Decimal
    public: Decimal

    @property
    def over_cap(self) -> bool:
        return self.cost > self.allowance


@dataclass(frozen=True)
class FundingPlan:
    share: Decimal
    share_reason: str
    rows: tuple[ParticipantVoucher, ...]
    total_cost: Decimal
    vouchers: Decimal
    company_allowance: Decimal
    allowed_public: Decimal
    requested_public: Decimal | None

    @property
    def company_over_cap(self) -> bool:
        return self.vouchers > self.company_allowance


def public_share(company_type: str | None, headcount: int | None, params: Mapping[str, Any]) -> tuple[Decimal, str]:
    if company_type and company_type in params.get("tipi_quota_massima", ()):
        return _d(params["quota_autonomi"]), company_type.replace("_", " ")
    if headcount is None:
        raise Unverifiable("impresa.addetti")
    for band in params["fasce"]:
        top = band.get("addetti_max")
        if top is None or headcount <= int(top):
            return _d(band["quota"]), f"{headcount} addetti"
    raise ValueError("the edition's bands do not cover every headcount")


def plan(
    manifest_get: Any,
    participants: Sequence[Mapping[str, Any]],
    params: Mapping[str, Any],
    cost_key: str = "corso.costo_totale",
    requested_key: str = "corso.quota_pubblica",
) -> FundingPlan:
    share, reason = public_share(manifest_get("impresa.tipo", "impresa"), manifest_get("impresa.addetti"), params)
    total = manifest_get(cost_key)
    if total is None:
        raise Unverifiable(cost_key)
    total = _d(total)
    if not participants:
        raise Unverifiable("partecipanti")
    worker_cap = _d(params["massimale_lavoratore"])
    worker_used_key = params.get("chiave_fruito_lavoratore", "voucher_fruito_2026")
    default_cost = _round(total / len(participants))
    rows = []
    for p in participants:
        cost = _d(p["costo"]) if p.get("costo") is not None else default_cost
        allowance = max(Decimal(0), worker_cap - _d(p.get(worker_used_key) or 0))
        voucher = min(cost, allowance)
        rows.append(
            ParticipantVoucher(
                subject=p.get("codice_fiscale") or f"{p.get('nome', '')} {p.get('cognome', '')}".strip(),
                name=f"{p.get('nome', '')} {p.get('cognome', '')}".strip(),
                cost=cost,
                allowance=allowance,
                voucher=voucher,
                public=_round(voucher * share),
            )
        )
    vouchers = sum((r.voucher for r in rows), Decimal(0))
    used = _d(manifest_get(params.get("chiave_fruito_impresa", "impresa.contributi_fruiti_2026")) or 0)
    company_allowance = max(Decimal(0), _d(params["massimale_impresa"]) - used)
    allowed = sum((r.public for r in rows), Decimal(0))
    if vouchers > company_allowance:
        allowed = min(allowed, _round(company_allowance * share))
    requested = manifest_get(requested_key)
    return FundingPlan(
        share=share,
        share_reason=reason,
        rows=tuple(rows),
        total_cost=total,
        vouchers=vouchers,
        company_allowance=company_allowance,
        allowed_public=allowed,
        requested_public=_d(requested) if requested is not None else None,
    )
