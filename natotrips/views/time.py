"""Views through time: the timeline (bars across each month) and cal(1)-style months."""

from __future__ import annotations

import calendar as cal
import datetime as dt
from collections.abc import Sequence

from natotrips.dates import month_end, month_label, show_range
from natotrips.i18n import country_name, place_name
from natotrips.model import Event, Status
from natotrips.views.blocks import Blank, Block, Line, Lines, Note, Span, View
from natotrips.views.events import MARKERS, STATUS_ROLE, legend
from natotrips.views.labels import label

# A pause this long between events gets its own line in the timeline.
GAP_DAYS = 4
DATE_COLUMN = 20


def _months_between(a: dt.date, b: dt.date) -> int:
    return (b.year - a.year) * 12 + b.month - a.month


def _what(e: Event, lang: str) -> list[Span]:
    text = f"{place_name(e, lang)}, {country_name(e.country, lang)} — {e.title}"
    spans = [Span(text)]
    if e.status is not Status.HELD:
        spans.append(Span(f" {MARKERS[e.status]}", STATUS_ROLE[e.status]))
    return spans


def timeline_view(events: Sequence[Event], lang: str = "en") -> View:
    """Events grouped by month, each drawn as a bar across the month's days; skipped
    months and pauses of GAP_DAYS or more get a line of their own. Long text wraps under
    itself."""
    lines: list[Line] = []
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
                text = (
                    label("months_without", lang, n=skipped)
                    if skipped > 1
                    else label("month_without", lang)
                )
                lines.append(Line(lead=[Span("   ⋮  ", "dim")], text=[Span(text, "dim")]))
        lines.append(Line())
        lines.append(Line(text=[Span(month_label(first_day, lang), "month")]))
        last = month_end(year, month)
        ruler = "".join(str(d % 10) if d % 5 == 0 else "·" for d in range(1, last.day + 1))
        lines.append(Line(lead=[Span(" " * DATE_COLUMN + ruler, "dim")]))
        for e in items:
            if last_end is not None:
                gap = (e.start_date - last_end).days - 1
                if gap >= GAP_DAYS:
                    text = "… " + label("days_without", lang, n=gap)
                    lines.append(Line(lead=[Span(" " * DATE_COLUMN)], text=[Span(text, "dim")]))
            start_col = e.start_date.day - 1
            end = min(e.end_date, last)
            width = (end - e.start_date).days + 1
            bar_role = "bar" if e.status is Status.HELD else STATUS_ROLE[e.status]
            dates = show_range(e.start_date, e.end_date, lang)
            lead = [
                Span(f"{dates:<{DATE_COLUMN - 1}} " + " " * start_col),
                Span("█" * width + ("→" if e.end_date > end else ""), bar_role),
                Span(" " * max(1, last.day - start_col - width + 1)),
            ]
            lines.append(Line(lead=lead, text=_what(e, lang)))
            last_end = max(last_end or e.end_date, e.end_date)
        previous = first_day
    if not lines:
        return View([Note(label("no_events", lang), "")], lang)
    return View([Lines(lines), *legend({e.status for e in events}, lang)], lang)


WEEKDAYS = {
    "en": ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"),
    "fr": ("lu", "ma", "me", "je", "ve", "sa", "di"),
    "ar": ("ن", "ث", "ر", "خ", "ج", "س", "ح"),
}


def calendar_view(
    months: Sequence[dt.date], events: Sequence[Event], *, sunday_first: bool, lang: str = "en"
) -> View:
    """Month grids like cal(1): days with events marked with ``*``, listed beneath."""
    blocks: list[Block] = []
    for first in months:
        blocks += _month(first, events, sunday_first=sunday_first, lang=lang)
    return View(blocks + legend({e.status for e in events}, lang), lang)


def _month(
    first: dt.date, events: Sequence[Event], *, sunday_first: bool, lang: str
) -> list[Block]:
    last = month_end(first.year, first.month)
    busy: dict[int, list[Event]] = {}
    for e in events:
        if e.end_date < first or e.start_date > last:
            continue
        day = max(e.start_date, first)
        while day <= min(e.end_date, last):
            busy.setdefault(day.day, []).append(e)
            day += dt.timedelta(days=1)
    names = WEEKDAYS.get(lang, WEEKDAYS["en"])
    if sunday_first:
        names = names[6:] + names[:6]
    grid: list[Line] = [
        Line(lead=[Span(month_label(first, lang).center(27), "month")]),
        Line(lead=[Span(" ".join(f"{n:>3}" for n in names), "dim")]),
    ]
    weeks = cal.Calendar(firstweekday=6 if sunday_first else 0).monthdayscalendar(
        first.year, first.month
    )
    for week in weeks:
        spans: list[Span] = []
        for i, n in enumerate(week):
            if i:
                spans.append(Span(" "))
            if n == 0:
                spans.append(Span("   "))
            elif n in busy:
                spans.append(Span(f"{n:>2}*", "busy"))
            else:
                spans.append(Span(f"{n:>2} "))
        grid.append(Line(lead=spans))
    listed = sorted({id(e): e for es in busy.values() for e in es}.values(), key=_start)
    listing = [
        Line(
            lead=[Span(f"{show_range(e.start_date, e.end_date, lang):<{DATE_COLUMN - 1}} ")],
            text=_what(e, lang),
        )
        for e in listed
    ]
    if not listing:
        listing = [Line(text=[Span(label("no_events_month", lang), "dim")])]
    return [Lines(grid + listing), Blank()]


def _start(e: Event) -> tuple[dt.date, str]:
    return e.start_date, e.id
