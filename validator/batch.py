"""Many dossiers in parallel: over dossiers, and over the files of a dossier that would hold the batch up.

The unit of work is a dossier job: one worker checks the whole dossier (walk, read,
extract, classify, rules) and sends back its result, so a batch of small dossiers
costs one round trip each. A dossier much larger than the rest (or a single dossier
run alone) is split: each of its files is analysed by a file job, then a dossier
job checks it with those analyses handed in (`scan.prepared`).

One dossier never stops the batch. A worker that dies or overruns the time budget
while reading a file gets that file reported as DOC-UNREADABLE (the job announces
each file before opening it) and the dossier is checked again without it; a dossier
that fails where no file is to blame is split into file jobs, and if it still fails
it gets a TOOL-ERROR finding. Results are the same as the sequential run's
(runner.run_targets), in the order of the targets, whatever the number of workers.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from . import __version__, discover, failures
from .catalog import Catalog
from .context import FileEvent
from .deadlines import today_rome
from .engine import tool_error
from .engines import Engine, open_engine
from .extract import Cache
from .manifest import MANIFEST_NAME
from .models import DossierResult, RunResult
from .pool import Budget, Heartbeat, Outcome
from .runner import Target
from .scan import Failed, Prepared
from .selection import EVERYTHING, Selection
from .tasks import TaskResult, WorkerContext, dossier_task, file_task

MAX_FAILED_FILES = 8  # a dossier whose files keep killing workers is given up as a whole
RESULTS = "dossier"  # cache namespace of whole dossier results, keyed by everything they depend on


@dataclass(frozen=True)
class BatchOptions:
    jobs: int = 0  # 0: one per core
    use_cache: bool = True
    cache_root: Path | None = None
    as_of: date | None = None
    scheduler: str | None = None  # a Dask scheduler address: run there instead of locally
    selection: Selection = EVERYTHING  # --select / --ignore


@dataclass(frozen=True)
class Progress:
    files_done: int
    files_total: int
    dossiers_done: int
    dossiers_total: int


@dataclass
class BatchStats:
    cache: dict[str, dict[str, int]] = field(default_factory=dict)
    peak_rss_kb: dict[int, int] = field(default_factory=dict)  # per worker
    failed_files: list[str] = field(default_factory=list)  # "dossier › file: reason"
    split: list[str] = field(default_factory=list)  # dossiers checked file by file
    from_cache: int = 0  # dossiers whose result was reused: nothing they depend on had changed


@dataclass(frozen=True)
class BatchRun:
    result: RunResult
    stats: BatchStats


def budget_of(catalog: Catalog) -> Budget:
    limits = catalog.limits
    return Budget(float(limits.get("file_seconds", Budget.seconds)),
                  int(limits.get("worker_memory_mb", Budget.memory_mb)))


def run_batch(targets: list[Target], catalog: Catalog, options: BatchOptions = BatchOptions(),
              progress: Callable[[Progress], None] | None = None, engine: Engine | None = None) -> BatchRun:
    """Check the targets; closes the engine when done (one is opened if none is given)."""
    budget = budget_of(catalog)
    engine = engine or open_engine(options.jobs, options.scheduler)
    try:
        if options.scheduler:  # the workers' own cache folders; paths as the cluster sees them
            engine.configure(WorkerContext(catalog, options.use_cache, None, options.as_of, options.selection),
                             budget)
            targets = [Target(t.path.resolve(), t.display) for t in targets]
        else:
            engine.configure(WorkerContext(catalog, options.use_cache, options.cache_root, options.as_of,
                                           options.selection), budget)
        batch = _Batch(targets, catalog, engine, budget, Cache(options.cache_root, options.use_cache), progress,
                       options)
        results = batch.run()
    finally:
        engine.close()
    batch.stats.peak_rss_kb = engine.peak_rss_kb()
    run = RunResult(tuple(results), __version__, catalog.version, datetime.now().astimezone())
    return BatchRun(run, batch.stats)


@dataclass
class _Dossier:
    target: Target
    entries: list[discover.Entry]
    size: int
    signature: str = ""  # every file's path and stat signature, and the manifest's content
    prepared: dict[str, Prepared | Failed | FileEvent] = field(default_factory=dict)
    waiting: set[str] = field(default_factory=set)  # file jobs not back yet
    split: bool = False
    seen: set[str] = field(default_factory=set)  # files counted in the progress
    result: DossierResult | None = None


class _Batch:
    def __init__(self, targets: list[Target], catalog: Catalog, engine: Engine, budget: Budget, cache: Cache,
                 progress: Callable[[Progress], None] | None, options: BatchOptions = BatchOptions()) -> None:
        self.catalog = catalog
        self.options = options
        self.cache = cache  # the parent's, to remember files that stopped a worker
        self.engine = engine
        self.budget = budget
        self.progress = progress
        self.dossiers = [_plan(t) for t in targets]
        self.jobs: dict[int, tuple[int, str | None]] = {}  # job -> (dossier index, file or None)
        self.stats = BatchStats()
        self.files_total = sum(len(d.entries) for d in self.dossiers)
        self.files_done = 0
        self.dossiers_done = 0

    def run(self) -> list[DossierResult]:
        total = sum(d.size for d in self.dossiers) or 1
        order = sorted(range(len(self.dossiers)), key=lambda i: -self.dossiers[i].size)  # largest first
        for i in order:
            d = self.dossiers[i]
            known = self.cache.get_pickle(RESULTS, self._result_key(d))
            if isinstance(known, DossierResult) and known.path == d.target.display:
                self._finish(i, known, store=False)  # nothing it depends on has changed
                self.stats.from_cache += 1
                continue
            big = d.size * self.engine.capacity > total and len(d.entries) > 1  # more than a worker's share
            if big and self.engine.capacity > 1:
                self._split(i)
            else:
                self._submit_dossier(i)
        self._report()
        for event in self.engine.events():
            if isinstance(event, Heartbeat):
                index, _ = self.jobs[event.job]
                if event.step:
                    self._count_file(index, event.step)
                continue
            self._handle(event)
        return [d.result or tool_error(d.target.display, self.catalog, "risultato mancante", "batch")
                for d in self.dossiers]

    # ------------------------------------------------------------ submitting

    def _new_job(self, index: int, file: str | None) -> int:
        job = len(self.jobs)
        self.jobs[job] = (index, file)
        return job

    def _submit_dossier(self, index: int, urgent: bool = False) -> None:
        d = self.dossiers[index]
        job = self._new_job(index, None)
        self.engine.submit(job, dossier_task, d.target, dict(d.prepared) or None, urgent=urgent,
                           steps=len(d.entries) + 1)

    def _split(self, index: int) -> None:
        d = self.dossiers[index]
        d.split = True
        self.stats.split.append(d.target.display)
        todo = [e for e in d.entries if e.display not in d.prepared]
        if not todo:
            self._submit_dossier(index, urgent=True)
        for entry in todo:
            d.waiting.add(entry.display)
            self.engine.submit(self._new_job(index, entry.display), file_task, entry)

    # ------------------------------------------------------------ results

    def _handle(self, outcome: Outcome) -> None:
        index, file = self.jobs[outcome.job]
        d = self.dossiers[index]
        if outcome.status == "done":
            value: TaskResult = outcome.value
            for namespace, counts in value.cache_counts.items():
                entry = self.stats.cache.setdefault(namespace, {"hits": 0, "misses": 0, "writes": 0})
                for what, n in counts.items():
                    entry[what] = entry.get(what, 0) + n
            if file is None:
                self._finish(index, value.value)
            else:
                self._file_back(index, file, value.value)
            return
        if file is not None:  # a file job failed: that file is the culprit
            self._file_back(index, file, self._failed(d, file, outcome))
        elif outcome.culprit and outcome.status != "error" and outcome.culprit not in d.prepared:
            d.prepared[outcome.culprit] = self._failed(d, outcome.culprit, outcome)
            failed = sum(1 for p in d.prepared.values() if isinstance(p, Failed))
            if failed > MAX_FAILED_FILES:
                self._finish(index, tool_error(d.target.display, self.catalog,
                                               f"{failed} file hanno interrotto l'elaborazione", "batch"))
            else:
                self._submit_dossier(index, urgent=True)
        elif outcome.status != "error" and not d.split:
            self._split(index)  # nobody to blame yet: look at the files one by one
        else:
            what = outcome.error or outcome.status
            self._finish(index, tool_error(d.target.display, self.catalog, what, "batch"))

    def _failed(self, d: _Dossier, file: str, outcome: Outcome) -> Failed:
        if outcome.status == "timeout":
            reason = (f"elaborazione interrotta dopo {self.budget.seconds:g} secondi, il limite per file "
                      f"(file troppo complesso o costruito per bloccare i lettori)")
        elif outcome.status == "crash":
            limit = f" o oltre il limite di memoria di {self.budget.memory_mb} MB" if self.budget.memory_mb else ""
            reason = f"il lettore si è interrotto ({outcome.error}): file danneggiato od ostile{limit}"
        else:
            reason = f"errore interno durante la lettura ({outcome.error})"
        self.stats.failed_files.append(f"{d.target.display} › {file}: {outcome.status}")
        path = next((e.path for e in d.entries if e.display == file), None)
        if path is not None:
            failures.remember(self.cache, path, self.catalog.limits, reason)
        return Failed(reason)

    def _file_back(self, index: int, file: str, value: Prepared | Failed | FileEvent) -> None:
        d = self.dossiers[index]
        d.prepared[file] = value
        d.waiting.discard(file)
        self._count_file(index, file)
        if not d.waiting and d.result is None:
            self._submit_dossier(index, urgent=True)

    def _result_key(self, d: _Dossier) -> str:
        o = self.options
        parts = [d.signature, self.catalog.version, __version__, str(o.as_of), repr(o.selection)]
        return hashlib.sha256("\0".join(parts).encode()).hexdigest()

    def _finish(self, index: int, result: DossierResult, store: bool = True) -> None:
        d = self.dossiers[index]
        d.result = result
        gave_up = any(isinstance(p, Failed) for p in d.prepared.values())
        # a result that depends on the clock (reference date today) or on a failure is not kept
        if store and not gave_up and result.as_of != today_rome() and \
                not any(f.rule == "TOOL-ERROR" for f in result.findings):
            self.cache.put_pickle(RESULTS, self._result_key(d), result)
        d.prepared.clear()
        self.files_done += len(d.entries) - len(d.seen & {e.display for e in d.entries})
        self.dossiers_done += 1
        self._report()

    def _count_file(self, index: int, file: str) -> None:
        d = self.dossiers[index]
        if file not in d.seen:
            d.seen.add(file)
            self.files_done += 1
            self._report()

    def _report(self) -> None:
        if self.progress:
            self.progress(Progress(min(self.files_done, self.files_total), self.files_total, self.dossiers_done,
                                   len(self.dossiers)))


def _plan(target: Target) -> _Dossier:
    """The dossier's files and their total size, for the progress bar and the order of the jobs, and
    its signature: what the dossier's result depends on besides the catalog and the options."""
    entries: list[discover.Entry] = []
    size = 0
    digest = hashlib.sha256()
    for entry in discover.walk(target.path):
        digest.update(f"{entry.display}\0{entry.problem}\0{entry.detail}\0".encode("utf-8", "surrogateescape"))
        if entry.problem:
            continue
        entries.append(entry)
        with contextlib.suppress(OSError):
            st = entry.path.stat()
            size += st.st_size
            digest.update(f"{st.st_size}\0{st.st_mtime_ns}\0{st.st_ctime_ns}\0{st.st_ino}\0{st.st_dev}\0".encode())
    with contextlib.suppress(OSError):
        digest.update((target.path / MANIFEST_NAME).read_bytes())
    return _Dossier(target, entries, size, digest.hexdigest())
