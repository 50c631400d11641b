"""CAdES envelopes: the real .p7m files of the corpus, generated ones, broken ones; signer CF reading."""

from __future__ import annotations

import base64

import pytest

from validator import identify
from validator.certs import codice_fiscale, person_name
from validator.unwrap import Limits, inner_name, unwrap

from .conftest import corpus_dir
from .signing import cades_sign, make_identity

# file -> (inner kind, number of signers, codici fiscali read from the certificates)
CORPUS = {
    "p7m/a38__test.txt.p7m": ("text", 1, ["ZNINRC76E03A785Z"]),
    "p7m/dss__DER_reordered_prova.txt.p7m": ("text", 1, ["AAAAAA11A11A111A"]),  # BER, IT: form
    "p7m/dss__FD1_FD2_FEA.pdf.p7m": ("pdf", 3, ["RNLLSN92T28H910T", "DLGMRC65L15A794Y", "DLGMRC65L15A794Y"]),
    "p7m/dss__Signature-C-HU_MIC-1.p7m": ("text", 1, [None]),  # Hungarian CA: no Italian CF
    "fatturapa/IT01234567890_FPR03.xml.p7m": ("xml", 1, ["CRTSRG74M18A459G"]),
    "fatturapa/IT01234567890_FPR04.base64.xml.p7m": ("xml", 1, ["CRTSRG74M18A459G"]),  # base64 text
}


@pytest.mark.corpus
@pytest.mark.parametrize("name", sorted(CORPUS))
def test_corpus_envelopes_open(name: str) -> None:
    folder, file = name.split("/")
    data = (corpus_dir(folder) / file).read_bytes()
    kind, count, cfs = CORPUS[name]
    opened = unwrap(data)
    assert opened.error is None
    inner = inner_name(file)
    assert identify.sniff(opened.content[:65536], inner).kind == kind
    assert len(opened.signers) == count
    assert [s.codice_fiscale for s in opened.signers] == cfs
    assert all(s.kind == "cades" and s.not_before and s.not_after and s.signing_time for s in opened.signers)


@pytest.mark.corpus
def test_crs_card_certificate_gives_cf_from_common_name() -> None:
    data = (corpus_dir("p7m") / "dss__FD1_FD2_FEA.pdf.p7m").read_bytes()
    crs = [s for s in unwrap(data).signers if "Regione Lombardia" in (s.issuer or "")]
    assert len(crs) == 1
    assert crs[0].codice_fiscale == "DLGMRC65L15A794Y"
    assert crs[0].common_name == "MARCO DELIGIOS"


@pytest.mark.corpus
def test_two_byte_fake_p7m_is_refused_with_a_reason() -> None:
    opened = unwrap((corpus_dir("fatturapa") / "IT05979361218_fake.xml.p7m").read_bytes())
    assert opened.error is not None and "non è una busta firmata" in opened.error
    assert opened.content == b"" and opened.signers == ()


def test_truncated_envelope_is_refused() -> None:
    me = make_identity("Mario", "Rossi", "RSSMRA70A01A794H")
    der = cades_sign(b"%PDF-1.4 contenuto di prova " * 50, me)
    for cut in (len(der) // 2, 40):
        opened = unwrap(der[:cut])
        assert opened.error and "troncata" in opened.error


def test_der_base64_pem_and_nested_envelopes() -> None:
    me = make_identity("Mario", "Rossi", "RSSMRA70A01A794H")
    delegate = make_identity("Laura", "Verdi", "VRDLRA80C55F205O", cns=True)
    content = b"%PDF-1.4 domanda"
    der = cades_sign(content, me)
    pem = b"-----BEGIN PKCS7-----\n" + base64.encodebytes(der) + b"-----END PKCS7-----\n"
    for data in (der, cades_sign(content, me, base64=True), pem):
        opened = unwrap(data)
        assert opened.error is None and opened.content == content
        assert [s.codice_fiscale for s in opened.signers] == ["RSSMRA70A01A794H"]
    nested = unwrap(cades_sign(der, delegate))
    assert nested.depth == 2 and nested.content == content
    assert [s.codice_fiscale for s in nested.signers] == ["VRDLRA80C55F205O", "RSSMRA70A01A794H"]


def test_depth_and_size_limits() -> None:
    me = make_identity("Mario", "Rossi", "RSSMRA70A01A794H")
    data = b"x"
    for _ in range(3):
        data = cades_sign(data, me)
    assert unwrap(data, Limits(max_depth=2)).error == "buste .p7m annidate oltre 2 livelli"
    assert "oltre il limite" in (unwrap(data, Limits(max_bytes=100)).error or "")


def test_detached_signature_has_no_content() -> None:
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.serialization import pkcs7

    me = make_identity("Mario", "Rossi", "RSSMRA70A01A794H")
    der = (pkcs7.PKCS7SignatureBuilder().set_data(b"documento").add_signer(me.cert, me.key, hashes.SHA256())
           .sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.DetachedSignature]))
    assert "detached" in (unwrap(der).error or "")


def test_a_pdf_named_p7m_is_not_an_envelope() -> None:
    opened = unwrap(b"%PDF-1.4\n%\xe2\xe3\n1 0 obj <<>> endobj\n")
    assert opened.error and "PDF" in opened.error


@pytest.mark.parametrize(
    ("subject", "cf"),
    [
        ({"serial_number": "TINIT-RSSMRA70A01A794H"}, "RSSMRA70A01A794H"),
        ({"serial_number": "IT:RSSMRA70A01A794H"}, "RSSMRA70A01A794H"),
        ({"common_name": "RSSMRA70A01A794H/7420001234567890.abc="}, "RSSMRA70A01A794H"),
        ({"common_name": "Rossi Mario RSSMRA70A01A794H"}, "RSSMRA70A01A794H"),
        ({"common_name": "Rossi Mario RSSMRA70A01A794X"}, None),  # free text: the check digit must hold
        ({"serial_number": "1.3.6.1.4.1.21528", "common_name": "Géczi Zoltán"}, None),
        ({"serial_number": "VATIT-02468130162"}, None),  # a company's VAT number is no person's CF
    ],
)
def test_codice_fiscale_from_subject(subject: dict[str, str], cf: str | None) -> None:
    assert codice_fiscale(subject) == cf


def test_signer_name() -> None:
    assert person_name({"given_name": "Mario", "surname": "Rossi", "common_name": "X"}) == "Mario Rossi"
    assert person_name({"common_name": "RSSMRA70A01A794H/7420", "surname": "ROSSI"}) == "ROSSI"
    assert person_name({"common_name": "Zini Enrico"}) == "Zini Enrico"


def test_inner_names() -> None:
    assert inner_name("domanda.pdf.p7m") == "domanda.pdf"
    assert inner_name("fattura.xml.P7M.p7m") == "fattura.xml"
    assert inner_name("firma.p7s") == "firma"
    assert inner_name(".p7m") == ".p7m"
