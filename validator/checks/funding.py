"""Public funding within the caps: the company's share, EUR 2,000 per worker, EUR 50,000 per company.

`aspect` chooses which cap the rule guards: `quota_pubblica` (the requested public
funding within what the share and the vouchers allow), `lavoratore` (one finding per
participant whose cost exceeds what is left of their allowance, when the request
counts on more than that), `impresa` (the company's vouchers within its yearly cap).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from .. import funding
from ..context import Context
from .base import Issue

NAME = "funding"
VARIANTS = ("default",)


def plan_for(ctx: Context, params: Mapping[str, Any]) -> funding.FundingPlan:
    key = "funding"
    if key not in ctx.facts:
        ctx.facts[key] = funding.plan(ctx.get, ctx.manifest.participants, params["caps"])
    return ctx.facts[key]


def check(params: Mapping[str, Any], ctx: Context) -> Iterator[Issue]:
    plan = plan_for(ctx, params)
    aspect = params["aspect"]
    pct = f"{plan.share * 100:.0f}%"
    if aspect == "quota_pubblica":
        if plan.requested_public is None:
            from ..context import Unverifiable

            raise Unverifiable("corso.quota_pubblica")
        if plan.requested_public > plan.allowed_public:
            yield Issue(vars={"requested": plan.requested_public, "allowed": plan.allowed_public,
                              "share": pct, "share_reason": plan.share_reason},
                        found=str(plan.requested_public), expected=f"≤ {plan.allowed_public}")
    elif aspect == "lavoratore":
        over_request = plan.requested_public is not None and plan.requested_public > plan.allowed_public
        for row in plan.rows:
            if row.over_cap and over_request:
                yield Issue(vars={"person": row.name, "cost": row.cost, "allowance": row.allowance,
                                  "voucher": row.voucher, "public": row.public, "share": pct},
                            subject=row.subject, found=str(row.cost), expected=f"≤ {row.allowance}")
    elif aspect == "impresa" and plan.company_over_cap:
        yield Issue(vars={"vouchers": plan.vouchers, "allowance": plan.company_allowance},
                        found=str(plan.vouchers), expected=f"≤ {plan.company_allowance}")
