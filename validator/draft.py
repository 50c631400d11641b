"""`dossier-check init`: a draft dossier.yaml from the documents already in a folder.

Each document type declares in YAML which of its fields propose which manifest key
(`manifest:` on a field, `as:` to split a full name or an address). The same key read
from several documents is voted on (the value most documents agree on; disagreements are
named); values are typed by the manifest schema. The call and phase are guessed from the
document types present, and a rule that asks for a document only when `key = value`
proposes that value when the document is there. Every value carries where it came from,
so the YAML can mark it for review. Nothing here writes anything.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from . import draft_rules, schemas
from .catalog import Catalog
from .draft_schema import node_of, typed
from .draft_values import nice, split_address, split_name
from .manifest import SCHEMA_NAME
from .models import Document
from .textnorm import squash


@dataclass(frozen=True)
class Guess:
    """A proposed value and why: `letto da <file> p. N` or `dedotto da ...`."""

    value: Any
    why: str
    others: tuple[str, ...] = ()  # other values other documents give


@dataclass
class Draft:
    data: dict[str, Any] = field(default_factory=dict)  # nested; leaves are Guess, lists hold dicts
    missing: list[str] = field(default_factory=list)  # keys the rules read that nothing gave
    documents: int = 0

    def has(self, dotted: str) -> bool:
        node: Any = self.data
        for part in dotted.split("."):
            if not isinstance(node, dict) or part not in node:
                return False
            node = node[part]
        return True


@dataclass(frozen=True)
class _Cand:
    value: Any
    doc: Document
    page: int | None

    @property
    def where(self) -> str:
        return f"{self.doc.file.display}" + (f" p. {self.page}" if self.page else "")


# ---------------------------------------------------------------- reading the documents

def _values(doc: Document, catalog: Catalog) -> Iterator[tuple[str, _Cand]]:
    """(manifest key, candidate) for every field of the document that proposes a key."""
    specs = catalog.doctypes[doc.doctype].fields
    by_key = {s.manifest: s for s in specs if s.manifest}
    for spec in specs:
        if not spec.manifest:
            continue
        found = doc.first(spec.name)
        if found is None or found.value in ("", None):
            continue
        cand = _Cand(found.value, doc, found.page)
        if spec.as_ == "nome_cognome":
            cf_spec = by_key.get(f"{spec.manifest}.codice_fiscale")
            cf = doc.first(cf_spec.name) if cf_spec else None
            nome, cognome = split_name(str(found.value), str(cf.value) if cf else None)
            yield f"{spec.manifest}.nome", _Cand(nome, doc, found.page)
            if cognome:
                yield f"{spec.manifest}.cognome", _Cand(cognome, doc, found.page)
        elif spec.as_ == "indirizzo":
            for k, v in split_address(str(found.value)).items():
                yield f"{spec.manifest}.{k}", _Cand(v, doc, found.page)
        elif spec.manifest.rsplit(".", 1)[-1] in ("nome", "cognome"):
            yield spec.manifest, _Cand(nice(str(found.value)), doc, found.page)
        else:
            yield spec.manifest, cand


def _norm(value: Any) -> Any:
    return squash(value) if isinstance(value, str) else value


def vote(cands: list[_Cand]) -> Guess:
    groups: dict[Any, list[_Cand]] = {}
    for c in cands:
        groups.setdefault(_norm(c.value), []).append(c)
    ranked = sorted(groups.values(), key=lambda g: -len({id(c.doc) for c in g}))
    best = ranked[0]
    # the way of writing it that is not all capitals and loses nothing (`S.r.l.` over `S.r.l`)
    shown = sorted(best, key=lambda c: (isinstance(c.value, str) and c.value.isupper(), -len(str(c.value))))[0]
    agree = len({c.doc.file.display for c in best}) - 1
    also = {0: "", 1: " (lo conferma un altro documento)"}.get(agree, f" (lo confermano altri {agree} documenti)")
    why = f"letto da {shown.where}{also}"
    others = tuple(f"«{g[0].value}» in {g[0].where}" for g in ranked[1:])
    return Guess(shown.value, why, others)


# ---------------------------------------------------------------- assembling

def _put(data: dict[str, Any], dotted: str, guess: Guess) -> None:
    parts = dotted.split(".")
    node = data
    for part in parts[:-1]:
        node = node.setdefault(part, {})
    node.setdefault(parts[-1], guess)


def build_draft(documents: list[Document], catalog: Catalog) -> Draft:
    schema = schemas.load_schema(SCHEMA_NAME)
    draft = Draft(documents=len(documents))
    call = draft_rules.guess_call(documents, catalog)
    because = ", ".join(call.because[:4]) + (", …" if len(call.because) > 4 else "")
    if call.bando:
        _put(draft.data, "bando", Guess(call.bando, f"dedotto dai documenti presenti ({because})"))
        _put(draft.data, "fase", Guess(call.fase, f"dedotto dai documenti presenti ({because})"))

    plain: dict[str, list[_Cand]] = {}
    listed: dict[str, dict[str, dict[str, list[_Cand]]]] = {}  # list key -> item key -> sub key -> cands
    for doc in documents:
        pairs = list(_values(doc, catalog))
        for key, cand in pairs:
            if "[]" not in key:
                plain.setdefault(key, []).append(cand)
                continue
            head, _, sub = key.partition("[].")
            cf = next((c.value for k, c in pairs if k == f"{head}[].codice_fiscale"), None)
            item = str(cf).upper() if cf else f"{doc.file.display}#{doc.first_page}"
            listed.setdefault(head, {}).setdefault(item, {}).setdefault(sub, []).append(cand)

    for key in sorted(plain):
        guess = vote(plain[key])
        value = typed(guess.value, node_of(schema, schema, key.split(".")))
        if value is not None:
            _put(draft.data, key, Guess(value, guess.why, guess.others))
    for head, items in listed.items():
        rows = []
        for subs in items.values():
            row: dict[str, Any] = {}
            for sub in sorted(subs, key=_field_order):
                guess = vote(subs[sub])
                value = typed(guess.value, node_of(schema, schema, [*head.split("."), "[]", *sub.split(".")]))
                if value is not None:
                    _put(row, sub, Guess(value, guess.why, guess.others))
            if row:
                rows.append(row)
        if rows:
            one = len(rows) == 1 and (node_of(schema, schema, head.split(".")) or {}).get("type") == "object"
            _put_list(draft.data, head, rows[0] if one else rows)

    if call.bando and call.fase:
        rules = catalog.rules_for(call.bando, call.fase)
        for key, value, doc, rule_id in draft_rules.implied(rules, documents):
            typed_value = typed(value, node_of(schema, schema, key.split(".")))
            if typed_value is not None and not draft.has(key):
                _put(draft.data, key, Guess(typed_value, f"dedotto: c'è {doc.file.display}, che {rule_id} "
                                                         f"chiede solo se {key} è {value}"))
        top = set((schema.get("properties") or {}).keys())
        draft.missing = sorted(k for k in draft_rules.referenced_keys(rules, top)
                               if not draft.has(k) and not _below_present_list(draft, k))
    return draft


_ORDER = ("nome", "cognome", "codice_fiscale")


def _field_order(sub: str) -> tuple[int, str]:
    return (_ORDER.index(sub) if sub in _ORDER else len(_ORDER), sub)


def _put_list(data: dict[str, Any], dotted: str, rows: list[dict[str, Any]] | dict[str, Any]) -> None:
    parts = dotted.split(".")
    node = data
    for part in parts[:-1]:
        node = node.setdefault(part, {})
    node[parts[-1]] = rows


def _below_present_list(draft: Draft, dotted: str) -> bool:
    """`liquidazione.bonifico.importo` is given when `liquidazione.bonifico` is a list of items."""
    parts = dotted.split(".")
    node: Any = draft.data
    for part in parts:
        if isinstance(node, list):
            return all(isinstance(item, dict) and part in item for item in node)
        if not isinstance(node, dict) or part not in node:
            return False
        node = node[part]
    return True


def drop(draft: Draft, path: tuple[str | int, ...]) -> bool:
    """Remove the value at a schema error's path; whether anything was removed."""
    node: Any = draft.data
    for part in path[:-1]:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            return False
    last = path[-1] if path else None
    if isinstance(node, dict) and last in node:
        del node[last]
        return True
    if isinstance(node, list) and isinstance(last, int) and 0 <= last < len(node):
        del node[last]
        return True
    return False


def fill(draft: Draft, path: tuple[str | int, ...], guess: Guess) -> bool:
    """Put a placeholder where the schema requires a key that is absent; whether it did."""
    node: Any = draft.data
    for part in path[:-1]:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            return False
    if not path or not isinstance(node, dict) or path[-1] in node:
        return False
    node[path[-1]] = guess
    return True
