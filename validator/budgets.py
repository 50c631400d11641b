"""The processing budget of every file (SPEC 7), from rules/common/limits.yaml.

Each stage that reads untrusted bytes takes its limits from here, so the budget is one
YAML file an operator can read and change; the defaults below are those of that file.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any


@dataclass(frozen=True)
class Budgets:
    file_seconds: float = 120.0  # one file in a worker (extraction, OCR, classification)
    worker_memory_mb: int = 1536  # address space of a worker process; 0: no limit
    file_mb: int = 200  # larger files are not read at all
    pdf_pages: int = 3000  # a 2,000-page LUL passes
    xml_mb: int = 20  # FatturaPA: SdI accepts 5 MB
    envelope_depth: int = 4  # .p7m inside .p7m
    ocr_dpi: int = 300
    ocr_megapixels: int = 50  # per page or image; larger ones are rendered smaller
    ocr_page_seconds: float = 90.0
    ocr_file_seconds: float = 900.0
    ocr_pages: int = 500

    @classmethod
    def of(cls, limits: Mapping[str, Any] | None) -> Budgets:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in (limits or {}).items() if k in known})

    def pdf(self) -> Any:
        from .extract.pdf import PdfLimits

        return PdfLimits(max_pages=self.pdf_pages)

    def ocr(self) -> Any:
        from .extract.ocr import OcrLimits

        return OcrLimits(dpi=self.ocr_dpi, max_pixels=self.ocr_megapixels * 1_000_000,
                         page_timeout=self.ocr_page_seconds, file_budget=self.ocr_file_seconds,
                         max_pages=self.ocr_pages)

    def xml(self) -> Any:
        from .extract.fatturapa import XmlLimits

        return XmlLimits(max_bytes=self.xml_mb * 1_048_576)

    def envelope(self) -> Any:
        from .unwrap import Limits

        return Limits(max_depth=self.envelope_depth, max_bytes=self.file_mb * 1_048_576)


DEFAULT = Budgets()
