"""FatturaPA XML: every corpus sample read exactly, recognised as an invoice; hostile XML refused fast."""

from __future__ import annotations

import time
from decimal import Decimal

import pytest

from validator.classify import classify_file
from validator.extract.fatturapa import XmlLimits, extract_xml
from validator.models import SourceFile
from validator.unwrap import unwrap

from .conftest import corpus_dir

# file -> (issuer P.IVA, issuer name, [(numero, data, ImportoTotaleDocumento, sum of ImponibileImporto)])
SAMPLES = {
    "IT01234567890_FPA01.xml": ("01234567890", "ALPHA SRL", [("123", "2017-01-18", None, "5.00")]),
    "IT01234567890_FPA02.xml": ("01234567890", "ALPHA SRL", [("123", "2017-01-18", None, "25.00")]),
    "IT01234567890_FPR01.xml": ("01234567890", "SOCIETA' ALPHA SRL", [("123", "2014-12-18", None, "5.00")]),
    "IT01234567890_FPR02.xml": ("01234567890", "SOCIETA' ALPHA SRL", [("123", "2014-12-18", None, "25.00")]),
    "IT01234567890_FPR03.xml.p7m": ("02780790107", "SOCIETA' ALPHA SRL",
                                    [("123", "2014-12-18", None, "25.00"), ("456", "2014-12-20", None, "2000.00")]),
    "IT01234567890_FPR04.base64.xml.p7m": ("02780790107", "SOCIETA' ALPHA SRL",
                                           [("123", "2014-12-18", None, "25.00"),
                                            ("456", "2014-12-20", None, "2000.00")]),
    "IT02780790107_11005.xml": ("02780790107", "Societa' Alpha SRL", [("124", "2014-12-18", None, "26.00")]),
    "IT05979361218_no_decl.xml": ("02780790107", "SOCIETA' ALPHA SRL",
                                  [("14201", "2014-12-18", None, "25.00"), ("14202", "2014-12-20", None, "2000.00")]),
    "ZGEXQROO37831_anonimizzata.xml": ("12345670017", "Pippolo S.p.A.", [("17606", "2022-03-10", "109.80", "90.00")]),
}


def _read(name: str) -> bytes:
    data = (corpus_dir("fatturapa") / name).read_bytes()
    if name.endswith(".p7m"):
        opened = unwrap(data)
        assert opened.error is None
        return opened.content
    return data


def _file(data: bytes, name: str) -> SourceFile:
    return SourceFile(name, None, len(data), "0" * 64, "xml", "text/xml", "xml", payload=data)


@pytest.mark.corpus
@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_corpus_invoice_fields(name: str, catalog) -> None:  # type: ignore[no-untyped-def]
    piva, issuer, bodies = SAMPLES[name]
    text = extract_xml(_read(name))
    assert text.error is None and text.method == "fatturapa"
    assert text.structured is not None
    assert text.structured["cedente"]["partita_iva"] == piva
    assert text.structured["cedente"]["denominazione"] == issuer
    got = [(b["numero"], b["data"], b["importo_totale"], b["imponibile"]) for b in text.structured["fatture"]]
    assert got == bodies
    assert len(text.pages) == len(bodies)
    docs = classify_file(_file(_read(name), name.removesuffix(".p7m")), text, catalog.doctypes)
    assert {d.doctype for d in docs} == {"fattura"}
    doc = docs[0]
    assert doc.first("numero").value == bodies[0][0]  # the exact value comes first
    assert str(doc.first("data").value) == bodies[0][1]
    assert doc.first("partita_iva").value == piva
    assert doc.first("imponibile").value == Decimal(bodies[0][3])


@pytest.mark.corpus
def test_causali_are_joined_with_and_without_a_space() -> None:
    text = extract_xml(_read("IT01234567890_FPR02.xml"))
    causali = text.structured["fatture"][0]["causali"]  # type: ignore[index]
    assert len(causali) == 2
    page = text.pages[0].text
    assert "Causale: " + " ".join(causali) in page
    assert "".join(causali) in page
    assert "FORNITURE VARIE PER UFFICIO" in page  # a line description


@pytest.mark.corpus
def test_attachment_is_named_not_inlined() -> None:
    text = extract_xml(_read("IT02780790107_11005.xml"))
    assert "test.png" in text.pages[0].text
    assert len(text.pages[0].text) < 3000  # the base64 PNG stays out of the text


@pytest.mark.corpus
def test_missing_total_is_computed_for_the_text_and_marked() -> None:
    text = extract_xml(_read("IT01234567890_FPR02.xml"))
    assert "Totale documento: 30,50 EUR (calcolato" in text.pages[0].text
    assert text.structured["page_fields"]["1"]["totale"] == "30.50"  # type: ignore[index]


def test_cup_split_across_causali_is_found() -> None:
    xml = (b"<FatturaElettronica><FatturaElettronicaHeader/><FatturaElettronicaBody><DatiGenerali>"
           b"<DatiGeneraliDocumento><Numero>1</Numero><Data>2026-11-30</Data>"
           b"<Causale>Avviso Formazione Continua CUP E84D2600</Causale><Causale>4370009</Causale>"
           b"</DatiGeneraliDocumento></DatiGenerali></FatturaElettronicaBody></FatturaElettronica>")
    page = extract_xml(xml).pages[0].text
    assert "CUP E84D26004370009" in page


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
<FatturaElettronica><Causale>&lol9;</Causale></FatturaElettronica>"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE f [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<FatturaElettronica><Causale>&xxe;</Causale></FatturaElettronica>"""


@pytest.mark.parametrize("data", [BILLION_LAUGHS, XXE], ids=["billion-laughs", "external-entity"])
def test_hostile_xml_is_refused(data: bytes) -> None:
    start = time.monotonic()
    text = extract_xml(data)
    assert time.monotonic() - start < 2
    assert text.error and "rifiutato per sicurezza" in text.error
    assert not text.pages


def test_huge_xml_is_refused_before_parsing() -> None:
    data = b"<FatturaElettronica>" + b"<Causale>x</Causale>" * (50 * 1024 * 1024 // 20) + b"</FatturaElettronica>"
    assert len(data) > 50 * 1024 * 1024
    start = time.monotonic()
    text = extract_xml(data)
    assert time.monotonic() - start < 1
    assert text.error and "oltre il limite" in text.error
    assert extract_xml(b"<a/>" * 10, XmlLimits(max_bytes=10)).error


def test_malformed_and_foreign_xml() -> None:
    bad = extract_xml(b"<FatturaElettronica><Numero>1</FatturaElettronica>")
    assert bad.error and bad.error.startswith("XML non valido")
    other = extract_xml(b"<ordine><cliente>Meccanica Rossi</cliente></ordine>")
    assert other.error is None and other.method == "xml" and "Meccanica Rossi" in other.pages[0].text
