"""Merge researched events and status updates into data/trips.json (a maintainer's tool).

    python scripts/merge_research.py FILE.json...

Reads the helpers' files (events in the record's own shape), skips ids already present,
adds each file's "extra_sources" (event id -> sources) to events already in the record,
sorts by date, and writes the record back.
``natotrips validate`` must pass afterwards; nothing here decides a fact on its own.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent.parent / "data" / "trips.json"
FIELDS = {
    "id",
    "secretary_general",
    "trip_id",
    "start_date",
    "end_date",
    "date_note",
    "city",
    "city_names",
    "venue",
    "country",
    "kind",
    "status",
    "announced_on",
    "title",
    "summary",
    "participants",
    "topics",
    "disagreements",
    "sources",
}
SOURCE = {"key", "publisher", "title", "url", "published", "language", "excerpt"}
PERSON = {"name", "role", "country", "organisation", "name_ar", "sources"}


def clean_source(s: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in s.items() if k in SOURCE and v not in (None, "")}
    return out


def clean(e: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in e.items() if k in FIELDS and v not in (None, "", [], {})}
    out["sources"] = [clean_source(s) for s in e["sources"]]
    out["participants"] = [
        {k: v for k, v in p.items() if k in PERSON and v not in (None, "")}
        for p in e.get("participants", [])
    ]
    if not out["participants"]:
        del out["participants"]
    return out


def main(paths: list[str]) -> None:
    doc = json.loads(DATA.read_text(encoding="utf-8"))
    events = {e["id"]: e for e in doc["events"]}
    added = extra = 0
    for path in paths:
        found = json.loads(Path(path).read_text(encoding="utf-8"))
        for e in found.get("events", []):
            if e["id"] in events:
                continue
            events[e["id"]] = clean(e)
            added += 1
        for event_id, sources in found.get("extra_sources", {}).items():
            event = events.get(event_id)
            if event is None:
                print(f"{path}: extra sources for unknown event {event_id}", file=sys.stderr)
                continue
            keys = {s["key"] for s in event["sources"]}
            urls = {s.get("url") for s in event["sources"]}
            for source in sources:
                if source["key"] in keys or source.get("url") in urls:
                    continue
                event["sources"].append(clean_source(source))
                keys.add(source["key"])
                extra += 1
    doc["events"] = sorted(events.values(), key=lambda e: (e["start_date"], e["end_date"], e["id"]))
    DATA.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"added {added} events and {extra} sources; {len(doc['events'])} events")


if __name__ == "__main__":
    main(sys.argv[1:])
