"""The tile-grid cartogram: one cell a country, placed roughly where it lies, the way
newspapers draw Europe; countries off the grid (the far destinations) go to a strip.

Pure: counts come from ``summary.summarise_countries``, so a cell always says what
``natotrips countries`` says for the same selection.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from natotrips.countries import members_on
from natotrips.model import Dataset, Event, Measure
from natotrips.summary import summarise_countries

# (row, column) of each country on the grid. Rows run north to south, columns west to
# east. Only the neighbourhood of the Allies in Europe is placed; the rest is "far".
TILES: dict[str, tuple[int, int]] = {
    "IS": (0, 0),
    "NO": (0, 5),
    "SE": (0, 6),
    "FI": (0, 7),
    "DK": (1, 5),
    "EE": (1, 8),
    "IE": (2, 1),
    "GB": (2, 2),
    "NL": (2, 4),
    "DE": (2, 5),
    "PL": (2, 6),
    "LT": (2, 7),
    "LV": (2, 8),
    "BE": (3, 3),
    "LU": (3, 4),
    "CZ": (3, 5),
    "SK": (3, 6),
    "BY": (3, 7),
    "RU": (3, 8),
    "FR": (4, 3),
    "CH": (4, 4),
    "AT": (4, 5),
    "HU": (4, 6),
    "UA": (4, 7),
    "PT": (5, 1),
    "ES": (5, 2),
    "IT": (5, 4),
    "SI": (5, 5),
    "HR": (5, 6),
    "RO": (5, 7),
    "MD": (5, 8),
    "MT": (6, 4),
    "BA": (6, 5),
    "RS": (6, 6),
    "BG": (6, 7),
    "GE": (6, 9),
    "ME": (7, 5),
    "XK": (7, 6),
    "MK": (7, 7),
    "TR": (7, 8),
    "AM": (7, 9),
    "AZ": (7, 10),
    "AL": (8, 5),
    "GR": (8, 6),
    "CY": (8, 8),
    "TN": (9, 3),
    "LY": (9, 4),
    "EG": (9, 7),
    "IL": (9, 8),
    "JO": (9, 9),
    "IQ": (9, 10),
}


@dataclass(frozen=True)
class Cell:
    """One country of the map. ``row``/``col`` are None for a far destination."""

    code: str
    visits: int
    days: int
    ally: bool
    row: int | None
    col: int | None

    @property
    def far(self) -> bool:
        return self.row is None

    def value(self, by: Measure) -> int:
        return self.visits if by is Measure.visits else self.days


@dataclass(frozen=True)
class Cartogram:
    cells: list[Cell]
    by: Measure
    breaks: list[int]  # lower bound of each shade, from the lightest

    def level(self, cell: Cell) -> int:
        """0 for none, else 1 (lightest) .. len(breaks) (darkest)."""
        value = cell.value(self.by)
        if value <= 0:
            return 0
        return sum(1 for b in self.breaks if value >= b)

    @property
    def grid(self) -> list[Cell]:
        return [c for c in self.cells if not c.far]

    @property
    def strip(self) -> list[Cell]:
        """Far destinations, most visited first."""
        far = [c for c in self.cells if c.far]
        return sorted(far, key=lambda c: (-c.value(self.by), c.code))

    def classes(self) -> list[str]:
        """The range of each shade, lightest first, as the legends print it: 1, 2–3, ..."""
        top = max((c.value(self.by) for c in self.cells), default=0)
        out = []
        for n, low in enumerate(self.breaks):
            high = self.breaks[n + 1] - 1 if n + 1 < len(self.breaks) else top
            out.append(str(low) if high <= low else f"{low}–{high}")
        return out

    def never(self) -> list[Cell]:
        """Allies with nothing in the selection."""
        return [c for c in self.cells if c.ally and c.value(self.by) == 0]


def breaks_for(values: Iterable[int], shades: int = 5) -> list[int]:
    """Lower bounds of ``shades`` classes on a doubling scale that reaches the top value:
    1, 2, 4, 8, ... stretched so the darkest class holds the largest counts."""
    top = max(values, default=0)
    if top <= 0:
        return [1]
    bounds = [1]
    step = max(2.0, top ** (1 / shades))
    while len(bounds) < shades:
        nxt = max(bounds[-1] + 1, round(bounds[-1] * step))
        if nxt > top:
            break
        bounds.append(nxt)
    return bounds


def for_record(events: Sequence[Event], data: Dataset, by: Measure = Measure.visits) -> Cartogram:
    """The map of ``events`` from ``data``: the Allies on the selection's last day (or on
    ``as_of``), and every country of the whole record, so the map keeps its shape."""
    last = max((e.end_date for e in events), default=data.as_of)
    return build(
        events,
        allies=members_on(min(last, data.as_of)),
        known={e.country for e in data.events},
        by=by,
    )


def build(
    events: Sequence[Event],
    *,
    allies: Iterable[str],
    known: Iterable[str] = (),
    by: Measure = Measure.visits,
) -> Cartogram:
    """Cells for every Ally, every country in ``known`` (the whole record's countries, so
    the map keeps its shape under filters) and every country of ``events``."""
    summaries = {s.country: s for s in summarise_countries(events)}
    ally_set = set(allies)
    codes = ally_set | set(known) | set(summaries)
    cells = []
    for code in sorted(codes):
        s = summaries.get(code)
        row, col = TILES.get(code, (None, None))
        cells.append(
            Cell(
                code=code,
                visits=s.visits if s else 0,
                days=s.days if s else 0,
                ally=code in ally_set,
                row=row,
                col=col,
            )
        )
    values = [c.value(by) for c in cells]
    return Cartogram(cells=cells, by=by, breaks=breaks_for(values))
