"""Quality checks over a whole dataset, beyond what the schema can say.

Each check returns findings; ``natotrips validate`` lists them all and exits non-zero if
there are any. The rules are written out in data/README.md.
"""

from __future__ import annotations

import datetime as dt
import difflib
import itertools
from collections.abc import Iterator
from dataclasses import dataclass

from natotrips.dataset import check_records
from natotrips.model import Dataset, Event, Status
from natotrips.names import fold
from natotrips.office import BY_NAME

# Two different folded names this similar are taken for one person spelled two ways.
SPELLING_RATIO = 0.9


@dataclass(frozen=True)
class Finding:
    check: str
    message: str

    def __str__(self) -> str:
        return f"{self.check}: {self.message}"


def validate(data: Dataset) -> list[Finding]:
    findings = [Finding("record", p) for p in check_records(data.events)]
    events = sorted(data.events, key=lambda e: (e.start_date, e.id))
    findings += _term(events, data.as_of)
    findings += _sources(events)
    findings += _duplicates(events)
    findings += _overlaps(events)
    findings += _spellings(events)
    findings += _people(data)
    findings += _places(data)
    return findings


def _places(data: Dataset) -> Iterator[Finding]:
    """One entry a place; coordinates only with the gazetteer entry they come from."""
    seen: set[tuple[str, str]] = set()
    for place in data.places:
        key = (place.city, place.country)
        if key in seen:
            yield Finding("places", f"{place.city} ({place.country}): listed twice")
        seen.add(key)
        located = place.lat is not None and place.lon is not None
        gazetteer = bool(place.geonames_id and place.coordinates_source)
        page = place.coordinates_page
        if located and not (gazetteer or (page and page.url and page.excerpt)):
            yield Finding("places", f"{place.city}: coordinates without a cited source")
        for lang, name in place.names.items():
            cited = place.name_pages.get(lang)
            if cited is not None:
                if not (cited.url and cited.excerpt and name in cited.excerpt):
                    yield Finding(
                        "places", f"{place.city}: {lang} name {name!r} is not in its source's words"
                    )
            elif not place.names_source:
                yield Finding("places", f"{place.city}: {lang} name without a source")
    if data.places:
        for e in data.events:
            if (e.city, e.country) not in seen:
                yield Finding(
                    "places", f"{e.id}: {e.city} ({e.country}) is not in the places table"
                )


def _people(data: Dataset) -> Iterator[Finding]:
    """Each Arabic spelling is in the words of a cited Arabic source; each entry names
    someone who is in the record, once."""
    named = {fold(p.name) for e in data.events for p in e.participants}
    seen: set[str] = set()
    for person in data.people:
        key = fold(person.name)
        if key in seen:
            yield Finding("people", f"{person.name}: listed twice")
        seen.add(key)
        if key not in named:
            yield Finding("people", f"{person.name}: not a participant of any event")
        words = [fold(s.excerpt or "") for s in person.sources]
        for spelling in [person.name_ar, *person.variants_ar]:
            if not any(fold(spelling) in w for w in words):
                yield Finding("people", f"{person.name}: {spelling!r} is in no cited excerpt")


def _term(events: list[Event], as_of: dt.date) -> Iterator[Finding]:
    for e in events:
        holder = BY_NAME.get(e.secretary_general)
        if holder is None:
            yield Finding("term", f"{e.id}: unknown Secretary General {e.secretary_general!r}")
            continue
        first, last = holder.first_day, holder.last_day
        if e.start_date < first or (last is not None and e.end_date > last):
            yield Finding("term", f"{e.id}: {e.start_date} is outside {e.secretary_general}'s term")
        if e.announced_on is not None and e.announced_on > e.start_date:
            yield Finding("term", f"{e.id}: announced_on {e.announced_on} is after the event")
        if e.status is Status.HELD and e.start_date > as_of:
            yield Finding("status", f"{e.id}: marked held but starts after as_of {as_of}")
        if e.status is Status.ANNOUNCED and e.end_date < as_of:
            yield Finding(
                "stale",
                f"{e.id}: announced for {e.start_date}, before as_of {as_of}: confirm it as "
                "held (with a source) or mark it unconfirmed",
            )
        if e.status is Status.UNCONFIRMED and e.end_date >= as_of:
            yield Finding("status", f"{e.id}: unconfirmed, but its date has not passed")


def _sources(events: list[Event]) -> Iterator[Finding]:
    for e in events:
        for s in e.sources:
            if not s.url and not s.published:
                yield Finding("source", f"{e.id}: source {s.key!r} has neither url nor date")
        for p in e.participants:
            if not p.sources:
                yield Finding("source", f"{e.id}: participant {p.name!r} cites no source")


def _pairs(events: list[Event]) -> Iterator[tuple[Event, Event]]:
    """Pairs of events whose dates overlap (events sorted by start date)."""
    for i, a in enumerate(events):
        for b in itertools.islice(events, i + 1, None):
            if b.start_date > a.end_date:
                break
            yield a, b


def same_place(a: Event, b: Event) -> bool:
    """Same country and city, and same venue where both give one: a morning meeting at
    NATO Headquarters and a dinner at the Secretary General's residence are two events."""
    if a.country != b.country or fold(a.city) != fold(b.city):
        return False
    return a.venue is None or b.venue is None or fold(a.venue) == fold(b.venue)


def _duplicates(events: list[Event]) -> Iterator[Finding]:
    for a, b in _pairs(events):
        if same_place(a, b):
            same_day = a.start_date == b.start_date
            kind = "same day and place" if same_day else "overlapping dates in one place"
            yield Finding("duplicate", f"{a.id} and {b.id}: {kind} ({a.city}, {a.start_date})")


def _interior(e: Event, day: dt.date) -> bool:
    return e.start_date < day < e.end_date


def _overlaps(events: list[Event]) -> Iterator[Finding]:
    """Stays in two countries at once. A shared first or last day is a travel day and
    allowed (Mons in the morning, Wiesbaden in the afternoon); a day in the middle of one
    stay that is also spent in another country is not."""
    for a, b in _pairs(events):
        if a.country == b.country:
            continue
        start, end = max(a.start_date, b.start_date), min(a.end_date, b.end_date)
        days = (start + dt.timedelta(days=n) for n in range((end - start).days + 1))
        if any(_interior(a, d) or _interior(b, d) for d in days):
            yield Finding(
                "overlap",
                f"{a.id} ({a.country}) and {b.id} ({b.country}): in two countries at once",
            )


# Titles that are sometimes written into a name ("King Harald V" / "Harald V").
TITLES = frozenset(
    {"king", "queen", "prince", "princess", "president", "sheikh", "emir", "sir", "dr", "general"}
)


def _spellings(events: list[Event]) -> Iterator[Finding]:
    spellings: dict[str, set[str]] = {}
    for e in events:
        for p in e.participants:
            spellings.setdefault(fold(p.name), set()).add(p.name)
    for variants in spellings.values():
        if len(variants) > 1:
            yield Finding("spelling", "one person spelled " + " / ".join(sorted(variants)))
    keys = sorted(spellings)
    for key in keys:
        first, _, rest = key.partition(" ")
        if first in TITLES and rest in spellings:
            names = sorted(spellings[key] | spellings[rest])
            yield Finding("spelling", "one person with and without a title: " + " / ".join(names))
    for a, b in itertools.combinations(keys, 2):
        if a[:1] != b[:1] and a.split()[-1:] != b.split()[-1:]:
            continue
        if difflib.SequenceMatcher(None, a, b).ratio() >= SPELLING_RATIO:
            names = sorted(spellings[a] | spellings[b])
            yield Finding("spelling", "one person spelled " + " / ".join(names) + "?")
