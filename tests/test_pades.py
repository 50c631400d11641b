"""PAdES: signatures inside PDFs, who signed, and whether the signature still covers the file."""

from __future__ import annotations

import io

import pytest

from validator.pades import has_signature_dictionary, pdf_signers

from .conftest import corpus_dir
from .docs import text_pdf
from .signing import make_identity, pades_sign


@pytest.fixture(scope="module")
def signed() -> bytes:
    pdf = text_pdf([["# ALLEGATO A.2.a - DICHIARAZIONE DE MINIMIS", "Reg. (UE) 2023/2831, impresa unica"]])
    return pades_sign(pdf, make_identity("Mario", "Rossi", "RSSMRA70A01A794H"))


def test_signer_of_a_pades_pdf(signed: bytes) -> None:
    (signer,) = pdf_signers(signed)
    assert signer.kind == "pades" and signer.whole_file
    assert signer.codice_fiscale == "RSSMRA70A01A794H" and signer.common_name == "Mario Rossi"
    assert signer.not_before and signer.not_after and signer.signing_time


def test_unsigned_pdf_takes_the_fast_path() -> None:
    pdf = text_pdf([["nessuna firma"]])
    assert not has_signature_dictionary(pdf)
    assert pdf_signers(pdf) == ()


def test_a_second_signature_keeps_the_first(signed: bytes) -> None:
    both = pades_sign(signed, make_identity("Laura", "Verdi", "VRDLRA80C55F205O"), field_name="Firma2")
    assert [(s.codice_fiscale, s.whole_file) for s in pdf_signers(both)] == [
        ("RSSMRA70A01A794H", True), ("VRDLRA80C55F205O", True)]


def test_content_added_after_signing_is_not_covered(signed: bytes) -> None:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(signed))
    stream = generic.StreamObject(stream_data=b"BT /F1 12 Tf 100 100 Td (aggiunto dopo) Tj ET")
    writer.add_stream_to_page(0, writer.add_object(stream))
    out = io.BytesIO()
    writer.write(out)
    (signer,) = pdf_signers(out.getvalue())
    assert signer.codice_fiscale == "RSSMRA70A01A794H" and not signer.whole_file


def test_bytes_changed_inside_the_signed_range(signed: bytes) -> None:
    at = signed.index(b"/Producer") + 20
    tampered = signed[:at] + (b"X" if signed[at:at + 1] != b"X" else b"Y") + signed[at + 1:]
    assert [s.whole_file for s in pdf_signers(tampered)] == [False]


def test_damaged_signed_pdf_gives_no_signer(signed: bytes) -> None:
    assert pdf_signers(signed[: len(signed) // 2]) == ()


@pytest.mark.corpus
def test_corpus_signed_pdf_with_owner_password() -> None:
    data = (corpus_dir("pdf_malformed") / "qpdf__minimal-signed-restricted.pdf").read_bytes()
    (signer,) = pdf_signers(data)
    assert signer.common_name == "Adobe Acrobat Sign" and signer.codice_fiscale is None and signer.whole_file
