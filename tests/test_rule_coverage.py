"""Every rule of the catalog has at least one case where it fires and one where it must not.

Cases come from tests/cases/*.yaml, from the sample dossiers and their expected files (a
sample that expects a rule makes it fire; a sample that does not list it keeps it quiet),
and from the test modules named below for rules whose cases need files built in Python.
"""

from __future__ import annotations

from typing import Any

import yaml

from validator.catalog import load_catalog

from .conftest import SAMPLES
from .test_rule_cases import CASES_DIR

# rules whose firing and quiet cases live in Python test modules (file-level and signature rules)
IN_PYTHON = {
    "MAN-MISSING": "test_file_rules.py::test_missing_manifest",
    "DOC-EMPTY": "test_file_rules.py::test_empty_file / test_no_empty_file_no_finding",
    "DOC-TYPE-MISMATCH": "test_file_rules.py::test_content_that_is_not_what_the_extension_says",
    "DOC-UNREADABLE": "test_file_rules.py::test_truncated_pdf_is_unreadable / test_whole_pdf_is_readable",
    "DOC-ENCRYPTED": "test_file_rules.py::test_password_to_open_is_encrypted / test_owner_password_alone",
    "DOC-DUPLICATE": "test_file_rules.py::test_duplicate_content / test_different_content_is_no_duplicate",
    "DOC-UNCLASSIFIED": "test_file_rules.py::test_unclassified_readable_file",
    "DOC-UNSUPPORTED": "test_file_rules.py::test_formats_the_platform_does_not_take",
    "DOC-SYMLINK": "test_file_rules.py::test_symlink_out_of_the_dossier_is_not_followed",
    "DOC-NO-TEXT": "test_file_rules.py::test_image_only_pdf_without_text / test_text_pdf_has_text",
    "DOC-OCR": "test_ocr.py / test_samples_signed.py (scans read by OCR)",
    "TOOL-ERROR": "test_engine.py::test_a_check_that_crashes_is_a_blocking_tool_error",
}


def _expected_samples() -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for path in sorted(SAMPLES.glob("expected*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        out.update(data.get("dossiers", data))
    return out


def _coverage() -> tuple[set[str], set[str]]:
    fires: set[str] = set()
    quiet: set[str] = set()
    for path in CASES_DIR.glob("*.yaml"):
        for case in yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]:
            for rule, expectation in case["expect"].items():
                (quiet if expectation is False or expectation == 0 else fires).add(rule)
    all_rules = {r.id for r in load_catalog().all_rules()}
    for spec in _expected_samples().values():
        listed = set(spec.get("rules", [])) | set(spec.get("info", []) or []) | set(spec.get("maybe", {}) or {})
        fires |= set(spec.get("rules", []))
        quiet |= all_rules - listed
    return fires, quiet


def test_every_rule_fires_somewhere_and_is_quiet_somewhere() -> None:
    fires, quiet = _coverage()
    rules = {r.id for r in load_catalog().all_rules()} - set(IN_PYTHON)
    assert not rules - fires, f"never shown firing: {sorted(rules - fires)}"
    assert not rules - quiet, f"never shown quiet: {sorted(rules - quiet)}"
