"""The catalog loads, matches SPEC's rule IDs, and a broken rule file stops the run clearly."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from validator.catalog import CatalogError, load_catalog

from .conftest import ROOT, SHARED

IMPLEMENTED_SECTIONS = ("common", "fc4/domanda", "ci2/domanda")


def spec_ids() -> dict[str, dict[str, str]]:
    path = SHARED / "rule-ids.yaml"
    if not path.exists():
        pytest.skip("../shared/rule-ids.yaml is absent")
    return yaml.safe_load(path.read_text())


def test_catalog_loads(catalog) -> None:  # type: ignore[no-untyped-def]
    assert ("fc4", "domanda") in catalog.phase_rules
    assert catalog.version and len(catalog.version) == 12


def test_every_rule_id_is_in_the_spec(catalog) -> None:  # type: ignore[no-untyped-def]
    known = {rule for section in spec_ids().values() for rule in section}
    assert {r.id for r in catalog.all_rules()} <= known


@pytest.mark.parametrize("section", IMPLEMENTED_SECTIONS)
def test_every_spec_rule_of_a_section_is_in_the_catalog(catalog, section: str) -> None:  # type: ignore[no-untyped-def]
    ids = set(spec_ids()[section])
    if section == "common":
        have = {r.id for r in catalog.common_rules}
    else:
        bando, fase = section.split("/")
        have = {r.id for r in catalog.phase_rules[(bando, fase)]}
    assert ids <= have, f"missing from the catalog: {sorted(ids - have)}"


def test_severities_match_the_spec(catalog) -> None:  # type: ignore[no-untyped-def]
    spec = {rule: sev for section in spec_ids().values() for rule, sev in section.items()}
    for rule in catalog.all_rules():
        expected = spec[rule.id]
        if expected != "blocking_or_warning":
            assert rule.severity.value == expected, rule.id


def test_every_rule_names_its_source(catalog) -> None:  # type: ignore[no-untyped-def]
    for rule in catalog.all_rules():
        assert rule.source.startswith(("seed", "SPEC")), rule.id


def _broken_copy(tmp_path: Path, edit) -> Path:  # type: ignore[no-untyped-def]
    home = tmp_path / "home"
    for name in ("rules", "schemas", "reports"):
        shutil.copytree(ROOT / name, home / name)
    edit(home)
    return home


def test_unknown_check_type_names_file_key_and_line(tmp_path: Path) -> None:
    def edit(home: Path) -> None:
        p = home / "rules/fc4/domanda.yaml"
        p.write_text(p.read_text().replace("check: funding", "check: fundng", 1))

    home = _broken_copy(tmp_path, edit)
    with pytest.raises(CatalogError) as err:
        load_catalog(home / "rules")
    assert err.value.file.endswith("domanda.yaml")
    assert err.value.key.endswith(".check")
    assert err.value.line is not None and err.value.line > 1
    assert "fundng" in err.value.message


def test_bad_parameter_and_missing_message_are_caught(tmp_path: Path) -> None:
    def edit(home: Path) -> None:
        p = home / "rules/fc4/domanda.yaml"
        p.write_text(p.read_text().replace("aspect: quota_pubblica", "aspect: quota", 1))

    with pytest.raises(CatalogError) as err:
        load_catalog(_broken_copy(tmp_path, edit) / "rules")
    assert "params.aspect" in err.value.key

    def edit2(home: Path) -> None:
        p = home / "rules/fc4/domanda.yaml"
        p.write_text(p.read_text().replace("      missing_code:", "      missing_kode:", 1))

    with pytest.raises(CatalogError) as err2:
        load_catalog(_broken_copy(tmp_path / "2", edit2) / "rules")
    assert "missing_code" in err2.value.message


def test_undefined_edition_parameter(tmp_path: Path) -> None:
    def edit(home: Path) -> None:
        p = home / "rules/fc4/domanda.yaml"
        p.write_text(p.read_text().replace("${edition.anticipo_ore}", "${edition.anticipo}", 1))

    with pytest.raises(CatalogError) as err:
        load_catalog(_broken_copy(tmp_path, edit) / "rules")
    assert "edition.anticipo" in err.value.message


def test_broken_catalog_exits_2_with_file_and_line(tmp_path: Path) -> None:
    def edit(home: Path) -> None:
        p = home / "rules/common/doctypes.yaml"
        p.write_text(p.read_text().replace("min_score: 4\n", "min_score: quattro\n", 1))

    home = _broken_copy(tmp_path, edit)
    dossier = tmp_path / "d"
    dossier.mkdir()
    env = {**os.environ, "DOSSIER_CHECK_HOME": str(home)}
    proc = subprocess.run([sys.executable, "-m", "validator", str(dossier), "--format", "json"],
                          capture_output=True, text=True, env=env, cwd=ROOT)
    assert proc.returncode == 2
    assert "doctypes.yaml:" in proc.stderr and "min_score" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_every_schema_is_a_valid_json_schema() -> None:
    import jsonschema

    from validator.resources import SCHEMAS
    from validator.schemas import load_schema

    names = sorted(str(p.relative_to(SCHEMAS)) for p in SCHEMAS.rglob("*.yaml"))
    assert len(names) > 10
    for name in names:
        jsonschema.Draft202012Validator.check_schema(load_schema(name))


def test_validated_catalog_is_cached_and_equal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from validator import catalog as cat

    monkeypatch.setenv("DOSSIER_CHECK_CACHE", str(tmp_path))
    cat._cached_catalog.cache_clear()
    first = cat.load_catalog()
    assert list(tmp_path.rglob("*.pickle"))
    cat._cached_catalog.cache_clear()
    calls = []
    monkeypatch.setattr(cat, "_load_catalog", lambda root: calls.append(root))
    second = cat.load_catalog()
    assert calls == [] and second == first
    cat._cached_catalog.cache_clear()


def test_a_nested_check_parameter_is_validated_by_its_own_schema(tmp_path: Path) -> None:
    def edit(home: Path) -> None:
        p = home / "rules/ci2/domanda.yaml"
        p.write_text(p.read_text().replace("must_contain:\n            - {label: \"l'analisi",
                                           "must_contains:\n            - {label: \"l'analisi", 1))

    with pytest.raises(CatalogError) as err:
        load_catalog(_broken_copy(tmp_path, edit) / "rules")
    assert err.value.file.endswith("domanda.yaml") and "params.documents[0]" in err.value.key
    assert err.value.line is not None and err.value.line > 1


def test_ci2_needs_no_python_of_its_own() -> None:
    """A second call from YAML alone: no module, template or check names it."""
    hits = [str(p.relative_to(ROOT)) for folder in ("validator", "reports") for p in (ROOT / folder).rglob("*")
            if p.is_file() and p.suffix in (".py", ".j2") and "ci2" in p.read_text(encoding="utf-8").lower()]
    assert not hits, hits


def test_every_rule_has_a_passing_and_a_failing_example(catalog) -> None:  # type: ignore[no-untyped-def]
    """`dossier-check explain` shows them; docs/rules.md lists them."""
    missing = [r.id for r in catalog.all_rules() if not (r.examples.get("pass") and r.examples.get("fail"))]
    assert not missing, missing
