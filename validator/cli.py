"""Command line: options in, exit code out. No checking logic lives here."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from . import __version__

if TYPE_CHECKING:
    from .models import RunResult
    from .runner import Target

EXIT_OK = 0
EXIT_BLOCKING = 1
EXIT_ERROR = 2

FORMATS = ["html", "json", "text", "junit", "csv", "pdf"]


class DefaultGroup(click.Group):
    """`dossier-check FOLDER` runs `check`; named subcommands still work."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and (args[0] not in self.commands or _is_dossier_folder(args[0])) \
                and args[0] not in ("--help", "-h", "--version"):
            args = ["check", *args]
        elif not args:
            args = ["check", "--help"]
        return super().parse_args(ctx, args)


def _is_dossier_folder(name: str) -> bool:
    """A folder named like a subcommand (`init/`, `rules/`) that is a dossier or a batch is checked."""
    folder = Path(name)
    if not folder.is_dir():
        return False
    if (folder / "dossier.yaml").is_file():
        return True
    try:
        return any((child / "dossier.yaml").is_file() for child in folder.iterdir() if child.is_dir())
    except OSError:
        return False


def _as_of(value: str | None) -> date | None:
    if value is None:
        return None
    from .values import parse_date

    parsed = parse_date(value)
    if parsed is None:
        raise click.BadParameter(f"data non valida: {value} (usate AAAA-MM-GG o GG/MM/AAAA)")
    return parsed


@click.group(cls=DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dossier-check", message="%(prog)s %(version)s")
def main() -> None:
    """Controlla i dossier dei bandi di Regione Lombardia (Formazione Continua, Competenze & Innovazione)."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="html", show_default=True,
              help="html: report e riepilogo; pdf: il report in A4; json/text/junit/csv: sullo standard output.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Cartella dei report (default ./dossier-check-report).")
@click.option("--as-of", "as_of", default=None, help="Data di riferimento per le validità (AAAA-MM-GG).")
@click.option("--no-cache", is_flag=True, help="Non usare né scrivere la cache (testi, classificazioni, impronte).")
@click.option("--fail-on", type=click.Choice(["blocking", "warning"]), default="blocking", show_default=True,
              help="Con «warning» anche gli avvisi danno codice di uscita 1.")
@click.option("--batch", "mode", flag_value="batch", default=None,
              help="Tratta la cartella come un insieme di dossier.")
@click.option("--single", "mode", flag_value="single", help="Tratta la cartella come un solo dossier.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=0, show_default="tutti i core",
              help="Processi di lavoro in parallelo (0: uno per core).")
@click.option("--scheduler", default=None, metavar="tcp://HOST:PORTA",
              help="Esegui su un cluster Dask già avviato (serve l'extra «distributed» e le stesse cartelle "
                   "visibili dai nodi).")
@click.option("--select", "select", multiple=True, metavar="PREFISSI",
              help="Solo le regole il cui codice inizia così (ripetibile o separato da virgole: FC4-D,DOC).")
@click.option("--ignore", "ignore", multiple=True, metavar="PREFISSI",
              help="Escludi le regole il cui codice inizia così (ripetibile o separato da virgole).")
def check(paths: tuple[str, ...], fmt: str, out_dir: Path | None, as_of: str | None, no_cache: bool,
          fail_on: str, mode: str | None, jobs: int, scheduler: str | None, select: tuple[str, ...],
          ignore: tuple[str, ...]) -> None:
    """Controlla uno o più dossier (cartelle con dossier.yaml)."""
    from .engines import open_engine

    reference = _as_of(as_of)
    try:
        engine = open_engine(jobs, scheduler)  # local workers boot while the imports below and the catalog load
    except Exception as exc:  # the cluster is unreachable, the distributed extra is missing...
        if scheduler is None:
            raise
        click.echo(f"dossier-check: esecuzione su {scheduler} non riuscita: {exc}", err=True)
        sys.exit(EXIT_ERROR)

    from .batch import BatchOptions, run_batch
    from .catalog import CatalogError, load_catalog
    from .models import Verdict
    from .pool import PoolError
    from .progress import progress_bar
    from .report import REPORTERS
    from .runner import UsageError, find_targets
    from .selection import Selection

    try:
        catalog = load_catalog(use_cache=not no_cache)
        targets = find_targets(paths, mode)
    except (CatalogError, UsageError) as exc:
        engine.close()
        prefix = "catalogo delle regole non valido: " if isinstance(exc, CatalogError) else ""
        click.echo(f"dossier-check: {prefix}{exc}", err=True)
        sys.exit(EXIT_ERROR)
    selection = Selection.parse(select, ignore)
    unknown = selection.unknown(r.id for r in catalog.all_rules())
    if unknown:
        engine.close()
        click.echo(f"dossier-check: nessuna regola del catalogo inizia con {', '.join(unknown)} "
                   "(l'elenco: dossier-check rules)", err=True)
        sys.exit(EXIT_ERROR)
    options = BatchOptions(jobs=jobs, use_cache=not no_cache, as_of=reference, scheduler=scheduler,
                           selection=selection)

    show_bar = sys.stderr.isatty() and fmt not in ("json", "csv")
    try:
        with progress_bar(show_bar) as hook:
            result = run_batch(targets, catalog, options, progress=hook, engine=engine).result
    except PoolError as exc:
        click.echo(f"dossier-check: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    except KeyboardInterrupt:
        click.echo("dossier-check: interrotto (la cache resta valida: il prossimo avvio riparte da lì)", err=True)
        sys.exit(130)

    if fmt in ("html", "pdf"):
        _write_pages(result, out_dir, targets, catalog, fmt)
    else:
        click.echo(REPORTERS[fmt]().render(result), nl=fmt != "csv")

    worst = {d.verdict for d in result.dossiers}
    if Verdict.BLOCKED in worst or (fail_on == "warning" and Verdict.WARNINGS in worst):
        sys.exit(EXIT_BLOCKING)
    sys.exit(EXIT_OK)


def _write_pages(result: RunResult, out_dir: Path | None, targets: list[Target], catalog: Any, fmt: str) -> None:
    from .report.html import HtmlReporter
    from .report.pdf import PdfReporter, PdfUnavailable
    from .report.text import TextReporter, batch_summary

    folder, note = report_folder(out_dir, [t.path for t in targets])
    if note:
        click.echo(note, err=True)
    try:
        page = (PdfReporter(catalog) if fmt == "pdf" else HtmlReporter(catalog)).write(result, folder)
    except PdfUnavailable as exc:
        click.echo(f"dossier-check: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    colour = sys.stdout.isatty()
    if len(result.dossiers) > 1:
        click.echo(batch_summary(result, colour=colour))
        click.echo(f"Indice: {page}")
    else:
        click.echo(TextReporter(colour=colour, limit=8).render(result))
        click.echo(f"Report: {page}")


def _catalog() -> Any:
    from .catalog import CatalogError, load_catalog

    try:
        return load_catalog()
    except CatalogError as exc:
        click.echo(f"dossier-check: catalogo delle regole non valido: {exc}", err=True)
        sys.exit(EXIT_ERROR)


@main.command("rules")
@click.option("--bando", default=None, help="Solo le regole comuni e quelle di questo bando (il suo codice, es. fc4).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text", show_default=True,
              help="markdown: il catalogo completo, come docs/rules.md.")
def rules_command(bando: str | None, fmt: str) -> None:
    """Elenca le regole: codice, gravità, fasi, cosa controlla e fonte."""
    from . import catalog_view

    catalog = _catalog()
    if bando and bando not in catalog.bandi:
        click.echo(f"dossier-check: bando «{bando}» sconosciuto (disponibili: {', '.join(sorted(catalog.bandi))})",
                   err=True)
        sys.exit(EXIT_ERROR)
    if fmt == "markdown":
        click.echo(catalog_view.render_markdown(catalog), nl=False)
        return
    listing = catalog_view.rows(catalog, bando)
    click.echo(catalog_view.render_json(listing, catalog) if fmt == "json" else catalog_view.render_text(listing))


@main.command()
@click.argument("rule_id")
def explain(rule_id: str) -> None:
    """Mostra una regola per intero, con un esempio che passa e uno che non passa."""
    from . import catalog_view

    catalog = _catalog()
    rule = catalog.rule(rule_id.strip().upper())
    if rule is None:
        near = catalog_view.suggestions(catalog, rule_id)
        click.echo(f"dossier-check: la regola «{rule_id}» non esiste"
                   + (f"; forse: {', '.join(near)}" if near else "") + " (l'elenco: dossier-check rules)", err=True)
        sys.exit(EXIT_ERROR)
    click.echo(catalog_view.explain(catalog, rule))


@main.command()
@click.argument("path", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--write", is_flag=True,
              help="Salva la bozza come dossier.yaml nella cartella, solo se non esiste già.")
@click.option("--no-cache", is_flag=True, help="Non usare né scrivere la cache dei testi estratti.")
def init(path: Path, write: bool, no_cache: bool) -> None:
    """Propone un dossier.yaml leggendo i documenti già nella cartella (valori da verificare)."""
    from .extract import Cache
    from .initialize import draft_for
    from .manifest import MANIFEST_NAME

    target = path / MANIFEST_NAME
    if write and target.exists():
        click.echo(f"dossier-check: {target} esiste già: non lo sovrascrivo (togliete --write per vedere la bozza)",
                   err=True)
        sys.exit(EXIT_ERROR)
    text, draft = draft_for(path, _catalog(), Cache(enabled=not no_cache))
    if not write:
        click.echo(text, nl=False)
        if target.exists():
            click.echo(f"Nota: {target} esiste già; la bozza non lo modifica.", err=True)
        return
    try:
        with target.open("x", encoding="utf-8") as fh:  # never over a file created meanwhile
            fh.write(text)
    except FileExistsError:
        click.echo(f"dossier-check: {target} esiste già: non lo sovrascrivo", err=True)
        sys.exit(EXIT_ERROR)
    except OSError as exc:
        click.echo(f"dossier-check: impossibile scrivere {target}: {exc.strerror}", err=True)
        sys.exit(EXIT_ERROR)
    click.echo(f"Scritto {target}: {draft.documents} documenti letti; verificate i valori segnati "
               "«da verificare» prima di lanciare il controllo.", err=True)


@main.group()
def cache() -> None:
    """La cache dei testi estratti e delle classificazioni (nella cartella cache dell'utente)."""


@cache.command("clear")
def cache_clear() -> None:
    """Svuota la cache: il prossimo controllo rilegge tutti i file."""
    from .extract import Cache

    store = Cache()
    removed = store.clear()
    click.echo(f"Cache svuotata: {removed} voci rimosse da {store.root}")


@cache.command("info")
def cache_info() -> None:
    """Dove sta la cache e quanto occupa."""
    from .extract import Cache

    store = Cache()
    entries, size = store.size()
    click.echo(f"Cache: {store.folder} — {entries} voci, {size / 1_048_576:.1f} MB")


def report_folder(out_dir: Path | None, dossiers: list[Path]) -> tuple[Path, str | None]:
    """Never inside a dossier: if the chosen folder would be, use the user's data directory."""
    from .discover import REPORT_MARKER

    folder = (out_dir or Path.cwd() / "dossier-check-report").resolve()
    inside = [d for d in dossiers if folder == d.resolve() or d.resolve() in folder.parents]
    note = None
    if inside:
        from platformdirs import user_data_dir

        folder = Path(user_data_dir("dossier-check", appauthor=False)) / "report"
        note = (f"La cartella dei report sarebbe dentro il dossier «{inside[0]}», che non va mai modificato: "
                f"uso {folder}")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / REPORT_MARKER).touch(exist_ok=True)
    return folder, note


if __name__ == "__main__":
    main()
