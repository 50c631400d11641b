"""Walking a dossier folder: every file below it, never a symlink out of it.

Subfolders with their own dossier.yaml belong to another dossier; report folders
(marked by the file REPORT_MARKER) are skipped; operating-system litter is ignored.
Nothing is opened for writing, nothing is followed out of the dossier.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .manifest import MANIFEST_NAME

REPORT_MARKER = ".dossier-check-report"
JUNK_NAMES = {".ds_store", "thumbs.db", "desktop.ini", ".localized"}
MAX_DEPTH = 24
MAX_ENTRIES = 20_000


@dataclass(frozen=True)
class Entry:
    """A path found in the dossier, before its content is looked at."""

    path: Path
    display: str  # relative to the dossier root, with forward slashes
    problem: str | None = None  # "symlink-out", "too-deep", "too-many", "unreadable"
    detail: str | None = None


def is_junk(name: str) -> bool:
    low = name.lower()
    return low in JUNK_NAMES or low.startswith("~$") or low.startswith("._")


def walk(root: Path) -> Iterator[Entry]:
    """Yield the dossier's files in a stable order (sorted, depth first)."""
    root = root.resolve()
    count = 0
    stack: list[tuple[Path, int]] = [(root, 0)]
    while stack:
        folder, depth = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            yield Entry(folder, _rel(folder, root) or ".", "unreadable", exc.strerror)
            continue
        subfolders: list[Path] = []
        for e in entries:
            count += 1
            if count > MAX_ENTRIES:
                yield Entry(folder, _rel(folder, root), "too-many", str(MAX_ENTRIES))
                return
            path = Path(e.path)
            display = _rel(path, root)
            if is_junk(e.name) or (folder == root and e.name == MANIFEST_NAME):
                continue
            if e.is_symlink():
                target = _inside_target(path, root)
                if target is None:
                    yield Entry(path, display, "symlink-out", _link_text(path))
                    continue
                if target.is_dir():
                    continue  # a link to a folder of the same dossier: its files are found there
                yield Entry(target, display)
                continue
            try:
                mode = e.stat(follow_symlinks=False).st_mode
            except OSError as exc:
                yield Entry(path, display, "unreadable", exc.strerror)
                continue
            if stat.S_ISDIR(mode):
                if (path / MANIFEST_NAME).exists() or (path / REPORT_MARKER).exists():
                    continue
                if depth + 1 > MAX_DEPTH:
                    yield Entry(path, display, "too-deep", str(MAX_DEPTH))
                    continue
                subfolders.append(path)
            elif stat.S_ISREG(mode):
                yield Entry(path, display)
            # sockets, fifos and devices are not documents: never opened
        stack.extend((p, depth + 1) for p in reversed(subfolders))


def _rel(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.name


def _inside_target(link: Path, root: Path) -> Path | None:
    try:
        target = link.resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    return target if target == root or root in target.parents else None


def _link_text(link: Path) -> str:
    try:
        return os.readlink(link)
    except OSError:
        return "?"
