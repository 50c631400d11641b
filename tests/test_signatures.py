"""SIG-MISSING and SIG-SIGNER-MISMATCH, each where it must fire and where it must not; envelopes in the scan."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

from sample_dossiers.build_signed import deminimis, domanda_a1, fattura_xml

from .conftest import corpus_dir, run_check, set_key, spec_manifest, write_manifest
from .signing import Identity, cades_sign, make_identity, pades_sign

REP = make_identity("Mario", "Rossi", "RSSMRA70A01A794H")
DELEGATE = make_identity("Laura", "Verdi", "VRDLRA80C55F205O", cns=True)
STRANGER = make_identity("Giuseppe", "Neri", "NREGPP75B12F205R")


def dossier(tmp_path: Path, files: dict[str, bytes], **manifest: Any) -> Path:
    folder = tmp_path / "d"
    data = spec_manifest()
    for key, value in manifest.items():
        set_key(data, key.replace("__", "."), value)
    write_manifest(folder, data)
    for name, content in files.items():
        (folder / name).write_bytes(content)
    return folder


def findings(folder: Path, rule: str) -> list[dict[str, Any]]:
    _, report = run_check(folder)
    return [f for f in report["dossiers"][0]["findings"] if f["rule"] == rule]


def signed_a1(who: Identity) -> bytes:
    return cades_sign(domanda_a1(), who)


# ---------------------------------------------------------------- SIG-MISSING

def test_missing_fires_on_an_unsigned_a1(tmp_path: Path) -> None:
    (f,) = findings(dossier(tmp_path, {"domanda A1.pdf": domanda_a1()}), "SIG-MISSING")
    assert f["severity"] == "blocking" and f["document"] == "domanda A1.pdf"
    assert "Allegato A.1" in f["message"] and "non è firmato" in f["message"]
    assert "ipotesi" not in f["message"]


@pytest.mark.parametrize("how", ["cades", "pades"])
def test_missing_does_not_fire_on_a_signed_a1(tmp_path: Path, how: str) -> None:
    files = ({"domanda A1.pdf.p7m": signed_a1(REP)} if how == "cades"
             else {"domanda A1.pdf": pades_sign(domanda_a1(), REP)})
    assert findings(dossier(tmp_path, files), "SIG-MISSING") == []


def test_missing_does_not_fire_when_the_document_is_absent(tmp_path: Path) -> None:
    folder = dossier(tmp_path, {})
    assert findings(folder, "SIG-MISSING") == []
    assert findings(folder, "FC4-D-DOMANDA-A1")  # the required-document rule speaks instead


def test_an_unsigned_copy_beside_a_signed_one_is_fine(tmp_path: Path) -> None:
    pdf = domanda_a1()
    folder = dossier(tmp_path, {"domanda A1.pdf": pdf, "domanda A1.pdf.p7m": cades_sign(pdf, REP)})
    assert findings(folder, "SIG-MISSING") == []
    (dup,) = findings(folder, "DOC-DUPLICATE")  # the same content twice, whichever comes second
    assert "domanda A1.pdf" in dup["document"]


def test_a_signature_requirement_by_assumption_says_so(tmp_path: Path) -> None:
    (f,) = findings(dossier(tmp_path, {"de minimis.pdf": deminimis()}), "SIG-MISSING")
    assert "ipotesi" in f["message"] and "A.2.a" in f["message"]


def test_pdf_changed_after_signing_is_not_signed(tmp_path: Path) -> None:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(pades_sign(domanda_a1(), REP)))
    writer.add_stream_to_page(0, writer.add_object(generic.StreamObject(stream_data=b"BT ET")))
    out = io.BytesIO()
    writer.write(out)
    (f,) = findings(dossier(tmp_path, {"domanda A1.pdf": out.getvalue()}), "SIG-MISSING")
    assert "modificato dopo la firma" in f["message"] and "Mario Rossi" in f["message"]


# ---------------------------------------------------------------- SIG-SIGNER-MISMATCH

def test_mismatch_fires_on_a_stranger(tmp_path: Path) -> None:
    (f,) = findings(dossier(tmp_path, {"domanda A1.pdf.p7m": signed_a1(STRANGER)}), "SIG-SIGNER-MISMATCH")
    assert f["severity"] == "warning"
    assert f["document"] == "domanda A1.pdf.p7m › domanda A1.pdf"
    assert "Giuseppe Neri (NREGPP75B12F205R)" in f["message"] and f["subject"] == "NREGPP75B12F205R"
    assert f["expected"] == "RSSMRA70A01A794H o VRDLRA80C55F205O"


@pytest.mark.parametrize("who", [REP, DELEGATE], ids=["legale-rappresentante", "delegato-cns"])
def test_mismatch_does_not_fire_on_rep_or_delegate(tmp_path: Path, who: Identity) -> None:
    assert findings(dossier(tmp_path, {"domanda A1.pdf.p7m": signed_a1(who)}), "SIG-SIGNER-MISMATCH") == []


def test_one_right_signer_among_several_is_enough(tmp_path: Path) -> None:
    both = cades_sign(domanda_a1(), STRANGER, REP)
    assert findings(dossier(tmp_path, {"domanda A1.pdf.p7m": both}), "SIG-SIGNER-MISMATCH") == []


def test_supplier_invoice_is_not_concerned(tmp_path: Path) -> None:
    folder = dossier(tmp_path, {"fattura.xml.p7m": cades_sign(fattura_xml(), STRANGER)})
    _, report = run_check(folder)
    rules = {f["rule"] for f in report["dossiers"][0]["findings"]}
    assert not rules & {"SIG-MISSING", "SIG-SIGNER-MISMATCH", "DOC-UNCLASSIFIED"}
    inventory = {d["file"]: d for d in report["dossiers"][0]["documents"]}
    item = inventory["fattura.xml.p7m › fattura.xml"]
    assert [d["type"] for d in item["documents"]] == ["fattura"]
    assert item["signers"][0]["codice_fiscale"] == "NREGPP75B12F205R"


def test_certificate_without_cf(tmp_path: Path) -> None:
    nobody = make_identity("Zoltan", "Geczi", None)
    (f,) = findings(dossier(tmp_path, {"domanda A1.pdf.p7m": signed_a1(nobody)}), "SIG-SIGNER-MISMATCH")
    assert "non riporta il codice fiscale" in f["message"]


def test_without_rep_and_delegate_cf_it_is_unverifiable(tmp_path: Path) -> None:
    folder = dossier(tmp_path, {"domanda A1.pdf.p7m": signed_a1(STRANGER)},
                     impresa__legale_rappresentante__codice_fiscale="__delete__", presentazione__delegato="__delete__")
    assert findings(folder, "SIG-SIGNER-MISMATCH") == []
    unverifiable = [f for f in findings(folder, "MAN-UNVERIFIABLE") if "SIG-SIGNER-MISMATCH" in f["message"]]
    assert len(unverifiable) == 1 and unverifiable[0]["severity"] == "warning"
    assert unverifiable[0]["expected"] == "impresa.legale_rappresentante.codice_fiscale"


# ---------------------------------------------------------------- envelopes in the scan

def test_broken_envelope_is_unreadable_with_the_reason(tmp_path: Path) -> None:
    folder = dossier(tmp_path, {"domanda.pdf.p7m": signed_a1(REP)[:300]})
    (f,) = findings(folder, "DOC-UNREADABLE")
    assert f["document"] == "domanda.pdf.p7m" and "troncata" in f["message"]


@pytest.mark.corpus
def test_corpus_fake_p7m_is_unreadable(tmp_path: Path) -> None:
    fake = (corpus_dir("fatturapa") / "IT05979361218_fake.xml.p7m").read_bytes()
    (f,) = findings(dossier(tmp_path, {"IT05979361218_fake.xml.p7m": fake}), "DOC-UNREADABLE")
    assert "non è una busta firmata" in f["message"]


def test_inner_file_of_wrong_type_is_a_type_mismatch(tmp_path: Path) -> None:
    folder = dossier(tmp_path, {"domanda.pdf.p7m": cades_sign(fattura_xml(), REP)})
    (f,) = findings(folder, "DOC-TYPE-MISMATCH")
    assert f["document"] == "domanda.pdf.p7m › domanda.pdf"


def test_broken_p7s_is_unreadable_not_unsupported(tmp_path: Path) -> None:
    folder = dossier(tmp_path, {"firma.p7s": b"non una firma\n"})
    assert findings(folder, "DOC-UNSUPPORTED") == []
    (f,) = findings(folder, "DOC-UNREADABLE")
    assert f["document"] == "firma.p7s"
