"""JSON for cache entries that hold typed values: dates, datetimes (with their zone), Decimals.

A typed value is an object with one key that starts with NUL, which no YAML or JSON
key from a dossier can hold (YAML forbids the character): {"\\u0000d": "2026-09-01"}.
A datetime keeps its IANA zone name, so arithmetic across a daylight-saving change
gives the same result after a round trip as before it.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

_DATE, _DATETIME, _DECIMAL = "\0d", "\0t", "\0n"


def encode(value: Any) -> Any:
    if isinstance(value, bool) or value is None or isinstance(value, (int, str)):
        return value
    if isinstance(value, float):
        return value
    if isinstance(value, datetime):
        tz = value.tzinfo
        zone = getattr(tz, "key", None)
        offset = value.utcoffset()
        return {_DATETIME: [value.replace(tzinfo=None).isoformat(), zone,
                            None if offset is None else offset.total_seconds(), value.fold]}
    if isinstance(value, date):
        return {_DATE: value.isoformat()}
    if isinstance(value, Decimal):
        return {_DECIMAL: str(value)}
    if isinstance(value, dict):
        return {str(k): encode(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [encode(v) for v in value]
    raise TypeError(f"{type(value).__name__} cannot be cached as JSON")


def decode(value: Any) -> Any:
    if isinstance(value, list):
        return [decode(v) for v in value]
    if not isinstance(value, dict):
        return value
    if len(value) == 1:
        ((key, raw),) = value.items()
        if key == _DATE:
            return date.fromisoformat(raw)
        if key == _DECIMAL:
            return Decimal(raw)
        if key == _DATETIME:
            text, zone, offset, fold = raw
            naive = datetime.fromisoformat(text).replace(fold=fold)
            if zone:
                return naive.replace(tzinfo=ZoneInfo(zone))
            if offset is not None:
                return naive.replace(tzinfo=timezone(timedelta(seconds=offset)))
            return naive
    return {k: decode(v) for k, v in value.items()}
