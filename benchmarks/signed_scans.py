"""Measure OCR per page (cold and cached) and .p7m unwrapping.

    .venv/bin/python benchmarks/signed_scans.py

OCR: a 3-page Italian letter scanned at 200 dpi (image-only PDF) goes through the
extractor with the cache off (cold, what --no-cache costs), then into an empty cache
and again from it (what a second run on an unchanged dossier costs). Unwrap: every
.p7m of ../shared/corpus and generated envelopes of 1 and 20 MB. Temporary files live
in a private temp dir removed at the end.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.docs import scanned_pdf, text_pdf  # noqa: E402
from tests.signing import cades_sign, make_identity  # noqa: E402
from validator.extract import Cache, extract  # noqa: E402
from validator.extract.ocr import engine_problem  # noqa: E402
from validator.models import SourceFile  # noqa: E402
from validator.unwrap import unwrap  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
PAGE = ["# BANCA POPOLARE DI BERGAMO S.p.A.", "# CERTIFICAZIONE IBAN", "",
        "Con la presente si attesta che il conto corrente n. 000000123456",
        "intestato a: Meccanica Rossi S.r.l. - P.IVA 02468130162",
        "IBAN: IT60 X054 2811 1010 0000 0123 456", "BIC/SWIFT: BEPOIT21", "Bergamo, 20 luglio 2026"] * 3


def ocr(tmp: Path) -> None:
    problem = engine_problem()
    if problem:
        print(f"OCR: skipped ({problem})")
        return
    pages = 3
    scan = scanned_pdf(text_pdf([PAGE] * pages), dpi=200)
    file = SourceFile("scan.pdf", None, len(scan), "b" * 64, "pdf", "application/pdf", "pdf", payload=scan)
    cold = []
    for _ in range(3):
        start = time.perf_counter()
        extract(file, Cache(enabled=False))
        cold.append(time.perf_counter() - start)
    cache = Cache(tmp / "cache")
    extract(file, cache)
    cached = []
    for _ in range(20):
        start = time.perf_counter()
        extract(file, cache)
        cached.append(time.perf_counter() - start)
    print(f"OCR, {pages} pages scanned at 200 dpi, rendered at 300 dpi for Tesseract (-l ita):")
    print(f"  cold   (--no-cache): {statistics.median(cold) / pages:.2f} s/page (median of 3 runs)")
    print(f"  cached             : {statistics.median(cached) / pages * 1000:.2f} ms/page (median of 20)")


def unwrap_times() -> None:
    me = make_identity("Mario", "Rossi", "RSSMRA70A01A794H")
    cases = {p.name: p.read_bytes() for p in sorted(CORPUS.glob("*/*.p7m"))} if CORPUS.is_dir() else {}
    for mb in (1, 20):
        cases[f"generated {mb} MB .pdf.p7m"] = cades_sign(b"%PDF-1.4\n" + b"0" * (mb * 1024 * 1024), me)
        cases[f"generated {mb} MB base64 .p7m"] = cades_sign(b"%PDF-1.4\n" + b"0" * (mb * 1024 * 1024), me,
                                                             base64=True)
    print("Unwrap (asn1crypto), median of 10:")
    for name, data in cases.items():
        runs = []
        for _ in range(10):
            start = time.perf_counter()
            unwrap(data)
            runs.append(time.perf_counter() - start)
        print(f"  {name:45s} {len(data) / 1024:9.0f} KB  {statistics.median(runs) * 1000:8.2f} ms")


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="dossier-check-bench-") as tmp:
        ocr(Path(tmp))
    unwrap_times()


if __name__ == "__main__":
    main()
