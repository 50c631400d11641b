"""--scheduler: the batch on a real Dask cluster (a LocalCluster on 127.0.0.1) gives the local run's JSON."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from benchmarks.make_batch import make_batch
from validator.cli import main

distributed = pytest.importorskip("distributed")


@pytest.fixture(autouse=True)
def _scratch_in_tmp(tmp_path: Path) -> Iterator[None]:
    """Dask keeps lock files in its temporary directory (/tmp/dask-scratch-space): not there."""
    import dask

    with dask.config.set({"temporary-directory": str(tmp_path / "dask")}):
        yield


def _json(args: list[str]) -> tuple[int, Any]:
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    report = json.loads(result.output)
    report["tool"].pop("generated_at")
    return result.exit_code, report


def test_the_distributed_run_equals_the_local_run(tmp_path: Path) -> None:
    root = tmp_path / "clienti"
    make_batch(root, 4, seed=21)
    (root / "cliente_0002" / "dossier.yaml").unlink()  # a broken one travels too
    local = _json([str(root), "--format", "json", "--no-cache", "--jobs", "1"])
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, protocol="tcp",
                                  host="127.0.0.1", dashboard_address=None) as cluster:
        assert cluster.scheduler_address.startswith("tcp://127.0.0.1:")
        remote = _json([str(root), "--format", "json", "--no-cache", "--scheduler", cluster.scheduler_address])
    assert remote == local
    assert local[0] == 1 and len(local[1]["dossiers"]) == 4


def test_an_unreachable_scheduler_is_exit_2_not_a_traceback(tmp_path: Path) -> None:
    root = tmp_path / "clienti"
    make_batch(root, 1, seed=22)
    import dask

    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        result = CliRunner().invoke(main, [str(root), "--format", "json", "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 2
    assert "tcp://127.0.0.1:9" in result.output
