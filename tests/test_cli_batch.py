"""The thin CLI around batches: cache subcommands, quiet start-up, no progress bar off a terminal."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from validator.cli import main
from validator.extract import Cache

HEAVY = ("pypdfium2", "pypdf", "jsonschema", "yaml", "jinja2", "rich", "distributed", "dask", "schwifty",
         "holidays", "magic", "PIL", "validator.engine", "validator.catalog")


def test_version_imports_nothing_heavy() -> None:
    out = subprocess.run([sys.executable, "-X", "importtime", "-m", "validator", "--version"],
                         capture_output=True, text=True, check=True)
    assert out.stdout.startswith("dossier-check ")
    imported = {line.split("|")[-1].strip() for line in out.stderr.splitlines() if "|" in line}
    assert not {m for m in imported if m.split(".")[0] in HEAVY or m in HEAVY}


def test_cache_clear_and_info(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_CHECK_CACHE", str(tmp_path / "solo-questo-test"))
    Cache().put("text", "cd" * 32, {"x": 1})
    info = CliRunner().invoke(main, ["cache", "info"])
    assert info.exit_code == 0 and "1 voci" in info.output
    cleared = CliRunner().invoke(main, ["cache", "clear"])
    assert cleared.exit_code == 0 and "1 voci rimosse" in cleared.output
    assert Cache().get("text", "cd" * 32) is None


def test_no_progress_bar_when_not_on_a_terminal(tmp_path: Path) -> None:
    from benchmarks.make_batch import write_dossier

    write_dossier(tmp_path / "clienti" / "uno", 1, seed=4)
    write_dossier(tmp_path / "clienti" / "due", 2, seed=4)
    result = CliRunner().invoke(main, [str(tmp_path / "clienti"), "--format", "text", "--jobs", "1"])
    assert result.exit_code in (0, 1)
    assert "Controllo" not in result.stderr and "\x1b[" not in result.output and "uno" in result.stdout
