"""dossier.yaml: safe loading, typing by schema, errors with key path and line."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import schemas, yamlsafe

MANIFEST_NAME = "dossier.yaml"
SCHEMA_NAME = "manifest.schema.yaml"
_MISSING = object()


@dataclass(frozen=True)
class ManifestProblem:
    key: str
    line: int | None
    message: str  # Italian


@dataclass(frozen=True)
class Manifest:
    """The typed manifest. Values that failed the schema are left out (and reported)."""

    data: dict[str, Any]
    lines: dict[tuple[str | int, ...], int] = field(default_factory=dict, compare=False)

    def get(self, dotted: str, default: Any = None) -> Any:
        value: Any = self.data
        for part in dotted.split("."):
            if isinstance(value, dict) and part in value:
                value = value[part]
            else:
                return default
        return default if value is None else value

    def has(self, dotted: str) -> bool:
        return self.get(dotted, _MISSING) is not _MISSING

    @property
    def bando(self) -> str | None:
        return self.get("bando")

    @property
    def fase(self) -> str | None:
        return self.get("fase")

    @property
    def participants(self) -> list[dict[str, Any]]:
        return [p for p in self.get("partecipanti", []) if isinstance(p, dict)]


def load_manifest(path: Path) -> tuple[Manifest | None, list[ManifestProblem]]:
    """Read and check `path`; a broken manifest gives problems, never an exception."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return None, [ManifestProblem("", None, f"impossibile leggere il manifest: {exc.strerror}")]
    return parse_manifest(raw)


def parse_manifest(raw: bytes | str) -> tuple[Manifest | None, list[ManifestProblem]]:
    try:
        located = yamlsafe.load(raw, typed=False)
    except yamlsafe.YamlError as exc:
        return None, [ManifestProblem("", exc.line, exc.message)]
    if not isinstance(located.data, dict):
        message = "il manifest deve essere un blocco di chiavi (bando:, fase:, impresa: ...)"
        return None, [ManifestProblem("", 1, message)]

    schema = schemas.load_schema(SCHEMA_NAME)
    data = schemas.coerce(located.data, schema, schema)
    errors = schemas.errors(data, schema)
    for err in errors:
        _drop(data, err.path)
    typing_problems: list[schemas.SchemaError] = []
    data = schemas.typed(data, schema, schema, typing_problems)
    problems = [
        ManifestProblem(e.dotted, located.line_of(e.path), e.message) for e in [*errors, *typing_problems]
    ]
    return Manifest(data, located.lines), problems


def _drop(data: Any, path: tuple[str | int, ...]) -> None:
    """Leave an invalid value out, so rules that need it say they could not check."""
    if not path:
        return
    parent = data
    for part in path[:-1]:
        try:
            parent = parent[part]
        except (KeyError, IndexError, TypeError):
            return
    last = path[-1]
    if isinstance(parent, dict) and isinstance(last, str):
        parent.pop(last, None)
    elif isinstance(parent, list) and isinstance(last, int) and 0 <= last < len(parent):
        parent[last] = None
