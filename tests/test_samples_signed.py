"""The signed/scanned sample dossiers give exactly the rule IDs of sample_dossiers/expected_signed.yaml."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from validator.extract.ocr import engine_problem

from .conftest import SAMPLES, rule_ids, run_check

EXPECTED: dict[str, Any] = yaml.safe_load((SAMPLES / "expected_signed.yaml").read_text(encoding="utf-8"))

pytestmark = pytest.mark.skipif(engine_problem() is not None,
                                reason=f"the samples hold scans: {engine_problem()}")


@pytest.mark.parametrize("folder", sorted(EXPECTED))
def test_sample_gives_the_expected_rules(folder: str) -> None:
    code, report = run_check(SAMPLES / folder)
    found = sorted(set(rule_ids(report, ("blocking", "warning"))))
    assert found == sorted(EXPECTED[folder]["rules"]), report["dossiers"][0]["findings"]
    blocking = bool(rule_ids(report, ("blocking",)))
    assert code == (1 if blocking else 0)


def test_clean_sample_reads_every_new_format() -> None:
    _, report = run_check(SAMPLES / "fc4-domanda-firmati")
    items = {d["file"]: d for d in report["dossiers"][0]["documents"]}
    a1 = items["domanda A1 firmata.pdf.p7m › domanda A1 firmata.pdf"]
    assert [d["type"] for d in a1["documents"]] == ["domanda_a1"]
    assert a1["signers"][0]["codice_fiscale"] == "RSSMRA70A01A794H" and a1["signers"][0]["kind"] == "cades"
    assert items["allegati/de minimis firmato.pdf"]["signers"][0]["kind"] == "pades"
    scan = items["allegati/scansione0003.pdf"]
    assert scan["ocr"] and scan["documents"][0]["fields"]["iban"] == ["IT60X0542811101000000123456"]
    invoice = items["allegati/IT03456780125_00071.xml.p7m › IT03456780125_00071.xml"]
    assert invoice["documents"][0]["type"] == "fattura" and invoice["documents"][0]["fields"]["numero"][0] == "38/2026"
    ocr = [f for f in report["dossiers"][0]["findings"] if f["rule"] == "DOC-OCR"]
    assert {f["document"] for f in ocr} == {"allegati/scansione0003.pdf", "allegati/IMG_2041.jpg"}


def test_html_inventory_names_signers(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from validator.cli import main

    out = tmp_path / "report"
    result = CliRunner().invoke(main, [str(SAMPLES / "fc4-domanda-firmati"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    page = next(out.glob("*.html")).read_text(encoding="utf-8")
    assert "Mario Rossi (RSSMRA70A01A794H)" in page and "PAdES" in page and "CAdES" in page
    assert "non firmato" in page
    assert "non nella validità legale" in page
