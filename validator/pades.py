"""PAdES: signatures inside a PDF and who made them (pyHanko), not their legal validity.

A signature counts for the whole file when its byte range covers the file, or when
what was appended after it is only what signing allows (more signatures, form
filling, archival timestamps), as pyHanko's difference analysis judges. A
signature followed by other changes is kept but marked `whole_file=False`.
Damaged or unusual PDFs yield no signers rather than an error: the text extractor
reports damage, and an unreadable signature is never taken as one.
"""

from __future__ import annotations

import io
import logging
from typing import Any

from .certs import signer_from_certificate
from .models import Signer

MAX_SIGNATURES = 50


def has_signature_dictionary(data: bytes) -> bool:
    """The fast path: a PDF signature's byte range is always written uncompressed."""
    return b"/ByteRange" in data


def load_pyhanko() -> None:
    """Import pyHanko so that asn1crypto knows the names it registers.

    pyHanko adds OIDs (signing_certificate_v2, ...) to asn1crypto's maps at import,
    but asn1crypto builds its reverse maps once, on first use: if a .p7m was parsed
    before, those names would be unknown to pyHanko. The reverse maps are rebuilt here
    from the extended maps.
    """
    import pyhanko.sign  # noqa: F401  (registers the attributes and extensions)
    from asn1crypto import algos, cms, x509

    for cls in (cms.CMSAttributeType, cms.ContentType, algos.KdfAlgorithmId, x509.ExtensionId):
        if cls._map is not None:
            cls._reverse_map = {name: oid for oid, name in cls._map.items()}


def pdf_signers(data: bytes) -> tuple[Signer, ...]:
    if not has_signature_dictionary(data):
        return ()
    logging.getLogger("pyhanko").setLevel(logging.CRITICAL)
    try:
        load_pyhanko()
        from pyhanko.pdf_utils.reader import PdfFileReader

        reader = PdfFileReader(io.BytesIO(data), strict=False)
        if reader.encrypted:
            reader.decrypt(b"")  # owner-password-only files open with the empty user password
        found = reader.embedded_signatures[:MAX_SIGNATURES]
        return tuple(_signer(sig) for sig in found)
    except Exception:  # pyHanko raises many types on damaged or encrypted files
        return ()


def _signer(sig: object) -> Signer:
    from pyhanko.sign.diff_analysis import DEFAULT_DIFF_POLICY, ModificationLevel
    from pyhanko.sign.validation.errors import SignatureValidationError
    from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    assert isinstance(sig, EmbeddedPdfSignature)
    whole = False
    try:
        sig.compute_integrity_info(diff_policy=DEFAULT_DIFF_POLICY)
        intact = sig.compute_digest() == _message_digest(sig)
        if intact and sig.coverage == SignatureCoverageLevel.ENTIRE_FILE:
            whole = True
        elif intact and sig.coverage == SignatureCoverageLevel.ENTIRE_REVISION:
            level = getattr(sig.diff_result, "modification_level", None)
            whole = level is not None and level <= ModificationLevel.FORM_FILLING
    except (SignatureValidationError, ValueError, KeyError, TypeError):
        whole = False
    try:
        cert = sig.signer_cert
    except Exception:
        cert = None
    return signer_from_certificate(cert, "pades", sig.self_reported_timestamp, whole_file=whole)


def _message_digest(sig: Any) -> bytes | None:
    """The digest the signer signed; a mismatch means the signed bytes were altered."""
    attrs = sig.signer_info["signed_attrs"]
    for attr in attrs or ():
        if attr["type"].native == "message_digest":
            value = attr["values"][0].native
            return value if isinstance(value, bytes) else None
    return None
