"""Lay a view out for a width: the one layout every renderer draws.

``layout(view, width)`` gives lines of pieces ``(text, role, isolated)``. ``width=None`` is
for pipes and files: nothing is cut or wrapped, one table row per line. With a width, table
columns are chosen by priority, cells wrap to their column's line limit and are then cut
with ``…``, and preformatted lines wrap with their continuation indented under their text.
``isolated`` marks a table cell or value, whose direction must not leak into its
neighbours: renderers isolate it (``<bdi>`` in HTML) and a bidi transform reorders it alone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from natotrips.terminal import cell_width, logical, printable
from natotrips.views.blocks import (
    Blank,
    Block,
    Column,
    Facts,
    Heading,
    Line,
    Lines,
    Note,
    Span,
    Table,
    Tiles,
    View,
    span,
)


class Piece(NamedTuple):
    text: str
    role: str = ""
    isolated: bool = False


Row = list[Piece]
Transform = Callable[[str], str]
GAP = 2
ELLIPSIS = "…"


def layout(
    view: View,
    width: int | None,
    *,
    terminal: bool = False,
    transform: Transform = logical,
) -> list[Row]:
    """The lines of ``view`` at ``width`` (None: unbounded). ``transform`` is applied to
    each isolated piece after it is cut to size (bidi reordering on terminals)."""
    out: list[Row] = []
    for block in view.blocks:
        out.extend(_block(block, width, terminal, transform))
    return out


def _block(block: Block, width: int | None, terminal: bool, tf: Transform) -> list[Row]:
    if isinstance(block, Heading):
        return [[Piece(tf(printable(block.text)), block.role, True)]]
    if isinstance(block, Blank):
        return [[]]
    if isinstance(block, Note):
        if block.terminal_only and not terminal:
            return []
        return [
            [Piece(tf(text), block.role, True)]
            for text in wrap(printable(block.text), width, hang=0)
        ]
    if isinstance(block, Facts):
        return _facts(block, width, tf)
    if isinstance(block, Lines):
        return [row for line in block.lines for row in _line(line, width, tf)]
    if isinstance(block, Tiles):
        return _tiles(block, width, tf)
    return _table(block, width, tf)


# ---- words ----------------------------------------------------------------------------------


def cut(text: str, width: int) -> str:
    """``text`` cut to ``width`` columns, ending in ``…`` when anything was cut."""
    if cell_width(text) <= width:
        return text
    if width <= 0:
        return ""
    out, used = [], 0
    for ch in text:
        w = cell_width(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out).rstrip() + ELLIPSIS


def wrap(text: str, width: int | None, *, hang: int = 0, lines: int | None = None) -> list[str]:
    """Greedy word wrap to ``width``; continuation lines are ``width - hang`` wide. With
    ``lines``, at most that many lines, the last cut with ``…``."""
    if width is None or cell_width(text) <= width:
        return [text]
    words = text.split(" ")
    result: list[str] = []
    current = ""
    room = width
    for word in words:
        candidate = f"{current} {word}" if current else word
        if cell_width(candidate) <= room:
            current = candidate
            continue
        if current:
            result.append(current)
            room = max(1, width - hang)
        while cell_width(word) > room:  # a word longer than the line: hard break
            head = cut(word, room + 1)[:-1] if room > 1 else word[:1]
            head = head or word[:1]
            result.append(head)
            word = word[len(head) :]
            room = max(1, width - hang)
        current = word
    if current:
        result.append(current)
    if lines is not None and len(result) > lines:
        last_room = width if lines == 1 else max(1, width - hang)
        rest = " ".join(result[lines - 1 :])
        result = [*result[: lines - 1], cut(rest, last_room)]
    return result


# ---- tables ---------------------------------------------------------------------------------


def _natural(col: Column, cells: list[str]) -> int:
    n = max([cell_width(col.header), *(cell_width(c) for c in cells)])
    return min(n, col.max) if col.max else n


def fit_columns(columns: list[Column], naturals: list[int], width: int | None) -> list[int]:
    """Width of each column (0: left out) for a line of ``width`` columns."""
    if width is None:
        return naturals[:]
    need = [n if c.fixed else min(n, c.min) for c, n in zip(columns, naturals, strict=True)]
    chosen: list[int] = []
    for i in sorted(range(len(columns)), key=lambda i: (columns[i].priority, i)):
        total = sum(need[j] for j in chosen) + need[i] + GAP * len(chosen)
        if total <= width or columns[i].priority == 0:
            chosen.append(i)
    widths = [need[i] if i in chosen else 0 for i in range(len(columns))]
    spare = width - sum(widths) - GAP * (len(chosen) - 1)
    grow = [i for i in chosen if not columns[i].fixed]
    while spare > 0:
        wanting = [i for i in grow if widths[i] < naturals[i]]
        if not wanting:
            break
        i = min(wanting, key=lambda i: (widths[i] / columns[i].flex, i))
        widths[i] += 1
        spare -= 1
    return widths


def _table(table: Table, width: int | None, tf: Transform) -> list[Row]:
    cells = [[printable(span(c).text) for c in row] for row in table.rows]
    naturals = [_natural(col, [row[i] for row in cells]) for i, col in enumerate(table.columns)]
    widths = fit_columns(table.columns, naturals, width)
    shown = [i for i, w in enumerate(widths) if w]
    lines: list[Row] = []
    header = [(Span(cut(table.columns[i].header, widths[i]), "bold"), i) for i in shown]
    lines.append(_join([[s] for s, _ in header], [widths[i] for i in shown], table, shown, tf))
    rule = "  ".join("─" * widths[i] for i in shown)
    lines.append([Piece(rule, "dim")])
    for row, texts in zip(table.rows, cells, strict=True):
        wrapped = []
        for i in shown:
            col = table.columns[i]
            parts = (
                [texts[i]]
                if width is None or col.fixed
                else wrap(texts[i], widths[i], lines=col.lines)
            )
            wrapped.append([Span(p, span(row[i]).role) for p in parts])
        lines.extend(_rows(wrapped, [widths[i] for i in shown], table, shown, tf))
    return lines


def _pad(text: str, width: int, align: str) -> tuple[str, str]:
    """(left, right) padding for ``text`` in a column of ``width``."""
    room = max(0, width - cell_width(text))
    return ("", " " * room) if align == "left" else (" " * room, "")


def _rows(
    cells: list[list[Span]], widths: list[int], table: Table, shown: list[int], tf: Transform
) -> list[Row]:
    height = max(len(c) for c in cells)
    out = []
    for k in range(height):
        out.append(_join([c[k : k + 1] for c in cells], widths, table, shown, tf))
    return out


def _join(
    cells: list[list[Span]], widths: list[int], table: Table, shown: list[int], tf: Transform
) -> Row:
    row: Row = []
    for n, (parts, w, i) in enumerate(zip(cells, widths, shown, strict=True)):
        text = parts[0].text if parts else ""
        role = parts[0].role if parts else ""
        shown_text = tf(text)
        left, right = _pad(shown_text, w, table.columns[i].align)
        if n:
            row.append(Piece(" " * GAP))
        if left:
            row.append(Piece(left))
        row.append(Piece(shown_text, role, True))
        if right and n < len(shown) - 1:
            row.append(Piece(right))
    return _trim(row)


def _trim(row: Row) -> Row:
    while row and not row[-1].text.strip():
        row.pop()
    return row


# ---- facts and lines ------------------------------------------------------------------------


def _facts(facts: Facts, width: int | None, tf: Transform) -> list[Row]:
    labels = [printable(label) for label, _ in facts.rows]
    lead = max((cell_width(lbl) for lbl in labels), default=0) + GAP
    out: list[Row] = []
    for label, (_, value) in zip(labels, facts.rows, strict=True):
        v = span(value)
        room = None if width is None else max(10, width - lead)
        parts = wrap(printable(v.text), room)
        for k, part in enumerate(parts):
            if k == 0:
                shown = tf(label)
                row: Row = [Piece(shown, "bold", True), Piece(" " * (lead - cell_width(shown)))]
            else:
                row = [Piece(" " * lead)]
            row.append(Piece(tf(part), v.role, True))
            out.append(_trim(row))
    return out


def _line(line: Line, width: int | None, tf: Transform) -> list[Row]:
    lead = [Piece(printable(s.text), s.role) for s in line.lead]
    indent = sum(cell_width(p.text) for p in lead)
    text = [Span(printable(s.text), s.role) for s in line.text]
    if not text:
        return [_trim(lead)]
    room = None if width is None else max(12, width - indent)
    rows: list[Row] = [lead[:]]
    used = 0
    for s in text:
        pieces = wrap(s.text, None if room is None else room, hang=0)
        if room is not None and used and used + cell_width(s.text) > room:
            # The span does not fit after what is on the line: wrap it from here.
            first_room = room - used
            parts = wrap(s.text, first_room) if first_room >= 8 else ["", s.text]
            head, rest = parts[0], " ".join(parts[1:]).strip()
            if head:
                rows[-1].append(Piece(tf(head), s.role, True))
            pieces = wrap(rest, room) if rest else []
            for p in pieces:
                rows.append([Piece(" " * indent), Piece(tf(p), s.role, True)])
            used = cell_width(pieces[-1]) if pieces else used
            continue
        for k, p in enumerate(pieces):
            if k:
                rows.append([Piece(" " * indent)])
            rows[-1].append(Piece(tf(p), s.role, True))
        used = (used if len(pieces) == 1 else 0) + cell_width(pieces[-1])
    return [_trim(r) for r in rows]


# ---- tile maps ------------------------------------------------------------------------------

TILE = 4  # columns of a tile's text; one more separates tiles


def _tiles(tiles: Tiles, width: int | None, tf: Transform) -> list[Row]:
    """Each grid row as two lines (code, count). A grid too wide for ``width`` drops the
    gap between tiles; a ``flow`` strip runs on to further lines instead."""
    rows = tiles.rows
    if tiles.flow and width is not None:
        per_line = max(1, (width + 1) // (TILE + 1))
        flat = [t for row in rows for t in row]
        rows = [flat[i : i + per_line] for i in range(0, len(flat), per_line)]
    columns = max((len(r) for r in rows), default=0)
    gap = 1 if width is None or columns * (TILE + 1) - 1 <= width else 0
    out: list[Row] = []
    for row in rows:
        for part in ("top", "bottom"):
            line: Row = []
            for n, tile in enumerate(row):
                if n and gap:
                    line.append(Piece(" " * gap))
                if tile is None:
                    line.append(Piece(" " * TILE))
                    continue
                text = cut(printable(getattr(tile, part)), TILE)
                pad = TILE - cell_width(text)
                shown = " " * (pad // 2) + tf(text) + " " * (pad - pad // 2)
                line.append(Piece(shown, tile.role, True))
            out.append(_trim_ground(line))
    return out


def _trim_ground(row: Row) -> Row:
    """Drop empty ground at the end of a line (a shaded tile keeps its padding)."""
    while row and not row[-1].role and not row[-1].text.strip():
        row.pop()
    return row
