"""The report's data, without a browser: marks, checklist statuses, parties, texts, the invoice wording,
escaping of hostile names, the JSON contract, and --format pdf."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from validator.cli import main
from validator.models import Finding, Severity

from .conftest import SAMPLES, SHARED, run_check
from .docs import text_pdf

HOSTILE = "<img src=x onerror=alert(1)>.pdf"


def _result(name: str) -> Any:
    from validator.catalog import load_catalog
    from validator.engine import check_dossier
    from validator.extract import Cache

    return check_dossier(SAMPLES / name, load_catalog(), Cache(enabled=False), display=name)


def _page(name: str) -> dict[str, Any]:
    from validator.catalog import load_catalog
    from validator.report.page import dossier_view

    return dossier_view(_result(name), load_catalog())


def _marked(segments: Any) -> list[str]:
    return [s.text for s in segments if s.marked]


# ---------------------------------------------------------------- evidence

def test_a_swapped_pair_of_digits_is_marked_on_both_sides() -> None:
    from validator.report.evidence import diff_marks

    found, expected = diff_marks("E84D26004730009", "E84D26004370009")
    assert _marked(found) == ["73"] and _marked(expected) == ["37"]
    assert "".join(s.text for s in found) == "E84D26004730009"


def test_a_differing_id_is_marked() -> None:
    from validator.report.evidence import diff_marks

    found, expected = diff_marks("998878", "998877")
    assert _marked(found) == ["8"] and _marked(expected) == ["7"]


def test_unrelated_values_are_not_marked() -> None:
    from validator.report.evidence import diff_marks

    found, expected = diff_marks("2.100,00", "entro il 08/02/2027")
    assert not _marked(found) and not _marked(expected)
    found, expected = diff_marks("OFFICINE BRAMBILLA S.P.A.", "Meccanica Rossi S.r.l.")
    assert not _marked(found)


def test_words_that_differ_are_marked_in_a_phrase() -> None:
    from validator.report.evidence import diff_marks

    found, _ = diff_marks("Spesa sostenuta a valere sull'Avviso Pubblico IV edizione",
                          "Spesa sostenuta a valere sull'Avviso Pubblico Quarta Edizione")
    assert "IV" in "".join(_marked(found))


def test_the_snippet_marks_the_code_in_place() -> None:
    from validator.report.evidence import evidence

    f = Finding("FC4-L-FATTURA-DICITURA", Severity.BLOCKING, "m", found="E84D26004730009",
                expected="E84D26004370009", snippet="… Quarta Edizione – CUP E84D26004730009 ID VOUCHER n. 998877 …")
    ev = evidence(f)
    assert ev.snippet is not None and _marked(ev.snippet) == ["73"]
    assert "".join(s.text for s in ev.snippet) == f.snippet


# ---------------------------------------------------------------- checklist and parties

def test_row_status_from_variants_and_outcomes() -> None:
    from validator.report.checklist import row_status

    def f(variant: str, severity: Severity = Severity.BLOCKING, waived: bool = False) -> Finding:
        return Finding("X-Y", severity, "m", variant=variant, waived=waived)

    assert row_status("applied", []) == "met"
    assert row_status(None, []) == "not_run"
    assert row_status("not_applicable", []) == "not_applicable"
    assert row_status("unverifiable", []) == "unverifiable"
    assert row_status("error", []) == "error"
    assert row_status("applied", [f("missing")]) == "missing"
    assert row_status("applied", [f("missing_payslip"), f("name_only", Severity.WARNING)]) == "missing"
    assert row_status("applied", [f("wrong")]) == "wrong"
    assert row_status("applied", [f("phrase_missing")]) == "wrong"  # the document is there, incomplete
    assert row_status("applied", [f("by_name")]) == "unverifiable"
    assert row_status("applied", [f("default", Severity.INFO)]) == "note"
    assert row_status("applied", [f("missing", waived=True)]) == "waived"


def _statuses(view: dict[str, Any]) -> dict[str, str]:
    return {row.rule.id: row.status for row in view["checklist"]["bando"]}


def test_clean_sample_checklist_is_all_met() -> None:
    view = _page("fc4-domanda-pulito")
    statuses = _statuses(view)
    assert statuses["FC4-D-DEMINIMIS"] == "met"
    assert statuses["FC4-D-SCADENZE"] == "not_applicable"  # a filing time is given
    assert statuses["FC4-D-AUTONOMO-DOCS"] == "not_applicable"  # nobody is self-employed
    assert set(statuses.values()) <= {"met", "note", "not_applicable"}
    rows = {r.rule.id: r for r in view["checklist"]["bando"]}
    assert [d.file for d in rows["FC4-D-ISCRIZIONE-A4"].documents] == [
        "dipendenti/Bianchi Anna - A4.pdf", "dipendenti/Ferrari Luca - A4.pdf"]
    assert rows["FC4-D-DEMINIMIS"].party is None  # nothing to do


def test_broken_samples_checklist_and_parties() -> None:
    view = _page("fc4-domanda-senza-deminimis")
    row = next(r for r in view["checklist"]["bando"] if r.rule.id == "FC4-D-DEMINIMIS")
    assert (row.status, row.party, row.documents) == ("missing", "impresa", ())
    view = _page("fc4-liquidazione-fattura-cup-errato")
    row = next(r for r in view["checklist"]["bando"] if r.rule.id == "FC4-L-FATTURA-DICITURA")
    assert (row.status, row.party) == ("wrong", "ente")
    assert [(d.file, d.pages) for d in row.documents] == [("Fattura 45-2026.pdf", "p. 1")]


def test_parties_of_findings() -> None:
    from validator.catalog import load_catalog
    from validator.report.parties import finding_party

    catalog = load_catalog()
    rules = {r.id: r for r in catalog.all_rules()}
    files = {"x.pdf": ["fattura"], "y.pdf": []}

    def party(rule: str, document: str | None = None) -> str:
        return finding_party(Finding(rule, Severity.BLOCKING, "m", document=document), rules, catalog, files)

    assert party("FC4-L-FATTURA-DICITURA") == "ente"
    assert party("FC4-D-IBAN") == "banca"
    assert party("FC4-L-BONIFICO-ORDINANTE") == "impresa"  # the receipt is the bank's, the payment the company's
    assert party("FC4-D-COB") == "impresa"
    assert party("FC4-D-BOLLO") == "consulente"
    assert party("MAN-UNVERIFIABLE", "dossier.yaml") == "consulente"
    assert party("DOC-UNREADABLE", "x.pdf") == "ente"  # an unreadable invoice: the provider resends it
    assert party("DOC-UNREADABLE", "y.pdf") == "impresa"


def test_participant_matrix_of_a_missing_lul_month() -> None:
    view = _page("fc4-liquidazione-manca-lul-novembre")
    pm = view["participants"]
    assert pm["columns"] == ["LUL per mese del corso"]  # timbrature concern nobody: no column
    rows = {r.subject: r for r in pm["rows"]}
    anna, luca = rows["BNCNNA85M41F205Q"].cells[0], rows["FRRLCU88T10A794W"].cells[0]
    assert anna.status == "met" and [m.document is not None for m in anna.months] == [True, True]
    assert luca.status == "missing" and [(m.label, m.document) for m in luca.months][1] == ("novembre 2026", None)
    assert rows["FRRLCU88T10A794W"].attendance["percent"] == "100,0"


def test_participant_matrix_merges_cob_and_contract() -> None:
    pm = _page("fc4-domanda-pulito")["participants"]
    assert pm["columns"] == ["Allegato A.4", "Assunzione: COB, o contratto e ultimo cedolino"]
    rows = {r.subject: r for r in pm["rows"]}
    assert [d.file for d in rows["BNCNNA85M41F205Q"].cells[1].documents] == ["dipendenti/COB_Bianchi_Anna.pdf"]
    assert {d.file for d in rows["FRRLCU88T10A794W"].cells[1].documents} == {
        "dipendenti/Ferrari/contratto assunzione 2007.pdf", "dipendenti/Ferrari/cedolino agosto 2026.pdf"}
    assert str(rows["BNCNNA85M41F205Q"].money["public"]) == "1050.00"


def test_dates_have_days_left_and_events() -> None:
    view = _page("fc4-liquidazione-pulito")
    items = {i["key"]: i for i in view["dates"]}
    assert items["liquida_entro"]["when"] == date(2027, 2, 8)
    assert items["liquida_entro"]["in_time"] is True and items["avvio_entro"]["in_time"] is True
    view = _page("fc4-domanda-pulito")
    item = next(i for i in view["dates"] if i["key"] == "invia_entro")  # even with a filing time given
    assert isinstance(item["when"], datetime) and item["in_time"] is True


# ---------------------------------------------------------------- texts

def test_client_message_groups_by_who_must_act() -> None:
    texts = {t.id: t.body for t in _page("fc4-domanda-senza-deminimis")["texts"]}
    body = texts["testo-cliente"]
    assert body.startswith("Gentile Meccanica Rossi S.r.l.,")
    assert "DA PARTE VOSTRA:" in body and "Manca la dichiarazione sostitutiva «de minimis»" in body
    assert "Cosa fare: Compilate l'Allegato A.2.a" in body
    assert "imposta di bollo" not in body.lower()  # information, and the consultant's
    assert "02/10/2026" in body  # invia entro


def test_provider_texts_name_the_wrong_cup() -> None:
    view = _page("fc4-liquidazione-fattura-cup-errato")
    texts = {t.id: t.body for t in view["texts"]}
    assert "DA CHIEDERE ALL'ENTE DI FORMAZIONE:" in texts["testo-cliente"]
    assert "report" not in texts["testo-cliente"].lower()  # the hint meant for the consultant stays out
    provider = texts["testo-ente"]
    assert provider.startswith("Gentili Formazione Lombarda S.r.l.,")
    assert "CUP E84D26004370009 ID VOUCHER n. 998877, ID EDIZIONE n. 654321" in provider
    assert "trovato E84D26004730009" in provider and "nota di credito" in provider


def test_clean_sample_has_no_client_message_but_the_wording() -> None:
    texts = {t.id: t.body for t in _page("fc4-domanda-pulito")["texts"]}
    assert "testo-cliente" not in texts
    assert texts["dicitura-fattura"].endswith("quota finanziamento pubblico € 2.100,00 e quota finanziamento "
                                              "privato € 900,00")


def test_the_generated_wording_passes_the_wording_rule() -> None:
    """The text we give the provider must satisfy FC4-L-FATTURA-DICITURA, even wrapped across lines."""
    import textwrap

    from validator.catalog import load_catalog
    from validator.checks import CHECKS
    from validator.context import Context
    from validator.manifest import load_manifest
    from validator.models import Document, SourceFile
    from validator.report_facts import collect

    catalog = load_catalog()
    manifest, problems = load_manifest(SAMPLES / "fc4-liquidazione-pulito" / "dossier.yaml")
    assert manifest is not None and not problems
    rules = catalog.rules_for("fc4", "liquidazione")
    ctx = Context(manifest=manifest, catalog=catalog, bando=catalog.bandi["fc4"], documents=[], files=[], texts={},
                  events=[], as_of=date(2027, 1, 15), now=datetime(2027, 1, 15, 12, 0))
    collect(ctx, rules)
    wording = ctx.facts["invoice_wording"]
    assert wording["missing"] == []
    rule = next(r for r in rules if r.id == "FC4-L-FATTURA-DICITURA")
    for text in (wording["text"], "FATTURA n. 45/2026\n" + "\n".join(textwrap.wrap(wording["text"], 70))):
        file = SourceFile("f.pdf", None, 1, "0" * 64, "pdf", "application/pdf", "pdf")
        ctx.documents = [Document("fattura", file, 1, 1, text, (), False)]
        assert list(CHECKS[rule.check].check(rule.params, ctx)) == [], text


def test_missing_ids_stay_visible_in_the_wording(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    shutil.copytree(SAMPLES / "fc4-domanda-pulito", folder)
    manifest = folder / "dossier.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace('id_voucher: "998877"', ""), encoding="utf-8")
    _, report = run_check(folder)
    wording = report["dossiers"][0]["facts"]["invoice_wording"]
    assert wording["missing"] == ["corso.id_voucher"] and "[corso.id_voucher mancante]" in wording["text"]


# ---------------------------------------------------------------- HTML, JSON, PDF

def hostile_dossier(root: Path) -> Path:
    """The clean sample plus a file whose name and text are HTML."""
    folder = root / "ostile"
    shutil.copytree(SAMPLES / "fc4-domanda-pulito", folder)
    (folder / HOSTILE).write_bytes(text_pdf([["<script>alert(2)</script>", "Nota qualsiasi </textarea><b>x</b>"]]))
    return folder


def test_hostile_file_name_is_escaped(tmp_path: Path) -> None:
    folder = hostile_dossier(tmp_path)
    result = CliRunner().invoke(main, [str(folder), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    page = (tmp_path / "out" / "ostile.html").read_text(encoding="utf-8")
    assert "&lt;img src=x onerror=alert(1)&gt;.pdf" in page
    assert "<img" not in page and "<script>alert" not in page and "</textarea><b>" not in page


@pytest.mark.parametrize("name", ["fc4-domanda-pulito", "fc4-liquidazione-manca-lul-novembre"])
def test_json_output_keeps_the_contract(name: str) -> None:
    tool = SHARED / "tools" / "check_output.py"
    if not tool.is_file():
        pytest.skip("../shared/tools/check_output.py is absent")
    result = CliRunner().invoke(main, [str(SAMPLES / name), "--format", "json"])
    checked = subprocess.run([sys.executable, str(tool)], input=result.output, capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout
    assert '"variant"' not in result.output  # internal to the report: findings keep their JSON keys


def test_pdf_format_writes_an_a4_pdf(tmp_path: Path) -> None:
    pytest.importorskip("weasyprint", reason="WeasyPrint (extra [pdf]) is not installed")
    result = CliRunner().invoke(main, [str(SAMPLES / "fc4-liquidazione-fattura-cup-errato"), "--format", "pdf",
                                       "--out", str(tmp_path)])
    assert result.exit_code == 1, result.output  # blocking findings
    pdf = tmp_path / "fc4-liquidazione-fattura-cup-errato.pdf"
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    from pypdf import PdfReader

    pages = PdfReader(pdf).pages
    assert {(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in pages} == {(595, 842)}  # A4
    text = " ".join(p.extract_text() for p in pages)
    assert "Bloccato" in text and "E84D26004730009" in text and "Copia" not in text


def test_pdf_format_without_weasyprint_says_what_to_install(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "weasyprint", None)
    result = CliRunner().invoke(main, [str(SAMPLES / "fc4-domanda-pulito"), "--format", "pdf",
                                       "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert "dossier-check[pdf]" in result.output and "libpango" in result.output


def test_pages_render_without_manifest_or_with_a_bare_one(tmp_path: Path) -> None:
    batch = tmp_path / "clienti"
    (batch / "senza").mkdir(parents=True)
    (batch / "senza" / "nota.pdf").write_bytes(text_pdf([["appunti"]]))
    (batch / "scarno").mkdir()
    (batch / "scarno" / "dossier.yaml").write_text("bando: fc4\nfase: liquidazione\nimpresa: {ragione_sociale: Foo}\n",
                                                   encoding="utf-8")
    (batch / "ignoto").mkdir()
    (batch / "ignoto" / "dossier.yaml").write_text("bando: xx9\nfase: domanda\nimpresa: {ragione_sociale: Foo}\n",
                                                   encoding="utf-8")
    result = CliRunner().invoke(main, [str(batch), "--batch", "--out", str(tmp_path / "out")])
    assert result.exit_code == 1, result.output
    for name in ("senza", "scarno", "ignoto"):
        page = (tmp_path / "out" / f"{name}.html").read_text(encoding="utf-8")
        assert "Bloccato" in page and "Checklist del bando" in page
