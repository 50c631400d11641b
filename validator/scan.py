"""From a folder to recognised documents: discover → fingerprint → identify → extract → classify.

Everything that goes wrong with a file becomes a FileEvent (turned into DOC-* findings
by the rules), never an exception: the rest of the dossier is still checked.

`prepare` does all the work on one file that does not depend on the dossier's other
files, so a batch can run it elsewhere (another process, another machine) and hand
the results back as `prepared`, keyed by display name; a file that stopped the worker
reading it (a crash, the time budget) is handed back as `Failed`: it is hashed and
listed, but never parsed again. `watch` is told which file is about to be opened, so the process
running the scan can say which file was to blame if it dies or hangs.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from . import discover, identify
from .analysis import Analysis, analyse, failed
from .catalog import Catalog
from .context import FileEvent
from .extract import Cache, Extractor, extract
from .fingerprint import fingerprint
from .models import Document, FileText, InventoryItem, SourceFile

MAX_FILE_BYTES = 200 * 1024 * 1024

__all__ = ["Extractor", "Failed", "Prepared", "Scan", "prepare", "scan_dossier"]


@dataclass
class Scan:
    files: list[SourceFile] = field(default_factory=list)
    texts: dict[str, FileText] = field(default_factory=dict)
    documents: list[Document] = field(default_factory=list)
    events: list[FileEvent] = field(default_factory=list)
    inventory: list[InventoryItem] = field(default_factory=list)


@dataclass(frozen=True)
class Failed:
    """A file that stopped the worker reading it (crash, time budget): unreadable, never parsed again."""

    reason: str


@dataclass(frozen=True)
class Prepared:
    """One file looked at on its own: what it is and, if it can be read at all, its analysis."""

    file: SourceFile
    ident: identify.Identity
    analysis: Analysis | None


def probe(entry: discover.Entry, cache: Cache) -> tuple[SourceFile, identify.Identity] | FileEvent:
    try:
        st = entry.path.stat()
        if st.st_size > MAX_FILE_BYTES:
            return FileEvent("unreadable", None, entry.display,
                             f"file di {st.st_size // 1_048_576} MB, oltre il limite di "
                             f"{MAX_FILE_BYTES // 1_048_576} MB")
        return fingerprint(entry.path, entry.display, st, cache)
    except OSError as exc:
        return FileEvent("unreadable", None, entry.display, f"impossibile leggere: {exc.strerror}")


def prepare(
    entry: discover.Entry, catalog: Catalog, cache: Cache, extractor: Extractor = extract
) -> Prepared | FileEvent:
    probed = probe(entry, cache)
    if isinstance(probed, FileEvent):
        return probed
    file, ident = probed
    analysis = analyse(file, catalog, cache, extractor) if _readable(file, ident) else None
    return Prepared(file, ident, analysis)


def scan_dossier(
    root: Path,
    catalog: Catalog,
    cache: Cache,
    extractor: Extractor = extract,
    *,
    prepared: Mapping[str, Prepared | Failed | FileEvent] | None = None,
    watch: Callable[[str], None] | None = None,
) -> Scan:
    scan = Scan()
    seen: dict[str, str] = {}
    for entry in discover.walk(root):
        if entry.problem:
            scan.events.append(_entry_event(entry))
            continue
        ready = prepared.get(entry.display) if prepared else None
        if isinstance(ready, FileEvent):
            scan.events.append(ready)
            continue
        if ready is None and watch is not None:
            watch(entry.display)  # a Failed file is only hashed: nothing there to blame
        probed = (ready.file, ready.ident) if isinstance(ready, Prepared) else probe(entry, cache)
        if isinstance(probed, FileEvent):
            scan.events.append(probed)
            continue
        file, ident = probed
        scan.files.append(file)
        if not _admissible(file, ident, scan, seen):
            scan.inventory.append(InventoryItem(file, (), 0, False, "none"))
            continue
        if isinstance(ready, Failed):
            analysis = failed(ready.reason)
        elif isinstance(ready, Prepared) and ready.analysis is not None:
            analysis = ready.analysis
        else:
            analysis = analyse(file, catalog, cache, extractor)
        _record(file, analysis, scan)
    return scan


def _readable(file: SourceFile, ident: identify.Identity) -> bool:
    """What `_admissible` lets through, duplicates aside (those depend on the other files)."""
    if file.kind == "empty" or ident.mismatch == "blocking":
        return False
    return file.kind in identify.READABLE_KINDS or file.extension == "p7m"


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


def _record(file: SourceFile, analysis: Analysis, scan: Scan) -> None:
    text = analysis.text
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
    docs = list(analysis.documents)
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
