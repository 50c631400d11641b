"""Which PDF text extractor for the fast path: speed and correctness on real PDFs.

Measures pypdfium2, pypdf and pdfplumber (and poppler's pdftotext as the reference)
on ../shared/corpus/pdf_real: wall time, pages per second, ratio to the reference,
and word recall against pdftotext (how many of the reference's words each one finds,
in order-insensitive bags of words); then, on ../shared/corpus/pdf_malformed, how many
files each one opens without raising.

usage: .venv/bin/python benchmarks/extractors.py [--repeat N]
"""

from __future__ import annotations

import argparse
import collections
import io
import logging
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
logging.disable(logging.WARNING)


def pdfium_pages(data: bytes) -> list[str]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    try:
        out = []
        for i in range(len(doc)):
            page = doc[i]
            tp = page.get_textpage()
            out.append(tp.get_text_range())
            tp.close()
            page.close()
        return out
    finally:
        doc.close()


def pypdf_pages(data: bytes) -> list[str]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        reader.decrypt("")
    return [p.extract_text() or "" for p in reader.pages]


def plumber_pages(data: bytes) -> list[str]:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [p.extract_text() or "" for p in pdf.pages]


def pdftotext_pages(data: bytes) -> list[str]:
    proc = subprocess.run(["pdftotext", "-q", "-", "-"], input=data, capture_output=True, timeout=60)
    if proc.returncode != 0:
        raise RuntimeError(f"pdftotext exit {proc.returncode}")
    return proc.stdout.decode("utf-8", "replace").split("\f")[:-1] or [""]


EXTRACTORS: dict[str, Callable[[bytes], list[str]]] = {
    "pypdfium2": pdfium_pages,
    "pypdf": pypdf_pages,
    "pdfplumber": plumber_pages,
}


def words(text: str) -> collections.Counter[str]:
    return collections.Counter(w.lower() for w in re.findall(r"\w{2,}", text))


def recall(found: collections.Counter[str], reference: collections.Counter[str]) -> float:
    total = sum(reference.values())
    if total == 0:
        return 1.0
    return sum(min(found[w], n) for w, n in reference.items()) / total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="timing runs (best is kept)")
    args = parser.parse_args()
    real = sorted((CORPUS / "pdf_real").glob("*.pdf"))
    malformed = sorted((CORPUS / "pdf_malformed").glob("*.pdf"))
    if not real:
        print("../shared/corpus/pdf_real not found: nothing to measure", file=sys.stderr)
        return 1
    blobs = {p: p.read_bytes() for p in real}
    have_poppler = shutil.which("pdftotext") is not None
    reference = {p: words("\n".join(pdftotext_pages(b))) for p, b in blobs.items()} if have_poppler else {}

    print(f"{len(real)} real PDFs, {len(malformed)} malformed PDFs; best of {args.repeat} runs\n")
    rows = []
    candidates = dict(EXTRACTORS)
    if have_poppler:
        candidates["pdftotext (reference)"] = pdftotext_pages
    for name, fn in candidates.items():
        best = float("inf")
        pages = 0
        texts: dict[Path, str] = {}
        for _ in range(args.repeat):
            start = time.perf_counter()
            pages = 0
            for p, data in blobs.items():
                try:
                    out = fn(data)
                except Exception:
                    out = []
                pages += len(out)
                texts[p] = "\n".join(out)
            best = min(best, time.perf_counter() - start)
        rec = (sum(recall(words(texts[p]), reference[p]) for p in real) / len(real)) if reference else float("nan")
        opened = 0
        for p in malformed:
            try:
                if fn(p.read_bytes()) is not None:
                    opened += 1
            except Exception:
                pass
        rows.append((name, best, pages, rec, opened))

    fastest = min(r[1] for r in rows)
    ref_time = next((r[1] for r in rows if r[0].startswith("pdftotext")), None)
    print(f"{'extractor':24} {'time s':>8} {'pages/s':>8} {'x fastest':>9} {'x pdftotext':>11} "
          f"{'word recall':>11} {'malformed opened':>17}")
    for name, t, pages, rec, opened in rows:
        vs_ref = f"{t / ref_time:.2f}" if ref_time else "-"
        print(f"{name:24} {t:8.3f} {pages / t:8.0f} {t / fastest:9.1f} {vs_ref:>11} {rec:11.3f} "
              f"{opened:>8}/{len(malformed)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
