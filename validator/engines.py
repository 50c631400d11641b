"""Where jobs run: the local process pool, or an existing Dask cluster.

Light on purpose: the command line opens the engine before it imports the rest and
loads the catalog, so the local workers boot in the meantime.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Protocol

from .pool import Budget, Event, Pool, Task

if TYPE_CHECKING:
    from .tasks import WorkerContext


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


class Engine(Protocol):
    """Where jobs run: the local process pool, or a distributed cluster (distributed.DaskEngine)."""

    capacity: int

    def configure(self, context: WorkerContext, budget: Budget) -> None: ...

    def submit(self, job: int, task: Task, *args: Any, urgent: bool = False, steps: int = 1) -> None: ...

    def events(self) -> Iterator[Event]: ...

    def close(self) -> None: ...

    def peak_rss_kb(self) -> dict[int, int]: ...


class LocalEngine:
    """The local process pool. Made before the catalog is loaded, its workers boot meanwhile."""

    def __init__(self, jobs: int) -> None:
        self.pool = Pool(jobs or default_jobs(), preload=("validator.tasks",))
        self.capacity = self.pool.size
        self.pool.start()

    def configure(self, context: WorkerContext, budget: Budget) -> None:
        self.pool.configure(context, budget)

    def submit(self, job: int, task: Task, *args: Any, urgent: bool = False, steps: int = 1) -> None:
        self.pool.submit(job, task, *args, urgent=urgent)

    def events(self) -> Iterator[Event]:
        return self.pool.events()

    def close(self) -> None:
        self.pool.close()

    def peak_rss_kb(self) -> dict[int, int]:
        return dict(self.pool.stats.peak_rss_kb)


def open_engine(jobs: int = 0, scheduler: str | None = None) -> Engine:
    """The Dask cluster at `scheduler`, or `jobs` local workers (0: one per core), starting now."""
    if scheduler:
        from .distributed import DaskEngine

        return DaskEngine(scheduler)
    return LocalEngine(jobs)
