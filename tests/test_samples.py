"""The bundled sample dossiers: the clean ones are ready, each broken one names exactly its rules."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from .conftest import SAMPLES, run_check

# fc4 samples (build.py) and ci2 samples (build_ci2.py), same format
EXPECTED: dict[str, dict[str, Any]] = {
    name: spec
    for file in ("expected.yaml", "expected_ci2.yaml")
    for name, spec in yaml.safe_load((SAMPLES / file).read_text(encoding="utf-8"))["dossiers"].items()
}
# the signed and scanned samples have their own file and test (test_samples_signed.py)
SIGNED: dict[str, Any] = yaml.safe_load((SAMPLES / "expected_signed.yaml").read_text(encoding="utf-8"))


def test_every_sample_folder_has_expectations() -> None:
    folders = {p.name for p in SAMPLES.iterdir() if p.is_dir() and (p / "dossier.yaml").exists()}
    assert folders == set(EXPECTED) | set(SIGNED), folders ^ (set(EXPECTED) | set(SIGNED))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample(name: str) -> None:
    spec = EXPECTED[name]
    code, report = run_check(SAMPLES / name)
    dossier = report["dossiers"][0]
    live = [f for f in dossier["findings"] if not f["waived"]]
    got = {f["rule"] for f in live if f["severity"] in ("blocking", "warning")}
    want = set(spec.get("rules", []))
    maybe = set(spec.get("maybe", {}) or {})
    details = [(f["rule"], f["severity"], f["message"], f.get("document")) for f in live
               if f["severity"] != "info"]
    assert want <= got, f"missing {sorted(want - got)}; got {details}"
    assert got - want <= maybe, f"unexpected {sorted(got - want - maybe)}; got {details}"
    for rule, severity in (spec.get("severity") or {}).items():
        assert {f["severity"] for f in live if f["rule"] == rule} == {severity}, details
    blocking = any(f["severity"] == "blocking" for f in live)
    assert code == (1 if blocking else 0)
    if not want:
        assert dossier["verdict"] in ("ready", "warnings") and not blocking


def test_clean_sample_html_says_ready(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from validator.cli import main

    result = CliRunner().invoke(main, [str(SAMPLES / "fc4-domanda-pulito"), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    page = (tmp_path / "fc4-domanda-pulito.html").read_text(encoding="utf-8")
    assert "Il dossier è pronto" in page
    assert "<script src" not in page and "http://" not in page.replace("http://www.w3.org", "")
