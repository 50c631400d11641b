"""Small test documents: text PDFs written with reportlab, and the same turned into scans.

A scan is made as a scanner would: the page rendered to a grey image at a given
resolution, saved as JPEG, and wrapped in an image-only PDF (no text layer).
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence

Page = Sequence[str]


def text_pdf(pages: Iterable[Page], title: str = "documento") -> bytes:
    """One PDF page per list of lines; a line starting with '# ' is a heading."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    _, height = A4
    for lines in pages:
        y = height - 72
        for line in lines:
            if line.startswith("# "):
                c.setFont("Helvetica-Bold", 14)
                c.drawString(60, y, line[2:])
                y -= 24
            else:
                c.setFont("Helvetica", 11)
                c.drawString(60, y, line)
                y -= 17
        c.showPage()
    c.save()
    return buf.getvalue()


def page_images(pdf: bytes, dpi: int = 200) -> list[object]:
    """Grey Pillow images of the pages, at the given resolution."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        return [doc[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for i in range(len(doc))]
    finally:
        doc.close()


def image_bytes(image: object, fmt: str = "JPEG", dpi: int = 200) -> bytes:
    from PIL import Image

    assert isinstance(image, Image.Image)
    buf = io.BytesIO()
    if fmt == "JPEG":
        image.save(buf, format="JPEG", quality=85, dpi=(dpi, dpi))
    else:
        image.save(buf, format=fmt, dpi=(dpi, dpi))
    return buf.getvalue()


def scanned_pdf(pdf: bytes, dpi: int = 200) -> bytes:
    """The document as an image-only PDF, as a scanner at `dpi` would make it."""
    from PIL import Image

    images = [Image.open(io.BytesIO(image_bytes(im, "JPEG", dpi))) for im in page_images(pdf, dpi)]
    buf = io.BytesIO()
    images[0].save(buf, format="PDF", save_all=True, append_images=images[1:], resolution=float(dpi))
    return buf.getvalue()
