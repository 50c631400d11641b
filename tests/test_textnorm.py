"""Phrase matching tolerant of how documents are typed, and strict where it must be."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from validator.textnorm import MatchText, fold, squash


def test_fold_keeps_length() -> None:
    text = "Società “Città” – n° 5 l’impresa\u00a0unica"
    assert len(fold(text)) == len(text)


@given(st.text())
def test_fold_always_keeps_length(text: str) -> None:
    assert len(fold(text)) == len(text)


def test_variants_match() -> None:
    mt = MatchText("DICHIARAZIONE SOSTITUTIVA\nAiuti «DE MINIMIS» – Impresa\nUnica\nReg. (UE) 2023/\n2831")
    assert mt.contains("de minimis")
    assert mt.contains("impresa unica")
    assert mt.contains("2023/2831")
    assert mt.contains("dichiarazione sostitutiva")


def test_hyphenation_and_accents() -> None:
    mt = MatchText("voucher azien-\ndali per la formazione conti-\nnua; identità")
    assert mt.contains("voucher aziendali")
    assert mt.contains("formazione continua")
    assert mt.contains("identita")


def test_word_boundaries() -> None:
    mt = MatchText("Jacobs e la lulibertà")
    assert not mt.contains("cob")
    assert not mt.contains("lul")
    assert MatchText("Libro Unico (LUL) ottobre").contains("lul")


def test_prefix_phrase() -> None:
    mt = MatchText("conto intestato a Meccanica Rossi")
    assert mt.contains("intestat*")
    assert not mt.contains("intestat")


def test_snippet_points_at_original_text() -> None:
    mt = MatchText("Premessa.\nIl CUP E84D26004370009 è riportato.")
    span = mt.find("E84D26004370009")
    assert span is not None
    assert mt.text[span[0]:span[1]] == "E84D26004370009"
    assert "E84D26004370009" in mt.snippet(span)


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60))
def test_squash_only_letters_and_digits(text: str) -> None:
    assert all(c.isalnum() and c.isascii() for c in squash(text))
