"""Text of a file by its real kind, through the content-hash cache."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..models import FileText, PageText, SourceFile
from .cache import Cache

EXTRACTOR_VERSION = "1"  # bump when extraction output changes, to invalidate cached text

Extractor = Callable[[SourceFile, Cache], FileText]


def extract(file: SourceFile, cache: Cache) -> FileText:
    key = f"{file.sha256}-{file.kind}-{EXTRACTOR_VERSION}"
    cached = cache.get("text", key)
    if cached is not None:
        return from_json(cached)
    result = _extract(file)
    cache.put("text", key, to_json(result))
    return result


def _extract(file: SourceFile) -> FileText:
    if file.kind == "pdf":
        from .pdf import extract_pdf

        return extract_pdf(file.read_bytes())
    return FileText((), "none")


def to_json(ft: FileText) -> dict[str, Any]:
    return {
        "pages": [[p.number, p.text, p.ocr] for p in ft.pages],
        "method": ft.method,
        "error": ft.error,
        "encrypted": ft.encrypted,
        "structured": ft.structured,
    }


def from_json(data: dict[str, Any]) -> FileText:
    return FileText(
        tuple(PageText(n, t, o) for n, t, o in data["pages"]),
        data["method"],
        data.get("error"),
        data.get("encrypted", False),
        data.get("structured"),
    )
