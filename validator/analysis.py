"""One file's analysis: its text (extraction cache) and the documents it holds (classification cache).

Classification depends on the text, the catalog and the file's name (a name is a
second signal), so its results are cached under (content hash, file kind,
extractor version, catalog version, name); the tool version is part of every
cache path. A cached result is rebound to the SourceFile at hand, so the same
content under the same name in another dossier reuses it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from . import failures, jsontyped
from .budgets import Budgets
from .catalog import Catalog
from .classify import classify_file
from .extract import EXTRACTOR_VERSION, Cache, Extractor, extract
from .models import Document, FieldValue, FileText, SourceFile

NAMESPACE = "class"


@dataclass(frozen=True)
class Analysis:
    text: FileText
    documents: tuple[Document, ...]


def analyse(file: SourceFile, catalog: Catalog, cache: Cache, extractor: Extractor = extract) -> Analysis:
    remembered = failures.recall(cache, file.sha256, catalog.limits)
    if remembered is not None:
        return failed(remembered)
    text = extractor(file, cache, Budgets.of(catalog.limits))
    if text.error:
        return Analysis(text, ())
    key = class_key(file, catalog)
    cached = cache.get(NAMESPACE, key)
    if isinstance(cached, list):
        try:
            return Analysis(text, tuple(document_from_json(d, file, text) for d in cached))
        except (KeyError, TypeError, ValueError):
            pass  # an entry of an older shape: classify again
    docs = tuple(classify_file(file, text, catalog.doctypes))
    cache.put(NAMESPACE, key, [document_to_json(d, text) for d in docs])
    return Analysis(text, docs)


def failed(reason: str) -> Analysis:
    """A file given up on (it stopped a worker): unreadable, for the reason given."""
    return Analysis(FileText((), "none", error=reason), ())


def class_key(file: SourceFile, catalog: Catalog) -> str:
    name = hashlib.sha256(file.name.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return f"{file.sha256}-{file.kind}-{EXTRACTOR_VERSION}-{catalog.version}-{name}"


# ---------------------------------------------------------------- JSON codec

def page_range_text(text: FileText, first: int, last: int) -> str:
    """A document's text as classify builds it: its pages' text joined by form feeds."""
    return "\f".join(p.text for p in text.pages if first <= p.number <= last)


def document_to_json(doc: Document, text: FileText) -> dict[str, Any]:
    same = doc.text == page_range_text(text, doc.first_page, doc.last_page)
    return {
        "doctype": doc.doctype,
        "pages": [doc.first_page, doc.last_page],
        "text": None if same else doc.text,  # None: rebuilt from the text cache, not stored twice
        "evidence": list(doc.evidence),
        "by_name": doc.by_name,
        "ocr": doc.ocr,
        "fields": {name: [[jsontyped.encode(v.value), v.raw, v.page, v.valid, v.problem] for v in vs]
                   for name, vs in doc.fields.items()},
    }


def document_from_json(data: dict[str, Any], file: SourceFile, text: FileText) -> Document:
    fields = {
        name: tuple(FieldValue(name, jsontyped.decode(value), raw, page, valid, problem)
                    for value, raw, page, valid, problem in vs)
        for name, vs in data["fields"].items()
    }
    first, last = data["pages"]
    body = page_range_text(text, first, last) if data["text"] is None else data["text"]
    return Document(data["doctype"], file, first, last, body, tuple(data["evidence"]), data["by_name"],
                    fields, data["ocr"])
