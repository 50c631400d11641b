"""`dossier-check rules`, `explain` and the generated docs/rules.md (checked in CI to be current)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from validator import catalog_view
from validator.cli import main

from .conftest import ROOT


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.output


def test_rules_lists_every_rule(catalog) -> None:  # type: ignore[no-untyped-def]
    code, out = _run("rules")
    assert code == 0
    for rule in catalog.all_rules():
        assert rule.id in out
    assert "fonte: seed 000" in out and "[ipotesi]" in out


def test_rules_of_one_call_as_json(catalog) -> None:  # type: ignore[no-untyped-def]
    code, out = _run("rules", "--bando", "ci2", "--format", "json")
    assert code == 0
    data = json.loads(out)
    ids = {r["id"] for r in data["rules"]}
    assert {r.id for r in catalog.phase_rules[("ci2", "domanda")]} <= ids
    assert "MAN-MISSING" in ids and not any(i.startswith("FC4-") for i in ids)
    row = next(r for r in data["rules"] if r["id"] == "CI2-D-CONTRIBUTO")
    assert row["severity"] == "blocking" and row["phases"] == ["ci2/domanda"] and row["source"].startswith("seed 000")
    assert row["title"] == "Contributo entro il 70% dei costi e € 50.000"
    durata = next(r for r in data["rules"] if r["id"] == "CI2-D-DURATA")
    assert durata["assumption"] and set(durata["examples"]) == {"pass", "fail"}
    assert data["catalog"] == catalog.version


def test_a_requirement_checked_at_both_phases_lists_both() -> None:
    _, out = _run("rules", "--bando", "fc4", "--format", "json")
    row = next(r for r in json.loads(out)["rules"] if r["id"] == "FC4-D-SEDE-LOMBARDIA")
    assert row["phases"] == ["fc4/domanda", "fc4/liquidazione"]


def test_rules_of_an_unknown_call() -> None:
    code, out = _run("rules", "--bando", "fc5")
    assert code == 2 and "fc4" in out and "ci2" in out


def test_explain_shows_one_rule_in_full() -> None:
    code, out = _run("explain", "fc4-d-cob")
    assert code == 0
    for part in ("FC4-D-COB — COB dei dipendenti assunti dal 1° marzo 2008", "Gravità:           bloccante",
                 "Tipo di controllo: participant_documents", "Parametri:", "codice_cob", "Messaggi (per variante):",
                 "missing_code:", "Come risolvere", "Fonte: seed 001", "Lettura adottata:",
                 "Esempio che passa:", "Esempio che non passa:", "rules/fc4/domanda.yaml, riga"):
        assert part in out, part


def test_explain_says_what_a_rule_assumes() -> None:
    _, out = _run("explain", "CI2-D-VOCI")
    assert "Ipotesi: I limiti delle voci" in out and "Tipo di controllo: compare" in out


def test_explain_an_unknown_rule_suggests_near_ones() -> None:
    code, out = _run("explain", "FC4-D-CO")
    assert code == 2 and "FC4-D-COB" in out


def test_docs_rules_md_is_current(catalog) -> None:  # type: ignore[no-untyped-def]
    """CI fails when a rule changed and docs/rules.md was not regenerated (scripts/rules-doc)."""
    current = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert current == catalog_view.render_markdown(catalog), (
        "docs/rules.md is stale: run scripts/rules-doc (python -m validator rules --format markdown > docs/rules.md)")


def test_the_markdown_command_prints_the_doc(catalog) -> None:  # type: ignore[no-untyped-def]
    code, out = _run("rules", "--format", "markdown")
    assert code == 0 and out == catalog_view.render_markdown(catalog)
