"""Pure filtering and sorting of events. ``today`` is always an argument, never read here."""

from __future__ import annotations

import datetime as dt
import operator
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from natotrips.errors import UsageError
from natotrips.fmt import month_end
from natotrips.model import Event, Kind, Status
from natotrips.text import fold


@dataclass(frozen=True)
class Filters:
    """What every listing command and export accepts. Empty means 'everything'."""

    country: str | None = None  # ISO alpha-2, already resolved
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    kinds: frozenset[Kind] = field(default_factory=frozenset)
    person: str | None = None
    search: str | None = None

    def __post_init__(self) -> None:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise UsageError(f"--from {self.date_from} is after --to {self.date_to}")


_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_YEAR = re.compile(r"^(\d{4})$")


def parse_date_bound(text: str, *, end: bool = False, option: str = "--from") -> dt.date:
    """A date as people type it: ``2024``, ``2024-10``, ``Oct 2024``, ``22 Oct 2024``,
    ``2024-10-22``. A partial date stands for its first day, or with ``end`` its last.
    """
    raw = text.strip()
    try:
        if m := _ISO_DAY.match(raw):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := _ISO_MONTH.match(raw):
            year, month = int(m[1]), int(m[2])
            return month_end(year, month) if end else dt.date(year, month, 1)
        if m := _YEAR.match(raw):
            year = int(m[1])
            return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
    except ValueError:
        raise UsageError(f"{option}: {text!r} is not a real date") from None
    return _parse_loose(raw, end=end, option=option)


def _parse_loose(raw: str, *, end: bool, option: str) -> dt.date:
    from dateutil import parser

    # Parse twice with different defaults: a field that changes was not typed.
    first, second = dt.datetime(2000, 1, 1), dt.datetime(2004, 2, 2)
    try:
        a = parser.parse(raw, default=first)
        b = parser.parse(raw, default=second)
    except (ValueError, OverflowError):
        raise UsageError(
            f"{option}: cannot read {raw!r} as a date (try 2024-10-22, 2024-10 or 'Oct 2024')"
        ) from None
    if a.year != b.year:
        raise UsageError(f"{option}: {raw!r} has no year (try 'Oct 2024')")
    if a.month != b.month:
        return dt.date(a.year, 12, 31) if end else dt.date(a.year, 1, 1)
    if a.day != b.day:
        return month_end(a.year, a.month) if end else dt.date(a.year, a.month, 1)
    return a.date()


def parse_kinds(values: Iterable[str]) -> frozenset[Kind]:
    kinds = set()
    for value in values:
        for part in value.split(","):
            name = part.strip().lower().replace(" ", "-").replace("_", "-")
            if not name:
                continue
            try:
                kinds.add(Kind(name))
            except ValueError:
                allowed = ", ".join(k.value for k in Kind)
                raise UsageError(f"--kind: unknown kind {part!r} (one of: {allowed})") from None
    return frozenset(kinds)


def _haystack(event: Event) -> Iterator[str]:
    yield event.title
    yield event.summary
    yield event.city
    yield from event.city_names.values()
    if event.venue:
        yield event.venue
    yield from event.topics
    for p in event.participants:
        yield p.name
        if p.name_ar:
            yield p.name_ar
        if p.organisation:
            yield p.organisation


def person_keys(events: Iterable[Event], needle: str) -> set[str]:
    """Folded names of everyone whose name, or Arabic name anywhere in the data, contains
    ``needle``: ``ميلوني`` finds every meeting with Meloni, even those whose source gave
    no Arabic spelling."""
    key = fold(needle)
    found: set[str] = set()
    for e in events:
        for p in e.participants:
            name = fold(p.name)
            if key in name or (p.name_ar and key in fold(p.name_ar)):
                found.add(name)
    return found


def meets_any(event: Event, people: set[str]) -> bool:
    """Is anyone in ``people`` (folded names, as from ``person_keys``) in the event?"""
    return any(fold(p.name) in people for p in event.participants)


def matches(event: Event, filters: Filters, people: set[str] | None = None) -> bool:
    """Does ``event`` pass ``filters``? With ``filters.person``, ``people`` must be the
    ``person_keys`` of the whole collection (computed once, not per event)."""
    if filters.country and event.country != filters.country:
        return False
    if filters.date_from and event.end_date < filters.date_from:
        return False
    if filters.date_to and event.start_date > filters.date_to:
        return False
    if filters.kinds and event.kind not in filters.kinds:
        return False
    if filters.person and not meets_any(event, people or set()):
        return False
    if filters.search:
        key = fold(filters.search)
        if not any(key in fold(text) for text in _haystack(event)):
            return False
    return True


_CHRONO_KEY = operator.attrgetter("start_date", "end_date", "id")


def chronological(events: Iterable[Event]) -> list[Event]:
    return sorted(events, key=_CHRONO_KEY)


def filter_events(events: Iterable[Event], filters: Filters) -> list[Event]:
    """The matching events, oldest first."""
    pool = list(events)
    people = person_keys(pool, filters.person) if filters.person else None
    return chronological(e for e in pool if matches(e, filters, people))


def find_event(events: Iterable[Event], event_id: str) -> Event:
    from natotrips.errors import NotFoundError

    pool = list(events)
    for event in pool:
        if event.id == event_id:
            return event
    import difflib

    close = difflib.get_close_matches(event_id, [e.id for e in pool], n=1, cutoff=0.6)
    raise NotFoundError(f"no event with id {event_id!r}", close[0] if close else None)


def upcoming(events: Iterable[Event], today: dt.date) -> list[Event]:
    """What was announced, as of ``today``, for the days after it; soonest first.

    An event counts when it starts after ``today``, is not cancelled, and either is still
    only announced or was reported in advance on or before ``today`` (``announced_on``):
    seen from 10 November 2024, the Paris visit of the 12th was announced, even though
    the dataset now records it as held.
    """
    return chronological(
        e
        for e in events
        if e.start_date > today
        and e.status is not Status.CANCELLED
        and (e.announced_on is None or e.announced_on <= today)
        and (e.status is Status.ANNOUNCED or e.announced_on is not None)
    )


def find_person(names: Iterable[tuple[str, str]], query: str) -> list[str]:
    """Names matching ``query`` regardless of case, accents or Arabic letter forms.

    ``names`` are (spelling, canonical name) pairs, e.g. the Arabic spelling of a name
    and the name itself. An exact folded match wins, else every name containing the
    query; NotFoundError (with a suggestion) when nothing matches.
    """
    from natotrips.errors import NotFoundError

    pool = {fold(spelling): name for spelling, name in names}
    key = fold(query)
    if not key:
        raise UsageError("person name is empty")
    if key in pool:
        return [pool[key]]
    found = {name for k, name in pool.items() if key in k}
    if found:
        return sorted(found, key=fold)
    import difflib

    close = difflib.get_close_matches(key, list(pool), n=1, cutoff=0.7)
    if not close:  # a typo in one word of the name: compare word by word
        words = {w: k for k in pool for w in k.split()}
        close = [words[w] for w in difflib.get_close_matches(key, list(words), n=1, cutoff=0.75)]
    raise NotFoundError(f"nobody called {query!r} in the data", pool[close[0]] if close else None)
