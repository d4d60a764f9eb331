"""Rich renderables for the terminal views. Functions return renderables; they never print.

Every string that comes from data goes through ``_t`` (a ``rich.text.Text``, which is never
parsed as markup) after ``printable`` has made control characters visible.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from rich import box
from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from natotrips import fmt
from natotrips import plain as plaintext
from natotrips.countries import country_name
from natotrips.model import Event, Status
from natotrips.summary import CountrySummary, PersonSummary, Stats
from natotrips.text import printable

_STATUS_STYLE = {Status.ANNOUNCED: "yellow", Status.CANCELLED: "red strike", Status.HELD: ""}


def _t(value: object, style: str = "") -> Text:
    return Text(printable(str(value)), style=style)


def _table() -> Table:
    return Table(box=box.SIMPLE_HEAVY, header_style="bold")


def _frame(
    body: RenderableType, title: str | Text, *, plain: bool, style: str = ""
) -> RenderableType:
    """A titled panel on a terminal; a plain heading line and the body when piped."""
    heading = title if isinstance(title, Text) else Text(title)
    if plain:
        return Group(heading, body, Text(""))
    return Panel(body, title=heading, title_align="left", expand=False, border_style=style)


def events_table(events: Sequence[Event]) -> Table:
    """The terminal rendering; ``natotrips.plain.events_table`` is the piped one."""
    table = _table()
    for name, opts in (
        ("Dates", {"no_wrap": True}),
        ("Place", {}),
        ("Country", {}),
        ("Kind", {"no_wrap": True}),
        ("Title", {"ratio": 3}),
        ("Who", {"ratio": 2}),
    ):
        table.add_column(name, **opts)
    for e in events:
        dates, *rest = plaintext.event_cells(e)
        table.add_row(_t(dates, _STATUS_STYLE[e.status]), *(_t(c) for c in rest))
    return table


def country_panel(summary: CountrySummary) -> RenderableType:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column()
    for label, value in plaintext.country_facts(summary):
        grid.add_row(label, _t(value))
    return _frame(grid, _t(country_name(summary.country)), plain=False)


def countries_table(summaries: Sequence[CountrySummary]) -> Table:
    table = _table()
    table.add_column("Country")
    table.add_column("Visits", justify="right")
    table.add_column("Days", justify="right")
    table.add_column("First", no_wrap=True)
    table.add_column("Last", no_wrap=True)
    table.add_column("Cities")
    table.add_column("People met")
    for s in summaries:
        table.add_row(*(_t(c) for c in plaintext.country_cells(s)))
    return table


_TIMELINE_STYLE = {
    "": "",
    "dim": "dim",
    "month": "bold underline",
    "bar": "bold cyan",
    "bar-announced": "yellow",
    "bar-cancelled": "red",
    "status-announced": _STATUS_STYLE[Status.ANNOUNCED],
    "status-cancelled": _STATUS_STYLE[Status.CANCELLED],
}


def timeline(events: Sequence[Event]) -> RenderableType:
    """The terminal rendering of ``natotrips.plain.timeline_lines``: same layout, styled."""
    if not events:
        return Text("No events.")
    lines = []
    for segments in plaintext.timeline_lines(events):
        line = Text()
        for text, role in segments:
            line.append(text, style=_TIMELINE_STYLE[role])
        lines.append(line)
    return Group(*lines)


def event_detail(event: Event, *, plain: bool = False) -> RenderableType:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column()
    grid.add_row("Id", _t(event.id))
    grid.add_row("Dates", _t(fmt.date_range(event.start_date, event.end_date)))
    if event.date_note:
        grid.add_row("Date note", _t(event.date_note))
    grid.add_row("Place", _t(fmt.place(event)))
    grid.add_row("Country", _t(f"{country_name(event.country)} ({event.country})"))
    grid.add_row("Kind", _t(event.kind.value))
    grid.add_row("Status", _t(event.status.value, _STATUS_STYLE[event.status]))
    if event.trip_id:
        grid.add_row("Trip", _t(event.trip_id))
    grid.add_row("Secretary General", _t(event.secretary_general))
    grid.add_row("Summary", _t(event.summary))
    if event.topics:
        grid.add_row("Topics", _t(", ".join(event.topics)))
    parts: list[RenderableType] = [grid]

    if event.participants:
        people = Table(
            box=None if plain else box.SIMPLE, title="Participants", title_justify="left"
        )
        for col in ("Name", "Arabic", "Role", "Country / organisation", "Named by"):
            people.add_column(col)
        for p in event.participants:
            affiliation = p.organisation or (country_name(p.country) if p.country else "")
            people.add_row(
                _t(p.name),
                _t(p.name_ar or ""),
                _t(p.role or ""),
                _t(affiliation),
                _t(", ".join(p.sources)),
            )
        parts.append(people)

    sources = Table(box=None if plain else box.SIMPLE, title="Sources", title_justify="left")
    for col in ("Key", "Publisher", "Published", "Lang", "Title / URL"):
        sources.add_column(col)
    for s in event.sources:
        cell = _t(s.title)
        if s.url:
            cell.append("\n")
            cell.append_text(_t(s.url, "dim"))
            cell.overflow = "fold"  # a URL is copied, never shortened with an ellipsis
        sources.add_row(_t(s.key), _t(s.publisher), _t(s.published or ""), _t(s.language), cell)
    parts.append(sources)

    disputes = _disagreements(event, plain=plain)
    if disputes:
        parts.append(disputes)
    return _frame(Group(*parts), _t(event.title), plain=plain)


def _disagreements(event: Event, *, plain: bool = False) -> RenderableType | None:
    lines: list[Text] = []
    for d in event.disagreements:
        lines.append(_t(f"On {d.field}:", "bold"))
        for claim in d.claims:
            lines.append(_t(f"  • {claim.source}: {claim.says}"))
    if len(event.sources) > 1:
        for p in event.participants:
            missing = [s.key for s in event.sources if s.key not in p.sources]
            if missing and len(p.sources) < len(event.sources) and _single_claim(p.sources, event):
                lines.append(_t(f"  • {p.name} is named only by {', '.join(p.sources)}"))
    if not lines:
        return None
    return _frame(Group(*lines), "Sources disagree", plain=plain, style="yellow")


def _single_claim(named_by: list[str], event: Event) -> bool:
    """True when a participant is named by some sources that mention people but not others."""
    naming = {k for p in event.participants for k in p.sources}
    return bool(naming - set(named_by))


def people_table(people: Sequence[PersonSummary]) -> Table:
    table = _table()
    table.add_column("Name")
    table.add_column("Role")
    table.add_column("Country / organisation")
    table.add_column("Meetings", justify="right")
    table.add_column("Dates")
    for p in people:
        table.add_row(*(_t(c) for c in plaintext.person_cells(p)))
    return table


def person_detail(person: PersonSummary, events: Sequence[Event], *, plain: bool = False) -> Group:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column()
    grid.add_row("Name", _t(person.name))
    if person.name_ar:
        grid.add_row("Arabic", _t(person.name_ar))
    grid.add_row("Role", _t(person.role or "—"))
    grid.add_row("Country / organisation", _t(plaintext.affiliation(person.affiliation) or "—"))
    grid.add_row("Meetings", _t(person.meetings))
    grid.add_row("First", _t(person.dates[0].isoformat()))
    grid.add_row("Last", _t(person.dates[-1].isoformat()))
    listing = plaintext.events_table(events) if plain else events_table(events)
    return Group(_frame(grid, _t(person.name), plain=plain), listing)


WEEKDAYS = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")


def calendar_month(
    year: int,
    month: int,
    events: Sequence[Event],
    *,
    sunday_first: bool = False,
    plain: bool = False,
) -> Group:
    """A month grid like cal(1): days with events marked (``*`` when plain), listed beneath."""
    import calendar

    cal = calendar.Calendar(firstweekday=6 if sunday_first else 0)
    first, last = dt.date(year, month, 1), fmt.month_end(year, month)
    busy: dict[int, list[Event]] = {}
    for e in events:
        if e.end_date < first or e.start_date > last:
            continue
        day = max(e.start_date, first)
        while day <= min(e.end_date, last):
            busy.setdefault(day.day, []).append(e)
            day += dt.timedelta(days=1)
    names = WEEKDAYS[6:] + WEEKDAYS[:6] if sunday_first else WEEKDAYS
    lines: list[Text] = [Text(f"{first:%B %Y}".center(27), style="" if plain else "bold")]
    lines.append(Text(" ".join(f"{n:>3}" for n in names)))
    for week in cal.monthdayscalendar(year, month):
        line = Text()
        for i, n in enumerate(week):
            if i:
                line.append(" ")
            if n == 0:
                line.append("   ")
            elif n in busy:
                line.append(
                    f"{n:>2}" + ("*" if plain else " "), style="" if plain else "reverse bold"
                )
            else:
                line.append(f"{n:>2} ")
        lines.append(line)
    listing = Table.grid(padding=(0, 1))
    listing.add_column(no_wrap=True)
    listing.add_column()
    for e in sorted(
        {id(e): e for es in busy.values() for e in es}.values(), key=lambda e: e.start_date
    ):
        listing.add_row(
            _t(fmt.date_range(e.start_date, e.end_date)),
            _t(f"{e.city}, {country_name(e.country)} — {e.title}"),
        )
    parts: list[RenderableType] = [*lines]
    parts.append(listing if busy else _t("No events this month.", "dim"))
    parts.append(Text(""))
    return Group(*parts)


def stats_view(stats: Stats, *, plain: bool = False) -> Group:
    bar_style = "" if plain else "cyan"
    chart = Table.grid(padding=(0, 1))
    chart.add_column(no_wrap=True)
    chart.add_column(justify="right")
    chart.add_column()
    top = max((n for _, n in stats.per_month), default=0) or 1
    width = 40
    for month, n in stats.per_month:
        bar = "█" * max(1 if n else 0, round(n / top * width))
        chart.add_row(_t(f"{month:%b %Y}"), _t(n), _t(bar, bar_style))
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="bold")
    facts.add_column()
    facts.add_row("Events", _t(stats.events))
    facts.add_row("Days outside Belgium", _t(stats.days_away))
    facts.add_row(
        "Countries visited",
        _t(f"{len(stats.countries)}: " + ", ".join(country_name(c) for c in stats.countries)),
    )
    visited = sum(1 for _, n in stats.allies if n)
    facts.add_row(
        "NATO Allies visited",
        _t(
            f"{visited} of {len(stats.allies)}: "
            + ", ".join(f"{country_name(c)} {n}" for c, n in stats.allies if n)
        ),
    )
    facts.add_row(
        "NATO Allies not yet visited",
        _t(
            f"{len(stats.allies_not_visited)}: "
            + ", ".join(country_name(c) for c in stats.allies_not_visited)
        ),
    )
    if stats.busiest_month:
        month, n = stats.busiest_month
        facts.add_row("Busiest month", _t(f"{month:%B %Y} ({n} events)"))
    if stats.longest_trip:
        trip, start, end, days = stats.longest_trip
        facts.add_row("Longest trip", _t(f"{trip}: {fmt.date_range(start, end)} ({days} days)"))
    return Group(
        _frame(chart, "Events per month", plain=plain),
        _frame(facts, "Summary", plain=plain),
    )
