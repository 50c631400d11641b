"""OCR with Tesseract (Italian language data) for scans: image-only PDF pages and JPEG/PNG/TIFF.

Tesseract runs as a subprocess (`tesseract stdin stdout -l ita`), one page at a
time, with a timeout per page and a time budget per file. Only pages without a
text layer are read, so text PDFs never pay for it. Without the `tesseract`
program or its `ita` data the extraction still returns, with `ocr_missing` saying
which Debian packages to install; the file then gets DOC-NO-TEXT.
"""

from __future__ import annotations

import functools
import io
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace

from ..models import FileText, PageText

DEBIAN_PACKAGES = "tesseract-ocr tesseract-ocr-ita"
TESSERACT_ENV = "DOSSIER_CHECK_TESSERACT"  # path of the tesseract program (default: found on PATH)


@dataclass(frozen=True)
class OcrLimits:
    dpi: int = 300  # rendering of PDF pages; 300 dpi is what Tesseract is trained for
    max_pixels: int = 50_000_000  # per page or image; larger pages are rendered smaller
    page_timeout: float = 90.0  # seconds for one page
    file_budget: float = 900.0  # seconds of OCR for one file (a 2,000-page scanned LUL will not fit)
    max_pages: int = 500


def _program() -> str:
    return os.environ.get(TESSERACT_ENV) or "tesseract"


@functools.lru_cache(maxsize=4)
def _problem_for(program: str) -> str | None:
    exe = shutil.which(program)
    if exe is None:
        return f"OCR non disponibile: programma tesseract non installato (pacchetti Debian {DEBIAN_PACKAGES})"
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        return f"OCR non disponibile: tesseract non si avvia ({exc}; pacchetti Debian {DEBIAN_PACKAGES})"
    langs = {line.strip() for line in (out.stdout + out.stderr).splitlines()}
    if "ita" not in langs:
        return "OCR non disponibile: manca la lingua italiana di Tesseract (pacchetto Debian tesseract-ocr-ita)"
    return None


def engine_problem() -> str | None:
    """None when Tesseract with Italian is usable; otherwise why not, naming the packages."""
    return _problem_for(_program())


def recognise(image: object, dpi: int | None, limits: OcrLimits = OcrLimits()) -> str:
    """Text of one page image (a Pillow image), Italian language model."""
    from PIL import Image

    assert isinstance(image, Image.Image)
    buf = io.BytesIO()
    image.save(buf, format="PNG", compress_level=1)
    exe = shutil.which(_program()) or _program()
    # --psm 4 (one column of lines of varying size) keeps a form's label and value on one line,
    # where the automatic layout (3) reads a two-column form as all labels, then all values
    cmd = [exe, "stdin", "stdout", "-l", "ita", "--psm", "4"]
    if dpi:
        cmd += ["--dpi", str(dpi)]
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}  # one thread per page: no oversubscription in batches
    out = subprocess.run(cmd, input=buf.getvalue(), capture_output=True, timeout=limits.page_timeout,
                         env=env, check=False)
    return out.stdout.decode("utf-8", errors="replace").replace("\f", "").strip()


def _prepared(image: object, max_pixels: int) -> object:
    from PIL import Image, ImageOps

    assert isinstance(image, Image.Image)
    image = ImageOps.exif_transpose(image) or image
    if image.width * image.height > max_pixels:
        factor = (max_pixels / (image.width * image.height)) ** 0.5
        image = image.resize((max(1, int(image.width * factor)), max(1, int(image.height * factor))))
    return image.convert("L")


def ocr_image(data: bytes, limits: OcrLimits = OcrLimits()) -> FileText:
    """JPEG, PNG or TIFF (every frame of a multi-page TIFF is a page)."""
    from PIL import Image, ImageSequence, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as img:
            if img.width * img.height > limits.max_pixels * 4:
                return FileText((), "ocr", error=f"immagine di {img.width}×{img.height} pixel, oltre il limite")
            problem = engine_problem()
            frames = []
            for i, frame in enumerate(ImageSequence.Iterator(img)):
                if i >= limits.max_pages:
                    break
                frames.append((_prepared(frame.copy(), limits.max_pixels), _dpi(frame)))
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError, SyntaxError) as exc:
        return FileText((), "ocr", error=f"immagine illeggibile o danneggiata ({type(exc).__name__})")
    if problem:
        return FileText(tuple(PageText(i + 1, "") for i in range(len(frames))), "none", ocr_missing=problem)
    pages, missing = _run(((i + 1, img, dpi) for i, (img, dpi) in enumerate(frames)), limits)
    return FileText(tuple(pages), "ocr", ocr_missing=missing)


def _dpi(frame: object) -> int | None:
    info = getattr(frame, "info", {}) or {}
    dpi = info.get("dpi")
    try:
        value = round(float(dpi[0])) if dpi else 0
    except (TypeError, ValueError, IndexError):
        value = 0
    return value if 70 <= value <= 1200 else None


def ocr_pdf_pages(data: bytes, text: FileText, limits: OcrLimits = OcrLimits()) -> FileText:
    """Fill the pages that have no text layer (and something drawn on them) with OCR text."""
    blank = [p.number for p in text.pages if not p.text.strip()]
    if not blank or text.error:
        return text
    candidates = _drawn_pages(data, blank)
    if not candidates:
        return text
    problem = engine_problem()
    if problem:
        return replace(text, ocr_missing=problem)
    found, missing = _run(_rendered(data, candidates, limits), limits)
    by_number = {p.number: p for p in found}
    pages = tuple(by_number.get(p.number, p) for p in text.pages)
    return replace(text, pages=pages, ocr_missing=missing)


def _drawn_pages(data: bytes, numbers: list[int]) -> list[int]:
    """Pages with at least one object: a truly empty page is not worth a second of OCR."""
    import pypdfium2 as pdfium

    out = []
    doc = pdfium.PdfDocument(data)
    try:
        for n in numbers:
            page = doc[n - 1]
            try:
                if next(iter(page.get_objects(max_depth=1)), None) is not None:
                    out.append(n)
            finally:
                page.close()
    finally:
        doc.close()
    return out


def _rendered(data: bytes, numbers: list[int], limits: OcrLimits) -> Iterator[tuple[int, object, int]]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    try:
        for n in numbers[: limits.max_pages]:
            page = doc[n - 1]
            try:
                w, h = page.get_size()
                scale = limits.dpi / 72
                pixels = (w * scale) * (h * scale)
                if pixels > limits.max_pixels:
                    scale *= (limits.max_pixels / pixels) ** 0.5
                image = page.render(scale=scale, grayscale=True).to_pil()
            finally:
                page.close()
            yield n, image, round(scale * 72)
    finally:
        doc.close()


def _run(pages: Iterator[tuple[int, object, int | None]], limits: OcrLimits) -> tuple[list[PageText], str | None]:
    start = time.monotonic()
    out: list[PageText] = []
    for number, image, dpi in pages:
        if time.monotonic() - start > limits.file_budget:
            return out, (f"OCR interrotto dopo {len(out)} pagine: tempo massimo di "
                         f"{int(limits.file_budget)} secondi per file")
        try:
            text = recognise(image, dpi, limits)
        except subprocess.TimeoutExpired:
            text = ""
        except OSError as exc:
            return out, f"OCR non riuscito ({exc})"
        out.append(PageText(number, text, ocr=True))
    return out, None
