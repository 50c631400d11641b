"""Author A's document generator (tests/docgen/a): every document type in every style is
rendered and read back with pypdfium2, so a generator bug cannot go unnoticed."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from asn1crypto import cms
from pypdf import PdfReader
from schwifty import IBAN
from stdnum.it import codicefiscale, iva

from tests.docgen.a import DOCTYPES, STYLES, render, render_bytes, render_pages
from tests.docgen.a.common import fmt_eur, fmt_num, hyphen_points, italian_cin, make_iban_it, wrap
from tests.docgen.a.fixtures import AUTONOMO, DOMANDA, GALLI_CF, TRN, liquidazione_manifest
from tests.docgen.a.identity import mrz_check
from tests.docgen.a.invoice import CUP, swap_digits
from tests.docgen.a.model import BANKS, HOLDING, INSURERS, OTHER_BENEFICIARY, OTHER_COMPANY, PROVIDER, Ctx
from tests.docgen.a.signing import ROME, Signer, sign_p7m, sign_pdf

LIQ = liquidazione_manifest()
LIQ_DOCS = {"domanda_a6", "fattura", "ricevuta_bonifico", "estratto_conto", "lul", "timbrature"}
AUTONOMO_DOCS = {"attribuzione_piva", "iscrizione_inps_gs"}
REP, ANNA, LUCA = "RSSMRA70A01A794H", "BNCNNA85M41F205Q", "FRRLCU88T10A794W"
IBAN_RL = "IT60X0542811101000000123456"


# ----------------------------------------------------------------------------- reading

def pdf_text(data: bytes) -> str:
    doc = pdfium.PdfDocument(data)
    return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))


def flat(text: str) -> str:
    """Line breaks, hyphenation (pdfium reports a line-end hyphen as U+FFFE) and runs of spaces removed."""
    text = re.sub(r"[\ufffe\u00ad]\s*", "", text)
    return " ".join(text.split())


def squash(text: str) -> str:
    text = re.sub(r"[\ufffe\u00ad]", "", text).replace("°", ".").replace("º", ".")
    return re.sub(r"[^a-z0-9]", "", text.lower())


def data_for(doctype: str) -> dict:
    if doctype in LIQ_DOCS:
        return LIQ
    if doctype in AUTONOMO_DOCS:
        return AUTONOMO
    return DOMANDA


def default_tweaks(doctype: str) -> dict:
    return {"partecipante": 1} if doctype in ("contratto_lavoro", "cedolino") else {}


# What each document must show (case-insensitive, in the flattened text).
EXPECTED: dict[str, list[str]] = {
    "domanda_a1": ["Allegato A.1", "Domanda di finanziamento", "Meccanica Rossi S.r.l.", "02468130162", REP, ANNA,
                   LUCA, "VRDLRA80C55F205O", "Cybersecurity per PMI", "123456", "654321", "2.100,00",
                   "Quarta Edizione"],
    "deminimis_a2a": ["A.2.a", "de minimis", "2023/2831", "impresa unica", REP, "02468130162", "445"],
    "delega_a3": ["Allegato A.3", "sottoscrizione digitale e presentazione telematica", REP, "VRDLRA80C55F205O",
                  "Laura Verdi", "Meccanica Rossi"],
    "iscrizione_a4": ["Allegato A.4", "BIANCHI", ANNA, "Cybersecurity per PMI", "654321", "02/03/2015"],
    "sedi_ausiliarie": ["Allegato 4", "sedi ausiliarie", "pag. 4 di 6", "pag. 5 di 6", "Via Roma 1", "Bergamo",
                        "Formazione Lombarda"],
    "domanda_a6": ["Allegato A.6", "liquidazione", "45/2026", IBAN_RL, "998877", ANNA, "3.000,00"],
    "certificazione_iban": ["Meccanica Rossi", "02468130162", "Banca Popolare Orobica"],
    "ricevuta_bonifico": ["Meccanica Rossi", "Formazione Lombarda", "3.002,00", TRN, "45/2026",
                          "Banca Popolare Orobica", PROVIDER.iban],
    "estratto_conto": ["Meccanica Rossi", "FORMAZIONE LOMBARDA", "3.002,00", "45/2026"],
    "polizza_catastrofale": ["213", "Meccanica Rossi", "02468130162", "alluvione", "frana", "esondazione",
                             "inondazione"],
    "cob": ["1601315000123456", ANNA, "02468130162", "02/03/2015", "TEMPO INDETERMINATO"],
    "contratto_lavoro": [LUCA, "Luca Ferrari", "11/06/2007", "tempo determinato", "Meccanica Rossi"],
    "cedolino": [LUCA, "FERRARI", "LUCA", "MECCANICA ROSSI"],
    "lul": ["Libro Unico del Lavoro", ANNA, "BIANCHI ANNA", "02468130162"],
    "timbrature": [ANNA, "BIANCHI", "05", "Cybersecurity per PMI"],
    "attribuzione_piva": [GALLI_CF, AUTONOMO["impresa"]["partita_iva"], "partita IVA", "Agenzia delle Entrate"],
    "iscrizione_inps_gs": [GALLI_CF, "Gestione Separata", "INPS", "335"],
    "documento_identita": ["ROSSI", "MARIO"],
    "fattura": ["45/2026", "Formazione Lombarda", PROVIDER.piva, "Meccanica Rossi", "3.000,00", "3.002,00"],
}
PER_STYLE: dict[tuple[str, int], list[str]] = {
    ("certificazione_iban", 0): ["IT60 X054 2811 1010 0000 0123 456"],
    ("certificazione_iban", 1): [IBAN_RL],
    ("certificazione_iban", 2): ["IT60 X054 2811 1010 0000 0123 456"],
    ("ricevuta_bonifico", 0): ["Esito: ESEGUITO", "TRN"],
    ("ricevuta_bonifico", 1): ["Stato: Contabilizzato", "Riferimento operazione"],
    ("ricevuta_bonifico", 2): ["BONIFICO SEPA ESEGUITO", "ID END-TO-END"],
    ("cedolino", 0): ["AGOSTO 2026"],
    ("cedolino", 1): ["08/2026"],
    ("cedolino", 2): ["periodo di paga: Agosto 2026"],
    ("lul", 0): ["OTTOBRE 2026"],
    ("lul", 1): ["10/2026"],
    ("timbrature", 0): ["05/10/2026"],
    ("timbrature", 1): ["05.10.2026"],
    ("documento_identita", 0): [REP, "SCADENZA / EXPIRY", "C<ITA"],
    ("documento_identita", 1): ["Date of expiry", "P<ITAROSSI<<MARIO"],
    ("documento_identita", 2): ["PATENTE DI GUIDA", "4b."],
    ("estratto_conto", 0): ["Dare (uscite)", "IT60 X054 2811 1010 0000 0123 456"],
    ("estratto_conto", 1): ["Uscite", IBAN_RL],
}
MANDATORY_WORDING = [
    "Spesa sostenuta a valere sull'Avviso Pubblico per l'assegnazione di voucher aziendali a Catalogo per "
    "interventi di Formazione Continua a valere sul PR Lombardia FSE+ 2021-2027 di cui alla DGR n",
    "XII/6232 del 28 Maggio 2026",
    "Quarta Edizione",
    "CUP E84D26004370009 ID VOUCHER n",
    "998877, ID EDIZIONE n. 654321 e Titolo Corso",
    "Cybersecurity per PMI",
    "quota finanziamento pubblico € 2.100,00 e quota finanziamento privato € 900,00",
]

ALL = [(t, s) for t in DOCTYPES for s in range(STYLES[t])]


# ------------------------------------------------------------------------------ tests

def test_every_doctype_has_two_styles() -> None:
    assert len(DOCTYPES) == 19
    assert all(n >= 2 for n in STYLES.values())


@pytest.mark.parametrize(("doctype", "style"), ALL, ids=[f"{t}-{s}" for t, s in ALL])
def test_render_and_read_back(doctype: str, style: int, tmp_path: Path) -> None:
    out = tmp_path / f"{doctype}_{style}.pdf"
    render(doctype, data_for(doctype), out, style, **default_tweaks(doctype))
    text = flat(pdf_text(out.read_bytes()))
    low, compact = text.lower(), text.lower().replace(" ", "")
    wanted = EXPECTED[doctype] + PER_STYLE.get((doctype, style), [])
    missing = [s for s in wanted if s.lower() not in low and s.lower().replace(" ", "") not in compact]
    assert not missing, f"{doctype} style {style}: missing {missing}\n---\n{text[:3000]}"


def test_styles_really_differ() -> None:
    for doctype in DOCTYPES:
        texts = {pdf_text(render_bytes([(doctype, data_for(doctype), s, default_tweaks(doctype))]))
                 for s in range(STYLES[doctype])}
        assert len(texts) == STYLES[doctype], doctype


def test_deterministic() -> None:
    for doctype in ("domanda_a1", "fattura", "lul", "estratto_conto", "documento_identita"):
        a = render_bytes([(doctype, data_for(doctype), 0, {})])
        b = render_bytes([(doctype, data_for(doctype), 0, {})])
        assert a == b, doctype


def test_unknown_tweak_or_style_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown tweak"):
        render_bytes([("fattura", LIQ, 0, {"cup_swapped": True})])
    with pytest.raises(ValueError, match="styles"):
        render_bytes([("fattura", LIQ, 7, {})])


# --------------------------------------------------------------------------- invoice

@pytest.mark.parametrize("style", range(STYLES["fattura"]))
def test_invoice_wording_complete(style: int) -> None:
    text = pdf_text(render_bytes([("fattura", LIQ, style, {})]))
    sq = squash(text)
    for part in MANDATORY_WORDING:
        assert squash(part) in sq, (style, part)


def test_invoice_wording_breaks_differ_and_hyphenate() -> None:
    def wording_lines(style: int) -> list[str]:
        raw = pdf_text(render_bytes([("fattura", LIQ, style, {})]))
        start = raw.index("Spesa sostenuta")
        return raw[start:start + 700].splitlines()[:4]

    breaks = [tuple(line.strip() for line in wording_lines(s)) for s in range(STYLES["fattura"])]
    assert len(set(breaks)) == len(breaks)
    hyphenated = pdf_text(render_bytes([("fattura", LIQ, 1, {})]))
    # pdfium reports a line-end hyphen as U+FFFE and joins the two lines
    assert re.search(r"[a-z](\ufffe|-\r?\n)[a-z]", hyphenated), "style 1 should break a word with a hyphen"
    marks = {s: pdf_text(render_bytes([("fattura", LIQ, s, {})])) for s in range(3)}
    assert "DGR n° XII/6232" in marks[0]
    assert "DGR n. XII/6232" in marks[1]
    assert "nº XII/6232" in marks[2]


def test_invoice_tweaks() -> None:
    def text(**tw: object) -> str:
        return flat(pdf_text(render_bytes([("fattura", LIQ, 0, tw)])))

    assert swap_digits(CUP) == "E84D26004730009"
    swapped = text(cup_swap=True)
    assert "E84D26004730009" in swapped.replace(" ", "") and CUP not in swapped.replace(" ", "")
    assert "998878" in text(id_voucher="998878")
    assert "ID EDIZIONE" not in text(senza_id_edizione=True)
    assert "quota finanziamento" not in text(senza_quote=True)
    assert "Spesa sostenuta" not in text(senza_dicitura=True)
    cheaper = text(imponibile=Decimal("2800.00"))
    assert "2.800,00" in cheaper and "700,00" in cheaper
    vat = flat(pdf_text(render_bytes([("fattura", LIQ, 0, {"iva": True})])))
    assert "660,00" in vat and "3.660,00" in vat and "Bollo" not in vat
    exempt = text()
    assert "Esente art. 10" in exempt and "3.002,00" in exempt


# ------------------------------------------------------------------------------- bank

def _iban_in(text: str) -> str:
    m = re.search(r"IT\d{2}\s?[A-Z]\d{3}\s?\d{4}\s?\d{4}\s?\d{4}\s?\d{4}\s?\d{3}", text)
    assert m, text[:500]
    return m.group(0).replace(" ", "")


def test_iban_certificate_tweaks() -> None:
    def cert(**tw: object) -> str:
        return flat(pdf_text(render_bytes([("certificazione_iban", DOMANDA, 1, tw)])))

    assert _iban_in(cert()) == IBAN_RL
    wrong_cin = _iban_in(cert(cin_errato=True))
    assert wrong_cin != IBAN_RL
    IBAN(wrong_cin)  # mod-97 still passes...
    with pytest.raises(Exception, match="national checksum"):
        IBAN(wrong_cin, validate_bban=True)  # ...but the Italian CIN does not
    with pytest.raises(Exception, match="checksum"):
        IBAN(_iban_in(cert(check_errato=True)))
    other = cert(intestatario=True)
    assert OTHER_COMPANY.name in other and OTHER_COMPANY.piva in other and "Meccanica Rossi" not in other


def test_transfer_receipt_tweaks() -> None:
    def rec(style: int, **tw: object) -> str:
        return flat(pdf_text(render_bytes([("ricevuta_bonifico", LIQ, style, tw)])))

    for style, word in ((0, "ORDINE INSERITO"), (1, "Prenotato"), (2, "DA FIRMARE")):
        t = rec(style, solo_ordine=True)
        assert word in t and TRN not in t and "ESEGUITO" not in t.replace("NON ANCORA", "")
    assert TRN not in rec(0, senza_trn=True) and "TRN" not in rec(0, senza_trn=True)
    for style in range(3):
        cro = re.search(r"CRO:? (\d{11})\b", rec(style, cro=True).replace(".", ""))
        assert cro, style
    assert OTHER_BENEFICIARY.name in rec(1, beneficiario=True)
    assert HOLDING.name in rec(1, ordinante=HOLDING)
    assert "3.000,00" in rec(2, importo=Decimal("3000.00"))
    assert "45/2026" not in rec(0, causale_senza_fattura=True)


def test_statement_tweaks() -> None:
    full = flat(pdf_text(render_bytes([("estratto_conto", LIQ, 0, {})])))
    assert f"TRN {TRN}" in full
    without = flat(pdf_text(render_bytes([("estratto_conto", LIQ, 0, {"senza_addebito": True})])))
    assert "FORMAZIONE LOMBARDA" not in without
    other = flat(pdf_text(render_bytes([("estratto_conto", LIQ, 1, {"ricevuta": {"beneficiario": True}})])))
    assert OTHER_BENEFICIARY.name.upper() in other


def test_multiple_transfers() -> None:
    m = liquidazione_manifest()
    m["liquidazione"]["bonifico"] = [{"data": dt.date(2026, 12, 10), "importo": Decimal("1500.00")},
                                     {"data": dt.date(2026, 12, 22), "importo": Decimal("1502.00")}]
    second = flat(pdf_text(render_bytes([("ricevuta_bonifico", m, 0, {"bonifico": 1})])))
    assert "1.502,00" in second and "Saldo fattura" in second
    statement = flat(pdf_text(render_bytes([("estratto_conto", m, 0, {})])))
    assert "1.500,00" in statement and "1.502,00" in statement


# ------------------------------------------------------------------- other documents

def _dates(text: str) -> list[dt.date]:
    return [dt.date(int(y), int(m), int(d)) for d, m, y in re.findall(r"\b(\d{2})[/.](\d{2})[/.](\d{4})\b", text)]


def test_policy_validity_tweaks() -> None:
    ref = Ctx(DOMANDA).ref_date
    for tw, check in (({}, lambda end: end > ref + dt.timedelta(days=30)),
                      ({"scaduta": True}, lambda end: end < ref),
                      ({"in_scadenza": True}, lambda end: ref < end <= ref + dt.timedelta(days=30))):
        text = flat(pdf_text(render_bytes([("polizza_catastrofale", DOMANDA, 0, tw)])))
        end = re.search(r"Scadenza ore 24:00 del (\d{2}/\d{2}/\d{4})", text)
        assert end, text
        assert check(dt.datetime.strptime(end.group(1), "%d/%m/%Y").date()), tw
    other = flat(pdf_text(render_bytes([("polizza_catastrofale", DOMANDA, 2, {"altra_impresa": True})])))
    assert OTHER_COMPANY.piva in other and "02468130162" not in other


def test_identity_documents() -> None:
    ref = Ctx(DOMANDA).ref_date
    cie = pdf_text(render_bytes([("documento_identita", DOMANDA, 0, {})]))
    mrz = [line.strip() for line in cie.splitlines() if line.strip().startswith(("C<ITA", "7001017"))]
    assert len(mrz) == 2 and all(len(x) == 30 for x in mrz)
    doc_no = mrz[0][5:14]
    assert mrz[0][14] == mrz_check(doc_no)
    assert max(_dates(cie)) > ref + dt.timedelta(days=365)
    expired = pdf_text(render_bytes([("documento_identita", DOMANDA, 0, {"scaduto": True})]))
    assert max(_dates(expired)) < ref
    paper = flat(pdf_text(render_bytes([("documento_identita", DOMANDA, 0, {"cartacea": True})])))
    assert "CARTA D'IDENTITÀ" in paper and "<<" not in paper and "Scadenza" in paper
    assert mrz_check("L898902C<") == "3"  # ICAO 9303 specimen
    passport = pdf_text(render_bytes([("documento_identita", DOMANDA, 1, {})]))
    line2 = next(x.strip() for x in passport.splitlines() if re.fullmatch(r"Y[A-Z]\d{8}ITA[0-9A-Z<]{31}", x.strip()))
    assert len(line2) == 44 and line2[9] == mrz_check(line2[:9])


def test_deminimis_tweaks() -> None:
    for style in range(STYLES["deminimis_a2a"]):
        def t(style: int = style, **tw: object) -> str:
            return flat(pdf_text(render_bytes([("deminimis_a2a", DOMANDA, style, tw)]))).lower()
        old = t(regolamento="1407")
        assert "1407/2013" in old and "2023/2831" not in old
        assert "impresa unica" not in t(no_impresa_unica=True)
        nore = t(no_regolamento=True)
        assert "2023/2831" not in nore and "1407/2013" not in nore and "de minimis" in nore


def test_delegate_from_accredited_body() -> None:
    text = flat(pdf_text(render_bytes([("delega_a3", DOMANDA, 0, {"ente": True})])))
    assert "operatore accreditato Formazione Lombarda" in text


def test_payroll_months_and_pages() -> None:
    out = pdf_text(render_bytes([("cedolino", DOMANDA, 2, {"partecipante": 1, "mese": (2026, 5)})]))
    assert "Maggio 2026" in out
    many = render_bytes([("lul", LIQ, 0, {"partecipante": p, "mese": m})
                         for m in ((2026, 10), (2026, 11)) for p in (0, 1)])
    doc = pdfium.PdfDocument(many)
    assert len(doc) == 4
    texts = [doc[i].get_textpage().get_text_range() for i in range(4)]
    assert ANNA in texts[0] and LUCA in texts[1] and "NOVEMBRE 2026" in texts[2] and LUCA in texts[3]
    lul = flat(texts[0])
    assert "FOR" in lul and "4,00" in lul  # the lesson of 05/10 is recorded


def test_render_pages_writes_one_file(tmp_path: Path) -> None:
    out = tmp_path / "A4 tutti.pdf"
    render_pages([("iscrizione_a4", DOMANDA, 1, {"partecipante": 0}),
                  ("iscrizione_a4", DOMANDA, 1, {"partecipante": 1})], out)
    text = pdf_text(out.read_bytes())
    assert ANNA in text and LUCA in text


def test_self_employed_documents_share_the_vat_number() -> None:
    piva = AUTONOMO["impresa"]["partita_iva"]
    for doctype in ("attribuzione_piva", "iscrizione_inps_gs", "iscrizione_a4"):
        assert piva in pdf_text(render_bytes([(doctype, AUTONOMO, 0, {})])), doctype


# ------------------------------------------------------------------ check digits, text

def test_invented_identifiers_are_valid() -> None:
    for piva in [PROVIDER.piva, OTHER_COMPANY.piva, HOLDING.piva, OTHER_BENEFICIARY.piva,
                 *(b.piva for b in BANKS.values()), *(i.piva for i in INSURERS), AUTONOMO["impresa"]["partita_iva"]]:
        assert iva.is_valid(piva), piva
    for iban in [PROVIDER.iban, OTHER_COMPANY.iban, HOLDING.iban, OTHER_BENEFICIARY.iban, AUTONOMO["impresa"]["iban"]]:
        IBAN(iban, validate_bban=True)
    for cf in [GALLI_CF, REP, ANNA, LUCA]:
        assert codicefiscale.is_valid(cf)
    assert italian_cin("05428", "11101", "000000123456") == "X"
    assert make_iban_it("05428", "11101", "123456") == IBAN_RL


def test_italian_formatting_and_wrapping() -> None:
    assert fmt_num(1234.5) == "1.234,50" and fmt_eur(Decimal("3002")) == "€ 3.002,00"
    assert "azien-dali" in {"aziendali"[:i] + "-" + "aziendali"[i:] for i in hyphen_points("aziendali")}
    assert ["voucher"[:i] + "-" + "voucher"[i:] for i in hyphen_points("voucher")] == ["vou-cher"]
    assert hyphen_points("CUP") == []
    lines = wrap("PR Lombardia FSE+ 2021-2027 di cui alla DGR", "Helvetica", 9, 95)
    assert any(line.endswith("2021-") for line in lines) or any("2021-2027" in line for line in lines)


# -------------------------------------------------------------------------- signatures

def test_p7m_and_pades_signatures() -> None:
    pdf = render_bytes([("deminimis_a2a", DOMANDA, 0, {})])
    signers = [Signer("Mario", "Rossi", REP), Signer("Laura", "Verdi", "VRDLRA80C55F205O")]
    when = dt.datetime(2026, 8, 26, 17, 5, tzinfo=ROME)
    p7m = sign_p7m(pdf, signers, when)
    assert p7m == sign_p7m(pdf, signers, when)
    sd = cms.ContentInfo.load(p7m)["content"]
    assert sd["encap_content_info"]["content"].native == pdf
    subjects = {c.chosen.subject.native["serial_number"] for c in sd["certificates"]}
    assert subjects == {f"TINIT-{REP}", "TINIT-VRDLRA80C55F205O"}
    b64 = sign_p7m(pdf, signers[:1], when, as_base64=True)
    assert b64.startswith(b"MI")

    signed = sign_pdf(pdf, signers[0], when)
    assert signed.startswith(pdf) and signed == sign_pdf(pdf, signers[0], when)
    reader = PdfReader(io.BytesIO(signed))
    trailer: Any = reader.trailer
    field = trailer["/Root"]["/AcroForm"]["/Fields"][0].get_object()
    sig = field["/V"].get_object()
    a, b, c, d = sig["/ByteRange"]
    assert a == 0 and c + d == len(signed)
    info = cms.ContentInfo.load(bytes(sig["/Contents"]))["content"]["signer_infos"][0]
    digest = next(x["values"][0].native for x in info["signed_attrs"] if x["type"].native == "message_digest")
    assert digest == hashlib.sha256(signed[a:b] + signed[c:c + d]).digest()
    assert len(pdfium.PdfDocument(signed)) == 1
