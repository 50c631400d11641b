"""A document that should be the company's or a participant's but names only someone else.

Issuers (banks, insurers, providers) print their own identifiers too, so a document is
only suspicious when it mentions no party of the dossier at all (by codice fiscale,
partita IVA or name) and does carry another valid codice fiscale or partita IVA:
likely another client's file saved in the wrong folder.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from .. import values
from ..context import Context, company_in_text, name_in_text
from .base import Issue

NAME = "document_holder"
VARIANTS = ("default",)


def _people(ctx: Context) -> list[Mapping[str, Any]]:
    people: list[Mapping[str, Any]] = list(ctx.manifest.participants)
    for key in ("impresa.legale_rappresentante", "presentazione.delegato"):
        if ctx.get(key):
            people.append(ctx.get(key))
    return people


def check(params: Mapping[str, Any], ctx: Context) -> Iterator[Issue]:
    known = ctx.known_identifiers()
    company = ctx.get("impresa.ragione_sociale")
    people = _people(ctx)
    for doc in ctx.documents:
        dt = ctx.catalog.doctypes[doc.doctype]
        if dt.holder == "none" or not doc.text.strip():
            continue
        mt = ctx.match_text(doc)
        if any(k.lower() in mt.squashed for k in known):
            continue
        if company and company_in_text(company, mt):
            continue
        if any(name_in_text(p.get("nome"), p.get("cognome"), mt) for p in people):
            continue
        others = [c for c, _, _ in values.find_person_cfs(doc.text) if values.cf_problem(c) is None]
        others += [p for p, _, _ in values.find_pivas(doc.text) if values.piva_problem(p) is None]
        others = list(dict.fromkeys(others))
        if others:
            yield Issue(vars={"doctype": dt.label, "others": ", ".join(others[:3]), "file": doc.file.display},
                        document=doc,
                        page=doc.first_page, found=", ".join(others[:3]), subject=others[0])
