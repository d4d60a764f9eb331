"""The ``natotrips export`` commands: each writes the selection in one format, to stdout or
(``-o``) to a file written atomically. Registered on ``shell.export_app`` when imported."""

import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Any

import typer

from natotrips.errors import UsageError
from natotrips.model import Event
from natotrips.shell import BOM, EXPORT, RAW, SELECTION, Call, command, export_app


def _export(name: str, doc: str, *extra: inspect.Parameter) -> Callable[..., Any]:
    """Register ``natotrips export NAME`` with the selection and export options; the
    writer comes from ``natotrips.exports.NAME``."""

    def decorate(write: Callable[..., list[str]]) -> Callable[..., list[str]]:
        def run(call: Call) -> None:
            from natotrips.files import write_output

            events = call.select()
            notes = write_output(
                call["output"], bool(call["force"]), lambda out: write(call, events, out)
            )
            for note in notes or []:
                typer.echo(f"natotrips: {note}", err=True)

        run.__doc__ = doc
        command(name, SELECTION, list(extra), EXPORT, parent=export_app)(run)
        return write

    return decorate


@_export(
    "csv",
    "RFC 4180 CSV, one row per event, UTF-8 (--bom for Excel).\n\n"
    "Example: natotrips export csv --country Germany --bom -o germany.csv",
    BOM,
    RAW,
)
def _csv(call: Call, events: list[Event], out: Any) -> list[str]:
    from natotrips.exports.csv import events_csv

    if call["bom"]:
        out.write("\ufeff")
    events_csv(events, out, raw=bool(call["raw"]), lang=call.lang)
    return []


@_export(
    "json",
    "The record as JSON: schema version, as_of and the events; --data reads it "
    "back.\n\nExample: natotrips export json | jq '.events[].city'",
)
def _json(call: Call, events: list[Event], out: Any) -> list[str]:
    from natotrips.exports.json import dataset_json

    dataset_json(call.data, events, out)
    return []


@_export(
    "ics",
    "iCalendar (RFC 5545): one all-day event per trip or meeting, stable UIDs."
    "\n\nExample: natotrips export ics --from 2025 -o rutte-2025.ics",
)
def _ics(call: Call, events: list[Event], out: Any) -> list[str]:
    from natotrips.exports.ics import write_ics

    write_ics(events, out, stamp=call.data.as_of, lang=call.lang)
    return []


@_export(
    "markdown",
    "A Markdown table ready for an article, with source links.\n\n"
    "Example: natotrips export markdown --country Germany",
)
def _markdown(call: Call, events: list[Event], out: Any) -> list[str]:
    from natotrips.exports.markdown import write_markdown

    write_markdown(events, out, lang=call.lang)
    return []


@_export(
    "geojson",
    "GeoJSON (RFC 7946): one point per event at its place's coordinates."
    "\n\nExample: natotrips export geojson -o trips.geojson",
)
def _geojson(call: Call, events: list[Event], out: Any) -> list[str]:
    from natotrips.exports.geojson import write_geojson

    missing = write_geojson(events, call.data.places, out, lang=call.lang)
    if not missing:
        return []
    shown = ", ".join(missing[:10]) + (" ..." if len(missing) > 10 else "")
    return [f"{len(missing)} event(s) kept with geometry null (place not located): {shown}"]


def _binary_export(name: str, doc: str) -> Callable[..., Any]:
    """Register ``natotrips export NAME`` for a format that needs a file (-o FILE)."""

    def decorate(write: Callable[[Call, list[Event], Path], None]) -> Callable[..., Any]:
        def run(call: Call) -> None:
            from natotrips.files import atomic_path

            output = call["output"]
            if output is None or str(output) == "-":
                raise UsageError(f"export {name} writes a file: give -o FILE")
            events = call.select()
            with atomic_path(output, force=bool(call["force"])) as tmp:
                write(call, events, tmp)
            typer.echo(f"Wrote {output}", err=True)

        run.__doc__ = doc
        command(name, SELECTION, EXPORT, parent=export_app)(run)
        return write

    return decorate


@_binary_export(
    "xlsx",
    "An Excel workbook: events, participants and sources sheets, real dates, "
    "links.\n\nExample: natotrips export xlsx --sg all -o trips.xlsx",
)
def _xlsx(call: Call, events: list[Event], path: Path) -> None:
    from natotrips.exports.xlsx import write_xlsx

    with open(path, "wb") as out:
        write_xlsx(call.data, events, out, lang=call.lang)


@_binary_export(
    "sqlite",
    "A SQLite database for Datasette: events, people, participants, "
    "sources, full-text search.\n\nExample: natotrips export sqlite --sg all -o trips.db",
)
def _sqlite(call: Call, events: list[Event], path: Path) -> None:
    from natotrips.exports.sqlite import write_sqlite

    path.unlink()  # sqlite-utils creates the database file itself
    write_sqlite(call.data, events, path)
