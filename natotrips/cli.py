"""The Typer commands: each parses its own arguments, calls the core and hands a
``Result`` to the one emit path (``Call.emit``). Shared options and plumbing live in
``natotrips.shell``; errors of every kind leave through ``run`` as one ``natotrips: error:``
line."""

import datetime as dt
import functools
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Annotated, Optional

import typer

from natotrips import (
    __version__,
    dataset,
    export_commands,  # noqa: F401  (registers the export commands)
    query,
)
from natotrips.completion import (
    complete_country,
    complete_id,
    complete_person,
    complete_sg,
    install_completion,
)
from natotrips.emit import Result
from natotrips.errors import NatotripsError
from natotrips.files import Interrupted
from natotrips.model import Measure
from natotrips.shell import (
    LANG,
    LISTING,
    OUTPUT,
    SELECTION,
    TODAY,
    Call,
    WeekStart,
    _today,
    app,
    command,
    only_invoked,
)
from natotrips.views import events as ev
from natotrips.views.blocks import Note, View

# ---- commands --------------------------------------------------------------------------------


@command("list", SELECTION, LISTING, OUTPUT)
def list_(call: Call) -> None:
    """List events, oldest first (-r: newest first; -n N: the N most recent).

    Example: natotrips list --country Italy --from 'Oct 2024' -n 5
    """
    call.emit(call.events_result(call.select()))


@command("country", SELECTION, LISTING, OUTPUT)
def country(
    call: Call,
    name: Annotated[
        str,
        typer.Argument(
            help="Country: name in English, French or Arabic, or ISO code.",
            autocompletion=complete_country,
        ),
    ],
) -> None:
    """Everything in one country, with a summary.

    Example: natotrips country France   (also: FR, FRA, فرنسا, Turquie, تركيا)
    """
    from natotrips.countries import resolve_country
    from natotrips.summary import summarise_country

    code = resolve_country(name).code
    events = call.select(country=[code])
    summary = summarise_country(code, events)
    view = None
    if summary is not None:
        view = functools.partial(ev.country_view, summary, events, call.record(), call.lang)
    call.emit(call.events_result(events, view))


@command("countries", SELECTION, OUTPUT)
def countries(call: Call) -> None:
    """Per-country summary: visits, days, first and last visit, cities, people met.

    Example: natotrips countries --from 2025
    """
    from natotrips.exports import csv as csv_out
    from natotrips.exports import json as json_out
    from natotrips.summary import summarise_countries
    from natotrips.views.summaries import countries_view

    found = summarise_countries(call.select())
    lang = call.lang
    view = functools.partial(countries_view, found, lang) if found else None
    call.emit(
        Result(
            view=view or functools.partial(ev.empty, call.record(), lang, outside=False),
            json=lambda out: json_out.countries_json(found, out),
            csv=lambda out: csv_out.countries_csv(found, out),
        )
    )


@command("timeline", SELECTION, LISTING, OUTPUT)
def timeline(call: Call) -> None:
    """Months drawn as bars across their days, pauses marked.

    Example: natotrips timeline --from 2024-10 --to 2024-12
    """
    from natotrips.views.time import timeline_view

    events = call.select()
    if call["reverse"]:
        events = events[::-1]  # the timeline reads forward in time
    view = functools.partial(timeline_view, events, call.lang) if events else None
    call.emit(call.events_result(events, view))


@command("people", SELECTION, OUTPUT)
def people(call: Call) -> None:
    """Whom he met: role, country or organisation, number of meetings, dates.

    Example: natotrips people --from 2025 --to 2025
    """
    from natotrips.exports import csv as csv_out
    from natotrips.exports import json as json_out
    from natotrips.summary import summarise_people
    from natotrips.views.summaries import people_view

    found = summarise_people(call.select())
    lang = call.lang
    call.emit(
        Result(
            view=functools.partial(people_view, found, lang)
            if found
            else functools.partial(ev.empty, call.record(), lang, outside=False),
            json=lambda out: json_out.people_json(found, out),
            csv=lambda out: csv_out.people_csv(found, out),
        )
    )


@command("person", SELECTION, LISTING, OUTPUT)
def person(
    call: Call,
    name: Annotated[
        str,
        typer.Argument(
            help="Name, any case, with or without accents, or in Arabic.",
            autocompletion=complete_person,
        ),
    ],
) -> None:
    """One person: every meeting with them.

    Example: natotrips person zelenskyy   (also: ماكرون, macron)
    """
    from natotrips.summary import summarise_people

    key = query.resolve_person(call.data.events, name)
    events = call.select(person=None, person_keys=[key])
    summary = next((p for p in summarise_people(events) if p.key == key), None)
    view = None
    if summary is not None:
        view = functools.partial(ev.person_view, summary, events, call.record(), call.lang)
    call.emit(call.events_result(events, view))


@command("calendar", SELECTION, TODAY, OUTPUT)
def calendar(
    call: Call,
    month: Annotated[
        Optional[str],
        typer.Argument(
            metavar="[MONTH]", help="Month to show, e.g. 2024-10 (default: this month)."
        ),
    ] = None,
    months: Annotated[
        int, typer.Option("--months", "-m", min=1, max=120, help="How many months.")
    ] = 1,
    week_start: Annotated[
        WeekStart, typer.Option("--week-start", help="First day of the week.")
    ] = WeekStart.monday,
) -> None:
    """Month grids like cal(1), days with events marked and listed beneath.

    Example: natotrips calendar 2024-10 --months 2 --week-start sunday
    """
    from natotrips.dates import month_range, parse_date
    from natotrips.views.time import calendar_view

    first = parse_date(month, option="MONTH") if month else _today(call["today"])
    shown = month_range(first, months)
    last = shown[-1] + dt.timedelta(days=40)
    events = call.select(date_from=shown[0].isoformat(), date_to=last.replace(day=1).isoformat())
    events = [e for e in events if e.start_date < last.replace(day=1)]
    lang = call.lang
    sunday = week_start is WeekStart.sunday
    if events:
        view: Callable[[], View] = functools.partial(
            calendar_view, shown, events, sunday_first=sunday, lang=lang
        )
    else:
        outside = query.outside(
            call.filters(date_from=shown[0].isoformat(), date_to=last.replace(day=1).isoformat()),
            query.span(call.data.events),
        )
        cal_view = calendar_view(shown, events, sunday_first=sunday, lang=lang)
        note = ev.empty(call.record(), lang, outside=outside).blocks
        view = functools.partial(View, [*cal_view.blocks, *note], lang)
    call.emit(call.events_result(events, view))


@command("stats", SELECTION, OUTPUT)
def stats(call: Call) -> None:
    """Events per month, days abroad, Allies visited and not, busiest month, longest trip.

    Example: natotrips stats --from 2025 --to 2025
    """
    from natotrips.countries import NATO_ALLIES
    from natotrips.exports import json as json_out
    from natotrips.summary import compute_stats
    from natotrips.views.summaries import stats_view

    result = compute_stats(call.select(), NATO_ALLIES)
    call.emit(
        Result(
            view=functools.partial(stats_view, result, call.record(), call.lang),
            json=lambda out: json_out.stats_json(result, out),
            csv=lambda out: json_out.stats_csv(result, out),
        )
    )


@command("upcoming", SELECTION, TODAY, LISTING, OUTPUT)
def upcoming(call: Call) -> None:
    """Announced events after today.

    Example: natotrips upcoming --today 2024-11-10
    """
    day = _today(call["today"])
    events = query.upcoming(call.select(), day)
    view = None
    if not events:
        lang = call.lang
        covered = query.span(call.data.events)

        def view() -> View:
            blocks = ev.upcoming_empty(day, lang).blocks
            if covered and day >= covered[1]:
                blocks.append(Note(call.record().covers(lang), ""))
            return View(blocks, lang)

    call.emit(call.events_result(events, view))


@command("show", OUTPUT)
def show(
    call: Call,
    event_id: Annotated[
        str,
        typer.Argument(
            metavar="ID",
            help="Event id, or a unique start of one (as in list).",
            autocompletion=complete_id,
        ),
    ],
) -> None:
    """Everything about one event: people, sources, and where sources disagree.

    Example: natotrips show 2024-11-04-berlin
    """
    event = query.find_event(call.data.events, event_id)
    result = call.events_result([event], functools.partial(ev.event_view, event, call.lang))
    result.title = event.title
    call.emit(result)


@command("compare", SELECTION, OUTPUT)
def compare(
    call: Call,
    holders: Annotated[
        Optional[list[str]],
        typer.Argument(
            metavar="[SG]...",
            help="Two holders (default: the last two).",
            autocompletion=complete_sg,
        ),
    ] = None,
) -> None:
    """Two Secretaries General side by side: first 100 days and first year, per year,
    days abroad, Allies visited, most visited countries, most met people.

    Example: natotrips compare stoltenberg rutte
    """
    from natotrips.compare import compare_holders
    from natotrips.exports import json as json_out
    from natotrips.views.compare import compare_view

    events = call.select(sg=["all"])
    result = compare_holders(events, holders or [], as_of=call.data.as_of)
    call.emit(
        Result(
            view=functools.partial(compare_view, result, call.lang),
            json=lambda out: json_out.compare_json(result, out),
            csv=lambda out: json_out.compare_csv(result, out),
        )
    )


@command("map", SELECTION, OUTPUT)
def map_(
    call: Call,
    by: Annotated[
        Measure, typer.Option("--by", help="Shade by number of visits or of days.")
    ] = Measure.visits,
    output: Annotated[
        Optional[Path],
        typer.Option(
            "--output",
            "-o",
            help="Write a geographic map to FILE (.svg): countries shaded, events as points.",
        ),
    ] = None,
) -> None:
    """Where he went, as a tile map of Europe (one cell a country, shaded by visits) and a
    strip of far destinations; -o FILE draws a geographic map.

    Example: natotrips map --sg all --by days   (natotrips map -o map.svg)
    """
    from natotrips.cartogram import for_record
    from natotrips.exports import json as json_out
    from natotrips.views.maps import map_view

    events = call.select()
    data = call.data
    cartogram = for_record(events, data, by)
    lang = call.lang
    if output is not None:
        from natotrips.render.geomap import write_map

        write_map(output, cartogram, events, data, lang=lang, force=bool(call["force"]))
        typer.echo(f"Wrote {output}", err=True)
        return
    call.emit(
        Result(
            view=functools.partial(map_view, cartogram, call.record(), len(events), lang),
            json=lambda out: json_out.map_json(cartogram, out, lang),
            csv=lambda out: json_out.map_csv(cartogram, out, lang),
            title="natotrips map",
        )
    )


@command("site", SELECTION, [LANG])
def site(
    call: Call,
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder to write the site into.")],
    force: Annotated[
        bool,
        typer.Option("--force", help="Write into a folder that holds files of its own."),
    ] = False,
) -> None:
    """A static site of the record: a folder of HTML pages (front page with the map and
    the years at a glance, one page per event, country, person and Secretary General, and
    the comparison) to publish anywhere; no server, no script. Default: every holder.

    Example: natotrips site -o site --lang ar
    """
    from natotrips.cartogram import for_record
    from natotrips.files import write_tree
    from natotrips.render.geomap import render_map
    from natotrips.site import Site
    from natotrips.terminal import Progress

    events = call.select(sg=call["sg"] or ["all"])
    data = call.data
    cartogram = for_record(events, data)
    lang = call.lang
    pages = Site(
        data, events, cartogram, lambda: render_map(cartogram, events, data, lang=lang), lang
    )
    progress = Progress(f"Writing {output}:", pages.count())
    try:
        n = write_tree(output, pages.pages(), force=force, progress=progress)
    finally:
        progress.done()
    typer.echo(f"Wrote {n} files to {output}", err=True)


@app.command("validate")
def validate_cmd(
    ctx: typer.Context,
    path: Annotated[
        Optional[Path],
        typer.Argument(help="Data file to check (default: --data, $NATOTRIPS_DATA or bundled)."),
    ] = None,
) -> None:
    """Check a data file: schema, duplicates, overlaps, term dates, stale announcements,
    sources, spellings, places. Lists every finding; exit 1 if there are any.

    Example: natotrips validate my-trips.json
    """
    from natotrips.validate import validate

    target = path or dataset.resolve_path(ctx.find_root().obj.get("data"))
    data = dataset.decode(dataset.read_bytes(target), target, check=False)
    findings = validate(data)
    for finding in findings:
        typer.echo(f"{target}: {finding}")
    if findings:
        typer.echo(f"{len(findings)} finding(s) in {len(data.events)} events.", err=True)
        raise typer.Exit(1)
    typer.echo(f"{target}: OK, {len(data.events)} events, as of {data.as_of}.")


@app.command("version", hidden=True)
def version_cmd() -> None:
    """Show the version (also: --version)."""
    typer.echo(f"natotrips {__version__}")


# ---- the way in and out ------------------------------------------------------------------------


def _fail(message: str, code: int, hint: str | None = None) -> None:
    from natotrips.terminal import printable

    sys.stderr.write(f"natotrips: error: {printable(message)}\n")
    if hint:
        sys.stderr.write(f"{hint}\n")
    sys.stderr.flush()
    raise SystemExit(code)


def run(args: Sequence[str] | None = None) -> int:
    """Run the CLI on ``args`` (default: sys.argv) and return the exit code."""
    argv = list(args) if args is not None else sys.argv[1:]
    cli = typer.main.get_command(only_invoked(app, argv))
    install_completion(cli)
    try:
        code = cli.main(
            args=argv,
            prog_name="natotrips",
            standalone_mode=False,
        )
    except NatotripsError as exc:
        _fail(str(exc), exc.exit_code)
    except typer.Abort:
        _fail("aborted", 130)
    except typer.TyperException as exc:  # Click's usage errors: one voice with ours
        message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
        ctx = getattr(exc, "ctx", None)
        hint = f"Try '{ctx.command_path} -h' for help." if ctx is not None else None
        _fail(message.rstrip("."), int(getattr(exc, "exit_code", 2)), hint)
    except KeyboardInterrupt:
        sys.stderr.write("\n")
        return 130
    except Interrupted as exc:
        return exc.exit_code
    except BrokenPipeError:
        _quiet_broken_pipe()
        return 141
    return code if isinstance(code, int) else 0


def _quiet_broken_pipe() -> None:
    """The reader went away (``| head``): stop writing, say nothing, as Unix tools do."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def main() -> None:
    import gc
    import signal

    # A run is short and builds no reference cycles worth collecting: pausing the cyclic
    # collector saves seconds on large records (it would rescan every decoded event).
    gc.disable()
    from natotrips.files import exit_on_signals

    exit_on_signals()
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    code = run()
    # Everything is written and every file closed by now. Leave without tearing the
    # interpreter down: freeing a large record object by object (and the collection run at
    # shutdown) took a fifth of the run at 100,000 events, for nothing (measured in bench/).
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (BrokenPipeError, ValueError):  # the reader went away; a closed stream
        pass
    os._exit(code)
