"""What a check sees: the manifest, the recognised documents, the reference date, the edition."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from . import values
from .catalog import Bando, Catalog
from .manifest import Manifest
from .models import Document, FileText, SourceFile
from .textnorm import MatchText, fold


class Unverifiable(Exception):
    """A rule needs a value that neither the manifest nor the documents give."""

    def __init__(self, key: str, subject: str | None = None) -> None:
        super().__init__(key)
        self.key = key
        self.subject = subject


@dataclass(frozen=True)
class FileEvent:
    """Something the pipeline noticed about a file: the DOC-* rules turn these into findings."""

    kind: str  # empty, type-mismatch, unreadable, encrypted, no-text, ocr, duplicate, unclassified...
    file: SourceFile | None
    display: str
    detail: str = ""
    severity: str | None = None  # overrides the rule's severity (a mere image mix-up is a warning)
    page: int | None = None


@dataclass
class Context:
    manifest: Manifest
    catalog: Catalog
    bando: Bando | None
    documents: list[Document]
    files: list[SourceFile]
    texts: Mapping[str, FileText]
    events: list[FileEvent]
    as_of: date
    now: datetime
    facts: dict[str, Any] = field(default_factory=dict)
    _match_cache: dict[int, MatchText] = field(default_factory=dict)

    @property
    def edition(self) -> Mapping[str, Any]:
        return self.bando.edition if self.bando else {}

    def docs(self, *doctypes: str) -> list[Document]:
        return [d for d in self.documents if d.doctype in doctypes]

    def get(self, key: str, default: Any = None) -> Any:
        return self.manifest.get(key, default)

    def require(self, key: str, subject: str | None = None) -> Any:
        value = self.manifest.get(key)
        if value is None:
            raise Unverifiable(key, subject)
        return value

    def match_text(self, doc: Document) -> MatchText:
        key = id(doc)
        if key not in self._match_cache:
            self._match_cache[key] = MatchText(doc.text)
        return self._match_cache[key]

    # ------------------------------------------------------------ people and parties

    def person_match(self, doc: Document, person: Mapping[str, Any]) -> str | None:
        """'cf' when the document carries the person's codice fiscale, 'name' on the name alone."""
        mt = self.match_text(doc)
        cf = (person.get("codice_fiscale") or "").lower()
        if cf and cf in mt.squashed:
            return "cf"
        if name_in_text(person.get("nome"), person.get("cognome"), mt):
            return "name"
        return None

    def person_docs(self, doctype: str, person: Mapping[str, Any]) -> list[tuple[Document, str]]:
        out = []
        for d in self.docs(doctype):
            how = self.person_match(d, person)
            if how:
                out.append((d, how))
        out.sort(key=lambda x: x[1] != "cf")
        return out

    def company_mentioned(self, doc: Document) -> bool:
        return self.company_in(self.match_text(doc))

    def company_in(self, mt: MatchText) -> bool:
        """The company's codice fiscale, partita IVA or name (any legal form) in the text."""
        for key in ("impresa.codice_fiscale", "impresa.partita_iva"):
            value = self.get(key)
            if value and str(value).lower() in mt.squashed:
                return True
        name = self.get("impresa.ragione_sociale")
        return bool(name) and company_in_text(name, mt)

    def known_identifiers(self) -> set[str]:
        ids = {str(self.get(k)).upper() for k in ("impresa.codice_fiscale", "impresa.partita_iva") if self.get(k)}
        for key in ("impresa.legale_rappresentante", "presentazione.delegato"):
            cf = (self.get(key) or {}).get("codice_fiscale")
            if cf:
                ids.add(cf.upper())
        ids |= {p["codice_fiscale"].upper() for p in self.manifest.participants if p.get("codice_fiscale")}
        return ids


def name_in_text(nome: str | None, cognome: str | None, mt: MatchText, distance: int = 60) -> bool:
    """Both names as whole words, near each other, in either order."""
    if not nome or not cognome:
        return False
    first, last = fold(nome).strip(), fold(cognome).strip()
    text = mt.folded
    pat_first = re.compile(r"(?<![a-z])" + r"\W+".join(map(re.escape, first.split())) + r"(?![a-z])")
    pat_last = re.compile(r"(?<![a-z])" + r"\W+".join(map(re.escape, last.split())) + r"(?![a-z])")
    firsts = [m.start() for m in pat_first.finditer(text)]
    if not firsts:
        return False
    return any(abs(m.start() - f) <= distance for m in pat_last.finditer(text) for f in firsts)


def company_in_text(name: str, mt: MatchText) -> bool:
    """The company's name, its legal form written any way (S.r.l., SRL, s.r.l.)."""
    core = values.company_core(name)
    if len(core) < 4:
        return values.company_key(name) in mt.squashed
    return core in mt.squashed
