"""Signed documents: present (SIG-MISSING) and signed by the right person (SIG-SIGNER-MISMATCH).

Which document types must be signed is declared on the types (`must_be_signed` in
rules/*/doctypes.yaml). A copy is signed when its file, its enclosing `.p7m`
envelope, or another file with the same content carries a signature that covers
it (PAdES signatures followed by other changes do not). Only document types
present in the dossier are judged: a missing document is the «required document»
rules' business. The signer is matched by codice fiscale, as read from the
certificate; trust in the certificate (legal validity) is not checked.

params: aspect (presence | signer); assumption.doctypes: the types whose signature
requirement is an assumption, not a sentence of the call (they get their own wording).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ..context import Context, Unverifiable
from ..models import Document, Signer
from .base import Issue

NAME = "signatures"
VARIANTS = ("missing", "missing_assumed", "modified", "default", "no_cf")

_REP = "impresa.legale_rappresentante"
_DELEGATE = "presentazione.delegato"


def declared_variants(params: Mapping[str, Any]) -> set[str]:
    if params["aspect"] == "presence":
        return {"missing", "missing_assumed", "modified"}
    return {"default", "no_cf"}


def check(params: Mapping[str, Any], ctx: Context) -> Iterator[Issue]:
    assumed = set((params.get("assumption") or {}).get("doctypes", ()))
    by_content = _signers_by_content(ctx)
    for dt in ctx.catalog.doctypes.values():
        if not dt.must_be_signed:
            continue
        docs = sorted(ctx.docs(dt.id), key=lambda d: d.by_name)
        if not docs:
            continue
        copies = [(d, signers_of(d, by_content)) for d in docs]
        if params["aspect"] == "presence":
            yield from _presence(dt.label, dt.id in assumed, copies)
        else:
            yield from _signer(dt.label, copies, ctx)


def _signers_by_content(ctx: Context) -> dict[str, tuple[Signer, ...]]:
    out: dict[str, tuple[Signer, ...]] = {}
    for f in ctx.files:
        if f.signers:
            out[f.sha256] = out.get(f.sha256, ()) + f.signers
    return out


def signers_of(doc: Document, by_content: Mapping[str, tuple[Signer, ...]]) -> tuple[Signer, ...]:
    """Every signer of the document's file or of the same content elsewhere, once each."""
    seen: dict[tuple[Any, ...], Signer] = {}
    for s in doc.file.signers + tuple(by_content.get(doc.file.sha256, ())):
        seen.setdefault((s.kind, s.codice_fiscale, s.common_name, s.signing_time, s.whole_file), s)
    return tuple(seen.values())


def _labels(signers: tuple[Signer, ...]) -> str:
    return ", ".join(dict.fromkeys(s.label for s in signers))


def _presence(label: str, assumed: bool, copies: list[tuple[Document, tuple[Signer, ...]]]) -> Iterator[Issue]:
    if any(s.whole_file for _, signers in copies for s in signers):
        return
    partial = next(((d, signers) for d, signers in copies if signers), None)
    if partial is not None:
        doc, signers = partial
        yield Issue("modified", {"doctype": label, "signers": _labels(signers)}, document=doc,
                    found=f"firma PDF di {_labels(signers)}, seguita da modifiche",
                    expected="una firma che copra il file com'è")
        return
    doc = copies[0][0]
    yield Issue("missing_assumed" if assumed else "missing", {"doctype": label, "file": doc.file.display},
                document=doc, found="non firmato", expected="firma digitale CAdES (.p7m) o PAdES")


def _signer(label: str, copies: list[tuple[Document, tuple[Signer, ...]]], ctx: Context) -> Iterator[Issue]:
    signed = [(d, tuple(s for s in signers if s.whole_file)) for d, signers in copies]
    signed = [(d, signers) for d, signers in signed if signers]
    if not signed:
        return  # SIG-MISSING speaks for unsigned documents
    rep = (ctx.get(_REP) or {}).get("codice_fiscale")
    delegate = (ctx.get(_DELEGATE) or {}).get("codice_fiscale")
    allowed = {str(cf).upper() for cf in (rep, delegate) if cf}
    if not allowed:
        raise Unverifiable(f"{_REP}.codice_fiscale")
    if any((s.codice_fiscale or "").upper() in allowed for _, signers in signed for s in signers):
        return
    doc = signed[0][0]
    all_signers = tuple(s for _, ss in signed for s in ss)
    variant = "no_cf" if not any(s.codice_fiscale for s in all_signers) else "default"
    yield Issue(variant, {"doctype": label, "signers": _labels(all_signers), "rep": rep or "non indicato",
                          "delegate": delegate or "nessuno"},
                document=doc, found=_labels(all_signers), expected=" o ".join(sorted(allowed)),
                subject=next((s.codice_fiscale for s in all_signers if s.codice_fiscale), None))
