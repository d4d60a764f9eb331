"""Plain-text formatting of core values, shared by renderers and exporters (no Rich)."""

from __future__ import annotations

import datetime as dt

from natotrips.model import Event, Participant


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


def next_month(day: dt.date) -> dt.date:
    """The first day of the month after ``day``'s."""
    return month_end(day.year, day.month) + dt.timedelta(days=1)


def date_range(start: dt.date, end: dt.date) -> str:
    """``22–23 Oct 2024``, ``30 Oct – 2 Nov 2024``, ``4 Nov 2024``."""
    if start == end:
        return f"{start.day} {start:%b %Y}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {end:%b %Y}"
    if start.year == end.year:
        return f"{start.day} {start:%b} – {end.day} {end:%b %Y}"
    return f"{start.day} {start:%b %Y} – {end.day} {end:%b %Y}"


def place(event: Event, lang: str = "en") -> str:
    city = event.city_names.get(lang, event.city) if lang != "en" else event.city
    return f"{city} ({event.venue})" if event.venue else city


def person(p: Participant, lang: str = "en") -> str:
    """``Name (role)``; in Arabic the Arabic spelling where a source gives one."""
    name = p.name_ar if lang == "ar" and p.name_ar else p.name
    return f"{name} ({p.role})" if p.role else name


def who(event: Event, limit: int | None = None) -> str:
    return who_list([p.name for p in event.participants], limit)


def who_list(names: list[str], limit: int | None = None) -> str:
    if limit is not None and len(names) > limit:
        return ", ".join(names[:limit]) + f" +{len(names) - limit}"
    return ", ".join(names)
