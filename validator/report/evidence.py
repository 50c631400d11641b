"""Evidence for a finding: the text found and the text expected, their differing parts marked.

A code (CUP, ID VOUCHER, IBAN) is compared character by character around its common
beginning and end, so a swapped pair of digits stands out (`E84D26004[73]0009`); longer
texts word by word. The template renders marked segments with `<mark>`, escaped like
any other text: the marking is data, never HTML.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from ..models import Finding


@dataclass(frozen=True)
class Segment:
    text: str
    marked: bool = False


Segments = tuple[Segment, ...]


def _plain(text: str) -> Segments:
    return (Segment(text),)


def _join(*parts: tuple[str, bool]) -> Segments:
    return tuple(Segment(t, m) for t, m in parts if t)


def _code_marks(found: str, expected: str) -> tuple[Segments, Segments] | None:
    n = min(len(found), len(expected))
    i = 0
    while i < n and found[i].upper() == expected[i].upper():
        i += 1
    j = 0
    while j < n - i and found[-1 - j].upper() == expected[-1 - j].upper():
        j += 1
    if i + j < n / 2:
        return None  # two different things, not one thing with a slip
    return (_join((found[:i], False), (found[i:len(found) - j], True), (found[len(found) - j:], False)),
            _join((expected[:i], False), (expected[i:len(expected) - j], True), (expected[len(expected) - j:], False)))


_TOKENS = re.compile(r"\s+|[^\s]+")


def _word_marks(found: str, expected: str) -> tuple[Segments, Segments] | None:
    a, b = _TOKENS.findall(found), _TOKENS.findall(expected)
    matcher = difflib.SequenceMatcher(None, [t.lower() for t in a], [t.lower() for t in b], autojunk=False)
    if matcher.ratio() < 0.5:
        return None
    left: list[tuple[str, bool]] = []
    right: list[tuple[str, bool]] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        left.append(("".join(a[i1:i2]), op != "equal" and "".join(a[i1:i2]).strip() != ""))
        right.append(("".join(b[j1:j2]), op != "equal" and "".join(b[j1:j2]).strip() != ""))
    return _join(*left), _join(*right)


def diff_marks(found: str, expected: str) -> tuple[Segments, Segments]:
    """`found` and `expected` as segments, their differing parts marked when they are comparable."""
    if found == expected:
        return _plain(found), _plain(expected)
    token_like = not re.search(r"\s", found.strip()) and not re.search(r"\s", expected.strip())
    marks = _code_marks(found, expected) if token_like else _word_marks(found, expected)
    return marks or (_plain(found), _plain(expected))


def mark_in_snippet(snippet: str, found: Segments) -> Segments:
    """The snippet with the found text's own marks, where the found text stands in it."""
    text = "".join(s.text for s in found)
    hit = re.search(r"(?<![A-Za-z0-9])" + re.escape(text) + r"(?![A-Za-z0-9])", snippet, re.IGNORECASE)
    if not text or hit is None or not any(s.marked for s in found):
        return _plain(snippet)
    return _join((snippet[:hit.start()], False)) + found + _join((snippet[hit.end():], False))


@dataclass(frozen=True)
class Evidence:
    found: Segments | None
    expected: Segments | None
    snippet: Segments | None

    @property
    def marked(self) -> bool:
        return any(s.marked for part in (self.found, self.expected, self.snippet) for s in part or ())


def evidence(finding: Finding) -> Evidence:
    found, expected = finding.found, finding.expected
    f: Segments | None
    e: Segments | None
    if found and expected:
        f, e = diff_marks(found, expected)
    else:
        f = _plain(found) if found else None
        e = _plain(expected) if expected else None
    snippet = mark_in_snippet(finding.snippet, f) if finding.snippet and f else (
        _plain(finding.snippet) if finding.snippet else None)
    return Evidence(f, e, snippet)
