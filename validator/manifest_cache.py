"""dossier.yaml parsed once per content: the typed manifest and its problems, cached by content hash.

Parsing (YAML, then the schema: coercion, validation, typing) is the largest part of
re-checking an unchanged dossier. Its result depends only on the file's bytes and on
the manifest schema, so both are in the key (the tool version is in every cache path).
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path
from typing import Any

from . import jsontyped
from .extract import Cache
from .manifest import SCHEMA_NAME, Manifest, ManifestProblem, load_manifest, parse_manifest
from .resources import SCHEMAS

NAMESPACE = "manifest"


@functools.cache
def _schema_digest() -> str:
    return hashlib.sha256((SCHEMAS / SCHEMA_NAME).read_bytes()).hexdigest()[:16]


def load(path: Path, cache: Cache) -> tuple[Manifest | None, list[ManifestProblem]]:
    if not cache.enabled:
        return load_manifest(path)
    try:
        raw = path.read_bytes()
    except OSError:
        return load_manifest(path)  # it says, in Italian, why it cannot be read
    key = f"{hashlib.sha256(raw).hexdigest()}-{_schema_digest()}"
    hit = cache.get(NAMESPACE, key)
    if isinstance(hit, dict):
        try:
            return _decode(hit)
        except (KeyError, TypeError, ValueError):
            pass
    manifest, problems = parse_manifest(raw)
    cache.put(NAMESPACE, key, _encode(manifest, problems))
    return manifest, problems


def _encode(manifest: Manifest | None, problems: list[ManifestProblem]) -> dict[str, Any]:
    return {
        "manifest": None if manifest is None else {
            "data": jsontyped.encode(manifest.data),
            "lines": [[list(k), line] for k, line in manifest.lines.items()],
        },
        "problems": [[p.key, p.line, p.message] for p in problems],
    }


def _decode(entry: dict[str, Any]) -> tuple[Manifest | None, list[ManifestProblem]]:
    raw = entry["manifest"]
    manifest = None if raw is None else Manifest(jsontyped.decode(raw["data"]),
                                                 {tuple(k): line for k, line in raw["lines"]})
    return manifest, [ManifestProblem(key, line, message) for key, line, message in entry["problems"]]
