"""From a folder to recognised documents: discover → identify → unwrap → extract → classify.

Everything that goes wrong with a file becomes a FileEvent (turned into DOC-* findings
by the rules), never an exception: the rest of the dossier is still checked.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from . import certs, discover, identify, pades, unwrap
from .catalog import Catalog
from .classify import classify_file
from .context import FileEvent
from .extract import Cache, extract
from .models import Document, FileText, InventoryItem, Signer, SourceFile

MAX_FILE_BYTES = 200 * 1024 * 1024
SIGNERS_VERSION = "1"  # bump when PAdES signer reading changes, to invalidate cached signers

Extractor = Callable[[SourceFile, Cache], FileText]


@dataclass
class Scan:
    files: list[SourceFile] = field(default_factory=list)
    texts: dict[str, FileText] = field(default_factory=dict)
    documents: list[Document] = field(default_factory=list)
    events: list[FileEvent] = field(default_factory=list)
    inventory: list[InventoryItem] = field(default_factory=list)


def source_file(path: Path | None, display: str, data: bytes, name: str | None = None,
                container: str | None = None,
                signers: tuple[Signer, ...] = ()) -> tuple[SourceFile, identify.Identity]:
    ident = identify.sniff(data[:65536], name or (path.name if path else display))
    return SourceFile(
        display=display,
        path=path,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        kind=ident.kind,
        mime=ident.mime,
        extension=ident.extension,
        container=container,
        signers=signers,
        payload=data if path is None else None,
    ), ident


def scan_dossier(root: Path, catalog: Catalog, cache: Cache, extractor: Extractor = extract) -> Scan:
    scan = Scan()
    stage = Stage(catalog, cache, extractor, scan, {})
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
        _open(file, ident, data, stage)
    return scan


@dataclass(frozen=True)
class Stage:
    """What every step of one dossier's scan shares."""

    catalog: Catalog
    cache: Cache
    extractor: Extractor
    scan: Scan
    seen: dict[str, str]


def _open(file: SourceFile, ident: identify.Identity, data: bytes, st: Stage) -> None:
    """Admit the file, unwrap it if it is an envelope, read PDF signatures, then extract and classify."""
    if not _admissible(file, ident, st.scan, st.seen):
        st.scan.files.append(file)
        st.scan.inventory.append(InventoryItem(file, (), 0, False, "none"))
        return
    if is_envelope(file):
        _unwrap(file, data, st)
        return
    if file.kind == "pdf":
        file = dataclasses.replace(file, signers=file.signers + _pdf_signers(file, data, st.cache))
    st.scan.files.append(file)
    _process(file, st.catalog, st.cache, st.extractor, st.scan)


def _unwrap(envelope: SourceFile, data: bytes, st: Stage) -> None:
    """A .p7m: its inner file becomes a SourceFile of its own, carrying the envelope's signers."""
    opened = unwrap.unwrap(data)
    if opened.error:
        st.scan.files.append(envelope)
        st.scan.events.append(FileEvent("unreadable", envelope, envelope.display, opened.error))
        st.scan.inventory.append(InventoryItem(envelope, (), 0, False, "none"))
        return
    st.scan.files.append(dataclasses.replace(envelope, signers=opened.signers))
    name = unwrap.inner_name(envelope.name)
    inner, ident = source_file(None, f"{envelope.display} › {name}", opened.content, name=name,
                               container=envelope.display, signers=opened.signers)
    if is_envelope(inner):  # unwrap already opened every nested envelope
        st.scan.files.append(inner)
        st.scan.events.append(FileEvent("unreadable", inner, inner.display, "busta .p7m interna non leggibile"))
        st.scan.inventory.append(InventoryItem(inner, (), 0, False, "none"))
        return
    _open(inner, ident, opened.content, st)


def is_envelope(file: SourceFile) -> bool:
    """Named .p7m/.p7s or holding CMS: an envelope, or a broken one that unwrapping explains."""
    return file.kind == "p7m" or identify.EXTENSION_KIND.get(file.extension) == "p7m"


def _pdf_signers(file: SourceFile, data: bytes, cache: Cache) -> tuple[Signer, ...]:
    """PAdES signers, cached by content hash apart from the text (a different stage, a different key)."""
    if not pades.has_signature_dictionary(data):
        return ()
    key = f"{file.sha256}-{SIGNERS_VERSION}"
    cached = cache.get("signers", key)
    if isinstance(cached, list):
        return tuple(certs.from_json(s) for s in cached)
    found = pades.pdf_signers(data)
    cache.put("signers", key, [certs.to_json(s) for s in found])
    return found


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
    pages = [p.number for p in text.pages if p.ocr and p.text.strip()]
    if pages:
        scan.events.append(FileEvent("ocr", file, file.display, _pages_label(pages), page=pages[0]))
    if not text.has_text:
        if text.ocr_missing:
            scan.events.append(FileEvent("no-text", file, file.display, text.ocr_missing))
        else:
            scan.events.append(FileEvent("no-text-after-ocr", file, file.display, text.method))
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
