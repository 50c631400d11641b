"""PDF text, page by page.

pypdfium2 (PDFium, the engine of Chrome) is the fast path: ten times faster than
pypdf and thirty times faster than pdfplumber on the real PDFs of the corpus, and
it recovers more damaged files (see benchmarks/extractors.py). pypdf earns its place
twice: it opens AES-256 files whose user password is empty, which PDFium refuses,
and it is the second opinion that tells a damaged file from a scan when PDFium
returns no text at all.
"""

from __future__ import annotations

import io
import logging
import threading
from dataclasses import dataclass

from ..models import FileText, PageText

MAX_PAGES = 3000


@dataclass(frozen=True)
class PdfLimits:
    max_pages: int = MAX_PAGES


# PDFium is not thread-safe: two threads of one process inside it can abort the process.
# Local workers are single-threaded processes; a Dask worker may run several threads.
_PDFIUM = threading.Lock()


def extract_pdf(data: bytes, limits: PdfLimits = PdfLimits()) -> FileText:
    with _PDFIUM:
        return _extract_pdf(data, limits)


def _extract_pdf(data: bytes, limits: PdfLimits) -> FileText:
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            return _with_pypdf(data, limits, encrypted_hint=True)
        fallback = _with_pypdf(data, limits, encrypted_hint=False)
        if fallback.error is None and fallback.has_text:
            return fallback
        return FileText((), "pdfium", error=_reason(str(exc)))
    try:
        count = len(doc)
        if count == 0:
            return FileText((), "pdfium", error="il PDF non contiene pagine leggibili")
        if count > limits.max_pages:
            return FileText((), "pdfium", error=f"troppe pagine ({count}, massimo {limits.max_pages})")
        pages = []
        for i in range(count):
            page = doc[i]
            try:
                textpage = page.get_textpage()
                text = textpage.get_text_range()
                textpage.close()
            finally:
                page.close()
            pages.append(PageText(i + 1, _clean(text)))
    except pdfium.PdfiumError as exc:
        return FileText((), "pdfium", error=_reason(str(exc)))
    finally:
        doc.close()
    result = FileText(tuple(pages), "pdfium")
    if not result.has_text:
        damaged = _damage_reason(data)
        if damaged:
            return FileText(result.pages, "pdfium", error=damaged)
    return result


def _clean(text: str) -> str:
    # PDFium marks a hyphen it removed at a line end with U+FFFE (or U+0002) and joins the
    # two halves of the word: drop the mark, keep the word whole.
    text = text.replace("\ufffe", "").replace("\x02", "")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")


def _reason(message: str) -> str:
    low = message.lower()
    if "format" in low or "data format" in low:
        return "il file non è un PDF valido o è troncato"
    if "security" in low or "handler" in low:
        return "cifratura del PDF non supportata"
    return f"PDF illeggibile ({message})"


def _quiet_pypdf() -> None:
    logging.getLogger("pypdf").setLevel(logging.ERROR)


def _with_pypdf(data: bytes, limits: PdfLimits, encrypted_hint: bool) -> FileText:
    """pypdf opens AES-256 files with an empty user password; anything else is encrypted."""
    _quiet_pypdf()
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    return _encrypted()
            except (PyPdfError, NotImplementedError, ValueError):
                return _encrypted()
        count = len(reader.pages)
        if count > limits.max_pages:
            return FileText((), "pypdf", error=f"troppe pagine ({count}, massimo {limits.max_pages})")
        pages = tuple(PageText(i + 1, _clean(p.extract_text() or "")) for i, p in enumerate(reader.pages))
        return FileText(pages, "pypdf")
    except Exception as exc:  # pypdf raises many types on damaged files
        if encrypted_hint:
            return _encrypted()
        return FileText((), "pypdf", error=f"PDF illeggibile ({type(exc).__name__}: {exc})"[:300])


def _encrypted() -> FileText:
    return FileText((), "none", error="il PDF è protetto da una password di apertura", encrypted=True)


def _damage_reason(data: bytes) -> str | None:
    """When PDFium finds no text: a scan is fine, a damaged content stream is not."""
    _quiet_pypdf()
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            reader.decrypt("")
        for page in reader.pages:
            page.extract_text()
    except Exception as exc:
        return f"contenuto del PDF danneggiato ({type(exc).__name__})"
    return None
