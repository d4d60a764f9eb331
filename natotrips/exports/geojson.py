"""GeoJSON (RFC 7946) points for maps."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TextIO

import msgspec

from natotrips.i18n import country_name, person_label, place_name
from natotrips.model import Event, Place


def geojson(
    events: Iterable[Event], places: Iterable[Place], *, lang: str = "en"
) -> tuple[dict[str, Any], list[str]]:
    """A FeatureCollection with one feature per event, at its place's coordinates from
    the record's places table; an event whose place has none keeps ``"geometry": null``
    (RFC 7946 §3.2), and its id is returned so the caller can say so."""
    located = {(p.city, p.country): p for p in places if p.lat is not None and p.lon is not None}
    features: list[dict[str, Any]] = []
    missing: list[str] = []
    for e in events:
        place = located.get((e.city, e.country))
        geometry = None
        if place is not None:
            geometry = {"type": "Point", "coordinates": [place.lon, place.lat]}
        else:
            missing.append(e.id)
        features.append(
            {
                "type": "Feature",
                "id": e.id,
                "geometry": geometry,
                "properties": {
                    "id": e.id,
                    "title": e.title,
                    "start_date": e.start_date.isoformat(),
                    "end_date": e.end_date.isoformat(),
                    "city": place_name(e, lang),
                    "venue": e.venue,
                    "country": e.country,
                    "country_name": country_name(e.country, lang),
                    "kind": e.kind.value,
                    "status": e.status.value,
                    "secretary_general": e.secretary_general,
                    "participants": [person_label(p, lang) for p in e.participants],
                    "sources": [s.url for s in e.sources if s.url],
                    "geonames_id": place.geonames_id if place else None,
                    "coordinates_source": coordinates_source(place) if place else None,
                },
            }
        )
    return {"type": "FeatureCollection", "features": features}, missing


def coordinates_source(place: Place) -> str | None:
    """The gazetteer entry, or the page read (its URL, then what was taken from it)."""
    page = place.coordinates_page
    if page is None or not page.url:
        return place.coordinates_source
    return f"{page.url} ({place.coordinates_source})" if place.coordinates_source else page.url


def write_geojson(
    events: Iterable[Event], places: Iterable[Place], out: TextIO, *, lang: str = "en"
) -> list[str]:
    collection, missing = geojson(events, places, lang=lang)
    # msgspec, not json.dump: the standard library indents with its pure-Python encoder
    out.write(msgspec.json.format(msgspec.json.encode(collection), indent=2).decode("utf-8"))
    out.write("\n")
    return missing
