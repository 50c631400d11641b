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


def test_the_ci2_report_shows_assumptions(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from validator.cli import main

    from .conftest import SAMPLES, run_check

    folder = SAMPLES / "ci2-domanda-linea1-senza-cronoprogramma"
    _, report = run_check(folder)
    finding = next(f for f in report["dossiers"][0]["findings"] if f["rule"] == "CI2-D-LINEA")
    assert "prima edizione" in finding["assumption"]
    result = CliRunner().invoke(main, [str(folder), "--out", str(tmp_path)])
    page = (tmp_path / f"{folder.name}.html").read_text(encoding="utf-8")
    assert result.exit_code == 1 and "Ipotesi:" in page and "prima edizione" in page
    _, clean = run_check(SAMPLES / "ci2-domanda-sede-fuori-lombardia")
    assert [f["assumption"] for f in clean["dossiers"][0]["findings"]] == [None]


def test_finding_groups_are_named_in_the_plural(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from validator.cli import main

    from .conftest import SAMPLES

    folder = SAMPLES / "ci2-domanda-ambito-estraneo"
    CliRunner().invoke(main, [str(folder), "--out", str(tmp_path)])
    page = (tmp_path / f"{folder.name}.html").read_text(encoding="utf-8")
    assert "<h2>Avvisi (1)</h2>" in page and "Bloccantei" not in page
