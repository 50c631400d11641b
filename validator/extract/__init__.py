"""Text of a file by its real kind, through the content-hash cache."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..budgets import DEFAULT, Budgets
from ..identify import IMAGE_KINDS
from ..models import FileText, PageText, SourceFile
from .cache import Cache

EXTRACTOR_VERSION = "3"  # bump when extraction output changes, to invalidate cached text

Extractor = Callable[[SourceFile, Cache, Budgets], FileText]


def extract(file: SourceFile, cache: Cache, budgets: Budgets = DEFAULT) -> FileText:
    key = f"{file.sha256}-{file.kind}-{EXTRACTOR_VERSION}"
    cached = cache.get("text", key)
    if cached is not None:
        return from_json(cached)
    result = _extract(file, budgets)
    if result.ocr_missing is None:  # without OCR now, maybe with it after installing Tesseract
        cache.put("text", key, to_json(result))
    return result


def _extract(file: SourceFile, budgets: Budgets) -> FileText:
    if file.kind == "pdf":
        from .ocr import ocr_pdf_pages
        from .pdf import extract_pdf

        data = file.read_bytes()
        return ocr_pdf_pages(data, extract_pdf(data, budgets.pdf()), budgets.ocr())
    if file.kind == "xml":
        from .fatturapa import extract_xml

        return extract_xml(file.read_bytes(), budgets.xml())
    if file.kind in IMAGE_KINDS:
        from .ocr import ocr_image

        return ocr_image(file.read_bytes(), budgets.ocr())
    return FileText((), "none")


def to_json(ft: FileText) -> dict[str, Any]:
    return {
        "pages": [[p.number, p.text, p.ocr] for p in ft.pages],
        "method": ft.method,
        "error": ft.error,
        "encrypted": ft.encrypted,
        "structured": ft.structured,
        "ocr_missing": ft.ocr_missing,
    }


def from_json(data: dict[str, Any]) -> FileText:
    return FileText(
        tuple(PageText(n, t, o) for n, t, o in data["pages"]),
        data["method"],
        data.get("error"),
        data.get("encrypted", False),
        data.get("structured"),
        data.get("ocr_missing"),
    )
