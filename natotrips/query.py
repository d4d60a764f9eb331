"""Pure filtering and sorting of events, and person identity. ``today`` is always an
argument, never read here."""

from __future__ import annotations

import datetime as dt
import difflib
import itertools
import operator
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from natotrips.errors import NotFoundError, UsageError
from natotrips.model import Event, Kind, Status
from natotrips.names import fold, skeleton


@dataclass(frozen=True)
class Filters:
    """What every listing command and export accepts. Empty means 'everything'.

    Repeated values of one option combine (any of them); different options narrow.
    """

    countries: frozenset[str] = field(default_factory=frozenset)  # ISO alpha-2
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    kinds: frozenset[Kind] = field(default_factory=frozenset)
    people: frozenset[str] = field(default_factory=frozenset)  # person keys (person_key)
    holders: frozenset[str] = field(default_factory=frozenset)  # full names
    search: str | None = None

    def __post_init__(self) -> None:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise UsageError(f"--from {self.date_from} is after --to {self.date_to}")


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


# ---- people: one identity per person, the folded Latin name ---------------------------------


def person_key(name: str) -> str:
    """The identity of a person across the record: their folded Latin name."""
    return fold(name)


def spellings(events: Iterable[Event]) -> dict[str, set[str]]:
    """Every way each person is written in the record (Latin names and Arabic names),
    by person key."""
    found: dict[str, set[str]] = {}
    for e in events:
        for p in e.participants:
            names = found.setdefault(person_key(p.name), set())
            names.add(p.name)
            if p.name_ar:
                names.add(p.name_ar)
    return found


def find_people(events: Iterable[Event], query: str) -> list[str]:
    """Person keys matching ``query``: case, accents, Arabic letter forms and long-vowel
    spellings folded. The closest kind of match wins (see ``tiers``); a loose match is one
    of whole words, never of a part. NotFoundError with a suggestion when none does."""
    key = fold(query)
    if not key:
        raise UsageError("person name is empty")
    loose = skeleton(query)
    pool = spellings(events)
    loose_words = set(loose.split())
    # The closest kind of match wins: the whole name, the whole name with long vowels
    # folded, a part of the name, then whole words with long vowels folded.
    tiers: tuple[Callable[[str], bool], ...] = (
        lambda n: key == fold(n),
        lambda n: loose == skeleton(n),
        lambda n: key in fold(n),
        lambda n: loose_words <= set(skeleton(n).split()),
    )
    for matches in tiers:
        found = sorted(k for k, names in pool.items() if any(matches(n) for n in names))
        if found:
            return found
    every = {fold(n): k for k, names in pool.items() for n in names}
    close = difflib.get_close_matches(key, list(every), n=1, cutoff=0.7)
    if not close:  # a typo in one word of the name: compare word by word
        words = {w: k for k in every for w in k.split()}
        close = [words[w] for w in difflib.get_close_matches(key, list(words), n=1, cutoff=0.75)]
    suggestion = None
    if close:
        target = every[close[0]]
        suggestion = min(pool[target], key=lambda n: (n != n.encode("ascii", "ignore").decode(), n))
    raise NotFoundError(f"nobody called {query!r} in the record", suggestion)


def meets_any(event: Event, people: frozenset[str] | set[str]) -> bool:
    return any(person_key(p.name) in people for p in event.participants)


# ---- filtering and order ---------------------------------------------------------------------


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


_CHRONO_KEY = operator.attrgetter("start_date", "end_date", "id")


def chronological(events: Iterable[Event]) -> list[Event]:
    """Events by start, end and id; a record kept in date order (as the bundled one is)
    is checked in one pass and not sorted again."""
    pool = list(events)
    keys = [(e.start_date, e.end_date, e.id) for e in pool]
    if all(a <= b for a, b in itertools.pairwise(keys)):
        return pool
    return sorted(pool, key=_CHRONO_KEY)


def filter_events(events: Iterable[Event], filters: Filters) -> list[Event]:
    """The matching events, oldest first. Each filter runs over the whole column in turn
    (a comprehension, no call per event), most selective first, and only if it is set."""
    pool = list(events)
    f = filters
    if f.holders:
        pool = [e for e in pool if e.secretary_general in f.holders]
    if f.countries:
        pool = [e for e in pool if e.country in f.countries]
    if f.date_from:
        pool = [e for e in pool if e.end_date >= f.date_from]
    if f.date_to:
        pool = [e for e in pool if e.start_date <= f.date_to]
    if f.kinds:
        kinds = {k.value for k in f.kinds}
        pool = [e for e in pool if e.kind.value in kinds]
    if f.people:
        pool = [e for e in pool if meets_any(e, f.people)]
    if f.search:
        key = fold(f.search)
        pool = [e for e in pool if any(key in fold(text) for text in _haystack(e))]
    return chronological(pool)


def arrange(events: Sequence[Event], *, limit: int | None, reverse: bool) -> list[Event]:
    """Events oldest first (the default, like a diary); ``limit`` keeps the ``limit`` most
    recent; ``reverse`` shows newest first."""
    kept = list(events[-limit:]) if limit else list(events)
    if limit == 0:
        kept = []
    return kept[::-1] if reverse else kept


def span(events: Sequence[Event]) -> tuple[dt.date, dt.date] | None:
    if not events:
        return None
    return min(e.start_date for e in events), max(e.end_date for e in events)


def outside(filters: Filters, covered: tuple[dt.date, dt.date] | None) -> bool:
    """Does the date range asked for fall (wholly) outside what the record covers?"""
    if covered is None:
        return True
    first, last = covered
    return bool(
        (filters.date_from and filters.date_from > last)
        or (filters.date_to and filters.date_to < first)
    )


# ---- ids -------------------------------------------------------------------------------------


def find_event(events: Iterable[Event], event_id: str) -> Event:
    """An event by its id or a unique prefix of it; NotFoundError listing the closest ids."""
    pool = list(events)
    wanted = event_id.strip().lower()
    for event in pool:
        if event.id == wanted:
            return event
    prefixed = [e for e in pool if e.id.startswith(wanted)] if wanted else []
    if len(prefixed) == 1:
        return prefixed[0]
    if len(prefixed) > 1:
        listed = ", ".join(e.id for e in prefixed[:5]) + (" ..." if len(prefixed) > 5 else "")
        raise UsageError(f"{event_id!r} is the start of {len(prefixed)} ids: {listed}")
    ids = [e.id for e in pool]
    close = difflib.get_close_matches(wanted, ids, n=3, cutoff=0.5)
    if not close:  # 'paris' matches nothing by similarity to a whole id: try its place part
        close = [i for i in ids if wanted and wanted in i][:3]
    raise NotFoundError(f"no event with id {event_id!r}", " or ".join(close) if close else None)


HANDLE = 22


def handles(ids: Iterable[str]) -> dict[str, str]:
    """A short handle for each id that ``show`` accepts: the id itself when it is short,
    else its shortest unique prefix of at least ``HANDLE`` characters."""
    pool = sorted(set(ids))
    out: dict[str, str] = {}
    for i, full in enumerate(pool):
        if len(full) <= HANDLE:
            out[full] = full
            continue
        n = HANDLE
        neighbours = pool[max(0, i - 1) : i] + pool[i + 1 : i + 2]
        while n < len(full) and any(o.startswith(full[:n]) for o in neighbours):
            n += 1
        out[full] = full[:n] if n < len(full) else full
    return out


def upcoming(events: Iterable[Event], today: dt.date) -> list[Event]:
    """What was announced, as of ``today``, for the days after it; soonest first.

    An event counts when it starts after ``today``, is not cancelled, and either is still
    only announced or was reported in advance on or before ``today`` (``announced_on``):
    seen from 10 November 2024, the Paris visit of the 12th was announced, even though
    the record now has it as held.
    """
    return chronological(
        e
        for e in events
        if e.start_date > today
        and e.status is not Status.CANCELLED
        and (e.announced_on is None or e.announced_on <= today)
        and (e.status in (Status.ANNOUNCED, Status.UNCONFIRMED) or e.announced_on is not None)
    )


def resolve_person(events: Sequence[Event], name: str) -> str:
    """The one person ``name`` means, as a person key; UsageError listing them when it
    could be several."""
    keys = find_people(events, name)
    if len(keys) > 1:
        pool = spellings(events)
        names = [min(pool[k], key=lambda n: (not n.isascii(), n)) for k in keys]
        listed = ", ".join(names[:8]) + (" ..." if len(names) > 8 else "")
        raise UsageError(f"{name!r} matches {len(keys)} people: {listed}")
    return keys[0]


def build_filters(
    events: Sequence[Event],
    *,
    countries: Sequence[str] = (),
    date_from: str | None = None,
    date_to: str | None = None,
    kinds: Sequence[str] = (),
    people: Sequence[str] = (),
    holders: Sequence[str] = (),
    search: str | None = None,
    person_keys: Sequence[str] = (),
) -> Filters:
    """Filters from what a user typed: names resolved, dates parsed strictly. Repeated
    values of one option combine."""
    from natotrips.countries import resolve_country
    from natotrips.dates import parse_date
    from natotrips.office import resolve_holders

    keys: set[str] = set(person_keys)
    for name in people:
        keys.update(find_people(events, name))
    return Filters(
        countries=frozenset(resolve_country(c).code for c in countries),
        date_from=parse_date(date_from, option="--from") if date_from else None,
        date_to=parse_date(date_to, end=True, option="--to") if date_to else None,
        kinds=parse_kinds(kinds),
        people=frozenset(keys),
        holders=resolve_holders(list(holders)),
        search=search,
    )
