"""people, person, calendar, stats, upcoming, and the ICS/Markdown/GeoJSON exports."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import minimal_event

Invoke = Callable[..., Any]


def _ok(result: Any) -> str:
    assert result.exit_code == 0, result.output
    out: str = result.stdout
    return out


# ---- people / person -------------------------------------------------------------------------


def test_people_table_and_json(invoke: Invoke) -> None:
    out = _ok(invoke("people"))
    assert out.splitlines()[0].split()[:2] == ["Name", "Role"]
    rows = json.loads(_ok(invoke("people", "--format", "json")))
    assert [r["meetings"] for r in rows] == sorted((r["meetings"] for r in rows), reverse=True)
    macron = next(r for r in rows if r["name"] == "Emmanuel Macron")
    assert macron["name_ar"] == "إيمانويل ماكرون" and "2024-11-12" in macron["dates"]
    assert macron["meetings"] == len(macron["event_ids"])


def test_people_csv_and_filters(invoke: Invoke) -> None:
    rows = list(csv.DictReader(io.StringIO(_ok(invoke("people", "-f", "csv", "--country", "EE")))))
    names = {r["name"] for r in rows}
    assert {"Alar Karis", "Kristen Michal", "Margus Tsahkna"} <= names


@pytest.mark.parametrize("query", ["Macron", "macron", "MACRON", "ماكرون", "emmanuel macron"])
def test_person_matches_case_accents_and_arabic(invoke: Invoke, query: str) -> None:
    out = _ok(invoke("person", query))
    assert "Emmanuel Macron" in out and "Meetings" in out


def test_person_accents(invoke: Invoke, write_data: Callable[..., Path]) -> None:
    event = minimal_event()
    event["participants"] = [{"name": "Recep Tayyip Erdoğan", "sources": ["s1"]}]
    path = str(write_data([event]))
    assert "Erdoğan" in _ok(invoke("--data", path, "person", "erdogan"))


def test_person_json_lists_only_their_events(invoke: Invoke) -> None:
    events = json.loads(_ok(invoke("person", "Meloni", "--format", "json")))
    assert events and all(
        any(p["name"] == "Giorgia Meloni" for p in e["participants"]) for e in events
    )


def test_person_typo_suggests(invoke: Invoke) -> None:
    result = invoke("person", "Macrn")
    assert result.exit_code == 2 and "Did you mean Emmanuel Macron?" in result.stderr


def test_person_ambiguous(invoke: Invoke, write_data: Callable[..., Path]) -> None:
    event = minimal_event()
    event["participants"] = [
        {"name": "Anna Smith", "sources": ["s1"]},
        {"name": "Anna Jones", "sources": ["s1"]},
    ]
    result = invoke("--data", str(write_data([event])), "person", "Anna")
    assert result.exit_code == 2 and "matches 2 people" in result.stderr


# ---- calendar ------------------------------------------------------------------------------


def test_calendar_month_grid(invoke: Invoke) -> None:
    out = _ok(invoke("calendar", "2024-10"))
    lines = out.splitlines()
    assert lines[0].strip() == "October 2024"
    assert lines[1].split() == ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]
    # 1 October 2024 was a Tuesday: the first week starts in the second column
    assert lines[2].startswith("     1")
    assert "22*" in out and "23*" in out and "19*" in out
    assert "Tallinn, Estonia" in out and "Naples, Italy" in out


def test_calendar_sunday_start_and_months(invoke: Invoke) -> None:
    out = _ok(invoke("calendar", "2024-10", "--months", "2", "--week-start", "sunday"))
    assert "October 2024" in out and "November 2024" in out
    week_rows = [ln for ln in out.splitlines() if ln.split()[:1] == ["Su"]]
    assert len(week_rows) == 2
    assert "Berlin, Germany" in out


def test_calendar_defaults_to_today(invoke: Invoke, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NATOTRIPS_TODAY", "2024-11-20")
    assert _ok(invoke("calendar")).splitlines()[0].strip() == "November 2024"
    out = _ok(invoke("calendar", "--today", "2024-10-05"))
    assert out.splitlines()[0].strip() == "October 2024"


def test_calendar_bad_month(invoke: Invoke) -> None:
    assert invoke("calendar", "2024-13").exit_code == 2


# ---- stats ---------------------------------------------------------------------------------


def test_stats_json(invoke: Invoke, write_data: Callable[..., Path]) -> None:
    events = [
        minimal_event(id="a", start_date="2024-10-01", end_date="2024-10-03", trip_id="t1"),
        minimal_event(
            id="b",
            city="Berlin",
            country="DE",
            start_date="2024-10-04",
            end_date="2024-10-05",
            trip_id="t1",
        ),
        minimal_event(
            id="c", city="Brussels", country="BE", start_date="2024-12-01", end_date="2024-12-01"
        ),
    ]
    stats = json.loads(_ok(invoke("--data", str(write_data(events)), "stats", "-f", "json")))
    assert stats["per_month"] == [
        {"month": "2024-10", "events": 2},
        {"month": "2024-11", "events": 0},
        {"month": "2024-12", "events": 1},
    ]
    assert stats["days_away"] == 5  # Brussels is home
    assert stats["busiest_month"] == {"month": "2024-10", "events": 2}
    assert stats["longest_trip"] == {
        "trip_id": "t1",
        "start": "2024-10-01",
        "end": "2024-10-05",
        "days": 5,
    }
    assert len(stats["allies_not_visited"]) == 32 - 3
    assert len(stats["allies"]) == 32
    assert {"country": "FR", "events": 1} in stats["allies"]
    assert {"country": "IS", "events": 0} in stats["allies"]
    assert "IS" in stats["allies_not_visited"] and "FR" not in stats["allies_not_visited"]


def test_stats_view(invoke: Invoke) -> None:
    out = _ok(invoke("stats"))
    for text in (
        "Events per month",
        "Oct 2024",
        "█",
        "Days outside Belgium",
        "NATO Allies not visited",
        "Busiest month",
        "Longest trip",
    ):
        assert text in out


# ---- upcoming ------------------------------------------------------------------------------


def test_upcoming_as_of_a_given_day(invoke: Invoke) -> None:
    events = json.loads(_ok(invoke("upcoming", "--today", "2024-11-10", "-f", "json")))
    ids = [e["id"] for e in events]
    assert "2024-11-12-paris" in ids and "2024-10-22-estonia" not in ids


def test_upcoming_env_and_nothing(
    invoke: Invoke, monkeypatch: pytest.MonkeyPatch, write_data: Callable[..., Path]
) -> None:
    path = str(
        write_data(
            [minimal_event(status="announced", start_date="2030-01-01", end_date="2030-01-02")]
        )
    )
    monkeypatch.setenv("NATOTRIPS_TODAY", "2029-12-31")
    assert "Paris" in _ok(invoke("--data", path, "upcoming"))
    monkeypatch.setenv("NATOTRIPS_TODAY", "2030-01-01")
    assert "Nothing announced after 1 Jan 2030" in _ok(invoke("--data", path, "upcoming"))


def test_upcoming_bad_today(invoke: Invoke) -> None:
    result = invoke("upcoming", "--today", "someday")
    assert result.exit_code == 2 and "--today" in result.stderr


# ---- ICS -------------------------------------------------------------------------------------


def test_ics_reads_back_with_icalendar(invoke: Invoke) -> None:
    from icalendar import Calendar

    result = invoke("export", "ics", "--country", "EE")
    raw = result.stdout_bytes.decode("utf-8")
    assert result.exit_code == 0 and raw.count("\r\n") == raw.count("\n")  # CRLF only
    cal = Calendar.from_ical(raw)
    events = [c for c in cal.walk("VEVENT")]
    estonia = next(e for e in events if str(e["uid"]) == "2024-10-22-estonia@natotrips")
    assert estonia.decoded("dtstart").isoformat() == "2024-10-22"
    assert estonia.decoded("dtend").isoformat() == "2024-10-24"  # exclusive end
    assert "Estonia" in str(estonia["location"])
    assert "Sources:" in str(estonia["description"]) and "opinions_229661" in str(
        estonia["description"]
    )


def test_ics_is_stable_across_runs(invoke: Invoke) -> None:
    assert _ok(invoke("export", "ics")) == _ok(invoke("export", "ics"))


def test_ics_lang_ar(invoke: Invoke) -> None:
    from icalendar import Calendar

    cal = Calendar.from_ical(_ok(invoke("export", "ics", "--country", "FR", "--lang", "ar")))
    [paris] = [c for c in cal.walk("VEVENT") if "paris" in str(c["uid"])][:1]
    assert "باريس" in str(paris["location"]) and "فرنسا" in str(paris["location"])
    assert "إيمانويل ماكرون" in str(paris["description"])


# ---- Markdown --------------------------------------------------------------------------------


def test_markdown_table_shape(invoke: Invoke, write_data: Callable[..., Path]) -> None:
    out = _ok(invoke("export", "markdown"))
    lines = out.strip().splitlines()
    assert lines[0].startswith("| Dates |") and set(lines[1]) <= set("|-")
    columns = lines[0].count("|")
    assert all(ln.count("|") - ln.count("\\|") == columns for ln in lines)
    assert "[NATO](https://nato.int/cps/en/natohq/news_230186.htm)" in out
    # pipes and markup in data do not break the table
    path = write_data([minimal_event(title="a | b [x](y) <b>")])
    md = _ok(invoke("--data", str(path), "export", "markdown"))
    row = md.strip().splitlines()[2]
    assert row.count("|") - row.count("\\|") == columns
    assert "a \\| b \\[x\\](y) \\<b\\>" in row


def test_markdown_lang_fr(invoke: Invoke) -> None:
    assert "Allemagne" in _ok(invoke("export", "markdown", "--country", "DE", "--lang", "fr"))


# ---- GeoJSON ---------------------------------------------------------------------------------


def test_geojson_rfc7946_structure(invoke: Invoke) -> None:
    doc = json.loads(_ok(invoke("export", "geojson", "--sg", "all")))
    assert doc["type"] == "FeatureCollection" and doc["features"]
    events = json.loads(_ok(invoke("list", "--sg", "all", "-f", "json")))
    assert len(doc["features"]) == len(events)  # every event, located or not
    for f in doc["features"]:
        assert f["type"] == "Feature"
        if f["geometry"] is None:  # RFC 7946 3.2: an unlocated feature
            continue
        assert f["geometry"]["type"] == "Point"
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        cited = f["properties"]["coordinates_source"]
        assert "geonames.org" in cited or cited.startswith("https://"), cited
    paris = next(f for f in doc["features"] if f["id"] == "2024-11-12-paris")
    lon, lat = paris["geometry"]["coordinates"]
    assert 2.2 < lon < 2.5 and 48.8 < lat < 48.9


def test_geojson_reports_places_it_cannot_locate(
    invoke: Invoke, write_data: Callable[..., Path]
) -> None:
    path = write_data([minimal_event(id="nowhere", city="Nowhereville")])
    result = invoke("--data", str(path), "export", "geojson")
    [feature] = json.loads(result.stdout)["features"]
    assert feature["id"] == "nowhere" and feature["geometry"] is None
    assert "nowhere" in result.stderr


# ---- --svg / --html --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "view", [["list"], ["timeline"], ["calendar", "2024-10"], ["stats"], ["countries"]]
)
def test_svg_and_html(invoke: Invoke, tmp_path: Path, view: list[str]) -> None:
    svg, html = tmp_path / "v.svg", tmp_path / "v.html"
    _ok(invoke(*view, "--svg", str(svg), "--html", str(html)))
    assert svg.read_text(encoding="utf-8").lstrip().startswith("<svg")
    assert "<html" in html.read_text(encoding="utf-8").lower()
    again = invoke(*view, "--svg", str(svg))
    assert again.exit_code == 1 and "--force" in again.stderr


# ---- completion ------------------------------------------------------------------------------


def test_completion_from_data(monkeypatch: pytest.MonkeyPatch) -> None:
    import subprocess
    import sys

    env = {
        **__import__("os").environ,
        "_NATOTRIPS_COMPLETE": "complete_bash",
        "COMP_WORDS": "natotrips country Fr",
        "COMP_CWORD": "2",
    }
    code = "from natotrips.cli import app; app(prog_name='natotrips')"
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    ).stdout
    assert "France" in out.split()
    env["COMP_WORDS"], env["COMP_CWORD"] = "natotrips show 2024-11-0", "2"
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    ).stdout
    assert "2024-11-04-berlin" in out.split()


def test_csv_lang_ar_uses_arabic_names(invoke: Invoke) -> None:
    rows = list(
        csv.DictReader(
            io.StringIO(
                _ok(invoke("export", "csv", "--country", "FR", "--to", "2024", "--lang", "ar"))
            )
        )
    )
    assert rows[0]["city"] == "باريس" and rows[0]["country_name"] == "فرنسا"
    assert rows[0]["participants"].startswith("إيمانويل ماكرون")
