"""Synthetic datasets in natotrips' schema, for scale benchmarks.

    python bench/synth.py 100000 /tmp/trips-100k.json

Events are spread over 2024-10-01.. in date order (as records are kept), with random places
from a fixed list, 0-3 participants and 1-2 sources each: about the shape and size of real
records. Seeded, so reproducible.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
from pathlib import Path

PLACES = [
    ("Brussels", "BE"),
    ("Paris", "FR"),
    ("Berlin", "DE"),
    ("Rome", "IT"),
    ("Tallinn", "EE"),
    ("Warsaw", "PL"),
    ("London", "GB"),
    ("Washington", "US"),
    ("Ankara", "TR"),
    ("Kyiv", "UA"),
    ("Madrid", "ES"),
    ("Oslo", "NO"),
    ("Ottawa", "CA"),
    ("Athens", "GR"),
    ("Riga", "LV"),
]
PEOPLE = [f"Person {i} Example" for i in range(2000)]
KINDS = ["visit", "ministerial", "summit", "meeting", "troop-visit", "conference"]


def event(i: int, offset: int, length: int, rng: random.Random) -> dict[str, object]:
    city, country = rng.choice(PLACES)
    start = dt.date(2024, 10, 1) + dt.timedelta(days=offset)
    end = start + dt.timedelta(days=length)
    sources = [
        {
            "key": f"s{k}",
            "publisher": "Example News",
            "title": f"Report {i}-{k} on the visit to {city}",
            "language": "en",
            "url": f"https://example.org/news/{i}/{k}",
            "published": start.isoformat(),
        }
        for k in range(rng.randint(1, 2))
    ]
    return {
        "id": f"e{i:07d}",
        "secretary_general": "Mark Rutte",
        "start_date": start.isoformat(),
        "end_date": end.isoformat(),
        "city": city,
        "country": country,
        "kind": rng.choice(KINDS),
        "status": "held",
        "title": f"Visit number {i} to {city}",
        "summary": f"Synthetic event {i}: talks on deterrence and defence in {city}.",
        "participants": [
            {"name": rng.choice(PEOPLE), "role": "Minister", "sources": ["s0"]}
            for _ in range(rng.randint(0, 3))
        ],
        "topics": rng.sample(["ukraine", "deterrence-defence", "defence-industry", "eu-nato"], 2),
        "sources": sources,
    }


def write(n: int, path: Path, seed: int = 1) -> Path:
    rng = random.Random(seed)
    # In date order (start, end, id), as records are kept: the bundled one, and what
    # `export json` and scripts/merge_research.py write.
    spans = sorted((rng.randrange(0, 3650), rng.choice([0, 0, 0, 1, 2])) for _ in range(n))
    with path.open("w", encoding="utf-8") as out:
        out.write('{"schema_version": 1, "as_of": "2026-11-29", "events": [\n')
        for i, (offset, length) in enumerate(spans):
            if i:
                out.write(",\n")
            out.write(json.dumps(event(i, offset, length, rng)))
        out.write("\n]}\n")
    return path


if __name__ == "__main__":
    write(int(sys.argv[1]), Path(sys.argv[2]))
