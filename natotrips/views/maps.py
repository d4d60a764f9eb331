"""The cartogram as a view: a tile grid of Europe and a strip of far destinations, each
tile a country code over its count, shaded by count; Allies never visited marked ``--``."""

from __future__ import annotations

from natotrips.cartogram import Cartogram, Cell
from natotrips.i18n import country_name
from natotrips.model import Measure
from natotrips.views.blocks import Blank, Block, Heading, Line, Lines, Note, Span, Tile, Tiles, View
from natotrips.views.events import Record
from natotrips.views.labels import join, label

NEVER = "--"


def count_text(value: int) -> str:
    """A count that fits a tile: 1234 → 1.2k."""
    if value < 1000:
        return str(value)
    return f"{value / 1000:.1f}k" if value < 10_000 else f"{value // 1000}k"


def tile(cell: Cell, cartogram: Cartogram) -> Tile:
    value = cell.value(cartogram.by)
    if value:
        return Tile(cell.code, count_text(value), f"heat{cartogram.level(cell)}")
    if cell.ally:
        return Tile(cell.code, NEVER, "never")
    return Tile(cell.code, "", "none")


def grid(cartogram: Cartogram) -> Tiles:
    cells = cartogram.grid
    if not cells:
        return Tiles([])
    top = min(c.row for c in cells if c.row is not None)
    rows = max(c.row for c in cells if c.row is not None) - top + 1
    left = min(c.col for c in cells if c.col is not None)
    cols = max(c.col for c in cells if c.col is not None) - left + 1
    board: list[list[Tile | None]] = [[None] * cols for _ in range(rows)]
    for c in cells:
        assert c.row is not None and c.col is not None
        board[c.row - top][c.col - left] = tile(c, cartogram)
    return Tiles(board)


def legend(cartogram: Cartogram, lang: str) -> Line:
    spans = [Span(label("shade", lang) + " ", "dim")]
    for n, text in enumerate(cartogram.classes()):
        spans += [Span(f" {text} ", f"heat{n + 1}"), Span(" ")]
    spans.append(Span(" " + label("never_mark", lang), "never"))
    return Line(text=spans)


def map_view(cartogram: Cartogram, record: Record, count: int, lang: str = "en") -> View:
    title = "map_visits" if cartogram.by is Measure.visits else "map_days"
    blocks: list[Block] = [Heading(label(title, lang)), Blank(), grid(cartogram), Blank()]
    strip = cartogram.strip
    if strip:
        blocks += [
            Heading(label("beyond_europe", lang), "bold"),
            Tiles([[tile(c, cartogram) for c in strip]], flow=True),
            Blank(),
        ]
    blocks.append(Lines([legend(cartogram, lang)]))
    never = cartogram.never()
    if never:
        names = join((sorted(country_name(c.code, lang) for c in never)), lang)
        blocks.append(Note(label("allies_never", lang, names=names), ""))
    else:
        blocks.append(Note(label("every_ally", lang), ""))
    blocks.append(record.footer(count, lang))
    return View(blocks, lang)
