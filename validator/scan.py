"""From a folder to recognised documents: discover → fingerprint → identify → unwrap → extract → classify.

Everything that goes wrong with a file becomes a FileEvent (turned into DOC-* findings
by the rules), never an exception: the rest of the dossier is still checked.

`prepare` does all the work on one file that does not depend on the dossier's other
files (unwrapping a .p7m, reading PDF signatures, extraction, classification), so a
batch can run it elsewhere (another process, another machine) and hand the results
back as `prepared`, keyed by display name; a file that stopped the worker reading it
(a crash, the time budget) is handed back as `Failed`: it is hashed and listed, but
never parsed again. `watch` is told which file is about to be opened, so the process
running the scan can say which file was to blame if it dies or hangs.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from . import certs, discover, identify, pades, unwrap
from .analysis import Analysis, analyse, failed
from .budgets import DEFAULT, Budgets
from .catalog import Catalog
from .context import FileEvent
from .extract import Cache, Extractor, extract
from .fingerprint import fingerprint, source_file
from .models import Document, FileText, InventoryItem, Signer, SourceFile

SIGNERS_VERSION = "1"  # bump when PAdES signer reading changes, to invalidate cached signers

__all__ = ["Extractor", "Failed", "Prepared", "Scan", "prepare", "scan_dossier", "source_file"]


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
    """One file looked at on its own: what it is and, if it can be read, its analysis.

    An envelope (.p7m) carries its signers and the file it wraps as `inner`, prepared the
    same way; `error` says why an envelope could not be opened.
    """

    file: SourceFile
    ident: identify.Identity
    analysis: Analysis | None
    inner: tuple[Prepared, ...] = ()
    error: str | None = None


def probe(entry: discover.Entry, cache: Cache, budgets: Budgets = DEFAULT
          ) -> tuple[SourceFile, identify.Identity] | FileEvent:
    try:
        st = entry.path.stat()
        if st.st_size > budgets.file_mb * 1_048_576:
            return FileEvent("unreadable", None, entry.display,
                             f"file di {st.st_size // 1_048_576} MB, oltre il limite di {budgets.file_mb} MB")
        return fingerprint(entry.path, entry.display, st, cache)
    except OSError as exc:
        return FileEvent("unreadable", None, entry.display, f"impossibile leggere: {exc.strerror}")


def prepare(
    entry: discover.Entry, catalog: Catalog, cache: Cache, extractor: Extractor = extract
) -> Prepared | FileEvent:
    probed = probe(entry, cache, Budgets.of(catalog.limits))
    if isinstance(probed, FileEvent):
        return probed
    file, ident = probed
    try:
        return prepare_file(file, ident, catalog, cache, extractor)
    except OSError as exc:
        return FileEvent("unreadable", file, entry.display, f"impossibile leggere: {exc.strerror}")


def prepare_file(file: SourceFile, ident: identify.Identity, catalog: Catalog, cache: Cache,
                 extractor: Extractor = extract) -> Prepared:
    """Unwrap an envelope, read a PDF's signatures, extract and classify: all one file needs."""
    if is_envelope(file):
        return _prepare_envelope(file, ident, catalog, cache, extractor)
    if not _readable(file, ident):
        return Prepared(file, ident, None)
    if file.kind == "pdf":
        file = dataclasses.replace(file, signers=file.signers + _pdf_signers(file, cache))
    return Prepared(file, ident, analyse(file, catalog, cache, extractor))


def _prepare_envelope(envelope: SourceFile, ident: identify.Identity, catalog: Catalog, cache: Cache,
                      extractor: Extractor) -> Prepared:
    opened = unwrap.unwrap(envelope.read_bytes(), Budgets.of(catalog.limits).envelope())
    if opened.error:
        return Prepared(envelope, ident, None, error=opened.error)
    envelope = dataclasses.replace(envelope, signers=opened.signers)
    name = unwrap.inner_name(envelope.name)
    inner, inner_ident = source_file(None, f"{envelope.display} › {name}", opened.content, name=name,
                                     container=envelope.display, signers=opened.signers)
    if is_envelope(inner):  # unwrap already opened every nested envelope
        broken = Prepared(inner, inner_ident, None, error="busta .p7m interna non leggibile")
        return Prepared(envelope, ident, None, inner=(broken,))
    prepared = prepare_file(inner, inner_ident, catalog, cache, extractor)
    # the inner bytes were needed to read it; what travels back between processes is the result
    slim = dataclasses.replace(prepared, file=dataclasses.replace(prepared.file, payload=None))
    return Prepared(envelope, ident, None, inner=(slim,))


def is_envelope(file: SourceFile) -> bool:
    """Named .p7m/.p7s or holding CMS: an envelope, or a broken one that unwrapping explains."""
    return file.kind == "p7m" or identify.EXTENSION_KIND.get(file.extension) == "p7m"


def _pdf_signers(file: SourceFile, cache: Cache) -> tuple[Signer, ...]:
    """PAdES signers, cached by content hash apart from the text (a different stage, a different key)."""
    key = f"{file.sha256}-{SIGNERS_VERSION}"
    cached = cache.get("signers", key)
    if isinstance(cached, list):
        return tuple(certs.from_json(s) for s in cached)
    data = file.read_bytes()
    found = pades.pdf_signers(data) if pades.has_signature_dictionary(data) else ()
    cache.put("signers", key, [certs.to_json(s) for s in found])
    return found


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
        if isinstance(ready, Prepared):
            _record(ready, catalog, cache, extractor, scan, seen)
            continue
        if ready is None and watch is not None:
            watch(entry.display)  # a Failed file is only hashed: nothing there to blame
        probed = probe(entry, cache, Budgets.of(catalog.limits))
        if isinstance(probed, FileEvent):
            scan.events.append(probed)
            continue
        file, ident = probed
        if isinstance(ready, Failed):
            given_up = Prepared(file, ident, failed(ready.reason) if _readable(file, ident) else None)
            _record(given_up, catalog, cache, extractor, scan, seen)
            continue
        try:
            _record(prepare_file(file, ident, catalog, cache, extractor), catalog, cache, extractor, scan, seen)
        except OSError as exc:
            scan.events.append(FileEvent("unreadable", file, file.display, f"impossibile leggere: {exc.strerror}"))
    return scan


def _record(p: Prepared, catalog: Catalog, cache: Cache, extractor: Extractor, scan: Scan,
            seen: dict[str, str]) -> None:
    """Admit a prepared file into the dossier (duplicates depend on the other files) and note what it holds."""
    scan.files.append(p.file)
    if not _admissible(p.file, p.ident, scan, seen):
        scan.inventory.append(InventoryItem(p.file, (), 0, False, "none"))
        return
    if p.error:
        scan.events.append(FileEvent("unreadable", p.file, p.file.display, p.error))
        scan.inventory.append(InventoryItem(p.file, (), 0, False, "none"))
        return
    if is_envelope(p.file):
        for inner in p.inner:
            _record(inner, catalog, cache, extractor, scan, seen)
        return
    analysis = p.analysis if p.analysis is not None else analyse(p.file, catalog, cache, extractor)
    _note(p.file, analysis, scan)


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
    if file.kind not in identify.READABLE_KINDS and not is_envelope(file):
        scan.events.append(FileEvent("unsupported", file, file.display,
                                     identify.KIND_LABEL.get(file.kind, file.kind)))
        return False
    if file.sha256 in seen:
        scan.events.append(FileEvent("duplicate", file, file.display, f"stesso contenuto di {seen[file.sha256]}"))
        return False
    seen[file.sha256] = file.display
    return True


def _note(file: SourceFile, analysis: Analysis, scan: Scan) -> None:
    text = analysis.text
    scan.texts[file.display] = text
    if text.encrypted:
        scan.events.append(FileEvent("encrypted", file, file.display, text.error or ""))
    elif text.error:
        scan.events.append(FileEvent("unreadable", file, file.display, text.error))
    if text.error:
        scan.inventory.append(InventoryItem(file, (), len(text.pages), text.ocr_used, text.method))
        return
    pages = [p.number for p in text.pages if p.ocr and p.text.strip()]
    if pages:
        scan.events.append(FileEvent("ocr", file, file.display, _pages_label(pages), page=pages[0]))
    if not text.has_text:
        if text.ocr_missing:
            scan.events.append(FileEvent("no-text", file, file.display, text.ocr_missing))
        else:
            scan.events.append(FileEvent("no-text-after-ocr", file, file.display, text.method))
    elif text.ocr_missing:
        # some pages are scans nobody could read: their content is unverified too
        blank = [p.number for p in text.pages if not p.text.strip()]
        if blank:
            detail = f"{_pages_label(blank)} senza testo leggibile ({text.ocr_missing})"
            scan.events.append(FileEvent("no-text-pages", file, file.display, detail, page=blank[0]))
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
