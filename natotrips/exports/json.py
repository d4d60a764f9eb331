"""JSON of events, countries, people and stats, streamed where it can be. No Rich here."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, TextIO

import msgspec

from natotrips.compare import Comparison
from natotrips.countries import country_name
from natotrips.exports.csv import PEOPLE_COLUMNS, write_csv
from natotrips.model import Dataset, Event
from natotrips.summary import CountrySummary, PersonSummary, Stats

if TYPE_CHECKING:  # only named in annotations: every listing imports this module
    from natotrips.cartogram import Cartogram, Cell

_encoder = msgspec.json.Encoder()


def write_json_array(items: Iterable[object], out: TextIO) -> None:
    """A JSON array, one item per line, written as it goes (no full copy in memory)."""
    out.write("[")
    first = True
    for item in items:
        out.write("\n  " if first else ",\n  ")
        out.write(_encoder.encode(item).decode("utf-8"))
        first = False
    out.write("\n]\n" if not first else "]\n")


def countries_json(summaries: Iterable[CountrySummary], out: TextIO) -> None:
    write_json_array(
        (
            {
                "country": s.country,
                "country_name": country_name(s.country),
                "visits": s.visits,
                "days": s.days,
                "first": s.first,
                "last": s.last,
                "cities": s.cities,
                "people": s.people,
            }
            for s in summaries
        ),
        out,
    )


def map_json(cartogram: Cartogram, out: TextIO, lang: str = "en") -> None:
    """The cartogram's cells: counts, shade level, grid position (null: far strip)."""
    write_json_array((map_row(c, cartogram, lang) for c in cartogram.cells), out)


def map_row(cell: Cell, cartogram: Cartogram, lang: str = "en") -> dict[str, object]:
    return {
        "country": cell.code,
        "country_name": country_name(cell.code, lang),
        "visits": cell.visits,
        "days": cell.days,
        "ally": cell.ally,
        "level": cartogram.level(cell),
        "row": cell.row,
        "col": cell.col,
    }


def people_json(people: Iterable[PersonSummary], out: TextIO) -> None:
    write_json_array(
        (
            dict(
                zip(
                    PEOPLE_COLUMNS,
                    (p.name, p.name_ar, p.role, p.affiliation, p.meetings, p.dates, p.event_ids),
                    strict=True,
                )
            )
            for p in people
        ),
        out,
    )


def stats_json(stats: Stats, out: TextIO) -> None:
    doc = {
        "events": stats.events,
        "per_month": [{"month": m.strftime("%Y-%m"), "events": n} for m, n in stats.per_month],
        "days_away": stats.days_away,
        "countries_visited": stats.countries,
        "allies": [{"country": code, "events": n} for code, n in stats.allies],
        "allies_not_visited": stats.allies_not_visited,
        "busiest_month": (
            {"month": stats.busiest_month[0].strftime("%Y-%m"), "events": stats.busiest_month[1]}
            if stats.busiest_month
            else None
        ),
        "longest_trip": (
            dict(zip(("trip_id", "start", "end", "days"), stats.longest_trip, strict=True))
            if stats.longest_trip
            else None
        ),
    }
    out.write(_encoder.encode(doc).decode("utf-8") + "\n")


def events_json(events: Iterable[Event], out: TextIO) -> None:
    """The events as a JSON array: every key of an event always present (null or [])."""
    write_json_array(events, out)


def dataset_json(data: Dataset, events: Iterable[Event], out: TextIO) -> None:
    """A complete record (schema version, as_of, events) that ``--data`` reads back."""
    out.write(f'{{"schema_version": {data.schema_version}, ')
    out.write(f'"as_of": "{data.as_of.isoformat()}",\n"events": ')
    write_json_array(events, out)
    out.write("}\n")


def stats_csv(stats: Stats, out: TextIO) -> None:
    """Events per month as CSV (the one table in stats)."""
    from natotrips.exports.csv import write_csv

    rows = ([m.strftime("%Y-%m"), str(n)] for m, n in stats.per_month)
    write_csv(rows, ("month", "events"), out)


def compare_json(result: Comparison, out: TextIO) -> None:
    out.write(_encoder.encode(result.holders).decode("utf-8") + "\n")


def compare_csv(result: Comparison, out: TextIO) -> None:
    """One row per holder and year, and one per holder for each window."""
    from natotrips.exports.csv import write_csv

    rows: list[list[str]] = []
    for h in result.holders:
        for name, w in (
            ("first_100_days", h.first_100_days),
            ("first_year", h.first_year),
            ("whole_record", h.whole),
        ):
            rows.append(
                [h.name, name, str(w.events), str(w.trips), str(w.countries), str(w.days_abroad)]
            )
        for year, n, t in h.per_year:
            rows.append([h.name, str(year), str(n), str(t), "", ""])
    write_csv(
        rows, ("secretary_general", "span", "events", "trips", "countries", "days_abroad"), out
    )


MAP_COLUMNS = ("country", "country_name", "visits", "days", "ally", "level", "row", "col")


def map_csv(cartogram: Cartogram, out: TextIO, lang: str = "en") -> None:
    def text(value: object) -> str:
        if value is None:
            return ""
        if isinstance(value, bool):
            return "true" if value else "false"
        return str(value)

    rows = ([text(v) for v in map_row(c, cartogram, lang).values()] for c in cartogram.cells)
    write_csv(rows, MAP_COLUMNS, out)
