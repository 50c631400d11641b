"""SPEC 3 «Dossier or batch»: which folders are dossiers, from the command line's paths."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_check
from validator.discover import REPORT_MARKER
from validator.runner import UsageError, find_targets


def _dossier(folder: Path, manifest: bool = True) -> Path:
    folder.mkdir(parents=True)
    if manifest:
        (folder / "dossier.yaml").write_text("bando: fc4\nfase: domanda\nimpresa: {ragione_sociale: X S.r.l.}\n")
    return folder


def _names(targets: list) -> list[str]:
    return [Path(t.display).name for t in targets]


def test_a_folder_with_a_manifest_is_one_dossier_even_with_dossier_subfolders(tmp_path: Path) -> None:
    root = _dossier(tmp_path / "cliente")
    _dossier(root / "filiale")  # its own dossier.yaml: not part of this one, and not checked here
    targets = find_targets([str(root)])
    assert [t.path for t in targets] == [root]


def test_subfolders_with_manifests_make_a_batch_and_siblings_without_one_are_dossiers(tmp_path: Path) -> None:
    root = tmp_path / "clienti"
    _dossier(root / "alfa")
    _dossier(root / "beta")
    _dossier(root / "senza manifest", manifest=False)
    _dossier(root / ".nascosta", manifest=False)
    report = root / "dossier-check-report"
    report.mkdir()
    (report / REPORT_MARKER).touch()
    (root / "note.txt").write_text("not a folder")
    targets = find_targets([str(root)])
    assert _names(targets) == ["alfa", "beta", "senza manifest"]


def test_a_folder_without_manifests_anywhere_is_a_single_dossier(tmp_path: Path) -> None:
    root = tmp_path / "scansioni"
    _dossier(root / "sotto", manifest=False)
    assert [t.path for t in find_targets([str(root)])] == [root]


def test_several_paths_form_a_batch(tmp_path: Path) -> None:
    a, b = _dossier(tmp_path / "a"), _dossier(tmp_path / "b")
    assert [t.path for t in find_targets([str(a), str(b)])] == [a, b]


def test_batch_and_single_override_the_detection(tmp_path: Path) -> None:
    root = tmp_path / "clienti"
    _dossier(root / "uno", manifest=False)
    _dossier(root / "due", manifest=False)
    assert _names(find_targets([str(root)], "batch")) == ["due", "uno"]
    _dossier(root / "tre")
    assert [t.path for t in find_targets([str(root)], "single")] == [root]


def test_a_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        find_targets([str(tmp_path / "nope")])


def test_the_sibling_without_manifest_is_reported_missing_in_the_batch(tmp_path: Path) -> None:
    root = tmp_path / "clienti"
    _dossier(root / "alfa")
    _dossier(root / "senza", manifest=False)
    code, report = run_check(root, "--jobs", "1")
    assert code == 1
    by_name = {Path(d["path"]).name: d for d in report["dossiers"]}
    assert set(by_name) == {"alfa", "senza"}
    assert [f["rule"] for f in by_name["senza"]["findings"]] == ["MAN-MISSING"]
    assert report["summary"]["dossiers"] == 2
