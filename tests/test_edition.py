"""Edition parameters: every call-specific value lives in rules/<bando>/edizione.yaml, so the
next edition is a copy of that file with new values, and no rule file repeats one."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from validator import editionrefs
from validator.catalog import CatalogError, load_catalog

from .conftest import ROOT

EDITION = {"cup": "E84D26004370009", "quota": 0.7, "cap": 50000, "dal": date(2008, 3, 1),
           "apre": "2026-07-13T12:00", "prov": ["BG", "BS"], "money": {"x": 7500}}


@pytest.mark.parametrize(("text", "expected"), [
    ("${edition.cup}", "E84D26004370009"),
    ("CUP ${edition.cup}.", "CUP E84D26004370009."),
    ("${edition.quota|pct}", "70%"),
    ("${edition.cap|eur}", "€ 50.000"),
    ("${edition.money.x|eur}", "€ 7.500"),
    ("dal ${edition.dal|data_lunga}", "dal 1° marzo 2008"),
    ("${edition.dal|data}", "01/03/2008"),
    ("${edition.apre|data}", "13/07/2026 ore 12:00"),
    ("${edition.prov|lista}", "BG, BS"),
])
def test_reference_filters(text: str, expected: str) -> None:
    assert editionrefs.resolve(text, EDITION) == expected


def test_a_whole_reference_keeps_its_type() -> None:
    assert editionrefs.resolve({"a": "${edition.prov}", "b": "${edition.quota}"}, EDITION) == {
        "a": ["BG", "BS"], "b": 0.7}


def test_unknown_filter_and_parameter() -> None:
    with pytest.raises(editionrefs.RefError, match="unknown filter"):
        editionrefs.resolve("${edition.cap|euro}", EDITION)
    with pytest.raises(editionrefs.RefError, match="not defined"):
        editionrefs.resolve("${edition.capp}", EDITION)


def _leaves(value: Any) -> list[Any]:
    if isinstance(value, dict):
        return [leaf for v in value.values() for leaf in _leaves(v)]
    if isinstance(value, list):
        return [leaf for v in value for leaf in _leaves(v)]
    return [value]


def _literals(edition: dict[str, Any]) -> set[str]:
    """Values distinctive enough that seeing them written in a rule file means a copy, not a reference."""
    out: set[str] = set()
    for leaf in _leaves(edition):
        if isinstance(leaf, bool) or leaf is None:
            continue
        if isinstance(leaf, int) and leaf >= 1000:
            out |= {str(leaf), f"{leaf:,}".replace(",", ".")}
        elif isinstance(leaf, str) and len(leaf) >= 8 and re.search(r"\d", leaf):
            out.add(leaf)
        elif isinstance(leaf, date):
            out |= {leaf.strftime("%d/%m/%Y")}
    return out


_DOCUMENTATION = re.compile(r"^\s*(#|source:|reading:|doc:|assumption:|pass:|fail:|-?\s*id:)")


@pytest.mark.parametrize("bando", sorted(p.parent.name for p in (ROOT / "rules").glob("*/bando.yaml")))
def test_no_rule_file_repeats_an_edition_value(bando: str) -> None:
    folder = ROOT / "rules" / bando
    spec = yaml.safe_load((folder / "bando.yaml").read_text(encoding="utf-8"))
    edition = yaml.safe_load((folder / spec["edition"]).read_text(encoding="utf-8"))
    literals = _literals(edition)
    files = {name for names in spec["phases"].values() for name in names} | set(spec.get("doctypes", []))
    found = []
    for name in sorted(files):
        for n, line in enumerate((folder / name).read_text(encoding="utf-8").splitlines(), 1):
            if _DOCUMENTATION.match(line):
                continue  # seed quotations and explanations may cite the numbers
            found += [f"{name}:{n}: {lit}" for lit in literals if lit in line]
    assert not found, found


def _copy_home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    for name in ("rules", "schemas", "reports"):
        shutil.copytree(ROOT / name, home / name)
    return home


def test_the_next_edition_is_an_edit_of_the_edition_file(tmp_path: Path) -> None:
    home = _copy_home(tmp_path)
    path = home / "rules/fc4/edizione.yaml"
    text = path.read_text(encoding="utf-8")
    for old, new in (("Quarta Edizione", "Quinta Edizione"), ("E84D26004370009", "E84D27000110007"),
                     ('"XII/6232"', '"XII/7001"'), ("massimale_impresa: 50000", "massimale_impresa: 60000"),
                     ('apertura: "2026-07-13T12:00"', 'apertura: "2027-07-12T10:00"'),
                     ("quarta edizione, iv edizione", "quinta edizione, v edizione")):
        assert old in text, old
        text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")
    catalog = load_catalog(home / "rules")
    wording = catalog.rule("FC4-L-FATTURA-DICITURA")
    assert wording is not None
    elements = {e["id"]: e for e in wording.params["elements"]}
    assert elements["cup"]["expected"] == "E84D27000110007"
    assert elements["dgr"]["expected"] == "XII/7001" and "XII/7001" in elements["dgr"]["label"]
    assert elements["edizione"]["text"] == "Quinta Edizione"
    cap = catalog.rule("FC4-D-MASSIMALE-IMPRESA")
    assert cap is not None and "60.000" in cap.title and "60.000" in cap.messages["default"]
    window = catalog.rule("FC4-D-FINESTRA")
    assert window is not None and "12/07/2027 ore 10:00" in window.hints["default"]
    assert any("quinta edizione" in s.phrases for s in catalog.doctypes["domanda_a1"].signals)


def test_an_undefined_reference_in_a_document_type_names_file_and_line(tmp_path: Path) -> None:
    home = _copy_home(tmp_path)
    path = home / "rules/fc4/doctypes.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("${edition.nomi_edizione}", "${edition.nomi}"),
                    encoding="utf-8")
    with pytest.raises(CatalogError) as err:
        load_catalog(home / "rules")
    assert err.value.file.endswith("doctypes.yaml") and err.value.line and "edition.nomi" in err.value.message
