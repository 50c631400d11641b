"""Attendance: participants under the minimum share of hours are excluded, and the contribution
is recomputed on those who qualify (the table is shown in the report).

`aspect: minimum` — one warning per participant under `min_share` (blocking when
nobody reaches it). `aspect: recompute` — the recomputed vouchers and public quota,
as information.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from .. import funding, values
from ..context import Context, Unverifiable
from ..models import Severity
from .base import Issue, person_label, person_subject

NAME = "attendance"
VARIANTS = ("default",)


def declared_variants(params: Mapping[str, Any]) -> set[str]:
    return {"under", "nobody"} if params["aspect"] == "minimum" else {"default", "none"}


def _rows(params: Mapping[str, Any], ctx: Context) -> list[dict[str, Any]]:
    if "attendance" in ctx.facts:
        return list(ctx.facts["attendance"]["rows"])
    hours = Decimal(ctx.require("corso.ore"))
    minimum = Decimal(str(params["min_share"]))
    plan = funding.plan(ctx.get, ctx.manifest.participants, params["caps"])
    rows: list[dict[str, Any]] = []
    for person, voucher in zip(ctx.manifest.participants, plan.rows, strict=True):
        attended = person.get("ore_presenza")
        if attended is None:
            raise Unverifiable(f"partecipanti[{person_subject(person)}].ore_presenza", person_subject(person))
        share = (Decimal(attended) / hours).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)
        ok = share >= minimum
        rows.append({"subject": person_subject(person), "name": person_label(person), "hours": Decimal(attended),
                     "share": share, "qualifies": ok, "voucher": voucher.voucher if ok else Decimal(0),
                     "public": voucher.public if ok else Decimal(0)})
    public: Decimal = sum((Decimal(r["public"]) for r in rows), Decimal(0))
    if plan.company_over_cap:
        public = min(public, (plan.company_allowance * plan.share).quantize(values.CENT))
    ctx.facts["attendance"] = {"rows": rows, "course_hours": hours, "min_share": minimum,
                               "public_recomputed": public, "public_requested": plan.requested_public}
    return rows


def check(params: Mapping[str, Any], ctx: Context) -> Iterator[Issue]:
    rows = _rows(params, ctx)
    facts = ctx.facts["attendance"]
    if params["aspect"] == "minimum":
        nobody = not any(r["qualifies"] for r in rows)
        for r in rows:
            if not r["qualifies"]:
                yield Issue("nobody" if nobody else "under",
                            {"person": r["name"], "hours": r["hours"], "share": f"{r['share'] * 100:.1f}%",
                             "course_hours": facts["course_hours"], "min": f"{facts['min_share'] * 100:.0f}%"},
                            subject=r["subject"], found=f"{r['share'] * 100:.1f}%",
                            expected=f"≥ {facts['min_share'] * 100:.0f}%",
                            severity=Severity.BLOCKING if nobody else None)
    else:
        qualified = [r for r in rows if r["qualifies"]]
        yield Issue("default" if qualified else "none",
                    {"count": len(qualified), "total": len(rows), "public": facts["public_recomputed"],
                     "requested": facts["public_requested"]},
                    found=values.format_eur(facts["public_recomputed"]))
