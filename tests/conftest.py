"""Shared fixtures: the catalog, a private cache, the shared corpus, and dossier folders built in tmp."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
DATA = Path(__file__).resolve().parent / "data"
SAMPLES = ROOT / "sample_dossiers"


def corpus_dir(name: str) -> Path:
    """A folder of ../shared/corpus, or skip: the third-party files are not ours to copy."""
    path = CORPUS / name
    if not path.is_dir():
        pytest.skip(f"../shared/corpus/{name} is absent (the shared corpus sits beside the clone in CI)")
    return path


@pytest.fixture(scope="session", autouse=True)
def _private_cache_for_the_session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Module- and session-scoped fixtures run before function-scoped ones: they need it too."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("DOSSIER_CHECK_CACHE", str(tmp_path_factory.getbasetemp() / "cache"))
        yield


@pytest.fixture(autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Tests never touch the user's cache."""
    cache = tmp_path_factory.getbasetemp() / "cache"
    monkeypatch.setenv("DOSSIER_CHECK_CACHE", str(cache))
    return cache


@pytest.fixture(scope="session")
def catalog() -> Any:
    from validator.catalog import load_catalog

    return load_catalog()


def spec_manifest() -> dict[str, Any]:
    """The clean manifest of SPEC 3.1 (kept as a test, as the SPEC asks)."""
    return yaml.safe_load((DATA / "spec_example.yaml").read_text(encoding="utf-8"))


def set_key(data: dict[str, Any], dotted: str, value: Any) -> None:
    """`partecipanti.0.tipo` or `corso.sede`; a value of `__delete__` removes the key."""
    parts = dotted.split(".")
    node: Any = data
    for part in parts[:-1]:
        key: Any = int(part) if part.isdigit() else part
        if isinstance(node, dict) and key not in node:
            node[key] = {}
        node = node[key]
    last: Any = int(parts[-1]) if parts[-1].isdigit() else parts[-1]
    if value == "__delete__":
        if isinstance(node, dict):
            node.pop(last, None)
        else:
            del node[last]
    else:
        node[last] = value


def write_manifest(folder: Path, data: dict[str, Any]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "dossier.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def run_check(folder: Path, *args: str) -> tuple[int, Any]:
    """Run the CLI with --format json through click's CliRunner; returns (exit code, parsed JSON)."""
    import json

    from click.testing import CliRunner

    from validator.cli import main

    result = CliRunner().invoke(main, [str(folder), "--format", "json", *args], catch_exceptions=False)
    try:
        return result.exit_code, json.loads(result.output)
    except ValueError:
        raise AssertionError(f"not JSON (exit {result.exit_code}):\n{result.output}") from None


def rule_ids(report: Any, severities: tuple[str, ...] = ("blocking", "warning", "info")) -> list[str]:
    return [f["rule"] for d in report["dossiers"] for f in d["findings"]
            if f["severity"] in severities and not f["waived"]]


@pytest.fixture
def chdir_tmp(tmp_path: Path) -> Iterator[Path]:
    old = os.getcwd()
    os.chdir(tmp_path)
    try:
        yield tmp_path
    finally:
        os.chdir(old)


def _hypothesis_profiles() -> None:
    """`HYPOTHESIS_PROFILE=fuzz` runs the property tests for much longer (see README)."""
    from hypothesis import HealthCheck, settings

    settings.register_profile("default", deadline=None)
    settings.register_profile("fuzz", max_examples=20_000, deadline=None,
                              suppress_health_check=[HealthCheck.too_slow])
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


_hypothesis_profiles()
