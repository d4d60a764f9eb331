"""A geographic map as SVG: the countries shaded by visits (or days), every located event
as a point at its place's cited coordinates, framed on Europe with North America as an
inset and the other far destinations as markers on the frame's edge. Offline: the outlines
are ``natotrips/shapes.json`` (Natural Earth via world-atlas, see data/README.md).

Projection: Lambert azimuthal equal-area, centred on 10°E 52°N for Europe (as EPSG:3035)
and on 96°W 45°N for the inset, so areas compare fairly.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from html import escape
from importlib import resources
from pathlib import Path

from natotrips.cartogram import Cartogram
from natotrips.dates import show_date
from natotrips.errors import UsageError
from natotrips.files import atomic_writer
from natotrips.i18n import country_name, place_name
from natotrips.model import Dataset, Event, Measure
from natotrips.render.palette import SHADES
from natotrips.views.labels import label

FONT = 'system-ui, "DejaVu Sans", "Noto Sans", "Noto Sans Arabic", Arial, sans-serif'
LAND = "#e4e2dc"
SEA = "#f4f8fb"
WIDTH = 1000.0
TOP = 64.0  # room for the title above the frame
BOTTOM = 70.0  # room for the legend and source line below it

# Points that must be inside the European frame (lon, lat): Iceland to the Caucasus,
# Lisbon to the North Cape and Baghdad.
FRAME_ANCHORS = [(-24.0, 66.5), (-10.0, 36.0), (45.0, 31.0), (50.0, 41.0), (28.0, 71.0)]
INSET_BOX = (-170.0, 14.0, -50.0, 72.0)  # North America: lon/lat that go to the inset


@dataclass(frozen=True)
class Projection:
    lon0: float
    lat0: float
    scale: float = 1.0
    dx: float = 0.0
    dy: float = 0.0

    def raw(self, lon: float, lat: float) -> tuple[float, float]:
        lam, phi = math.radians(lon - self.lon0), math.radians(lat)
        phi0 = math.radians(self.lat0)
        k = math.sqrt(
            2
            / max(
                1e-9,
                1 + math.sin(phi0) * math.sin(phi) + math.cos(phi0) * math.cos(phi) * math.cos(lam),
            )
        )
        x = k * math.cos(phi) * math.sin(lam)
        y = k * (math.cos(phi0) * math.sin(phi) - math.sin(phi0) * math.cos(phi) * math.cos(lam))
        return x, y

    def __call__(self, lon: float, lat: float) -> tuple[float, float]:
        x, y = self.raw(lon, lat)
        return x * self.scale + self.dx, -y * self.scale + self.dy


def fit(
    base: Projection, anchors: Sequence[tuple[float, float]], box: tuple[float, float, float, float]
) -> Projection:
    """``base`` scaled and moved so every anchor falls inside ``box`` (x, y, w, h)."""
    xs, ys = zip(*(base.raw(lon, lat) for lon, lat in anchors), strict=True)
    x0, y0, w, h = box
    scale = min(w / (max(xs) - min(xs)), h / (max(ys) - min(ys)))
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return Projection(base.lon0, base.lat0, scale, x0 + w / 2 - cx * scale, y0 + h / 2 + cy * scale)


@functools.cache
def shapes() -> dict[str, list[list[float]]]:
    text = resources.files("natotrips").joinpath("shapes.json").read_text(encoding="utf-8")
    countries: dict[str, list[list[float]]] = json.loads(text)["countries"]
    return countries


def path_d(rings: Iterable[list[float]], project: Projection) -> str:
    parts = []
    for ring in rings:
        points = [project(ring[i], ring[i + 1]) for i in range(0, len(ring), 2)]
        parts.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in points) + "Z")
    return "".join(parts)


def tag(name: str, attrs: Mapping[str, object], body: str | None = None) -> str:
    """One SVG element; ``body`` is escaped text (None: a self-closing element)."""
    parts = " ".join(
        f'{k.rstrip("_").replace("_", "-")}="{escape(str(v))}"' for k, v in attrs.items()
    )
    if body is None:
        return f"<{name} {parts}/>"
    return f"<{name} {parts}>{escape(body)}</{name}>"


def in_box(lon: float, lat: float, box: tuple[float, float, float, float]) -> bool:
    return box[0] <= lon <= box[2] and box[1] <= lat <= box[3]


def write_map(
    path: Path,
    cartogram: Cartogram,
    events: Sequence[Event],
    data: Dataset,
    *,
    lang: str = "en",
    force: bool = False,
) -> None:
    if path.suffix.lower() != ".svg":
        raise UsageError(
            f"{path}: map files are SVG (-o map.svg); for a PNG, convert the SVG "
            "(e.g. rsvg-convert map.svg -o map.png): no well-kept pure-Python rasteriser exists"
        )
    svg = render_map(cartogram, events, data, lang=lang)
    with atomic_writer(path, force=force) as handle:
        handle.write(svg)


def render_map(
    cartogram: Cartogram, events: Sequence[Event], data: Dataset, *, lang: str = "en"
) -> str:
    frame_h = WIDTH * 0.78
    height = TOP + frame_h + BOTTOM
    frame = (0.0, TOP, WIDTH, frame_h)
    europe = fit(Projection(10.0, 52.0), FRAME_ANCHORS, (20.0, TOP + 10, WIDTH - 40, frame_h - 20))
    coords = {
        (p.city, p.country): (p.lon, p.lat)
        for p in data.places
        if p.lat is not None and p.lon is not None
    }
    located = [(e, coords[e.city, e.country]) for e in events if (e.city, e.country) in coords]
    rtl = lang == "ar"
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH:.0f} {height:.0f}" '
        f'width="{WIDTH:.0f}" height="{height:.0f}" font-family=\'{FONT}\'>',
        f"<title>{escape(_title(cartogram, lang))}</title>",
        "<style>"
        "text{fill:#24292f;unicode-bidi:isolate}"
        f".land{{fill:{LAND};stroke:#fff;stroke-width:.6}}"
        + "".join(
            f".lv{n + 1}{{fill:{c};stroke:#fff;stroke-width:.6}}" for n, c in enumerate(SHADES)
        )
        + ".never{stroke:#cf222e;stroke-width:1.4;stroke-dasharray:3 2}"
        ".event{fill:#cf222e;fill-opacity:.35;stroke:#fff;stroke-width:.4}"
        ".far{fill:#cf222e}.small{font-size:11px}"
        ".halo{stroke:#fff;stroke-width:3px;paint-order:stroke}.note{font-size:12px;fill:#57606a}"
        "</style>",
        f'<rect width="{WIDTH:.0f}" height="{height:.0f}" fill="#fff"/>',
        '<clipPath id="frame">' + _rect(frame) + "</clipPath>",
        _rect(frame, fill=SEA),
        '<g clip-path="url(#frame)">',
    ]
    out += _countries(cartogram, europe, lang)
    inside = [(e, ll) for e, ll in located if _on_frame(europe, ll, frame)]
    out += [_point(e, ll, europe, lang) for e, ll in inside]
    out += _labels(inside, europe, lang)
    out.append("</g>")
    inset_events = [
        (e, ll) for e, ll in located if not _on_frame(europe, ll, frame) and in_box(*ll, INSET_BOX)
    ]
    if inset_events:
        out += _inset(cartogram, inset_events, frame, lang)
    shown = {e.id for e, _ in inside} | {e.id for e, _ in inset_events}
    out += _edge_markers([(e, ll) for e, ll in located if e.id not in shown], europe, frame, lang)
    out += _legend(cartogram, frame, lang)
    out += _texts(cartogram, events, located, data, height, lang, rtl)
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _rect(box: tuple[float, float, float, float], **attrs: object) -> str:
    return tag("rect", {"x": box[0], "y": box[1], "width": box[2], "height": box[3], **attrs})


def _on_frame(
    project: Projection, lonlat: tuple[float, float], frame: tuple[float, float, float, float]
) -> bool:
    x, y = project(*lonlat)
    return (
        frame[0] + 4 <= x <= frame[0] + frame[2] - 4
        and frame[1] + 4 <= y <= frame[1] + frame[3] - 4
    )


def _title(cartogram: Cartogram, lang: str) -> str:
    return label("map_visits" if cartogram.by is Measure.visits else "map_days", lang)


def _countries(cartogram: Cartogram, project: Projection, lang: str) -> list[str]:
    cells = {c.code: c for c in cartogram.cells}
    unit = label("visits" if cartogram.by is Measure.visits else "days", lang).lower()
    back, front = [], []
    for code, rings in shapes().items():
        d = path_d(rings, project)
        cell = cells.get(code)
        level = cartogram.level(cell) if cell else 0
        if level:
            assert cell is not None
            tip = f"{country_name(code, lang)}: {cell.value(cartogram.by)} {unit}"
            front.append(
                f'<path class="visited lv{level}" data-country="{code}" d="{d}">'
                f"<title>{escape(tip)}</title></path>"
            )
        elif cell is not None and cell.ally:
            front.append(f'<path class="land never" data-country="{code}" d="{d}"/>')
        else:
            back.append(f'<path class="land" data-country="{code}" d="{d}"/>')
    return back + front


def _point(event: Event, lonlat: tuple[float, float], project: Projection, lang: str) -> str:
    x, y = project(*lonlat)
    tip = f"{show_date(event.start_date, lang)} · {place_name(event, lang)} · {event.title}"
    return (
        f'<circle class="event" data-id="{escape(event.id)}" cx="{x:.1f}" cy="{y:.1f}" r="4">'
        f"<title>{escape(tip)}</title></circle>"
    )


def _labels(
    located: Sequence[tuple[Event, tuple[float, float]]],
    project: Projection,
    lang: str,
    right: float = WIDTH,
) -> list[str]:
    """The names of the eight places with most events; a name that would overlap one
    already placed (busier places first) is left out."""
    count: dict[tuple[float, float], list[Event]] = {}
    for e, ll in located:
        count.setdefault(ll, []).append(e)
    top = sorted(count.items(), key=lambda kv: -len(kv[1]))[:8]
    out = []
    placed: list[tuple[float, float, float, float]] = []
    for ll, evs in top:
        x, y = project(*ll)
        name = f"{place_name(evs[0], lang)} {len(evs)}"
        width = 6.2 * len(name)  # about 11px text
        left = x + 6 + width > right - 4  # no room on the right: the name goes on the left
        box = (
            (x - 6 - width, y - 15, x - 6, y - 2) if left else (x + 6, y - 15, x + 6 + width, y - 2)
        )
        if any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in placed):
            continue
        placed.append(box)
        attrs = {"class": "small halo", "x": f"{x + (-6 if left else 6):.1f}", "y": f"{y - 5:.1f}"}
        if left:
            attrs["text_anchor"] = "end"
        out.append(tag("text", attrs, name))
    return out


def _inset(
    cartogram: Cartogram,
    located: Sequence[tuple[Event, tuple[float, float]]],
    frame: tuple[float, float, float, float],
    lang: str,
) -> list[str]:
    w, h = 230.0, 170.0
    x0, y0 = frame[0] + 10, frame[1] + frame[3] - h - 10
    project = fit(
        Projection(-96.0, 45.0),
        [(-125.0, 49.0), (-67.0, 45.0), (-97.0, 25.0), (-80.0, 25.0), (-110.0, 60.0)],
        (x0 + 8, y0 + 18, w - 16, h - 26),
    )
    cells = {c.code: c for c in cartogram.cells}
    out = [
        '<g class="inset">' + _rect((x0, y0, w, h), fill=SEA, stroke="#8c959f"),
        f'<clipPath id="inset"><rect x="{x0}" y="{y0}" width="{w}" height="{h}"/></clipPath>',
        '<g clip-path="url(#inset)">',
    ]
    for code in ("CA", "US", "MX", "CU"):
        rings = shapes().get(code)
        if not rings:
            continue
        cell = cells.get(code)
        level = cartogram.level(cell) if cell else 0
        cls = f"visited lv{level}" if level else "land never" if cell and cell.ally else "land"
        out.append(f'<path class="{cls}" data-country="{code}" d="{path_d(rings, project)}"/>')
    out += [_point(e, ll, project, lang) for e, ll in located]
    out += _labels(located, project, lang, right=x0 + w)[:3]
    out.append("</g>")
    out.append(
        tag("text", {"class": "small", "x": x0 + 6, "y": y0 + 13}, label("north_america", lang))
        + "</g>"
    )
    return out


def _edge_markers(
    located: Sequence[tuple[Event, tuple[float, float]]],
    project: Projection,
    frame: tuple[float, float, float, float],
    lang: str,
) -> list[str]:
    """Events off the map: a marker per country on the frame's edge, pointing its way."""
    by_country: dict[str, list[tuple[float, float]]] = {}
    for e, ll in located:
        by_country.setdefault(e.country, []).append(ll)
    x0, y0, w, h = frame
    cx, cy = x0 + w / 2, y0 + h / 2
    out = []
    used: list[float] = []
    for code, points in sorted(by_country.items(), key=lambda kv: -len(kv[1])):
        lon = sum(p[0] for p in points) / len(points)
        lat = sum(p[1] for p in points) / len(points)
        angle = _bearing(project, lon, lat, cx, cy)
        ex, ey = _edge(cx, cy, angle, frame, inset=14)
        while any(abs(ey - u) < 16 for u in used) and y0 + 20 < ey < y0 + h - 20:
            ey += 16
        used.append(ey)
        dx, dy = math.cos(angle), math.sin(angle)
        tip = (ex + dx * 9, ey + dy * 9)
        left = (ex - dy * 6, ey + dx * 6)
        right = (ex + dy * 6, ey - dx * 6)
        anchor = "end" if dx > 0.3 else "start" if dx < -0.3 else "middle"
        tx = ex - dx * 10
        name = f"{country_name(code, lang)} {len(points)}"
        out.append(
            f'<g class="far-marker" data-country="{code}" data-events="{len(points)}">'
            + tag("polygon", {"class": "far", "points": _points(tip, left, right)})
            + tag(
                "text",
                {
                    "class": "small halo",
                    "x": f"{tx:.1f}",
                    "y": f"{ey + 4:.1f}",
                    "text_anchor": anchor,
                },
                name,
            )
            + "</g>"
        )
    return out


def _points(*points: tuple[float, float]) -> str:
    return " ".join(f"{x:.1f},{y:.1f}" for x, y in points)


def _bearing(project: Projection, lon: float, lat: float, cx: float, cy: float) -> float:
    """Screen angle from the frame's centre towards (lon, lat), along the great circle."""
    # step a little way along the great circle so far points (antipodes) still point right
    lat0, lon0 = math.radians(52.0), math.radians(10.0)
    lat1, lon1 = math.radians(lat), math.radians(lon)
    dlon = lon1 - lon0
    bearing = math.atan2(
        math.sin(dlon) * math.cos(lat1),
        math.cos(lat0) * math.sin(lat1) - math.sin(lat0) * math.cos(lat1) * math.cos(dlon),
    )
    return bearing - math.pi / 2  # north is up (-y), east is +x


def _edge(
    cx: float, cy: float, angle: float, frame: tuple[float, float, float, float], inset: float
) -> tuple[float, float]:
    x0, y0, w, h = frame
    dx, dy = math.cos(angle), math.sin(angle)
    ts = []
    if dx:
        ts += [((x0 + inset) - cx) / dx, ((x0 + w - inset) - cx) / dx]
    if dy:
        ts += [((y0 + inset) - cy) / dy, ((y0 + h - inset) - cy) / dy]
    t = min(t for t in ts if t > 0)
    return cx + dx * t, cy + dy * t


def _legend(cartogram: Cartogram, frame: tuple[float, float, float, float], lang: str) -> list[str]:
    y = frame[1] + frame[3] + 22
    x = 20.0
    out = [
        '<g class="legend">'
        + tag("text", {"x": x, "y": y + 4, "class": "small"}, label("shade", lang))
    ]
    x += 60
    for n, text in enumerate(cartogram.classes()):
        out.append(f'<rect x="{x}" y="{y - 8}" width="18" height="14" class="lv{n + 1}"/>')
        out.append(f'<text x="{x + 22}" y="{y + 4}" class="small">{text}</text>')
        x += 34 + 7 * len(text)
    out.append(f'<rect x="{x}" y="{y - 8}" width="18" height="14" class="land never"/>')
    out.append(
        tag("text", {"x": x + 22, "y": y + 4, "class": "small"}, label("never_visited", lang))
    )
    x += 40 + 7 * len(label("never_visited", lang))
    out.append(f'<circle cx="{x}" cy="{y - 1}" r="4" class="event key"/>')
    out.append(
        f'<text x="{x + 9}" y="{y + 4}" class="small">{escape(label("one_event", lang))}</text></g>'
    )
    return out


def _texts(
    cartogram: Cartogram,
    events: Sequence[Event],
    located: Sequence[tuple[Event, tuple[float, float]]],
    data: Dataset,
    height: float,
    lang: str,
    rtl: bool,
) -> list[str]:
    holders = sorted({e.secretary_general for e in events})
    span = ""
    if events:
        first = min(e.start_date for e in events)
        last = max(e.end_date for e in events)
        span = f"{show_date(first, lang)} – {show_date(last, lang)}"
    sub = label(
        "map_sub",
        lang,
        who=", ".join(holders) or "—",
        span=span or "—",
        count=len(events),
        as_of=show_date(data.as_of, lang),
    )
    unlocated = len(events) - len(located)
    if unlocated:
        sub += " " + label("map_unlocated", lang, n=unlocated)
    # in right-to-left text, "start" is the right-hand end
    x, anchor = (WIDTH - 20, "start") if rtl else (20.0, "start")
    common: dict[str, object] = {"x": x, "text_anchor": anchor}
    if rtl:
        common["direction"] = "rtl"
    title = {"y": 30, "font_size": 20, "font_weight": "bold", **common}
    return [
        tag("text", title, _title(cartogram, lang)),
        tag("text", {"y": 52, "class": "note", **common}, sub),
        tag("text", {"y": height - 14, "class": "note", **common}, label("map_source", lang)),
    ]
