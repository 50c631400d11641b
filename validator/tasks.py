"""What runs in a worker: check one dossier, or analyse one file of a dossier that was split.

Task functions are module-level so that spawned processes and Dask workers can import
them by name; each gets the WorkerContext (sent once per worker) and a `watch` to
announce the file it is about to open.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from . import discover
from .catalog import Catalog
from .context import FileEvent
from .engine import check_dossier_or_error
from .extract import Cache
from .models import DossierResult, InventoryItem
from .pool import Watch
from .runner import Target
from .scan import Failed, Prepared, prepare
from .selection import EVERYTHING, Selection


@dataclass(frozen=True)
class WorkerContext:
    """Sent once to every worker."""

    catalog: Catalog
    use_cache: bool = True
    cache_root: Path | None = None  # None: the worker's own default (DOSSIER_CHECK_CACHE or the user cache)
    as_of: date | None = None
    selection: Selection = EVERYTHING

    def cache(self) -> Cache:
        return Cache(self.cache_root, enabled=self.use_cache)


@dataclass(frozen=True)
class TaskResult:
    value: Any
    cache_counts: Mapping[str, Mapping[str, int]]


def dossier_task(ctx: WorkerContext, watch: Watch, target: Target,
                 prepared: Mapping[str, Prepared | Failed | FileEvent] | None) -> TaskResult:
    cache = ctx.cache()
    result = check_dossier_or_error(target.path, ctx.catalog, cache, as_of=ctx.as_of, display=target.display,
                                    selection=ctx.selection, prepared=prepared, watch=watch)
    return TaskResult(slim(result), cache.counts)


def file_task(ctx: WorkerContext, watch: Watch, entry: discover.Entry) -> TaskResult:
    cache = ctx.cache()
    watch(entry.display)
    return TaskResult(prepare(entry, ctx.catalog, cache), cache.counts)


def slim(result: DossierResult) -> DossierResult:
    """Drop the documents' raw text, which no report shows, before the result travels back."""
    items = tuple(
        InventoryItem(i.file, tuple(dataclasses.replace(d, text="") for d in i.documents), i.pages, i.ocr, i.method)
        for i in result.inventory
    )
    return dataclasses.replace(result, inventory=items)
