"""`dossier-check init`: a draft dossier.yaml from the documents, every value marked for review,
loadable as it is; `--write` creates a missing dossier.yaml and nothing else, never over one."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from validator.cli import main
from validator.draft_values import split_address, split_name
from validator.manifest import parse_manifest

from .conftest import SAMPLES


def _copy(sample: str, tmp_path: Path) -> Path:
    folder = tmp_path / sample
    shutil.copytree(SAMPLES / sample, folder)
    (folder / "dossier.yaml").unlink()
    return folder


def _init(*args: str) -> Any:
    return CliRunner().invoke(main, ["init", *args], catch_exceptions=False)


def _leaves(data: Any, prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    if isinstance(data, dict):
        for k, v in data.items():
            if not (k == "deroghe" and not prefix):
                out.update(_leaves(v, f"{prefix}.{k}" if prefix else k))
    elif isinstance(data, list):
        for i, item in enumerate(data):
            out.update(_leaves(item, f"{prefix}[{item.get('codice_fiscale', i) if isinstance(item, dict) else i}]"))
    elif data is not None:
        out[prefix] = data
    return out


def _recovered(sample: str, tmp_path: Path) -> tuple[set[str], set[str], str]:
    """(keys recovered with the original value, keys with another value, the draft)."""
    result = _init(str(_copy(sample, tmp_path)))
    assert result.exit_code == 0, result.output
    draft, problems = parse_manifest(result.stdout)
    assert draft is not None and problems == [], problems  # the draft loads as it is
    original, _ = parse_manifest((SAMPLES / sample / "dossier.yaml").read_bytes())
    assert original is not None
    a, b = _leaves(original.data), _leaves(draft.data)
    same = {k for k in a if k in b and a[k] == b[k]}
    differ = {k for k in a if k in b and a[k] != b[k]}
    return same, differ, result.stdout


ANNA, LUCA = "partecipanti[BNCNNA85M41F205Q]", "partecipanti[FRRLCU88T10A794W]"
DOMANDA_RECOVERED = {
    "bando", "fase", "impresa.ragione_sociale", "impresa.codice_fiscale", "impresa.partita_iva", "impresa.tipo",
    "impresa.addetti", "impresa.ateco", "impresa.impresa_familiare", "impresa.sede_operativa.indirizzo",
    "impresa.sede_operativa.comune", "impresa.sede_operativa.provincia", "impresa.iban", "impresa.pec",
    "impresa.legale_rappresentante.nome", "impresa.legale_rappresentante.cognome",
    "impresa.legale_rappresentante.codice_fiscale", "presentazione.stadio", "presentazione.delegato.nome",
    "presentazione.delegato.cognome", "presentazione.delegato.codice_fiscale",
    "presentazione.delegato.ente_accreditato", "presentazione.bollo.identificativo", "corso.titolo", "corso.id_corso",
    "corso.id_edizione", "corso.ore", "corso.costo_totale", "corso.quota_pubblica", "corso.sede", "corso.data_inizio",
    "corso.data_fine",
    *(f"{ANNA}.{k}" for k in ("nome", "cognome", "codice_fiscale", "tipo", "contratto", "carica_societaria",
                              "politiche_attive_in_corso", "data_assunzione", "codice_cob", "part_time")),
    *(f"{LUCA}.{k}" for k in ("nome", "cognome", "codice_fiscale", "tipo", "contratto", "data_assunzione")),
}


def test_init_recovers_most_of_the_clean_domanda(tmp_path: Path) -> None:
    same, differ, text = _recovered("fc4-domanda-pulito", tmp_path)
    assert not differ, differ
    assert same >= DOMANDA_RECOVERED, sorted(DOMANDA_RECOVERED - same)
    assert len(same) >= 48  # of 55: not in any document are data_invio, id_voucher and the 2026 allowances
    assert "presentazione.data_invio" in text.split("bando:")[0]  # the header names what the rules need


LIQUIDAZIONE_RECOVERED = {
    "bando", "fase", "impresa.ragione_sociale", "impresa.codice_fiscale", "impresa.partita_iva", "impresa.iban",
    "impresa.legale_rappresentante.codice_fiscale", "corso.titolo", "corso.id_voucher", "corso.costo_totale",
    "corso.quota_pubblica", "corso.data_inizio_effettiva", "corso.data_fine", "liquidazione.data_richiesta",
    "liquidazione.fattura.numero", "liquidazione.fattura.data", "liquidazione.fattura.emittente",
    "liquidazione.fattura.partita_iva_emittente", "liquidazione.fattura.imponibile", "liquidazione.fattura.totale",
    "liquidazione.fattura.quota_pubblica", "liquidazione.fattura.quota_privata", "liquidazione.bonifico.data",
    "liquidazione.bonifico.importo", "liquidazione.bonifico.cro_trn",
    *(f"{p}.{k}" for p in (ANNA, LUCA) for k in ("nome", "cognome", "codice_fiscale", "data_assunzione", "contratto")),
}


def test_init_recovers_most_of_the_clean_liquidazione(tmp_path: Path) -> None:
    same, differ, _ = _recovered("fc4-liquidazione-pulito", tmp_path)
    assert not differ, differ
    assert same >= LIQUIDAZIONE_RECOVERED, sorted(LIQUIDAZIONE_RECOVERED - same)


@pytest.mark.parametrize(("sample", "linea"), [("ci2-domanda-linea1-pulito", 1), ("ci2-domanda-linea2-pulito", 2)])
def test_init_knows_a_ci2_dossier_and_its_line(tmp_path: Path, sample: str, linea: int) -> None:
    same, differ, text = _recovered(sample, tmp_path)
    assert {"bando", "fase", "progetto.linea", "impresa.ragione_sociale", "impresa.iban"} <= same
    assert not differ, differ
    assert f"linea: {linea}  # da verificare: dedotto" in text


def test_every_value_is_marked_for_review(tmp_path: Path) -> None:
    _, _, text = _recovered("fc4-domanda-pulito", tmp_path)
    values = [ln for ln in text.splitlines() if re.match(r"^\s*(- )?[a-z_]+: \S", ln)]
    assert values and all("# da verificare: " in ln for ln in values), [ln for ln in values if "#" not in ln]
    assert "# da verificare: letto da dipendenti/COB_Bianchi_Anna.pdf p. 1" in text
    assert "Domanda_A1_firmata.pdf.p7m › Domanda_A1_firmata.pdf p. 1" in text


def test_init_prints_and_writes_nothing_without_write(tmp_path: Path) -> None:
    folder = _copy("fc4-domanda-pulito", tmp_path)
    before = sorted(p.relative_to(folder) for p in folder.rglob("*"))
    result = _init(str(folder))
    assert result.exit_code == 0 and result.stdout.startswith("# Bozza di dossier.yaml")
    assert sorted(p.relative_to(folder) for p in folder.rglob("*")) == before


def test_write_creates_only_the_missing_manifest_and_never_overwrites(tmp_path: Path) -> None:
    folder = _copy("fc4-liquidazione-pulito", tmp_path)
    before = {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    result = _init(str(folder), "--write")
    assert result.exit_code == 0, result.output
    after = {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    assert set(after) - set(before) == {Path("dossier.yaml")}
    assert all(after[k] == v for k, v in before.items())
    written = (folder / "dossier.yaml").read_bytes()
    again = _init(str(folder), "--write")
    assert again.exit_code == 2 and "esiste già" in again.output
    assert (folder / "dossier.yaml").read_bytes() == written


def test_the_written_draft_is_checked_like_any_manifest(tmp_path: Path) -> None:
    folder = _copy("fc4-liquidazione-pulito", tmp_path)
    assert _init(str(folder), "--write").exit_code == 0
    result = CliRunner().invoke(main, [str(folder), "--format", "json"], catch_exceptions=False)
    findings = json.loads(result.output)["dossiers"][0]["findings"]
    assert not [f for f in findings if f["rule"] in ("MAN-INVALID", "MAN-MISSING", "TOOL-ERROR")], findings


def test_an_empty_folder_gets_placeholders_that_load(tmp_path: Path) -> None:
    folder = tmp_path / "vuota"
    folder.mkdir()
    result = _init(str(folder))
    draft, problems = parse_manifest(result.stdout)
    assert result.exit_code == 0 and problems == [] and draft is not None
    assert "DA COMPILARE" in result.stdout and "nessun documento indica il bando" in result.stdout


@pytest.mark.parametrize(("full", "cf", "expected"), [
    ("Mario Rossi", "RSSMRA70A01A794H", ("Mario", "Rossi")),
    ("ROSSI MARIO", "RSSMRA70A01A794H", ("Mario", "Rossi")),
    ("BIANCHI ANNA", "BNCNNA85M41F205Q", ("Anna", "Bianchi")),
    ("Anna Maria De Luca", None, ("Anna", "Maria De Luca")),
])
def test_a_full_name_is_split_by_its_codice_fiscale(full: str, cf: str | None, expected: tuple[str, str]) -> None:
    assert split_name(full, cf) == expected


def test_an_address_is_split() -> None:
    assert split_address("in Via Roma 1, 24121 Bergamo (BG)") == {
        "indirizzo": "Via Roma 1", "comune": "Bergamo", "provincia": "BG", "cap": "24121"}
    assert split_address("Via Roma 1 - Bergamo (bg)")["provincia"] == "BG"
