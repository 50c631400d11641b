"""Rules that rest on an assumption say so on each finding: in the JSON (`assumption`) and the report."""

from __future__ import annotations

import dataclasses

from validator.checks.base import Issue
from validator.wording import stamp


def test_a_finding_carries_the_assumption_of_its_variant(catalog) -> None:  # type: ignore[no-untyped-def]
    rule = catalog.rule("SIG-MISSING")
    assumed = stamp(rule, Issue("missing_assumed", {"doctype": "Dichiarazione de minimis"}))
    stated = stamp(rule, Issue("missing", {"doctype": "Domanda A.1"}))
    assert assumed.assumption and "ipotesi" in assumed.assumption
    assert stated.assumption is None
    assert assumed.as_json()["assumption"] == assumed.assumption


def test_without_variants_every_finding_carries_it(catalog) -> None:  # type: ignore[no-untyped-def]
    rule = dataclasses.replace(catalog.rule("SIG-MISSING"), assumption_variants=())
    assert stamp(rule, Issue("missing", {"doctype": "x"})).assumption == rule.assumption
