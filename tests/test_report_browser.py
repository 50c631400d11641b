"""The HTML report in a real browser: headless Debian Chromium driven by Playwright.

One browser for the module; reports of a clean and of broken samples, of a dossier with a
hostile file name, and a batch index are built once. Screenshots (screen and print) are kept
under test-artifacts/report/ for a person to look at. Never `playwright install`: the tests
use /usr/bin/chromium and are skipped, saying why, when it is absent.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from validator.cli import main

from .conftest import ROOT, SAMPLES
from .test_report import HOSTILE, hostile_dossier

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync"]
ARTIFACTS = ROOT / "test-artifacts" / "report"
CLEAN = "fc4-domanda-pulito"
NO_DEMINIMIS = "fc4-domanda-senza-deminimis"
CUP = "fc4-liquidazione-fattura-cup-errato"
LUL = "fc4-liquidazione-manca-lul-novembre"

if not CHROMIUM.exists():
    pytest.skip("/usr/bin/chromium is absent (Debian package chromium; scripts/setup installs it)",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[dev]')")


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("reports")
    runner = CliRunner()
    for name in (CLEAN, NO_DEMINIMIS, CUP, LUL):
        result = runner.invoke(main, [str(SAMPLES / name), "--out", str(out)])
        assert result.exit_code in (0, 1), result.output
    result = runner.invoke(main, [str(hostile_dossier(tmp_path_factory.mktemp("hostile"))), "--out", str(out)])
    assert result.exit_code == 0, result.output
    batch = out / "batch"
    result = runner.invoke(main, [str(SAMPLES / CLEAN), str(SAMPLES / NO_DEMINIMIS), str(SAMPLES / CUP),
                                  "--out", str(batch)])
    assert result.exit_code == 1, result.output
    return out


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


class Page:
    """A page with what it asked the network for, and the dialogs it tried to open."""

    def __init__(self, browser: Any, path: Path, javascript: bool = True) -> None:
        self.context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=javascript)
        if javascript:
            self.context.grant_permissions(["clipboard-read", "clipboard-write"])
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.url = path.resolve().as_uri()
        self.page.goto(self.url)

    def shots(self, name: str) -> None:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        self.page.evaluate("window.scrollTo(0, 0)")  # the first screenful, as an operator opens it
        self.page.screenshot(path=str(ARTIFACTS / f"{name}-screen.png"))
        self.page.screenshot(path=str(ARTIFACTS / f"{name}-screen-full.png"), full_page=True)
        self.page.emulate_media(media="print")
        self.page.screenshot(path=str(ARTIFACTS / f"{name}-print.png"), full_page=True)
        self.page.emulate_media(media="screen")

    def only_itself(self) -> None:
        assert self.requests == [self.url], self.requests  # nothing fetched: no CDN, no font, no image

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def open_page(browser: Any, reports: Path) -> Iterator[Any]:
    pages: list[Page] = []

    def opener(name: str, javascript: bool = True) -> Page:
        page = Page(browser, reports / name, javascript)
        pages.append(page)
        return page

    yield opener
    for page in pages:
        page.close()


def _statuses(page: Any, table: str = "#checklist-bando") -> dict[str, str]:
    rows = page.locator(f"{table} tbody tr")
    return {rows.nth(i).get_attribute("data-rule"): rows.nth(i).get_attribute("data-status")
            for i in range(rows.count())}


def _copy(p: Page, text_id: str) -> str:
    p.page.locator(f'button.copy[data-copy="{text_id}"]').click()
    p.page.wait_for_function("id => document.querySelector('#blocco-' + id + ' .copied').textContent !== ''",
                             arg=text_id)
    return str(p.page.evaluate("navigator.clipboard.readText()"))


def test_clean_report(open_page: Any) -> None:
    p = open_page(f"{CLEAN}.html")
    page = p.page
    assert page.locator(".verdict .badge").inner_text() == "Pronto"
    assert "Invia entro" in page.locator("ul.dates").inner_text()
    statuses = _statuses(page)
    assert statuses["FC4-D-DEMINIMIS"] == "met" and statuses["FC4-D-SCADENZE"] == "not_applicable"
    assert set(statuses.values()) <= {"met", "note", "not_applicable"}
    assert page.locator('#checklist-bando tr[data-rule="FC4-D-IBAN"] td.docs').inner_text().startswith(
        "Certificato IBAN BPO.pdf")
    matrix = page.locator("#matrice-partecipanti tbody tr")
    assert [matrix.nth(i).get_attribute("data-subject") for i in range(matrix.count())] == [
        "BNCNNA85M41F205Q", "FRRLCU88T10A794W"]
    assert page.locator("#matrice-partecipanti thead").inner_text().split("\t")[:3] == [
        "Partecipante", "Allegato A.4", "Assunzione: COB, o contratto e ultimo cedolino"]
    assert page.locator("#testo-cliente").count() == 0  # nothing to ask the client
    wording = page.locator("#dicitura-fattura").input_value()
    assert _copy(p, "dicitura-fattura") == wording
    assert "CUP E84D26004370009 ID VOUCHER n. 998877, ID EDIZIONE n. 654321" in wording
    assert not p.dialogs
    p.only_itself()
    p.shots("pulito")


def test_broken_report_blocking_first_filter_and_client_message(open_page: Any) -> None:
    p = open_page(f"{NO_DEMINIMIS}.html")
    page = p.page
    assert page.locator(".verdict .badge").inner_text() == "Bloccato"
    sevs = page.locator("#segnalazioni article.finding").evaluate_all("els => els.map(e => e.dataset.sev)")
    assert sevs[0] == "blocking" and sevs == sorted(sevs, key=["blocking", "warning", "info"].index)
    first = page.locator("#segnalazioni article.finding").first
    assert first.get_attribute("data-rule") == "FC4-D-DEMINIMIS" and "deve agire: Impresa" in first.inner_text()
    row = page.locator('#checklist-bando tr[data-rule="FC4-D-DEMINIMIS"]')
    assert row.get_attribute("data-status") == "missing" and "Manca" in row.inner_text()

    blocking = page.locator('#segnalazioni article[data-sev="blocking"]').first
    box = page.locator('.filters input[data-sev="blocking"]')
    box.uncheck()
    assert not blocking.is_visible()
    box.check()
    assert blocking.is_visible()

    only = page.locator("#solo-aperti")
    only.check()
    assert page.locator("#checklist-bando tbody tr:visible").count() == 2  # the missing one and the reminder
    only.uncheck()

    text = _copy(p, "testo-cliente")
    assert text == page.locator("#testo-cliente").input_value()
    assert "DA PARTE VOSTRA:" in text and "Manca la dichiarazione sostitutiva «de minimis» (Allegato A.2.a)." in text
    p.only_itself()
    p.shots("senza-deminimis")


def test_wrong_cup_is_marked_and_the_provider_text_is_ready(open_page: Any) -> None:
    p = open_page(f"{CUP}.html")
    page = p.page
    article = page.locator('#segnalazioni article[data-rule="FC4-L-FATTURA-DICITURA"]')
    assert article.locator("dd.found mark").inner_text() == "73"
    assert article.locator("dd.expected mark").inner_text() == "37"
    assert article.locator("dd.snippet mark").inner_text() == "73"
    assert "deve agire: Ente di formazione" in article.inner_text()
    assert _statuses(page)["FC4-L-FATTURA-DICITURA"] == "wrong"
    assert "Liquida entro" in page.locator("ul.dates").inner_text()
    provider = _copy(p, "testo-ente")
    assert provider.startswith("Gentili Formazione Lombarda S.r.l.,")
    assert "CUP E84D26004370009" in provider and "trovato E84D26004730009" in provider
    p.only_itself()
    p.shots("fattura-cup-errato")


def test_participant_matrix_shows_the_missing_month(open_page: Any) -> None:
    p = open_page(f"{LUL}.html")
    cell = p.page.locator('#matrice-partecipanti tr[data-subject="FRRLCU88T10A794W"] td.cell').first
    assert cell.get_attribute("data-status") == "missing"
    assert "novembre 2026: manca" in cell.inner_text()
    ok = p.page.locator('#matrice-partecipanti tr[data-subject="BNCNNA85M41F205Q"] td.cell').first
    assert ok.get_attribute("data-status") == "met"
    assert "22 ore su 24 (91,7%)" in p.page.locator('tr[data-subject="BNCNNA85M41F205Q"] td.attendance').inner_text()
    p.only_itself()


def test_hostile_file_name_renders_as_text_and_runs_nothing(open_page: Any) -> None:
    p = open_page("ostile.html")
    page = p.page
    assert HOSTILE in page.locator("#inventario").inner_text()
    assert page.locator("img").count() == 0 and page.locator("main script, main b").count() == 0
    assert not p.dialogs
    p.only_itself()


def test_reads_without_javascript(open_page: Any) -> None:
    p = open_page(f"{NO_DEMINIMIS}.html", javascript=False)
    page = p.page
    assert page.locator('#segnalazioni article[data-sev="blocking"]').is_visible()
    assert not page.locator("button.copy").first.is_visible()  # nothing to click without JavaScript
    assert page.locator("#testo-cliente").is_visible()
    assert "DA PARTE VOSTRA:" in page.locator("#testo-cliente").input_value()
    assert page.locator("#checklist-bando tbody tr:visible").count() == page.locator(
        "#checklist-bando tbody tr").count()


def test_print_shows_everything_and_no_controls(open_page: Any) -> None:
    p = open_page(f"{NO_DEMINIMIS}.html")
    page = p.page
    page.locator('.filters input[data-sev="info"]').uncheck()  # hidden on screen...
    page.emulate_media(media="print")
    assert page.locator('#segnalazioni article[data-sev="info"]').first.is_visible()  # ...printed anyway
    assert not page.locator("button.copy").first.is_visible()
    assert not page.locator("#testo-cliente").is_visible()
    assert page.locator("#blocco-testo-cliente pre.print-only").is_visible()
    assert not page.locator("nav.filters").is_visible()


def test_index_links_to_each_report(open_page: Any, reports: Path) -> None:
    p = open_page("batch/index.html", javascript=False)
    page = p.page
    links = page.locator("#dossiers a")
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    assert sorted(hrefs) == sorted(f"{n}.html" for n in (CLEAN, NO_DEMINIMIS, CUP))
    assert all((reports / "batch" / str(h)).is_file() for h in hrefs)
    p.only_itself()
    p.shots("indice")
    links.filter(has_text=CUP).click()
    assert page.locator(".verdict .badge").inner_text() == "Bloccato"
    assert page.locator(".back a").get_attribute("href") == "index.html"


def test_copy_without_clipboard_api_selects_the_text(browser: Any, reports: Path) -> None:
    """Where the browser gives no clipboard API, the button selects the whole text for Ctrl+C."""
    context = browser.new_context()
    try:
        context.add_init_script("Object.defineProperty(navigator, 'clipboard', {value: undefined});")
        page = context.new_page()
        page.goto((reports / f"{NO_DEMINIMIS}.html").resolve().as_uri())
        page.locator('button.copy[data-copy="testo-cliente"]').click()
        selected = page.evaluate("""() => { const t = document.activeElement;
            return t.id === 'testo-cliente' && t.selectionStart === 0 && t.selectionEnd === t.value.length; }""")
        assert selected
        assert page.locator("#blocco-testo-cliente .copied").inner_text() != ""
    finally:
        context.close()
