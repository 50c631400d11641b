"""Files that stopped a worker (it died, or overran the time budget), remembered by content.

A hostile PDF costs its full budget, or a worker, every time it is opened. So the
batch records the failure under the file's content hash and the budget it failed
under (a larger budget tries again), and the next run reports the file unreadable
with the same reason without opening it: an unchanged batch stays nearly free even
when one of its files is a decompression bomb.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .extract import EXTRACTOR_VERSION, Cache

NAMESPACE = "failed"


def key(sha256: str, limits: Mapping[str, Any]) -> str:
    budget = f"{limits.get('file_seconds', '')}-{limits.get('worker_memory_mb', '')}"
    return f"{sha256}-{EXTRACTOR_VERSION}-{budget}"


def remember(cache: Cache, path: Path, limits: Mapping[str, Any], reason: str) -> None:
    """Hashing is safe where parsing is not: the parent reads the file that killed a worker."""
    if not cache.enabled:
        return
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return
    cache.put(NAMESPACE, key(digest, limits), {"reason": reason})


def recall(cache: Cache, sha256: str, limits: Mapping[str, Any]) -> str | None:
    record = cache.get(NAMESPACE, key(sha256, limits)) if cache.enabled else None
    return str(record["reason"]) if isinstance(record, dict) and "reason" in record else None
