"""CSV (RFC 4180) of events, countries and people, streamed row by row. No Rich here."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TextIO

from natotrips.i18n import country_name, person_label, place_name
from natotrips.model import Event
from natotrips.summary import CountrySummary, PersonSummary

CSV_COLUMNS = (
    "id",
    "start_date",
    "end_date",
    "days",
    "city",
    "venue",
    "country",
    "country_name",
    "kind",
    "status",
    "title",
    "summary",
    "participants",
    "topics",
    "sources",
    "source_urls",
    "trip_id",
    "date_note",
    "secretary_general",
)
JOIN = "; "

# OWASP CSV injection: a cell starting with = + - @ tab or CR may be run as a formula,
# unless it is a plain number (-5, +3.2, 1e6), which stays a number. The rule, once:
_FORMULA = re.compile(r"(?![+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$)[=+\-@\t\r]")


def neutralise(cell: str) -> str:
    """Prefix ``'`` to a cell a spreadsheet would read as a formula; numbers stay numbers."""
    return "'" + cell if _FORMULA.match(cell) else cell


_NEEDS_QUOTES = re.compile(r'[",\r\n]').search
_STARTS = ("=", "+", "-", "@", "\t", "\r")


def write_csv(
    rows: Iterable[Sequence[str]],
    header: Sequence[str],
    out: TextIO,
    *,
    raw: bool = False,
    plain: Sequence[int] = (),
) -> None:
    """RFC 4180: CRLF line ends, a field quoted when it holds a quote, comma or line end.
    Streams row by row. Cells that a spreadsheet would run as formulas are neutralised
    unless ``raw``; columns listed in ``plain`` (ids, dates, codes: never text that could
    need it) skip the checks. Written by hand: the csv module's writer was the largest
    cost of ``export csv`` (measured in bench/)."""
    formula = _FORMULA.match
    needs = _NEEDS_QUOTES
    starts = _STARTS
    checked = [i for i in range(len(header)) if i not in set(plain)]
    write = out.write
    write(",".join(header) + "\r\n")
    for row in rows:
        row = list(row)
        for i in checked:
            cell = row[i]
            if not raw and cell.startswith(starts) and formula(cell):
                cell = "'" + cell
            if needs(cell):
                cell = '"' + cell.replace('"', '""') + '"'
            row[i] = cell
        write(",".join(row) + "\r\n")


def events_csv(
    events: Iterable[Event], out: TextIO, *, raw: bool = False, lang: str = "en"
) -> None:
    write_csv(_rows(events, lang), CSV_COLUMNS, out, raw=raw, plain=PLAIN_COLUMNS)


# id, start_date, end_date, days, country, kind, status: slugs, dates, numbers and codes
PLAIN_COLUMNS = (0, 1, 2, 3, 6, 8, 9)


def _rows(events: Iterable[Event], lang: str) -> Iterable[list[str]]:
    """One CSV row an event (the columns of CSV_COLUMNS), with what repeats (dates, country
    names) looked up once: the loop runs once per event of a record that may hold a million."""
    iso: dict[object, str] = {}
    names: dict[str, str] = {}
    for e in events:
        start = iso.get(e.start_date) or iso.setdefault(e.start_date, e.start_date.isoformat())
        end = iso.get(e.end_date) or iso.setdefault(e.end_date, e.end_date.isoformat())
        country = names.get(e.country) or names.setdefault(e.country, country_name(e.country, lang))
        yield [
            e.id,
            start,
            end,
            str((e.end_date - e.start_date).days + 1),
            place_name(e, lang),
            e.venue or "",
            e.country,
            country,
            e.kind._value_,  # not .value: a property, costly a million times
            e.status._value_,
            e.title,
            e.summary,
            JOIN.join([person_label(p, lang) for p in e.participants]),
            JOIN.join(e.topics),
            JOIN.join([f"{s.publisher}: {s.title}" for s in e.sources]),
            JOIN.join([s.url for s in e.sources if s.url]),
            e.trip_id or "",
            e.date_note or "",
            e.secretary_general,
        ]


COUNTRY_COLUMNS = ("country", "country_name", "visits", "days", "first", "last", "cities", "people")


def countries_csv(summaries: Iterable[CountrySummary], out: TextIO, *, raw: bool = False) -> None:
    rows = (
        [
            s.country,
            country_name(s.country),
            str(s.visits),
            str(s.days),
            s.first.isoformat(),
            s.last.isoformat(),
            JOIN.join(s.cities),
            JOIN.join(s.people),
        ]
        for s in summaries
    )
    write_csv(rows, COUNTRY_COLUMNS, out, raw=raw)


PEOPLE_COLUMNS = ("name", "name_ar", "role", "affiliation", "meetings", "dates", "event_ids")


def people_csv(people: Iterable[PersonSummary], out: TextIO, *, raw: bool = False) -> None:
    rows = (
        [
            p.name,
            p.name_ar or "",
            p.role or "",
            p.affiliation or "",
            str(p.meetings),
            JOIN.join(d.isoformat() for d in p.dates),
            JOIN.join(p.event_ids),
        ]
        for p in people
    )
    write_csv(rows, PEOPLE_COLUMNS, out, raw=raw)
