"""Italian wording of findings: rule templates filled with the values a check found."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from . import deadlines, values
from .catalog import Rule
from .checks.base import Issue
from .models import Document, Finding, SourceFile


class _Vars(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def show(value: Any) -> str:
    if isinstance(value, bool):
        return "sì" if value else "no"
    if isinstance(value, Decimal):
        return "€ " + values.format_eur(value)
    if isinstance(value, datetime):
        return value.astimezone(deadlines.ROME).strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return values.format_date(value)
    if value is None:
        return "—"
    return str(value)


def render(template: str | None, variables: Mapping[str, Any]) -> str | None:
    if template is None:
        return None
    return template.format_map(_Vars({k: show(v) for k, v in variables.items()}))


def stamp(rule: Rule, issue: Issue) -> Finding:
    template = rule.messages.get(issue.variant) or rule.messages.get("default") or rule.title
    hint = rule.hints.get(issue.variant) or rule.hints.get("default")
    document, page = _where(issue)
    return Finding(
        rule=rule.id,
        severity=issue.severity or rule.severity,
        message=render(template, issue.vars) or rule.title,
        hint=render(hint, issue.vars),
        document=document,
        page=page,
        subject=issue.subject,
        found=issue.found,
        expected=issue.expected,
        snippet=issue.snippet,
        title=rule.title,
        variant=issue.variant,
        assumption=assumption_of(rule, issue.variant),
    )


def assumption_of(rule: Rule, variant: str) -> str | None:
    """The rule's assumption, when this variant of its findings rests on it."""
    if not rule.assumption or (rule.assumption_variants and variant not in rule.assumption_variants):
        return None
    return rule.assumption


def _where(issue: Issue) -> tuple[str | None, int | None]:
    doc = issue.document
    if isinstance(doc, Document):
        return doc.file.display, issue.page or doc.first_page
    if isinstance(doc, SourceFile):
        return doc.display, issue.page
    return doc, issue.page


