"""Hostile and broken input: every file gets a finding, the run finishes, the dossier is untouched."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import ROOT, SAMPLES, corpus_dir, run_check, spec_manifest, write_manifest
from .docs import text_pdf


def snapshot(folder: Path) -> dict[str, tuple[str, int, int, int]]:
    """Content hash, size, mode and modification time of every file and folder below `folder`."""
    out: dict[str, tuple[str, int, int, int]] = {}
    for path in sorted([folder, *folder.rglob("*")]):
        st = path.lstat()
        digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() and not path.is_symlink() else ""
        out[str(path.relative_to(folder))] = (digest, st.st_size, st.st_mode, st.st_mtime_ns)
    return out


@pytest.fixture
def clean_copy(tmp_path: Path) -> Path:
    target = tmp_path / "cliente"
    shutil.copytree(SAMPLES / "fc4-domanda-pulito", target, symlinks=True)
    return target


def test_a_run_changes_nothing_in_the_dossier(clean_copy: Path, tmp_path: Path) -> None:
    before = snapshot(clean_copy)
    proc = subprocess.run([sys.executable, "-m", "validator", str(clean_copy), "--out", str(tmp_path / "r")],
                          capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert snapshot(clean_copy) == before


def test_a_read_only_dossier_is_checked(clean_copy: Path, tmp_path: Path) -> None:
    for path in [clean_copy, *clean_copy.rglob("*")]:
        path.chmod(path.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    try:
        before = snapshot(clean_copy)
        code, report = run_check(clean_copy, "--no-cache")
        assert code == 0 and report["dossiers"][0]["verdict"] == "ready"
        assert snapshot(clean_copy) == before
    finally:
        for path in [clean_copy, *clean_copy.rglob("*")]:
            path.chmod(path.stat().st_mode | stat.S_IWUSR)


def test_a_run_killed_midway_leaves_the_dossier_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "grande"
    write_manifest(folder, spec_manifest())
    pages = [[f"# Pagina {i}", "Libro Unico del Lavoro - periodo di paga ottobre 2026"] for i in range(300)]
    for i in range(6):
        (folder / f"lul {i}.pdf").write_bytes(text_pdf(pages, f"lul {i}"))
    before = snapshot(folder)
    env = {**os.environ, "DOSSIER_CHECK_CACHE": str(tmp_path / "cache")}
    proc = subprocess.Popen([sys.executable, "-m", "validator", str(folder), "--out", str(tmp_path / "r")],
                            cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    time.sleep(1.5)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert snapshot(folder) == before
    # the cache an interrupted run leaves behind holds only whole entries: a new run reads it
    _, report = run_check(folder)
    assert report["dossiers"][0]["path"]


HOSTILE_NAMES = [
    "<img src=x onerror=alert(1)>.pdf",
    "fattura\nseconda riga.pdf",
    "ütf – «città» 日本.pdf",
    "  spazi  .pdf",
    "-rf.pdf",
    "%s%n.pdf",
    "..pdf",
]


def test_any_file_name_works_and_is_reported_as_is(tmp_path: Path) -> None:
    folder = tmp_path / "nomi"
    write_manifest(folder, spec_manifest())
    for i, name in enumerate(HOSTILE_NAMES):
        (folder / name).write_bytes(text_pdf([[f"# Documento {i}", "testo qualsiasi"]]))
    _, report = run_check(folder)
    documents = {d["file"] for d in report["dossiers"][0]["documents"]}
    assert documents == set(HOSTILE_NAMES)
    from click.testing import CliRunner

    from validator.cli import main

    out = tmp_path / "report"
    result = CliRunner().invoke(main, [str(folder), "--out", str(out)])
    page = next(out.glob("*.html")).read_text(encoding="utf-8")
    assert "<img src=x" not in page and "&lt;img src=x onerror=alert(1)&gt;.pdf" in page
    assert result.exit_code in (0, 1)


def test_deep_and_wide_folders(tmp_path: Path) -> None:
    folder = tmp_path / "profondo"
    write_manifest(folder, spec_manifest())
    deep = folder
    for i in range(40):
        deep = deep / f"livello{i}"
    deep.mkdir(parents=True)
    (deep / "sepolto.pdf").write_bytes(text_pdf([["# Sepolto"]]))
    wide = folder / "largo"
    wide.mkdir()
    for i in range(1500):
        (wide / f"f{i:04d}.txt").write_text("x")
    _, report = run_check(folder)
    findings = report["dossiers"][0]["findings"]
    assert sum(f["rule"] == "DOC-UNSUPPORTED" for f in findings) == 1500
    deep_findings = [f for f in findings if f["rule"] == "DOC-UNREADABLE" and "annidate" in f["message"]]
    assert deep_findings  # reported, not crashed on, not followed forever


def test_a_symlink_loop_is_harmless(tmp_path: Path) -> None:
    folder = tmp_path / "anello"
    write_manifest(folder, spec_manifest())
    (folder / "sub").mkdir()
    os.symlink(folder, folder / "sub" / "su")
    os.symlink(folder / "sub" / "anello.pdf", folder / "sub" / "anello.pdf")
    _, report = run_check(folder)
    assert report["dossiers"][0]["path"]


def test_special_files_are_not_opened(tmp_path: Path) -> None:
    folder = tmp_path / "speciali"
    write_manifest(folder, spec_manifest())
    os.mkfifo(folder / "tubo.pdf")
    _, report = run_check(folder)  # a FIFO would block a reader forever
    assert "tubo.pdf" not in {d["file"] for d in report["dossiers"][0]["documents"]}


CORPUS_SETS = ["pdf_malformed", "fatturapa", "p7m"]


@pytest.mark.corpus
@pytest.mark.parametrize("name", CORPUS_SETS)
def test_every_corpus_file_gets_a_finding_and_no_traceback(name: str, tmp_path: Path) -> None:
    source = corpus_dir(name)
    folder = tmp_path / name
    write_manifest(folder, spec_manifest())
    files = sorted(p.name for p in source.iterdir() if p.is_file())
    for f in files:
        shutil.copy(source / f, folder / f)
    proc = subprocess.run([sys.executable, "-m", "validator", str(folder), "--format", "json", "--no-cache"],
                          capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert "Traceback" not in proc.stderr and proc.returncode in (0, 1), proc.stderr[-2000:]
    import json

    report = json.loads(proc.stdout)["dossiers"][0]
    about = {}
    for finding in report["findings"]:
        doc = finding.get("document") or ""
        about.setdefault(doc.split(" › ")[0], []).append(finding["rule"])
    recognised = {d["file"].split(" › ")[0] for d in report["documents"] if d["documents"]}
    silent = [f for f in files if f not in about and f not in recognised]
    assert not silent, f"files with neither a finding nor a recognised document: {silent}"
    assert not [f for f in report["findings"] if f["rule"] == "TOOL-ERROR"]


def test_the_budgets_of_limits_yaml_apply(tmp_path: Path) -> None:
    home = tmp_path / "home"
    for name in ("rules", "schemas", "reports"):
        shutil.copytree(ROOT / name, home / name)
    limits = home / "rules" / "common" / "limits.yaml"
    text = limits.read_text().replace("pdf_pages: 3000", "pdf_pages: 3")
    limits.write_text(text.replace("file_mb: 200", "file_mb: 1"))
    folder = tmp_path / "budget"
    write_manifest(folder, spec_manifest())
    (folder / "lungo.pdf").write_bytes(text_pdf([[f"# Pagina {i}"] for i in range(5)]))
    (folder / "grande.jpg").write_bytes(b"\xff\xd8\xff" + os.urandom(1_200_000))
    env = {**os.environ, "DOSSIER_CHECK_HOME": str(home), "DOSSIER_CHECK_CACHE": str(tmp_path / "c")}
    proc = subprocess.run([sys.executable, "-m", "validator", str(folder), "--format", "json"],
                          capture_output=True, text=True, env=env, cwd=ROOT)
    import json

    unreadable = {f["document"]: f["message"] for f in json.loads(proc.stdout)["dossiers"][0]["findings"]
                  if f["rule"] == "DOC-UNREADABLE"}
    assert "troppe pagine" in unreadable["lungo.pdf"]
    assert "oltre il limite di 1 MB" in unreadable["grande.jpg"]
