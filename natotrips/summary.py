"""Aggregates over events: per country, per person, per month. Pure functions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from natotrips.model import Event
from natotrips.text import fold


def count_days(events: Iterable[Event]) -> int:
    """Distinct calendar days covered: overlapping stays are never counted twice."""
    spans = sorted((e.start_date, e.end_date) for e in events)
    total = 0
    cur_start: dt.date | None = None
    cur_end: dt.date | None = None
    for start, end in spans:
        if cur_end is not None and start <= cur_end + dt.timedelta(days=1):
            cur_end = max(cur_end, end)
            continue
        if cur_start is not None and cur_end is not None:
            total += (cur_end - cur_start).days + 1
        cur_start, cur_end = start, end
    if cur_start is not None and cur_end is not None:
        total += (cur_end - cur_start).days + 1
    return total


def unique(values: Iterable[str]) -> list[str]:
    """Values in first-seen order, duplicates (by folded key) dropped."""
    seen: dict[str, str] = {}
    for value in values:
        seen.setdefault(fold(value), value)
    return list(seen.values())


@dataclass(frozen=True)
class CountrySummary:
    country: str
    visits: int
    days: int
    first: dt.date
    last: dt.date
    cities: list[str]
    people: list[str]


def _summarise(code: str, mine: list[Event]) -> CountrySummary:
    mine.sort(key=lambda e: e.start_date)
    return CountrySummary(
        country=code,
        visits=len(mine),
        days=count_days(mine),
        first=mine[0].start_date,
        last=max(e.end_date for e in mine),
        cities=unique(e.city for e in mine),
        people=unique(p.name for e in mine for p in e.participants),
    )


def summarise_country(code: str, events: Iterable[Event]) -> CountrySummary | None:
    mine = [e for e in events if e.country == code]
    return _summarise(code, mine) if mine else None


def summarise_countries(events: Iterable[Event]) -> list[CountrySummary]:
    """One summary per country, most visits first (then most days, then earliest)."""
    groups: dict[str, list[Event]] = {}
    for event in events:
        groups.setdefault(event.country, []).append(event)
    summaries = [_summarise(code, mine) for code, mine in groups.items()]
    return sorted(summaries, key=lambda s: (-s.visits, -s.days, s.first, s.country))
