"""natotrips map: the cartogram's counts agree with `countries`, the grid reads when
piped, and the geographic SVG holds a shape a visited country and a point a located event."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from natotrips import dataset
from natotrips.cartogram import TILES, breaks_for
from natotrips.countries import NATO_ALLIES
from natotrips.render.geomap import shapes

Invoke = Callable[..., Any]
SVG = "{http://www.w3.org/2000/svg}"

FILTERS = [
    [],
    ["--sg", "all"],
    ["--sg", "stoltenberg", "--from", "2016", "--to", "2016"],
    ["--sg", "all", "--kind", "summit"],
    ["--sg", "all", "--person", "zelenskyy"],
    ["--country", "France", "--country", "DE", "--sg", "all"],
]


def _ok(result: Any) -> str:
    assert result.exit_code == 0, result.output
    return str(result.stdout)


@pytest.mark.parametrize("args", FILTERS, ids=lambda a: " ".join(a) or "default")
def test_cells_and_counts_match_countries(invoke: Invoke, args: list[str]) -> None:
    cells = json.loads(_ok(invoke("map", *args, "-f", "json")))
    countries = json.loads(_ok(invoke("countries", *args, "-f", "json")))
    visited = {c["country"]: (c["visits"], c["days"]) for c in cells if c["visits"]}
    assert visited == {c["country"]: (c["visits"], c["days"]) for c in countries}
    codes = {c["country"] for c in cells}
    assert codes >= set(NATO_ALLIES) - {"FI", "SE", "ME", "MK"}  # members by the span's end
    for c in cells:
        placed = c["row"] is not None
        assert placed == (c["country"] in TILES)
        assert (c["level"] == 0) == (c["visits"] == 0)


def test_days_shade_by_days(invoke: Invoke) -> None:
    cells = json.loads(_ok(invoke("map", "--sg", "all", "--by", "days", "-f", "json")))
    breaks = breaks_for(c["days"] for c in cells)
    for c in cells:
        assert c["level"] == sum(1 for b in breaks if c["days"] >= b)


def test_piped_grid_is_plain_and_marks_allies_never_visited(invoke: Invoke) -> None:
    out = _ok(invoke("map", "--from", "2025-01", "--to", "2025-01"))
    assert "\x1b[" not in out
    cells = json.loads(_ok(invoke("map", "--from", "2025-01", "--to", "2025-01", "-f", "json")))
    never = [c for c in cells if c["ally"] and not c["visits"]]
    assert never
    lines = out.splitlines()
    for c in never:
        code = c["country"]
        row = next(i for i, line in enumerate(lines) if f" {code} " in f" {line} ")
        col = f" {lines[row]} ".index(f" {code} ")
        below = f" {lines[row + 1]} "[col : col + 5]
        assert "--" in below, (code, lines[row], lines[row + 1])
    assert "Allies never visited in this selection:" in out
    assert all(c["country_name"] in out for c in never)


def test_map_fits_80_columns(invoke: Invoke) -> None:
    out = _ok(invoke("map", "--sg", "all", "--width", "80"))
    assert max(len(line) for line in out.splitlines()) <= 80
    assert "Beyond Europe" in out


def test_map_in_arabic_and_french(invoke: Invoke) -> None:
    assert "الزيارات حسب البلد" in _ok(invoke("map", "--lang", "ar"))
    cells = json.loads(_ok(invoke("map", "--lang", "fr", "-f", "json")))
    assert any(c["country_name"] == "Allemagne" for c in cells)


def _located(sg: list[str]) -> tuple[int, set[str]]:
    data = dataset.load(dataset.bundled_path())
    where = {(p.city, p.country) for p in data.places if p.lat is not None}
    holders = {"all": None, "rutte": "Mark Rutte"}
    chosen = [
        e for e in data.events if holders[sg[0]] is None or e.secretary_general == holders[sg[0]]
    ]
    located = sum(1 for e in chosen if (e.city, e.country) in where)
    return located, {e.country for e in chosen}


@pytest.mark.parametrize("sg", [["all"], ["rutte"]])
def test_svg_map_has_a_shape_per_visited_country_and_a_point_per_event(
    invoke: Invoke, tmp_path: Path, sg: list[str]
) -> None:
    out = tmp_path / "map.svg"
    result = invoke("map", "--sg", *sg, "-o", str(out))
    assert result.exit_code == 0, result.output
    root = ET.parse(out).getroot()
    assert root.tag == f"{SVG}svg"
    visited = {
        p.get("data-country")
        for p in root.iter(f"{SVG}path")
        if "visited" in (p.get("class") or "").split()
    }
    located, countries = _located(sg)
    assert visited == countries & set(shapes())
    points = [c for c in root.iter(f"{SVG}circle") if c.get("class") == "event"]
    far = sum(
        int(g.get("data-events") or 0)
        for g in root.iter(f"{SVG}g")
        if g.get("class") == "far-marker"
    )
    assert len(points) + far == located
    text = " ".join(t.text or "" for t in root.iter(f"{SVG}text"))
    assert "as of 29 Nov 2026" in text and "Natural Earth" in text
    assert "http" not in out.read_text(encoding="utf-8").replace("http://www.w3.org/2000/svg", "")


def test_svg_map_refuses_to_overwrite_and_png(invoke: Invoke, tmp_path: Path) -> None:
    out = tmp_path / "map.svg"
    out.write_text("mine", encoding="utf-8")
    result = invoke("map", "-o", str(out))
    assert result.exit_code == 1
    assert "already exists" in result.stderr and out.read_text(encoding="utf-8") == "mine"
    result = invoke("map", "-o", str(tmp_path / "map.png"))
    assert result.exit_code == 2 and "SVG" in result.stderr
    assert not (tmp_path / "map.png").exists()
