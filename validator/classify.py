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
TOP_LINES = 5  # a title this high up is evidence in itself; lower in the zone it only ranks
SHORT_LINE = 60  # in the title zone, a short capitalised line is a heading wherever the phrase stands
TOP_LINE, TOP_LEAD = 90, 25  # at the top, a longer line is a heading if the phrase comes early in it
TITLE_BONUS = 1.0


STRONG_MARGIN = 2.0  # evidence this far above the threshold starts a document under any heading


@dataclass(frozen=True)
class Score:
    doctype: str
    score: float
    evidence: tuple[str, ...]
    heading: int = -1  # the earliest anchor phrase that heads its line (-1: none does)
    titled: bool = False  # that heading is the page's title
    margin: float = 0.0  # score (with bonuses) over the type's threshold

    def may_start(self, dt: DocType) -> bool:
        """Whether this page can open a new document of the type. Forms (`title_required`) announce
        themselves in a heading; a page that only mentions one (a letter listing the attachments, a
        PEC quoting «Allegato A.6») names it in running text. Letters need no heading."""
        return not dt.title_required or self.titled or (self.heading >= 0 and self.margin >= STRONG_MARGIN)


def score(mt: MatchText, dt: DocType, zone: int | None = None, top: int | None = None) -> Score:
    """How much the page looks like the type. `zone` and `top` (where the title zone and the first
    lines end) are the page's, computed once by the caller that scores every type."""
    zone = _title_end(mt.text) if zone is None else zone
    top = _title_end(mt.text, TOP_LINES) if top is None else top
    for phrase in dt.exclude:
        if mt.contains(phrase):
            return Score(dt.id, 0.0, ())
    total = 0.0
    evidence: list[str] = []
    anchored = False
    heading = -1
    for signal in dt.signals:
        spans = [s for s in (mt.find(p) for p in signal.phrases) if s]
        if not spans:
            continue
        span = min(spans)
        total += signal.weight
        evidence.append(mt.text[span[0]:span[1]].replace("\n", " "))
        if signal.anchor:
            anchored = True
            for phrase in signal.phrases:
                for start, _ in mt.find_all(phrase):
                    if (heading < 0 or start < heading) and _heading_line(mt.text, start, zone, top):
                        heading = start
                        break
    if not anchored and any(s.anchor for s in dt.signals):
        return Score(dt.id, 0.0, ())
    return Score(dt.id, total, tuple(evidence), heading)


def _title_end(text: str, lines: int = TITLE_LINES) -> int:
    """Offset where the first `lines` non-empty lines end."""
    seen = 0
    pos = 0
    for line in text.split("\n"):
        pos += len(line) + 1
        if line.strip():
            seen += 1
            if seen >= lines:
                break
    return pos


_SUBJECT_LINE = re.compile(r"\s*(oggetto|ogg\.|rif\.?|re:|riferimento)\b", re.IGNORECASE)


def _heading_line(text: str, pos: int, zone: int = 0, top: int = 0) -> bool:
    """The phrase at `pos` stands in a heading, not in running text.

    A heading is a line in capitals; a line among the first of the page (before `top`) that
    starts with a capital; a short line in the title zone (before `zone`); or a line the
    phrase opens (after a bullet). Running text wrapped onto a new line goes on in lower case,
    and a letter's «Oggetto:» line says what the letter is about, not what the page is.
    """
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start: end if end >= 0 else len(text)]
    if _SUBJECT_LINE.match(line):
        return False
    letters = [c for c in line if c.isalpha()]
    if len(letters) >= 8 and sum(c.isupper() for c in letters) >= 0.8 * len(letters):
        return True
    starts_upper = next((c for c in line if c.isalpha()), "").isupper()
    phrase_upper = next((c for c in text[pos: pos + 40] if c.isalpha()), "").isupper()
    if pos < top and (starts_upper or phrase_upper) and len(line.strip()) <= TOP_LINE and pos - start <= TOP_LEAD:
        return True
    if pos < zone and len(line.strip()) <= SHORT_LINE and (starts_upper or phrase_upper):
        return True
    return phrase_upper and not text[start:pos].strip(" \t-–•*·>")


def name_matches(file_name: str, dt: DocType) -> bool:
    stem = fold(re.sub(r"(\.(pdf|p7m|xml|jpe?g|png|tiff?))+$", "", file_name, flags=re.IGNORECASE))
    return any(re.search(p, stem) for p in dt.filename)


def candidates(mt: MatchText, doctypes: Iterable[DocType], named: set[str]) -> list[Score]:
    """Types whose threshold the page reaches, best first (by margin over the threshold).

    The type whose heading opens the page (the earliest heading line of the title zone) is the
    page's title and gets a bonus: a form that mentions another form («delega alla presentazione
    della domanda») is still the form its title names.
    """
    zone = _title_end(mt.text)
    top = _title_end(mt.text, TOP_LINES)
    scored = [(dt, score(mt, dt, zone, top)) for dt in doctypes]
    scored = [(dt, s) for dt, s in scored if s.score > 0]
    headings = [s.heading for _, s in scored if 0 <= s.heading < zone]
    title_line = mt.text.count("\n", 0, min(headings)) if headings else -1
    ranked = []
    for dt, s in scored:
        titled = 0 <= s.heading < zone and mt.text.count("\n", 0, s.heading) == title_line
        # a title at the top of the page is evidence; further down the zone it only ranks
        evidence = s.score + (dt.filename_weight if dt.id in named else 0.0)
        if titled and s.heading < top:
            evidence += TITLE_BONUS
        if evidence >= dt.min_score and _has_required_fields(mt, dt):
            total = evidence + (TITLE_BONUS if titled and s.heading >= top else 0.0)
            ranked.append(Score(s.doctype, total, s.evidence, s.heading, titled, total - dt.min_score))
    ranked.sort(key=lambda c: (c.margin, c.score, c.doctype in named), reverse=True)
    return ranked


def _has_required_fields(mt: MatchText, dt: DocType) -> bool:
    """A type that declares `requires_fields` is not recognised on a page where none of them can be
    read: a fee sheet that talks about IBAN certificates carries no IBAN."""
    if not dt.requires_fields:
        return True
    specs = tuple(f for f in dt.fields if f.name in dt.requires_fields)
    return any(values for values in read_fields(specs, [(0, mt)]).values())


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
        # a page continues the document of its type; to start one it must announce it
        starters = [c for c in ranked if c is same or c.may_start(doctypes[c.doctype])]
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
                            if c.may_start(doctypes[c.doctype])), None)
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
