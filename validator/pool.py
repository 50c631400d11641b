"""A small process pool that survives its workers: spawned processes, one job each at a time.

concurrent.futures.ProcessPoolExecutor breaks as a whole when one worker dies (a
hostile PDF can make PDFium abort) and cannot stop one hung task. Here every worker
is a spawned process with its own pipe. A job announces each file before opening it
(`watch`); the parent kills a worker that stays on one step longer than the time
budget, replaces a worker that died, and reports the job as failed naming the file
it was reading. Memory is capped per worker with RLIMIT_AS where the platform has
it, so a decompression bomb ends in an allocation failure inside that worker only.

Workers start at start() or when the first job needs one, and receive the shared
context (the catalog, the cache settings) once; the worker side is worker.py. Each
result carries the worker's peak resident memory, for the benchmark.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import pickle
import signal
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any

from .worker import MEMORY_EXIT, worker_main

Watch = Callable[[str | None], None]
Task = Callable[..., Any]  # task(context, watch, *args), importable by name (spawn pickles it by reference)


@dataclass(frozen=True)
class Budget:
    seconds: float = 120.0  # per step: one file, or the rules of one dossier
    memory_mb: int = 1536  # address space per worker; 0 for no limit


@dataclass(frozen=True)
class Heartbeat:
    job: int
    step: str | None  # the file being opened, None between files


@dataclass(frozen=True)
class Outcome:
    job: int
    status: str  # "done", "error" (the task raised), "crash" (the worker died), "timeout"
    value: Any = None
    error: str | None = None
    culprit: str | None = None  # the step under way when the worker died or was stopped


Event = Heartbeat | Outcome
MAX_BOOT_FAILURES = 3
BOOT_SECONDS = 60.0  # allowed for a worker to start (imports, context) on top of the job's budget


class PoolError(Exception):
    """The workers cannot even start: the run cannot proceed."""


@dataclass
class _Job:
    id: int
    task: Task
    args: tuple[Any, ...]


@dataclass
class _Worker:
    process: Any
    conn: Connection
    job: _Job | None = None
    step: str | None = None
    deadline: float = 0.0
    ready: bool = False  # it has loaded the context: from now on a death is the job's doing


@dataclass
class PoolStats:
    peak_rss_kb: dict[int, int] = field(default_factory=dict)  # worker pid -> peak resident set
    started: int = 0
    replaced: int = 0
    boot_failures: int = 0


class Pool:
    """`submit` jobs, then iterate `events()`: heartbeats and one Outcome per job, as they come.

    The context (and the budget) may be given later than the pool is made: `start()`
    spawns the workers at once, they import `preload` while the caller prepares the
    context (loads the catalog), and `configure()` sends it to them.
    """

    def __init__(self, workers: int, context: Any = None, budget: Budget = Budget(),
                 preload: tuple[str, ...] = ()) -> None:
        self.size = max(1, workers)
        self.budget = budget
        self.preload = preload
        self._setup: bytes | None = None
        self._mp = multiprocessing.get_context("spawn")
        self._workers: list[_Worker] = []
        self._queue: deque[_Job] = deque()
        self.stats = PoolStats()
        if context is not None:
            self.configure(context, budget)

    # ------------------------------------------------------------ public

    def start(self) -> None:
        """Spawn every worker now, rather than when the first jobs need them."""
        while len(self._workers) < self.size:
            self._start_worker()

    def configure(self, context: Any, budget: Budget) -> None:
        """The context every job receives, and the budget; sent to the workers already started."""
        self.budget = budget
        self._setup = pickle.dumps((context, budget.memory_mb))
        for w in self._workers:
            self._send_setup(w)

    def submit(self, job: int, task: Task, *args: Any, urgent: bool = False) -> None:
        """Queue a job; an urgent one goes before the others (it finishes a dossier already begun)."""
        if urgent:
            self._queue.appendleft(_Job(job, task, args))
        else:
            self._queue.append(_Job(job, task, args))

    @property
    def busy(self) -> int:
        return sum(1 for w in self._workers if w.job is not None)

    def events(self) -> Iterator[Event]:
        """Run until every submitted job (including ones submitted while iterating) has an Outcome."""
        while self._queue or self.busy:
            self._dispatch()
            yield from self._collect()

    def close(self) -> None:
        for w in self._workers:
            with contextlib.suppress(OSError, ValueError):
                w.conn.send(None)
        deadline = time.monotonic() + 2
        for w in self._workers:
            w.process.join(max(0.0, deadline - time.monotonic()))
            if w.process.is_alive():
                w.process.kill()
                w.process.join()
            w.conn.close()
        self._workers.clear()

    def __enter__(self) -> Pool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ internals

    def _start_worker(self) -> _Worker:
        parent, child = self._mp.Pipe(duplex=True)
        process = self._mp.Process(target=worker_main, args=(child, self.preload), daemon=True,
                                   name="dossier-check-worker")
        process.start()
        child.close()
        worker = _Worker(process, parent)
        self._workers.append(worker)
        self.stats.started += 1
        if self._setup is not None:
            self._send_setup(worker)
        return worker

    def _send_setup(self, w: _Worker) -> None:
        assert self._setup is not None
        with contextlib.suppress(OSError, ValueError):  # a worker dead already is found out by _dispatch
            w.conn.send_bytes(self._setup)

    def _dispatch(self) -> None:
        if self._setup is None:
            raise RuntimeError("Pool.configure() must come before the jobs")
        while self._queue:
            idle = next((w for w in self._workers if w.job is None), None)
            if idle is None:
                if len(self._workers) >= self.size:
                    return
                idle = self._start_worker()
            job = self._queue.popleft()
            try:
                idle.conn.send((job.id, job.task, job.args))
            except (OSError, ValueError):  # the worker died while idle: replace it, retry the job
                self._queue.appendleft(job)
                self._retire(idle)
                continue
            idle.job, idle.step = job, None
            idle.deadline = time.monotonic() + self.budget.seconds + (0 if idle.ready else BOOT_SECONDS)

    def _collect(self) -> Iterator[Event]:
        busy = [w for w in self._workers if w.job is not None]
        if not busy:
            return
        timeout = max(0.0, min(w.deadline for w in busy) - time.monotonic())
        ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy], timeout)
        for w in busy:
            if w.job is None:
                continue
            if w.conn in ready or w.process.sentinel in ready:
                yield from self._read(w)
        now = time.monotonic()
        for w in busy:
            if w.job is not None and now > w.deadline:
                yield from self._fail(w, "timeout", f"oltre {self.budget.seconds:g} s")

    def _read(self, w: _Worker) -> Iterator[Event]:
        while w.job is not None:
            try:
                if not w.conn.poll():
                    if not w.process.is_alive():
                        yield from self._fail(w, "crash", _exit_text(w.process.exitcode))
                    return
                message = w.conn.recv()
            except (EOFError, OSError):
                w.process.join(1)
                yield from self._fail(w, "crash", _exit_text(w.process.exitcode))
                return
            kind, job, payload, rss = message
            if kind == "ready":
                w.ready = True
                w.deadline = time.monotonic() + self.budget.seconds
                continue
            if rss:
                pid = w.process.pid
                self.stats.peak_rss_kb[pid] = max(rss, self.stats.peak_rss_kb.get(pid, 0))
            if kind == "step":
                w.step = payload
                w.deadline = time.monotonic() + self.budget.seconds
                yield Heartbeat(job, payload)
                continue
            w.job, w.step = None, None
            if kind == "done":
                yield Outcome(job, "done", value=payload)
            else:
                yield Outcome(job, "error", error=payload)

    def _fail(self, w: _Worker, status: str, detail: str) -> Iterator[Outcome]:
        assert w.job is not None
        job, w.job = w.job, None
        self._retire(w)
        if not w.ready:  # died or stuck while starting: not the job's fault
            self.stats.boot_failures += 1
            if self.stats.boot_failures >= MAX_BOOT_FAILURES:
                raise PoolError(f"i processi di lavoro non si avviano ({detail})")
            self._queue.appendleft(job)
            return
        self.stats.replaced += 1
        yield Outcome(job.id, status, error=detail, culprit=w.step)

    def _retire(self, w: _Worker) -> None:
        if w.process.is_alive():
            w.process.kill()
        w.process.join()
        w.conn.close()
        self._workers.remove(w)


def _exit_text(code: int | None) -> str:
    if code == MEMORY_EXIT:
        return "memoria esaurita"
    if code is not None and code < 0:
        try:
            return f"terminato dal segnale {signal.Signals(-code).name}"
        except ValueError:
            return f"terminato dal segnale {-code}"
    return f"uscito con codice {code}"
