"""The thin Typer shell: parse options, call the core, print, map errors to exit codes."""

import datetime as dt
import enum
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional, TextIO

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


EXAMPLES = """Examples:

  natotrips list --from 2024-10 --to 2024-11

  natotrips country France

  natotrips export csv -o trips.csv
"""

app = typer.Typer(
    name="natotrips",
    cls=_Group,
    help="Where NATO's Secretary General has been, whom he met, and when.\n\n" + EXAMPLES,
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


# ---- shell completion from the data ---------------------------------------------------------


def _completion_data(ctx: typer.Context) -> "Dataset | None":
    from natotrips import dataset

    try:
        return dataset.load(dataset.resolve_path(ctx.find_root().params.get("data")))
    except NatotripsError:
        return None


def _complete_country(ctx: typer.Context, incomplete: str) -> list[str]:
    from natotrips.countries import country_name
    from natotrips.text import fold

    data = _completion_data(ctx)
    if data is None:
        return []
    names = sorted({country_name(e.country) for e in data.events})
    return [n for n in names if fold(n).startswith(fold(incomplete))]


def _complete_event_id(ctx: typer.Context, incomplete: str) -> list[str]:
    data = _completion_data(ctx)
    return [e.id for e in data.events if e.id.startswith(incomplete)] if data else []


# ---- shared options (defined once) -------------------------------------------------------

CountryOpt = Annotated[
    Optional[str],
    typer.Option(
        "--country",
        help="Country name, ISO code, or Arabic/French name.",
        autocompletion=_complete_country,
    ),
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
SvgOpt = Annotated[
    Optional[Path], typer.Option("--svg", help="Also save the view as an SVG picture.")
]
HtmlOpt = Annotated[Optional[Path], typer.Option("--html", help="Also save the view as HTML.")]
TodayOpt = Annotated[
    Optional[str],
    typer.Option(
        "--today", help="Take this date as today (default: $NATOTRIPS_TODAY, then the clock)."
    ),
]


class Lang(str, enum.Enum):
    en = "en"
    fr = "fr"
    ar = "ar"


LangOpt = Annotated[
    Lang, typer.Option("--lang", help="Language of country, place and people names.")
]


class WeekStart(str, enum.Enum):
    monday = "monday"
    sunday = "sunday"


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


def _dataset(ctx: typer.Context) -> "Dataset":
    from natotrips import dataset

    obj = ctx.find_root().obj or {}
    if "dataset" not in obj:
        path = dataset.resolve_path(obj.get("data"))
        try:
            size = path.stat().st_size
        except OSError:
            size = 0  # dataset.load reports the problem
        from natotrips.console import loading

        with loading(path.name, size):
            obj["dataset"] = dataset.load(path)
    loaded: Dataset = obj["dataset"]
    return loaded


def _filters(
    country: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    kind: list[str] | None = None,
    person: str | None = None,
    search: str | None = None,
) -> "Filters":
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


def _select(ctx: typer.Context, filters: "Filters") -> "list[Event]":
    from natotrips.query import filter_events

    return filter_events(_dataset(ctx).events, filters)


def _show(
    build: "Callable[[bool], RenderableType]",
    svg: Path | None = None,
    html: Path | None = None,
    force: bool = False,
) -> None:
    """Build a view for this stdout and print it once: Rich on a terminal; plain text when
    piped (a str from the ``plain`` module is written as it is, without importing Rich).
    With ``svg``/``html`` also record the terminal rendering into those files."""
    from natotrips.console import is_terminal, make_console

    if is_terminal():
        make_console().print(build(False))
    else:
        renderable = build(True)
        if isinstance(renderable, str):
            sys.stdout.write(renderable if renderable.endswith("\n") else renderable + "\n")
        else:
            console = make_console()
            with console.capture() as captured:
                console.print(renderable)
            lines = captured.get().splitlines()
            sys.stdout.write("".join(line.rstrip() + "\n" for line in lines))
    if svg or html:
        _record(build(False), svg, html, force)


def _table_view(rows: Sequence[Any], name: str, empty: str) -> "Callable[[bool], Any]":
    """Plain (``natotrips.plain``) or Rich (``natotrips.render``) table ``name`` of rows."""

    def build(plain: bool) -> Any:
        if not rows:
            return empty
        if plain:
            from natotrips import plain as plaintext

            return getattr(plaintext, name)(rows)
        from natotrips import render

        return getattr(render, name)(rows)

    return build


def _record(renderable: "RenderableType", svg: Path | None, html: Path | None, force: bool) -> None:
    import io

    from rich.console import Console

    from natotrips.output import atomic_writer

    recorder = Console(
        file=io.StringIO(),
        record=True,
        width=120,
        markup=False,
        emoji=False,
        highlight=False,
        force_terminal=True,
        color_system="truecolor",
    )
    recorder.print(renderable)
    for path in (svg, html):
        if path is None:
            continue
        if path is svg:
            text = recorder.export_svg(title="natotrips", clear=False)
        else:
            text = recorder.export_html(clear=False)
        with atomic_writer(path, force=force) as handle:
            handle.write(text)
        typer.echo(f"Wrote {path}", err=True)


def _emit_events(
    events: "list[Event]",
    fmt: Format,
    svg: Path | None = None,
    html: Path | None = None,
    force: bool = False,
) -> None:
    from natotrips import export

    if fmt is Format.json:
        export.write_json_array(events, sys.stdout)
    elif fmt is Format.csv:
        export.events_csv(events, sys.stdout)
    else:
        _show(_table_view(events, "events_table", "No matching events."), svg, html, force)


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
    svg: SvgOpt = None,
    html: HtmlOpt = None,
    force: ForceOpt = False,
) -> None:
    """List events in date order.

    Example: natotrips list --country Italy --from 'Oct 2024'
    """
    events = _select(ctx, _filters(country, date_from, date_to, kind, person, search))
    _emit_events(events, fmt, svg, html, force)


@app.command()
def country(
    ctx: typer.Context,
    name: Annotated[
        str,
        typer.Argument(
            help="Country: name, ISO code, French or Arabic name.", autocompletion=_complete_country
        ),
    ],
    date_from: FromOpt = None,
    date_to: ToOpt = None,
    kind: KindOpt = None,
    person: PersonOpt = None,
    search: SearchOpt = None,
    fmt: FormatOpt = Format.table,
    svg: SvgOpt = None,
    html: HtmlOpt = None,
    force: ForceOpt = False,
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

    def build(plain: bool) -> Any:
        if plain:
            from natotrips import plain as plaintext

            return plaintext.country_view(summary, events)
        from rich.console import Group

        from natotrips import render

        return Group(render.country_panel(summary), render.events_table(events))

    _show(build, svg, html, force)


@app.command()
def countries(
    ctx: typer.Context,
    date_from: FromOpt = None,
    date_to: ToOpt = None,
    kind: KindOpt = None,
    person: PersonOpt = None,
    search: SearchOpt = None,
    fmt: FormatOpt = Format.table,
    svg: SvgOpt = None,
    html: HtmlOpt = None,
    force: ForceOpt = False,
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
        _show(_table_view(summaries, "countries_table", "No matching events."), svg, html, force)


@app.command()
def timeline(
    ctx: typer.Context,
    country: CountryOpt = None,
    date_from: FromOpt = None,
    date_to: ToOpt = None,
    kind: KindOpt = None,
    person: PersonOpt = None,
    search: SearchOpt = None,
    svg: SvgOpt = None,
    html: HtmlOpt = None,
    force: ForceOpt = False,
) -> None:
    """A visual timeline: months, durations drawn as bars, gaps marked.

    Example: natotrips timeline --from 2024-10 --to 2024-12
    """
    events = _select(ctx, _filters(country, date_from, date_to, kind, person, search))

    def build(plain: bool) -> Any:
        if plain:
            from natotrips import plain as plaintext

            return plaintext.timeline(events)
        from natotrips import render

        return render.timeline(events)

    _show(build, svg, html, force)


@app.command()
def people(
    ctx: typer.Context,
    country: CountryOpt = None,
    date_from: FromOpt = None,
    date_to: ToOpt = None,
    kind: KindOpt = None,
    person: PersonOpt = None,
    search: SearchOpt = None,
    fmt: FormatOpt = Format.table,
    svg: SvgOpt = None,
    html: HtmlOpt = None,
    force: ForceOpt = False,
) -> None:
    """Whom he met: role, country or organisation, number of meetings, dates.

    Example: natotrips people --from 2025 --to 2025
    """
    from natotrips import export
    from natotrips.summary import summarise_people

    found = summarise_people(
        _select(ctx, _filters(country, date_from, date_to, kind, person, search))
    )
    if fmt is Format.json:
        export.people_json(found, sys.stdout)
    elif fmt is Format.csv:
        export.people_csv(found, sys.stdout)
    else:
        _show(_table_view(found, "people_table", "Nobody found."), svg, html, force)


@app.command("person")
def person_cmd(
    ctx: typer.Context,
    name: Annotated[
        str, typer.Argument(help="Name, any case, with or without accents, or in Arabic.")
    ],
    date_from: FromOpt = None,
    date_to: ToOpt = None,
    kind: KindOpt = None,
    search: SearchOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """One person: every meeting with them.

    Example: natotrips person zelenskyy   (also: ماكرون, macron)
    """
    from natotrips.query import find_person, meets_any
    from natotrips.summary import summarise_people
    from natotrips.text import fold

    everyone = _dataset(ctx).events
    spellings = [
        (spelling, p.name)
        for e in everyone
        for p in e.participants
        for spelling in (p.name, p.name_ar)
        if spelling
    ]
    names = find_person(spellings, name)
    if len(names) > 1:
        from natotrips.errors import UsageError

        listed = ", ".join(names[:8]) + (" ..." if len(names) > 8 else "")
        raise UsageError(f"{name!r} matches {len(names)} people: {listed}")
    [who] = names
    selected = _select(ctx, _filters(None, date_from, date_to, kind, None, search))
    events = [e for e in selected if meets_any(e, {fold(who)})]
    if fmt is not Format.table:
        _emit_events(events, fmt)
        return
    summary = next((p for p in summarise_people(events) if p.name == who), None)
    if summary is None:
        typer.echo(f"No meetings with {who} in this selection.")
        return
    from natotrips import render

    _show(lambda plain: render.person_detail(summary, events, plain=plain))


def _today(option: str | None) -> dt.date:
    """--today, else $NATOTRIPS_TODAY, else the clock: the only place that reads it."""
    import os

    from natotrips.query import parse_date_bound

    text = option or os.environ.get("NATOTRIPS_TODAY")
    if text:
        return parse_date_bound(text, option="--today" if option else "NATOTRIPS_TODAY")
    return dt.date.today()


@app.command()
def calendar(
    ctx: typer.Context,
    month: Annotated[
        Optional[str],
        typer.Argument(metavar="[YYYY-MM]", help="Month to show (default: this month)."),
    ] = None,
    months: Annotated[
        int, typer.Option("--months", "-n", min=1, max=120, help="How many months.")
    ] = 1,
    week_start: Annotated[
        WeekStart, typer.Option("--week-start", help="First day of the week.")
    ] = WeekStart.monday,
    country: CountryOpt = None,
    kind: KindOpt = None,
    person: PersonOpt = None,
    search: SearchOpt = None,
    today: TodayOpt = None,
    svg: SvgOpt = None,
    html: HtmlOpt = None,
    force: ForceOpt = False,
) -> None:
    """Month grids like cal(1), days with events marked and listed beneath.

    Example: natotrips calendar 2024-10 --months 2 --week-start sunday
    """
    from rich.console import Group

    from natotrips import render
    from natotrips.fmt import next_month
    from natotrips.query import parse_date_bound

    first = parse_date_bound(month, option="MONTH") if month else _today(today).replace(day=1)
    first = first.replace(day=1)
    shown = []
    cur = first
    for _ in range(months):
        shown.append(cur)
        cur = next_month(cur)
    last = cur - dt.timedelta(days=1)
    filters = _filters(country, first.isoformat(), last.isoformat(), kind, person, search)
    events = _select(ctx, filters)
    sunday = week_start is WeekStart.sunday
    _show(
        lambda plain: Group(
            *(
                render.calendar_month(m.year, m.month, events, sunday_first=sunday, plain=plain)
                for m in shown
            )
        ),
        svg,
        html,
        force,
    )


@app.command()
def stats(
    ctx: typer.Context,
    country: CountryOpt = None,
    date_from: FromOpt = None,
    date_to: ToOpt = None,
    kind: KindOpt = None,
    person: PersonOpt = None,
    search: SearchOpt = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="table or json.")] = Format.table,
    svg: SvgOpt = None,
    html: HtmlOpt = None,
    force: ForceOpt = False,
) -> None:
    """Events per month, days abroad, Allies visited and not, busiest month, longest trip.

    Example: natotrips stats --from 2025 --to 2025
    """
    from natotrips.countries import NATO_ALLIES
    from natotrips.summary import compute_stats

    result = compute_stats(
        _select(ctx, _filters(country, date_from, date_to, kind, person, search)), NATO_ALLIES
    )
    if fmt is not Format.table:
        from natotrips.export import stats_json

        stats_json(result, sys.stdout)
        return
    from natotrips import render

    _show(lambda plain: render.stats_view(result, plain=plain), svg, html, force)


@app.command()
def upcoming(
    ctx: typer.Context,
    today: TodayOpt = None,
    country: CountryOpt = None,
    kind: KindOpt = None,
    person: PersonOpt = None,
    search: SearchOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Announced events after today.

    Example: natotrips upcoming --today 2024-11-10
    """
    from natotrips.query import upcoming as upcoming_events

    day = _today(today)
    events = upcoming_events(_select(ctx, _filters(country, None, None, kind, person, search)), day)
    if fmt is Format.table and not events:
        typer.echo(f"Nothing announced after {day.isoformat()}.")
        return
    _emit_events(events, fmt)


@app.command()
def show(
    ctx: typer.Context,
    event_id: Annotated[
        str,
        typer.Argument(
            metavar="ID",
            help="Event id, as in list --format json.",
            autocompletion=_complete_event_id,
        ),
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

        _show(lambda plain: render.event_detail(event, plain=plain))
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
    lang: LangOpt = Lang.en,
) -> None:
    """RFC 4180 CSV, one row per event, UTF-8.

    Example: natotrips export csv --country Germany -o germany.csv
    """
    from natotrips.export import events_csv

    events = _select(ctx, _filters(country, date_from, date_to, kind, person, search))
    _write(output, force, lambda out: events_csv(events, out, raw=raw, lang=lang.value))


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


def _add_export(
    name: str,
    doc: str,
    write: "Callable[[Dataset, list[Event], TextIO, str], list[str]]",
) -> None:
    """Register ``natotrips export NAME``: the shared filters, -o/--force and --lang, then
    ``write(dataset, events, stream, lang)``, which returns notes for stderr."""

    def command(
        ctx: typer.Context,
        country: CountryOpt = None,
        date_from: FromOpt = None,
        date_to: ToOpt = None,
        kind: KindOpt = None,
        person: PersonOpt = None,
        search: SearchOpt = None,
        output: OutputOpt = None,
        force: ForceOpt = False,
        lang: LangOpt = Lang.en,
    ) -> None:
        data = _dataset(ctx)
        events = _select(ctx, _filters(country, date_from, date_to, kind, person, search))
        notes: list[str] = []
        _write(output, force, lambda out: notes.extend(write(data, events, out, lang.value)))
        for note in notes:
            typer.echo(f"natotrips: {note}", err=True)

    command.__doc__ = doc
    command.__name__ = f"export_{name}"
    export_app.command(name)(command)


def _ics(data: "Dataset", events: "list[Event]", out: TextIO, lang: str) -> list[str]:
    from natotrips.formats import write_ics

    write_ics(events, out, stamp=data.as_of, lang=lang)
    return []


def _markdown(data: "Dataset", events: "list[Event]", out: TextIO, lang: str) -> list[str]:
    from natotrips.formats import write_markdown

    write_markdown(events, out, lang=lang)
    return []


def _geojson(data: "Dataset", events: "list[Event]", out: TextIO, lang: str) -> list[str]:
    from natotrips.formats import write_geojson

    missing = write_geojson(events, out, lang=lang)
    if not missing:
        return []
    return [f"{len(missing)} event(s) left out, place not in the gazetteer: " + ", ".join(missing)]


_add_export(
    "ics",
    """iCalendar (RFC 5545): one all-day event per trip or meeting, stable UIDs.

    Example: natotrips export ics --from 2025 -o rutte-2025.ics
    """,
    _ics,
)
_add_export(
    "markdown",
    """A Markdown table ready for an article, with source links.

    Example: natotrips export markdown --country Germany
    """,
    _markdown,
)
_add_export(
    "geojson",
    """GeoJSON (RFC 7946) points for maps; coordinates from the GeoNames gazetteer.

    Example: natotrips export geojson -o trips.geojson
    """,
    _geojson,
)


def _write(output: Path | None, force: bool, writer: Any) -> None:
    if output is None or str(output) == "-":
        writer(sys.stdout)
        return
    from natotrips.output import atomic_writer

    with atomic_writer(output, force=force) as handle:
        writer(handle)
    typer.echo(f"Wrote {output}", err=True)


def _command_name(info: Any) -> str:
    return str(info.name or info.callback.__name__.replace("_", "-"))


def _keep_only_invoked(root: typer.Typer, argv: list[str]) -> None:
    """Register only the command this run will invoke.

    Typer builds every command's Click parameters from its signature before parsing
    (about 5 ms a command here); with one command kept, start-up pays for one. Nothing is
    pruned for help, completion, or a name that is not a command (Click then lists them
    all or suggests one).
    """
    import os

    if any(key.endswith("_COMPLETE") for key in os.environ):
        return
    words: list[str] = []
    args = iter(argv)
    for arg in args:
        if arg == "--data":
            next(args, None)
        elif arg in ("-h", "--help"):
            return
        elif not arg.startswith("-"):
            words.append(arg)
    if not words:
        return
    commands = [c for c in root.registered_commands if _command_name(c) == words[0]]
    groups = [g for g in root.registered_groups if g.name == words[0]]
    if commands or groups:
        root.registered_commands, root.registered_groups = commands, groups
    for group in groups:
        if group.typer_instance is not None and len(words) > 1:
            _keep_only_invoked(group.typer_instance, words[1:])


def main() -> None:
    import signal

    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    _keep_only_invoked(app, sys.argv[1:])
    app()
