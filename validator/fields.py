"""Field readers: find a value in a page of text, after a label or anywhere, and validate it.

A document type declares its fields in YAML (`reader`, `labels`, `window`,
`pattern`, `classes`); each reader here is a primitive. Labels are matched with
the same tolerance as phrases (case, accents, spacing, line breaks); the value is
looked for in the `window` characters after the label.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from . import values
from .catalog import FieldSpec
from .models import FieldValue
from .textnorm import MatchText, fold, one_line

Reader = Callable[[FieldSpec, MatchText, int], Iterator[FieldValue]]


def read_fields(specs: tuple[FieldSpec, ...], pages: list[tuple[int, MatchText]]) -> dict[str, tuple[FieldValue, ...]]:
    out: dict[str, tuple[FieldValue, ...]] = {}
    for spec in specs:
        found: list[FieldValue] = []
        for number, mt in pages:
            found.extend(READERS[spec.reader](spec, mt, number))
        out[spec.name] = _prefer(spec, _unique(found))
    return out


def with_exact(fields: dict[str, tuple[FieldValue, ...]], specs: tuple[FieldSpec, ...],
               exact: Mapping[str, Mapping[str, Any]], pages: list[int]) -> dict[str, tuple[FieldValue, ...]]:
    """Values a structured format states exactly (FatturaPA) go before those read from its text.

    `exact` maps a page number (as a string, it comes from JSON) to field name → value.
    """
    out = dict(fields)
    for spec in specs:
        exact_values = []
        for page in pages:
            raw = (exact.get(str(page)) or {}).get(spec.name)
            value = _typed(spec.reader, raw)
            if value is not None:
                exact_values.append(FieldValue(spec.name, value, str(raw), page))
        if exact_values:
            out[spec.name] = tuple(exact_values) + tuple(v for v in out.get(spec.name, ()) if v not in exact_values)
    return out


def _typed(reader: str, raw: Any) -> Any:
    if raw is None or raw == "":
        return None
    if reader == "amount":
        try:
            return Decimal(str(raw))
        except InvalidOperation:
            return None
    if reader == "date":
        try:
            return date.fromisoformat(str(raw))
        except ValueError:
            return None
    return str(raw)


def _unique(found: list[FieldValue]) -> list[FieldValue]:
    seen = set()
    out = []
    for f in found:
        key = (f.value, f.page)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def _prefer(spec: FieldSpec, found: list[FieldValue]) -> tuple[FieldValue, ...]:
    if spec.prefer == "last":
        found = list(reversed(found))
    elif spec.prefer in ("max", "min"):
        found = sorted(found, key=lambda f: f.value, reverse=spec.prefer == "max")
    return tuple(found)


def windows(spec: FieldSpec, mt: MatchText) -> Iterator[tuple[str, int]]:
    """Text after each occurrence of each label (labels in YAML order), or the whole page."""
    if not spec.labels:
        yield mt.text, 0
        return
    for label in spec.labels:
        for _, end in mt.find_all(label):
            yield mt.text[end: end + spec.window], end


def _iban(spec: FieldSpec, mt: MatchText, page: int) -> Iterator[FieldValue]:
    for text, _ in windows(spec, mt):
        for code, s, e in values.find_ibans(text):
            problem = values.iban_problem(code)
            yield FieldValue(spec.name, code, text[s:e], page, problem is None, problem)


def _codice_fiscale(spec: FieldSpec, mt: MatchText, page: int) -> Iterator[FieldValue]:
    for text, _ in windows(spec, mt):
        for code, s, e in values.find_person_cfs(text):
            problem = values.cf_problem(code)
            yield FieldValue(spec.name, code, text[s:e], page, problem is None, problem)


def _partita_iva(spec: FieldSpec, mt: MatchText, page: int) -> Iterator[FieldValue]:
    for text, _ in windows(spec, mt):
        compact = re.sub(r"(?<=\d) (?=\d)", "", text)
        for code, _, _ in values.find_pivas(compact):
            problem = values.piva_problem(code)
            if spec.labels or problem is None:
                yield FieldValue(spec.name, code, code, page, problem is None, problem)
            if spec.labels:
                break


def _date(spec: FieldSpec, mt: MatchText, page: int) -> Iterator[FieldValue]:
    every = spec.prefer in ("max", "min")  # a label that introduces a period: "dal 15.05.2026 al 15.05.2027"
    for text, _ in windows(spec, mt):
        for d, s, e in values.find_dates(text):
            yield FieldValue(spec.name, d, text[s:e], page)
            if spec.labels and not every:
                break


_NUMBERISH = re.compile(r"\d")


_CURRENCY_AMOUNT = re.compile(r"(?:€|\bEUR\b)\s*-?\d[\d.\u00a0\u202f' ]*(?:,\d{1,2})?|-?\d[\d.]*,\d{2}\s*(?:€|\bEUR\b)")


def _amount(spec: FieldSpec, mt: MatchText, page: int) -> Iterator[FieldValue]:
    found = False
    for value in _labelled_amounts(spec, mt, page):
        found = True
        yield value
    if not found and spec.anywhere:
        for m in _CURRENCY_AMOUNT.finditer(mt.text):
            amount = values.parse_amount(m.group(0))
            if amount is not None:
                yield FieldValue(spec.name, amount, m.group(0), page)
                return


def _labelled_amounts(spec: FieldSpec, mt: MatchText, page: int) -> Iterator[FieldValue]:
    for text, _ in windows(spec, mt):
        for amount, s, e in values.find_amounts(text):
            raw = text[s:e]
            # a label's value is money: skip percentages, dates and bare years next to it
            after = text[e:e + 2]
            if "%" in after or (re.fullmatch(r"\d{4}", raw.strip()) and amount >= 1900 and "," not in raw):
                continue
            yield FieldValue(spec.name, amount, raw, page)
            if spec.labels:
                break


def _value(m: re.Match[str]) -> str:
    """A pattern's named group `v` when it has one (the value inside its context), else the match."""
    return m.group("v") if "v" in m.re.groupindex and m.group("v") is not None else m.group(0)


def _text(spec: FieldSpec, mt: MatchText, page: int) -> Iterator[FieldValue]:
    """The first line after the label; with a `pattern`, its first match in the window (as one line)."""
    pattern = re.compile(spec.pattern) if spec.pattern else None
    for text, _ in windows(spec, mt):
        if pattern is not None:
            m = pattern.search(one_line(text))
            value = _value(m).strip(" :;,-\t") if m else ""
            if value:
                yield FieldValue(spec.name, value, value, page)
            continue
        lines = [_trim(ln) for ln in text.split("\n")]
        value = lines[0] if lines and lines[0] else next((ln for ln in lines[1:3] if ln), "")
        if value:
            yield FieldValue(spec.name, one_line(value), value, page)


_ABBREVIATION_END = re.compile(r"\.[A-Za-z]\.$")  # S.r.l. / S.p.A. keep their final dot


def _trim(line: str) -> str:
    line = line.strip(" :-\t")
    while line.endswith(".") and not _ABBREVIATION_END.search(line):
        line = line[:-1].rstrip(" :-\t")
    return line.lstrip(".")


def _code(spec: FieldSpec, mt: MatchText, page: int) -> Iterator[FieldValue]:
    pattern = re.compile(spec.pattern or r"[A-Z0-9]{6,}")
    for text, _ in windows(spec, mt):
        head = re.sub(r"^[\s:.#°nN\-]*(?:n(?:r|um|°|º)?\.?\s*)?", "", text, count=1) if spec.labels else text
        m = pattern.search(head.upper() if spec.labels else head)
        if m and (not spec.labels or m.start() <= 40):
            yield FieldValue(spec.name, _value(m), m.group(0), page)
        elif spec.labels:
            # a long code printed in groups ("08437 5416020771148012 2901229IT"): the first line, joined
            first = head.split("\n", 1)[0].upper()
            joined = re.sub(r"(?<=[A-Z0-9]) (?=[A-Z0-9])", "", first)
            m = pattern.search(joined)
            if m and m.start() <= 40:
                yield FieldValue(spec.name, m.group(0), first.strip(), page)


_MONTH_YEAR = re.compile(
    r"(?<![\w/])(" + "|".join(values.MONTHS) + r")\s*[-/]?\s*(\d{4})(?!\d)"
    r"|(?<![\d/.])(0?[1-9]|1[0-2])\s*[/\-.]\s*(20\d{2})(?![\d/])",
    re.IGNORECASE,
)


def _periods(spec: FieldSpec, mt: MatchText, page: int) -> Iterator[FieldValue]:
    for text, _ in windows(spec, mt):
        found = False
        for m in _MONTH_YEAR.finditer(fold(text)):
            if m.group(1):
                month, year = values.MONTHS[m.group(1).lower()], int(m.group(2))
            else:
                month, year = int(m.group(3)), int(m.group(4))
            found = True
            yield FieldValue(spec.name, f"{year:04d}-{month:02d}", m.group(0), page)
        if not found and spec.labels:
            # a period written as days ("01.07.2026 – 31.07.2026"): the month of its first day
            dates = values.find_dates(text)
            if dates:
                d, s, e = dates[0]
                yield FieldValue(spec.name, f"{d.year:04d}-{d.month:02d}", text[s:e], page)


def _status(spec: FieldSpec, mt: MatchText, page: int) -> Iterator[FieldValue]:
    """What follows a label (`Stato:`) decides; without one, the first class (in YAML order, so
    put the cautious one first) with a phrase anywhere on the page."""
    for text, _ in windows(spec, mt):
        found = _classify_status(spec, MatchText(text))
        if found:
            yield FieldValue(spec.name, found[0], found[1], page)
            return
    if spec.labels:
        found = _classify_status(spec, mt)
        if found:
            yield FieldValue(spec.name, found[0], found[1], page)


def _classify_status(spec: FieldSpec, mt: MatchText) -> tuple[str, str] | None:
    for name, phrases in spec.classes.items():
        for phrase in phrases:
            span = mt.find(phrase)
            if span:
                return name, mt.snippet(span, 30)
    return None


_MRZ_LINE = re.compile(r"^[A-Z0-9<]{28,46}$")


def _mrz(spec: FieldSpec, mt: MatchText, page: int) -> Iterator[FieldValue]:
    lines = [re.sub(r"\s", "", ln).upper() for ln in mt.text.split("\n")]
    mrz = [ln for ln in lines if _MRZ_LINE.match(ln) and ln.count("<") >= 2]
    if len(mrz) >= 2:
        yield FieldValue(spec.name, "presente", "\n".join(mrz), page)


READERS: dict[str, Reader] = {
    "iban": _iban,
    "codice_fiscale": _codice_fiscale,
    "partita_iva": _partita_iva,
    "date": _date,
    "amount": _amount,
    "text": _text,
    "code": _code,
    "periods": _periods,
    "status": _status,
    "mrz": _mrz,
}
