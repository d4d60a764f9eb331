"""The compare view: two holders of the office side by side."""

from __future__ import annotations

from natotrips.compare import Comparison, Window
from natotrips.dates import show_date
from natotrips.i18n import country_name
from natotrips.views.blocks import Blank, Block, Cell, Column, Heading, Note, Table, View
from natotrips.views.labels import join, label


def _window(w: Window, lang: str) -> str:
    return f"{w.events} · {w.trips} · {w.countries} · {w.days_abroad}"


def compare_view(result: Comparison, lang: str = "en") -> View:
    a, b = result.holders
    columns = [
        Column("", min=22, max=26),
        Column(a.name, min=16, lines=3, flex=1),
        Column(b.name, min=16, lines=3, flex=1),
    ]
    rows: list[list[str]] = [
        [label("term", lang)]
        + [f"{show_date(h.first_day, lang)} – {show_date(h.last_day, lang)}" for h in (a, b)],
        [label("first_100_days", lang)] + [_window(h.first_100_days, lang) for h in (a, b)],
        [label("first_year", lang)] + [_window(h.first_year, lang) for h in (a, b)],
        [label("in_record", lang)] + [_window(h.whole, lang) for h in (a, b)],
    ]
    years = sorted({y for h in (a, b) for y, _, _ in h.per_year})
    for year in years:
        cells: list[str] = [str(year)]
        for h in (a, b):
            found = next(((n, t) for y, n, t in h.per_year if y == year), None)
            cells.append(f"{found[0]} · {found[1]}" if found else "")
        rows.append(cells)
    rows.append(
        [label("allies_visited", lang)]
        + [
            label("compare_of", lang, a=len(h.allies), b=len(h.allies) + len(h.allies_not_visited))
            for h in (a, b)
        ]
    )
    rows.append(
        [label("allies_not_visited", lang)]
        + [join((country_name(c, lang) for c in h.allies_not_visited), lang) or "—" for h in (a, b)]
    )
    rows.append(
        [label("most_visited", lang)]
        + [
            join((f"{country_name(c, lang)} {n}" for c, n in h.most_visited), lang) or "—"
            for h in (a, b)
        ]
    )
    rows.append(
        [label("most_met", lang)]
        + [join((f"{name} {n}" for name, n in h.most_met), lang) or "—" for h in (a, b)]
    )
    blocks: list[Block] = [
        Heading(f"{a.name} / {b.name}"),
        Table(columns, [list[Cell](r) for r in rows]),
        Blank(),
    ]
    blocks.append(Note(label("compare_note", lang)))
    return View(blocks, lang)
