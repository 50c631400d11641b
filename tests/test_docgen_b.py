"""Smoke test of the held-out document set tests/docgen/b.

Builds every case, opens it with pypdfium2 and checks that what `expect`
claims is really printed (so a generator bug cannot pass unnoticed), that the
identifiers pass their check digits unless a case says they are wrong, and
that the scan-like cases have no text layer.
"""
from __future__ import annotations

import hashlib
import os
import re
import time
import unicodedata
from collections import Counter
from datetime import date
from decimal import Decimal

import pypdfium2 as pdfium
import pytest
from schwifty import IBAN
from stdnum.it import codicefiscale, iva

try:  # tests/ is on sys.path when it has no __init__.py (pytest "prepend" import mode)
    from docgen.b import CASES, DOCTYPES, NEGATIVES, build_all
    from docgen.b.common import EN_ABBR, MESI, MESI_ABBR, eur
    from docgen.b.identity import mrz_check
except ImportError:  # pragma: no cover - if tests/ becomes a package
    from tests.docgen.b import CASES, DOCTYPES, NEGATIVES, build_all
    from tests.docgen.b.common import EN_ABBR, MESI, MESI_ABBR, eur
    from tests.docgen.b.identity import mrz_check

ALL = CASES + NEGATIVES
BY_NAME = {c.name: c for c in ALL}

# expect keys that are not printed facts (flags, notes, structure)
NOT_PRINTED = {"status", "kind", "note", "scan", "mrz", "impresa_unica", "iban_valid", "wrong_regulation",
               "cup_wrong", "expired_for_fc4", "page_count", "documents", "non_document_pages"}


# ------------------------------------------------------------------ building ----
@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("docgen_b")
    t0 = time.perf_counter()
    workers = min(4, os.cpu_count() or 1)
    paths = {c.name: p for c, p in build_all(out, workers=workers)}
    elapsed = time.perf_counter() - t0
    assert set(paths) == set(BY_NAME)
    print(f"\nbuilt {len(paths)} PDFs in {elapsed:.1f} s")
    texts = {}
    for name, p in paths.items():
        doc = pdfium.PdfDocument(str(p))
        texts[name] = [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
        doc.close()
    return paths, texts, elapsed


# ------------------------------------------------------------ normalisation ----
def _norm(s: str) -> str:
    s = s.replace("\ufffe", "").replace("\x02", "")  # pdfium marks a hyphen at a line end this way
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s.replace("’", "'").casefold()


def _squash(s: str) -> str:
    return re.sub(r"[\s'\"“”«»]", "", s)


def haystacks(text: str) -> tuple[str, str]:
    n = _norm(text)
    return _squash(n), _squash(re.sub(r"-[ \t]*\r?\n\s*", "", n))


def renderings(key: str, value) -> list[str]:
    """Every way the generators may print a value."""
    if isinstance(value, Decimal):
        v = abs(value)
        return [eur(v), eur(v, thousands="")]
    if isinstance(value, date):
        d = value
        return [d.strftime("%d/%m/%Y"), d.strftime("%d.%m.%Y"), d.strftime("%d-%m-%Y"), d.isoformat(),
                f"{d.day} {MESI[d.month - 1]} {d.year}", f"{d.day:02d} {MESI[d.month - 1]} {d.year}",
                f"{d.day:02d} {MESI_ABBR[d.month - 1]}/{EN_ABBR[d.month - 1]} {d.year}", d.strftime("%d/%m/%y")]
    if key == "period":
        y, m = value
        return [f"{MESI[m - 1]} {y}", f"{m:02d}/{y}", f"{m:02d}.{y}", f"{y}-{m:02d}", f"01.{m:02d}.{y}",
                f"{MESI_ABBR[m - 1]} {y}"]
    if key == "contract":
        return [value.replace("_", " ")]
    if key == "status":
        return ["esegu"] if value == "eseguito" else []
    return [str(value)]


def assert_printed(key: str, value, text: str, where: str) -> None:
    if value is None or isinstance(value, bool) or key in NOT_PRINTED:
        return
    if isinstance(value, list):
        for v in value:
            assert_printed(key, v, text, where)
        return
    hay = haystacks(text)
    cands = [_squash(_norm(r)) for r in renderings(key, value)]
    assert any(c and c in h for c in cands for h in hay), f"{where}: {key}={value!r} not found in the text layer"


# ------------------------------------------------------------------- inventory ----
def test_inventory():
    names = [c.name for c in ALL]
    assert len(names) == len(set(names)), "case names must be unique (they are file names)"
    counts = Counter(c.doctype for c in CASES)
    for t in DOCTYPES:
        assert counts[t] >= 3, f"{t}: only {counts[t]} variants"
    assert set(counts) == set(DOCTYPES)
    assert all(c.doctype is None for c in NEGATIVES) and len(NEGATIVES) >= 10
    scans = [c for c in CASES if c.name.endswith("-scan")]
    assert len(scans) == 3 and all(c.expect.get("scan") is True for c in scans)
    receipts = [c for c in CASES if c.doctype == "ricevuta_bonifico" and not c.expect.get("scan")]
    executed_banks = {c.expect["bank"] for c in receipts if c.expect["status"] == "eseguito"}
    assert len(executed_banks) >= 3
    assert sum(c.expect["status"] == "ordine" for c in receipts) >= 2
    multi = Counter(c.doctype for c in CASES if c.expect.get("page_count", 1) > 1)
    for t in DOCTYPES:
        assert multi[t] >= 2, f"{t}: fewer than two multi-page variants"


# ----------------------------------------------------------------- identifiers ----
def _walk(d: dict):
    for k, v in d.items():
        if isinstance(v, dict):
            yield from _walk(v)
        elif isinstance(v, list):
            for x in v:
                if isinstance(x, dict):
                    yield from _walk(x)
                else:
                    yield k, x
        else:
            yield k, v


@pytest.mark.parametrize("case", ALL, ids=lambda c: c.name)
def test_identifiers_pass_check_digits(case):
    e = case.expect
    for k, v in _walk(e):
        if not isinstance(v, str) or k.endswith("_printed"):
            continue
        if k.endswith("cf") or k == "cf":
            ok = codicefiscale.is_valid(v) if len(v) == 16 else iva.is_valid(v)
            assert ok, f"{k}={v} fails its check digit"
        elif "piva" in k or k == "partita_iva":
            assert iva.is_valid(v), f"{k}={v} fails its check digit"
        elif k == "iban":
            valid = True
            try:
                IBAN(v, validate_bban=True)
            except Exception:
                valid = False
            assert valid is e.get("iban_valid", True), f"iban {v}: valid={valid}, expected {e.get('iban_valid', True)}"
    for line in e.get("mrz_lines", []):
        assert len(line) in (30, 44)
    lines = e.get("mrz_lines")
    if lines and len(lines) == 3:  # TD1
        assert mrz_check(lines[0][5:14]) == lines[0][14]
        assert mrz_check(lines[1][0:6]) == lines[1][6] and mrz_check(lines[1][8:14]) == lines[1][14]
        assert mrz_check(lines[0][5:30] + lines[1][0:7] + lines[1][8:15] + lines[1][18:29]) == lines[1][29]
    if lines and len(lines) == 2:  # TD3
        l2 = lines[1]
        assert mrz_check(l2[0:9]) == l2[9] and mrz_check(l2[13:19]) == l2[19] and mrz_check(l2[21:27]) == l2[27]
        assert mrz_check(l2[0:10] + l2[13:20] + l2[21:43]) == l2[43]


# --------------------------------------------------------------- PDF content ----
@pytest.mark.parametrize("case", ALL, ids=lambda c: c.name)
def test_pdf_opens_and_text_matches_expect(case, built):
    _paths, texts, _ = built
    pages = texts[case.name]
    assert pages, "no pages"
    if "page_count" in case.expect:
        assert len(pages) == case.expect["page_count"]
    full = "\n".join(pages)
    if case.expect.get("scan"):
        assert full.strip() == "", "a scan-like case must have no text layer"
        return
    assert len(full.strip()) > 80, "text layer is (nearly) empty"
    for k, v in case.expect.items():
        assert_printed(k, v, full, case.name)
    for doc in case.expect.get("documents", []):
        a, b = doc["pages"]
        part = "\n".join(pages[a - 1:b])
        for k, v in doc.items():
            if k != "pages":
                assert_printed(k, v, part, f"{case.name} pages {a}-{b}")
    for p in case.expect.get("non_document_pages", []):
        for doc in case.expect["documents"]:
            assert doc["worker_cf"] not in pages[p - 1]


def test_status_words_of_orders(built):
    _, texts, _ = built
    for c in CASES:
        if c.doctype == "ricevuta_bonifico" and c.expect.get("status") == "ordine":
            assert c.expect["cro_trn"] is None
            assert_printed("state_word", c.expect["state_word"], "\n".join(texts[c.name]), c.name)


def test_build_time(built):
    _, _, elapsed = built
    assert elapsed < 90, f"building the set took {elapsed:.1f} s"  # about 12 s on one idle core


def test_deterministic(tmp_path):
    picks = [BY_NAME[n] for n in ("fattura-ade-stylesheet-causale-200", "lul-valbrembana-3x2",
                                  "bonifico-camuna-eseguito-scan")]
    for c in picks:
        a = c.build(tmp_path / "a")
        b = c.build(tmp_path / "b")
        assert hashlib.sha256(a.read_bytes()).digest() == hashlib.sha256(b.read_bytes()).digest(), c.name
