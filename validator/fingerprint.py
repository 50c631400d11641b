"""A file's content hash and real type, remembered by its stat signature.

Hashing means reading every byte; on a re-run of an unchanged batch that read is
most of the work left. So the hash and the type are cached under the file's
(path, size, mtime, ctime, inode, device): a file whose signature is unchanged is
not read at all. The trade-off: a change that keeps all six (a same-size rewrite
within one timestamp tick on a filesystem with coarse times, or a tool that
restores mtime *and* ctime, which needs root) goes unseen until the file changes
again or the cache is cleared (`dossier-check cache clear`) or bypassed
(`--no-cache`). ctime cannot be set back by ordinary tools, which is why it is in
the key; copying a dossier elsewhere changes inode and ctime, so it is re-read.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from . import identify
from .extract.cache import Cache
from .models import Signer, SourceFile

NAMESPACE = "stat"


def source_file(path: Path | None, display: str, data: bytes, name: str | None = None,
                container: str | None = None,
                signers: tuple[Signer, ...] = ()) -> tuple[SourceFile, identify.Identity]:
    """A SourceFile from bytes in hand: a file read now, or one unwrapped from an envelope (kept in
    `payload`, having no path of its own)."""
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


def stat_key(path: Path, st: os.stat_result) -> str:
    raw = f"{os.fspath(path)}\0{st.st_size}\0{st.st_mtime_ns}\0{st.st_ctime_ns}\0{st.st_ino}\0{st.st_dev}"
    return hashlib.sha256(raw.encode("utf-8", "surrogateescape")).hexdigest()


def fingerprint(path: Path, display: str, st: os.stat_result, cache: Cache) -> tuple[SourceFile, identify.Identity]:
    """SourceFile and Identity of `path`, read only when its stat signature is new. Raises OSError."""
    key = stat_key(path, st)
    hit = cache.get(NAMESPACE, key)
    if isinstance(hit, dict) and hit.get("size") == st.st_size:
        ident = identify.Identity(hit["kind"], hit["mime"], hit["extension"], hit.get("mismatch"))
        return SourceFile(display, path, st.st_size, hit["sha256"], ident.kind, ident.mime, ident.extension), ident
    file, ident = source_file(path, display, path.read_bytes())
    if file.size != st.st_size:
        return file, ident  # changed while being read: remember nothing
    cache.put(NAMESPACE, key, {"size": file.size, "sha256": file.sha256, "kind": ident.kind, "mime": ident.mime,
                               "extension": ident.extension, "mismatch": ident.mismatch})
    return file, ident
