"""Shared records that flow from one stage to the next. All frozen."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any


class Severity(enum.StrEnum):
    BLOCKING = "blocking"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"blocking": 0, "warning": 1, "info": 2}[self.value]


class Verdict(enum.StrEnum):
    BLOCKED = "blocked"
    WARNINGS = "warnings"
    READY = "ready"


@dataclass(frozen=True)
class Signer:
    """Who signed a file, as read from the certificate (legal validity is not checked)."""

    kind: str  # "cades" | "pades"
    common_name: str | None
    codice_fiscale: str | None
    not_before: datetime | None = None
    not_after: datetime | None = None
    issuer: str | None = None
    signing_time: datetime | None = None
    whole_file: bool = True  # PAdES: False when the file was changed after signing (beyond new signatures)

    @property
    def label(self) -> str:
        name = self.common_name or "firmatario senza nome"
        return f"{name} ({self.codice_fiscale})" if self.codice_fiscale else f"{name} (codice fiscale non indicato)"


@dataclass(frozen=True)
class SourceFile:
    """A file of the dossier, or a file unwrapped from a .p7m envelope."""

    display: str  # what the operator reads: "allegati/x.pdf" or "x.pdf.p7m › x.pdf"
    path: Path | None  # on disk; None for a file held inside an envelope
    size: int
    sha256: str
    kind: str  # pdf, xml, p7m, jpeg, png, tiff, text, html, zip, office, empty, symlink, unknown...
    mime: str
    extension: str
    container: str | None = None  # display name of the enclosing envelope
    signers: tuple[Signer, ...] = ()
    payload: bytes | None = field(default=None, compare=False, repr=False)

    @property
    def name(self) -> str:
        return self.display.rsplit("›", 1)[-1].strip().rsplit("/", 1)[-1]

    def read_bytes(self) -> bytes:
        if self.payload is not None:
            return self.payload
        assert self.path is not None
        return self.path.read_bytes()


@dataclass(frozen=True)
class PageText:
    number: int  # 1-based
    text: str
    ocr: bool = False


@dataclass(frozen=True)
class FileText:
    """Text of a file, page by page, or why there is none."""

    pages: tuple[PageText, ...]
    method: str  # pdfium, fatturapa, ocr, none
    error: str | None = None  # unreadable: the reason, in Italian
    encrypted: bool = False
    structured: Mapping[str, Any] | None = None  # fields read from structured formats (FatturaPA)
    ocr_missing: str | None = None  # pages needed OCR that could not run: why, in Italian

    @property
    def has_text(self) -> bool:
        return any(p.text.strip() for p in self.pages)

    @property
    def ocr_used(self) -> bool:
        return any(p.ocr for p in self.pages)


@dataclass(frozen=True)
class FieldValue:
    """One value read from a document."""

    name: str
    value: str | Decimal | date | datetime
    raw: str
    page: int | None
    valid: bool = True
    problem: str | None = None  # why it is not valid, in Italian


@dataclass(frozen=True)
class Document:
    """A recognised document: a document type over a page range of one file."""

    doctype: str
    file: SourceFile
    first_page: int
    last_page: int
    text: str  # raw text of the page range, pages joined by form feeds
    evidence: tuple[str, ...]  # the phrases that recognised it
    by_name: bool  # recognised by the file name, the content did not say
    fields: Mapping[str, tuple[FieldValue, ...]] = field(default_factory=dict)
    ocr: bool = False

    @property
    def pages_label(self) -> str:
        if self.first_page == self.last_page:
            return f"p. {self.first_page}"
        return f"pp. {self.first_page}-{self.last_page}"

    def values(self, name: str) -> tuple[FieldValue, ...]:
        return self.fields.get(name, ())

    def first(self, name: str, valid_only: bool = True) -> FieldValue | None:
        for v in self.fields.get(name, ()):
            if v.valid or not valid_only:
                return v
        return None


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: Severity
    message: str
    hint: str | None = None
    document: str | None = None
    page: int | None = None
    subject: str | None = None
    found: str | None = None
    expected: str | None = None
    snippet: str | None = None
    waived: bool = False
    waiver: str | None = None  # the waiver's reason and author
    title: str | None = None  # the rule's short title
    variant: str | None = None  # which of the rule's messages (missing, wrong, ...): the report's checklist status
    about: str | None = None  # MAN-UNVERIFIABLE and TOOL-ERROR: the rule that could not be evaluated
    assumption: str | None = None  # what the rule assumes beyond the call's text (Italian), if anything

    def as_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "severity": self.severity.value,
            "document": self.document,
            "page": self.page,
            "subject": self.subject,
            "message": self.message,
            "hint": self.hint,
            "waived": self.waived,
            "found": self.found,
            "expected": self.expected,
            "snippet": self.snippet,
            "assumption": self.assumption,
            "waiver": self.waiver,
        }


@dataclass(frozen=True)
class InventoryItem:
    """One file as the report lists it: what it is and why."""

    file: SourceFile
    documents: tuple[Document, ...]
    pages: int
    ocr: bool
    method: str


@dataclass(frozen=True)
class DossierResult:
    path: str
    bando: str | None
    fase: str | None
    findings: tuple[Finding, ...]
    as_of: date | None = None
    inventory: tuple[InventoryItem, ...] = ()
    facts: Mapping[str, Any] = field(default_factory=dict)  # computed figures shown in the report

    @property
    def verdict(self) -> Verdict:
        live = [f for f in self.findings if not f.waived]
        if any(f.severity is Severity.BLOCKING for f in live):
            return Verdict.BLOCKED
        if any(f.severity is Severity.WARNING for f in live):
            return Verdict.WARNINGS
        return Verdict.READY

    def counts(self) -> dict[str, int]:
        out = {s.value: 0 for s in Severity}
        out["waived"] = 0
        for f in self.findings:
            if f.waived:
                out["waived"] += 1
            else:
                out[f.severity.value] += 1
        return out


@dataclass(frozen=True)
class RunResult:
    dossiers: tuple[DossierResult, ...]
    tool_version: str
    catalog_version: str
    generated_at: datetime
