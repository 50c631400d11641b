"""--format pdf: the HTML report printed to A4 PDF with WeasyPrint, offline.

WeasyPrint (a maintained, pure-Python renderer) lays out the same page with its print
stylesheet (`@media print`, `@page A4`); it needs Pango from Debian (`libpango-1.0-0`,
`libpangoft2-1.0-0`, installed by scripts/setup) and the optional dependency
`dossier-check[pdf]`. It fetches nothing: every URL is refused, and the page has none.
Without it, `--format pdf` stops with exit 2 and says what to install; the HTML report's
print stylesheet still gives the same A4 layout from any browser («Stampa › Salva come PDF»).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from ..catalog import Catalog
from ..models import RunResult
from .html import HtmlReporter

INSTALL_HINT = ("per --format pdf servono WeasyPrint (pip install 'dossier-check[pdf]', già incluso in scripts/setup) "
                "e Pango (sudo apt-get install libpango-1.0-0 libpangoft2-1.0-0); in alternativa aprite il report "
                "HTML e usate «Stampa › Salva come PDF» del browser")


class PdfUnavailable(Exception):
    """The PDF renderer cannot run here (not installed, or a system library is missing)."""


def _no_fetch(url: str, *args: Any, **kwargs: Any) -> Any:
    raise ValueError(f"dossier-check: nessun accesso alla rete o ai file dal PDF ({url[:60]})")


def html_to_pdf(html: str) -> bytes:
    try:
        import weasyprint
    except (ImportError, OSError) as exc:  # OSError: Pango is not installed
        raise PdfUnavailable(f"{INSTALL_HINT} ({type(exc).__name__}: {exc})") from None
    # it warns about screen-only CSS (overflow-x, screen media queries): expected, not the operator's business
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    data = weasyprint.HTML(string=html, url_fetcher=_no_fetch).write_pdf()
    assert isinstance(data, bytes)
    return data


class PdfReporter:
    extension = "pdf"

    def __init__(self, catalog: Catalog | None = None) -> None:
        self.html = HtmlReporter(catalog)

    def write(self, result: RunResult, out_dir: Path) -> Path:
        """One PDF per dossier, beside where its HTML page would be; returns the first."""
        out_dir.mkdir(parents=True, exist_ok=True)
        names = self.html.file_names(result)
        written: list[Path] = []
        for d in result.dossiers:
            path = out_dir / (names[d.path].removesuffix(".html") + ".pdf")
            path.write_bytes(html_to_pdf(self.html.render_dossier(d, result)))
            written.append(path)
        return written[0]
