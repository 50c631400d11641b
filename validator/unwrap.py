"""CAdES `.p7m` envelopes → the signed file inside and who signed it.

An envelope is a CMS SignedData (RFC 5652) with the content attached, DER or BER,
sometimes base64 or PEM text (some SdI channels deliver `.xml.p7m` that way),
sometimes wrapped again (`x.pdf.p7m.p7m`, a second signature over the first
envelope). asn1crypto parses it; nothing is verified against trust lists.
What is not an envelope, is truncated, or holds no content becomes a reason in
Italian for DOC-UNREADABLE.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from datetime import datetime

from asn1crypto import cms, x509

from .certs import signer_from_certificate
from .identify import KIND_LABEL, looks_like_cms, sniff
from .models import Signer

MAX_DEPTH = 4  # envelopes inside envelopes
MAX_BYTES = 200 * 1024 * 1024

_P7M_SUFFIX = re.compile(r"(\.(p7m|p7s))+$", re.IGNORECASE)
_B64_TEXT = re.compile(rb"^[A-Za-z0-9+/=\s]+$")


@dataclass(frozen=True)
class Limits:
    max_depth: int = MAX_DEPTH
    max_bytes: int = MAX_BYTES


@dataclass(frozen=True)
class Unwrapped:
    """The innermost content, every signer (outer envelope first), or why there is none."""

    content: bytes = b""
    signers: tuple[Signer, ...] = ()
    depth: int = 0
    error: str | None = None


class EnvelopeError(Exception):
    """The bytes are not a usable envelope; the message is Italian, for the operator."""


def inner_name(name: str) -> str:
    """`domanda.pdf.p7m` → `domanda.pdf`; `fattura.xml.p7m.p7m` → `fattura.xml`."""
    stripped = _P7M_SUFFIX.sub("", name)
    return stripped or name


def unwrap(data: bytes, limits: Limits = Limits()) -> Unwrapped:
    if len(data) > limits.max_bytes:
        return Unwrapped(error=f"busta .p7m di {len(data) // 1_048_576} MB, oltre il limite di "
                               f"{limits.max_bytes // 1_048_576} MB")
    signers: list[Signer] = []
    content = data
    depth = 0
    try:
        der = _der(content)
        while der is not None:
            if depth >= limits.max_depth:
                raise EnvelopeError(f"buste .p7m annidate oltre {limits.max_depth} livelli")
            content, found = _open(der)
            signers.extend(found)
            depth += 1
            der = _der(content) if looks_like_envelope(content) else None
    except EnvelopeError as exc:
        return Unwrapped(error=str(exc))
    if depth == 0:
        return Unwrapped(error="il file non è una busta firmata CAdES (.p7m): " + _what(data))
    return Unwrapped(content, tuple(signers), depth)


def looks_like_envelope(data: bytes) -> bool:
    return looks_like_cms(data[:4096])


def _der(data: bytes) -> bytes | None:
    """DER/BER as is; base64 or PEM text decoded; anything else None."""
    if data[:1] == b"\x30":
        return data
    text = data.strip()
    if text.startswith(b"-----BEGIN"):
        text = b"".join(line for line in text.splitlines() if not line.startswith(b"-----"))
    if not text or not _B64_TEXT.match(text[:4096]):
        return None
    try:
        decoded = base64.b64decode(text.translate(None, b" \t\r\n\v\f"), validate=True)
    except (binascii.Error, ValueError):
        return None
    return decoded if decoded[:1] == b"\x30" else None


def _open(der: bytes) -> tuple[bytes, list[Signer]]:
    try:
        info = cms.ContentInfo.load(der, strict=False)
        if info["content_type"].native != "signed_data":
            raise EnvelopeError(f"busta CMS di tipo «{info['content_type'].native}», non una busta firmata")
        signed = info["content"]
        encap = signed["encap_content_info"]
        content = encap["content"]
        if content is None or content.native is None:
            raise EnvelopeError("firma separata (detached): il documento firmato non è dentro la busta")
        payload = content.native
        if not isinstance(payload, bytes):
            payload = content.contents
        certs = [c.chosen for c in signed["certificates"] or () if c.name == "certificate"]
        signers = [_signer(si, certs) for si in signed["signer_infos"]]
    except EnvelopeError:
        raise
    except Exception as exc:  # asn1crypto raises ValueError, TypeError, KeyError... on damaged input
        raise EnvelopeError(f"busta .p7m danneggiata o troncata ({type(exc).__name__}: {exc})"[:300]) from None
    if not signers:
        raise EnvelopeError("la busta .p7m non contiene alcuna firma")
    return payload, signers


def _signer(info: cms.SignerInfo, certs: list[x509.Certificate]) -> Signer:
    cert = _certificate_of(info["sid"], certs)
    return signer_from_certificate(cert, "cades", _signing_time(info))


def _certificate_of(sid: cms.SignerIdentifier, certs: list[x509.Certificate]) -> x509.Certificate | None:
    if sid.name == "issuer_and_serial_number":
        wanted = sid.chosen
        for c in certs:
            if c.serial_number == wanted["serial_number"].native and c.issuer == wanted["issuer"]:
                return c
    elif sid.name == "subject_key_identifier":
        for c in certs:
            if c.key_identifier == sid.chosen.native:
                return c
    return None


def _signing_time(info: cms.SignerInfo) -> datetime | None:
    attrs = info["signed_attrs"]
    if not attrs:
        return None
    for attr in attrs:
        if attr["type"].native == "signing_time":
            value = attr["values"][0].native
            return value if isinstance(value, datetime) else None
    return None


def _what(data: bytes) -> str:
    kind = sniff(data[:65536], "").kind
    return f"contenuto {KIND_LABEL.get(kind, kind)}"
