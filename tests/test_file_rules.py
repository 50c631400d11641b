"""DOC-* rules on files themselves, each firing where it must and quiet where it must not."""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from .conftest import corpus_dir, run_check, spec_manifest, write_manifest
from .docs import text_pdf


def _findings(folder: Path, rule: str) -> list[dict[str, Any]]:
    _, report = run_check(folder)
    return [f for f in report["dossiers"][0]["findings"] if f["rule"] == rule]


@pytest.fixture
def dossier(tmp_path: Path) -> Path:
    folder = tmp_path / "cliente"
    write_manifest(folder, spec_manifest())
    return folder


def _pdf(title: str = "Documento") -> bytes:
    return text_pdf([[f"# {title}", "Testo di prova di un documento qualsiasi."]])


def _jpeg() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (40, 40), "white").save(buf, "JPEG")
    return buf.getvalue()


def _png() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (40, 40), "white").save(buf, "PNG")
    return buf.getvalue()


def test_empty_file(dossier: Path) -> None:
    (dossier / "vuoto.pdf").write_bytes(b"")
    assert [f["document"] for f in _findings(dossier, "DOC-EMPTY")] == ["vuoto.pdf"]


def test_no_empty_file_no_finding(dossier: Path) -> None:
    (dossier / "pieno.pdf").write_bytes(_pdf())
    assert _findings(dossier, "DOC-EMPTY") == []


@pytest.mark.parametrize(
    ("name", "content", "severity"),
    [
        ("fattura.pdf", b"<!DOCTYPE html><html><body>Fattura</body></html>", "blocking"),
        ("carta identita.pdf", None, "blocking"),  # a JPEG saved as .pdf
        ("allegati.pdf", b"PK\x03\x04" + b"\x00" * 100, "blocking"),
        ("foto.jpg", "png", "warning"),  # a PNG saved as .jpg: a mere image mix-up
    ],
)
def test_content_that_is_not_what_the_extension_says(dossier: Path, name: str, content: Any,
                                                     severity: str) -> None:
    data = _jpeg() if content is None else _png() if content == "png" else content
    (dossier / name).write_bytes(data)
    found = _findings(dossier, "DOC-TYPE-MISMATCH")
    assert [(f["document"], f["severity"]) for f in found] == [(name, severity)]


def test_right_extensions_raise_no_mismatch(dossier: Path) -> None:
    (dossier / "a.pdf").write_bytes(_pdf())
    (dossier / "b.jpg").write_bytes(_jpeg())
    (dossier / "c.png").write_bytes(_png())
    assert _findings(dossier, "DOC-TYPE-MISMATCH") == []


def test_truncated_pdf_is_unreadable(dossier: Path) -> None:
    data = _pdf()
    (dossier / "troncato.pdf").write_bytes(data[: len(data) // 3])
    found = _findings(dossier, "DOC-UNREADABLE")
    assert [f["document"] for f in found] == ["troncato.pdf"]
    assert found[0]["found"]


def test_whole_pdf_is_readable(dossier: Path) -> None:
    (dossier / "intero.pdf").write_bytes(_pdf())
    assert _findings(dossier, "DOC-UNREADABLE") == []


def _encrypt(data: bytes, user: str, owner: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user, owner_password=owner, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_password_to_open_is_encrypted(dossier: Path) -> None:
    (dossier / "protetto.pdf").write_bytes(_encrypt(_pdf(), "segreta", "proprietario"))
    assert [f["document"] for f in _findings(dossier, "DOC-ENCRYPTED")] == ["protetto.pdf"]


def test_owner_password_alone_is_no_finding(dossier: Path) -> None:
    (dossier / "permessi.pdf").write_bytes(_encrypt(_pdf(), "", "proprietario"))
    assert _findings(dossier, "DOC-ENCRYPTED") == []
    assert _findings(dossier, "DOC-UNREADABLE") == []


def test_duplicate_content(dossier: Path) -> None:
    (dossier / "a.pdf").write_bytes(_pdf())
    (dossier / "sub").mkdir()
    (dossier / "sub" / "copia di a.pdf").write_bytes(_pdf())
    found = _findings(dossier, "DOC-DUPLICATE")
    assert [f["document"] for f in found] == ["sub/copia di a.pdf"]
    assert "a.pdf" in found[0]["message"]


def test_different_content_is_no_duplicate(dossier: Path) -> None:
    (dossier / "a.pdf").write_bytes(_pdf("Uno"))
    (dossier / "b.pdf").write_bytes(_pdf("Due"))
    assert _findings(dossier, "DOC-DUPLICATE") == []


def test_unclassified_readable_file(dossier: Path) -> None:
    (dossier / "menu mensa.pdf").write_bytes(_pdf("Menù della mensa aziendale"))
    found = _findings(dossier, "DOC-UNCLASSIFIED")
    assert [(f["document"], f["severity"]) for f in found] == [("menu mensa.pdf", "info")]


@pytest.mark.corpus
def test_real_non_dossier_pdfs_are_unclassified(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    write_manifest(folder, spec_manifest())
    names = ["samplefiles__multicolumn.pdf", "pypdf__GeoBase_NHNC1_Data_Model_UML_EN.pdf",
             "it__corti2021__bando.pdf", "it__clickday__Privacy_Policy_CLICKDAYATS_2017.pdf"]
    for n in names:
        shutil.copy(corpus_dir("pdf_real") / n, folder / n)
    assert sorted(f["document"] for f in _findings(folder, "DOC-UNCLASSIFIED")) == sorted(names)


def test_recognised_document_is_not_unclassified(dossier: Path) -> None:
    (dossier / "x.pdf").write_bytes(text_pdf([[
        "# Dichiarazione sostitutiva - Allegato A.2.a", "Aiuti «de minimis» - Regolamento (UE) 2023/2831",
        "L'impresa unica Meccanica Rossi S.r.l. dichiara..."]]))
    assert _findings(dossier, "DOC-UNCLASSIFIED") == []


@pytest.mark.parametrize(("name", "data"), [("bilancio.xlsx", b"PK\x03\x04" + b"\x00" * 64),
                                            ("lettera.docx", b"PK\x03\x04word/" + b"\x00" * 64),
                                            ("note.txt", b"appunti del consulente\n")])
def test_formats_the_platform_does_not_take(dossier: Path, name: str, data: bytes) -> None:
    (dossier / name).write_bytes(data)
    found = _findings(dossier, "DOC-UNSUPPORTED")
    assert [(f["document"], f["severity"]) for f in found] == [(name, "warning")]


def test_accepted_formats_are_not_unsupported(dossier: Path) -> None:
    (dossier / "a.pdf").write_bytes(_pdf())
    (dossier / "b.jpg").write_bytes(_jpeg())
    assert _findings(dossier, "DOC-UNSUPPORTED") == []


def test_symlink_out_of_the_dossier_is_not_followed(dossier: Path, tmp_path: Path) -> None:
    secret = tmp_path / "altro cliente.pdf"
    secret.write_bytes(_pdf("Altro cliente"))
    os.symlink(secret, dossier / "collegamento.pdf")
    os.symlink("/etc/passwd", dossier / "passwd.pdf")
    found = _findings(dossier, "DOC-SYMLINK")
    assert sorted(f["document"] for f in found) == ["collegamento.pdf", "passwd.pdf"]
    _, report = run_check(dossier)
    files = {d["file"] for d in report["dossiers"][0]["documents"]}
    assert "collegamento.pdf" not in files and "passwd.pdf" not in files


def test_symlink_inside_the_dossier_is_fine(dossier: Path) -> None:
    (dossier / "vero.pdf").write_bytes(_pdf())
    os.symlink(dossier / "vero.pdf", dossier / "alias.pdf")
    assert _findings(dossier, "DOC-SYMLINK") == []


def test_image_only_pdf_without_text(dossier: Path) -> None:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (800, 1100), "white").save(buf, "PDF", resolution=100)
    (dossier / "pagina bianca.pdf").write_bytes(buf.getvalue())
    found = _findings(dossier, "DOC-NO-TEXT")
    assert [(f["document"], f["severity"]) for f in found] == [("pagina bianca.pdf", "warning")]


def test_text_pdf_has_text(dossier: Path) -> None:
    (dossier / "testo.pdf").write_bytes(_pdf())
    assert _findings(dossier, "DOC-NO-TEXT") == []


def test_missing_manifest(tmp_path: Path) -> None:
    folder = tmp_path / "senza"
    folder.mkdir()
    (folder / "a.pdf").write_bytes(_pdf())
    code, report = run_check(folder)
    rules = [f["rule"] for f in report["dossiers"][0]["findings"]]
    assert code == 1 and "MAN-MISSING" in rules and report["dossiers"][0]["bando"] is None
