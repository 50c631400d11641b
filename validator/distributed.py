"""A batch on an existing Dask cluster (`--scheduler tcp://host:port`), with the local pool's results.

Dask rather than Ray: a pure-Python pip install (no second runtime, object store or
raylet daemons to run next to it), a plain address to join a cluster that is already
there (and dask-jobqueue for the SLURM/PBS clusters public administrations tend to
have), futures over ordinary functions, and a LocalCluster that starts in-process on
127.0.0.1 in about a second, so the test suite runs the real thing.

The cluster's workers run the same task functions as the local pool (batch.dossier_task,
batch.file_task), so the findings are the same; the batch logic (order, splitting,
retries, TOOL-ERROR) stays on the client. What the cluster must provide:

- the dossiers on a filesystem every worker sees at the same absolute path (the
  client sends paths, not file contents: a region's archive is not shipped through
  one laptop's network link);
- dossier-check installed on the workers at the client's version (the catalog itself
  travels: it is scattered once to every worker, so rules are the client's);
- a cache folder per worker (DOSSIER_CHECK_CACHE or the user cache dir there);
- preferably one thread per worker process (`dask worker --nthreads 1 --nworkers N`):
  PDFium is not thread-safe, so the threads of one worker take turns inside it.

Budgets: Dask cannot stop one running task, and it retries a task whose worker died
on another worker before failing it with KilledWorker. So the client keeps at most
one job per worker thread in flight and gives each job the per-file time budget times
its number of files; a job over time or killed is handled like a crash without a
culprit in the local pool (the dossier is split into file jobs, and a failing file
job names its file). The memory budget is the workers' own memory limit: their nanny
restarts a worker that goes over it.
"""

from __future__ import annotations

import queue
import time
import uuid
from collections import deque
from collections.abc import Iterator
from typing import Any

from .pool import Budget, Event, Outcome, Task


def _no_watch(step: str | None) -> None:
    """Heartbeats do not travel back from a cluster: culprits are found by splitting."""


def run_remote(task: Task, context: Any, *args: Any) -> Any:
    return task(context, _no_watch, *args)


class DaskEngine:
    def __init__(self, address: str, client: Any = None) -> None:
        from distributed import Client

        self.client = client or Client(address, set_as_default=False)  # timeout: distributed.comm.timeouts.connect
        self._own_client = client is None
        self.capacity = max(1, sum(self.client.nthreads().values()))
        self.context: Any = None
        self.budget = Budget()
        self._run = uuid.uuid4().hex[:8]
        self._queue: deque[tuple[int, Task, tuple[Any, ...], int]] = deque()
        self._running: dict[Any, tuple[int, float]] = {}  # future -> (job, deadline)
        self._done: queue.Queue[Any] = queue.Queue()

    def configure(self, context: Any, budget: Budget) -> None:
        self.context = self.client.scatter(context, broadcast=True, hash=False)  # once, not once per job
        self.budget = budget

    def submit(self, job: int, task: Task, *args: Any, urgent: bool = False, steps: int = 1) -> None:
        item = (job, task, args, steps)
        if urgent:
            self._queue.appendleft(item)
        else:
            self._queue.append(item)

    def events(self) -> Iterator[Event]:
        while self._queue or self._running:
            while self._queue and len(self._running) < self.capacity:
                job, task, args, steps = self._queue.popleft()
                future = self.client.submit(run_remote, task, self.context, *args, pure=False,
                                            key=f"dossier-check-{self._run}-{job}")
                self._running[future] = (job, time.monotonic() + self.budget.seconds * max(1, steps))
                future.add_done_callback(self._done.put)  # called on the client's event-loop thread
            timeout = max(0.05, min(d for _, d in self._running.values()) - time.monotonic())
            try:
                finished = [self._done.get(timeout=timeout)]
                while not self._done.empty():
                    finished.append(self._done.get_nowait())
            except queue.Empty:
                finished = []
            for future in finished:
                if future in self._running:  # not one given up on time already
                    job, _ = self._running.pop(future)
                    yield _outcome(job, future)
            now = time.monotonic()
            for future, (job, deadline) in list(self._running.items()):
                if now > deadline:
                    del self._running[future]
                    future.cancel()
                    yield Outcome(job, "timeout", error=f"oltre {self.budget.seconds:g} s per file")

    def close(self) -> None:
        for future in self._running:
            future.cancel()
        self._running.clear()
        if self._own_client:
            self.client.close()

    def peak_rss_kb(self) -> dict[int, int]:
        return {}  # the cluster's dashboard shows its workers' memory


def _outcome(job: int, future: Any) -> Outcome:
    from distributed import KilledWorker

    if future.status == "finished":
        return Outcome(job, "done", value=future.result())
    if future.status == "error":
        exc = future.exception()
        if isinstance(exc, KilledWorker):
            return Outcome(job, "crash", error="il nodo del cluster che lo elaborava si è fermato")
        return Outcome(job, "error", error=f"{type(exc).__name__}: {exc}")
    return Outcome(job, "crash", error=f"lavoro {future.status}")
