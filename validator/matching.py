"""Matching mandatory wording: long phrases tolerantly, codes strictly.

A long phrase retyped by invoicing software loses or changes a word; it is found by
a local alignment of words (`similar_phrase`), with a similarity the rule sets. A code
(CUP, DGR number, ID VOUCHER) is read after its label and compared exactly; a code
broken across a line (`E84D2600-` / `4370009`) is joined only when the join gives the
expected code or a well-formed one, never by gluing two different codes together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .textnorm import fold

_WORD = re.compile(r"[a-z0-9]+")
# a word hyphenated at a line end (`azien-` / `dali`) is one word
_TEXT_WORD = re.compile(r"[a-z]+(?:-[ \t]*\n[ \t]*[a-z]+)+|[a-z0-9]+")
_HYPHEN_BREAK = re.compile(r"-[ \t]*\n[ \t]*")


@dataclass(frozen=True)
class PhraseMatch:
    similarity: float  # share of the phrase's words found, in order
    start: int  # span in the text
    end: int


def similar_phrase(phrase: str, text: str) -> PhraseMatch | None:
    """Best local alignment of the phrase's words in the text (Smith-Waterman on words)."""
    p = _WORD.findall(fold(phrase))
    words = [(_HYPHEN_BREAK.sub("", m.group()), m.start(), m.end()) for m in _TEXT_WORD.finditer(fold(text))]
    if not p or not words:
        return None
    match, gap = 1.0, -0.6
    m = len(p)
    best = (0.0, 0, 0, 0)  # score, matched, start index, end index
    # prev[j] = (score, matched, start) of the best alignment ending at phrase word j
    prev = [(0.0, 0, 0)] * (m + 1)
    for i, (w, _, _) in enumerate(words, start=1):
        cur = [(0.0, 0, i)] * (m + 1)
        for j in range(1, m + 1):
            options = [(0.0, 0, i)]
            s, k, st = prev[j - 1]
            if p[j - 1] == w:
                options.append((s + match, k + 1, st if s > 0 else i - 1))
            else:
                options.append((s + gap, k, st if s > 0 else i - 1))
            s, k, st = prev[j]
            options.append((s + gap, k, st))  # an extra word in the text
            s, k, st = cur[j - 1]
            options.append((s + gap, k, st))  # a phrase word missing from the text
            cur[j] = max(options, key=lambda o: (o[0], o[1]))
            if cur[j][0] > best[0]:
                best = (cur[j][0], cur[j][1], cur[j][2], i)
        prev = cur
    _, matched, start, end = best
    if matched == 0:
        return None
    return PhraseMatch(matched / m, words[start][1], words[end - 1][2])


@dataclass(frozen=True)
class CodeRead:
    value: str  # the code as read (upper case, joined if it was wrapped)
    start: int
    end: int
    joined: bool = False


_SEPARATORS = re.compile(r"[\s:.,;=#\-]*(?:(?:n|nr|num|numero)(?![a-z0-9])[\s:.,#]*)?", re.IGNORECASE)
_TOKEN = re.compile(r"[A-Za-z0-9/]+")


def label_pattern(label: str) -> re.Pattern[str]:
    """`id voucher` matches `ID VOUCHER`, `Id-voucher`, `ID\\nVOUCHER`, `IDVOUCHER`."""
    words = _WORD.findall(fold(label))
    return re.compile(r"(?<![a-z0-9])" + r"[\s\-_.]*".join(map(re.escape, words)) + r"(?![a-z])")


def read_codes(text: str, label: str, pattern: str, expected: str | None = None) -> list[CodeRead]:
    """Every code that follows the label, in order of appearance."""
    folded = fold(text)
    fmt = re.compile(pattern)
    out = []
    for m in label_pattern(label).finditer(folded):
        sep = _SEPARATORS.match(folded, m.end())
        pos = sep.end() if sep else m.end()
        tok = _TOKEN.match(folded, pos)
        if not tok:
            continue
        value = text[tok.start():tok.end()].upper()
        read = CodeRead(value, tok.start(), tok.end())
        joined = _join_wrapped(text, read, fmt, expected)
        out.append(joined or read)
    return out


def _join_wrapped(text: str, read: CodeRead, fmt: re.Pattern[str], expected: str | None) -> CodeRead | None:
    """A code cut by a line break (with or without a hyphen) joined, when that gives a sensible code."""
    wrap = re.compile(r"-?[ \t]*\n[ \t]*").match(text, read.end)
    if not wrap:
        return None
    nxt = _TOKEN.match(text, wrap.end())
    if not nxt:
        return None
    joined = read.value + nxt.group().upper()
    if expected is not None:
        target = expected.upper()
        if read.value != target and target.startswith(read.value) and joined.startswith(target):
            rest = len(target) - len(read.value)
            if rest == len(nxt.group()) or not nxt.group()[rest:rest + 1].isalnum():
                return CodeRead(target, read.start, nxt.start() + rest, joined=True)
        return None
    if not fmt.fullmatch(read.value) and fmt.fullmatch(joined):
        return CodeRead(joined, read.start, nxt.end(), joined=True)
    return None


def differing_part(found: str, expected: str) -> str:
    """Where two codes differ, for the report: `E84D260043700[90]`."""
    i = 0
    while i < min(len(found), len(expected)) and found[i] == expected[i]:
        i += 1
    j = 0
    while j < min(len(found), len(expected)) - i and found[-1 - j] == expected[-1 - j]:
        j += 1
    return found[:i] + "[" + found[i:len(found) - j] + "]" + found[len(found) - j:]
