"""`dossier-check init PATH`: scan the folder, propose a manifest, make sure it loads cleanly.

The draft is rendered and read back with the tool's own manifest loader; a proposed value
that the schema refuses is dropped (and its key listed as missing), so what is printed or
written always loads. Only the CLI writes, and only a dossier.yaml that does not exist yet.
"""

from __future__ import annotations

from pathlib import Path

from .catalog import Catalog
from .draft import Draft, Guess, build_draft, drop, fill
from .draft_schema import order_by_schema
from .draft_yaml import PLACEHOLDER, ensure_required, render
from .extract import Cache
from .manifest import parse_manifest
from .scan import scan_dossier

MAX_PASSES = 10


def draft_for(path: Path, catalog: Catalog, cache: Cache) -> tuple[str, Draft]:
    scan = scan_dossier(path, catalog, cache)
    draft = build_draft(scan.documents, catalog)
    ensure_required(draft, sorted(catalog.bandi))
    draft.data = order_by_schema(draft.data)
    text = render(draft, path.name or str(path))
    for _ in range(MAX_PASSES):
        _, problems = parse_manifest(text)
        dropped = False
        for key in dict.fromkeys(p.key for p in problems):  # one error may be reported twice
            parts = tuple(int(x) if x.isdigit() else x for x in key.replace("[", ".").replace("]", "").split("."))
            if fill(draft, parts, Guess(PLACEHOLDER, "il documento non lo riporta, ma è obbligatorio")):
                dropped = True  # a key the schema requires next to values that were read
            elif drop(draft, parts):  # a value the schema refuses
                draft.missing.append(key)
                dropped = True
        if not dropped:
            break
        text = render(draft, path.name or str(path))
    return text, draft
