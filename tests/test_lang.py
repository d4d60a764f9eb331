"""--lang fr and --lang ar on every human view and export: no place or country left in its
English name where the record (or CLDR) has one in that language.

The fixture's free text (titles, summaries, roles, sources) is replaced by neutral words
first, since the record's own text stays in the language it holds: what is left to show a
place or country name is the tool's own naming."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from natotrips.countries import country_name

FIXTURE = Path(__file__).parent / "fixtures" / "small.json"
Invoke = Callable[..., Any]

VIEWS = [
    ["list"],
    ["country", "DE"],
    ["countries"],
    ["timeline"],
    ["calendar", "2024-11", "--months", "2"],
    ["people"],
    ["person", "olaf scholz"],
    ["show", "2024-11-04-berlin"],
    ["stats"],
    ["upcoming", "--today", "2024-10-01"],
    ["map"],
]
EXPORTS = [["csv"], ["markdown"], ["geojson"], ["ics"]]


@pytest.fixture(scope="module")
def neutral(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    doc = json.loads(FIXTURE.read_text(encoding="utf-8"))
    for n, event in enumerate(doc["events"]):
        event["title"] = f"Event {n}"
        event["summary"] = "Talks."
        event.pop("venue", None)
        event.pop("date_note", None)
        event.pop("disagreements", None)
        for p in event.get("participants", []):
            p["role"] = "Minister"
            p.pop("organisation", None)
        for s in event["sources"]:
            s.update(publisher="Press", title="Report", excerpt="Words.")
            s.pop("url", None)
    path = tmp_path_factory.mktemp("lang") / "neutral.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path, doc


def _english_names(doc: dict[str, Any], lang: str) -> set[str]:
    """English names of places and countries that have another name in ``lang``."""
    names = set()
    for place in doc["places"]:
        other = place.get("names", {}).get(lang)
        if other and other != place["city"]:
            names.add(place["city"])
    for code in {e["country"] for e in doc["events"]}:
        if country_name(code, lang) != country_name(code, "en"):
            names.add(country_name(code, "en"))
    return names


@pytest.mark.parametrize("lang", ["fr", "ar"])
@pytest.mark.parametrize("args", VIEWS, ids=lambda a: " ".join(a))
def test_views_name_places_and_countries_in_the_language(
    invoke: Invoke, neutral: tuple[Path, dict[str, Any]], args: list[str], lang: str
) -> None:
    path, doc = neutral
    sg = [] if args[0] == "show" else ["--sg", "all"]
    result = invoke("--data", str(path), *args, *sg, "--lang", lang, "--width", "200")
    assert result.exit_code == 0, result.output
    out = result.stdout
    left = {name for name in _english_names(doc, lang) if name in out}
    assert not left, (args, left, out[:2000])


@pytest.mark.parametrize("lang", ["fr", "ar"])
@pytest.mark.parametrize("args", EXPORTS, ids=lambda a: a[0])
def test_exports_name_places_and_countries_in_the_language(
    invoke: Invoke, neutral: tuple[Path, dict[str, Any]], args: list[str], lang: str
) -> None:
    path, doc = neutral
    result = invoke("--data", str(path), "export", *args, "--sg", "all", "--lang", lang)
    assert result.exit_code == 0, result.output
    out = result.stdout
    left = {name for name in _english_names(doc, lang) if name in out}
    assert not left, (args, left)


def test_the_check_can_fail(invoke: Invoke, neutral: tuple[Path, dict[str, Any]]) -> None:
    """In English the same outputs do name the places: the test above is not vacuous."""
    path, doc = neutral
    out = invoke("--data", str(path), "list", "--sg", "all", "--width", "200").stdout
    assert _english_names(doc, "ar") & set(out.replace(",", " ").split())
