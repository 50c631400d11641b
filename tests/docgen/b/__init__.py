"""Held-out document set "b": Italian documents written deliberately unlike the
classifier authors' own samples (see README.md). Not tuned to the classifier.

    from docgen.b import CASES, NEGATIVES, build_all
    for case in CASES: case.build(out_dir)        # writes out_dir/<case.name>.pdf
"""
from __future__ import annotations

from pathlib import Path

from . import banks, forms, identity, insurance, invoices, negatives, payroll, public, scans
from .common import Case

DOCTYPES = (
    "domanda_a1", "deminimis_a2a", "delega_a3", "iscrizione_a4", "sedi_ausiliarie", "certificazione_iban",
    "polizza_catastrofale", "cob", "contratto_lavoro", "cedolino", "attribuzione_piva", "iscrizione_inps_gs",
    "documento_identita", "domanda_a6", "fattura", "ricevuta_bonifico", "estratto_conto", "lul", "timbrature",
)

CASES: list[Case] = sorted(
    forms.CASES + banks.CASES + insurance.CASES + public.CASES + payroll.CASES + identity.CASES
    + invoices.CASES + scans.CASES,
    key=lambda c: (DOCTYPES.index(c.doctype), c.name),
)
NEGATIVES: list[Case] = list(negatives.NEGATIVES)


_BY_NAME = {c.name: c for c in CASES + NEGATIVES}


def _build_named(args: tuple[str, str, str | None]) -> str:
    name, out_dir, filename = args
    return str(_BY_NAME[name].build(Path(out_dir), filename))


def build_all(out_dir: Path, include_negatives: bool = True, neutral_names: bool = False,
              workers: int = 1) -> list[tuple[Case, Path]]:
    """Write every case into out_dir. The default file names say what each document is; pass
    neutral_names=True when measuring a classifier, which also looks at file names.
    workers > 1 builds in forked processes (the output is the same)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    cases = CASES + (NEGATIVES if include_negatives else [])
    jobs = [(c.name, str(out_dir), c.neutral_name if neutral_names else None) for c in cases]
    if workers > 1:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
            paths = list(pool.map(_build_named, jobs, chunksize=4))
    else:
        paths = [_build_named(j) for j in jobs]
    return [(c, Path(p)) for c, p in zip(cases, paths, strict=True)]


__all__ = ["CASES", "DOCTYPES", "NEGATIVES", "Case", "build_all"]
