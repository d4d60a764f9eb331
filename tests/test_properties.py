"""Property tests: random valid datasets round-trip; random damage never tracebacks."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import Any

import msgspec
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from natotrips import dataset
from natotrips.errors import DataError
from natotrips.exports import csv as csv_out
from natotrips.exports import json as json_out
from natotrips.i18n import person_label
from natotrips.model import Event, Kind, Status

settings.register_profile(
    "natotrips", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("natotrips")

# Any Unicode a JSON file can carry, controls and markup included; no lone surrogates
# (UTF-8 cannot encode them).
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40)
OPT_TEXT = st.none() | TEXT
SLUG = st.from_regex(r"[a-z0-9][a-z0-9-]{0,30}", fullmatch=True)
COUNTRY = st.sampled_from(["FR", "DE", "IT", "EE", "BE", "US", "UA", "XK"])
DATE = st.dates(dt.date(2024, 10, 1), dt.date(2030, 12, 31))


@st.composite
def events(draw: st.DrawFn, ident: str) -> dict[str, Any]:
    start = draw(DATE)
    end = start + dt.timedelta(days=draw(st.integers(0, 10)))
    keys = draw(st.lists(SLUG, min_size=1, max_size=3, unique=True))
    sources = [
        {
            "key": k,
            "publisher": draw(TEXT),
            "title": draw(TEXT),
            "language": draw(st.sampled_from(["en", "ar", "fr", "de"])),
            "url": draw(OPT_TEXT),
            "published": draw(st.none() | DATE.map(str)),
        }
        for k in keys
    ]
    people = [
        {
            "name": draw(TEXT),
            "sources": draw(st.lists(st.sampled_from(keys), min_size=1, max_size=2)),
            "role": draw(OPT_TEXT),
            "country": draw(st.none() | COUNTRY),
            "name_ar": draw(OPT_TEXT),
        }
        for _ in range(draw(st.integers(0, 3)))
    ]
    return {
        "id": ident,
        "secretary_general": "Mark Rutte",
        "start_date": str(start),
        "end_date": str(end),
        "city": draw(TEXT),
        "venue": draw(OPT_TEXT),
        "country": draw(COUNTRY),
        "kind": draw(st.sampled_from([k.value for k in Kind])),
        "status": draw(st.sampled_from([s.value for s in Status])),
        "title": draw(TEXT),
        "summary": draw(TEXT),
        "participants": people,
        "topics": draw(st.lists(SLUG, max_size=3)),
        "sources": sources,
        "trip_id": draw(st.none() | SLUG),
        "date_note": draw(OPT_TEXT),
    }


@st.composite
def datasets(draw: st.DrawFn) -> bytes:
    ids = draw(st.lists(SLUG, min_size=0, max_size=5, unique=True))
    evs = []
    for ident in ids:
        ev = draw(events(ident))
        evs.append({k: v for k, v in ev.items() if v is not None})
        for nested in (*evs[-1]["participants"], *evs[-1]["sources"]):
            for k in [k for k, v in nested.items() if v is None]:
                del nested[k]
    return json.dumps({"as_of": "2026-11-29", "events": evs}).encode()


@given(datasets())
def test_json_export_round_trips(raw: bytes) -> None:
    original = dataset.decode(raw).events
    out = io.StringIO()
    json_out.write_json_array(original, out)
    assert msgspec.json.decode(out.getvalue(), type=list[Event]) == original


@given(datasets())
def test_csv_export_round_trips(raw: bytes) -> None:
    original = dataset.decode(raw).events
    out = io.StringIO(newline="")
    csv_out.events_csv(original, out, raw=True)
    rows = list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
    assert [r["id"] for r in rows] == [e.id for e in original]
    for row, e in zip(rows, original, strict=True):
        assert dt.date.fromisoformat(row["start_date"]) == e.start_date
        assert dt.date.fromisoformat(row["end_date"]) == e.end_date
        assert row["title"] == e.title and row["summary"] == e.summary
        assert row["city"] == e.city and row["venue"] == (e.venue or "")
        assert (row["country"], row["kind"], row["status"]) == (
            e.country,
            e.kind.value,
            e.status.value,
        )
        assert row["participants"] == csv_out.JOIN.join(person_label(p) for p in e.participants)
        assert row["topics"] == csv_out.JOIN.join(e.topics)
        assert row["date_note"] == (e.date_note or "")


def _mutations() -> st.SearchStrategy[tuple[str, Any]]:
    return st.one_of(
        st.tuples(st.just("truncate"), st.floats(0, 1)),
        st.tuples(st.just("wrong-type"), st.sampled_from([1, 1.5, None, [], {}, True, "x"])),
        st.tuples(st.just("bad-date"), st.sampled_from(["2024-13-45", "2024-02-30", "", "0"])),
        st.tuples(st.just("huge-string"), st.integers(10_000, 2_000_000)),
        st.tuples(st.just("deep"), st.integers(100, 200_000)),
        st.tuples(st.just("bytes"), st.binary(min_size=1, max_size=8)),
    )


FIELDS = ["id", "start_date", "end_date", "city", "country", "kind", "sources", "title"]


def _mutate(raw: bytes, how: str, arg: Any, field: str, pos: float) -> bytes:
    doc = json.loads(raw)
    if how == "truncate":
        return raw[: int(len(raw) * arg)]
    if how == "bytes":
        cut = int(len(raw) * pos)
        return raw[:cut] + arg + raw[cut:]
    if how == "deep":
        return b'{"as_of": "2026-11-29", "events": ' + b"[" * arg + b"]" * arg + b"}"
    if not doc["events"]:
        doc["events"] = [{"id": "x"}]
    target = doc["events"][0]
    if how == "wrong-type":
        target[field] = arg
    elif how == "bad-date":
        target["start_date"] = arg
    elif how == "huge-string":
        target[field] = "x" * arg
    return json.dumps(doc).encode()


@given(datasets(), _mutations(), st.sampled_from(FIELDS), st.floats(0, 1))
def test_damaged_files_fail_cleanly(
    raw: bytes, mutation: tuple[str, Any], field: str, pos: float
) -> None:
    damaged = _mutate(raw, *mutation, field, pos)
    try:
        dataset.decode(damaged, "damaged.json")
    except DataError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("damaged.json: ")


@settings(max_examples=25)
@given(datasets(), _mutations(), st.sampled_from(FIELDS), st.floats(0, 1))
def test_damaged_files_exit_0_or_2_never_traceback(
    tmp_path_factory: Any, raw: bytes, mutation: tuple[str, Any], field: str, pos: float
) -> None:
    from conftest import Runner

    path = tmp_path_factory.mktemp("d") / "damaged.json"
    path.write_bytes(_mutate(raw, *mutation, field, pos))
    result = Runner().invoke(None, ["--data", str(path), "list"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code in (0, 2), result.output
    if result.exit_code == 2:
        assert len(result.stderr.strip().splitlines()) == 1
