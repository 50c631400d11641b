"""Property-based fuzzing of the parsers that read untrusted input: damaged PDFs, envelopes,
FatturaPA XML, manifests, amounts and dates never raise, whatever the bytes.

Short by default; `HYPOTHESIS_PROFILE=fuzz` runs 20,000 examples per test (see README).
"""

from __future__ import annotations

import hashlib
from functools import lru_cache

from hypothesis import given
from hypothesis import strategies as st

from validator import values
from validator.extract import Cache
from validator.extract import extract as extract_text
from validator.identify import sniff
from validator.manifest import parse_manifest
from validator.models import SourceFile

from .docs import text_pdf


@lru_cache(maxsize=1)
def _seed_pdf() -> bytes:
    return text_pdf([["# Certificazione IBAN", "IBAN IT60X0542811101000000123456 intestato a Rossi S.r.l."]])


def _file(data: bytes, name: str) -> SourceFile:
    ident = sniff(data[:65536], name)
    return SourceFile(display=name, path=None, size=len(data), sha256=hashlib.sha256(data).hexdigest(),
                      kind=ident.kind, mime=ident.mime, extension=ident.extension, payload=data)


@st.composite
def damaged(draw: st.DrawFn, seed: bytes) -> bytes:
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 8))):
        op = draw(st.sampled_from(["flip", "cut", "insert"]))
        pos = draw(st.integers(0, max(0, len(data) - 1)))
        if op == "flip" and data:
            data[pos] ^= 1 << draw(st.integers(0, 7))
        elif op == "cut":
            del data[pos: pos + draw(st.integers(1, 400))]
        else:
            data[pos:pos] = draw(st.binary(min_size=1, max_size=40))
    return bytes(data)


@given(st.data())
def test_damaged_pdfs_never_raise(data: st.DataObject) -> None:
    blob = data.draw(damaged(_seed_pdf()))
    result = extract_text(_file(blob, "x.pdf"), Cache(enabled=False))
    assert result.error is None or isinstance(result.error, str)


@given(st.binary(max_size=2000))
def test_random_bytes_as_envelope_xml_or_image_never_raise(blob: bytes) -> None:
    for name in ("x.pdf.p7m", "fattura.xml", "scan.jpg"):
        result = extract_text(_file(blob, name), Cache(enabled=False))
        assert result.error is None or isinstance(result.error, str)


_XML = (b'<?xml version="1.0"?><p:FatturaElettronica versione="FPR12" xmlns:p="http://ivaservizi.agenziaentrate'
        b'.gov.it/docs/xsd/fatture/v1.2"><FatturaElettronicaBody><DatiGenerali><DatiGeneraliDocumento>'
        b'<Numero>45/2026</Numero><Causale>Spesa sostenuta</Causale></DatiGeneraliDocumento></DatiGenerali>'
        b'</FatturaElettronicaBody></p:FatturaElettronica>')


@given(st.data())
def test_damaged_fatturapa_never_raises(data: st.DataObject) -> None:
    blob = data.draw(damaged(_XML))
    result = extract_text(_file(blob, "fattura.xml"), Cache(enabled=False))
    assert result.error is None or isinstance(result.error, str)


@given(st.text(max_size=500))
def test_manifest_text_never_raises(text: str) -> None:
    manifest, problems = parse_manifest(text)
    assert manifest is not None or problems


@given(st.text(max_size=80))
def test_amount_and_date_parsers_never_raise(text: str) -> None:
    values.parse_amount(text)
    values.parse_date(text)
    values.find_amounts(text)
    values.find_dates(text)
