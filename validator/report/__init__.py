"""Reporters: one per --format, all rendering the same RunResult."""

from __future__ import annotations

from typing import Any

from .csv_report import CsvReporter
from .html import HtmlReporter
from .json_report import JsonReporter
from .junit import JunitReporter
from .text import TextReporter

REPORTERS: dict[str, type[Any]] = {
    "html": HtmlReporter,
    "json": JsonReporter,
    "text": TextReporter,
    "junit": JunitReporter,
    "csv": CsvReporter,
}
