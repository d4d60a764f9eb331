"""SQLite database (sqlite-utils): events, people, participants and sources with primary
and foreign keys, full-text search over titles and summaries, and metadata that Datasette
shows (``datasette trips.db --metadata trips.metadata.json``; the same metadata is stored in
the database's ``_metadata`` table)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from natotrips.i18n import country_name
from natotrips.model import Dataset, Event
from natotrips.query import person_key

LICENCE = "Facts cite public sources (see the sources table); record assembled by natotrips"


def metadata(data: Dataset) -> dict[str, Any]:
    return {
        "title": "NATO Secretary General: trips and meetings",
        "description": f"The natotrips record as of {data.as_of.isoformat()}: every event "
        "cites its sources, with the words that support it.",
        "source": "natotrips (public reporting: NATO releases, governments, national press)",
        "license": LICENCE,
        "databases": {
            "trips": {
                "tables": {
                    "events": {"title": "Events", "description": "One row per trip leg or meeting"},
                    "people": {"title": "People met"},
                    "participants": {"title": "Who was met at each event"},
                    "sources": {"title": "Sources cited, with the supporting excerpt"},
                }
            }
        },
        "as_of": data.as_of.isoformat(),
    }


TEXT = str
SCHEMA: dict[str, tuple[dict[str, type], Any, list[tuple[str, str, str]]]] = {
    "events": (
        {
            c: TEXT
            for c in (
                "id",
                "start_date",
                "end_date",
                "city",
                "venue",
                "country",
                "country_name",
                "kind",
                "status",
                "secretary_general",
                "title",
                "summary",
                "topics",
                "trip_id",
                "date_note",
                "announced_on",
            )
        }
        | {"days": int},
        "id",
        [],
    ),
    "people": ({"key": TEXT, "name": TEXT, "name_ar": TEXT}, "key", []),
    "participants": (
        {
            c: TEXT
            for c in (
                "event_id",
                "person_key",
                "name",
                "role",
                "country",
                "organisation",
                "named_by",
            )
        },
        ("event_id", "person_key"),
        [("event_id", "events", "id"), ("person_key", "people", "key")],
    ),
    "sources": (
        {
            c: TEXT
            for c in (
                "event_id",
                "key",
                "publisher",
                "title",
                "url",
                "published",
                "language",
                "excerpt",
            )
        },
        ("event_id", "key"),
        [("event_id", "events", "id")],
    ),
}


def _create(table: Any) -> None:
    """Every table with its keys, even when a selection is empty."""
    for name, (columns, pk, fks) in SCHEMA.items():
        table(name).create(columns, pk=pk, foreign_keys=fks)


def write_sqlite(data: Dataset, events: Sequence[Event], path: Path) -> None:
    import sqlite_utils

    db = sqlite_utils.Database(path)
    table = db.table  # Table, not View: these are created here
    _create(table)
    table("events").insert_all(
        (
            {
                "id": e.id,
                "start_date": e.start_date.isoformat(),
                "end_date": e.end_date.isoformat(),
                "days": e.days,
                "city": e.city,
                "venue": e.venue,
                "country": e.country,
                "country_name": country_name(e.country),
                "kind": e.kind.value,
                "status": e.status.value,
                "secretary_general": e.secretary_general,
                "title": e.title,
                "summary": e.summary,
                "topics": json.dumps(e.topics),
                "trip_id": e.trip_id,
                "date_note": e.date_note,
                "announced_on": e.announced_on.isoformat() if e.announced_on else None,
            }
            for e in events
        ),
        pk="id",
        columns={"venue": str, "trip_id": str, "date_note": str, "announced_on": str},
    )
    people: dict[str, dict[str, Any]] = {}
    for e in events:
        for p in e.participants:
            people.setdefault(
                person_key(p.name),
                {"key": person_key(p.name), "name": p.name, "name_ar": p.name_ar},
            )
    table("people").insert_all(people.values(), pk="key", columns={"name_ar": str})
    table("participants").insert_all(
        (
            {
                "event_id": e.id,
                "person_key": person_key(p.name),
                "name": p.name,
                "role": p.role,
                "country": p.country,
                "organisation": p.organisation,
                "named_by": json.dumps(p.sources),
            }
            for e in events
            for p in e.participants
        ),
        pk=("event_id", "person_key"),
        foreign_keys=[("event_id", "events", "id"), ("person_key", "people", "key")],
        columns={"role": str, "country": str, "organisation": str},
        replace=True,
    )
    table("sources").insert_all(
        (
            {
                "event_id": e.id,
                "key": s.key,
                "publisher": s.publisher,
                "title": s.title,
                "url": s.url,
                "published": s.published.isoformat() if s.published else None,
                "language": s.language,
                "excerpt": s.excerpt,
            }
            for e in events
            for s in e.sources
        ),
        pk=("event_id", "key"),
        foreign_keys=[("event_id", "events", "id")],
        columns={"url": str, "published": str, "excerpt": str},
    )
    table("events").enable_fts(["title", "summary"], create_triggers=True)
    table("_metadata").insert_all(
        [
            {"key": k, "value": json.dumps(v) if not isinstance(v, str) else v}
            for k, v in metadata(data).items()
        ],
        pk="key",
    )
    db.close()
