"""The process pool survives its workers; the batch turns their failures into findings, never a stop."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from benchmarks.make_batch import write_dossier
from validator import engine
from validator.batch import _Batch
from validator.extract import Cache
from validator.pool import Budget, Event, Heartbeat, Outcome, Pool, Task, Watch
from validator.report import serialize
from validator.runner import Target, find_targets, run_targets
from validator.tasks import WorkerContext, dossier_task

# Tasks run in spawned workers: they must be importable, so they live at module level.


def echo(context: Any, watch: Watch, value: Any) -> Any:
    watch("uno.pdf")
    watch(None)
    return (context, value)


def abort_on(context: Any, watch: Watch, name: str) -> None:
    watch(name)
    os.abort()  # what PDFium does when an allocation fails under RLIMIT_AS


def hang(context: Any, watch: Watch, name: str) -> None:
    watch(name)
    time.sleep(60)


def raise_error(context: Any, watch: Watch) -> None:
    raise ValueError("difettoso")


def exhaust(context: Any, watch: Watch, name: str) -> None:
    watch(name)
    raise MemoryError  # as an allocation in Python code under RLIMIT_AS would


def test_results_heartbeats_crashes_timeouts_and_errors_each_come_back_once() -> None:
    with Pool(2, context="ctx", budget=Budget(seconds=1.5, memory_mb=0)) as pool:
        pool.submit(1, echo, 42)
        pool.submit(2, abort_on, "bomba.pdf")
        pool.submit(3, hang, "lento.pdf")
        pool.submit(4, raise_error)
        pool.submit(5, echo, "dopo")
        pool.submit(6, exhaust, "enorme.pdf")
        events = list(pool.events())
    outcomes = {e.job: e for e in events if isinstance(e, Outcome)}
    assert sorted(outcomes) == [1, 2, 3, 4, 5, 6]
    assert (outcomes[6].status, outcomes[6].culprit, outcomes[6].error) == ("crash", "enorme.pdf", "memoria esaurita")
    assert outcomes[1].status == "done" and outcomes[1].value == ("ctx", 42)
    assert outcomes[5].value == ("ctx", "dopo")  # the pool went on after a crash and a hang
    assert (outcomes[2].status, outcomes[2].culprit) == ("crash", "bomba.pdf") and "SIGABRT" in outcomes[2].error
    assert (outcomes[3].status, outcomes[3].culprit) == ("timeout", "lento.pdf")
    assert outcomes[4].status == "error" and "ValueError: difettoso" in outcomes[4].error
    assert Heartbeat(1, "uno.pdf") in events
    assert pool.stats.replaced == 3


# ---------------------------------------------------------------- the batch logic, with an engine in-process


class FakeEngine:
    """Runs jobs inline; opening a file named in `crash` kills the "worker" with that file as culprit."""

    capacity = 2

    def __init__(self, context: WorkerContext, crash: set[str], blame: bool = True) -> None:
        self.context, self.crash, self.blame = context, crash, blame
        self.queue: list[tuple[int, Task, tuple[Any, ...]]] = []
        self.dossier_jobs = 0

    def submit(self, job: int, task: Task, *args: Any, urgent: bool = False, steps: int = 1) -> None:
        self.queue.insert(0, (job, task, args)) if urgent else self.queue.append((job, task, args))

    def events(self) -> Iterator[Event]:
        while self.queue:
            job, task, args = self.queue.pop(0)
            self.dossier_jobs += task is dossier_task
            step: list[str | None] = [None]

            def watch(name: str | None, step: list[str | None] = step) -> None:
                step[0] = name
                if name in self.crash:
                    raise _Died()

            try:
                yield Outcome(job, "done", value=task(self.context, watch, *args))
            except _Died:
                yield Outcome(job, "crash", error="terminato dal segnale SIGSEGV",
                              culprit=step[0] if self.blame else None)

    def close(self) -> None:
        pass

    def peak_rss_kb(self) -> dict[int, int]:
        return {}


class _Died(BaseException):  # a dead process: nothing in it catches that
    pass


@pytest.fixture(scope="module")
def two(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("pool") / "clienti"
    write_dossier(root / "a", 1, seed=2)
    write_dossier(root / "b", 2, seed=2)
    return root


def _run(root: Path, catalog: Any, crash: set[str], blame: bool = True) -> tuple[list[Any], _Batch, FakeEngine]:
    context = WorkerContext(catalog, use_cache=False)
    fake = FakeEngine(context, crash, blame)
    batch = _Batch(find_targets([str(root)]), catalog, fake, Budget(), Cache(enabled=False), None)
    return batch.run(), batch, fake


def test_a_file_that_kills_its_worker_becomes_doc_unreadable_and_the_rest_is_checked(two: Path, catalog: Any) -> None:
    results, batch, _ = _run(two, catalog, {"allegati/Attestazione IBAN.pdf"})
    for d in results:
        unreadable = [f for f in d.findings if f.rule == "DOC-UNREADABLE"]
        assert [f.document for f in unreadable] == ["allegati/Attestazione IBAN.pdf"]
        assert "SIGSEGV" in unreadable[0].message
        assert "FC4-D-IBAN" in {f.rule for f in d.findings}  # the certificate could not be read
        assert any(i.documents for i in d.inventory)  # the other files were read
    assert len(batch.stats.failed_files) == 2


def test_without_a_culprit_the_dossier_is_split_and_the_file_job_names_it(two: Path, catalog: Any) -> None:
    blamed, _, _ = _run(two, catalog, {"allegati/Attestazione IBAN.pdf"})
    unblamed, batch, _ = _run(two, catalog, {"allegati/Attestazione IBAN.pdf"}, blame=False)
    assert sorted(batch.stats.split) == sorted(t.display for t in find_targets([str(two)]))
    assert [serialize.dossier(d) for d in unblamed] == [serialize.dossier(d) for d in blamed]


def test_a_dossier_that_keeps_failing_gets_tool_error(two: Path, catalog: Any) -> None:
    results, _, _ = _run(two, catalog, {None}, blame=False)  # dies in the rules, after every file
    for d in results:
        assert [f.rule for f in d.findings] == ["TOOL-ERROR"] and d.verdict.value == "blocked"


def test_an_exception_around_the_rules_is_a_tool_error_not_a_crash(two: Path, catalog: Any,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    real = engine.check_dossier

    def broken(path: Path, *args: Any, **kwargs: Any) -> Any:
        if path.name == "b":
            raise KeyError("manca")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(engine, "check_dossier", broken)
    result = run_targets(find_targets([str(two)]), catalog, Cache(enabled=False))
    a, b = result.dossiers
    assert "TOOL-ERROR" not in {f.rule for f in a.findings}
    assert [f.rule for f in b.findings] == ["TOOL-ERROR"] and "KeyError" in b.findings[0].message
    task = dossier_task(WorkerContext(catalog, use_cache=False), lambda s: None, Target(two / "b", "b"), None)
    assert [f.rule for f in task.value.findings] == ["TOOL-ERROR"]
