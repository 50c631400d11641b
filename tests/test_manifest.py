"""dossier.yaml: strings stay strings, errors name key and line, hostile YAML is refused."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from validator.manifest import parse_manifest
from validator.schemas import ROME

from .conftest import DATA


def test_spec_example_is_clean() -> None:
    manifest, problems = parse_manifest((DATA / "spec_example.yaml").read_bytes())
    assert problems == []
    assert manifest is not None
    assert manifest.get("presentazione.data_invio") == datetime(2026, 9, 1, 10, 0, tzinfo=ROME)
    assert manifest.get("corso.costo_totale") == Decimal("3000.00")
    assert manifest.get("corso.data_inizio") == date(2026, 10, 5)
    assert manifest.participants[0]["codice_cob"] == "1601315000123456"


def test_values_typed_by_schema_not_by_yaml() -> None:
    manifest, problems = parse_manifest(
        "bando: fc4\nfase: domanda\nimpresa:\n  ragione_sociale: X S.r.l.\n"
        "  sede_operativa: {provincia: NO}\ncorso:\n  id_corso: 0123\n"
        "partecipanti:\n  - {nome: A, cognome: B, codice_cob: 1601315000123456}\n"
    )
    assert problems == []
    assert manifest is not None
    assert manifest.get("impresa.sede_operativa.provincia") == "NO"
    assert manifest.get("corso.id_corso") == "0123"
    assert manifest.participants[0]["codice_cob"] == "1601315000123456"


def test_date_only_filing_means_end_of_day() -> None:
    manifest, _ = parse_manifest("bando: fc4\nfase: domanda\nimpresa: {ragione_sociale: X}\n"
                                 "presentazione: {data_invio: 2026-09-01}\n")
    assert manifest is not None
    assert manifest.get("presentazione.data_invio") == datetime(2026, 9, 1, 23, 59, tzinfo=ROME)


def test_errors_name_key_path_and_line() -> None:
    _, problems = parse_manifest(
        "bando: fc4\nfase: domanda\nimpresa:\n  ragione_sociale: X Srl\n  addetti: tre\n"
        "corso:\n  data_inizio: 2026-02-30\n  titolo_corso: refuso\n"
    )
    found = {(p.key, p.line) for p in problems}
    assert ("impresa.addetti", 5) in found
    assert ("corso.data_inizio", 7) in found
    assert ("corso.titolo_corso", 8) in found


def test_missing_required_keys() -> None:
    _, problems = parse_manifest("fase: domanda\nimpresa: {}\n")
    keys = {p.key for p in problems}
    assert {"bando", "impresa.ragione_sociale"} <= keys


def test_yaml_bomb_is_refused_without_expanding() -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(20)
    )
    manifest, problems = parse_manifest(bomb)
    assert manifest is None
    assert "ancore" in problems[0].message or "alias" in problems[0].message


def test_not_a_mapping() -> None:
    manifest, problems = parse_manifest("- just\n- a list\n")
    assert manifest is None and problems


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gives_problems_or_a_manifest_never_an_exception(text: str) -> None:
    manifest, problems = parse_manifest(text)
    assert manifest is not None or problems


def test_deeply_nested_manifest_is_refused_without_crashing() -> None:
    # libyaml's C composer overflows the C stack on this (a segfault): manifests use the pure parser
    manifest, problems = parse_manifest("a: " + "[" * 200_000 + "]" * 200_000)
    assert manifest is None and "profondità" in problems[0].message
