"""Waivers (`deroghe:`) and --select/--ignore: what is waived stays visible and counted; what is
deselected is not evaluated; every mistake in a waiver is itself reported (MAN-DEROGA)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from validator.cli import main
from validator.selection import Selection

from .conftest import rule_ids, run_check, spec_manifest, write_manifest
from .docs import text_pdf

ANNA = "BNCNNA85M41F205Q"


def _dossier(tmp_path: Path, deroghe: list[dict[str, Any]], **changes: Any) -> Path:
    data = copy.deepcopy(spec_manifest())
    data["partecipanti"][0]["contratto"] = "intermittente"  # FC4-D-DESTINATARIO-ESCLUSO, subject = her CF
    data["deroghe"] = deroghe
    data.update(changes)
    folder = tmp_path / "d"
    write_manifest(folder, data)
    (folder / "allegati").mkdir()
    (folder / "allegati" / "nota interna.pdf").write_bytes(text_pdf([["Appunti della riunione con il cliente"]]))
    return folder


def _findings(report: Any, rule: str) -> list[dict[str, Any]]:
    return [f for f in report["dossiers"][0]["findings"] if f["rule"] == rule]


def waiver(regola: str, **kv: Any) -> dict[str, Any]:
    return {"regola": regola, "motivo": "verificato con il cliente", "autore": "LV", "scadenza": "2027-12-31", **kv}


def test_a_waiver_by_codice_fiscale_waives_that_participant_only(tmp_path: Path) -> None:
    folder = _dossier(tmp_path, [waiver("FC4-D-DESTINATARIO-ESCLUSO", soggetto=ANNA.lower())])
    _, report = run_check(folder)
    [finding] = _findings(report, "FC4-D-DESTINATARIO-ESCLUSO")
    assert finding["waived"] and finding["subject"] == ANNA
    assert finding["waiver"].startswith("verificato con il cliente — LV (fino al 31/12/2027)")
    assert report["dossiers"][0]["counts"]["waived"] >= 1
    assert "MAN-DEROGA" not in rule_ids(report)
    assert "FC4-D-DESTINATARIO-ESCLUSO" not in rule_ids(report)


def test_a_waiver_for_another_subject_waives_nothing(tmp_path: Path) -> None:
    folder = _dossier(tmp_path, [waiver("FC4-D-DESTINATARIO-ESCLUSO", soggetto="FRRLCU88T10A794W")])
    code, report = run_check(folder)
    assert code == 1
    assert not _findings(report, "FC4-D-DESTINATARIO-ESCLUSO")[0]["waived"]
    [deroga] = _findings(report, "MAN-DEROGA")
    assert deroga["severity"] == "warning" and "non corrisponde" in deroga["message"]


@pytest.mark.parametrize("soggetto", ["allegati/nota interna.pdf", "nota interna.pdf", "./allegati/NOTA INTERNA.pdf"])
def test_a_waiver_by_document_path_or_name(tmp_path: Path, soggetto: str) -> None:
    folder = _dossier(tmp_path, [waiver("DOC-UNCLASSIFIED", soggetto=soggetto)])
    _, report = run_check(folder)
    [finding] = _findings(report, "DOC-UNCLASSIFIED")
    assert finding["waived"] and finding["document"] == "allegati/nota interna.pdf"
    assert not _findings(report, "MAN-DEROGA")


def test_expiry_is_judged_on_the_reference_date(tmp_path: Path) -> None:
    folder = _dossier(tmp_path, [waiver("FC4-D-DESTINATARIO-ESCLUSO", scadenza="2026-09-01")])
    _, same_day = run_check(folder)  # reference date: data_invio 2026-09-01
    assert _findings(same_day, "FC4-D-DESTINATARIO-ESCLUSO")[0]["waived"]
    _, later = run_check(folder, "--as-of", "2026-09-02")
    assert not _findings(later, "FC4-D-DESTINATARIO-ESCLUSO")[0]["waived"]
    [deroga] = _findings(later, "MAN-DEROGA")
    assert "scaduta il 01/09/2026" in deroga["message"] and "02/09/2026" in deroga["message"]


def test_a_waiver_of_an_unknown_rule(tmp_path: Path) -> None:
    folder = _dossier(tmp_path, [waiver("FC4-D-DESTINATARIO")])
    _, report = run_check(folder)
    [deroga] = _findings(report, "MAN-DEROGA")
    assert "non esiste nel catalogo" in deroga["message"]


def test_waived_findings_are_shown_in_the_html_report(tmp_path: Path) -> None:
    folder = _dossier(tmp_path, [waiver("FC4-D-DESTINATARIO-ESCLUSO")])
    out = tmp_path / "out"
    result = CliRunner().invoke(main, [str(folder), "--out", str(out)])
    page = (out / "d.html").read_text(encoding="utf-8")
    section = page.split("In deroga (", 1)[1]
    assert "FC4-D-DESTINATARIO-ESCLUSO" in section and "verificato con il cliente" in section
    assert "1 in deroga" in result.output  # the terminal summary counts it too


# ---------------------------------------------------------------- --select / --ignore

@pytest.mark.parametrize(("select", "ignore", "rule", "kept"), [
    ((), (), "FC4-D-BOLLO", True),
    (("FC4-D",), (), "FC4-D-BOLLO", True),
    (("FC4-D",), (), "DOC-OCR", False),
    ((), ("FC4-D-BOLLO,DOC",), "DOC-OCR", False),
    ((), ("fc4-d-bollo",), "FC4-D-BOLLO", False),
    (("FC4",), ("FC4-L",), "FC4-D-IBAN", True),
    (("FC4",), ("FC4-L",), "FC4-L-IBAN", False),
    (("FC4-D-IBAN",), ("FC4",), "FC4-D-IBAN", True),
    (("FC4",), ("FC4",), "FC4-D-IBAN", False),
    (("FC4",), (), "MAN-UNVERIFIABLE", True),
    ((), ("MAN-UNVERIFIABLE",), "MAN-UNVERIFIABLE", False),
])
def test_selection_by_prefix(select: tuple[str, ...], ignore: tuple[str, ...], rule: str, kept: bool) -> None:
    assert Selection.parse(select, ignore).keeps(rule) is kept


def test_select_runs_only_those_rules(tmp_path: Path) -> None:
    folder = _dossier(tmp_path, [], corso={**spec_manifest()["corso"], "quota_pubblica": 9000.0})
    _, report = run_check(folder, "--select", "FC4-D-DESTINATARIO", "--select", "FC4-D-QUOTA")
    assert set(rule_ids(report)) == {"FC4-D-DESTINATARIO-ESCLUSO", "FC4-D-QUOTA-PUBBLICA"}
    assert report["dossiers"][0]["facts"]["selezione"] == {"select": ["FC4-D-DESTINATARIO", "FC4-D-QUOTA"],
                                                         "ignore": []}


def test_ignore_leaves_rules_out_and_their_waivers_unjudged(tmp_path: Path) -> None:
    folder = _dossier(tmp_path, [waiver("FC4-D-DESTINATARIO-ESCLUSO")])
    _, report = run_check(folder, "--ignore", "FC4-D-DESTINATARIO-ESCLUSO,DOC-UNCLASSIFIED")
    ids = rule_ids(report)
    assert "FC4-D-DESTINATARIO-ESCLUSO" not in ids and "DOC-UNCLASSIFIED" not in ids and "MAN-DEROGA" not in ids


def test_a_selected_rule_that_cannot_be_evaluated_still_blocks(tmp_path: Path) -> None:
    folder = _dossier(tmp_path, [], impresa={**spec_manifest()["impresa"], "addetti": None})
    code, report = run_check(folder, "--select", "FC4-D-QUOTA")
    assert code == 1 and rule_ids(report) == ["MAN-UNVERIFIABLE"]


def test_an_unknown_prefix_is_a_usage_error(tmp_path: Path) -> None:
    folder = _dossier(tmp_path, [])
    result = CliRunner().invoke(main, [str(folder), "--ignore", "FC4-D-BOLO"])
    assert result.exit_code == 2 and "FC4-D-BOLO" in result.output
