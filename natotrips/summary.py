"""Aggregates over events: per country, per person, per month. Pure functions."""

from __future__ import annotations

import datetime as dt
import itertools
import operator
from collections.abc import Iterable
from dataclasses import dataclass, field

from natotrips.dates import next_month
from natotrips.model import Event
from natotrips.names import fold
from natotrips.query import person_key


def count_days(events: Iterable[Event], *, by_start: bool = False) -> int:
    """Distinct calendar days covered: overlapping stays are never counted twice.
    ``by_start``: the events are already in order of start date (no sort needed)."""
    spans = list(events) if by_start else sorted(events, key=_START)
    return _days_and_last(spans)[0] if spans else 0


def unique(values: Iterable[str]) -> list[str]:
    """Values in first-seen order, duplicates (by folded key) dropped. Each distinct
    string is folded once, however often it repeats."""
    seen: dict[str, str] = {}
    met: set[str] = set()
    for value in values:
        if value in met:
            continue
        met.add(value)
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
    # each city's names in other languages (from the places table), for the views
    city_names: dict[str, dict[str, str]] = field(default_factory=dict)
    arabic: dict[str, str] = field(default_factory=dict)  # people's Arabic names

    def city(self, name: str, lang: str) -> str:
        return self.city_names.get(name, {}).get(lang, name)

    def person(self, name: str, lang: str) -> str:
        """The Arabic name a source gives, in Arabic; else the Latin name."""
        return self.arabic.get(name, name) if lang == "ar" else name


def _summarise(code: str, mine: list[Event], *, ordered: bool = False) -> CountrySummary:
    """``mine``: the country's events; ``ordered``: already in order of start date."""
    if not ordered:
        mine.sort(key=_START)
    # Distinct values by C-level dict building, one pass each; every distinct name is
    # folded once, in ``unique``. Dicts keep first-seen order.
    by_city = {e.city: e.city_names for e in mine}
    names = {p.name: p.name_ar for e in mine for p in e.participants}
    days, last = _days_and_last(mine)
    return CountrySummary(
        country=code,
        visits=len(mine),
        days=days,
        first=mine[0].start_date,
        last=last,
        cities=unique(by_city),
        people=unique(names),
        city_names={city: n for city, n in by_city.items() if n},
        arabic={name: ar for name, ar in names.items() if ar},
    )


def _days_and_last(events: list[Event]) -> tuple[int, dt.date]:
    """Distinct days covered and the last day, for events in order of start date. The
    merged stays are disjoint and in order, so the last one ends last."""
    one = dt.timedelta(days=1)
    total = 0
    cur_start, cur_end = events[0].start_date, events[0].end_date
    for e in events:
        if e.start_date <= cur_end + one:
            if e.end_date > cur_end:
                cur_end = e.end_date
            continue
        total += (cur_end - cur_start).days + 1
        cur_start, cur_end = e.start_date, e.end_date
    return total + (cur_end - cur_start).days + 1, cur_end


_START = operator.attrgetter("start_date")


def summarise_country(code: str, events: Iterable[Event]) -> CountrySummary | None:
    mine = [e for e in events if e.country == code]
    return _summarise(code, mine) if mine else None


def summarise_countries(events: Iterable[Event]) -> list[CountrySummary]:
    """One summary per country, most visits first (then most days, then earliest)."""
    groups: dict[str, list[Event]] = {}
    pool = list(events)
    for event in pool:
        groups.setdefault(event.country, []).append(event)
    ordered = all(a.start_date <= b.start_date for a, b in itertools.pairwise(pool))
    summaries = [_summarise(code, mine, ordered=ordered) for code, mine in groups.items()]
    return sorted(summaries, key=lambda s: (-s.visits, -s.days, s.first, s.country))


@dataclass(frozen=True)
class PersonSummary:
    key: str  # the person's identity (query.person_key)
    name: str
    name_ar: str | None
    role: str | None  # as given at the most recent meeting
    affiliation: str | None  # organisation, else ISO country code
    meetings: int
    dates: list[dt.date]
    event_ids: list[str]


def summarise_people(events: Iterable[Event]) -> list[PersonSummary]:
    """Everyone met, grouped by folded name; most meetings first."""
    groups: dict[str, list[tuple[Event, int]]] = {}
    for event in sorted(events, key=lambda e: (e.start_date, e.id)):
        for i, person in enumerate(event.participants):
            groups.setdefault(person_key(person.name), []).append((event, i))
    people = []
    for key, seen in groups.items():
        last_event, last_i = seen[-1]
        last = last_event.participants[last_i]
        name_ar = next(
            (e.participants[i].name_ar for e, i in seen if e.participants[i].name_ar), None
        )
        people.append(
            PersonSummary(
                key=key,
                name=last.name,
                name_ar=name_ar,
                role=last.role,
                affiliation=last.organisation or last.country,
                meetings=len({e.id for e, _ in seen}),
                dates=sorted({e.start_date for e, _ in seen}),
                event_ids=unique(e.id for e, _ in seen),
            )
        )
    return sorted(people, key=lambda p: (-p.meetings, fold(p.name)))


@dataclass(frozen=True)
class Stats:
    events: int
    per_month: list[tuple[dt.date, int]]  # first day of each month in range, event count
    days_away: int  # distinct days with an event outside Belgium (NATO HQ's host)
    countries: list[str]  # visited, most visits first
    allies: list[tuple[str, int]]  # every NATO Ally and its number of events, A-Z by code
    allies_not_visited: list[str]
    busiest_month: tuple[dt.date, int] | None
    longest_trip: tuple[str, dt.date, dt.date, int] | None  # trip id, start, end, days


HOME = "BE"


def compute_stats(events: list[Event], allies: frozenset[str]) -> Stats:
    per_month: dict[dt.date, int] = {}
    for e in events:
        month = e.start_date.replace(day=1)
        per_month[month] = per_month.get(month, 0) + 1
    months: list[tuple[dt.date, int]] = []
    if per_month:
        cur, last = min(per_month), max(per_month)
        while cur <= last:
            months.append((cur, per_month.get(cur, 0)))
            cur = next_month(cur)
    busiest = max(months, key=lambda m: (m[1], -m[0].toordinal())) if months else None
    trips: dict[str, list[Event]] = {}
    for e in events:
        trips.setdefault(e.trip_id or e.id, []).append(e)
    longest = None
    for trip_id, legs in trips.items():
        start = min(e.start_date for e in legs)
        end = max(e.end_date for e in legs)
        days = (end - start).days + 1
        if longest is None or (days, -start.toordinal()) > (longest[3], -longest[1].toordinal()):
            longest = (trip_id, start, end, days)
    summaries = summarise_countries(events)
    countries = [s.country for s in summaries]
    visits = {s.country: s.visits for s in summaries}
    return Stats(
        events=len(events),
        per_month=months,
        days_away=count_days(e for e in events if e.country != HOME),
        countries=countries,
        allies=[(code, visits.get(code, 0)) for code in sorted(allies)],
        allies_not_visited=sorted(allies - set(countries)),
        busiest_month=busiest,
        longest_trip=longest,
    )
