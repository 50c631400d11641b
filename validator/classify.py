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
from dataclasses import dataclass, field

from . import values
from .catalog import DocType
from .fields import read_fields, with_exact
from .models import Document, FieldValue, FileText, SourceFile
from .textnorm import MatchText, fold

TITLE_LINES = 12  # the first non-empty lines of a page hold its letterhead and title
TITLE_MAX_LINE = 80  # a title is a heading, not a line of running text
TITLE_BONUS = 1.0


@dataclass(frozen=True)
class Score:
    doctype: str
    score: float
    evidence: tuple[str, ...]
    first_anchor: int = -1  # where the earliest anchor phrase starts (-1: none)
    titled: bool = False  # that anchor opens the page: it is the document's title


def score(mt: MatchText, dt: DocType) -> Score:
    for phrase in dt.exclude:
        if mt.contains(phrase):
            return Score(dt.id, 0.0, ())
    total = 0.0
    evidence: list[str] = []
    first_anchor = -1
    for signal in dt.signals:
        spans = [s for s in (mt.find(p) for p in signal.phrases) if s] if signal.anchor else []
        if not signal.anchor:
            found = next((s for s in (mt.find(p) for p in signal.phrases) if s), None)
            spans = [found] if found else []
        if spans:
            # an anchor's position is where any of its phrases first appears
            span = min(spans)
            total += signal.weight
            evidence.append(mt.text[span[0]:span[1]].replace("\n", " "))
            if signal.anchor and (first_anchor < 0 or span[0] < first_anchor):
                first_anchor = span[0]
    if first_anchor < 0 and any(s.anchor for s in dt.signals):
        return Score(dt.id, 0.0, ())
    return Score(dt.id, total, tuple(evidence), first_anchor)


def _title_end(text: str) -> int:
    """Offset where the title zone (the first TITLE_LINES non-empty lines) ends."""
    seen = 0
    pos = 0
    for line in text.split("\n"):
        pos += len(line) + 1
        if line.strip():
            seen += 1
            if seen >= TITLE_LINES:
                break
    return pos


def _heading_line(text: str, pos: int) -> bool:
    """The phrase at `pos` heads its line: the line opens with a capital (running text wrapped onto a
    new line goes on in lower case) and is short, or the phrase opens it."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start: end if end >= 0 else len(text)]
    first = next((c for c in line if c.isalpha()), "")
    if not first.isupper():
        return False
    return len(line.strip()) <= TITLE_MAX_LINE or not line[: pos - start].strip(" \t-–•*·")


def name_matches(file_name: str, dt: DocType) -> bool:
    stem = fold(re.sub(r"(\.(pdf|p7m|xml|jpe?g|png|tiff?))+$", "", file_name, flags=re.IGNORECASE))
    return any(re.search(p, stem) for p in dt.filename)


def candidates(mt: MatchText, doctypes: Iterable[DocType], named: set[str]) -> list[Score]:
    """Types whose threshold the page reaches, best first (by margin over the threshold).

    The type whose anchor opens the page (on the earliest line of the title zone that has
    any anchor) is the page's title and gets a bonus: a form that mentions another form
    («delega alla presentazione della domanda») is still the form its title names.
    """
    scored = [(dt, score(mt, dt)) for dt in doctypes]
    scored = [(dt, s) for dt, s in scored if s.score > 0]
    zone = _title_end(mt.text)
    anchored = [s.first_anchor for _, s in scored
                if 0 <= s.first_anchor < zone and _heading_line(mt.text, s.first_anchor)]
    title_line = mt.text.count("\n", 0, min(anchored)) if anchored else -1
    ranked = []
    for dt, s in scored:
        titled = (0 <= s.first_anchor < zone and _heading_line(mt.text, s.first_anchor)
                  and mt.text.count("\n", 0, s.first_anchor) == title_line)
        if titled:
            s = Score(s.doctype, s.score + TITLE_BONUS, s.evidence, s.first_anchor, True)
        total = s.score + (dt.filename_weight if dt.id in named else 0.0)
        if total >= dt.min_score:
            ranked.append((total - dt.min_score, total, dt.id in named, s))
    ranked.sort(key=lambda c: (c[0], c[1], c[2]), reverse=True)
    return [c[3] for c in ranked]


def best(mt: MatchText, doctypes: Iterable[DocType], named: set[str]) -> Score | None:
    ranked = candidates(mt, doctypes, named)
    return ranked[0] if ranked else None


@dataclass
class _Segment:
    type: str | None
    pages: list[tuple[int, MatchText, bool]] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    people: set[str] = field(default_factory=set)

    def add(self, page: tuple[int, MatchText, bool], found: Score | None, people: set[str]) -> None:
        self.pages.append(page)
        self.people |= people
        if found is not None:
            self.evidence.extend(e for e in found.evidence if e not in self.evidence)


def classify_file(file: SourceFile, text: FileText, doctypes: Mapping[str, DocType]) -> list[Document]:
    named = {dt.id for dt in doctypes.values() if name_matches(file.name, dt)}
    pages = [(p.number, MatchText(p.text), p.ocr) for p in text.pages]
    if not text.has_text:
        return _by_name(file, text, doctypes, named)

    segments: list[_Segment] = []
    for page in pages:
        mt = page[1]
        ranked = candidates(mt, doctypes.values(), named) if mt.text.strip() else []
        current = segments[-1] if segments else None
        if not ranked:
            if current is None:
                segments.append(_Segment(None))
                current = segments[-1]
            current.add(page, None, set())
            continue
        same = next((c for c in ranked if current is not None and c.doctype == current.type), None)
        # a form that requires its title can continue a document of its type but not start one
        starters = [c for c in ranked if c is same or c.titled or not doctypes[c.doctype].title_required]
        if not starters:
            if current is None:
                segments.append(_Segment(None))
                current = segments[-1]
            current.add(page, None, set())
            continue
        found = starters[0]
        if same is not None and found is not same and (same.titled or not found.titled):
            found = same  # documents are contiguous: a page that still fits the current one continues it
        people = {cf for cf, _, _ in values.find_person_cfs(mt.text)}
        dt = doctypes[found.doctype]
        if current is not None and current.type is None and len(segments) == 1:
            current.type = found.doctype  # a cover or blank first page joins the first document
            current.add(page, found, people)
        elif current is not None and current.type == found.doctype and not (
            dt.unit == "page" and people and current.people and not people & current.people
        ):
            current.add(page, found, people)
        else:
            segments.append(_Segment(found.doctype))
            segments[-1].add(page, found, people)

    if not any(s.type for s in segments):
        whole = MatchText("\n".join(p[1].text for p in pages))
        found_whole = next((c for c in candidates(whole, doctypes.values(), named)
                            if c.titled or not doctypes[c.doctype].title_required), None)
        if found_whole is None:
            return _by_name(file, text, doctypes, named)
        segments = [_Segment(found_whole.doctype, list(pages), list(found_whole.evidence))]

    docs = []
    for seg in segments:
        if seg.type is None:
            continue
        dt = doctypes[seg.type]
        seg_pages = [(n, mt) for n, mt, _ in seg.pages]
        docs.append(
            Document(
                doctype=dt.id,
                file=file,
                first_page=seg_pages[0][0],
                last_page=seg_pages[-1][0],
                text="\f".join(mt.text for _, mt in seg_pages),
                evidence=tuple(seg.evidence),
                by_name=False,
                fields=_fields(dt, seg_pages, text),
                ocr=any(o for _, _, o in seg.pages),
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
