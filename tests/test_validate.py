from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import msgspec
import pytest
from conftest import minimal_event

from natotrips import dataset
from natotrips.model import Dataset
from natotrips.validate import validate

Invoke = Callable[..., Any]


def _check(*events: dict[str, Any], as_of: str = "2026-11-29") -> list[str]:
    data = msgspec.convert({"as_of": as_of, "events": list(events)}, Dataset, strict=False)
    return [str(f) for f in validate(data)]


def test_bundled_data_has_no_findings() -> None:
    data = dataset.load(dataset.bundled_path())
    assert [str(f) for f in validate(data)] == []


def test_planted_duplicate_in_bundled_data_is_caught() -> None:
    data = dataset.load(dataset.bundled_path())
    doc = msgspec.to_builtins(data)
    twin = dict(doc["events"][0], id="planted-twin")
    doc["events"].append(twin)
    findings = [str(f) for f in validate(msgspec.convert(doc, Dataset))]
    assert any("planted-twin" in f and f.startswith("duplicate") for f in findings)


def test_same_day_same_place() -> None:
    [finding] = _check(minimal_event(id="a"), minimal_event(id="b", city="paris"))
    assert finding.startswith("duplicate") and "same day and place" in finding


def test_overlapping_dates_in_one_place() -> None:
    findings = _check(
        minimal_event(id="a", start_date="2024-11-10", end_date="2024-11-12"),
        minimal_event(id="b", start_date="2024-11-11", end_date="2024-11-13"),
    )
    assert findings == ["duplicate: a and b: overlapping dates in one place (Paris, 2024-11-10)"]


def test_two_countries_at_once() -> None:
    findings = _check(
        minimal_event(id="a", start_date="2024-11-10", end_date="2024-11-14"),
        minimal_event(
            id="b", city="Berlin", country="DE", start_date="2024-11-12", end_date="2024-11-12"
        ),
    )
    assert findings and findings[0].startswith("overlap")


def test_travel_day_is_not_an_overlap() -> None:
    assert (
        _check(
            minimal_event(id="a", city="Mons", country="BE"),
            minimal_event(id="b", city="Wiesbaden", country="DE"),
        )
        == []
    )


def test_outside_term_and_held_in_future() -> None:
    findings = _check(
        minimal_event(id="early", start_date="2024-09-30", end_date="2024-09-30"),
        minimal_event(id="future", start_date="2030-01-01", end_date="2030-01-01"),
        as_of="2026-11-29",
    )
    assert any("early" in f and "term" in f for f in findings)
    assert any("future" in f and "held" in f for f in findings)


def test_unknown_secretary_general() -> None:
    assert any(
        "unknown Secretary General" in f for f in _check(minimal_event(secretary_general="Nobody"))
    )


def test_one_person_spelled_two_ways() -> None:
    a = minimal_event(id="a")
    b = minimal_event(id="b", city="Lyon", start_date="2024-12-01", end_date="2024-12-01")
    b["participants"] = [{"name": "Emanuel Macron", "sources": ["s1"]}]
    c = minimal_event(id="c", city="Nice", start_date="2025-01-01", end_date="2025-01-01")
    c["participants"] = [{"name": "EMMANUEL MACRON", "sources": ["s1"]}]
    findings = _check(a, b, c)
    assert sum(f.startswith("spelling") for f in findings) == 2


def test_one_person_with_and_without_a_title() -> None:
    a = minimal_event(id="a")
    a["participants"] = [{"name": "Harald V", "sources": ["s1"]}]
    b = minimal_event(id="b", city="Lyon", start_date="2024-12-01", end_date="2024-12-01")
    b["participants"] = [{"name": "King Harald V", "sources": ["s1"]}]
    findings = _check(a, b)
    assert any("with and without a title: Harald V / King Harald V" in f for f in findings)


def test_unknown_country_and_bad_end(tmp_path: Path) -> None:
    findings = _check(minimal_event(country="ZZ"))
    assert any("unknown country code 'ZZ'" in f for f in findings)


def test_cli_validate_ok(invoke: Invoke) -> None:
    result = invoke("validate")
    assert result.exit_code == 0, result.output
    assert "OK" in result.stdout


def test_cli_validate_lists_every_finding(invoke: Invoke, write_data: Callable[..., Path]) -> None:
    path = write_data(
        [
            minimal_event(id="a"),
            minimal_event(id="b"),
            minimal_event(id="c", country="ZZ", city="X"),
        ]
    )
    result = invoke("validate", str(path))
    assert result.exit_code == 1
    lines = result.stdout.strip().splitlines()
    assert any("duplicate" in ln for ln in lines)
    assert any("unknown country code 'ZZ'" in ln for ln in lines)


@pytest.mark.parametrize("raw", [b"{", b"null", b""])
def test_cli_validate_unreadable(
    invoke: Invoke, write_data: Callable[..., Path], raw: bytes
) -> None:
    assert invoke("validate", str(write_data(raw=raw))).exit_code == 2


def test_different_venues_on_one_day_are_two_events() -> None:
    assert (
        _check(
            minimal_event(id="a", venue="NATO Headquarters"),
            minimal_event(id="b", venue="Official residence"),
        )
        == []
    )
    # ... but an unknown venue could be either, so it is flagged
    assert _check(minimal_event(id="a", venue="NATO Headquarters"), minimal_event(id="b"))


def _places(*places: dict[str, Any]) -> list[str]:
    event = minimal_event()
    doc = {"as_of": "2026-11-29", "events": [event], "places": list(places)}
    data = msgspec.convert(doc, Dataset, strict=False)
    return [str(f) for f in validate(data) if str(f).startswith("places")]


def _page(excerpt: str, lang: str = "fr") -> dict[str, Any]:
    return {
        "key": "p",
        "publisher": "P",
        "title": "T",
        "language": lang,
        "url": "https://example.org/p",
        "excerpt": excerpt,
    }


def test_place_names_and_coordinates_need_their_sources() -> None:
    city = minimal_event()["city"]
    country = minimal_event()["country"]
    base = {"city": city, "country": country}
    assert _places(base) == []
    # a French name whose page says it: fine; whose page does not: a finding
    assert (
        _places({**base, "names": {"fr": "Lutèce"}, "name_pages": {"fr": _page("à Lutèce")}}) == []
    )
    found = _places({**base, "names": {"fr": "Lutèce"}, "name_pages": {"fr": _page("ailleurs")}})
    assert any("fr name 'Lutèce' is not in its source's words" in f for f in found)
    assert any("name without a source" in f for f in _places({**base, "names": {"ar": "س"}}))
    # coordinates: from a gazetteer entry or a cited page, else a finding
    assert any(
        "coordinates without a cited source" in f for f in _places({**base, "lat": 1.0, "lon": 2.0})
    )
    page = {**base, "lat": 1.0, "lon": 2.0, "coordinates_page": _page("1°N 2°E", "en")}
    assert _places(page) == []
