"""OCR: a 200-dpi scan of an IBAN certificate read right (the check digits prove it), images, no Tesseract."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from validator import values
from validator.extract import Cache, extract
from validator.extract import ocr as ocr_mod
from validator.extract.ocr import engine_problem, ocr_image, ocr_pdf_pages
from validator.extract.pdf import extract_pdf
from validator.models import SourceFile

from .conftest import run_check, spec_manifest, write_manifest
from .docs import image_bytes, page_images, scanned_pdf, text_pdf

IBAN = "IT60X0542811101000000123456"
LETTER = [
    "# BANCA POPOLARE DI BERGAMO S.p.A.", "", "# CERTIFICAZIONE IBAN", "",
    "Con la presente si attesta che il conto corrente n. 000000123456",
    "intestato a: Meccanica Rossi S.r.l. - P.IVA 02468130162", "",
    "IBAN: IT60 X054 2811 1010 0000 0123 456", "", "Bergamo, 20 luglio 2026",
]

needs_ocr = pytest.mark.skipif(engine_problem() is not None, reason=f"{engine_problem()}")


def _ibans(text: str) -> list[str]:
    return [code for code, _, _ in values.find_ibans(text)]


@needs_ocr
def test_iban_read_from_a_200_dpi_scan_passes_its_check_digits() -> None:
    scan = scanned_pdf(text_pdf([LETTER]), dpi=200)
    layer = extract_pdf(scan)
    assert not layer.has_text  # image only
    text = ocr_pdf_pages(scan, layer)
    assert text.pages[0].ocr and text.ocr_missing is None
    ibans = _ibans(text.pages[0].text)
    assert ibans == [IBAN]
    assert values.iban_problem(ibans[0]) is None  # mod-97 and the Italian CIN both hold


@needs_ocr
def test_images_and_multipage_tiff_and_exif_rotation() -> None:
    from PIL import Image

    image = page_images(text_pdf([LETTER]), dpi=200)[0]
    assert isinstance(image, Image.Image)
    for fmt in ("JPEG", "PNG"):
        text = ocr_image(image_bytes(image, fmt))
        assert text.method == "ocr" and IBAN in _ibans(text.pages[0].text)
    # a phone photo stored sideways, with the EXIF tag that says how to turn it
    rotated = image.rotate(90, expand=True)
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation 6: turn 90° clockwise to view
    buf = io.BytesIO()
    rotated.save(buf, format="JPEG", exif=exif.tobytes())
    assert IBAN in _ibans(ocr_image(buf.getvalue()).pages[0].text)
    # a two-page TIFF: two pages of text
    second = page_images(text_pdf([["# POLIZZA", "Scadenza: 31/12/2026"]]), dpi=200)[0]
    buf = io.BytesIO()
    image.save(buf, format="TIFF", save_all=True, append_images=[second], dpi=(200, 200))
    pages = ocr_image(buf.getvalue()).pages
    assert len(pages) == 2 and "31/12/2026" in pages[1].text


def test_broken_and_oversized_images() -> None:
    assert ocr_image(b"\xff\xd8\xff\xe0 not really a jpeg").error
    from PIL import Image

    buf = io.BytesIO()
    Image.new("L", (4000, 4000)).save(buf, format="PNG")
    assert "oltre il limite" in (ocr_image(buf.getvalue(), ocr_mod.OcrLimits(max_pixels=1_000_000)).error or "")


def test_text_pdf_never_goes_to_ocr(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: object, **kwargs: object) -> str:
        raise AssertionError("OCR called on a text page")

    monkeypatch.setattr(ocr_mod, "recognise", boom)
    pdf = text_pdf([LETTER, []])  # the empty second page has nothing drawn either
    text = ocr_pdf_pages(pdf, extract_pdf(pdf))
    assert not text.ocr_used and IBAN in _ibans(text.pages[0].text)


@needs_ocr
def test_ocr_result_is_cached_by_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    scan = scanned_pdf(text_pdf([LETTER]), dpi=200)
    file = SourceFile("scansione.pdf", None, len(scan), "ab" * 32, "pdf", "application/pdf", "pdf", payload=scan)
    cache = Cache(tmp_path / "cache")
    first = extract(file, cache)
    monkeypatch.setattr(ocr_mod, "recognise", lambda *a, **k: pytest.fail("OCR ran again"))
    assert extract(file, cache) == first and cache.hits == 1


def test_without_tesseract_the_run_goes_on_and_names_the_packages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ocr_mod.TESSERACT_ENV, str(tmp_path / "no-tesseract-here"))
    assert "tesseract-ocr tesseract-ocr-ita" in (engine_problem() or "")
    scan = scanned_pdf(text_pdf([LETTER]), dpi=100)
    text = ocr_pdf_pages(scan, extract_pdf(scan))
    assert not text.has_text and text.ocr_missing and "tesseract-ocr" in text.ocr_missing
    dossier = tmp_path / "d"
    write_manifest(dossier, spec_manifest())
    (dossier / "scansione0003.pdf").write_bytes(scan)
    code, report = run_check(dossier, "--no-cache")
    (finding,) = [f for f in report["dossiers"][0]["findings"] if f["rule"] == "DOC-NO-TEXT"]
    assert finding["severity"] == "warning" and finding["document"] == "scansione0003.pdf"
    assert "tesseract-ocr" in finding["message"] and "tesseract-ocr-ita" in finding["hint"]
    assert code == 1  # the missing documents of the manifest still block


def test_tesseract_without_italian_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = tmp_path / "tesseract"
    fake.write_text("#!/bin/sh\necho 'List of available languages (1):'\necho eng\n")
    fake.chmod(0o755)
    monkeypatch.setenv(ocr_mod.TESSERACT_ENV, str(fake))
    assert "tesseract-ocr-ita" in (engine_problem() or "")


@needs_ocr
def test_scan_that_ocr_cannot_read_gets_the_other_wording(tmp_path: Path) -> None:
    from PIL import Image

    dossier = tmp_path / "d"
    write_manifest(dossier, spec_manifest())
    buf = io.BytesIO()
    Image.new("L", (800, 1100), color=255).save(buf, format="PNG")
    (dossier / "IMG_0001.png").write_bytes(buf.getvalue())
    _, report = run_check(dossier)
    (finding,) = [f for f in report["dossiers"][0]["findings"] if f["rule"] == "DOC-NO-TEXT"]
    assert "nemmeno con l'OCR" in finding["message"]


def test_a_pdf_with_a_scanned_page_and_no_tesseract_says_which_pages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pypdf import PdfReader, PdfWriter

    monkeypatch.setenv(ocr_mod.TESSERACT_ENV, str(tmp_path / "no-tesseract-here"))
    writer = PdfWriter()
    for part in (text_pdf([LETTER]), scanned_pdf(text_pdf([LETTER]), dpi=100)):
        for page in PdfReader(io.BytesIO(part)).pages:
            writer.add_page(page)
    buf = io.BytesIO()
    writer.write(buf)
    dossier = tmp_path / "d"
    write_manifest(dossier, spec_manifest())
    (dossier / "misto.pdf").write_bytes(buf.getvalue())
    _, report = run_check(dossier, "--no-cache")
    (finding,) = [f for f in report["dossiers"][0]["findings"] if f["rule"] == "DOC-NO-TEXT"]
    assert finding["page"] == 2 and "pagina 2 senza testo leggibile" in finding["message"]
    assert "tesseract-ocr" in finding["hint"]
