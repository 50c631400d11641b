"""Batch mode end to end: 20 generated dossiers, one with a truncated PDF, one without a manifest,
one with a hostile PDF (a content stream that inflates past the worker's memory budget)."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from benchmarks.make_batch import make_batch, write_dossier
from validator.batch import BatchOptions, run_batch
from validator.cli import main
from validator.extract import Cache
from validator.report import serialize
from validator.runner import find_targets, run_targets

N = 20
SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("batch") / "clienti"
    make_batch(root, N, seed=5, defects=True, hostile_mb=200)
    return root


@pytest.fixture(scope="module")
def cold(batch: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The first run of the batch, with two workers: HTML report, exit code and JSON of the same run."""
    out = tmp_path_factory.mktemp("report")
    result = CliRunner().invoke(main, [str(batch), "--jobs", "2", "--out", str(out)], catch_exceptions=False)
    json_run = CliRunner().invoke(main, [str(batch), "--jobs", "1", "--format", "json"], catch_exceptions=False)
    return {"out": out, "code": result.exit_code, "stdout": result.output, "json": json.loads(json_run.output)}


def _without_volatile(report: dict[str, Any]) -> dict[str, Any]:
    report = json.loads(json.dumps(report))
    report["tool"].pop("generated_at")
    return report


def _by_name(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {Path(d["path"]).name: d for d in report["dossiers"]}


def test_the_batch_completes_with_one_row_per_dossier_and_exit_1(cold: dict[str, Any]) -> None:
    assert cold["code"] == 1
    index = (cold["out"] / "index.html").read_text(encoding="utf-8")
    rows = re.findall(r'<tr class="v-(\w+)" data-verdict', index)
    assert len(rows) == N
    links = re.findall(r'<td class="doc"><a href="([^"]+)">', index)
    assert len(links) == N and all((cold["out"] / link).is_file() for link in links)
    assert "Quanto spesso scatta ogni regola" in index and "http" not in index.split("<body>")[1]
    assert f"{N} dossier esaminati" in cold["stdout"] and "Indice: " in cold["stdout"]


def test_broken_dossiers_get_their_findings(cold: dict[str, Any]) -> None:
    by_name = _by_name(cold["json"])
    truncated, missing, hostile = by_name["cliente_0001"], by_name["cliente_0002"], by_name["cliente_0003"]
    assert any(f["rule"] == "DOC-UNREADABLE" and f["document"].startswith("Domanda_A1_")
               for f in truncated["findings"])
    assert [f["rule"] for f in missing["findings"] if f["severity"] == "blocking"] == ["MAN-MISSING"]
    bomb = [f for f in hostile["findings"] if f["document"] == "allegati/documento allegato.pdf"]
    assert [f["rule"] for f in bomb] == ["DOC-UNREADABLE"] and "limite" in bomb[0]["message"]
    assert all(d["verdict"] in ("blocked", "warnings", "ready") for d in cold["json"]["dossiers"])


def test_the_combined_json_meets_the_output_contract(cold: dict[str, Any]) -> None:
    import sys

    sys.path.insert(0, str(SHARED / "tools"))
    try:
        check_output = pytest.importorskip("check_output")
    finally:
        sys.path.pop(0)
    assert check_output.problems(cold["json"]) == []
    assert cold["json"]["summary"]["dossiers"] == N
    assert sum(cold["json"]["summary"]["verdicts"].values()) == N


def test_a_second_run_is_served_by_the_cache_and_gives_the_same_json(batch: Path, cold: dict[str, Any],
                                                                      catalog: Any) -> None:
    run = run_batch(find_targets([str(batch)]), catalog, BatchOptions(jobs=2))
    counts = run.stats.cache
    assert all(c.get("misses", 0) == 0 for n, c in counts.items() if n != "failed"), counts  # failed: a lookup
    # whole results are reused where nothing changed; those whose reference date is today are checked
    # again (their rules read the clock), from the file caches
    today = sum(1 for d in cold["json"]["dossiers"] if d["as_of"] == date.today().isoformat())
    assert run.stats.from_cache == N - today
    assert run.stats.failed_files == []  # the hostile file is remembered, not opened again
    assert _without_volatile(serialize.run(run.result)) == _without_volatile(cold["json"])


def test_csv_opens_in_italian_excel(batch: Path, cold: dict[str, Any]) -> None:
    result = CliRunner().invoke(main, [str(batch), "--format", "csv"], catch_exceptions=False)
    raw = result.output
    assert raw.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(raw[1:]), delimiter=";"))
    header, body = rows[0], rows[1:]
    assert len(body) == N and all(len(r) == len(header) for r in body)
    amounts = [r[header.index("quota pubblica richiesta (EUR)")] for r in body if r[1] == "fc4"]
    assert amounts and all(re.fullmatch(r"\d+,\d{2}", a) for a in amounts)
    assert {r[header.index("esito")] for r in body} <= {"bloccato", "da controllare", "pronto"}


# ---------------------------------------------------------------- parallel == sequential, incremental


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("small") / "clienti"
    make_batch(root, 5, seed=9)
    return root


def test_jobs_2_gives_the_same_json_as_jobs_1_and_as_the_sequential_run(small: Path, catalog: Any) -> None:
    outputs = []
    for jobs in ("1", "2"):
        result = CliRunner().invoke(main, [str(small), "--format", "json", "--no-cache", "--jobs", jobs],
                                    catch_exceptions=False)
        outputs.append(_without_volatile(json.loads(result.output)))
    sequential = run_targets(find_targets([str(small)]), catalog, Cache(enabled=False))
    assert outputs[0] == outputs[1] == _without_volatile(serialize.run(sequential))


def test_one_big_dossier_is_split_over_the_workers_with_the_same_result(small: Path, catalog: Any) -> None:
    targets = find_targets([str(small / "cliente_0001")])
    run = run_batch(targets, catalog, BatchOptions(jobs=2, use_cache=False))
    assert run.stats.split == [targets[0].display]
    sequential = run_targets(targets, catalog, Cache(enabled=False))
    assert [serialize.dossier(d) for d in run.result.dossiers] == [serialize.dossier(d) for d in sequential.dossiers]


def test_a_changed_file_invalidates_only_itself(tmp_path: Path, catalog: Any) -> None:
    root = tmp_path / "clienti"
    for i in range(3):
        write_dossier(root / f"c{i}", i, seed=11)
    cache_root = tmp_path / "cache"
    options = BatchOptions(jobs=2, cache_root=cache_root)
    run_batch(find_targets([str(root)]), catalog, options)
    target = root / "c1" / "allegati" / "Attestazione IBAN.pdf"
    target.write_bytes(target.read_bytes() + b"\n%% modificato\n")
    stats = run_batch(find_targets([str(root)]), catalog, options).stats
    again = stats.cache
    assert again["stat"]["misses"] == again["text"]["misses"] == again["class"]["misses"] == 1
    assert stats.from_cache == 2  # the two untouched dossiers: their results, not even their files
    assert again["class"]["hits"] >= 5  # the changed dossier's other files
