"""The real format of a file, from its bytes (libmagic), compared with its extension."""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass

# Formats the platform reads, by kind; the extensions each may carry.
READABLE_KINDS = {"pdf", "p7m", "xml", "jpeg", "png", "tiff"}
IMAGE_KINDS = {"jpeg", "png", "tiff"}
EXTENSION_KIND = {
    "pdf": "pdf",
    "p7m": "p7m",
    "p7s": "p7m",
    "xml": "xml",
    "jpg": "jpeg",
    "jpeg": "jpeg",
    "png": "png",
    "tif": "tiff",
    "tiff": "tiff",
}
_MIME_KIND = {
    "application/pdf": "pdf",
    "image/jpeg": "jpeg",
    "image/png": "png",
    "image/tiff": "tiff",
    "text/xml": "xml",
    "application/xml": "xml",
    "application/pkcs7-mime": "p7m",
    "application/pkcs7-signature": "p7m",
    "application/x-pkcs7-signature": "p7m",
    "text/html": "html",
    "application/zip": "zip",
    "application/x-7z-compressed": "archive",
    "application/x-rar": "archive",
    "application/vnd.rar": "archive",
    "application/gzip": "archive",
    "application/msword": "office",
    "application/vnd.ms-excel": "office",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "office",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "office",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": "office",
    "application/vnd.oasis.opendocument.text": "office",
    "application/vnd.oasis.opendocument.spreadsheet": "office",
    "application/vnd.ms-outlook": "email",
    "message/rfc822": "email",
    "text/plain": "text",
    "image/heic": "image-other",
    "image/heif": "image-other",
    "image/gif": "image-other",
    "image/webp": "image-other",
    "image/bmp": "image-other",
}

KIND_LABEL = {
    "pdf": "PDF",
    "p7m": "busta firmata CAdES (.p7m)",
    "xml": "XML",
    "jpeg": "immagine JPEG",
    "png": "immagine PNG",
    "tiff": "immagine TIFF",
    "html": "pagina HTML",
    "zip": "archivio ZIP",
    "archive": "archivio compresso",
    "office": "documento Office (Word/Excel/…)",
    "email": "messaggio e-mail",
    "text": "testo semplice",
    "image-other": "immagine in un formato non accettato",
    "empty": "file vuoto",
    "unknown": "formato sconosciuto",
}

_SNIFF_BYTES = 64 * 1024


@dataclass(frozen=True)
class Identity:
    kind: str
    mime: str
    extension: str
    mismatch: str | None = None  # None, "blocking" or "warning"


def extension_of(name: str) -> str:
    """`domanda.pdf.p7m` → `p7m`; `fattura.xml.p7m` → `p7m`; no extension → ``."""
    _, dot, ext = name.rpartition(".")
    return ext.lower() if dot and len(ext) <= 5 else ""


def sniff(head: bytes, name: str) -> Identity:
    """Identify from the first bytes of a file and its name."""
    ext = extension_of(name)
    if not head:
        return Identity("empty", "inode/x-empty", ext)
    mime = _magic_mime(head)
    kind = _MIME_KIND.get(mime, "unknown")
    if kind in {"unknown", "text"} and looks_like_cms(head):
        kind, mime = "p7m", "application/pkcs7-mime"
    if kind == "unknown" and _looks_like_pdf(head):
        kind = "pdf"  # junk before %PDF-: libmagic misses it, readers recover
    if kind == "text" and re.match(rb"\s*<", head) and (b"FatturaElettronica" in head or ext == "xml"):
        kind, mime = "xml", "text/xml"
    if kind in {"zip", "unknown"} and head.startswith(b"PK") and b"word/" in head:
        kind = "office"
    return Identity(kind, mime, ext, _mismatch(ext, kind))


def _mismatch(ext: str, kind: str) -> str | None:
    expected = EXTENSION_KIND.get(ext)
    if expected is None or expected == kind or expected == "p7m":
        return None  # a .p7m that is no envelope is a broken envelope: unwrapping says so
    if expected in IMAGE_KINDS and kind in IMAGE_KINDS:
        return "warning"
    return "blocking"


def _magic_mime(head: bytes) -> str:
    try:
        import magic

        return str(magic.from_buffer(head[:_SNIFF_BYTES], mime=True))
    except Exception:  # libmagic missing or confused: fall back to signatures
        return _signature_mime(head)


def _signature_mime(head: bytes) -> str:
    table = [
        (b"%PDF-", "application/pdf"),
        (b"\xff\xd8\xff", "image/jpeg"),
        (b"\x89PNG\r\n\x1a\n", "image/png"),
        (b"II*\x00", "image/tiff"),
        (b"MM\x00*", "image/tiff"),
        (b"PK\x03\x04", "application/zip"),
    ]
    for sig, mime in table:
        if head.startswith(sig):
            return mime
    stripped = head.lstrip()[:200].lower()
    if stripped.startswith(b"<?xml") or stripped.startswith(b"<p:fattura") or b"<fattura" in stripped:
        return "text/xml"
    if stripped.startswith(b"<!doctype html") or stripped.startswith(b"<html"):
        return "text/html"
    return "application/octet-stream"


def _looks_like_pdf(head: bytes) -> bool:
    return b"%PDF-" in head[:1024]


_CMS_SIGNED_DATA_OID = bytes.fromhex("06092a864886f70d010702")


def looks_like_cms(head: bytes) -> bool:
    """A DER or base64 SignedData envelope (the OID 1.2.840.113549.1.7.2 near the start)."""
    if head[:1] == b"\x30" and _CMS_SIGNED_DATA_OID in head[:32]:
        return True
    text = head[:4096].strip()
    if text.startswith(b"-----BEGIN"):
        text = b"".join(line for line in text.splitlines() if not line.startswith(b"-----"))
    if text[:3] in (b"MII", b"MIA", b"MIB", b"MIC", b"MID", b"MIE", b"MIF", b"MIG", b"MIH"):
        try:
            raw = base64.b64decode(re.sub(rb"\s", b"", text)[:64] + b"==", validate=False)
        except (binascii.Error, ValueError):
            return False
        return _CMS_SIGNED_DATA_OID in raw[:32]
    return False
