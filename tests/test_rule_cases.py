"""Every rule fires where it must and stays quiet where it must not: one runner, many YAML cases.

Each file in tests/cases/ holds cases for one or more rules: a base manifest (the
clean SPEC example), keys to change (`set:`), optional documents to generate, the
options to pass, and for each rule whether it `fires` (and how many times, and with
which severity) or not.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from .conftest import run_check, set_key, spec_manifest, write_manifest

CASES_DIR = Path(__file__).resolve().parent / "cases"


def _load_cases() -> list[Any]:
    out = []
    for path in sorted(CASES_DIR.glob("*.yaml")):
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in spec["cases"]:
            out.append(pytest.param(spec, case, id=f"{path.stem}::{case['name']}"))
    return out


def build_manifest(spec: dict[str, Any], case: dict[str, Any]) -> dict[str, Any]:
    data = copy.deepcopy(spec_manifest())
    for key, value in {**spec.get("set", {}), **case.get("set", {})}.items():
        set_key(data, key, copy.deepcopy(value))  # a case must not change the spec-level values
    return data


@pytest.mark.parametrize(("spec", "case"), _load_cases())
def test_rule_case(spec: dict[str, Any], case: dict[str, Any], tmp_path: Path) -> None:
    folder = tmp_path / "dossier"
    write_manifest(folder, build_manifest(spec, case))
    documents = case.get("documents", spec.get("documents"))
    if documents:
        from .docsets import write_documents

        write_documents(folder, documents, build_manifest(spec, case))
    args = [str(a) for a in case.get("args", spec.get("args", []))]
    _, report = run_check(folder, *args)
    findings = [f for f in report["dossiers"][0]["findings"] if not f["waived"]]
    for rule, expectation in case["expect"].items():
        mine = [f for f in findings if f["rule"] == rule]
        if expectation is False or expectation == 0:
            assert not mine, f"{rule} fired: {[f['message'] for f in mine]}"
            continue
        assert mine, f"{rule} did not fire; findings: {[(f['rule'], f['message']) for f in findings]}"
        if isinstance(expectation, dict):
            if "count" in expectation:
                assert len(mine) == expectation["count"], [f["message"] for f in mine]
            if "severity" in expectation:
                assert {f["severity"] for f in mine} == {expectation["severity"]}, mine
            for text in expectation.get("message_contains", []):
                assert any(text in f["message"] for f in mine), (text, [f["message"] for f in mine])
            if "subject" in expectation:
                assert {f["subject"] for f in mine} == {expectation["subject"]}, mine
