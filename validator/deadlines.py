"""Date arithmetic of the calls (SPEC section 6), in Europe/Rome time.

Day counts start the day after the event (day 1). "August not counted" skips every
day from 1 to 31 August. Elapsed hours are real hours: a daylight-saving change in
between counts as it happens.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

ROME = ZoneInfo("Europe/Rome")
UTC = ZoneInfo("UTC")


def add_days(start: date, days: int, skip_august: bool = False) -> date:
    """The date that is day `days` after `start`; with skip_august, August days do not count."""
    if not skip_august:
        return start + timedelta(days=days)
    current = start
    counted = 0
    while counted < days:
        current += timedelta(days=1)
        if current.month != 8:
            counted += 1
    return current


def days_between(start: date, end: date, skip_august: bool = False) -> int:
    """How many counted days from the day after `start` up to and including `end`."""
    if end <= start:
        return (end - start).days
    if not skip_august:
        return (end - start).days
    total = 0
    current = start
    while current < end:
        current += timedelta(days=1)
        if current.month != 8:
            total += 1
    return total


def at_rome(value: date | datetime, default_time: time = time(0, 0)) -> datetime:
    """A date (at `default_time`) or a datetime as an aware Europe/Rome datetime."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=ROME)
    return datetime.combine(value, default_time, tzinfo=ROME)


def elapsed_hours(start: datetime, end: datetime) -> float:
    """Real elapsed hours between two aware datetimes (computed in UTC)."""
    return (end.astimezone(UTC) - start.astimezone(UTC)).total_seconds() / 3600


def minus_elapsed_hours(moment: datetime, hours: float) -> datetime:
    return (moment.astimezone(UTC) - timedelta(hours=hours)).astimezone(ROME)


@lru_cache(maxsize=16)
def _holidays(year: int) -> frozenset[date]:
    import holidays

    return frozenset(holidays.Italy(years=year).keys())


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _holidays(day.year)


def add_working_days(start: date, days: int) -> date:
    current = start
    counted = 0
    while counted < days:
        current += timedelta(days=1)
        if is_working_day(current):
            counted += 1
    return current


def today_rome() -> date:
    return datetime.now(ROME).date()


def now_rome() -> datetime:
    return datetime.now(ROME)
