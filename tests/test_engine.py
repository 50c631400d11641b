"""The engine: a crashing check blocks the dossier (TOOL-ERROR), never passes it or stops the run."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import SAMPLES, run_check


def test_a_check_that_crashes_is_a_blocking_tool_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from validator.checks import funding

    def boom(params, ctx):  # type: ignore[no-untyped-def]
        raise ZeroDivisionError("division by zero")

    from validator.catalog import load_catalog
    from validator.engine import check_dossier
    from validator.extract import Cache

    monkeypatch.setattr(funding, "check", boom)  # in this process: the engine is called directly
    result = check_dossier(SAMPLES / "fc4-domanda-pulito", load_catalog(), Cache(enabled=False))
    errors = [f for f in result.findings if f.rule == "TOOL-ERROR"]
    assert result.verdict.value == "blocked"
    assert {f.severity.value for f in errors} == {"blocking"}
    assert len(errors) == 3  # the three funding rules, each reported
    assert all("ZeroDivisionError" in f.message and f.hint for f in errors)


def test_no_tool_error_on_the_samples() -> None:
    for folder in sorted(Path(SAMPLES).glob("fc4-*"))[:10]:
        _, report = run_check(folder)
        assert not [f for f in report["dossiers"][0]["findings"] if f["rule"] == "TOOL-ERROR"], folder
