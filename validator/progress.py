"""The progress bar of a run on the terminal (rich), and nothing at all anywhere else.

rich is imported only when a bar is shown, so start-up and piped runs do not pay for it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any

from .batch import Progress

Hook = Callable[[Progress], None]


@contextlib.contextmanager
def progress_bar(enabled: bool, label: str = "Controllo") -> Iterator[Hook | None]:
    """A hook for run_batch that draws on stderr, or None when the bar must stay quiet."""
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
    from rich.progress import Progress as Bar

    console = Console(stderr=True)
    bar = Bar(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn("file"),
              TextColumn("· {task.fields[dossiers]}"), TimeElapsedColumn(), console=console, transient=True)
    task: Any = None

    def hook(p: Progress) -> None:
        nonlocal task
        dossiers = f"{p.dossiers_done}/{p.dossiers_total} dossier"
        if task is None:
            task = bar.add_task(label, total=p.files_total or 1, dossiers=dossiers)
        bar.update(task, completed=p.files_done, total=p.files_total or 1, dossiers=dossiers)

    with bar:
        yield hook
