"""The cache: what an unchanged file costs on a re-run, what a changed one invalidates, where it lives."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest

from benchmarks.make_batch import write_dossier
from validator.analysis import analyse
from validator.budgets import Budgets
from validator.engine import check_dossier
from validator.extract import Cache, extract
from validator.fingerprint import fingerprint
from validator.models import FileText, SourceFile
from validator.report import serialize


@pytest.fixture(scope="module")
def dossier(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cached") / "cliente"
    write_dossier(folder, 7, seed=3)
    return folder


def _json(result: Any) -> Any:
    return serialize.dossier(result)


def test_warm_run_reads_no_pdf_and_gives_the_same_result(dossier: Path, catalog: Any, tmp_path: Path) -> None:
    cache = Cache(tmp_path / "c")
    cold = check_dossier(dossier, catalog, cache)
    calls: list[str] = []

    def counting(file: SourceFile, c: Cache, budgets: Budgets) -> FileText:
        calls.append(file.display)
        return extract(file, c, budgets)

    warm_cache = Cache(tmp_path / "c")
    original = Path.read_bytes
    reads: list[str] = []

    def spy(self: Path) -> bytes:
        reads.append(self.name)
        return original(self)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(Path, "read_bytes", spy)
        import validator.extract.pdf as pdf

        mp.setattr(pdf, "extract_pdf", lambda *a, **k: pytest.fail("PDF parsed on a warm run"))
        warm = check_dossier(dossier, catalog, warm_cache, extractor=counting)
    assert _json(warm) == _json(cold)
    assert [r for r in reads if r != "dossier.yaml"] == []  # no document was even read
    counts = warm_cache.counts
    assert counts["stat"]["misses"] == 0 and counts["class"]["misses"] == 0 and counts["text"]["misses"] == 0
    assert counts["class"]["hits"] == len(calls) > 5


def test_a_changed_file_invalidates_only_itself(dossier: Path, catalog: Any, tmp_path: Path) -> None:
    cache = Cache(tmp_path / "c")
    check_dossier(dossier, catalog, cache)
    target = dossier / "allegati" / "Attestazione IBAN.pdf"
    original = target.read_bytes()
    try:
        target.write_bytes(original + b"\n% appended comment\n")
        again = Cache(tmp_path / "c")
        check_dossier(dossier, catalog, again)
        assert again.counts["stat"]["misses"] == 1
        assert again.counts["text"]["misses"] == 1
        assert again.counts["class"]["misses"] == 1
        assert again.counts["class"]["hits"] >= 5
    finally:
        target.write_bytes(original)


def test_stat_signature_change_rehashes(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "c")
    f = tmp_path / "a.pdf"
    f.write_bytes(b"%PDF-1.4 one")
    before = f.stat()
    first, _ = fingerprint(f, "a.pdf", before, cache)
    f.write_bytes(b"%PDF-1.4 two")  # same size, and the mtime put back: only ctime tells
    os.utime(f, ns=(before.st_atime_ns, before.st_mtime_ns))
    second, _ = fingerprint(f, "a.pdf", f.stat(), cache)
    assert first.sha256 != second.sha256  # ctime moved even if mtime had not
    third, _ = fingerprint(f, "a.pdf", f.stat(), cache)
    assert third.sha256 == second.sha256 and cache.counts["stat"]["hits"] == 1


def test_classification_round_trips_through_the_cache(dossier: Path, catalog: Any, tmp_path: Path) -> None:
    cache = Cache(tmp_path / "c")
    pdf = dossier / "partecipanti" / "Allegato A4 iscrizioni.pdf"
    file, _ = fingerprint(pdf, "partecipanti/Allegato A4 iscrizioni.pdf", pdf.stat(), cache)
    fresh = analyse(file, catalog, cache)
    cached = analyse(file, catalog, Cache(tmp_path / "c"))
    assert fresh == cached and fresh.documents
    renamed = SourceFile("altro nome.pdf", pdf, file.size, file.sha256, file.kind, file.mime, file.extension)
    other = Cache(tmp_path / "c")
    analyse(renamed, catalog, other)
    assert other.counts["class"]["misses"] == 1  # the name is a signal: another name, another entry


def test_cache_is_private_and_clear_removes_only_its_folders(tmp_path: Path) -> None:
    root = tmp_path / "shared-cache"
    root.mkdir()
    (root / "someone-else.txt").write_text("keep me")
    cache = Cache(root)
    cache.put("text", "ab" * 32, {"x": 1})
    entry = cache._path("text", "ab" * 32)
    assert stat.S_IMODE(entry.stat().st_mode) == 0o600
    for folder in (root, cache.folder, entry.parent, entry.parent.parent):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    assert not list(entry.parent.glob(".tmp-*"))
    assert cache.clear() == 1
    assert (root / "someone-else.txt").read_text() == "keep me"
    assert cache.get("text", "ab" * 32) is None


def test_disabled_cache_writes_nothing(tmp_path: Path, dossier: Path, catalog: Any) -> None:
    cache = Cache(tmp_path / "off", enabled=False)
    check_dossier(dossier, catalog, cache)
    assert not (tmp_path / "off").exists() and cache.counts == {}


def test_typed_json_keeps_zones_across_daylight_saving() -> None:
    from datetime import date, datetime, timedelta
    from decimal import Decimal
    from zoneinfo import ZoneInfo

    from validator import jsontyped

    rome = ZoneInfo("Europe/Rome")
    value = {"quando": datetime(2026, 10, 24, 10, 0, tzinfo=rome), "giorno": date(2026, 3, 1),
             "importo": Decimal("2100.00"), "lista": [1, True, None, "NO"]}
    back = jsontyped.decode(jsontyped.encode(value))
    assert back == value
    later = back["quando"] + timedelta(hours=72)  # wall-clock arithmetic over the October change
    assert later.utcoffset() == (value["quando"] + timedelta(hours=72)).utcoffset() == timedelta(hours=1)


def test_manifest_from_the_cache_equals_the_parsed_one(tmp_path: Path, dossier: Path) -> None:
    from tests.conftest import DATA
    from validator import manifest_cache
    from validator.manifest import load_manifest

    broken = tmp_path / "rotto.yaml"
    broken.write_text("bando: fc4\nfase: domanda\nimpresa: {addetti: tanti}\ncorso: {data_inizio: 2026-13-01}\n")
    for path in (DATA / "spec_example.yaml", dossier / "dossier.yaml", broken):
        fresh = load_manifest(path)
        manifest_cache.load(path, Cache(tmp_path / "c"))
        cache = Cache(tmp_path / "c")
        cached = manifest_cache.load(path, cache)
        assert cache.counts["manifest"] == {"hits": 1, "misses": 0, "writes": 0}
        assert cached == fresh and cached[0] is not None and cached[0].lines == fresh[0].lines  # type: ignore[union-attr]
