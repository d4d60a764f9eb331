"""Views of events: the list, one country, one person, one event, the upcoming ones."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from natotrips.dates import show_date, show_range
from natotrips.i18n import country_name, person_name, place_name
from natotrips.model import Event, Status
from natotrips.summary import CountrySummary, PersonSummary
from natotrips.views.blocks import (
    Blank,
    Block,
    Cell,
    Column,
    Facts,
    Heading,
    Line,
    Lines,
    Note,
    Span,
    Table,
    View,
)
from natotrips.views.labels import join, label

MARKERS = {Status.HELD: "", Status.ANNOUNCED: "?", Status.UNCONFIRMED: "!", Status.CANCELLED: "×"}
STATUS_ROLE = {
    Status.HELD: "",
    Status.ANNOUNCED: "announced",
    Status.UNCONFIRMED: "unconfirmed",
    Status.CANCELLED: "cancelled",
}
_LEGEND = {
    Status.ANNOUNCED: "legend_announced",
    Status.UNCONFIRMED: "legend_unconfirmed",
    Status.CANCELLED: "legend_cancelled",
}


@dataclass(frozen=True)
class Record:
    """What a view may say about the whole record: its span, size, date and id handles."""

    as_of: dt.date
    first: dt.date | None
    last: dt.date | None
    total: int
    handles: dict[str, str] = field(default_factory=dict)

    def covers(self, lang: str) -> str:
        if self.first is None or self.last is None:
            return ""
        return label(
            "covers",
            lang,
            first=show_date(self.first, lang),
            last=show_date(self.last, lang),
            as_of=show_date(self.as_of, lang),
        )

    def footer(self, count: int, lang: str) -> Note:
        if self.first is None or self.last is None:
            return Note("", terminal_only=True)
        text = label(
            "footer",
            lang,
            count=count,
            total=self.total,
            first=show_date(self.first, lang),
            last=show_date(self.last, lang),
            as_of=show_date(self.as_of, lang),
        )
        return Note(text, "footer", terminal_only=True)


def empty(record: Record, lang: str, *, outside: bool, others: int = 0) -> View:
    """The one wording of an empty result; says what the record covers when the question
    falls outside it, and how many events other holders of the office have."""
    blocks: list[Block] = [Note(label("no_events", lang), "")]
    if outside:
        blocks.append(Note(record.covers(lang), ""))
    if others:
        blocks.append(Note(label("other_holders", lang, n=others), ""))
    return View(blocks, lang)


def events_table(events: Sequence[Event], record: Record, lang: str = "en") -> list[Block]:
    """The events table, and a legend for the status markers it uses."""
    markers = {e.status for e in events} - {Status.HELD}
    holders = {e.secretary_general for e in events}
    columns: list[Column] = []
    if markers:
        columns.append(Column("", fixed=True))
    columns += [
        Column(label("dates", lang), fixed=True),
        Column(label("place", lang), priority=1, min=10, max=22),
        Column(label("title", lang), min=18, lines=2, flex=3),
        Column(label("id", lang), priority=2, fixed=True),
        Column(label("country", lang), priority=3, min=8, max=16),
        Column(label("kind", lang), priority=4, fixed=True),
        Column(label("who", lang), priority=5, min=14, lines=2, flex=2),
    ]
    if len(holders) > 1:
        columns.append(Column(label("sg", lang), priority=6, fixed=True))
    rows: list[list[Cell]] = []
    for e in events:
        role = STATUS_ROLE[e.status]
        row: list[Cell] = []
        if markers:
            row.append(Span(MARKERS[e.status], role))
        row += [
            Span(show_range(e.start_date, e.end_date, lang), role),
            place_name(e, lang),
            e.title,
            Span(record.handles.get(e.id, e.id), "dim"),
            country_name(e.country, lang),
            label(f"kind_{e.kind.value}", lang),
            join((person_name(p, lang) for p in e.participants), lang),
        ]
        if len(holders) > 1:
            row.append(e.secretary_general.split()[-1])
        rows.append(row)
    blocks: list[Block] = [Table(columns, rows)]
    return blocks + legend(markers, lang)


def legend(statuses: set[Status], lang: str) -> list[Block]:
    """A line explaining the status markers a view uses (none if it uses none)."""
    used = [label(_LEGEND[s], lang) for s in _LEGEND if s in statuses]
    return [Note(" · ".join(used))] if used else []


def list_view(events: Sequence[Event], record: Record, lang: str = "en") -> View:
    return View([*events_table(events, record, lang), record.footer(len(events), lang)], lang)


def country_view(
    summary: CountrySummary, events: Sequence[Event], record: Record, lang: str = "en"
) -> View:
    facts = Facts(
        [
            (label("visits", lang), str(summary.visits)),
            (label("days", lang), str(summary.days)),
            (label("first_visit", lang), show_date(summary.first, lang)),
            (label("last_visit", lang), show_date(summary.last, lang)),
            (label("cities", lang), join(_cities(events, lang), lang)),
            (
                label("people_met", lang),
                join((summary.person(n, lang) for n in summary.people), lang)
                or label("none", lang),
            ),
        ]
    )
    blocks: list[Block] = [Heading(country_name(summary.country, lang)), facts, Blank()]
    return View(blocks + events_table(events, record, lang), lang)


def _cities(events: Sequence[Event], lang: str) -> list[str]:
    seen: dict[str, str] = {}
    for e in events:
        seen.setdefault(e.city, place_name(e, lang))
    return list(seen.values())


def affiliation(code_or_org: str | None, lang: str = "en") -> str:
    """An ISO code as its country name; an organisation as it is."""
    if code_or_org is None:
        return ""
    if len(code_or_org) == 2 and code_or_org.isupper():
        return country_name(code_or_org, lang)
    return code_or_org


def person_view(
    person: PersonSummary, events: Sequence[Event], record: Record, lang: str = "en"
) -> View:
    name = person.name_ar if lang == "ar" and person.name_ar else person.name
    rows: list[tuple[str, Cell]] = [(label("name", lang), person.name)]
    if person.name_ar:
        rows.append((label("arabic", lang), person.name_ar))
    rows += [
        (label("role", lang), person.role or label("none", lang)),
        (label("affiliation", lang), affiliation(person.affiliation, lang) or label("none", lang)),
        (label("meetings", lang), str(person.meetings)),
        (label("first", lang), show_date(person.dates[0], lang)),
        (label("last", lang), show_date(person.dates[-1], lang)),
    ]
    return View([Heading(name), Facts(rows), Blank(), *events_table(events, record, lang)], lang)


def event_view(event: Event, lang: str = "en") -> View:
    """Everything about one event: facts, people, sources, and where sources disagree."""
    status = Span(label(f"status_{event.status.value}", lang), STATUS_ROLE[event.status])
    rows: list[tuple[str, Cell]] = [
        (label("id", lang), event.id),
        (label("dates", lang), show_range(event.start_date, event.end_date, lang)),
    ]
    if event.date_note:
        rows.append((label("date_note", lang), event.date_note))
    where = place_name(event, lang) + (f" ({event.venue})" if event.venue else "")
    rows += [
        (label("place", lang), where),
        (label("country", lang), f"{country_name(event.country, lang)} ({event.country})"),
        (label("kind", lang), label(f"kind_{event.kind.value}", lang)),
        (label("status", lang), status),
    ]
    if event.trip_id:
        rows.append((label("trip", lang), event.trip_id))
    rows += [
        (label("secretary_general", lang), event.secretary_general),
        (label("summary", lang), event.summary),
    ]
    if event.topics:
        rows.append((label("topics", lang), ", ".join(event.topics)))
    blocks: list[Block] = [Heading(event.title), Facts(rows)]
    if event.participants:
        blocks += [Blank(), Heading(label("participants", lang), "bold")]
        blocks.append(
            Table(
                [
                    Column(label("name", lang), min=20, max=30),
                    Column(label("role", lang), priority=1, min=16, lines=2, flex=2),
                    Column(label("affiliation", lang), priority=3, min=12),
                    Column(label("named_by", lang), priority=2, min=14, lines=2),
                ],
                [
                    [
                        person_name(p, lang),
                        p.role or "",
                        p.organisation or (country_name(p.country, lang) if p.country else ""),
                        ", ".join(p.sources),
                    ]
                    for p in event.participants
                ],
            )
        )
    blocks += [Blank(), Heading(label("sources", lang), "bold")]
    for s in event.sources:
        published = f", {show_date(s.published, lang)}" if s.published else ""
        source_rows: list[tuple[str, Cell]] = [
            (s.key, Span(f"{s.publisher}{published} [{s.language}]", "bold")),
            ("", s.title),
        ]
        if s.url:
            source_rows.append(("", Span(s.url, "link")))
        if s.excerpt:
            source_rows.append(("", Span(f"“{s.excerpt}”", "dim")))
        blocks.append(Facts(source_rows))
    disagreements = disagreement_lines(event, lang)
    if disagreements:
        blocks += [Blank(), Heading(label("disagree", lang), "warn"), Lines(disagreements)]
    return View(blocks, lang)


def disagreement_lines(event: Event, lang: str = "en") -> list[Line]:
    """Where sources differ, each claim with its source; and people only some name."""
    bullet = [Span("  • ")]
    lines: list[Line] = []
    for d in event.disagreements:
        lines.append(Line(text=[Span(label("on_field", lang, field=d.field), "bold")]))
        for claim in d.claims:
            lines.append(Line(lead=bullet, text=[Span(f"{claim.source}: {claim.says}")]))
    naming = {k for p in event.participants for k in p.sources}
    if len(event.sources) > 1:
        for p in event.participants:
            if naming - set(p.sources):
                keys = ", ".join(p.sources)
                text = label("named_only_by", lang, name=p.name, keys=keys)
                lines.append(Line(lead=bullet, text=[Span(text)]))
    return lines


def upcoming_empty(day: dt.date, lang: str = "en") -> View:
    return View([Note(label("nothing_announced", lang, day=show_date(day, lang)), "")], lang)
