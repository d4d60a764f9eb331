"""Exports read back with the programs people open them in: csv, openpyxl, sqlite3 and
Datasette, icalendar, geojson, markdown-it, the JSON round trip through --data."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

FIXTURE = str(Path(__file__).parent / "fixtures" / "small.json")


def test_csv_bom_for_excel(invoke: Any, tmp_path: Path) -> None:
    target = tmp_path / "t.csv"
    assert invoke("export", "csv", "--bom", "-o", str(target)).exit_code == 0
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows and rows[0]["id"]


def test_xlsx_opens_in_openpyxl(invoke: Any, tmp_path: Path, write_data: Any) -> None:
    from conftest import minimal_event
    from openpyxl import load_workbook

    evil = minimal_event(title='=HYPERLINK("http://evil")', summary="+1+1")
    path = write_data([evil])
    target = tmp_path / "t.xlsx"
    assert invoke("--data", str(path), "export", "xlsx", "-o", str(target)).exit_code == 0
    book = load_workbook(target)
    assert book.sheetnames == ["events", "participants", "sources"]
    events = book["events"]
    header = [c.value for c in events[1]]
    row = {h: c for h, c in zip(header, events[2], strict=True)}
    assert row["start_date"].is_date and row["days"].data_type == "n"
    assert row["title"].data_type == "s" and row["title"].value.startswith("=")
    assert events.freeze_panes == "A2" and events.auto_filter.ref
    sources = book["sources"]
    url_cell = next(c for c in sources[2] if c.hyperlink)
    assert url_cell.hyperlink.target == "https://example.org/a"
    assert book["participants"]["A2"].value == evil["id"]


def test_xlsx_needs_a_file(invoke: Any) -> None:
    result = invoke("export", "xlsx")
    assert result.exit_code == 2 and "-o FILE" in result.stderr


def test_sqlite_with_sqlite3_and_datasette(invoke: Any, tmp_path: Path) -> None:
    target = tmp_path / "t.db"
    result = invoke("--data", FIXTURE, "export", "sqlite", "--sg", "all", "-o", str(target))
    assert result.exit_code == 0, result.output
    db = sqlite3.connect(target)
    assert db.execute("select count(*) from events").fetchone()[0] == 10
    fks = db.execute("pragma foreign_key_list(participants)").fetchall()
    assert {(fk[2], fk[3]) for fk in fks} == {("events", "event_id"), ("people", "person_key")}
    hits = db.execute(
        "select id from events where rowid in "
        "(select rowid from events_fts where events_fts match 'Scholz')"
    ).fetchall()
    assert ("2024-11-04-berlin",) in hits
    meta = dict(db.execute("select key, value from _metadata").fetchall())
    assert meta["as_of"] == "2026-11-29" and "license" in meta

    from datasette.app import Datasette

    async def ask() -> Any:
        ds = Datasette([str(target)])
        response = await ds.client.get("/t/events.json?_shape=array&id=2024-11-04-berlin")
        return response.json()

    [row] = asyncio.run(ask())
    assert row["city"] == "Berlin"


def test_json_round_trip(invoke: Any, tmp_path: Path) -> None:
    target = tmp_path / "record.json"
    assert invoke("export", "json", "--sg", "all", "-o", str(target)).exit_code == 0
    again = invoke("--data", str(target), "list", "--sg", "all", "-f", "json")
    assert again.exit_code == 0, again.output
    original = json.loads(invoke("list", "--sg", "all", "-f", "json").stdout)
    assert json.loads(again.stdout) == original
    assert invoke("validate", str(target)).exit_code in (0, 1)


def test_every_key_always_present(invoke: Any) -> None:
    events = json.loads(invoke("list", "--sg", "all", "-f", "json").stdout)
    keys = set(events[0])
    assert all(set(e) == keys for e in events)
    assert {"participants", "venue", "trip_id", "disagreements"} <= keys
    names = [p["name"] for e in events for p in e["participants"]]
    assert len(names) > 500


def test_geojson_with_the_geojson_package(invoke: Any) -> None:
    import geojson

    doc = geojson.loads(invoke("--data", FIXTURE, "export", "geojson", "--sg", "all").stdout)
    assert doc.is_valid and len(doc["features"]) == 10


def test_markdown_escapes_pipes_in_urls(invoke: Any, write_data: Any) -> None:
    from conftest import minimal_event
    from markdown_it import MarkdownIt

    event = minimal_event()
    event["sources"][0]["url"] = "https://example.org/a|b"
    text = invoke("--data", str(write_data([event])), "export", "markdown").stdout
    html = MarkdownIt().enable("table").render(text)
    assert html.count("<td>") == 7  # one row, seven cells: nothing split
    assert "%7C" in text


def test_ics_reads_back(invoke: Any) -> None:
    from icalendar import Calendar

    cal = Calendar.from_ical(invoke("--data", FIXTURE, "export", "ics", "--sg", "all").stdout)
    assert len(cal.walk("VEVENT")) == 10


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_interrupted_export_leaves_nothing(tmp_path: Path, signum: int) -> None:
    """A writer stopped by a signal exits 128+signal, keeps the old file, and removes its
    temporary file."""
    target = tmp_path / "out.csv"
    target.write_text("old", encoding="utf-8")
    code = (
        "import sys, time\n"
        "import natotrips.exports.csv as c\n"
        "orig = c.events_csv\n"
        "def slow(*a, **k):\n"
        "    print('ready', flush=True, file=sys.stderr); time.sleep(30)\n"
        "c.events_csv = slow\n"
        "from natotrips.cli import main\n"
        f"sys.argv = ['natotrips', 'export', 'csv', '-o', {str(target)!r}, '--force']\n"
        "main()\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    assert proc.stderr.readline().strip() == "ready"
    time.sleep(0.2)
    proc.send_signal(signum)
    assert proc.wait(timeout=20) == 128 + signum
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]
