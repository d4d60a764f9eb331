"""Holders of the office side by side: the numbers behind ``natotrips compare``. Pure."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from natotrips.countries import members_on
from natotrips.errors import UsageError
from natotrips.model import Event
from natotrips.office import BY_NAME, HOLDERS, Holder, resolve_holders
from natotrips.query import person_key
from natotrips.summary import HOME, count_days

TOP = 5


@dataclass(frozen=True)
class Window:
    """Counts over one span of a term."""

    events: int
    trips: int
    countries: int
    days_abroad: int


@dataclass(frozen=True)
class HolderFacts:
    name: str
    first_day: dt.date
    last_day: dt.date  # the term's last day, or as_of while in office
    first_100_days: Window
    first_year: Window
    whole: Window
    per_year: list[tuple[int, int, int]]  # (year, events, trips)
    allies: list[str]  # Allies (members by the end of the span) visited
    allies_not_visited: list[str]
    most_visited: list[tuple[str, int]]  # (country, events), Belgium (NATO HQ) left out
    most_met: list[tuple[str, int]]  # (name, meetings)


@dataclass(frozen=True)
class Comparison:
    holders: list[HolderFacts]


def trips(events: Sequence[Event]) -> int:
    """Journeys away from Belgium: legs sharing a trip_id count once."""
    return len({e.trip_id or e.id for e in events if e.country != HOME})


def window(events: Sequence[Event]) -> Window:
    return Window(
        events=len(events),
        trips=trips(events),
        countries=len({e.country for e in events}),
        days_abroad=count_days(e for e in events if e.country != HOME),
    )


def holder_facts(holder: Holder, events: Sequence[Event], as_of: dt.date) -> HolderFacts:
    mine = sorted(
        (e for e in events if e.secretary_general == holder.name),
        key=lambda e: (e.start_date, e.id),
    )
    first, last = holder.term(as_of)

    def within(days: int) -> list[Event]:
        end = first + dt.timedelta(days=days - 1)
        return [e for e in mine if e.start_date <= end]

    years: dict[int, list[Event]] = {}
    for e in mine:
        years.setdefault(e.start_date.year, []).append(e)
    visited = Counter(e.country for e in mine)
    members = members_on(last)
    met: Counter[str] = Counter()
    names: dict[str, str] = {}
    for e in mine:
        for key in {person_key(p.name) for p in e.participants}:
            met[key] += 1
        for p in e.participants:
            names[person_key(p.name)] = p.name
    return HolderFacts(
        name=holder.name,
        first_day=first,
        last_day=last,
        first_100_days=window(within(100)),
        first_year=window(within(365)),
        whole=window(mine),
        per_year=[(y, len(es), trips(es)) for y, es in sorted(years.items())],
        allies=sorted(c for c in members if visited[c]),
        allies_not_visited=sorted(c for c in members if not visited[c]),
        most_visited=[
            (c, n) for c, n in sorted(visited.items(), key=lambda kv: (-kv[1], kv[0])) if c != HOME
        ][:TOP],
        most_met=[(names[k], n) for k, n in sorted(met.items(), key=lambda kv: (-kv[1], kv[0]))][
            :TOP
        ],
    )


def compare_holders(
    events: Sequence[Event], wanted: Sequence[str], *, as_of: dt.date
) -> Comparison:
    """Facts for two holders (default: the last two in office)."""
    names = resolve_holders(list(wanted)) if wanted else frozenset()
    chosen = [h for h in HOLDERS if h.name in names] if names else list(HOLDERS[-2:])
    if len(chosen) != 2:
        raise UsageError("compare takes two Secretaries General (e.g. stoltenberg rutte)")
    return Comparison([holder_facts(BY_NAME[h.name], events, as_of) for h in chosen])
