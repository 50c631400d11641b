"""What every check module shares: the Issue it yields and small helpers."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..context import Context
from ..models import Document, Severity, SourceFile


@dataclass(frozen=True)
class Issue:
    """A problem found by a check. The engine stamps the rule ID, severity and wording on it."""

    variant: str = "default"
    vars: Mapping[str, Any] = field(default_factory=dict)
    document: Document | SourceFile | str | None = None
    page: int | None = None
    subject: str | None = None
    found: str | None = None
    expected: str | None = None
    snippet: str | None = None
    severity: Severity | None = None  # only where a rule says a case is milder (or harsher)


class CheckModule(Protocol):
    NAME: str
    VARIANTS: tuple[str, ...]

    def check(self, params: Mapping[str, Any], ctx: Context) -> Iterator[Issue]: ...


def person_label(person: Mapping[str, Any]) -> str:
    name = f"{person.get('nome', '')} {person.get('cognome', '')}".strip()
    cf = person.get("codice_fiscale")
    return f"{name} ({cf})" if cf and name else name or cf or "?"


def person_subject(person: Mapping[str, Any]) -> str:
    return person.get("codice_fiscale") or f"{person.get('nome', '')} {person.get('cognome', '')}".strip()
