"""--format html: one self-contained page per dossier (inline CSS, no network), plus an index for batches."""

from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path
from typing import Any

from .. import values
from ..catalog import Catalog
from ..models import DossierResult, RunResult, Severity
from ..resources import REPORTS
from . import page, view


def slug(path: str) -> str:
    name = unicodedata.normalize("NFKD", Path(path).name or "dossier")
    name = re.sub(r"[^A-Za-z0-9._-]+", "-", name.encode("ascii", "ignore").decode()).strip("-.")
    return name or "dossier"


@functools.cache
def _env() -> Any:
    """One environment per process: templates are compiled once, not once per dossier page."""
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(REPORTS)),
        autoescape=jinja2.select_autoescape(["html", "j2"], default=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["eur"] = lambda v: "€ " + values.format_eur(v) if v is not None else "—"
    env.filters["data"] = values.format_date
    return env


class HtmlReporter:
    extension = "html"

    def __init__(self, catalog: Catalog | None = None) -> None:
        if catalog is None:
            from ..catalog import load_catalog

            catalog = load_catalog()
        self.catalog = catalog

    def render_dossier(self, result: DossierResult, run: RunResult, index_name: str | None = None) -> str:
        template = _env().get_template("report.html.j2")
        return template.render(d=page.dossier_view(result, self.catalog), run=run, index_name=index_name,
                               Severity=Severity)

    def render_index(self, run: RunResult, names: dict[str, str]) -> str:
        template = _env().get_template("index.html.j2")
        return template.render(run=run, **view.index_view(run, names))

    def render(self, result: RunResult) -> str:
        if len(result.dossiers) == 1:
            return self.render_dossier(result.dossiers[0], result)
        names = self.file_names(result)
        return self.render_index(result, names)

    @staticmethod
    def file_names(result: RunResult) -> dict[str, str]:
        names: dict[str, str] = {}
        used: set[str] = set()
        for d in result.dossiers:
            base = slug(d.path)
            name, n = f"{base}.html", 2
            while name in used or name == "index.html":
                name, n = f"{base}-{n}.html", n + 1
            used.add(name)
            names[d.path] = name
        return names

    def write(self, result: RunResult, out_dir: Path) -> Path:
        """Write the page(s); returns the one to open first."""
        out_dir.mkdir(parents=True, exist_ok=True)
        names = self.file_names(result)
        batch = len(result.dossiers) > 1
        for d in result.dossiers:
            page = self.render_dossier(d, result, index_name="index.html" if batch else None)
            (out_dir / names[d.path]).write_text(page, encoding="utf-8")
        if batch:
            index = out_dir / "index.html"
            index.write_text(self.render_index(result, names), encoding="utf-8")
            return index
        return out_dir / names[result.dossiers[0].path]
