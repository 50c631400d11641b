"""What the command line asks for, run: which folders are dossiers, checked one by one."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from . import __version__
from .catalog import Catalog
from .discover import REPORT_MARKER
from .engine import check_dossier_or_error
from .extract import Cache
from .manifest import MANIFEST_NAME
from .models import DossierResult, RunResult
from .selection import EVERYTHING, Selection


class UsageError(Exception):
    """Bad arguments: the run cannot proceed (exit 2)."""


@dataclass(frozen=True)
class Target:
    path: Path
    display: str


def find_targets(paths: Iterable[str], mode: str | None = None) -> list[Target]:
    """SPEC 3: a folder with dossier.yaml is a dossier; one whose subfolders have it is a batch."""
    paths = list(paths)
    targets: list[Target] = []
    for raw in paths:
        p = Path(raw)
        if not p.exists():
            raise UsageError(f"la cartella «{raw}» non esiste")
        if not p.is_dir():
            raise UsageError(f"«{raw}» non è una cartella: indicate la cartella del dossier")
        is_dossier = (p / MANIFEST_NAME).is_file()
        if mode == "single" or (mode is None and is_dossier):
            targets.append(Target(p, raw.rstrip("/") or raw))
            continue
        children = sorted(c for c in p.iterdir() if c.is_dir() and not c.is_symlink()
                          and not (c / REPORT_MARKER).exists() and not c.name.startswith("."))
        if mode == "batch" or any((c / MANIFEST_NAME).is_file() for c in children):
            targets.extend(Target(c, f"{raw.rstrip('/')}/{c.name}") for c in children)
        else:
            targets.append(Target(p, raw.rstrip("/") or raw))
    return targets


def run_targets(
    targets: list[Target],
    catalog: Catalog,
    cache: Cache,
    as_of: date | None = None,
    progress: Callable[[Target], None] | None = None,
    selection: Selection = EVERYTHING,
) -> RunResult:
    results: list[DossierResult] = []
    for t in targets:
        results.append(check_dossier_or_error(t.path, catalog, cache, as_of=as_of, display=t.display,
                                              selection=selection))
        if progress:
            progress(t)
    return RunResult(tuple(results), __version__, catalog.version, datetime.now().astimezone())
