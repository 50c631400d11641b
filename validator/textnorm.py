"""Text normalisation for matching phrases in documents written by anyone.

`fold` is length-preserving (one character in, one out), so a match found in the
folded text points at the same span of the original: that is how snippets are cut.
`squash` drops everything but letters and digits, so case, accents, spaces, line
breaks, hyphenation and dash or apostrophe variants stop mattering.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache

_SPECIAL = {
    # dashes and minus signs
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u00ad", "-"),
    # apostrophes and single quotes
    **dict.fromkeys("\u2019\u2018\u201b\u02bc\u00b4`", "'"),
    # double quotes and guillemets
    **dict.fromkeys("\u201c\u201d\u201e\u00ab\u00bb", '"'),
    # ordinal indicators: "n°", "nº" read as "n."
    **dict.fromkeys("\u00b0\u00ba\u00aa", "."),
    # spaces of every width
    **dict.fromkeys("\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u3000\t\r\f\v", " "),
    # zero-width characters become spaces rather than vanish, to keep lengths
    **dict.fromkeys("\u200b\u200c\u200d\ufeff", " "),
}


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in _SPECIAL:
        return _SPECIAL[ch]
    if ch.isascii():
        return ch.lower()
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    base = base.lower()
    return base[0] if base else " "


class _FoldTable(dict[int, str]):
    def __missing__(self, key: int) -> str:
        value = _fold_char(chr(key))
        self[key] = value
        return value


_TABLE = _FoldTable()
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower case, no accents, one form of dash, apostrophe and quote; same length."""
    return text.translate(_TABLE)


def squash(text: str) -> str:
    """Only letters and digits of the folded text."""
    return _NON_ALNUM.sub("", fold(text))


def one_line(text: str) -> str:
    """Line breaks and runs of spaces become one space; a hyphen at a line end joins."""
    text = re.sub(r"(?<=[A-Za-zÀ-ÿ])-\s*\n\s*(?=[a-zà-ÿ])", "", text)
    return _SPACES.sub(" ", text).strip()


@dataclass(frozen=True)
class Phrase:
    """A phrase as written in YAML. A trailing `*` makes it a prefix (`intestat*`)."""

    text: str

    @cached_property
    def prefix(self) -> bool:
        return self.text.endswith("*")

    @cached_property
    def key(self) -> str:
        return squash(self.text.rstrip("*"))


_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


@lru_cache(maxsize=4096)
def _phrase(text: str) -> Phrase:
    return Phrase(text)


class MatchText:
    """A text prepared once for many phrase look-ups.

    `squashed` keeps only letters and digits; `_where[k]` is the position in the text of the
    k-th squashed character, so a match in the squashed text maps back to a span of the original.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded = fold(text)
        self.squashed = _NON_ALNUM.sub("", self.folded)
        self._where: list[int] | None = None

    def _positions(self) -> list[int]:
        if self._where is None:
            self._where = [i for i, c in enumerate(self.folded) if c in _ALNUM]
        return self._where

    def contains(self, phrase: Phrase | str) -> bool:
        return self.find(phrase) is not None

    def find(self, phrase: Phrase | str) -> tuple[int, int] | None:
        """Span of the phrase in the original text, word boundaries respected."""
        return next(self.find_all(phrase), None)

    def find_all(self, phrase: Phrase | str) -> Iterator[tuple[int, int]]:
        """Every span of the phrase, in order."""
        p = phrase if isinstance(phrase, Phrase) else _phrase(phrase)
        key = p.key
        if not key:
            return
        k = self.squashed.find(key)
        if k < 0:
            return
        where = self._positions()
        folded = self.folded
        while k >= 0:
            start, end = where[k], where[k + len(key) - 1] + 1
            if (start == 0 or not folded[start - 1].isalnum()) and (
                p.prefix or end >= len(folded) or not folded[end].isalnum()
            ):
                yield start, end
            k = self.squashed.find(key, k + 1)

    def snippet(self, span: tuple[int, int], width: int = 60) -> str:
        start, end = span
        left = max(0, start - width)
        right = min(len(self.text), end + width)
        out = one_line(self.text[left:right])
        return ("…" if left > 0 else "") + out + ("…" if right < len(self.text) else "")
