"""Which documents a file holds: document types over page ranges, by content first, name second.

Each page is scored against every document type (weighted phrase groups, with
exclusions and anchors, declared in YAML). Consecutive pages of the same type form
one document; for types declared `unit: page` (A.4 forms, LUL, payslips, COB) a page
that names another person starts a new document, so one PDF can hold every worker.
Pages that match nothing continue the document before them. A file whose content
says nothing but whose name matches one type is that type "by name": a weaker
verdict that rules treat as unverified content.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from . import values
from .catalog import DocType
from .fields import read_fields, with_exact
from .models import Document, FieldValue, FileText, SourceFile
from .textnorm import MatchText, fold


@dataclass(frozen=True)
class Score:
    doctype: str
    score: float
    evidence: tuple[str, ...]


def score(mt: MatchText, dt: DocType) -> Score:
    for phrase in dt.exclude:
        if mt.contains(phrase):
            return Score(dt.id, 0.0, ())
    total = 0.0
    evidence: list[str] = []
    anchored = not any(s.anchor for s in dt.signals)
    for signal in dt.signals:
        for phrase in signal.phrases:
            span = mt.find(phrase)
            if span:
                total += signal.weight
                evidence.append(mt.text[span[0]:span[1]].replace("\n", " "))
                anchored = anchored or signal.anchor
                break
    if not anchored:
        return Score(dt.id, 0.0, ())
    return Score(dt.id, total, tuple(evidence))


def name_matches(file_name: str, dt: DocType) -> bool:
    stem = fold(re.sub(r"(\.(pdf|p7m|xml|jpe?g|png|tiff?))+$", "", file_name, flags=re.IGNORECASE))
    return any(re.search(p, stem) for p in dt.filename)


def best(mt: MatchText, doctypes: Iterable[DocType], named: set[str]) -> Score | None:
    """The type the page most looks like, if any reaches its threshold."""
    candidates = []
    for dt in doctypes:
        s = score(mt, dt)
        if s.score <= 0:
            continue
        bonus = dt.filename_weight if dt.id in named else 0.0
        if s.score + bonus >= dt.min_score:
            # rank by margin over the type's own threshold, then by the name
            candidates.append((s.score + bonus - dt.min_score, s.score + bonus, dt.id in named, s))
    if not candidates:
        return None
    candidates.sort(key=lambda c: (c[0], c[1], c[2]), reverse=True)
    return candidates[0][3]


def classify_file(file: SourceFile, text: FileText, doctypes: Mapping[str, DocType]) -> list[Document]:
    named = {dt.id for dt in doctypes.values() if name_matches(file.name, dt)}
    pages = [(p.number, MatchText(p.text), p.ocr) for p in text.pages]
    if not text.has_text:
        return _by_name(file, text, doctypes, named)

    segments: list[dict] = []
    for number, mt, ocr in pages:
        found = best(mt, doctypes.values(), named) if mt.text.strip() else None
        current = segments[-1] if segments else None
        if found is None:
            if current is not None:
                current["pages"].append((number, mt, ocr))
            else:
                segments.append({"type": None, "pages": [(number, mt, ocr)], "evidence": [], "people": set()})
            continue
        people = {cf for cf, _, _ in values.find_person_cfs(mt.text)}
        dt = doctypes[found.doctype]
        same_type = current is not None and current["type"] == found.doctype
        other_person = dt.unit == "page" and people and current is not None and current["people"] \
            and not (people & current["people"])
        if current is not None and current["type"] is None and not segments[:-1]:
            # leading pages that matched nothing (a cover, a blank) join the first document
            current.update(type=found.doctype, evidence=list(found.evidence), people=set(people))
            current["pages"].append((number, mt, ocr))
        elif same_type and not other_person:
            current["pages"].append((number, mt, ocr))  # type: ignore[index]
            current["people"] |= people  # type: ignore[index]
            current["evidence"].extend(e for e in found.evidence if e not in current["evidence"])  # type: ignore[index]
        else:
            segments.append({"type": found.doctype, "pages": [(number, mt, ocr)],
                             "evidence": list(found.evidence), "people": set(people)})

    if not any(s["type"] for s in segments):
        whole = MatchText("\n".join(p[1].text for p in pages))
        found = best(whole, doctypes.values(), named)
        if found is None:
            return _by_name(file, text, doctypes, named)
        segments = [{"type": found.doctype, "pages": pages, "evidence": list(found.evidence), "people": set()}]

    docs = []
    for seg in segments:
        if seg["type"] is None:
            continue
        dt = doctypes[seg["type"]]
        seg_pages = [(n, mt) for n, mt, _ in seg["pages"]]
        docs.append(
            Document(
                doctype=dt.id,
                file=file,
                first_page=seg_pages[0][0],
                last_page=seg_pages[-1][0],
                text="\f".join(mt.text for _, mt in seg_pages),
                evidence=tuple(seg["evidence"]),
                by_name=False,
                fields=_fields(dt, seg_pages, text),
                ocr=any(o for _, _, o in seg["pages"]),
            )
        )
    return docs


def _fields(dt: DocType, pages: list[tuple[int, MatchText]], text: FileText) -> dict[str, tuple[FieldValue, ...]]:
    fields = read_fields(dt.fields, pages)
    exact = (text.structured or {}).get("page_fields")
    return with_exact(fields, dt.fields, exact, [n for n, _ in pages]) if exact else fields


def _by_name(file: SourceFile, text: FileText, doctypes: Mapping[str, DocType], named: set[str]) -> list[Document]:
    if len(named) != 1:
        return []
    dt = doctypes[next(iter(named))]
    last = max((p.number for p in text.pages), default=1)
    return [Document(dt.id, file, 1, last, "", (f"nome del file: {file.name}",), True, {})]
