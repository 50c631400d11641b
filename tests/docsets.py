"""Documents for the rule cases (`documents:` in tests/cases/*.yaml), made by author A's generator.

    documents:
      - {path: "progetto.pdf", type: progetto_linea1, tweaks: {senza_cronoprogramma: true}}
      - {path: "de minimis.pdf.p7m", type: deminimis_a2a, sign: true}

Each item is one file: a document type of tests/docgen/a (fc4 and shared types) or of
tests/docgen/a/ci2.py, for the case's manifest; `sign: true` wraps it in a CAdES .p7m
signed by the legal representative.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from .docgen.a import render_bytes
from .docgen.a.ci2 import REGISTRY as CI2_DOCS
from .docgen.a.ci2 import render_ci2
from .docgen.a.model import Ctx
from .docgen.a.signing import ROME, Signer, sign_p7m


def document_bytes(spec: dict[str, Any], manifest: dict[str, Any]) -> bytes:
    doctype, style, tweaks = spec["type"], int(spec.get("style", 0)), dict(spec.get("tweaks") or {})
    if doctype in CI2_DOCS:
        pdf = render_ci2(doctype, manifest, style, **tweaks)
    else:
        pdf = render_bytes([(doctype, manifest, style, tweaks)])
    if spec.get("sign"):
        ctx = Ctx(manifest)
        when = (ctx.data_invio - dt.timedelta(days=2)).replace(tzinfo=ROME)
        pdf = sign_p7m(pdf, [Signer(ctx.rep.nome, ctx.rep.cognome, ctx.rep.cf)], when)
    return pdf


def write_documents(folder: Path, documents: list[dict[str, Any]], manifest: dict[str, Any]) -> None:
    for spec in documents:
        path = folder / spec["path"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(document_bytes(spec, manifest))
