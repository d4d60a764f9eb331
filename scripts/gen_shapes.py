"""Write natotrips/shapes.json, the country outlines that `natotrips map -o` draws (a
maintainer's tool; the result is committed, nothing is fetched at run time).

Source: world-atlas 2.0.2 (npm; ISC licence, Mike Bostock), a TopoJSON redistribution of
Natural Earth 4.1.0 Admin 0 countries at 1:50m (public domain). The arcs are decoded,
each country's rings simplified (Douglas-Peucker, 0.05 degrees), and only the countries
that reach the map's frame (Europe and its neighbourhood) or its North America inset are
kept. Countries are keyed by ISO 3166-1 alpha-2 (the record's codes); Kosovo, which has no
numeric code, is taken by name as XK.

    curl -sSO https://registry.npmjs.org/world-atlas/-/world-atlas-2.0.2.tgz
    tar xzf world-atlas-2.0.2.tgz
    pip install pycountry && python scripts/gen_shapes.py package/countries-50m.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pycountry

OUT = Path(__file__).resolve().parent.parent / "natotrips" / "shapes.json"
TOLERANCE = 0.05
# lon/lat boxes: the European frame and the North America inset
BOXES = [(-35.0, 24.0, 66.0, 84.0), (-170.0, 14.0, -50.0, 84.0)]
BY_NAME = {"Kosovo": "XK"}


Point = tuple[float, float]


def decode(topo: dict[str, Any]) -> list[list[Point]]:
    """TopoJSON arcs (delta-encoded, quantized) as lists of lon/lat points."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(arcs: list[list[Point]], indexes: list[int]) -> list[Point]:
    points: list[Point] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def simplify(points: list[Point], tolerance: float) -> list[Point]:
    """Douglas-Peucker, iterative."""
    if len(points) < 4:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        (x1, y1), (x2, y2) = points[a], points[b]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        far, index = 0.0, -1
        for i in range(a + 1, b):
            px, py = points[i]
            if norm:
                d = abs(dy * px - dx * py + x2 * y1 - y2 * x1) / norm
            else:
                d = ((px - x1) ** 2 + (py - y1) ** 2) ** 0.5
            if d > far:
                far, index = d, i
        if far > tolerance and index > 0:
            keep[index] = True
            stack += [(a, index), (index, b)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def inside(points: list[Point]) -> bool:
    return any(x0 <= x <= x1 and y0 <= y <= y1 for x, y in points for x0, y0, x1, y1 in BOXES)


def code_of(geometry: dict[str, Any]) -> str | None:
    name = geometry.get("properties", {}).get("name", "")
    if name in BY_NAME:
        return BY_NAME[name]
    numeric = geometry.get("id")
    if not numeric:
        return None
    country = pycountry.countries.get(numeric=numeric)
    return country.alpha_2 if country else None


def main(path: str) -> None:
    topo = json.loads(Path(path).read_text(encoding="utf-8"))
    arcs = decode(topo)
    countries: dict[str, list[list[float]]] = {}
    for geometry in topo["objects"]["countries"]["geometries"]:
        code = code_of(geometry)
        if code is None:
            continue
        polygons = geometry["arcs"]
        if geometry["type"] == "Polygon":
            polygons = [polygons]
        rings = []
        for polygon in polygons:
            for indexes in polygon:
                points = simplify(ring(arcs, indexes), TOLERANCE)
                if len(points) >= 4 and inside(points):
                    rings.append([round(v, 2) for p in points for v in p])
        if rings:
            countries.setdefault(code, []).extend(rings)
    doc = {
        "source": "Natural Earth 4.1.0 Admin 0 countries, 1:50m (public domain), via "
        "world-atlas 2.0.2 (ISC licence); simplified by scripts/gen_shapes.py",
        "tolerance_degrees": TOLERANCE,
        "format": "alpha-2 code -> rings; a ring is a flat list lon1, lat1, lon2, lat2, ...",
        "countries": dict(sorted(countries.items())),
    }
    OUT.write_text(json.dumps(doc, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(countries)} countries, {OUT.stat().st_size / 1e3:.0f} kB")


if __name__ == "__main__":
    main(sys.argv[1])
