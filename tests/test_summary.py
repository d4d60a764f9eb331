from __future__ import annotations

import datetime as dt

from natotrips import dataset
from natotrips.model import Event
from natotrips.summary import count_days, summarise_countries, summarise_country


def _event(start: str, end: str, country: str = "FR", city: str = "Paris") -> Event:
    return Event(
        id=f"e-{start}-{end}-{city.lower()}",
        secretary_general="Mark Rutte",
        start_date=dt.date.fromisoformat(start),
        end_date=dt.date.fromisoformat(end),
        city=city,
        country=country,
        kind="visit",  # type: ignore[arg-type]
        status="held",  # type: ignore[arg-type]
        title="t",
        summary="s",
        sources=[],
    )


def test_overlapping_days_are_counted_once() -> None:
    events = [_event("2024-10-01", "2024-10-03"), _event("2024-10-02", "2024-10-04")]
    assert count_days(events) == 4


def test_adjacent_and_separate_spans() -> None:
    events = [
        _event("2024-10-01", "2024-10-01"),
        _event("2024-10-02", "2024-10-02"),
        _event("2024-10-10", "2024-10-11"),
    ]
    assert count_days(events) == 4
    assert count_days([]) == 0


def test_country_summary() -> None:
    events = [
        _event("2024-10-01", "2024-10-02", city="Paris"),
        _event("2024-11-05", "2024-11-05", city="Lyon"),
        _event("2024-10-10", "2024-10-10", country="DE", city="Berlin"),
    ]
    s = summarise_country("FR", events)
    assert s is not None
    assert (s.visits, s.days, s.first, s.last) == (2, 3, dt.date(2024, 10, 1), dt.date(2024, 11, 5))
    assert s.cities == ["Paris", "Lyon"]
    assert summarise_country("IS", events) is None


def test_countries_sorted_by_visits() -> None:
    summaries = summarise_countries(dataset.load(dataset.bundled_path()).events)
    visits = [s.visits for s in summaries]
    assert visits == sorted(visits, reverse=True)
    italy = next(s for s in summaries if s.country == "IT")
    assert italy.visits >= 2 and {"Naples", "Rome"} <= set(italy.cities)
