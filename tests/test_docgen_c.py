"""Author C's held-out set (tests/heldout_c): every committed PDF opens, and every fact that cases.yaml promises is
really printed in its text layer, on the right pages, with valid check digits. No Chromium needed: the PDFs are
committed. This file checks the generator only; it never runs the classifier (see tests/docgen/c/README.md)."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter
from decimal import Decimal
from functools import cache
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import yaml
from schwifty import IBAN
from stdnum.it import codicefiscale, iva

HELDOUT = Path(__file__).resolve().parent / "heldout_c"
CASES: list[dict] = yaml.safe_load((HELDOUT / "cases.yaml").read_text(encoding="utf-8"))
DOCTYPES = {"domanda_a1", "deminimis_a2a", "delega_a3", "iscrizione_a4", "sedi_ausiliarie", "certificazione_iban",
            "polizza_catastrofale", "cob", "contratto_lavoro", "cedolino", "attribuzione_piva", "iscrizione_inps_gs",
            "documento_identita", "domanda_a6", "fattura", "ricevuta_bonifico", "estratto_conto", "lul", "timbrature"}
KEYS = {"iban", "status", "valid_until", "period", "worker_cf", "documents", "cup", "id_voucher", "id_edizione",
        "total", "taxable", "trn", "amount", "codice_cob"}
MESI = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
        "novembre", "dicembre"]
ABBR_IT = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]
ABBR_EN = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
EXECUTED = ("eseguit", "accreditat", "completat")
ORDER = ("attesa di firma", "programmat", "da autorizzare", "non ancora eseguit")


@cache
def pages(file: str) -> tuple[str, ...]:
    pdf = pdfium.PdfDocument(str(HELDOUT / file))
    try:
        return tuple(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def compact(text: str) -> str:
    """Lower case; line breaks, soft hyphens (pdfium reports U+FFFE) and all whitespace removed."""
    text = re.sub(r"[\ufffe\u00ad\u2010]", "", text)
    return re.sub(r"\s+", "", text).lower()


def flat(text: str) -> str:
    return " ".join(re.sub(r"[\ufffe\u00ad]", "", text).split()).lower()


def amount_forms(value: str) -> list[str]:
    q = Decimal(value).quantize(Decimal("0.01"))
    whole, cents = f"{q:.2f}".split(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    return [f"{grouped},{cents}", f"{whole},{cents}"]


def date_forms(iso: str) -> list[str]:
    x = dt.date.fromisoformat(iso)
    dd, mm, yy = f"{x.day:02d}", f"{x.month:02d}", str(x.year)
    return [f"{dd}/{mm}/{yy}", f"{dd}.{mm}.{yy}", f"{dd}-{mm}-{yy}", f"{x.day}{MESI[x.month - 1]}{yy}",
            f"{dd}{MESI[x.month - 1]}{yy}", f"{dd}{ABBR_IT[x.month - 1]}/{ABBR_EN[x.month - 1]}{yy}"]


def period_forms(period: str) -> list[str]:
    year, month = (int(p) for p in period.split("-"))
    return [f"{MESI[month - 1]}{year}", f"{month:02d}/{year}", f"{year}-{month:02d}", f"{MESI[month - 1]}/{year}"]


def assert_in(needles: list[str], text: str, what: str, case: dict) -> None:
    hay = compact(text)
    where = f"{case['name']} ({case['file']})"
    assert any(compact(n) in hay for n in needles), f"{where}: {what} {needles[0]!r} not printed"


# ----------------------------------------------------------------------------- the set as a whole

def test_cases_yaml_matches_folder() -> None:
    files = [c["file"] for c in CASES]
    assert len(files) == len(set(files)), "a file is listed twice"
    assert len({c["name"] for c in CASES}) == len(CASES), "a case name is used twice"
    on_disk = {p.name for p in HELDOUT.glob("*.pdf")}
    assert on_disk == set(files), f"unlisted: {on_disk - set(files)}; missing: {set(files) - on_disk}"
    for c in CASES:
        assert re.fullmatch(r"c_[0-9a-f]{10}\.pdf", c["file"]), c["file"]
        assert c["doctype"] is None or c["doctype"] in DOCTYPES, c
        assert set(c["expect"]) <= KEYS, (c["name"], set(c["expect"]) - KEYS)


def test_coverage() -> None:
    per_type = Counter(c["doctype"] for c in CASES)
    for doctype in DOCTYPES:
        assert per_type[doctype] >= 3, f"{doctype}: {per_type[doctype]} cases"
    assert per_type[None] >= 12
    status = Counter(c["expect"].get("status") for c in CASES if c["doctype"] == "ricevuta_bonifico")
    assert status["eseguito"] >= 3 and status["ordine"] >= 2, status
    lul_cells = [{(d["worker_cf"], d["period"]) for d in c["expect"].get("documents", [])}
                 for c in CASES if c["doctype"] == "lul"]
    two_by_two = [s for s in lul_cells if len({w for w, _ in s}) >= 2 and len({p for _, p in s}) >= 2]
    assert two_by_two, "no LUL with 2 workers x 2 months"
    assert any(len(c["expect"].get("documents", [])) >= 2 for c in CASES if c["doctype"] == "iscrizione_a4")


def test_folder_size() -> None:
    size = sum(p.stat().st_size for p in HELDOUT.iterdir())
    assert size < 3.2 * 1024 * 1024, f"{size / 1024:.0f} KiB"


# ----------------------------------------------------------------------------- each document

@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_document(case: dict) -> None:
    texts = pages(case["file"])
    assert texts and all(t.strip() for t in texts), "a page without text layer"
    text = "\n".join(texts)
    exp = case["expect"]
    if case["doctype"] is None:
        assert exp == {}, "negatives promise nothing"
    if "iban" in exp:
        IBAN(exp["iban"], validate_bban=True)
        assert_in([exp["iban"]], text, "IBAN", case)
    for key in ("cup", "id_voucher", "id_edizione", "trn", "codice_cob"):
        if key in exp:
            assert_in([exp[key]], text, key, case)
    if "codice_cob" in exp:
        assert re.fullmatch(r"\d{16}", exp["codice_cob"])
    for key in ("total", "taxable", "amount"):
        if key in exp:
            assert re.fullmatch(r"\d+\.\d\d", exp[key]), exp[key]
            assert_in(amount_forms(exp[key]), text, key, case)
    if "valid_until" in exp:
        assert_in(date_forms(exp["valid_until"]), text, "valid_until", case)
    if "period" in exp:
        assert_in(period_forms(exp["period"]), text, "period", case)
    if "worker_cf" in exp:
        assert codicefiscale.is_valid(exp["worker_cf"])
        assert_in([exp["worker_cf"]], text, "worker_cf", case)
    if "status" in exp:
        low = flat(text)
        if exp["status"] == "eseguito":
            assert any(m in low for m in EXECUTED), "no sign of execution"
            assert not any(m in low for m in ORDER), "an executed receipt reads like an order"
        else:
            assert exp["status"] == "ordine"
            assert any(m in low for m in ORDER), "no sign that this is only an order"
            assert "trn" not in exp
    for sub in exp.get("documents", []):
        first, last = sub["pages"]
        assert 1 <= first <= last <= len(texts), (sub, len(texts))
        chunk = "\n".join(texts[first - 1:last])
        assert codicefiscale.is_valid(sub["worker_cf"])
        assert_in([sub["worker_cf"]], chunk, f"worker_cf on pages {first}-{last}", case)
        if "period" in sub:
            assert_in(period_forms(sub["period"]), chunk, f"period on pages {first}-{last}", case)
    if "documents" in exp:
        spans = sorted(tuple(s["pages"]) for s in exp["documents"])
        assert all(a[1] < b[0] for a, b in itertools.pairwise(spans)), "overlapping page ranges"


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_printed_identifiers_are_valid(case: dict) -> None:
    """Every codice fiscale, partita IVA (where labelled as such) and IBAN printed anywhere has valid check digits."""
    text = re.sub(r"[\ufffe\u00ad]", "", "\n".join(pages(case["file"])))
    for cf in re.findall(r"(?<![A-Z0-9])([A-Z]{6}\d\d[A-Z]\d\d[A-Z]\d{3}[A-Z])(?![A-Z0-9])", text):
        assert codicefiscale.is_valid(cf), cf
    label = r"(?i)(?:p\.\s?iva|partita iva|c\.f\.|codice fiscale|fiscale ai fini iva: it)"
    for num in re.findall(label + r"[^0-9\n]{0,25}(\d{11})(?!\d)", text):
        assert iva.is_valid(num), num
    for raw in re.findall(r"IT\d\d ?[A-Z]\d{3} ?\d{4} ?\d{4} ?\d{4} ?\d{4} ?\d{3}|IT\d\d[A-Z]\d{22}", text):
        IBAN(raw.replace(" ", ""), validate_bban=True)
