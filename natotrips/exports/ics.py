"""iCalendar (RFC 5545): one all-day event per trip or meeting, stable UIDs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TextIO

from natotrips.i18n import country_name, person_label, place_name
from natotrips.model import Event, Status

PRODID = "-//natotrips//natotrips//EN"
UID_DOMAIN = "natotrips"
_ICS_STATUS = {
    Status.HELD: "CONFIRMED",
    Status.ANNOUNCED: "TENTATIVE",
    Status.CANCELLED: "CANCELLED",
    Status.UNCONFIRMED: "TENTATIVE",
}


def _names(e: Event, lang: str) -> list[str]:
    return [person_label(p, lang) for p in e.participants]


def location(e: Event, lang: str = "en") -> str:
    venue = f" ({e.venue})" if e.venue else ""
    return f"{place_name(e, lang)}{venue}, {country_name(e.country, lang)}"


def description(e: Event, lang: str = "en") -> str:
    lines = [e.summary]
    if e.participants:
        lines += ["", "Met: " + "; ".join(_names(e, lang))]
    if e.date_note:
        lines += ["", "Date: " + e.date_note]
    lines += ["", "Sources:"]
    for s in e.sources:
        lines.append(f"- {s.publisher}: {s.title}" + (f" <{s.url}>" if s.url else ""))
    return "\n".join(lines)


def write_ics(events: Iterable[Event], out: TextIO, *, stamp: dt.date, lang: str = "en") -> None:
    """One all-day VEVENT per event. UIDs come from event ids and DTSTAMP from the
    dataset's ``as_of``, so the same data always gives the same file."""
    from icalendar import Calendar
    from icalendar import Event as VEvent

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "NATO Secretary General: trips and meetings")
    stamp_dt = dt.datetime.combine(stamp, dt.time(), tzinfo=dt.UTC)
    for e in events:
        vevent = VEvent()
        vevent.add("uid", f"{e.id}@{UID_DOMAIN}")
        vevent.add("dtstamp", stamp_dt)
        vevent.add("dtstart", e.start_date)
        vevent.add("dtend", e.end_date + dt.timedelta(days=1))  # exclusive, RFC 5545 3.6.1
        vevent.add("summary", e.title)
        vevent.add("location", location(e, lang))
        vevent.add("description", description(e, lang))
        vevent.add("status", _ICS_STATUS[e.status])
        vevent.add("categories", [e.kind.value, *e.topics])
        url = next((s.url for s in e.sources if s.url), None)
        if url:
            vevent.add("url", url)
        cal.add_component(vevent)
    out.write(cal.to_ical().decode("utf-8"))  # CRLF line ends, as RFC 5545 requires
