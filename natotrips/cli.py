"""The thin Typer shell: parse options, call the core, print, map errors to exit codes."""

from __future__ import annotations

import enum
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer
from typer.core import TyperGroup

from natotrips import __version__
from natotrips.errors import NatotripsError

if TYPE_CHECKING:
    from rich.console import RenderableType

    from natotrips.model import Dataset, Event
    from natotrips.query import Filters


class _Group(TyperGroup):
    """Every command runs through here: domain errors become one line and an exit code."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except NatotripsError as exc:
            from natotrips.text import printable

            typer.echo(f"natotrips: error: {printable(str(exc))}", err=True)
            ctx.exit(exc.exit_code)
        except BrokenPipeError:
            _quiet_broken_pipe()
            ctx.exit(141)


def _quiet_broken_pipe() -> None:
    """The reader went away (``| head``): stop writing, say nothing, as Unix tools do."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


EXAMPLES = """
Examples:

  natotrips list --from 2024-10 --to 2024-11

  natotrips country France

  natotrips export csv -o trips.csv
"""

app = typer.Typer(
    name="natotrips",
    cls=_Group,
    help="Where NATO's Secretary General has been, whom he met, and when. " + EXAMPLES,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    rich_markup_mode=None,
)
export_app = typer.Typer(
    cls=_Group,
    help="Export events for spreadsheets and other tools.\n\n"
    "Example: natotrips export csv -o trips.csv",
    context_settings={"help_option_names": ["-h", "--help"]},
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(export_app, name="export")


class Format(str, enum.Enum):
    table = "table"
    json = "json"
    csv = "csv"


# ---- shared options (defined once) -------------------------------------------------------

CountryOpt = Annotated[
    Optional[str],
    typer.Option("--country", help="Country name, ISO code, or Arabic/French name."),
]
FromOpt = Annotated[
    Optional[str],
    typer.Option("--from", help="Start: 2024-10-22, 2024-10, 'Oct 2024' or 2024."),
]
ToOpt = Annotated[Optional[str], typer.Option("--to", help="End (inclusive), same forms.")]
KindOpt = Annotated[
    Optional[list[str]],
    typer.Option("--kind", help="visit, ministerial, summit, meeting, troop-visit, conference."),
]
PersonOpt = Annotated[
    Optional[str], typer.Option("--person", help="Someone he met (part of a name).")
]
SearchOpt = Annotated[
    Optional[str], typer.Option("--search", help="Text in title, summary, place, people.")
]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
OutputOpt = Annotated[
    Optional[Path], typer.Option("--output", "-o", help="Write to FILE instead of stdout.")
]
ForceOpt = Annotated[bool, typer.Option("--force", help="Overwrite FILE if it exists.")]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"natotrips {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
    data: Annotated[
        Optional[Path],
        typer.Option(
            "--data", help="Use this data file (default: $NATOTRIPS_DATA, then the bundled data)."
        ),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    ctx.obj = {"data": data}


# ---- helpers -------------------------------------------------------------------------------


def _dataset(ctx: typer.Context) -> Dataset:
    from natotrips import dataset

    obj = ctx.find_root().obj or {}
    if "dataset" not in obj:
        obj["dataset"] = dataset.load(dataset.resolve_path(obj.get("data")))
    loaded: Dataset = obj["dataset"]
    return loaded


def _filters(
    country: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    kind: list[str] | None = None,
    person: str | None = None,
    search: str | None = None,
) -> Filters:
    from natotrips import query

    code = None
    if country:
        from natotrips.countries import resolve_country

        code = resolve_country(country).code
    return query.Filters(
        country=code,
        date_from=query.parse_date_bound(date_from, option="--from") if date_from else None,
        date_to=query.parse_date_bound(date_to, end=True, option="--to") if date_to else None,
        kinds=query.parse_kinds(kind or []),
        person=person,
        search=search,
    )


def _select(ctx: typer.Context, filters: Filters) -> list[Event]:
    from natotrips.query import filter_events

    return filter_events(_dataset(ctx).events, filters)


def _show(build: Callable[[bool], RenderableType]) -> None:
    """Build a renderable for this stdout (plain when piped) and print it once."""
    from natotrips.console import make_console

    console = make_console()
    plain = not console.is_terminal
    renderable = build(plain)
    if not plain:
        console.print(renderable)
        return
    with console.capture() as captured:
        console.print(renderable)
    sys.stdout.write("".join(line.rstrip() + "\n" for line in captured.get().splitlines()))


def _emit_events(events: list[Event], fmt: Format) -> None:
    from natotrips import export

    if fmt is Format.json:
        export.write_json_array(events, sys.stdout)
    elif fmt is Format.csv:
        export.events_csv(events, sys.stdout)
    else:
        from natotrips import render

        _show(
            lambda plain: (
                render.events_table(events, plain=plain) if events else "No matching events."
            )
        )


# ---- commands ------------------------------------------------------------------------------


@app.command("list")
def list_(
    ctx: typer.Context,
    country: CountryOpt = None,
    date_from: FromOpt = None,
    date_to: ToOpt = None,
    kind: KindOpt = None,
    person: PersonOpt = None,
    search: SearchOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """List events in date order.

    Example: natotrips list --country Italy --from 'Oct 2024'
    """
    _emit_events(_select(ctx, _filters(country, date_from, date_to, kind, person, search)), fmt)


@app.command()
def country(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="Country: name, ISO code, French or Arabic name.")],
    date_from: FromOpt = None,
    date_to: ToOpt = None,
    kind: KindOpt = None,
    person: PersonOpt = None,
    search: SearchOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Everything in one country, with a summary.

    Example: natotrips country France   (also: FR, FRA, فرنسا)
    """
    from natotrips.countries import resolve_country
    from natotrips.summary import summarise_country

    place = resolve_country(name)
    events = _select(ctx, _filters(place.code, date_from, date_to, kind, person, search))
    if fmt is not Format.table:
        _emit_events(events, fmt)
        return
    summary = summarise_country(place.code, events)
    if summary is None:
        typer.echo(f"No recorded events in {place.name}.")
        return
    from rich.console import Group

    from natotrips import render

    _show(
        lambda plain: Group(render.country_panel(summary), render.events_table(events, plain=plain))
    )


@app.command()
def countries(
    ctx: typer.Context,
    date_from: FromOpt = None,
    date_to: ToOpt = None,
    kind: KindOpt = None,
    person: PersonOpt = None,
    search: SearchOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Per-country summary: visits, days, first and last visit, cities, people met.

    Example: natotrips countries --from 2025
    """
    from natotrips import export
    from natotrips.summary import summarise_countries

    summaries = summarise_countries(
        _select(ctx, _filters(None, date_from, date_to, kind, person, search))
    )
    if fmt is Format.json:
        export.countries_json(summaries, sys.stdout)
    elif fmt is Format.csv:
        export.countries_csv(summaries, sys.stdout)
    else:
        from natotrips import render

        _show(
            lambda plain: (
                render.countries_table(summaries, plain=plain)
                if summaries
                else "No matching events."
            )
        )


@app.command()
def timeline(
    ctx: typer.Context,
    country: CountryOpt = None,
    date_from: FromOpt = None,
    date_to: ToOpt = None,
    kind: KindOpt = None,
    person: PersonOpt = None,
    search: SearchOpt = None,
) -> None:
    """A visual timeline: months, durations drawn as bars, gaps marked.

    Example: natotrips timeline --from 2024-10 --to 2024-12
    """
    from natotrips import render

    events = _select(ctx, _filters(country, date_from, date_to, kind, person, search))
    _show(lambda plain: render.timeline(events, plain=plain))


@app.command()
def show(
    ctx: typer.Context,
    event_id: Annotated[
        str, typer.Argument(metavar="ID", help="Event id, as in list --format json.")
    ],
    fmt: Annotated[Format, typer.Option("--format", "-f", help="table or json.")] = Format.table,
) -> None:
    """Everything about one event: people, sources, and where sources disagree.

    Example: natotrips show 2024-11-04-berlin
    """
    from natotrips.query import find_event

    event = find_event(_dataset(ctx).events, event_id)
    if fmt is Format.table:
        from natotrips import render

        _show(lambda plain: render.event_detail(event))
    elif fmt is Format.json:
        from natotrips.export import write_json_array

        write_json_array([event], sys.stdout)
    else:
        from natotrips.export import events_csv

        events_csv([event], sys.stdout)


@export_app.command("csv")
def export_csv(
    ctx: typer.Context,
    country: CountryOpt = None,
    date_from: FromOpt = None,
    date_to: ToOpt = None,
    kind: KindOpt = None,
    person: PersonOpt = None,
    search: SearchOpt = None,
    output: OutputOpt = None,
    force: ForceOpt = False,
    raw: Annotated[
        bool,
        typer.Option("--raw", help="Do not neutralise cells that start with = + - @ (formulas)."),
    ] = False,
) -> None:
    """RFC 4180 CSV, one row per event, UTF-8.

    Example: natotrips export csv --country Germany -o germany.csv
    """
    from natotrips.export import events_csv

    events = _select(ctx, _filters(country, date_from, date_to, kind, person, search))
    _write(output, force, lambda out: events_csv(events, out, raw=raw))


@export_app.command("json")
def export_json(
    ctx: typer.Context,
    country: CountryOpt = None,
    date_from: FromOpt = None,
    date_to: ToOpt = None,
    kind: KindOpt = None,
    person: PersonOpt = None,
    search: SearchOpt = None,
    output: OutputOpt = None,
    force: ForceOpt = False,
) -> None:
    """A JSON array of event objects (the dataset's own schema).

    Example: natotrips export json | jq '.[].city'
    """
    from natotrips.export import write_json_array

    events = _select(ctx, _filters(country, date_from, date_to, kind, person, search))
    _write(output, force, lambda out: write_json_array(events, out))


@app.command("validate")
def validate_cmd(
    ctx: typer.Context,
    path: Annotated[
        Optional[Path],
        typer.Argument(help="Data file to check (default: --data, $NATOTRIPS_DATA or bundled)."),
    ] = None,
) -> None:
    """Check a data file: schema, duplicates, overlaps, term dates, sources, spellings.

    Lists every finding and exits 1 if there are any (2 if the file cannot be read).

    Example: natotrips validate my-trips.json
    """
    from natotrips import dataset
    from natotrips.validate import validate

    target = path or dataset.resolve_path((ctx.find_root().obj or {}).get("data"))
    data = dataset.decode(dataset.read_bytes(target), target, check=False)
    findings = validate(data)
    for finding in findings:
        typer.echo(f"{target}: {finding}")
    if findings:
        typer.echo(f"{len(findings)} finding(s) in {len(data.events)} events.", err=True)
        raise typer.Exit(1)
    typer.echo(f"{target}: OK, {len(data.events)} events, as of {data.as_of}.")


def _write(output: Path | None, force: bool, writer: Any) -> None:
    if output is None or str(output) == "-":
        writer(sys.stdout)
        return
    from natotrips.output import atomic_writer

    with atomic_writer(output, force=force) as handle:
        writer(handle)
    typer.echo(f"Wrote {output}", err=True)


def main() -> None:
    import signal

    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    app()
