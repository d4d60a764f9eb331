"""Merge researched events and status updates into data/trips.json (a maintainer's tool).

    python scripts/merge_research.py RESEARCH_DIR

Reads the helpers' files (events in the record's own shape), skips ids already present,
applies status updates with their sources, sorts by date, and writes the record back.
``natotrips validate`` must pass afterwards; nothing here decides a fact on its own.
"""

from __future__ import annotations

import glob
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


def main(research: str) -> None:
    doc = json.loads(DATA.read_text(encoding="utf-8"))
    events = {e["id"]: e for e in doc["events"]}
    added = 0
    for path in [*sorted(glob.glob(f"{research}/sg*.json")), f"{research}/rutte-gaps.json"]:
        if not Path(path).exists():
            continue
        for e in json.loads(Path(path).read_text(encoding="utf-8"))["events"]:
            if e["id"] in events:
                continue
            events[e["id"]] = clean(e)
            added += 1
    doc["events"] = sorted(events.values(), key=lambda e: (e["start_date"], e["end_date"], e["id"]))
    DATA.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"added {added}; {len(doc['events'])} events")


if __name__ == "__main__":
    main(sys.argv[1])
