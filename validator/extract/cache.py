"""A cache of extraction results, keyed by file content hash and tool version.

It lives in the user's cache directory (never in a dossier), readable by the user
only (it holds codici fiscali, IBANs and salaries), and every entry is written to a
temporary file and renamed, so an interrupted run leaves no half-written entry.
Entries are grouped by namespace (`stat`, `text`, `class`); each namespace keeps
its own hit, miss and write counts, which the batch adds up across workers.
"""

from __future__ import annotations

import contextlib
import json
import os
import pickle
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

from .. import __version__

CACHE_FORMAT = "1"
_OUR_FOLDER = re.compile(r"v\d+-[0-9A-Za-z.+-]+")


def default_dir() -> Path:
    env = os.environ.get("DOSSIER_CHECK_CACHE")
    if env:
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("dossier-check", appauthor=False))


class Cache:
    """Key-value store of JSON documents; `enabled=False` makes every call a no-op."""

    def __init__(self, root: Path | None = None, enabled: bool = True) -> None:
        self.root = root or default_dir()
        self.enabled = enabled
        self.counts: dict[str, dict[str, int]] = {}

    @property
    def hits(self) -> int:
        return sum(c["hits"] for c in self.counts.values())

    def _count(self, namespace: str, what: str, n: int = 1) -> None:
        entry = self.counts.setdefault(namespace, {"hits": 0, "misses": 0, "writes": 0})
        entry[what] += n

    @property
    def folder(self) -> Path:
        return self.root / f"v{CACHE_FORMAT}-{__version__}"

    def _path(self, namespace: str, key: str) -> Path:
        return self.folder / namespace / key[:2] / f"{key}.json"

    def get(self, namespace: str, key: str) -> Any | None:
        if not self.enabled:
            return None
        try:
            with open(self._path(namespace, key), encoding="utf-8") as fh:
                value = json.load(fh)
        except (OSError, ValueError):
            self._count(namespace, "misses")
            return None
        self._count(namespace, "hits")
        return value

    def put(self, namespace: str, key: str, value: Any) -> None:
        if not self.enabled:
            return
        try:
            data = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        except (TypeError, ValueError):
            return
        self._write(namespace, self._path(namespace, key), data)

    def get_pickle(self, namespace: str, key: str) -> Any | None:
        """The tool's own objects (the validated catalog); never data read from a dossier."""
        if not self.enabled:
            return None
        try:
            with open(self._path(namespace, key).with_suffix(".pickle"), "rb") as fh:
                return pickle.load(fh)
        except Exception:  # missing, stale or unreadable: rebuild
            return None

    def put_pickle(self, namespace: str, key: str, value: Any) -> None:
        if self.enabled:
            self._write(namespace, self._path(namespace, key).with_suffix(".pickle"), pickle.dumps(value))

    def _write(self, namespace: str, path: Path, data: bytes) -> None:
        try:
            _make_private_dirs(path.parent, self.root)
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)  # created 0600
            try:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(data)
                os.replace(tmp, path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError:
            return  # a cache that cannot be written only costs time
        self._count(namespace, "writes")

    def clear(self) -> int:
        """Remove every entry of every tool version; returns how many entries were removed.

        Only the folders this class creates (`v1-0.1.0`, ...) are removed: DOSSIER_CHECK_CACHE
        may point at a folder that holds other things too.
        """
        if not self.root.is_dir():
            return 0
        count = 0
        for child in self.root.iterdir():
            if child.is_dir() and not child.is_symlink() and _OUR_FOLDER.fullmatch(child.name):
                count += sum(1 for p in child.rglob("*") if p.suffix in (".json", ".pickle"))
                shutil.rmtree(child, ignore_errors=True)
        return count

    def size(self) -> tuple[int, int]:
        """(entries, bytes) of the current tool version's folder."""
        entries = total = 0
        if self.folder.is_dir():
            for p in self.folder.rglob("*.json"):
                entries += 1
                total += p.stat().st_size
        return entries, total


def _make_private_dirs(path: Path, root: Path) -> None:
    """Create `path` and the folders between it and `root` (included) with mode 0700.

    os.mkdir's mode is only narrowed by the umask, so it never ends up wider than
    0700; the process umask is left alone (other threads may be creating files).
    """
    if path.is_dir():
        return
    if not root.is_dir():
        root.parent.mkdir(parents=True, exist_ok=True)  # ~/.cache itself keeps the usual mode
    missing: list[Path] = []
    p = path
    while not p.is_dir():
        missing.append(p)
        if p == root or p.parent == p:
            break
        p = p.parent
    if root.is_dir() and root not in missing:
        with contextlib.suppress(OSError):
            root.chmod(0o700)  # an existing folder given by DOSSIER_CHECK_CACHE
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=0o700)
        if folder == root:
            folder.chmod(0o700)
