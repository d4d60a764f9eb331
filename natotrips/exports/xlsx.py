"""Excel workbook (XlsxWriter): events, participants and sources, keyed by event id.

Real date cells, numbers as numbers, clickable source links, a frozen and filtered header
row, column widths that fit. Every text cell is written as a string, never as a formula,
whatever it starts with.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import IO, Any

from natotrips.i18n import country_name, person_name, place_name
from natotrips.model import Dataset, Event

EVENT_COLUMNS = (
    ("id", 24),
    ("start_date", 12),
    ("end_date", 12),
    ("days", 6),
    ("city", 18),
    ("venue", 24),
    ("country", 8),
    ("country_name", 18),
    ("kind", 12),
    ("status", 12),
    ("secretary_general", 18),
    ("title", 50),
    ("summary", 80),
    ("participants", 40),
    ("topics", 24),
    ("first_source", 40),
    ("trip_id", 20),
    ("date_note", 40),
)
PEOPLE_COLUMNS = (
    ("event_id", 24),
    ("name", 28),
    ("name_ar", 24),
    ("role", 36),
    ("country", 8),
    ("organisation", 24),
    ("named_by", 24),
)
SOURCE_COLUMNS = (
    ("event_id", 24),
    ("key", 20),
    ("publisher", 28),
    ("title", 50),
    ("url", 50),
    ("published", 12),
    ("language", 8),
    ("excerpt", 80),
)
MAX_URL = 2079  # Excel's limit for a hyperlink


def write_xlsx(data: Dataset, events: Sequence[Event], out: IO[bytes], *, lang: str = "en") -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(
        out,
        {
            "in_memory": True,
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
        },
    )
    book.set_properties(
        {
            "title": "NATO Secretary General: trips and meetings",
            "comments": f"natotrips record as of {data.as_of.isoformat()}",
        }
    )
    bold = book.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1})
    date = book.add_format({"num_format": "yyyy-mm-dd"})
    link = book.add_format({"font_color": "blue", "underline": 1})

    def sheet(name: str, columns: Sequence[tuple[str, int]], rows: list[list[Any]]) -> Any:
        ws = book.add_worksheet(name)
        for c, (header, width) in enumerate(columns):
            ws.write_string(0, c, header, bold)
            ws.set_column(c, c, width)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row):
                _write(ws, r, c, value, date, link)
        ws.freeze_panes(1, 0)
        ws.autofilter(0, 0, max(len(rows), 1), len(columns) - 1)
        return ws

    sheet("events", EVENT_COLUMNS, [_event_row(e, lang) for e in events])
    sheet(
        "participants",
        PEOPLE_COLUMNS,
        [
            [
                e.id,
                p.name,
                p.name_ar or "",
                p.role or "",
                p.country or "",
                p.organisation or "",
                "; ".join(p.sources),
            ]
            for e in events
            for p in e.participants
        ],
    )
    sheet(
        "sources",
        SOURCE_COLUMNS,
        [
            [
                e.id,
                s.key,
                s.publisher,
                s.title,
                _Link(s.url) if s.url else "",
                s.published,
                s.language,
                s.excerpt or "",
            ]
            for e in events
            for s in e.sources
        ],
    )
    book.close()


class _Link(str):
    """A cell that is a hyperlink."""


def _event_row(e: Event, lang: str) -> list[Any]:
    first = next((s.url for s in e.sources if s.url), None)
    return [
        e.id,
        e.start_date,
        e.end_date,
        e.days,
        place_name(e, lang),
        e.venue or "",
        e.country,
        country_name(e.country, lang),
        e.kind.value,
        e.status.value,
        e.secretary_general,
        e.title,
        e.summary,
        "; ".join(person_name(p, lang) for p in e.participants),
        "; ".join(e.topics),
        _Link(first) if first else "",
        e.trip_id or "",
        e.date_note or "",
    ]


def _write(ws: Any, r: int, c: int, value: Any, date: Any, link: Any) -> None:
    if isinstance(value, dt.date):
        ws.write_datetime(r, c, dt.datetime.combine(value, dt.time()), date)
    elif isinstance(value, int):
        ws.write_number(r, c, value)
    elif (
        isinstance(value, _Link)
        and len(value) <= MAX_URL
        and value.startswith(("http://", "https://"))
    ):
        ws.write_url(r, c, value, link, string=str(value))
    elif value is None:
        ws.write_blank(r, c, None)
    else:
        ws.write_string(r, c, str(value))
