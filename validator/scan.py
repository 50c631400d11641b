"""From a folder to recognised documents: discover → identify → unwrap → extract → classify.

Everything that goes wrong with a file becomes a FileEvent (turned into DOC-* findings
by the rules), never an exception: the rest of the dossier is still checked.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from . import discover, identify
from .catalog import Catalog
from .classify import classify_file
from .context import FileEvent
from .extract import Cache, extract
from .models import Document, FileText, InventoryItem, SourceFile

MAX_FILE_BYTES = 200 * 1024 * 1024

Extractor = Callable[[SourceFile, Cache], FileText]


@dataclass
class Scan:
    files: list[SourceFile] = field(default_factory=list)
    texts: dict[str, FileText] = field(default_factory=dict)
    documents: list[Document] = field(default_factory=list)
    events: list[FileEvent] = field(default_factory=list)
    inventory: list[InventoryItem] = field(default_factory=list)


def source_file(path: Path, display: str, data: bytes) -> tuple[SourceFile, identify.Identity]:
    ident = identify.sniff(data[:65536], path.name)
    return SourceFile(
        display=display,
        path=path,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        kind=ident.kind,
        mime=ident.mime,
        extension=ident.extension,
    ), ident


def scan_dossier(root: Path, catalog: Catalog, cache: Cache, extractor: Extractor = extract) -> Scan:
    scan = Scan()
    seen: dict[str, str] = {}
    for entry in discover.walk(root):
        if entry.problem:
            scan.events.append(_entry_event(entry))
            continue
        try:
            size = entry.path.stat().st_size
            if size > MAX_FILE_BYTES:
                scan.events.append(FileEvent("unreadable", None, entry.display,
                                             f"file di {size // 1_048_576} MB, oltre il limite di "
                                             f"{MAX_FILE_BYTES // 1_048_576} MB"))
                continue
            data = entry.path.read_bytes()
        except OSError as exc:
            scan.events.append(FileEvent("unreadable", None, entry.display, f"impossibile leggere: {exc.strerror}"))
            continue
        file, ident = source_file(entry.path, entry.display, data)
        scan.files.append(file)
        if not _admissible(file, ident, scan, seen):
            scan.inventory.append(InventoryItem(file, (), 0, False, "none"))
            continue
        _process(file, catalog, cache, extractor, scan)
    return scan


def _admissible(file: SourceFile, ident: identify.Identity, scan: Scan, seen: dict[str, str]) -> bool:
    if file.kind == "empty":
        scan.events.append(FileEvent("empty", file, file.display))
        return False
    if ident.mismatch:
        ext_label = f".{file.extension}"
        detail = f"estensione {ext_label} ma contenuto {identify.KIND_LABEL.get(file.kind, file.kind)}"
        scan.events.append(FileEvent("type-mismatch", file, file.display, detail, severity=ident.mismatch))
        if ident.mismatch == "blocking":
            return False
    if file.kind not in identify.READABLE_KINDS and file.extension != "p7m":
        scan.events.append(FileEvent("unsupported", file, file.display,
                                     identify.KIND_LABEL.get(file.kind, file.kind)))
        return False
    if file.sha256 in seen:
        scan.events.append(FileEvent("duplicate", file, file.display, f"stesso contenuto di {seen[file.sha256]}"))
        return False
    seen[file.sha256] = file.display
    return True


def _process(file: SourceFile, catalog: Catalog, cache: Cache, extractor: Extractor, scan: Scan) -> None:
    text = extractor(file, cache)
    scan.texts[file.display] = text
    if text.encrypted:
        scan.events.append(FileEvent("encrypted", file, file.display, text.error or ""))
    elif text.error:
        scan.events.append(FileEvent("unreadable", file, file.display, text.error))
    if text.error:
        scan.inventory.append(InventoryItem(file, (), len(text.pages), text.ocr_used, text.method))
        return
    if text.ocr_used:
        pages = [p.number for p in text.pages if p.ocr]
        scan.events.append(FileEvent("ocr", file, file.display, _pages_label(pages), page=pages[0]))
    if not text.has_text:
        scan.events.append(FileEvent("no-text", file, file.display, text.method))
    docs = classify_file(file, text, catalog.doctypes)
    scan.documents.extend(docs)
    if not docs and text.has_text:
        scan.events.append(FileEvent("unclassified", file, file.display))
    scan.inventory.append(InventoryItem(file, tuple(docs), len(text.pages), text.ocr_used, text.method))


def _pages_label(pages: list[int]) -> str:
    return "pagina " + str(pages[0]) if len(pages) == 1 else f"{len(pages)} pagine"


def _entry_event(entry: discover.Entry) -> FileEvent:
    if entry.problem == "symlink-out":
        return FileEvent("symlink-out", None, entry.display, f"punta a {entry.detail}")
    reasons: Mapping[str, str] = {
        "too-deep": f"cartelle annidate oltre {entry.detail} livelli: contenuto non esaminato",
        "too-many": f"oltre {entry.detail} file: il resto non è stato esaminato",
        "unreadable": f"impossibile leggere: {entry.detail}",
    }
    return FileEvent("unreadable", None, entry.display, reasons.get(entry.problem or "", entry.problem or ""))
