"""The command line: formats, exit codes, reference date, where reports go, output contract."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from validator.cli import EXIT_BLOCKING, EXIT_ERROR, EXIT_OK, main

from .conftest import ROOT, SAMPLES, SHARED, run_check, spec_manifest, write_manifest

CLEAN = SAMPLES / "fc4-domanda-pulito"
BROKEN = SAMPLES / "fc4-domanda-senza-deminimis"


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def test_exit_codes() -> None:
    assert invoke(str(CLEAN), "--format", "json")[0] == EXIT_OK
    assert invoke(str(BROKEN), "--format", "json")[0] == EXIT_BLOCKING
    code, out = invoke("/nessuna/cartella")
    assert code == EXIT_ERROR and "non esiste" in out
    code, out = invoke(str(CLEAN / "dossier.yaml"))
    assert code == EXIT_ERROR and "non è una cartella" in out
    assert invoke(str(CLEAN), "--as-of", "31/02/2026")[0] == EXIT_ERROR
    assert invoke(str(CLEAN), "--format", "xml")[0] == EXIT_ERROR


def test_fail_on_warning_turns_warnings_into_exit_1() -> None:
    # the clean sample with a reference date 20 days before the policy expires: only warnings
    code, report = run_check(SAMPLES / "fc4-domanda-polizza-in-scadenza")
    assert report["dossiers"][0]["verdict"] == "warnings" and code == EXIT_OK
    code, _ = run_check(SAMPLES / "fc4-domanda-polizza-in-scadenza", "--fail-on", "warning")
    assert code == EXIT_BLOCKING


def test_json_is_only_json_and_meets_the_contract() -> None:
    if not (SHARED / "tools" / "check_output.py").exists():
        pytest.skip("../shared/tools/check_output.py is absent")
    for folder in (CLEAN, BROKEN, SAMPLES / "fc4-liquidazione-fattura-cup-errato"):
        proc = subprocess.run([sys.executable, "-m", "validator", str(folder), "--format", "json"],
                              capture_output=True, text=True, cwd=ROOT)
        json.loads(proc.stdout)
        check = subprocess.run([sys.executable, str(SHARED / "tools" / "check_output.py")], input=proc.stdout,
                               capture_output=True, text=True)
        assert check.returncode == 0, check.stdout


def test_text_format() -> None:
    code, out = invoke(str(BROKEN), "--format", "text")
    assert code == EXIT_BLOCKING
    assert "BLOCCATO" in out and "FC4-D-DEMINIMIS" in out


def test_junit_format() -> None:
    code, out = invoke(str(BROKEN), "--format", "junit")
    assert code == EXIT_BLOCKING and "<testsuites>" in out and 'name="FC4-D-DEMINIMIS' in out


def test_as_of_changes_validity_checks() -> None:
    # the identity card of the clean sample is valid in 2026; far in the future it is not
    _, report = run_check(CLEAN, "--as-of", "2040-01-01")
    rules = {f["rule"] for f in report["dossiers"][0]["findings"]}
    assert "FC4-D-DOC-IDENTITA" in rules
    assert report["dossiers"][0]["as_of"] == "2040-01-01"


def test_html_report_goes_to_out_and_never_into_the_dossier(tmp_path: Path) -> None:
    before = sorted(p.name for p in CLEAN.rglob("*"))
    code, out = invoke(str(CLEAN), "--out", str(tmp_path / "rep"))
    assert code == EXIT_OK
    assert (tmp_path / "rep" / "fc4-domanda-pulito.html").exists()
    assert "Report:" in out and "PRONTO" in out
    assert sorted(p.name for p in CLEAN.rglob("*")) == before


def test_report_folder_inside_the_dossier_is_moved(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "d"
    write_manifest(folder, spec_manifest())
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    result = CliRunner().invoke(main, [str(folder), "--out", str(folder / "report")])
    assert not (folder / "report").exists()
    assert "non va mai modificato" in result.output
    assert list((tmp_path / "data").rglob("d.html"))


def test_version_is_quick_to_import() -> None:
    proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "validator", "--version"],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.stdout.startswith("dossier-check ")
    heavy = [line for line in proc.stderr.splitlines()
             if any(m in line for m in ("pypdfium2", "jsonschema", "pypdf", "schwifty", "jinja2"))]
    assert heavy == [], heavy


def test_a_dossier_named_like_a_subcommand_is_checked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_manifest(tmp_path / "init", spec_manifest())
    code, out = invoke("init", "--format", "json")
    assert code == EXIT_BLOCKING and json.loads(out)["dossiers"][0]["path"] == "init"
    code, out = invoke("rules", "--format", "json")  # no folder named rules here: the subcommand
    assert code == EXIT_OK and json.loads(out)
