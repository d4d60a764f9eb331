from __future__ import annotations

import datetime as dt

import pytest

from natotrips import dataset
from natotrips.dates import parse_date
from natotrips.errors import UsageError
from natotrips.model import Kind
from natotrips.query import (
    Filters,
    filter_events,
    find_event,
    find_people,
    parse_kinds,
    upcoming,
)

D = dt.date


@pytest.fixture(scope="module")
def events():  # type: ignore[no-untyped-def]
    return dataset.load(dataset.bundled_path()).events


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2024-10-22", D(2024, 10, 22), D(2024, 10, 22)),
        ("2024-10", D(2024, 10, 1), D(2024, 10, 31)),
        ("2024-2", D(2024, 2, 1), D(2024, 2, 29)),
        ("Oct 2024", D(2024, 10, 1), D(2024, 10, 31)),
        ("October 2024", D(2024, 10, 1), D(2024, 10, 31)),
        ("22 Oct 2024", D(2024, 10, 22), D(2024, 10, 22)),
        ("2024", D(2024, 1, 1), D(2024, 12, 31)),
        ("Dec 2024", D(2024, 12, 1), D(2024, 12, 31)),
    ],
)
def test_dates_people_type(text: str, start: dt.date, end: dt.date) -> None:
    assert parse_date(text) == start
    assert parse_date(text, end=True) == end


@pytest.mark.parametrize("text", ["2024-13-45", "2024-02-30", "yesterday-ish", "Oct", "2024-13"])
def test_bad_dates_are_refused(text: str) -> None:
    with pytest.raises(UsageError):
        parse_date(text)


def test_from_after_to_is_refused() -> None:
    with pytest.raises(UsageError, match="after"):
        Filters(date_from=D(2025, 1, 1), date_to=D(2024, 1, 1))


def test_kinds() -> None:
    assert parse_kinds(["visit,ministerial"]) == {Kind.VISIT, Kind.MINISTERIAL}
    assert parse_kinds(["troop visit"]) == {Kind.TROOP_VISIT}
    with pytest.raises(UsageError, match="unknown kind"):
        parse_kinds(["holiday"])


def test_results_are_chronological(events) -> None:  # type: ignore[no-untyped-def]
    found = filter_events(events, Filters())
    assert [e.start_date for e in found] == sorted(e.start_date for e in found)


def test_country_filter(events) -> None:  # type: ignore[no-untyped-def]
    ids = {e.id for e in filter_events(events, Filters(countries=frozenset({"IT"})))}
    assert {"2024-10-19-naples-g7-defence", "2024-11-05-rome"} <= ids
    assert all(
        e.country == "IT" for e in filter_events(events, Filters(countries=frozenset({"IT"})))
    )


def test_date_filter_overlaps(events) -> None:  # type: ignore[no-untyped-def]
    # Estonia is 22-23 Oct: a window starting on the 23rd still catches it.
    found = filter_events(events, Filters(date_from=D(2024, 10, 23), date_to=D(2024, 10, 23)))
    assert [e.id for e in found] == ["2024-10-22-estonia"]


def test_person_filter_folds_case_accents_and_arabic(events) -> None:  # type: ignore[no-untyped-def]
    def by(name: str) -> set[str]:
        people = frozenset(find_people(events, name))
        return {e.id for e in filter_events(events, Filters(people=people))}

    by_latin, by_arabic = by("MELONI"), by("ميلوني")
    assert "2024-11-05-rome" in by_latin and by_latin == by_arabic


def test_search_filter(events) -> None:  # type: ignore[no-untyped-def]
    assert {e.id for e in filter_events(events, Filters(search="task force"))} >= {
        "2024-10-29-brussels-von-der-leyen"
    }
    assert filter_events(events, Filters(search="zzzz-nothing")) == []


def test_kind_filter(events) -> None:  # type: ignore[no-untyped-def]
    found = filter_events(events, Filters(kinds=frozenset({Kind.MINISTERIAL})))
    assert found and all(e.kind is Kind.MINISTERIAL for e in found)


def test_find_event_suggests(events) -> None:  # type: ignore[no-untyped-def]
    assert find_event(events, "2024-11-04-berlin").city == "Berlin"
    with pytest.raises(UsageError, match="Did you mean 2024-11-04-berlin"):
        find_event(events, "2024-11-04-berln")


def test_upcoming_takes_today_as_argument(events) -> None:  # type: ignore[no-untyped-def]
    ids = [e.id for e in upcoming(events, D(2024, 11, 10))]
    assert "2024-11-12-paris" in ids
    assert "2024-10-22-estonia" not in ids
