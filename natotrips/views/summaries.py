"""Views of aggregates: countries, people, stats."""

from __future__ import annotations

from collections.abc import Sequence

from natotrips.dates import month_label, show_date, show_range
from natotrips.i18n import country_name
from natotrips.summary import CountrySummary, PersonSummary, Stats
from natotrips.views.blocks import (
    Blank,
    Block,
    Cell,
    Column,
    Facts,
    Heading,
    Line,
    Lines,
    Span,
    Table,
    View,
)
from natotrips.views.events import Record, affiliation
from natotrips.views.labels import join, label


def countries_view(summaries: Sequence[CountrySummary], lang: str = "en") -> View:
    columns = [
        Column(label("country", lang), min=14, max=22),
        Column(label("visits", lang), align="right", fixed=True),
        Column(label("days", lang), align="right", fixed=True),
        Column(label("first", lang), priority=2, fixed=True),
        Column(label("last", lang), priority=1, fixed=True),
        Column(label("cities", lang), priority=3, min=12, lines=2, flex=2),
        Column(label("people_met", lang), priority=4, min=16, lines=2, flex=3),
    ]
    rows: list[list[Cell]] = [
        [
            country_name(s.country, lang),
            str(s.visits),
            str(s.days),
            show_date(s.first, lang),
            show_date(s.last, lang),
            join((s.city(c, lang) for c in s.cities), lang),
            join((s.person(n, lang) for n in s.people), lang),
        ]
        for s in summaries
    ]
    return View([Table(columns, rows)], lang)


def people_view(people: Sequence[PersonSummary], lang: str = "en") -> View:
    columns = [
        Column(label("name", lang), min=16, max=28),
        Column(label("role", lang), priority=2, min=14, lines=2, flex=2),
        Column(label("affiliation", lang), priority=1, min=12, max=24),
        Column(label("meetings", lang), align="right", fixed=True),
        Column(label("dates", lang), priority=3, min=12, lines=2, flex=2),
    ]
    rows: list[list[Cell]] = [
        [
            p.name_ar if lang == "ar" and p.name_ar else p.name,
            p.role or "",
            affiliation(p.affiliation, lang),
            str(p.meetings),
            join((show_date(d, lang) for d in p.dates), lang),
        ]
        for p in people
    ]
    return View([Table(columns, rows)], lang)


BAR_WIDTH = 40


def bars(rows: Sequence[tuple[str, int]], width: int = BAR_WIDTH) -> Lines:
    """A bar chart: ``label  count  ████``."""
    top = max((n for _, n in rows), default=0) or 1
    lead = max((len(name) for name, _ in rows), default=0)
    digits = max((len(str(n)) for _, n in rows), default=1)
    lines = []
    for name, n in rows:
        bar = "█" * max(1 if n else 0, round(n / top * width))
        lines.append(
            Line(
                lead=[Span(f"{name:<{lead}}  {n:>{digits}}  ", "")],
                text=[Span(bar, "bar")],
            )
        )
    return Lines(lines)


def stats_view(stats: Stats, record: Record, lang: str = "en") -> View:
    chart = bars([(month_label(m, lang, short=True), n) for m, n in stats.per_month])
    visited = sum(1 for _, n in stats.allies if n)
    facts: list[tuple[str, Cell]] = [
        (label("events", lang), str(stats.events)),
        (label("days_away", lang), str(stats.days_away)),
        (
            label("countries_visited", lang),
            f"{len(stats.countries)}: "
            + join((country_name(c, lang) for c in stats.countries), lang),
        ),
        (
            label("allies_visited", lang),
            label("of", lang, a=visited, b=len(stats.allies))
            + ": "
            + join((f"{country_name(c, lang)} {n}" for c, n in stats.allies if n), lang),
        ),
        (
            label("allies_not_visited", lang),
            f"{len(stats.allies_not_visited)}: "
            + (join((country_name(c, lang) for c in stats.allies_not_visited), lang) or "—"),
        ),
    ]
    if stats.busiest_month:
        month, n = stats.busiest_month
        facts.append(
            (
                label("busiest_month", lang),
                f"{month_label(month, lang)} ({label('n_events', lang, n=n)})",
            )
        )
    if stats.longest_trip:
        trip, start, end, days = stats.longest_trip
        facts.append(
            (
                label("longest_trip", lang),
                f"{trip}: {show_range(start, end, lang)} ({label('n_days', lang, n=days)})",
            )
        )
    blocks: list[Block] = [
        Heading(label("events_per_month", lang)),
        chart,
        Blank(),
        Heading(label("summary", lang)),
        Facts(facts),
        record.footer(stats.events, lang),
    ]
    return View(blocks, lang)
