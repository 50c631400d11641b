"""A cache of extraction results, keyed by file content hash and tool version.

It lives in the user's cache directory (never in a dossier), readable by the user
only (it holds codici fiscali, IBANs and salaries), and every entry is written to a
temporary file and renamed, so an interrupted run leaves no half-written entry.
"""

from __future__ import annotations

import json
import os
import pickle
import shutil
import tempfile
from pathlib import Path
from typing import Any

from .. import __version__

CACHE_FORMAT = "1"


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
        self.hits = 0
        self.misses = 0

    def _path(self, namespace: str, key: str) -> Path:
        return self.root / f"v{CACHE_FORMAT}-{__version__}" / namespace / key[:2] / f"{key}.json"

    def get(self, namespace: str, key: str) -> Any | None:
        if not self.enabled:
            return None
        try:
            with open(self._path(namespace, key), encoding="utf-8") as fh:
                value = json.load(fh)
        except (OSError, ValueError):
            self.misses += 1
            return None
        self.hits += 1
        return value

    def put(self, namespace: str, key: str, value: Any) -> None:
        if not self.enabled:
            return
        data = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        self._write(self._path(namespace, key), data)

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
            self._write(self._path(namespace, key).with_suffix(".pickle"), pickle.dumps(value))

    def _write(self, path: Path, data: bytes) -> None:
        try:
            _make_private_dirs(path.parent, self.root)
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
            try:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(data)
                os.replace(tmp, path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError:
            pass  # a cache that cannot be written only costs time

    def clear(self) -> int:
        """Remove every entry; returns how many files were removed."""
        if not self.root.exists():
            return 0
        count = sum(1 for p in self.root.rglob("*") if p.suffix in (".json", ".pickle"))
        shutil.rmtree(self.root, ignore_errors=True)
        return count


def _make_private_dirs(path: Path, root: Path) -> None:
    old = os.umask(0o077)
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        root.chmod(0o700)
    finally:
        os.umask(old)
