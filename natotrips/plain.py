"""Plain-text tables for pipes: aligned columns, one row per line, no Rich.

When stdout is not a terminal the listing commands print through here. It is much faster
than laying out a Rich table (a 100,000-row listing in seconds, not minutes), and it does
not import Rich at all, which keeps piped start-up close to the bare Typer floor.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable, Sequence

from natotrips import fmt
from natotrips.countries import country_name
from natotrips.model import Event, Status
from natotrips.summary import CountrySummary, PersonSummary
from natotrips.text import printable


def cell_width(text: str) -> int:
    """Terminal columns taken by ``text``: wide East Asian characters count two,
    combining marks none."""
    if text.isascii():
        return len(text)
    width = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
    return width


def table(
    headers: Sequence[str], rows: Iterable[Sequence[object]], right: Sequence[int] = ()
) -> str:
    cells = [[printable(str(c)) for c in row] for row in rows]
    widths = [cell_width(h) for h in headers]
    for row in cells:
        for i, c in enumerate(row):
            n = cell_width(c)
            if n > widths[i]:
                widths[i] = n

    def line(row: Sequence[str]) -> str:
        out = []
        for i, c in enumerate(row):
            pad = " " * (widths[i] - cell_width(c))
            out.append(pad + c if i in right else c + pad)
        return "  ".join(out).rstrip() + "\n"

    return line(list(headers)) + "".join(line(row) for row in cells)


EVENT_HEADERS = ("Dates", "Place", "Country", "Kind", "Title", "Who")


def event_cells(e: Event) -> tuple[str, ...]:
    status = "" if e.status is Status.HELD else f" [{e.status.value}]"
    return (
        fmt.date_range(e.start_date, e.end_date) + status,
        fmt.place(e),
        country_name(e.country),
        e.kind.value,
        e.title,
        fmt.who(e, limit=4),
    )


def affiliation(code_or_org: str | None) -> str:
    """An ISO code as its country name; an organisation as it is."""
    if code_or_org is None:
        return ""
    if len(code_or_org) == 2 and code_or_org.isupper():
        return country_name(code_or_org)
    return code_or_org


def events_table(events: Iterable[Event]) -> str:
    return table(EVENT_HEADERS, (event_cells(e) for e in events))


COUNTRY_HEADERS = ("Country", "Visits", "Days", "First", "Last", "Cities", "People met")


def country_cells(s: CountrySummary) -> tuple[str, ...]:
    return (
        country_name(s.country),
        str(s.visits),
        str(s.days),
        s.first.isoformat(),
        s.last.isoformat(),
        ", ".join(s.cities),
        fmt.who_list(s.people, limit=5),
    )


def countries_table(summaries: Iterable[CountrySummary]) -> str:
    return table(COUNTRY_HEADERS, (country_cells(s) for s in summaries), right=(1, 2))


PEOPLE_HEADERS = ("Name", "Role", "Country / organisation", "Meetings", "Dates")


def person_cells(p: PersonSummary) -> tuple[str, ...]:
    return (
        p.name,
        p.role or "",
        affiliation(p.affiliation),
        str(p.meetings),
        ", ".join(d.isoformat() for d in p.dates),
    )


def people_table(people: Iterable[PersonSummary]) -> str:
    return table(PEOPLE_HEADERS, (person_cells(p) for p in people), right=(3,))


def country_facts(summary: CountrySummary) -> list[tuple[str, str]]:
    """The country summary as (label, value) pairs, for both the plain and Rich views."""
    return [
        ("Visits", str(summary.visits)),
        ("Days", str(summary.days)),
        ("First visit", fmt.date_range(summary.first, summary.first)),
        ("Last visit", fmt.date_range(summary.last, summary.last)),
        ("Cities", ", ".join(summary.cities)),
        ("People met", ", ".join(summary.people) or "—"),
    ]


def country_view(summary: CountrySummary, events: Iterable[Event]) -> str:
    """The country summary as ``key  value`` lines, then the events table."""
    facts = country_facts(summary)
    heading = printable(country_name(summary.country)) + "\n"
    body = table(("", ""), facts).split("\n", 1)[1]  # aligned, without a header row
    return heading + body + "\n" + events_table(events)


# ---- timeline -------------------------------------------------------------------------------

# A pause this long between events gets its own line in the timeline.
GAP_DAYS = 4
DATE_COLUMN = 17

# One line of the timeline: (text, role) segments. Roles name what a segment is, so the
# Rich renderer can style it: "" plain, "dim", "month", "bar", "bar-announced",
# "bar-cancelled", "status-announced", "status-cancelled". Data text is already printable.
Segment = tuple[str, str]


def _months_between(a: dt.date, b: dt.date) -> int:
    return (b.year - a.year) * 12 + b.month - a.month


def timeline_lines(events: Sequence[Event]) -> list[list[Segment]]:
    """Events grouped by month, each drawn as a bar across the month's days; skipped
    months and pauses of GAP_DAYS or more get a line of their own."""
    lines: list[list[Segment]] = []
    by_month: dict[tuple[int, int], list[Event]] = {}
    for e in events:
        by_month.setdefault((e.start_date.year, e.start_date.month), []).append(e)
    previous: dt.date | None = None
    last_end: dt.date | None = None
    for (year, month), items in by_month.items():
        first_day = dt.date(year, month, 1)
        if previous is not None:
            skipped = _months_between(previous, first_day) - 1
            if skipped > 0:
                plural = "s" if skipped > 1 else ""
                lines.append([(f"   ⋮  {skipped} month{plural} without events", "dim")])
        lines.append([])
        lines.append([(f"{first_day:%B %Y}", "month")])
        month_end = fmt.month_end(year, month)
        days_in_month = month_end.day
        ruler = "".join(str(d % 10) if d % 5 == 0 else "·" for d in range(1, days_in_month + 1))
        lines.append([(" " * DATE_COLUMN + ruler, "dim")])
        for e in items:
            if last_end is not None:
                gap = (e.start_date - last_end).days - 1
                if gap >= GAP_DAYS:
                    lines.append([(" " * DATE_COLUMN + f"… {gap} days without events", "dim")])
            start_col = e.start_date.day - 1
            end = min(e.end_date, month_end)
            width = (end - e.start_date).days + 1
            bar_role = "bar" if e.status is Status.HELD else f"bar-{e.status.value}"
            line: list[Segment] = [
                (f"{fmt.date_range(e.start_date, e.end_date):<{DATE_COLUMN - 1}} ", ""),
                (" " * start_col, ""),
                ("█" * width, bar_role),
            ]
            if e.end_date > end:
                line.append(("→", bar_role))
            line.append((" " * max(1, days_in_month - start_col - width + 1), ""))
            where = f"{fmt.place(e)}, {country_name(e.country)} — {e.title}"
            line.append((printable(where), ""))
            if e.status is not Status.HELD:
                line.append((f" [{e.status.value}]", f"status-{e.status.value}"))
            lines.append(line)
            last_end = max(last_end or e.end_date, e.end_date)
        previous = first_day
    return lines


def timeline(events: Sequence[Event]) -> str:
    if not events:
        return "No events.\n"
    return "".join(
        "".join(text for text, _ in line).rstrip() + "\n" for line in timeline_lines(events)
    )
