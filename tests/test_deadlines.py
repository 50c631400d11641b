"""Date arithmetic of the call: day counts with August skipped, elapsed hours across DST, working days."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from validator import deadlines
from validator.deadlines import ROME

days_st = st.integers(min_value=1, max_value=400)
dates_st = st.dates(min_value=date(2024, 1, 1), max_value=date(2030, 12, 31))


def test_spec_worked_example() -> None:
    assert deadlines.add_days(date(2027, 7, 20), 80, skip_august=True) == date(2027, 11, 8)


@pytest.mark.parametrize(
    ("end", "last"),
    [(date(2027, 7, 31), date(2027, 11, 19)), (date(2027, 8, 1), date(2027, 11, 19)),
     (date(2027, 8, 31), date(2027, 11, 19)), (date(2027, 9, 1), date(2027, 11, 20))],
)
def test_august_boundaries(end: date, last: date) -> None:
    assert deadlines.add_days(end, 80, skip_august=True) == last


@given(dates_st, days_st)
def test_plain_days_are_calendar_days(start: date, n: int) -> None:
    assert deadlines.add_days(start, n) == start + timedelta(days=n)


@given(dates_st, days_st)
def test_skipping_august_never_lands_in_august(start: date, n: int) -> None:
    assert deadlines.add_days(start, n, skip_august=True).month != 8


@given(dates_st, days_st)
def test_counting_back_gives_the_same_number(start: date, n: int) -> None:
    last = deadlines.add_days(start, n, skip_august=True)
    assert deadlines.days_between(start, last, skip_august=True) == n
    following = deadlines.add_days(last, 1, skip_august=True)
    assert deadlines.days_between(start, following, skip_august=True) == n + 1


@given(dates_st, days_st)
def test_skipping_august_is_never_earlier(start: date, n: int) -> None:
    skipped = deadlines.add_days(start, n, skip_august=True)
    plain = deadlines.add_days(start, n)
    assert skipped >= plain
    assert (skipped - plain).days <= 31 * (1 + n // 335)


@given(st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2030, 12, 31)))
def test_elapsed_hours_three_days(moment: datetime) -> None:
    start = moment.replace(tzinfo=ROME)
    end = (moment + timedelta(days=3)).replace(tzinfo=ROME)
    assert deadlines.elapsed_hours(start, end) in (71.0, 72.0, 73.0)


def test_dst_changes_count_as_they_happen() -> None:
    autumn = deadlines.elapsed_hours(deadlines.at_rome(date(2026, 10, 24)), deadlines.at_rome(date(2026, 10, 26)))
    spring = deadlines.elapsed_hours(deadlines.at_rome(date(2027, 3, 27)), deadlines.at_rome(date(2027, 3, 29)))
    assert (autumn, spring) == (49.0, 47.0)


def test_saint_francis_is_a_holiday_from_2026() -> None:
    assert deadlines.is_working_day(date(2026, 10, 5))  # a Monday, working
    assert deadlines.add_working_days(date(2026, 10, 2), 1) == date(2026, 10, 5)
    assert not deadlines.is_working_day(date(2027, 10, 4))  # a Monday and a national holiday


@given(dates_st, st.integers(min_value=1, max_value=30))
def test_working_days_skip_weekends_and_holidays(start: date, n: int) -> None:
    day = deadlines.add_working_days(start, n)
    assert deadlines.is_working_day(day)
    assert day > start
